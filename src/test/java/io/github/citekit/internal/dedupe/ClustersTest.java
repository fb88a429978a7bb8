package io.github.citekit.internal.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClustersTest {

    private static Item item(ItemType type, String title, int year, String... families) {
        Item.Builder b = Item.builder(type).set(Field.TITLE, title).addSource(Source.reference("t.txt", 0, ""));
        for (String f : families) {
            b.addName(NameRole.AUTHOR, Name.of(f, "A."));
        }
        if (year > 0) {
            b.issued(DateParts.ofYear(year));
        }
        return b.build();
    }

    private static List<List<Integer>> groups(Item... items) {
        List<Item> list = List.of(items);
        return Clusters.find(list, i -> "#" + i).groups();
    }

    @Test
    void sameWorkWrittenDifferentlyMerges() {
        assertEquals(List.of(List.of(0, 1)), groups(
                item(ItemType.ARTICLE_JOURNAL, "The Cascade-Correlation Learning Architecture", 1990, "Fahlman", "Lebiere"),
                item(ItemType.ARTICLE_JOURNAL, "The cascade correlation learning architecture.", 1990, "Fahlman", "Lebiere")));
    }

    @Test
    void aPubMedIdentifierIsOneWorkAndTwoAreTwo() {
        Item full = item(ItemType.ARTICLE_JOURNAL, "Gene regulation in yeast under stress", 2010, "Smith", "Lee")
                .toBuilder().set(Field.PMID, "20847270").build();
        Item cut = item(ItemType.ARTICLE_JOURNAL, "Gene regulation", 2010, "Smith").toBuilder().set(Field.PMID, "20847270").build();
        assertEquals(List.of(List.of(0, 1)), groups(full, cut), "the same PMID under a title cut short");
        Item other = item(ItemType.ARTICLE_JOURNAL, "Gene regulation in yeast under stress", 2010, "Smith", "Lee")
                .toBuilder().set(Field.PMID, "20847271").build();
        assertEquals(List.of(), groups(full, other), "the same title under two PMIDs: no group");
    }

    @Test
    void twoStandardsOrPreprintsWithDifferentNumbersAreTwoWorks() {
        Item iu = item(ItemType.STANDARD, "UTRAN Iu Interface: general aspects and principles", 0)
                .toBuilder().set(Field.NUMBER, "3GPP TS 25.410").build();
        Item iur = item(ItemType.STANDARD, "UTRAN Iur interface general aspects and principles", 0)
                .toBuilder().set(Field.NUMBER, "3GPP TS 25.420").build();
        Item iuAgain = item(ItemType.STANDARD, "UTRAN Iu interface - general aspects and principles", 0)
                .toBuilder().set(Field.NUMBER, "3GPP TS 25.410").build();
        assertEquals(List.of(List.of(0, 2)), groups(iu, iur, iuAgain));
        // one collaboration's two papers of a year, told apart by their arXiv identifiers; a version is the same paper
        Item jets = item(ItemType.ARTICLE_JOURNAL, "Measurement of inclusive jet cross-sections in pp and PbPb collisions", 2016,
                "CMS").toBuilder().set(Field.NUMBER, "arXiv:1609.05383").build();
        Item dijets = item(ItemType.ARTICLE_JOURNAL, "Measurement of transverse momentum relative to dijet systems in PbPb and pp"
                + " collisions", 2016, "CMS").toBuilder().set(Field.NUMBER, "arXiv:1509.09029").build();
        Item jetsV2 = item(ItemType.ARTICLE_JOURNAL, "Measurement of inclusive jet cross sections in pp and PbPb collisions", 2016,
                "CMS").toBuilder().set(Field.NUMBER, "arXiv:1609.05383v2").build();
        assertEquals(List.of(List.of(0, 2)), groups(jets, dijets, jetsV2));
    }

    @Test
    void aShortenedTitleAYearApartNeedsMostOfTheAuthors() {
        Item project = item(ItemType.REPORT, "The Variation in Conversation Project: Creation of the Buckeye Corpus of"
                + " Conversational Speech", 2006, "Kiesling", "Dilley", "Raymond");
        Item corpus = item(ItemType.REPORT, "Buckeye Corpus of Conversational Speech", 2007, "Pitt", "Dilley", "Johnson",
                "Kiesling", "Raymond", "Hume");
        assertEquals(false, PairMatcher.decide(new Profile(project), new Profile(corpus)).match());
        Item sameAuthors = item(ItemType.REPORT, "Buckeye Corpus of Conversational Speech", 2007, "Kiesling", "Dilley", "Raymond");
        assertEquals(true, PairMatcher.decide(new Profile(project), new Profile(sameAuthors)).match(),
                "the same authors a year apart: one work");
        Item sameYear = item(ItemType.REPORT, "Buckeye Corpus of Conversational Speech", 2006, "Pitt", "Dilley", "Johnson",
                "Kiesling", "Raymond", "Hume");
        assertEquals(true, PairMatcher.decide(new Profile(project), new Profile(sameYear)).match(), "half the authors, one year");
    }

    @Test
    void cyrillicTitleMatchesItsTransliteration() {
        assertEquals(List.of(List.of(0, 1)), groups(
                item(ItemType.BOOK, "Теория многополярного мира", 2012, "Дугин"),
                item(ItemType.BOOK, "Teoriya mnogopolyarnogo mira", 2012, "Dugin")));
    }

    @Test
    void aListCutShortByEtAlMatchesTheFullList() {
        Item cut = item(ItemType.ARTICLE_JOURNAL, "Port governance and hinterland access", 2015, "Notteboom", "Haralambides")
                .toBuilder().etAl(NameRole.AUTHOR, true).build();
        Item full = item(ItemType.ARTICLE_JOURNAL, "Port governance and hinterland access", 2015, "Notteboom", "Haralambides",
                "Verhoeven", "Ducruet", "Rodrigue");
        assertEquals(List.of(List.of(0, 1)), groups(cut, full));
        // without the mark, two lists that share two names of five are different teams
        Item two = item(ItemType.ARTICLE_JOURNAL, "Port governance and hinterland access", 2015, "Notteboom", "Haralambides");
        assertEquals(0.4, PairMatcher.authorOverlap(new Profile(two), new Profile(full)), 1e-9);
        assertEquals(1.0, PairMatcher.authorOverlap(new Profile(cut), new Profile(full)), 1e-9);
    }

    @Test
    void shortTitlesThatDifferByAWordStayApart() {
        // one of them undated, so no year tells them apart: the words must
        assertEquals(List.of(), groups(item(ItemType.WEBPAGE, "Undated work", 0, "Doe"), item(ItemType.BOOK, "Dated work", 2019, "Doe")));
        // a short title and the same with a descriptor, or with one typo, are one work
        assertEquals(List.of(List.of(0, 1)), groups(item(ItemType.ARTICLE_JOURNAL, "The PointCast Network", 1998, "Ramakrishnan"),
                item(ItemType.ARTICLE_JOURNAL, "The PointCast network (abstract)", 1998, "Ramakrishnan")));
        assertEquals(List.of(List.of(0, 1)), groups(item(ItemType.BOOK, "Caspian Geopolitcs", 2005, "Dodds"),
                item(ItemType.BOOK, "Caspian Geopolitics", 2005, "Dodds")));
    }

    @Test
    void sameAuthorsDifferentWorksStayApart() {
        assertEquals(List.of(), groups(
                item(ItemType.BOOK, "The Dialectics of Post-Soviet Modernity", 2018, "Ismayilov"),
                item(ItemType.ARTICLE_JOURNAL, "Power, Knowledge, and Pipelines", 2016, "Ismayilov")));
    }

    @Test
    void differentYearsOfASeriesReportStayApart() {
        assertEquals(List.of(), groups(
                item(ItemType.REPORT, "Annual Report on Energy Security", 2016, "Agency"),
                item(ItemType.REPORT, "Annual Report on Energy Security", 2019, "Agency")));
    }

    @Test
    void differentEditionsStayApart() {
        Item first = item(ItemType.BOOK, "Geopolitics", 2005, "Dodds").toBuilder().set(Field.EDITION, "1").build();
        Item second = item(ItemType.BOOK, "Geopolitics", 2005, "Dodds").toBuilder().set(Field.EDITION, "2nd ed.").build();
        assertEquals(List.of(), groups(first, second));
    }

    @Test
    void aChapterAndItsBookStayApart() {
        Item book = item(ItemType.BOOK, "Handbook of Labor Economics", 1999, "Ashenfelter");
        Item chapter = item(ItemType.CHAPTER, "Handbook of Labor Economics", 1999, "Ashenfelter").toBuilder()
                .set(Field.CONTAINER_TITLE, "Handbook of Labor Economics").build();
        assertEquals(List.of(), groups(book, chapter));
    }

    @Test
    void differentTrustedDoisStayApartButAnAmbiguousOneDoesNotCount() {
        Item a = item(ItemType.ARTICLE_JOURNAL, "Azerbaijan and Russia", 2019, "Ismayilov").toBuilder()
                .set(Field.DOI, "10.1/a").build();
        Item b = a.toBuilder().set(Field.DOI, "10.1/b").build();
        assertEquals(List.of(), groups(a, b));
        Item ambiguous = b.toBuilder().addWarning("ambiguous DOI 10.1/b: printed under articles [0, 1]").build();
        assertEquals(List.of(List.of(0, 1)), groups(a, ambiguous));
    }

    @Test
    void transitiveJoinsAreCheckedAgainstTheCluster() {
        // 1990 ~ 1991 ~ 1993 pairwise within a year of a neighbour, but one cluster may not span 1990-1993
        List<Item> items = new ArrayList<>();
        items.add(item(ItemType.BOOK, "Learning Decision Trees Quickly", 1990, "Utgoff"));
        items.add(item(ItemType.BOOK, "Learning Decision Trees Quickly", 1991, "Utgoff"));
        items.add(item(ItemType.BOOK, "Learning Decision Trees Quickly", 1992, "Utgoff"));
        items.add(item(ItemType.BOOK, "Learning Decision Trees Quickly", 1993, "Utgoff"));
        Clusters.Result r = Clusters.find(items, i -> "#" + i);
        assertTrue(r.groups().stream().allMatch(g -> g.size() <= 3), r.groups().toString());
        assertTrue(r.nearMisses().stream().anyMatch(e -> e.decision().contains("span years")), r.nearMisses().toString());
    }

    @Test
    void oneWorkUnderARepositorysDoiAndAPublishersIsOneRecord() {
        Item repository = item(ItemType.ARTICLE_JOURNAL, "Arctic Ports in Transition", 2020, "Petrova").toBuilder()
                .set(Field.DOI, "10.3929/ethz-b-000400000").build();
        Item journal = repository.toBuilder().set(Field.DOI, "10.1080/1088937x.2020.1750000").build();
        assertEquals(List.of(List.of(0, 1)), groups(repository, journal));
        // but not when the titles only look alike, nor when one registrant gave both DOIs
        Item other = item(ItemType.ARTICLE_JOURNAL, "Arctic Ports in Transition II", 2020, "Petrova").toBuilder()
                .set(Field.DOI, "10.1080/1088937x.2021.1").build();
        assertEquals(List.of(), groups(repository, other));
        Item sameRegistrant = journal.toBuilder().set(Field.DOI, "10.1080/1088937x.2020.9999999").build();
        assertEquals(List.of(), groups(journal, sameRegistrant));
    }

    @Test
    void aNearMissWithoutAVetoSaysItsTitlesDiffer() {
        Item a = item(ItemType.BOOK, "Russia's Arctic Ambitions", 2018, "Baev");
        Item b = item(ItemType.BOOK, "Russia's Arctic Strategies", 2014, "Laruelle");
        Clusters.Result r = Clusters.find(List.of(a, b), i -> "#" + i);
        assertEquals(1, r.nearMisses().size(), r.nearMisses().toString());
        assertTrue(r.nearMisses().get(0).decision().matches("kept apart: titles alike at 0\\.\\d+, under 0\\.93.*"),
                r.nearMisses().get(0).decision());
    }

    @Test
    void mergeKeepsEverySourceAndTheTrustedDoi() {
        Item a = item(ItemType.ARTICLE_JOURNAL, "Azerbaijan and Russia", 0, "Ismayilov").toBuilder()
                .set(Field.DOI, "10.1/shared").addWarning("ambiguous DOI 10.1/shared: printed under articles [0, 1]")
                .sources(List.of(Source.article("000.txt", 1))).build();
        Item b = item(ItemType.ARTICLE_JOURNAL, "Azerbaijan and Russia", 2019, "Ismayilov").toBuilder()
                .set(Field.DOI, "10.1/own").set(Field.CONTAINER_TITLE, "Digest").sources(List.of(Source.article("002.txt", 0)))
                .build();
        Merger.Merged m = Merger.merge(List.of(a, b));
        assertEquals("10.1/own", m.item().doi().orElseThrow());
        assertEquals(List.of("10.1/shared"), m.item().alternativeDois());
        assertEquals(List.of(Source.article("000.txt", 1), Source.article("002.txt", 0)), m.item().sources());
        assertEquals("Digest", m.item().get(Field.CONTAINER_TITLE).orElseThrow());
        assertEquals("DOI", m.conflicts().get(0).field());
    }

    @Test
    void mergeKeepsTheAccessDateAndTheFirstEditionsDate() {
        Item web = item(ItemType.BOOK, "The Structure of Scientific Revolutions", 2012, "Kuhn").toBuilder()
                .accessed(new DateParts(2020, 5, 1)).build();
        Item print = item(ItemType.BOOK, "The Structure of Scientific Revolutions", 2012, "Kuhn").toBuilder()
                .originalDate(DateParts.ofYear(1962)).set(Field.PUBLISHER, "University of Chicago Press").build();
        Item merged = Merger.merge(List.of(web, print)).item();
        assertEquals(new DateParts(2020, 5, 1), merged.accessed().orElseThrow());
        assertEquals(DateParts.ofYear(1962), merged.originalDate().orElseThrow());
    }
}
