package io.github.citekit.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.CitekitException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private static String norm(String text) {
        return Normalizer.normalize("t.txt", text).fullText();
    }

    @Test
    void composesAccentsButKeepsCjkCompatibilityIdeographs() {
        assertEquals("Pelléas et Mélisande", Normalizer.composed("Pelle\u0301as et Me\u0301lisande"));
        // U+F9D1 (a compatibility form of 六) stays as printed; the accent after it is still composed
        assertEquals("\uF9D1 café", Normalizer.composed("\uF9D1 cafe\u0301"));
        assertEquals("already composed", Normalizer.composed("already composed"));
    }

    @Test
    void tex1sLigatureCodesBetweenLettersAreTheirLetters() {
        // pdftotext writes T1's codes where an old PDF's font does not map its glyphs: 0x1B ff, 0x1C fi, 0x1D fl,
        // 0x1E ffi, 0x1F ffl; a code with no letter beside it stays as it is
        assertEquals("significance, first, fluctuation, coefficients, different, baffled; \u001C ( \u001E)",
                Normalizer.cleanCharacters("signi\u001Ccance, \u001Crst, \u001Ductuation, coe\u001Ecients, di\u001Berent, "
                        + "ba\u001Fed; \u001C ( \u001E)"));
    }

    @Test
    void joinsLineBreakHyphenation() {
        assertEquals("relations with Russia\nand\nthe West.\n", norm("relations with Rus-\nsia and\nthe West."));
    }

    @Test
    void dropsAJournalsRunningHeadMetOnce() {
        String text = "[2] K. Lee, Ports. London: Rout-\nledge, 2018.\n\n12 Journal of Eurasian Studies 5 (2020)\n\n"
                + "[3] World Bank, Report, 2020.\n\nMarine Policy 45 (2019) 100–110\n";
        String out = norm(text);
        assertFalse(out.contains("Eurasian"), out);
        assertFalse(out.contains("Marine Policy"), out);
        // within a paragraph, such a line is content
        assertTrue(norm("As shown in\nMarine Policy 45 (2019) 100–110\nthe ports grew.").contains("Marine Policy"));
    }

    @Test
    void dropsPageNumbersAtPageFeetWhereTheyAdvanceWithThePages() {
        // pdftotext -raw: each page's number is its last line, right before the form feed, with no blank line around it
        String raw = "1. Логос. — М., 1991.\n2. Адорно Т. В. Диалектика Просвещения. — М. :\nМедиум, 1997. — 312 с.\n1\n"
                + "\f3. Miller J.-A. Le six paradigmes // Les paradigmes. — Paris,\n1999. — № 43. — С. 7—29.\n2\n\f";
        Document doc = Normalizer.normalize("t.txt", raw);
        assertEquals(List.of("1", "2"), doc.runningHeads().stream().map(Line::text).toList());
        assertEquals(List.of(4, 7), doc.runningHeads().stream().map(Line::number).toList());
        assertFalse(doc.lines().stream().anyMatch(l -> l.text().equals("1") || l.text().equals("2")), doc.fullText());
        assertEquals(Set.of(3, 6), Normalizer.pageNumbersAtFeet(raw.split("\n", -1)));
        // a page's last line that is an entry's page, "195", not one more than the number a page before it
        String ends = "[1] A. Smith, ApJS, 179,\n195\n\f[2] B. Jones, ApJ, 12, 5.\n7\n\f";
        assertEquals(Set.of(), Normalizer.pageNumbersAtFeet(ends.split("\n", -1)));
        assertTrue(norm(ends).contains("195"));
        // nor a number at one page's foot only
        assertEquals(Set.of(), Normalizer.pageNumbersAtFeet("Text.\n1\n\fMore text.".split("\n", -1)));
    }

    @Test
    void aJoinedWordLeavesEachLineItsPrintedLength() {
        // "Ю. Се-" + "менова, …": the rest moves up; the line below keeps the length it was printed with, and the line
        // above is marked as broken at its end (it did not end its paragraph, however short it was printed)
        Document doc = Normalizer.normalize("t.txt", "Сидоров С. С. Морские пути / пер. с нем. Ю. Се-\nменова, Ю. Стефанова // Собрание.\nВ 3 т.");
        assertEquals(List.of(new Line(1, "Сидоров С. С. Морские пути / пер. с нем. Ю. Семенова,", 47, true),
                new Line(2, "Ю. Стефанова // Собрание.", 33, false), new Line(3, "В 3 т.", 6, false)), doc.lines());
        // the whole next line joined: the line ends where that one ended
        Document whole = Normalizer.normalize("t.txt", "the effects of the bis-\ndioxopiperazine(+)-1,2-bis(3,5-diozopeperazinyl)\npropane.");
        assertEquals(new Line(1, "the effects of the bisdioxopiperazine(+)-1,2-bis(3,5-diozopeperazinyl)", 48, false),
                whole.lines().get(0));
    }

    @Test
    void keepsRealHyphensBeforeCapitals() {
        assertEquals("the Nagorno-Karabakh\nconflict\n", norm("the Nagorno-\nKarabakh\nconflict"));
    }

    @Test
    void documentEvidenceDecides() {
        String text = "a well-known fact\nand also well-\nknown here\n";
        assertTrue(norm(text).contains("also well-known\nhere"), norm(text));
        String joined = "the wellbeing of all\nand wellbe-\ning matters\n";
        assertTrue(norm(joined).contains("and wellbeing\nmatters"), norm(joined));
    }

    @Test
    void corpusEvidenceDecidesWhenTheDocumentIsSilent() {
        Vocabulary corpus = Vocabulary.of(List.of("they distrust the West"));
        String doc = "came to dis-\ntrust the West\n";
        assertEquals("came to distrust\nthe West\n", Normalizer.normalize("x", doc, corpus).fullText());
    }

    @Test
    void keepsPrefixHyphenBeforeAWordOfItsOwn() {
        String text = "cultural paradigms here\nand cultural things\nnew geo-\ncultural paradigms\n";
        assertTrue(norm(text).contains("geo-cultural"), norm(text));
    }

    @Test
    void joinsAcrossAPageBreakBlankLine() {
        assertEquals("relations with Turkey,\nwhich\n", norm("relations with Tur-\n\nkey, which"));
    }

    @Test
    void dropsRunningLabelsLigaturesAndSoftHyphens() {
        Document d = Normalizer.normalize("t", " ANALYSIS\n\nThe e\uFB03cient de\u00ADfence\u00A0line\n");
        assertEquals("The efficient defence line", d.text(1));
        assertEquals(3, d.lines().get(1).number());
    }

    @Test
    void composesToNfc() {
        assertEquals("Café\n", norm("Cafe\u0301"));
    }

    @Test
    void loaderRejectsBadInputWithTheLine() {
        CitekitException bin = assertThrows(CitekitException.class,
                () -> TextLoader.decode(new byte[] {'a', '\n', 0, 1}, "f.txt"));
        assertEquals("f.txt:2: binary file (NUL byte): not a text document", bin.getMessage());
        CitekitException bad = assertThrows(CitekitException.class,
                () -> TextLoader.decode("ok\nok\n\u00e9".getBytes(StandardCharsets.ISO_8859_1), "g.txt"));
        assertEquals(3, bad.line());
        assertThrows(CitekitException.class, () -> TextLoader.decode(" \n\n".getBytes(StandardCharsets.UTF_8), "e.txt"));
        assertEquals("x\ny\n", TextLoader.decode("\uFEFFx\r\ny\r\n".getBytes(StandardCharsets.UTF_8), "c.txt"));
    }

    @Test
    void markupIsStrippedFromValues() {
        assertEquals("The Dialectics of Modernity (see https://doi.org/10.1/x)",
                Markup.strip("*The Dialectics of Modernity* (see <https://doi.org/10.1/x>)"));
        assertEquals("2 * 3 = 6", Markup.strip("2 * 3 = 6"));
    }

    @Test
    void readsAPdftotextLayoutPageColumnByColumn() throws Exception {
        // src/test/resources/two-column-layout.txt: pdftotext -layout of two-column-layout.ms (groff -ms, ps2pdf)
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/two-column-layout.txt"));
        String out = norm(text).replace('\n', ' ');
        assertTrue(out.contains("Ports compete for hinterland traffic [1], [5]. Congestion raises waiting times [2] and"
                + " automation helps [7], [8]."), out);
        assertTrue(out.contains("[1] A. Smith and B. Jones, \"Port congestion and ship waiting times,\" Maritime Policy &"
                + " Management, vol. 41, no. 3, pp. 245–260, 2014. [2] C. Brown"), out);
        // the foot of the left column runs on at the head of the right one
        assertTrue(out.contains("[17] H. Hughes, \"Yard stacking rules,\" in Proc. Int. Conf. Ports, Hamburg, 2011, pp. 34–65."), out);
    }

    @Test
    void theSameLineTwiceOnOnePageIsNoRunningHead() {
        String head = "J. Smith / Port Studies Review 12 (2020) 1–30\n\n";
        StringBuilder page = new StringBuilder("\f" + head);
        for (int i = 1; i <= 4; i++) { // each entry's second line, four lines apart: two pages' heads, were it not one page
            page.append("[").append(i).append("] A. Author").append(i).append(", Ports of the world, volume ").append(i)
                    .append(". New\nYork: Springer, 200").append(i).append(". With a note on the\nports of the North Sea"
                    + "\nand the Baltic.\n");
        }
        String text = head + "Text of the first page,\nin three lines\nof prose.\n" + page + "\f" + head + "More text.\n";
        String out = norm(text);
        assertEquals(4, out.split("York: Springer", -1).length - 1, out);
        assertFalse(out.contains("Port Studies Review"), "the head of every page is still taken out: " + out);
    }

    @Test
    void aPassageMetTwiceWithItsNextLineIsOneWorkListedTwiceButAHeadOfTwoLinesOnThreePagesGoes() {
        String entry = "Dechter, R. (1992). From local to global\nconsistency. Artificial Intelligence, 55,\n87-107.\n";
        String text = "References\n" + entry + "Smith, J. (2001). Ports of the world and\ntheir hinterlands. London: Routledge.\n"
                + "Brown, C. (2009). Shipping economics for\nbeginners. Oxford: Elsevier.\n" + entry;
        assertEquals(2, norm(text).split("From local to global", -1).length - 1, norm(text));
        String head = "J. Smith / Port Studies Review 12 (2020) 1–30\nwww.portstudies.org, issue 3 of 2020\n";
        String pages = head + "Text of the first page,\nin three lines\nof prose.\n\n" + head + "Text of the second page,\n"
                + "in three lines\nof prose too.\n\n" + head + "Text of the third page.\n";
        assertFalse(norm(pages).contains("Port Studies Review"), norm(pages));
    }
}
