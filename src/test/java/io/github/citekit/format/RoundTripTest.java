package io.github.citekit.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.Citekit;
import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

/** Write → read gives back the same records, in both formats; JBibTeX re-parses what citekit writes. */
class RoundTripTest {

    private static List<Item> corpusItems() {
        return Citekit.create().processDirectory(Path.of("corpus")).items();
    }

    /** Items with awkward values: LaTeX specials, Cyrillic, №, literal names, every field. */
    private static List<Item> awkwardItems() {
        Item a = Item.builder(ItemType.BOOK).citationKey("dugin2012teoriya")
                .addName(NameRole.AUTHOR, Name.of("Дугин", "А. Г."))
                .addName(NameRole.EDITOR, Name.literal("Институт № 5 & Co"))
                .set(Field.TITLE, "Теория многополярного мира: № 3 {вып.} 50% R&D_x #1 ~ ^ \\ $")
                .set(Field.PUBLISHER, "Евразийское движение").set(Field.PUBLISHER_PLACE, "Москва")
                .set(Field.LANGUAGE, "ru").set(Field.NUMBER_OF_PAGES, "320").set(Field.ISBN, "978-5-00-000000-0")
                .set(Field.EDITION, "2").set(Field.COLLECTION_TITLE, "Серия «Геополитика»").set(Field.COLLECTION_NUMBER, "7")
                .issued(new DateParts(2012, 0, 0))
                .addSource(Source.reference("003.txt", 9, "10. Дугин А.Г., Теория многополярного мира, 2012."))
                .build();
        Item b = Item.builder(ItemType.ARTICLE_JOURNAL).citationKey("mackinder1905manpower")
                .addName(NameRole.AUTHOR, Name.of("Mackinder", "H. J."))
                .addName(NameRole.AUTHOR, Name.of("de Roever", "W.-P."))
                .addName(NameRole.AUTHOR, Name.of("King", "Martin Luther", "Jr.")).etAl(NameRole.AUTHOR, true)
                .set(Field.TITLE, "Man-power as a measure of national and imperial strength")
                .set(Field.CONTAINER_TITLE, "National and English Review").set(Field.VOLUME, "45").set(Field.ISSUE, "1-2")
                .set(Field.PAGE, "612-620").set(Field.DOI, "10.1000/xyz_1(2)").set(Field.URL, "https://example.org/a?b=1&c=50%")
                .set(Field.LANGUAGE, "en").set(Field.ABSTRACT, "An \"abstract\" with {braces}.").set(Field.NOTE, "A note")
                .set(Field.KEYWORD, "ports, Black Sea, R&D").set(Field.ISSN, "1465-6914").set(Field.PMID, "20847270")
                .set(Field.PMCID, "PMC3218662")
                .set(Field.LICENSE, "CC BY 4.0").set(Field.LOCATOR, "514")
                .issued(new DateParts(1905, 9, 12)).accessed(new DateParts(2020, 1, 2)).originalDate(DateParts.ofYear(1904))
                .addAffiliation("Oxford University").addAffiliation("LSE, London").addAlternativeDoi("10.1000/other")
                .addSource(Source.article("000.txt", 1)).addWarning("ambiguous DOI: test")
                .build();
        Item c = Item.builder(ItemType.POST_WEBLOG).citationKey("stratfor2016russias")
                .addName(NameRole.AUTHOR, Name.literal("Stratfor")).set(Field.TITLE, "Russia’s evolving role")
                .set(Field.CONTAINER_TITLE, "Worldview").issued(new DateParts(2016, 3, 9)).build();
        return List.of(a, b, c);
    }

    @Test
    void aBooksNumberInItsSeriesIsBiblatexsNumberBesideTheSeries() {
        Item book = Item.builder(ItemType.BOOK).citationKey("brooks2006port")
                .addName(NameRole.EDITOR, Name.of("Brooks", "M. R.")).set(Field.TITLE, "Port Governance and Port Performance")
                .set(Field.COLLECTION_TITLE, "Research in Transportation Economics").set(Field.COLLECTION_NUMBER, "17")
                .set(Field.PUBLISHER, "Elsevier").issued(DateParts.ofYear(2006)).build();
        String bib = BibTeX.write(List.of(book));
        assertTrue(bib.contains("series = {Research in Transportation Economics}") && bib.contains("number = {17}"), bib);
        assertEquals(List.of(book), BibTeX.read(bib, "b.bib"));
        assertEquals(List.of(book), CslJson.read(CslJson.write(List.of(book)), "b.json"));
        // a report's number beside its series stays the report's own
        Item report = BibTeX.read("@report{k, title = {T}, series = {Working Papers}, number = {12}, institution = {X},"
                + " year = {2001}}", "r.bib").get(0);
        assertEquals(java.util.Optional.of("12"), report.get(Field.NUMBER));
        assertEquals(java.util.Optional.empty(), report.get(Field.COLLECTION_NUMBER));
    }

    @Test
    void aFilmsProducerIsBiblatexsEditorbOfTypeProducerAndCslsProducer() {
        Item film = Item.builder(ItemType.MOTION_PICTURE).citationKey("yates2009harbour").set(Field.TITLE, "Harbour Nights")
                .addName(NameRole.DIRECTOR, Name.of("Yates", "D.")).addName(NameRole.PRODUCER, Name.of("Barron", "D."))
                .issued(DateParts.ofYear(2009)).build();
        String bib = BibTeX.write(List.of(film));
        assertTrue(bib.contains("editorb = {Barron, D.}") && bib.contains("editorbtype = {producer}"), bib);
        Item read = BibTeX.read(bib, "film.bib").get(0);
        assertEquals(List.of(Name.of("Barron", "D.")), read.names(NameRole.PRODUCER));
        assertEquals(List.of(Name.of("Yates", "D.")), read.names(NameRole.DIRECTOR));
        assertEquals(film.names(NameRole.PRODUCER), CslJson.read(CslJson.write(List.of(film)), "film.json").get(0).names(NameRole.PRODUCER));
        String other = "@book{k, title = {T}, editorb = {Lee, K.}, editorbtype = {redactor}, year = {2001}}";
        assertEquals(List.of(), BibTeX.read(other, "k.bib").get(0).names(NameRole.PRODUCER), "an editorb of another type is no producer");
    }

    @Test
    void aFilmsDirectorIsBiblatexsEditoraOfTypeDirectorAndCslsDirector() {
        Item film = Item.builder(ItemType.MOTION_PICTURE).citationKey("arrival1996").set(Field.TITLE, "The Arrival")
                .addName(NameRole.DIRECTOR, Name.of("Twohy", "David")).set(Field.PUBLISHER, "Artisan")
                .issued(DateParts.ofYear(1996)).build();
        String bib = BibTeX.write(List.of(film));
        assertTrue(bib.contains("editora = {Twohy, David}") && bib.contains("editoratype = {director}"), bib);
        assertEquals(List.of(Name.of("Twohy", "David")), BibTeX.read(bib, "film.bib").get(0).names(NameRole.DIRECTOR));
        assertTrue(CslJson.write(List.of(film)).contains("\"director\""));
        assertEquals(film.names(NameRole.DIRECTOR), CslJson.read(CslJson.write(List.of(film)), "film.json").get(0).names(NameRole.DIRECTOR));
        // an editora of another type (a compiler, say) is no director
        String compiler = "@book{k, title = {T}, editora = {Lee, K.}, editoratype = {compiler}, year = {2001}}";
        assertEquals(List.of(), BibTeX.read(compiler, "k.bib").get(0).names(NameRole.DIRECTOR));
    }

    @Test
    void anArxivPreprintKeepsItsIdentifierThroughBothFormats() {
        Item preprint = Item.builder(ItemType.ARTICLE).citationKey("vaswani2017attention")
                .addName(NameRole.AUTHOR, Name.of("Vaswani", "A.")).set(Field.TITLE, "Attention is all you need")
                .set(Field.NUMBER, "arXiv:1706.03762").issued(DateParts.ofYear(2017)).build();
        String bib = BibTeX.write(List.of(preprint));
        assertTrue(bib.contains("eprint = {1706.03762}") && bib.contains("eprinttype = {arxiv}"), bib);
        assertTrue(!bib.contains("number ="), bib);
        assertEquals(java.util.Optional.of("arXiv:1706.03762"), BibTeX.read(bib, "p.bib").get(0).get(Field.NUMBER));
        assertEquals(java.util.Optional.of("arXiv:1706.03762"), BibTeX.read("@article{k, title = {T}, eprint = {1706.03762},"
                + " archivePrefix = {arXiv}, year = {2017}}", "q.bib").get(0).get(Field.NUMBER), "BibTeX's archivePrefix too");
        assertEquals(List.of(preprint), CslJson.read(CslJson.write(List.of(preprint)), "p.json"));
        // a journal article with its issue and its arXiv identifier keeps both: the issue as number, the identifier as eprint
        Item published = Item.builder(ItemType.ARTICLE_JOURNAL).citationKey("okafor2015tidal").set(Field.TITLE, "Tidal silt")
                .set(Field.CONTAINER_TITLE, "Phys. Rev. D").set(Field.VOLUME, "92").set(Field.ISSUE, "4")
                .set(Field.NUMBER, "arXiv:1509.09029").issued(DateParts.ofYear(2015)).build();
        String both = BibTeX.write(List.of(published));
        assertTrue(both.contains("number = {4}") && both.contains("eprint = {1509.09029}"), both);
        Item read = BibTeX.read(both, "both.bib").get(0);
        assertEquals(published.fields(), read.fields());
        assertEquals(ItemType.ARTICLE_JOURNAL, read.type());
    }

    @Test
    void bibtexNamesInEveryOrderAreRead() {
        String bib = "@book{k, author = {Ludwig van Beethoven and King, Jr., Martin Luther and de Roever, W.-P. and {World Bank}},"
                + " title = {T}, year = {2001}}";
        List<Name> names = BibTeX.read(bib, "names.bib").get(0).names(NameRole.AUTHOR);
        assertEquals(List.of(Name.of("van Beethoven", "Ludwig"), Name.of("King", "Martin Luther", "Jr."),
                Name.of("de Roever", "W.-P."), Name.literal("World Bank")), names);
        assertTrue(BibTeX.write(BibTeX.read(bib, "names.bib")).contains("King, Jr., Martin Luther"));
    }

    @Test
    void aNamePartHoldingTheWordAndIsBracedSoBibtexDoesNotSplitThere() {
        // BibTeX splits a name list at every " and " outside braces: "Cumming, S. and and Martin, J." has an
        // empty name, and biber drops the whole entry
        Item item = Item.builder(ItemType.BOOK).citationKey("k").set(Field.TITLE, "T")
                .addName(NameRole.AUTHOR, Name.of("Cumming", "S.")).addName(NameRole.AUTHOR, Name.of("and Martin", "J."))
                .addName(NameRole.AUTHOR, Name.of("Rock", "Ann AND Bo")).build();
        String bib = BibTeX.write(List.of(item));
        assertTrue(bib.contains("author = {Cumming, S. and {and Martin}, J. and Rock, {Ann AND Bo}}"), bib);
        assertEquals(3, BibTeX.read(bib, "and.bib").get(0).names(NameRole.AUTHOR).size());
    }

    @Test
    void aListCutShortIsWrittenAsBibtexOthersAndKeptInCslCustom() {
        Item item = Item.builder(ItemType.ARTICLE_JOURNAL).citationKey("smith2010title")
                .addName(NameRole.AUTHOR, Name.of("Smith", "J.")).etAl(NameRole.AUTHOR, true)
                .addName(NameRole.EDITOR, Name.of("Lee", "K.")).set(Field.TITLE, "Title").build();
        String bib = BibTeX.write(List.of(item));
        assertTrue(bib.contains("author = {Smith, J. and others}"), bib);
        assertTrue(bib.contains("editor = {Lee, K.}"), bib);
        String json = CslJson.write(List.of(item));
        assertTrue(json.replaceAll("\\s+", "").contains("\"et-al\":[\"author\"]"), json);
        assertTrue(!json.contains("others"), "CSL-JSON gets no pretend author named others: " + json);
        // BibTeX's "others" read back is the mark, not a person; braced, it is a name
        Item read = BibTeX.read("@book{k, author = {Smith, J. and Jones, K. and others}, editor = {{others}}, title = {T}}",
                "others.bib").get(0);
        assertEquals(List.of(Name.of("Smith", "J."), Name.of("Jones", "K.")), read.names(NameRole.AUTHOR));
        assertTrue(read.etAl(NameRole.AUTHOR));
        assertEquals(List.of(Name.literal("others")), read.names(NameRole.EDITOR));
        assertTrue(!read.etAl(NameRole.EDITOR));
        // the mark needs a name before it
        assertTrue(!Item.builder(ItemType.BOOK).etAl(NameRole.AUTHOR, true).build().etAl(NameRole.AUTHOR));
    }

    @Test
    void cslParticlesJoinTheFamilyName() {
        String json = "[{\"id\": \"k\", \"type\": \"book\", \"title\": \"T\", \"author\": [{\"family\": \"Beethoven\","
                + " \"given\": \"Ludwig\", \"non-dropping-particle\": \"van\"}, {\"family\": \"Humboldt\", \"given\": \"Alexander\","
                + " \"dropping-particle\": \"von\"}, {\"family\": \"Alves\", \"given\": \"A. A.\", \"suffix\": \"Jr.\"}]}]";
        assertEquals(List.of(Name.of("van Beethoven", "Ludwig"), Name.of("von Humboldt", "Alexander"), Name.of("Alves", "A. A.", "Jr.")),
                CslJson.read(json, "names.json").get(0).names(NameRole.AUTHOR));
    }

    @Test
    void cslJsonRoundTrip() {
        for (List<Item> items : List.of(corpusItems(), awkwardItems())) {
            assertEquals(items, CslJson.read(CslJson.write(items), "test.json"));
        }
    }

    @Test
    void bibtexRoundTripKeepsEverythingButReferenceTexts() {
        // BibTeX carries provenance as labels only; the original entry text lives in CSL-JSON
        for (List<Item> items : List.of(corpusItems(), awkwardItems())) {
            List<Item> expected = items.stream().map(RoundTripTest::withoutSourceTexts).toList();
            assertEquals(expected, BibTeX.read(BibTeX.write(items), "test.bib"));
        }
    }

    private static Item withoutSourceTexts(Item item) {
        return item.toBuilder().sources(item.sources().stream()
                .map(s -> new Source(s.document(), s.kind(), s.index(), "", s.fields())).toList()).build();
    }

    @Test
    void jbibtexReparsesTheWrittenFileToTheSameValues() throws Exception {
        List<Item> items = awkwardItems();
        String bib = BibTeX.write(items);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        assertEquals(3, db.getEntries().size());
        BibTeXEntry dugin = db.getEntries().get(new Key("dugin2012teoriya"));
        assertEquals("book", dugin.getType().getValue());
        assertEquals("russian", dugin.getField(new Key("langid")).toUserString());
        assertEquals("Дугин, А. Г.", dugin.getField(new Key("author")).toUserString());
        assertEquals("{Институт № 5 \\& Co}", dugin.getField(new Key("editor")).toUserString());
        String title = dugin.getField(new Key("title")).toUserString();
        assertTrue(title.contains("50\\% {R}\\&{D}\\_x \\#1"), title);
        assertEquals("Теория многополярного мира: № 3 {вып.} 50% R&D_x #1 ~ ^ \\ $", BibTeX.latexToUnicode(title));
        BibTeXEntry mackinder = db.getEntries().get(new Key("mackinder1905manpower"));
        assertEquals("612--620", mackinder.getField(new Key("pages")).toUserString());
        assertEquals("1905-09-12", mackinder.getField(new Key("date")).toUserString());
        assertEquals("{Man}-power as a measure of national and imperial strength",
                mackinder.getField(new Key("title")).toUserString());
        assertEquals("https://example.org/a?b=1&c=50%", mackinder.getField(new Key("url")).toUserString());
        assertEquals("@online", BibTeX.write(List.of(items.get(2))).substring(0, 7));
    }

    @Test
    void readsClassicBibTeXWithStringsMonthsAndAccents() {
        String bib = """
                @string{jgg = "Journal of Geopolitics"}
                @ARTICLE{k1,
                  author = "M{\\"u}ller, J{\\"o}rg and {World Bank} and Jean de la Fontaine",
                  title = {The {\\'E}cole and \\emph{Russia}},
                  journal = jgg, year = 1999, month = sep, pages = {5--10}, number = {3},
                  doi = {https://doi.org/10.1000/ABC}
                }
                """;
        Item item = BibTeX.read(bib, "x.bib").get(0);
        assertEquals(ItemType.ARTICLE_JOURNAL, item.type());
        assertEquals(List.of(Name.of("Müller", "Jörg"), Name.literal("World Bank"), Name.of("de la Fontaine", "Jean")),
                item.authors());
        assertEquals("The École and Russia", item.title().orElseThrow());
        assertEquals("Journal of Geopolitics", item.get(Field.CONTAINER_TITLE).orElseThrow());
        assertEquals(new DateParts(1999, 9, 0), item.issued().orElseThrow());
        assertEquals(Map.of(Field.TITLE, "The École and Russia", Field.CONTAINER_TITLE, "Journal of Geopolitics",
                Field.ISSUE, "3", Field.PAGE, "5-10", Field.DOI, "10.1000/abc"), item.fields());
    }

    @Test
    void textBetweenEntriesIsIgnoredAsBibtexIgnoresIt() {
        // xampl.bib explains its entries in sentences between them; a "%" line's "@" opens nothing
        String bib = """
                @book{a, title = {First}, year = 1999}

                The KEY field is here to override the KEY field in the journal being
                cross referenced (so is the NOTE field, in addition to its imparting information).
                % write to me@example.org
                @misc(b, title = {Second (and last)}, note = "a (b) c")
                Trailing words, and a brace } that closes nothing.
                @book{c,
                  title = {Third},
                  date = {2020-13-45},
                }
                """;
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> BibTeX.read(bib, "xampl.bib"));
        assertEquals(8, e.line(), "lines are counted as written: " + e.getMessage());
        List<Item> items = BibTeX.read(bib.replace("2020-13-45", "2020"), "xampl.bib");
        assertEquals(List.of("First", "Second (and last)", "Third"), items.stream().map(i -> i.title().orElseThrow()).toList());
        assertEquals("a (b) c", items.get(1).get(Field.NOTE).orElseThrow());
        assertEquals("@book{a, title = {x}}\n", BibTeX.outsideEntriesBlanked("@book{a, title = {x}}\n"));
        assertEquals("         \n@book{b}", BibTeX.outsideEntriesBlanked("some text\n@book{b}"));
    }

    @Test
    void biblatexSubtitlesAndAddendaArePartOfTheTitles() {
        // as pandoc reads them: the title a reader sees, not its first part alone
        List<Item> items = BibTeX.read("""
                @incollection{k, author = {Roe, Ann}, title = {Main}, subtitle = {The Sub}, titleaddon = {An addon},
                  booktitle = {Book}, booksubtitle = {Book {S}ub}, date = {2012}}
                @article{j, author = {Roe, Ann}, title = {T}, journaltitle = {Journal}, journalsubtitle = {Its Sub}, date = {2012}}
                @article{plain, author = {Roe, Ann}, title = {Alone}, subtitle = {}, journal = {J}, date = {2012}}
                """, "sub.bib");
        assertEquals("Main: The Sub. An addon", items.get(0).title().orElseThrow());
        assertEquals("Book: Book Sub", items.get(0).get(Field.CONTAINER_TITLE).orElseThrow());
        assertEquals("Journal: Its Sub", items.get(1).get(Field.CONTAINER_TITLE).orElseThrow());
        assertEquals("Alone", items.get(2).title().orElseThrow());
    }

    @Test
    void aSeasonIsReadFromBiblatexAndCslAndWrittenBackToBoth() {
        // biblatex's (ISO 8601-2) "2012-22" is summer 2012, as journals' seasonal issues print it
        Item item = BibTeX.read("@article{k, title = {T}, journaltitle = {J}, date = {2012-22}}", "s.bib").get(0);
        assertEquals(DateParts.ofSeason(2012, 2), item.issued().orElseThrow());
        assertTrue(BibTeX.write(List.of(item)).contains("date = {2012-22}"), BibTeX.write(List.of(item)));
        String json = CslJson.write(List.of(item));
        assertTrue(json.replaceAll("\\s", "").contains("\"issued\":{\"date-parts\":[[2012]],\"season\":2}"), json);
        assertEquals(item.issued(), CslJson.read(json, "s.json").get(0).issued());
        // CSL-JSON's other forms: a season's name, citeproc-js's 13-16 and EDTF's 21-24 in the month's place
        for (String issued : List.of("{\"date-parts\": [[2012]], \"season\": \"Summer\"}", "{\"date-parts\": [[2012, 14]]}",
                "{\"date-parts\": [[2012, 22]]}", "{\"raw\": \"2012-22\"}")) {
            assertEquals(DateParts.ofSeason(2012, 2),
                    CslJson.read("{\"id\": \"k\", \"type\": \"book\", \"issued\": " + issued + "}", "s.json").get(0).issued().orElseThrow(),
                    issued);
        }
        assertEquals(DateParts.ofSeason(1928, 3), CslJson.read("{\"id\": \"k\", \"type\": \"book\", \"issued\": "
                + "{\"date-parts\": [[1928]], \"season\": \"fall\"}}", "s.json").get(0).issued().orElseThrow());
        assertEquals("1928-24", DateParts.ofSeason(1928, 4).iso());
        assertEquals(new DateParts(1928, 12, 0), DateParts.parseIso("1928-12"), "a month stays a month");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DateParts(1928, 5, 0, 2),
                "a season has no month");
        // what a DateParts cannot hold is reported on the record, not dropped unseen
        List<Item> odd = BibTeX.read("@book{a, title = {A}, date = {-0249}}\n@book{b, title = {B}, date = {1998-12-10/1998-12-12}}", "odd.bib");
        assertEquals(List.of("date not read: date = {-0249}"), odd.get(0).warnings());
        assertEquals(new DateParts(1998, 12, 10), odd.get(1).issued().orElseThrow());
        assertEquals(List.of("date range read as its start: date = {1998-12-10/1998-12-12}"), odd.get(1).warnings());
    }

    @Test
    void badBibTeXNamesFileAndLine() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> BibTeX.read("@article{a,\n  title = {ok},\n  author = {x\n", "broken.bib"));
        assertTrue(e.getMessage().startsWith("broken.bib"), e.getMessage());
        // an entry left open is reported where it begins, not at the end of the file where the parser stops
        var open = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> BibTeX.read("@article{a,\n  title = {ok},\n}\n@article{b,\n  author = {Smith, John\n  title = {x},\n}\n"
                        + "@article{c,\n  title = {fine},\n}\n", "open.bib"));
        assertEquals(4, open.line(), open.getMessage());
        assertTrue(open.getMessage().contains("braces are not closed"), open.getMessage());
        assertEquals(0, BibTeX.unclosedEntry("@article{a, title = {A \\{ brace}}\n"), "an escaped brace is printed, not a group");
    }

    @Test
    void aFieldThatCannotBeReadNamesItsEntrysLine() {
        // a date no calendar has, and a provenance index past int: the entry's line, not the file's start
        var date = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> BibTeX.read("@book{a,\n  title = {ok},\n}\n\n@book{b,\n  title = {x},\n  date = {2020-13-45},\n}\n", "dates.bib"));
        assertEquals(5, date.line(), date.getMessage());
        assertTrue(date.getMessage().startsWith("dates.bib:5: entry b: bad date"), date.getMessage());
        var index = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> BibTeX.read("@book{a,\n  title = {ok},\n  citekit-sources = {x.txt\\#reference/99999999999},\n}\n", "sources.bib"));
        assertEquals("sources.bib:1: entry a: a source's index out of range: 99999999999", index.getMessage());
        // an entry whose key was lost, which JBibTeX names "jbibtex-1", and a file with "\r" line ends
        var keyless = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> BibTeX.read("@string{p = {Brill}}\n@book{a,\n  title = {ok},\n}\n\n@book{title = {x},\n  date = {2020-13-45},\n}\n", "keyless.bib"));
        assertEquals(6, keyless.line(), keyless.getMessage());
        var cr = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> BibTeX.read("@book{a,\r  title = {ok},\r}\r@book{b,\r  date = {2020-13-45},\r}\r", "cr.bib"));
        assertEquals(4, cr.line(), cr.getMessage());
        // a quote left open runs the parser to the file's end: the entry that fails alone is named
        var quote = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> BibTeX.read("@book{a,\n  title = {ok},\n}\n@book{b,\n  title = \"x,\n}\n@book{c,\n  title = {ok},\n}\n", "quote.bib"));
        assertEquals(4, quote.line(), quote.getMessage());
    }

    @Test
    void aCslJsonItemThatCannotBeReadNamesTheLineWhereItOpens() {
        String good = "{\"id\": \"a\", \"type\": \"book\", \"title\": \"ok\"}";
        String bad = "{\"id\": \"b\", \"type\": \"book\",\n  \"custom\": {\"sources\": [{\"document\": \"x.txt\", \"kind\": \"}article\"}]}}";
        var kind = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> CslJson.read("[\n  " + good + ",\n  " + bad + "\n]\n", "items.json"));
        assertEquals(3, kind.line(), kind.getMessage());
        assertTrue(kind.getMessage().contains("item 1: unknown source kind"), kind.getMessage());
        var date = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> CslJson.read("[\n" + good + ",\n\n{\"id\": \"c\", \"issued\": {\"raw\": \"2020-13-45\"}}]", "dates.json"));
        assertEquals(4, date.line(), date.getMessage());
        // text after the array is no part of a valid file, and is not dropped without a word
        var trailing = org.junit.jupiter.api.Assertions.assertThrows(io.github.citekit.CitekitException.class,
                () -> CslJson.read("[" + good + "]\n{\"id\": \"lost\"}\n", "two.json"));
        assertEquals(2, trailing.line(), trailing.getMessage());
        assertEquals(List.of("ok"), CslJson.read("[" + good + "]\n\n", "one.json").stream().map(i -> i.title().orElseThrow()).toList());
        assertEquals(1, CslJson.read(good, "object.json").size(), "one item object");
        assertEquals(0, CslJson.read("[]", "empty.json").size());
    }

    @Test
    void aStatusIsCslsStatusAndBiblatexsPubstateKey() {
        Item inPress = Item.builder(ItemType.ARTICLE_JOURNAL).citationKey("smith2020silt").set(Field.TITLE, "Silt")
                .addName(NameRole.AUTHOR, Name.of("Smith", "J.")).set(Field.CONTAINER_TITLE, "Journal of Ports")
                .set(Field.STATUS, "in press").build();
        String bib = BibTeX.write(List.of(inPress));
        assertTrue(bib.contains("pubstate = {inpress}"), bib); // a key, which biblatex prints in the document's language
        assertEquals(List.of(inPress), BibTeX.read(bib, "s.bib"));
        assertTrue(CslJson.write(List.of(inPress)).contains("\"status\": \"in press\""), CslJson.write(List.of(inPress)));
        assertEquals(List.of(inPress), CslJson.read(CslJson.write(List.of(inPress)), "s.json"));
        Item russian = inPress.toBuilder().set(Field.STATUS, "в печати").build();
        assertTrue(BibTeX.write(List.of(russian)).contains("pubstate = {inpress}"));
        Item accepted = inPress.toBuilder().set(Field.STATUS, "accepted").build();
        assertTrue(BibTeX.write(List.of(accepted)).contains("pubstate = {accepted}"), "a status without a key is written as printed");
        assertEquals(java.util.Optional.of("forthcoming"),
                BibTeX.read("@book{k, title = {T}, pubstate = {forthcoming}}", "k.bib").get(0).get(Field.STATUS));
    }
}

