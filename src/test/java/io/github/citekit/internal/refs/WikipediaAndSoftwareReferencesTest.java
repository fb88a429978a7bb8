package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ParsedReference.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.Citekit;
import io.github.citekit.format.BibTeX;
import io.github.citekit.format.CslJson;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import io.github.citekit.report.DocumentReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * References as users copy them from Wikipedia (its backlinks, identifiers and "(PDF)" marks, in English and Russian),
 * software and data as APA 7 and R cite them, APA 6's theses, and books of a numbered series.
 */
class WikipediaAndSoftwareReferencesTest {
    /** The item with a citation key, as the writers need one. */
    private static Item keyed(Item item) {
        return item.toBuilder().citationKey("k").build();
    }

    private static Optional<String> field(Item item, Field f) {
        return item.get(f);
    }

    @Test
    void wikipediasBacklinksAreNoPartOfTheNote() {
        assertEquals("Smith, John (2010). \"Silt\".", Backlinks.strip("^ Jump up to: a b Smith, John (2010). \"Silt\"."));
        assertEquals("Smith, John (2010).", Backlinks.strip("^ a b c Smith, John (2010)."));
        assertEquals("Иванов И. И. Порты России.", Backlinks.strip("↑ Перейти к: 1 2 Иванов И. И. Порты России."));
        assertEquals("Петров П. П. Гавани.", Backlinks.strip("↑ 5,0 5,1 5,2 Петров П. П. Гавани."));
        assertEquals("Jean Dupont, Les ports.", Backlinks.strip("↑ a b et c Jean Dupont, Les ports."), "French Wikipedia's 'a b et c'");
        assertEquals("Шевченко Т. Порти.", Backlinks.strip("↑ а б в Шевченко Т. Порти."), "Ukrainian Wikipedia's Cyrillic letters");
        assertEquals("а також порти.", Backlinks.strip("↑ а також порти."), "one letter alone is the work's");
        assertEquals("et al. 2010.", Backlinks.strip("↑ a b et al. 2010."), "a connective counts only before the next backlink");
        // backlinks run from the first: a work's own opening letter or number stays
        assertEquals("a new look at silt.", Backlinks.strip("^ a new look at silt."));
        assertEquals("de Souza, J. (2012).", Backlinks.strip("^ a b de Souza, J. (2012)."));
        assertEquals("1984 год.", Backlinks.strip("↑ 1984 год."));
        assertEquals("no caret", Backlinks.strip("no caret"));
    }

    @Test
    void aWikipediaNoteParsesAsTheReferenceAfterItsBacklinks() {
        Item journal = parse("^ Jump up to: a b Smith, John (2010). \"Silt in small harbours\". Journal of Coastal Research. 26 (4): "
                + "712–720. Bibcode:2010JCoR...26..712S. doi:10.2112/08-1234.1. PMC 2912345. PMID 20123456. S2CID 13512345.");
        assertEquals(Optional.of("Silt in small harbours"), journal.title());
        assertEquals(List.of(Name.of("Smith", "John")), journal.names(NameRole.AUTHOR));
        assertEquals(Optional.of("Journal of Coastal Research"), field(journal, Field.CONTAINER_TITLE));
        assertEquals(Optional.of("PMC2912345"), field(journal, Field.PMCID));
        assertEquals(Optional.of("20123456"), field(journal, Field.PMID));
        // the database's code had been read as the place
        assertEquals(Optional.empty(), field(journal, Field.PUBLISHER_PLACE));
        assertEquals(Optional.of("712-720"), field(journal, Field.PAGE));

        Item book = parse("^ Doe, Jane (2015). Ports and Power. Oxford: Oxford University Press. pp. 45–47. ISBN 978-0-19-123456-7. OCLC 123456789.");
        assertEquals(List.of(Name.of("Doe", "Jane")), book.names(NameRole.AUTHOR));
        assertEquals(Optional.of("Oxford University Press"), field(book, Field.PUBLISHER));
    }

    @Test
    void aQuotedOpeningIsTheTitleAndTheNameAfterItTheContainer() {
        String text = "\"Harbour statistics 2019\". Office for National Statistics. 2020. p. 14.";
        // as the labeller read it: the quoted words the container, the office the title
        List<String> read = SpanLabels.labels(text, "container-title:Harbour statistics", "date:2019",
                "title:Office for National Statistics", "date:2020", "page:14");
        List<String> mended = HostLabels.quotedOpeningReadAsContainer(Tokenizer.tokenize(text), read);
        assertEquals("Harbour statistics 2019", SpanLabels.words(text, mended, "title"));
        assertEquals("Office for National Statistics", SpanLabels.words(text, mended, "container-title"));
        // a journal quoted before its volume, with nothing after it to be the container, stays the container
        String journal = "\"Journal of Research in Agricultural Engineering\" 2009, Vol. 53(4)";
        List<String> labels = SpanLabels.labels(journal, "container-title:Journal of Research in Agricultural Engineering",
                "date:2009", "volume:53", "issue:4");
        assertEquals(labels, HostLabels.quotedOpeningReadAsContainer(Tokenizer.tokenize(journal), labels));

        Item report = parse("\"Annual report 2019\" (PDF). Port of London Authority. 2020. Retrieved 4 June 2021.");
        assertEquals(Optional.of("Annual report 2019"), report.title());
    }

    @Test
    void aLanguageNamedInBracketsIsTheWorksLanguage() {
        Item french = parse("Martin, Paul (2012). \"Les ports de la Manche\" (in French). Revue de géographie. 14 (2): 45–60.");
        assertEquals(Optional.of("fr"), field(french, Field.LANGUAGE));
        assertTrue(BibTeX.write(List.of(keyed(french))).contains("langid = {french}"));
        Item russian = parse("Ivanov, I. I. (2010). Porty Rossii [Ports of Russia]. Moscow: Nauka (in Russ.).");
        assertEquals(Optional.of("ru"), field(russian, Field.LANGUAGE));
        Item swedish = parse("Svenonius, F., Geological investigations in Garleborg County (in Swedish). Sveriges Geologiska "
                + "Undersokning, Serien C, v. 152, pp. 54-59. 1895.");
        assertEquals(Optional.of("sv"), field(swedish, Field.LANGUAGE));
        assertTrue(BibTeX.write(List.of(keyed(swedish))).contains("langid = {swedish}"));
        assertEquals(Optional.empty(), field(parse("Smith, J. (2010). Silt in harbours. Journal of Ports, 3, 1–10."), Field.LANGUAGE));
    }

    @Test
    void softwareAndDataHaveTheirVersionTypeAndPublisher() {
        Item tidyr = parse("Wickham, H., & Henry, L. (2023). tidyr: Tidy messy data (Version 1.3.0) [Computer software]. "
                + "https://CRAN.R-project.org/package=tidyr");
        assertEquals(ItemType.SOFTWARE, tidyr.type());
        assertEquals(Optional.of("tidyr: Tidy messy data"), tidyr.title());
        assertEquals(Optional.of("1.3.0"), field(tidyr, Field.VERSION));

        Item excel = parse("Microsoft Corporation. (2018). Excel (Version 16.0) [Computer software]. Microsoft.");
        assertEquals(Optional.of("Excel"), excel.title());
        assertEquals(Optional.of("Microsoft"), field(excel, Field.PUBLISHER));
        assertEquals(Optional.of("16.0"), field(excel, Field.VERSION));

        Item rPackage = parse("Lee, K. (2020). harbourR: Tools for harbour data. R package version 0.2.1. "
                + "https://CRAN.R-project.org/package=harbourR");
        assertEquals(ItemType.SOFTWARE, rPackage.type());
        assertEquals(Optional.of("harbourR: Tools for harbour data"), rPackage.title());
        assertEquals(Optional.of("0.2.1"), field(rPackage, Field.VERSION));

        Item data = parse("Smith, A., & Lee, B. (2021). Harbour sediment cores, 2015–2020 (Version 2) [Data set]. Zenodo. "
                + "https://doi.org/10.5281/zenodo.1234567");
        assertEquals(ItemType.DATASET, data.type());
        assertEquals(Optional.of("Harbour sediment cores, 2015–2020"), data.title());
        assertEquals(Optional.of("Zenodo"), field(data, Field.PUBLISHER));
        assertEquals(Optional.empty(), field(data, Field.CONTAINER_TITLE));
        assertEquals(Optional.of("2"), field(data, Field.VERSION));
        assertEquals(2021, data.issued().orElseThrow().year());

        // biblatex's and CSL's version field, both ways
        Item keyed = keyed(data);
        String bib = BibTeX.write(List.of(keyed));
        assertTrue(bib.contains("version = {2}"), bib);
        assertEquals(Optional.of("2"), BibTeX.read(bib, "d.bib").get(0).get(Field.VERSION));
        assertEquals(Optional.of("2"), CslJson.read(CslJson.write(List.of(keyed)), "d.json").get(0).get(Field.VERSION));

        // a title's own version stays in it
        Item haskell = parse("Paul Hudak, Simon Peyton Jones, and Philip Wadler (Editors). Report on the Programming Language "
                + "Haskell, version 1.2. ACM SIGPLAN Notices, 27(5), 1992.");
        assertEquals(Optional.empty(), field(haskell, Field.VERSION));
        assertTrue(haskell.title().orElseThrow().endsWith("version 1.2"), haskell.title().orElseThrow());
    }

    @Test
    void apaSixsThesesInParenthesesAreTheses() {
        Item doctoral = parse("Jones, M. (2019). Silt management in harbours (Doctoral dissertation, University of Plymouth).");
        assertEquals(ItemType.THESIS, doctoral.type());
        assertEquals(Optional.of("Silt management in harbours"), doctoral.title());
        assertEquals(Optional.of("Doctoral dissertation"), field(doctoral, Field.GENRE));
        assertEquals(Optional.of("University of Plymouth"), field(doctoral, Field.PUBLISHER));

        Item master = parse("Jones, M. (2019). Silt management in harbours (Unpublished master's thesis). University of Plymouth, Plymouth, UK.");
        assertEquals(ItemType.THESIS, master.type());
        assertEquals(Optional.of("Silt management in harbours"), master.title());
        assertEquals(Optional.of("University of Plymouth"), field(master, Field.PUBLISHER));
    }

    @Test
    void aBodyNamedForItsPlaceIsOneOrganisation() {
        Item report = parse("Port of Rotterdam (2019). Annual report 2018. Rotterdam: Port of Rotterdam Authority.");
        assertEquals(List.of(Name.literal("Port of Rotterdam")), report.names(NameRole.AUTHOR));
        Item person = parse("Porter, M. (2019). Ports of the world. London: Routledge.");
        assertEquals(List.of(Name.of("Porter", "M.")), person.names(NameRole.AUTHOR));
    }

    @Test
    void aBookOfANumberedSeriesHasItsSeriesNoContainer() {
        Item book = parse("Winterwerp, J. C.; van Kesteren, W. G. M. (2004). Introduction to the Physics of Cohesive Sediment in the "
                + "Marine Environment. Developments in Sedimentology. Vol. 56. Amsterdam: Elsevier. ISBN 978-0-444-51553-2.");
        assertEquals(ItemType.BOOK, book.type());
        assertEquals(Optional.of("Developments in Sedimentology"), field(book, Field.COLLECTION_TITLE));
        assertEquals(Optional.empty(), field(book, Field.CONTAINER_TITLE));
        assertEquals(Optional.of("56"), field(book, Field.VOLUME));
        // a chapter "In" a book of the series keeps its container
        Item chapter = parse("Smith, J. (2004). Silt. In Coastal Processes. Developments in Sedimentology. Vol. 56. Amsterdam: Elsevier.");
        assertFalse(field(chapter, Field.COLLECTION_TITLE).orElse("").equals("Developments in Sedimentology")
                && field(chapter, Field.CONTAINER_TITLE).isEmpty(), chapter.toString());
    }

    @Test
    void aCopiedWikipediaPagesNotesAreItsEntriesAndItsCitationsLinkThem() {
        String english = """
                Siltation of harbours

                Siltation of harbours is the accumulation of fine sediment in port basins.[1] It raises dredging costs[2] \
                and has been studied since the 1950s.[1][3]

                References
                1. ^ Jump up to: a b Smith, John (2010). "Silt in small harbours". Journal of Coastal Research. 26 (4): 712–720.
                2. ^ Jones, Mary; Brown, Peter (15 May 2018). "Port dredging explained". The Guardian. Retrieved 4 June 2019.
                3. ^ Doe, Jane (2015). Ports and Power. Oxford: Oxford University Press. ISBN 978-0-19-123456-7.
                """;
        var bib = Citekit.create().processText("wiki.txt", english);
        List<Item> refs = bib.items().stream().filter(i -> i.type() != ItemType.ARTICLE).toList();
        assertTrue(refs.stream().anyMatch(i -> i.title().equals(Optional.of("Silt in small harbours"))
                && i.names(NameRole.AUTHOR).equals(List.of(Name.of("Smith", "John")))), refs.toString());

        String russian = """
                Заиление гаваней

                Заиление гаваней — накопление наносов в акваториях портов[1]. Оно повышает затраты на дноуглубление[2][3].

                Примечания
                ↑ Перейти к: 1 2 Иванов И. И. Порты России. — М.: Наука, 2010. — 320 с.
                ↑ Петров П. П. Заиление гаваней // Вестник портов. — 2019. — № 2. — С. 10—20.
                ↑ Сидоров С. С. Морские порты. — СПб.: Питер, 2015. — 200 с.
                """;
        var ru = Citekit.create().processText("wiki-ru.txt", russian);
        DocumentReport r = ru.report().documents().get(0);
        Map<String, List<Integer>> links = new java.util.LinkedHashMap<>();
        r.citations().forEach(c -> links.put(c.text(), c.references()));
        // the three notes had been joined into one entry, and "[3]" linked nothing
        assertEquals(Map.of("[1]", List.of(0), "[2]", List.of(1), "[3]", List.of(2)), links);
        assertTrue(ru.items().stream().anyMatch(i -> i.title().equals(Optional.of("Порты России"))
                && i.names(NameRole.AUTHOR).equals(List.of(Name.of("Иванов", "И. И.")))), ru.items().toString());
    }

    @Test
    void germanWikipediasAuthorBeforeTheColonIsTheAuthor() {
        String text = "Hans Müller: Schlick in kleinen Häfen. In: Die Küste. Band 75, 2009, S. 45–67.";
        // as the labeller read it: the name and the title one span
        List<String> read = SpanLabels.labels(text, "title:Hans Müller: Schlick in kleinen Häfen", "container-title:Die Küste. Band",
                "volume:75", "date:2009", "page:45–67");
        List<String> mended = NameLabels.givenFirstNameBeforeColonReadAsTitle(Tokenizer.tokenize(text), read);
        assertEquals("Hans Müller", SpanLabels.words(text, mended, "author"));
        assertEquals("Schlick in kleinen Häfen", SpanLabels.words(text, mended, "title"));
        // a title that opens with a word no given name is stays the title ("Hafenpolitik heute: …")
        String title = "Hafenpolitik Heute: eine Bilanz. In: Die Küste. Band 75, 2009.";
        List<String> titled = SpanLabels.labels(title, "title:Hafenpolitik Heute: eine Bilanz", "container-title:Die Küste. Band",
                "volume:75", "date:2009");
        assertEquals(titled, NameLabels.givenFirstNameBeforeColonReadAsTitle(Tokenizer.tokenize(title), titled));
        assertEquals(List.of(Name.of("Müller", "Hans")), parse(text).names(NameRole.AUTHOR));
    }

    @Test
    void wikipediasShortCitationsAreTheWorksOfItsSources() {
        String page = """
                Port of Harwich

                The Port of Harwich is a port in Essex.[1] Its approach channel silts quickly.[2][3]

                Citations
                ^ Smith 2010, p. 5.
                ^ Jones & Brown 2018, pp. 12–14.
                ^ Lee 2001, p. 9.

                Sources
                Jones, Mary; Brown, Peter (2018). Port Dredging Explained. London: Routledge. ISBN 978-0-415-12345-6.
                Smith, John (2010). "Silt in small harbours". Journal of Coastal Research. 26 (4): 712–720.
                """;
        var bib = Citekit.create().processText("harwich.txt", page);
        List<Item> records = bib.items().stream().filter(i -> i.type() != ItemType.ARTICLE).toList();
        // the short citations had been records of their own, with no title ("untitled2010")
        List<Item> untitled = records.stream().filter(i -> i.title().isEmpty()).toList();
        assertEquals(1, untitled.size(), records.toString());
        // a short citation of a work the sources lack is kept as printed
        assertEquals("Lee 2001, p. 9.", untitled.get(0).sources().get(0).text());
        Item smith = records.stream().filter(i -> i.title().equals(Optional.of("Silt in small harbours"))).findFirst().orElseThrow();
        assertEquals(List.of("Smith 2010, p. 5.", "Smith, John (2010). \"Silt in small harbours\". Journal of Coastal Research. 26 (4): 712–720."),
                smith.sources().stream().map(io.github.citekit.model.Source::text).toList(), "the citation and the source are one work");
        // pdftotext's text of headings in small capitals, their first letters in a larger font (IEEEtran)
        assertEquals(Optional.of("references"), io.github.citekit.internal.text.ListHeadings.name("R EFERENCES"));
        assertEquals(Optional.of("references"), io.github.citekit.internal.text.ListHeadings.name("VI. R EFERENCES"));
        assertEquals(Optional.of("works cited"), io.github.citekit.internal.text.ListHeadings.name("W ORKS C ITED"));
        assertEquals(Optional.empty(), io.github.citekit.internal.text.ListHeadings.name("I. I NTRODUCTION"));
        assertEquals(Optional.empty(), io.github.citekit.internal.text.ListHeadings.name("R eferences"));
        assertEquals(Optional.of("einzelnachweise"), io.github.citekit.internal.text.ListHeadings.name("Einzelnachweise"));
        assertTrue(io.github.citekit.internal.text.ListHeadings.namesNotes("einzelnachweise"));
        assertTrue(io.github.citekit.internal.text.ListHeadings.name("Przypisy").isPresent());
    }

    @Test
    void anOnlineMarkAfterTheTitleLeavesTheTitle() {
        // ISO 690's "[online]": the labeller had left the title before it out of every field
        Item book = parse("MÜLLER, Hans. Schlick in Häfen [online]. Berlin: Springer, 2009 [viewed 4 June 2021]. Available from: "
                + "https://example.de/schlick");
        assertEquals(Optional.of("Schlick in Häfen"), book.title());
        assertEquals(List.of(Name.of("Müller", "Hans")), book.names(NameRole.AUTHOR));
        assertEquals(Optional.of("Springer"), field(book, Field.PUBLISHER));
        assertEquals("Schlick in Häfen. Berlin", WikipediaMarks.strip("Schlick in Häfen [online]. Berlin"));
    }

    @Test
    void frenchWikipediasBookNamesItsAuthorGivenNameFirst() {
        String text = "Jean Dupont, Les ports de la Manche, Paris, Dunod, 2010, 320 p. (ISBN 978-2-10-012345-6).";
        // as the labeller read it: the title as a second person, "Les" being a given name too
        List<String> read = SpanLabels.labels(text, "author:Jean Dupont, Les ports de la Manche", "publisher-place:Paris",
                "publisher:Dunod", "date:2010", "page:320", "ISBN:978-2-10-012345-6");
        List<String> mended = NameLabels.titleAfterGivenFirstNameReadAsAuthor(Tokenizer.tokenize(text), read);
        assertEquals("Les ports de la Manche", SpanLabels.words(text, mended, "title"));
        assertEquals("Jean Dupont", SpanLabels.words(text, mended, "author"));
        Item book = parse("↑ a b et c " + text);
        assertEquals(List.of(Name.of("Dupont", "Jean")), book.names(NameRole.AUTHOR));
        assertEquals(Optional.of("Les ports de la Manche"), book.title());
    }

    @Test
    void spanishWikipediasBookHasItsImprint() {
        Item book = parse("↑ a b García López, María (2015). Puertos y poder. Madrid: Cátedra. p. 120. ISBN 978-84-376-1234-5.");
        assertEquals(List.of(Name.of("García López", "María")), book.names(NameRole.AUTHOR));
        assertEquals(Optional.of("Puertos y poder"), book.title(), "the imprint had been read into the title");
        assertEquals(Optional.of("Cátedra"), field(book, Field.PUBLISHER));
        assertEquals(Optional.of("Madrid"), field(book, Field.PUBLISHER_PLACE));
    }

    @Test
    void aTablesColumnCalledCitationsOpensNoList() {
        String text = """
                Citation counts of port studies

                Jane Doe

                Abstract. We count citations of port studies.

                Table 1
                Year
                Papers
                Citations
                2018
                12
                340

                References
                1. Smith, J. (2010). Silt in harbours. Journal of Ports, 3(2), 1-10.
                """;
        var bib = Citekit.create().processText("counts.txt", text);
        // the column's counts had been an entry of their own, with no title
        assertEquals(1, bib.report().documents().get(0).references(), bib.items().toString());
    }
}
