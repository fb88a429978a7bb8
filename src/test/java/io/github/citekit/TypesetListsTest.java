package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.report.DocumentReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists and citations as LaTeX's bibliography styles typeset them and pdftotext reads them back: TeX Live's test and
 * sample documents of biblatex-apa (APA 7), biblatex-chicago and biblatex-mla (scripts/typeset-styles.sh). A site's
 * name and link on a line of their own, links with spaces, entries of names and a date alone, works without an author,
 * undated pages read on a day, works cited with two years, bracketed descriptions, organisations and court cases,
 * a ditto whose rule the PDF's text lost, quoted titles, and MLA's short titles.
 */
class TypesetListsTest {

    private static Bibliography build(String citing, String list) {
        return Citekit.create().processText("apa.txt", "Media and Memory\n\n" + citing + "\n\nReferences\n" + list);
    }

    @Test
    void aSitesNameAndTheLinkOnALineOfTheirOwnEndTheEntryBefore() {
        String list = """
                Fogarty, M. [Grammar Girl]. (2016, September 30). How to diagram a sentence (absolute basics) [Video].
                YouTube. https://youtube.be/deiEY5Yq1ql
                British Cardiovascular Society Working Group. (2016). British Cardiovascular Society Working Group report:
                Out-of-hours cardiovascular care: Management of cardiac emergencies and hospital in-patients.
                British Cardiovascular Society. http://www.bcs.com/documents/BCSOOHWP_Final_Report_05092016.pdf
                Stults-Kolehmainen, M. A., & Sinha, R. (2015). The effects of stress on physical activity and exercise.
                PubMed Central. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3894304
                Wood, G. (1930). American gothic [Painting]. Art Institute of Chicago, Chicago, IL, United States.
                """;
        Bibliography result = build("As Fogarty (2016) shows (British Cardiovascular Society Working Group, 2016; "
                + "Stults-Kolehmainen & Sinha, 2015; Wood, 1930).", list);
        List<String> entries = TestSupport.entries(result);
        assertEquals(4, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(0).endsWith("[Video]. YouTube. https://youtube.be/deiEY5Yq1ql"), entries.get(0));
        assertTrue(entries.get(1).endsWith("in-patients. British Cardiovascular Society. http://www.bcs.com/documents/BCSOOHWP_Final_Report_05092016.pdf"),
                entries.get(1));
        assertTrue(entries.get(2).endsWith("exercise. PubMed Central. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3894304"), entries.get(2));
        assertEquals(List.of(), result.report().documents().get(0).uncited());
    }

    @Test
    void aLinkLetterSpacedOrOpeningWithWwwEndsTheEntryAndAnUndatedPageReadOnADayHasNoDate() {
        // pdftotext spaces a link's letters ("https : / / www…"), so only its "www." part is a link's shape
        String list = """
                Merriam-Webster. (n.d.). Merriam-Webster.com dictionary. Retrieved May 5, 2019, from https : / /
                www.merriam-webster.com/
                Piaget, J., & Inhelder, B. (1966). La psychologie de l’enfant [The psychology of the child]. Quadrige.
                """;
        Bibliography result = build("Words are defined (Merriam-Webster, n.d.), and children grow (Piaget & Inhelder, 1966).", list);
        List<String> entries = TestSupport.entries(result);
        assertEquals(2, entries.size(), String.join("\n", entries));
        Item dictionary = result.items().stream().filter(i -> TestSupport.entries(result).indexOf(
                i.sources().get(0).text()) == 0).findFirst().orElseThrow();
        // the day it was read is no date of the work: "Retrieved May 5, 2019" had been its date of issue
        assertEquals(java.util.Optional.empty(), dictionary.issued());
        assertEquals(new DateParts(2019, 5, 5), dictionary.accessed().orElseThrow());
        assertEquals("(Merriam-Webster, n.d.)->[0] (Piaget & Inhelder, 1966)->[1]", TestSupport.links(result.report().documents().get(0)));
    }

    @Test
    void namesAndADateAloneAndATitleBeforeItsDateOpenAnEntryEach() {
        // entries whose title is left out, as the test document lists them for its citations, and works without an author
        String list = """
                Brown, Y., & Campbell, W. K. (2004).
                Campbell, A., Muncer, M., & Gorman, B. (1993).
                Hasan, A., Liang, B., Kahn, C., & Weintraub, D. (2015). Title.
                Interpersonal skills and other desperate phrases designed to sound scientific. (2019).
                Smyth, L. N., Campbell, A., & Adams, K. (1992).
                Stanford University. (2020). Title.
                Spirtes, P., Glymour, C., & Scheines, R. (1993).
                Causation, prediction, and search. Springer.
                """;
        List<String> entries = TestSupport.entries(build("See (Brown & Campbell, 2004; Stanford University, 2020).", list));
        assertEquals(List.of("Brown, Y., & Campbell, W. K. (2004).", "Campbell, A., Muncer, M., & Gorman, B. (1993).",
                "Hasan, A., Liang, B., Kahn, C., & Weintraub, D. (2015). Title.",
                "Interpersonal skills and other desperate phrases designed to sound scientific. (2019).",
                "Smyth, L. N., Campbell, A., & Adams, K. (1992).", "Stanford University. (2020). Title.",
                "Spirtes, P., Glymour, C., & Scheines, R. (1993). Causation, prediction, and search. Springer."), entries);
    }

    @Test
    void aDescriptionInBracketsAfterTheTitleIsItsGenreAndTellsTheType() {
        List<Item> items = Citekit.create().parseReferences("apa.txt", List.of(
                "Wood, G. (1930). American gothic [Painting]. Art Institute of Chicago, Chicago, IL, United States.",
                "Bowie, D. (2016). Blackstar [Album]. Columbia.",
                "Cuellar, N. G. (2016). Study abroad programs [Editorial]. Journal of Transcultural Nursing, 27(3), 209.",
                "APA Style. (n.d.). Tweets [Twitter profile]. Twitter. Retrieved November 1, 2019, from https://twitter.com/APA_Style",
                "GDJ. (2018). Neural network deep learning prismatic [Clip art]. Openclipart. https://openclipart.org/detail/309343"));
        assertEquals(List.of("American gothic", "Blackstar", "Study abroad programs", "Tweets", "Neural network deep learning prismatic"),
                items.stream().map(i -> i.title().orElse("")).toList());
        assertEquals(List.of("Painting", "Album", "Editorial", "Twitter profile", "Clip art"),
                items.stream().map(i -> i.get(Field.GENRE).orElse("")).toList());
        assertEquals(List.of(ItemType.GRAPHIC, ItemType.SONG, ItemType.ARTICLE_JOURNAL, ItemType.WEBPAGE, ItemType.GRAPHIC),
                items.stream().map(Item::type).toList());
        // the site after the description, which had been read into the title
        assertEquals(List.of("", "", "Journal of Transcultural Nursing", "Twitter", "Openclipart"),
                items.stream().map(i -> i.get(Field.CONTAINER_TITLE).orElse("")).toList());
        // biblatex's and pandoc's types for them: @artwork and @music
        String bib = io.github.citekit.format.BibTeX.write(items.subList(0, 2));
        assertTrue(bib.startsWith("@artwork{") && bib.contains("@music{"), bib);
    }

    @Test
    void aDittoWhoseDashThePdfLostStillOpensAnEntryByTheSameAuthors() {
        // biblatex draws the ditto as a rule, which pdftotext does not print: ". 2003. Book Two." is what is left
        String list = """
                Doe, John. 2000. Book One. Chicago: University of Chicago Press.
                . 2003. Book Two. Chicago: University of Chicago Press.
                , ed. 2005. Book Three. Chicago: University of Chicago Press.
                Roe, Richard. 2001. Book Four. Chicago: University of Chicago Press.
                """;
        Bibliography result = Citekit.create().processText("chicago.txt",
                "Authors and Dates\n\nAs shown (Doe 2000; Doe 2003; Doe 2005; Roe 2001).\n\nReferences\n" + list);
        assertEquals(4, TestSupport.entries(result).size(), String.join("\n", TestSupport.entries(result)));
        assertEquals("(Doe 2000; Doe 2003; Doe 2005; Roe 2001)->[0, 1, 2, 3]", TestSupport.links(result.report().documents().get(0)));
        Item second = result.items().stream().filter(i -> i.title().orElse("").equals("Book Two")).findFirst().orElseThrow();
        assertEquals("Doe", second.authors().get(0).family());
        Item third = result.items().stream().filter(i -> i.title().orElse("").equals("Book Three")).findFirst().orElseThrow();
        assertEquals("Doe", third.names(io.github.citekit.model.NameRole.EDITOR).get(0).family());
    }

    @Test
    void aWorkWithoutAnAuthorIsCitedByItsTitlesFirstWordsAndItsYear() {
        String list = """
                Interpersonal skills and other desperate phrases designed to sound scientific. (2019).
                List of oldest companies. (2019, August 10). In Wikipedia. https://en.wikipedia.org/w/index.php?title=List_of_oldest_companies
                """;
        DocumentReport report = build("Companies age (“List of Oldest Companies,” 2019), and skills matter (Interpersonal "
                + "Skills, 2019). Unknown works are not linked (Strange Things Happen, 2019), nor another year (Interpersonal Skills, 2018).",
                list).report().documents().get(0);
        assertEquals("(“List of Oldest Companies,” 2019)->[1] (Interpersonal Skills, 2019)->[0] (Strange Things Happen, 2019)->[] "
                + "(Interpersonal Skills, 2018)->[]", TestSupport.links(report));
    }

    @Test
    void mlasShortTitleTellsOneAuthorsWorksApart() {
        // biblatex-mla's examples: the author and the title's main words, quoted for an essay, and the page
        String list = """
                Frye, Northrop. Anatomy of Criticism. Princeton UP, 1957.
                ---. Sound and Poetry. Columbia UP, 1957.
                Webb, Charles. “The Masters Thesis Template.” 2009. U of Nowhere, MA thesis.
                ---. “A Second Thesis.” 2010. U of Nowhere, MA thesis.
                """;
        DocumentReport report = Citekit.create().processText("mla.txt", "Reading Verse\n\nSound matters (Frye, Sound and Poetry 12), "
                + "as do templates (Webb, “The Masters Thesis Template” 22), and criticism (Frye, Anatomy 34).\n\nWorks Cited\n" + list)
                .report().documents().get(0);
        assertEquals("(Frye, Sound and Poetry 12)->[1] (Webb, “The Masters Thesis Template” 22)->[2] (Frye, Anatomy 34)->[0]",
                TestSupport.links(report));
    }

    @Test
    void anOrganisationBeforeItsDateIsOneNameAndACaseWithItsLinkIsACase() {
        List<Item> items = Citekit.create().parseReferences("apa.txt", List.of(
                "Centers for Disease Control and Prevention. (2019). Title.",
                "National Nurses United. (n.d.). What employers should do to protect nurses from Zika. https://www.nationalnursesunited.org/",
                "Simon Haykin (1999). Neural networks: A comprehensive foundation. Prentice Hall.",
                "Brown v. Board of Education, 347 U.S. 483 (1954). http://www.oyez.org/cases/1940-1955/347us483"));
        assertEquals(List.of(io.github.citekit.model.Name.literal("Centers for Disease Control and Prevention")), items.get(0).authors());
        assertEquals(List.of(io.github.citekit.model.Name.literal("National Nurses United")), items.get(1).authors());
        // a person's name given first has no full stop before the date
        assertEquals(List.of(io.github.citekit.model.Name.of("Haykin", "Simon")), items.get(2).authors());
        assertEquals(ItemType.LEGAL_CASE, items.get(3).type());
        assertEquals("Brown v. Board of Education", items.get(3).title().orElseThrow());
        assertEquals("http://www.oyez.org/cases/1940-1955/347us483", items.get(3).get(Field.URL).orElseThrow());
        // cases open entries, and are cited by their names
        String list = """
                Burriola v. Greater Toledo YMCA, 133 F.Supp.2d 1034 (N.D. Ohio 2001). https://law.justia.com/
                cases/federal/district-courts/FSupp2/133/1034/2293141/
                Daubert v. Merrell Dow Pharmaceuticals, Inc., 951 F.2d 1128 (9th Cir. 1991). https://openjurist.
                org/951/f2d/1128/william-dabert-v-merrell-dow-pharmaceuticals
                Texas v. Morales, 826 S.W.2d 201 (Tex. Ct. App. 1992).
                """;
        Bibliography result = build("Courts agree (Burriola v. Greater Toledo YMCA, 2001; Daubert v. Merrell Dow "
                + "Pharmaceuticals, Inc., 1991; Texas v. Morales, 1992).", list);
        assertEquals(3, TestSupport.entries(result).size(), String.join("\n", TestSupport.entries(result)));
        assertEquals(List.of(), result.report().documents().get(0).uncited());
    }

    @Test
    void aQuotedTitleEndsAtItsClosingMark() {
        // Chicago prints the title's full stop inside the marks; what follows is no part of the title
        List<Item> items = Citekit.create().parseReferences("chicago.txt", List.of(
                "Kessler, Aaron M. 2015. “The Driverless Now.” Produced by Poh Si Teng and Jessica Naudziunas. New York Times, May 2, 2015.",
                "Chu Ching and Long Zhi. 1983. “The Vicissitudes of the Giant Panda, Ailuropoda melanoleuca (David)” [in Chinese]. "
                        + "Acta Zoologica Sinica 29 (1): 93–104.",
                "Taschereau, Sylvie. 2005. “Behind the Store”: Montreal Shopkeeping Families between the Wars. Urban History Review 33 (2): 1–20."));
        assertEquals("The Driverless Now", items.get(0).title().orElseThrow());
        assertEquals("Produced by Poh Si Teng and Jessica Naudziunas", items.get(0).get(Field.NOTE).orElseThrow());
        assertEquals("The Vicissitudes of the Giant Panda, Ailuropoda melanoleuca (David)", items.get(1).title().orElseThrow());
        // a quoted main title and its subtitle stay one title
        assertTrue(items.get(2).title().orElseThrow().endsWith("Montreal Shopkeeping Families between the Wars"), items.get(2).title().orElseThrow());
    }

    @Test
    void namesWrittenOutBeforeEtAlAndARangeOfYearsPickTheirWork() {
        // APA 8.18: two works that "et al." would make alike are cited with as many names as tell them apart
        String list = """
                Delacroix, E. (1826–1827). Faust attempts to seduce Marguerite [Lithograph]. The Louvre, Paris, France.
                Kapoor, A., Bloom, B., Montez, C., Warner, D., & Hill, E. (2017). Title one.
                Kapoor, A., Bloom, B., Zucker, C., Tang, D., Köroğlu, E., L’Enfant, F., Kim, G., & Daly, H. (2017). Title two.
                """;
        DocumentReport report = build("One team agrees (Kapoor, Bloom, Montez, et al., 2017), and so does the other (Kapoor, "
                + "Bloom, Zucker, et al., 2017). As Kapoor, Bloom, Montez, et al. (2017) say, and Delacroix (1826–1827) shows.", list)
                .report().documents().get(0);
        assertEquals("(Kapoor, Bloom, Montez, et al., 2017)->[1] (Kapoor, Bloom, Zucker, et al., 2017)->[2] "
                + "Kapoor, Bloom, Montez, et al. (2017)->[1] Delacroix (1826–1827)->[0]", TestSupport.links(report));
    }

    @Test
    void namesBeforeEtAlBrokenOverALineCiteTheirWork() {
        // JSS's "Hyn-" + "dman, Koehler, et al. (2005)" (forecast's vignette), and "Doreian, et al. (2005)" with its comma
        String text = "Forecasting\n\nObtain prediction intervals from the analytical results of Hyn-\ndman, Koehler, et al. (2005), "
                + "or as in Doreian, et al. (2005).\n\nReferences\n"
                + "Doreian P, Batagelj V, Ferligoj A (2005). Generalized Blockmodeling. Cambridge University Press.\n"
                + "Hyndman RJ, Koehler AB, Snyder RD, Grose S (2005). A State Space Framework for Automatic Forecasting. "
                + "International Journal of Forecasting, 18(3), 439–454.\n";
        DocumentReport report = Citekit.create().processText("forecast.txt", text).report().documents().get(0);
        assertEquals("Hyndman, Koehler, et al. (2005)->[1] Doreian, et al. (2005)->[0]", TestSupport.links(report));
    }

    @Test
    void aWorkCitedWithTwoYearsIsTheEditionItsEntryDates() {
        // APA's "(1966/1969)": first published 1966, cited in the edition of 1969; a reprint need not say when it first appeared
        String list = """
                Piaget, J., & Inhelder, B. (1966). La psychologie de l’enfant [The psychology of the child]. Quadrige.
                Piaget, J., & Inhelder, B. (1969). The psychology of the child (H. Weaver, Trans.; 2nd ed.). Basic Books. (Original work published 1966)
                Shore, M. F. (2014). Marking time in the land of plenty. American Journal of Orthopsychiatry, 84(6), 611–618.
                """;
        DocumentReport report = build("Piaget and Inhelder (1966/1969) and Shore (1981/2014) agree with the first book "
                + "(Piaget & Inhelder, 1966), and with the reprint (Shore, 1981/2014; Piaget & Inhelder, 1966/1969).", list)
                .report().documents().get(0);
        assertEquals("Piaget and Inhelder (1966/1969)->[1] Shore (1981/2014)->[2] (Piaget & Inhelder, 1966)->[0] "
                + "(Shore, 1981/2014; Piaget & Inhelder, 1966/1969)->[2, 1]", TestSupport.links(report));
    }
}
