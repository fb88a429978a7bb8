package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ParsedReference.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.format.BibTeX;
import io.github.citekit.format.CslJson;
import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The kinds of work APA 7 describes in brackets or marks after the title, which the labelled data rarely holds:
 * translations and reissues, articles published online before their issue, preprints, theses in a database, podcast and
 * television episodes, talks at a meeting.
 */
class ApaDescribedWorksTest {
    @Test
    void aTranslatorInBracketsAfterTheTitleAndTheOriginalsYear() {
        Item freud = parse("Freud, S. (1961). The ego and the id (J. Strachey, Trans.). W. W. Norton. (Original work published 1923)");
        assertEquals(Optional.of("The ego and the id"), freud.title());
        assertEquals(List.of(Name.of("Strachey", "J.")), freud.names(NameRole.TRANSLATOR));
        assertEquals(List.of(Name.of("Freud", "S.")), freud.names(NameRole.AUTHOR));
        assertEquals(Optional.of(DateParts.ofYear(1923)), freud.originalDate());
        assertEquals(1961, freud.issued().orElseThrow().year());

        Item two = parse("Bakhtin, M. M. (1981). The dialogic imagination (C. Emerson & M. Holquist, Trans.). University of Texas Press.");
        assertEquals(List.of(Name.of("Emerson", "C."), Name.of("Holquist", "M.")), two.names(NameRole.TRANSLATOR));
        assertEquals(Optional.of("The dialogic imagination"), two.title());
        Item edition = parse("Piaget, J. (1969). The psychology of the child (H. Weaver, Trans.; 2nd ed.). Basic Books.");
        assertEquals(List.of(Name.of("Weaver", "H.")), edition.names(NameRole.TRANSLATOR));
        assertEquals(Optional.of("2"), edition.get(Field.EDITION));
        assertEquals(Optional.of(DateParts.ofYear(1772)), parse("Taitt, D. 1916. \"Journal of Travels.\" In Travels in the American "
                + "Colonies, edited by N. D. Mereness, 496-565. New York: Macmillan. Originally published 1772.").originalDate());
    }

    @Test
    void anArticlePublishedOnlineBeforeItsIssueHasThatStatusNotInItsJournal() {
        Item item = parse("Jones, M. (2020). Harbour silt and climate. Journal of Coastal Research. Advance online publication. "
                + "https://doi.org/10.2112/JCR-D-20-00012.1");
        assertEquals(Optional.of("Journal of Coastal Research"), item.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("advance online publication"), item.get(Field.STATUS));
        assertEquals(Optional.of("ahead of print"), parse("Smith J, Lee K. Silt in marinas. J Coast Res. 2021. Ahead of print.")
                .get(Field.STATUS));
    }

    @Test
    void aPreprintIsCslsArticle() {
        assertEquals(ItemType.ARTICLE, parse("Chen, X. (2020). Sediment transport under waves. PsyArXiv. "
                + "https://doi.org/10.31234/osf.io/abcde").type());
        assertEquals(ItemType.ARTICLE, parse("Chen X, Wu Y. Sediment transport under waves [preprint]. bioRxiv. 2020. "
                + "doi:10.1101/2020.03.01.123456").type());
        assertEquals(ItemType.ARTICLE_JOURNAL, parse("Chen, X. (2020). Sediment transport. Journal of Coastal Research, 36(2), 1–10.").type());
        Item nature = parse("Chen X, Wu Y. Sediment transport under waves. Preprint at https://arxiv.org/abs/2003.01234 (2020).");
        assertEquals(Optional.of("Preprint"), nature.get(Field.GENRE), "Nature's 'Preprint at' leads on to the link");
        assertEquals(Optional.of("arXiv:2003.01234"), nature.get(Field.NUMBER));
    }

    @Test
    void aThesisInADatabaseHasItsArchiveAndNumber() {
        Item apa6 = parse("Jones, M. (2019). Silt management in harbours (Doctoral dissertation). Retrieved from ProQuest "
                + "Dissertations and Theses database. (UMI No. 3334567)");
        assertEquals(ItemType.THESIS, apa6.type());
        assertEquals(Optional.empty(), apa6.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("ProQuest Dissertations and Theses"), apa6.get(Field.ARCHIVE));
        assertEquals(Optional.of("3334567"), apa6.get(Field.NUMBER));
        Item apa7 = parse("Jones, M. (2019). Silt management in harbours (Publication No. 3334567) [Doctoral dissertation, "
                + "University of Plymouth]. ProQuest Dissertations and Theses Global.");
        assertEquals(Optional.of("3334567"), apa7.get(Field.NUMBER));
        assertEquals(Optional.of("University of Plymouth"), apa7.get(Field.PUBLISHER));
    }

    @Test
    void podcastAndTelevisionEpisodesAreBroadcasts() {
        Item podcast = parse("Miller, S. (Host). (2021, May 4). Silt and sand (No. 12) [Audio podcast episode]. In Coastal Talk. "
                + "Sea Media. https://example.org/podcast/12");
        assertEquals(ItemType.BROADCAST, podcast.type());
        assertEquals(Optional.of("Silt and sand"), podcast.title());
        assertEquals(Optional.of("Coastal Talk"), podcast.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("Sea Media"), podcast.get(Field.PUBLISHER));
        assertEquals(Optional.of("12"), podcast.get(Field.NUMBER));
        assertEquals(Optional.of("Audio podcast episode"), podcast.get(Field.GENRE));
        assertEquals(List.of(Name.of("Miller", "S.")), podcast.names(NameRole.AUTHOR));

        Item episode = parse("Villa, L. (Writer), & Gore, K. (Director). (2019, March 10). The harbour (Season 2, Episode 4) "
                + "[TV series episode]. In J. Doe (Executive Producer), Port Stories. BBC One.");
        assertEquals(ItemType.BROADCAST, episode.type());
        assertEquals(Optional.of("The harbour"), episode.title());
        assertEquals(List.of(Name.of("Villa", "L.")), episode.names(NameRole.AUTHOR));
        assertEquals(List.of(Name.of("Gore", "K.")), episode.names(NameRole.DIRECTOR));
        assertEquals(List.of(Name.of("Doe", "J.")), episode.names(NameRole.PRODUCER));
        assertEquals(List.of(), episode.names(NameRole.EDITOR));
        assertEquals(Optional.of("Port Stories"), episode.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("Season 2, Episode 4"), episode.get(Field.NUMBER));

        // CSL's and biblatex's types, both ways
        Item keyed = podcast.toBuilder().citationKey("miller2021silt").build();
        assertEquals(ItemType.BROADCAST, BibTeX.read(BibTeX.write(List.of(keyed)), "p.bib").get(0).type());
        assertTrue(CslJson.write(List.of(keyed)).contains("\"type\": \"broadcast\""), CslJson.write(List.of(keyed)));
    }

    @Test
    void aTalkAtAMeetingIsInThatMeeting() {
        Item talk = parse("Smith, J. (2019, May 3–5). Silt in small harbours [Paper presentation]. International Harbour Congress, "
                + "Antwerp, Belgium. https://example.org/ihc2019");
        assertEquals(ItemType.PAPER_CONFERENCE, talk.type());
        assertEquals(Optional.of("Silt in small harbours"), talk.title());
        assertEquals(Optional.of("International Harbour Congress"), talk.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.empty(), talk.get(Field.PUBLISHER));
        assertEquals(Optional.of("Paper presentation"), talk.get(Field.GENRE));
    }

    @Test
    void apaSevensNumbersAndListsOfManyAuthors() {
        Item article = parse("Zhang, L., Wang, H., & Li, Q. (2021). Harbour siltation in the Pearl River estuary. Ocean Engineering, 220, "
                + "Article 108456. https://doi.org/10.1016/j.oceaneng.2020.108456");
        assertEquals(Optional.of("108456"), article.get(Field.NUMBER));
        assertEquals(Optional.of("220"), article.get(Field.VOLUME));

        Item many = parse("Smith, J., Jones, M., Brown, P., Lee, K., Park, S., Chen, X., Wu, Y., Doe, J., Kim, S., Miller, S., . . . "
                + "Zhang, L. (2021). Large team harbour study. Nature, 590, 100–105.");
        List<Name> authors = many.names(NameRole.AUTHOR);
        assertEquals(Name.of("Zhang", "L."), authors.get(authors.size() - 1), authors.toString());
        assertEquals(11, authors.size());

        Item report = parse("National Institute of Mental Health. (2018). Anxiety disorders (NIH Publication No. 18-3879). "
                + "U.S. Department of Health and Human Services.");
        assertEquals(ItemType.REPORT, report.type());
        assertEquals(Optional.of("NIH Publication No. 18-3879"), report.get(Field.GENRE));
        assertEquals(Optional.empty(), report.get(Field.ISSUE), "the number's first part is no issue");

        Item release = parse("Port of Rotterdam Authority. (2020, June 5). Port opens new terminal [Press release]. "
                + "https://www.portofrotterdam.com/en/news/terminal");
        assertEquals(Optional.of("Press release"), release.get(Field.GENRE));
        assertEquals(Optional.empty(), release.get(Field.NOTE), "the genre is not repeated as a note");

        // a title that ends with a year, before the description
        Item data = parse("Stats NZ. (2019). Harbour traffic 2018 [Data set]. https://www.stats.govt.nz/harbour-traffic");
        assertEquals(Optional.of("Harbour traffic 2018"), data.title());
        assertEquals(ItemType.DATASET, data.type());
    }

    @Test
    void unpublishedManuscriptsAndStatisticalOfficesReports() {
        Item manuscript = parse("Lee, K. (2019). Silt in marinas [Unpublished manuscript]. Department of Geography, University of Leeds.");
        assertEquals(ItemType.MANUSCRIPT, manuscript.type());
        assertEquals(Optional.of("Silt in marinas"), manuscript.title(), "the title had been lost");
        assertEquals(Optional.of("Unpublished manuscript"), manuscript.get(Field.GENRE));
        assertEquals(Optional.of("Department of Geography, University of Leeds"), manuscript.get(Field.PUBLISHER));

        Item abs = parse("Australian Bureau of Statistics. (2021). Harbour traffic, Australia (Cat. No. 4102.0). https://www.abs.gov.au/harbour");
        assertEquals(Optional.of("Harbour traffic, Australia"), abs.title());
        assertEquals(Optional.of("Cat. No. 4102.0"), abs.get(Field.GENRE));
        assertEquals(ItemType.REPORT, abs.type());
        assertEquals(List.of(Name.literal("Stats NZ")), parse("Stats NZ. (2019). Harbour traffic 2018 [Data set]. "
                + "https://www.stats.govt.nz/harbour-traffic").names(NameRole.AUTHOR));
    }

    @Test
    void aReissuesCitationByBothYearsLinksItsEntry() {
        String text = """
                Harbour minds

                Jane Doe

                Abstract. The ego was a harbour (Freud, 1923/1961). Kuhn (1962/2012) saw revolutions.

                References
                Freud, S. (1961). The ego and the id (J. Strachey, Trans.). W. W. Norton. (Original work published 1923)
                Kuhn, T. S. (2012). The structure of scientific revolutions (4th ed.). University of Chicago Press. (Original work published 1962)
                """;
        var report = io.github.citekit.Citekit.create().processText("minds.txt", text).report().documents().get(0);
        java.util.Map<String, List<Integer>> links = new java.util.LinkedHashMap<>();
        report.citations().forEach(c -> links.put(c.text(), c.references()));
        // both had linked nothing: the entries print the later year, and the earlier one only as the original's
        assertEquals(java.util.Map.of("(Freud, 1923/1961)", List.of(0), "Kuhn (1962/2012)", List.of(1)), links);
    }

    @Test
    void theAcmsPageCountIsTheNumberOfPages() {
        Item paper = parse("Jane Doe and John Smith. 2020. Silt in Harbours. In Proceedings of the 12th Conference on Ports (PORTS '20). "
                + "ACM, New York, NY, USA, 10 pages. https://doi.org/10.1145/1234567.1234568");
        assertEquals(Optional.of("10"), paper.get(Field.NUMBER_OF_PAGES));
        assertEquals(Optional.empty(), paper.get(Field.PAGE), "ten pages long is no page 10");
        Item article = parse("Jane Doe and John Smith. 2021. Silt in Harbours. ACM Trans. Ports 3, 2, Article 12 (June 2021), 25 pages. "
                + "https://doi.org/10.1145/1234567");
        assertEquals(Optional.of("25"), article.get(Field.NUMBER_OF_PAGES));
        assertEquals(Optional.of("12"), article.get(Field.NUMBER));
    }
}
