package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.report.DocumentReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Text that pdftotext wrote from a two-column paper: with {@code -layout}, its list read one column after the other;
 * plain, its entries in the order pdftotext read their blocks.
 */
class PdfLayoutTest {

    /** pdftotext -layout of src/test/resources/two-column-layout.ms, set by groff -ms and ps2pdf. */
    private static final Path PAPER = Path.of("src/test/resources/two-column-layout.txt");

    @Test
    void aTwoColumnListGivesEachEntryItsOwnFieldsAndEveryNumberItsEntry() throws Exception {
        Bibliography result = Citekit.create().processText("paper.txt", Files.readString(PAPER));
        DocumentReport report = result.report().documents().get(0);
        List<Item> items = result.items();
        assertEquals(33, items.size(), "the paper and its 32 entries");
        assertEquals(Optional.of("Port Congestion in Northern Europe: Evidence from Ten Ports"), items.get(0).title());
        for (Item entry : items.subList(1, items.size())) {
            assertTrue(entry.title().isPresent() && entry.authors().size() <= 3, entry.toString());
        }
        // the left column's last entry runs on at the head of the right column
        Item hughes = items.get(17);
        assertEquals(List.of(Name.of("Hughes", "H.")), hughes.authors());
        assertEquals(Optional.of("34-65"), hughes.get(Field.PAGE));
        // left and right columns' entries side by side on one line each keep their own imprint
        Item olsen = items.get(13);
        assertEquals(Optional.of("Geography of Shipping"), olsen.title());
        assertEquals(Optional.of("Springer"), olsen.get(Field.PUBLISHER));
        assertEquals(Optional.of("New York"), olsen.get(Field.PUBLISHER_PLACE));
        Item clark = items.get(28);
        assertEquals(ItemType.BOOK, clark.type());
        assertEquals(Optional.of("Economics of Seaports"), clark.title());
        assertEquals(Optional.of("Springer"), clark.get(Field.PUBLISHER));
        // its line numbers are not the file's, and the report says so
        assertEquals(List.of("document: 2 pages set in columns side by side read column by column; line numbers count the"
                + " lines as read"), report.warnings());
        String links = TestSupport.links(report);
        assertTrue(links.startsWith("[1]->[0] [2]->[1] [7]->[6] [5]->[4] [11]->[10] [1]->[0] [5]->[4] [2]->[1] [7]->[6]"
                + " [8]->[7]"), links);
        assertTrue(links.endsWith("[10]->[9] [12]->[11] [20]->[19] [31]->[30]"), links);
    }

    /** pdftotext's plain text of the same paper. */
    private static final Path PLAIN = Path.of("src/test/resources/two-column-plain.txt");

    @Test
    void theSamePaperInPdftotextsPlainReadingOrder() throws Exception {
        // pdftotext reads the two columns' blocks in turn, "[18] J. Jensen …", "[1]" set apart over "A. Smith …",
        // "[19] I. Irving …": the list is numbered out of order, and [17] stands before its heading, in the body
        Bibliography result = Citekit.create().processText("paper.txt", Files.readString(PLAIN));
        List<String> entries = TestSupport.entries(result);
        assertEquals(31, entries.size(), String.join("\n", entries));
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 32).filter(n -> n != 17).boxed().toList(),
                entries.stream().map(e -> Integer.parseInt(e.substring(1, e.indexOf(']')))).sorted().toList());
        assertTrue(entries.contains("[1] A. Smith and B. Jones, \"Port congestion and ship waiting times,\" Maritime Policy &"
                + " Management, vol. 41, no. 3, pp. 245–260, 2014."), String.join("\n", entries));
        String links = TestSupport.links(result.report().documents().get(0));
        assertTrue(links.startsWith("[1]->[1] [2]->[3] [7]->[11] [5]->[9]"), links);
    }
    @Test
    void pageNumbersInPdftotextsRawTextStayOutOfTheEntries() {
        // pdftotext -raw writes a page's number as its last line, right before the form feed, with no blank line:
        // the entry running over the page's foot had taken it in ("… — 312 с. 1")
        String text = "О нумерованных вещах\nИванов И. И.\nРазвитие портов определило торговлю [2], как отмечалось ранее [3, с. 7].\n"
                + "Список литературы\n1. Логос. — М., 1991.\n2. Адорно Т. В., Хоркхаймер М. Диалектика Просвещения / пер. с нем.\n"
                + "М. Кузнецова. — М.-СПб. : Медиум, Ювента, 1997. — 312 с.\n1\n"
                + "\f3. Miller J.-A. Le six paradigmes de la jouissance // Les paradigmes de la\n"
                + "jouissanse. — Paris, 1999. — № 43. — С. 7—29.\n4. Бахтин М. М. Работы 20-х годов. — Киев :\nNext, 1994.\n2\n\f";
        Bibliography result = Citekit.create().processText("paper.txt", text);
        List<String> entries = TestSupport.entries(result);
        assertEquals(List.of("1. Логос. — М., 1991.",
                "2. Адорно Т. В., Хоркхаймер М. Диалектика Просвещения / пер. с нем. М. Кузнецова. — М.-СПб. : Медиум, Ювента, 1997. — 312 с.",
                "3. Miller J.-A. Le six paradigmes de la jouissance // Les paradigmes de la jouissanse. — Paris, 1999. — № 43. — С. 7—29.",
                "4. Бахтин М. М. Работы 20-х годов. — Киев : Next, 1994."), entries);
    }
    @Test
    void twoColumnsReadAcrossEachOtherAreReportedNotHidden() {
        // pdftotext's plain text of a gutter hardly wider than a space: each line holds a line of both columns, and no
        // cut can part the entries; the report says so, and what reads them apart
        String text = "On Ports\nJane Doe\nPorts grew [1], [5], [9].\nReferences\n"
                + "[1] A. Smith and B. Jones. Port congestion and [5] K. Lee. Harbour dredging in the North Sea.\n"
                + "ship waiting times. Maritime Policy, 41, 2014. Coastal Engineering, 12, 2011.\n"
                + "[2] C. Brown. Container terminals. Routledge, [6] L. Moss. Tides and berths. Ocean Review, 3,\n"
                + "2015. 2012.\n"
                + "[3] D. Green. Rail links of ports. Transport [7] M. Hall. Cranes. Port Technology, 8, 2016.\n"
                + "Reviews, 33, 2013. [8] N. Wood. Quays. Maritime Economics, 2,\n"
                + "[4] E. White. Hinterland access. Journal of 2017.\n"
                + "Transport Geography, 20, 2010. [9] O. Young. Automation. Ports, 4, 2018.\n";
        DocumentReport report = Citekit.create().processText("paper.txt", text).report().documents().get(0);
        assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith("references: 5 lines of the list hold another entry's number")
                && w.endsWith("pdftotext -raw reads the columns apart")), String.join("\n", report.warnings()));
        // the same list read column after column, as pdftotext -raw writes it: no such warning
        String raw = "On Ports\nJane Doe\nPorts grew [1], [5], [9].\nReferences\n"
                + "[1] A. Smith and B. Jones. Port congestion and\nship waiting times. Maritime Policy, 41, 2014.\n"
                + "[2] C. Brown. Container terminals. Routledge,\n2015.\n[3] D. Green. Rail links of ports. Transport\n"
                + "Reviews, 33, 2013.\n[4] E. White. Hinterland access. Journal of\nTransport Geography, 20, 2010.\n"
                + "[5] K. Lee. Harbour dredging in the North Sea.\nCoastal Engineering, 12, 2011.\n";
        DocumentReport apart = Citekit.create().processText("paper.txt", raw).report().documents().get(0);
        assertTrue(apart.warnings().stream().noneMatch(w -> w.contains("hold another entry's number")), String.join("\n", apart.warnings()));
        assertEquals(5, apart.references());
    }
}
