package io.github.citekit.internal.dedupe;

import io.github.citekit.model.ItemType;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether two records are the same work. A shared trusted DOI (or PubMed identifier, when the DOIs do
 * not differ) decides; otherwise titles must be
 * near-identical (or one a clean abbreviation of the other) with compatible authors. Vetoes keep
 * look-alikes apart: different trusted DOIs or PMIDs, years more than one apart, different editions, volumes or
 * first pages, no author in common, a chapter and the book that holds it.
 */
final class PairMatcher {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    static final double TITLE_MATCH = 0.93;
    static final double TITLE_CONTAINED = 0.85;

    private PairMatcher() {
    }

    static PairDecision decide(Profile a, Profile b) {
        String doi = doi(a, b);
        boolean samePmid = !a.pmid.isEmpty() && a.pmid.equals(b.pmid);
        double title = titleSimilarity(a, b);
        if (!doi.equals("same") && !samePmid && title < 0.8 && !a.title.isEmpty() && !b.title.isEmpty()) {
            return new PairDecision(false, title, -1, doi, -1, ""); // different titles: nothing more to weigh
        }
        double authors = authorOverlap(a, b);
        int yearGap = a.year > 0 && b.year > 0 ? Math.abs(a.year - b.year) : -1;
        if ((doi.equals("same") || samePmid && !doi.equals("different")) && java.util.Collections.disjoint(a.articleOf, b.citedIn)
                && java.util.Collections.disjoint(b.articleOf, a.citedIn)) {
            return new PairDecision(true, title, authors, doi, yearGap, "");
        }
        String veto = veto(a, b, doi, authors, yearGap);
        // a shortened title ("Buckeye Corpus of Conversational Speech" in "… Project: Creation of the Buckeye
        // Corpus of Conversational Speech") a year apart is another work unless most of the authors agree
        boolean shortenedAcrossYears = yearGap == 1 && authors < 0.67 && title >= TITLE_MATCH && !a.title.equals(b.title)
                && JARO_WINKLER.apply(a.title, b.title) < TITLE_MATCH;
        boolean similar = title >= TITLE_MATCH && !shortenedAcrossYears
                || title >= TITLE_CONTAINED && authors >= 0.5 && yearGap == 0
                || untitledMatch(a, b, authors, yearGap);
        boolean match = similar && veto.isEmpty();
        return new PairDecision(match, title, authors, doi, yearGap, similar ? veto : "");
    }

    /**
     * A record whose title was lost is the same work as another when the same authors, year, venue and
     * first page (or volume) say so.
     */
    private static boolean untitledMatch(Profile a, Profile b, double authors, int yearGap) {
        if (!a.title.isEmpty() && !b.title.isEmpty() || authors < 0.67 || yearGap != 0) {
            return false;
        }
        boolean samePage = !a.firstPage.isEmpty() && a.firstPage.equals(b.firstPage);
        boolean sameVolume = !a.volume.isEmpty() && a.volume.equals(b.volume);
        boolean sameVenue = !a.container.isEmpty() && !b.container.isEmpty()
                && JARO_WINKLER.apply(a.container, b.container) >= 0.9;
        return sameVenue && (samePage || sameVolume);
    }

    /**
     * One work under two DOIs: a repository's or preprint server's and the publisher's (EconStor, SSRN, Zenodo
     * and the journal), told by the same title (once normalised; "… II" is another work), the same authors and
     * years at most one apart, under DOIs of
     * different registrants (the part before the "/"). Two DOIs of one registrant are two of its works: a
     * conference paper and its journal version, an article and its correction.
     */
    private static boolean twoRegistrantsOfOneWork(Profile a, Profile b, double authors, int yearGap) {
        if (a.title.isEmpty() || !a.title.equals(b.title) || authors < 0.5 || yearGap > 1) {
            return false;
        }
        Set<String> prefixes = new java.util.HashSet<>();
        a.dois.forEach(d -> prefixes.add(registrant(d)));
        return b.dois.stream().noneMatch(d -> prefixes.contains(registrant(d)));
    }

    private static String registrant(String doi) {
        int slash = doi.indexOf('/');
        return slash < 0 ? doi : doi.substring(0, slash);
    }

    private static String doi(Profile a, Profile b) {
        if (!a.dois.isEmpty() && !b.dois.isEmpty()) {
            for (String d : a.dois) {
                if (b.dois.contains(d)) {
                    return "same";
                }
            }
            return "different";
        }
        if (!a.ambiguousDois.isEmpty() || !b.ambiguousDois.isEmpty()) {
            return "ambiguous";
        }
        return "none";
    }

    private static String veto(Profile a, Profile b, String doi, double authors, int yearGap) {
        if (!java.util.Collections.disjoint(a.articleOf, b.citedIn) || !java.util.Collections.disjoint(b.articleOf, a.citedIn)) {
            return "an article and an entry of its own reference list";
        }
        if (doi.equals("different") && !twoRegistrantsOfOneWork(a, b, authors, yearGap)) {
            return "different DOIs";
        }
        if (!a.pmid.isEmpty() && !b.pmid.isEmpty() && !a.pmid.equals(b.pmid)) {
            return "different PMIDs";
        }
        // "3GPP TS 25.410" and "3GPP TS 25.420", two arXiv identifiers: titles that differ by a letter, or a
        // collaboration's two papers of a year, are told apart by them (numbers of two kinds are not compared)
        if (!a.number.isEmpty() && !b.number.isEmpty() && a.number.charAt(0) == b.number.charAt(0) && !a.number.equals(b.number)) {
            return "different numbers";
        }
        if (yearGap > 1) {
            return "years " + a.year + " and " + b.year;
        }
        if (yearGap == 1 && venueKind(a.container) * venueKind(b.container) < 0) {
            return "years " + a.year + " and " + b.year + " in a conference and a journal: two versions";
        }
        // numbers on one side only may be a venue left in a parsed title ("Architecture. NIPS 2")
        if (!a.titleNumbers.equals(b.titleNumbers) && !a.titleNumbers.isEmpty() && !b.titleNumbers.isEmpty()) {
            return "different parts or numbers in the titles";
        }
        if (!a.yearLetter.isEmpty() && !b.yearLetter.isEmpty() && !a.yearLetter.equals(b.yearLetter) && yearGap == 0) {
            return "years " + a.year + a.yearLetter + " and " + b.year + b.yearLetter + ": two works of one author";
        }
        if (!a.edition.isEmpty() && !b.edition.isEmpty() && !a.edition.equals(b.edition)) {
            return "editions " + a.edition + " and " + b.edition;
        }
        if (authors >= 0 && authors < 0.5) {
            return authors == 0 ? "no author in common" : "different authors";
        }
        if (chapterOf(a, b) || chapterOf(b, a)) {
            return "a chapter and the book that holds it";
        }
        if (a.type == ItemType.ARTICLE_NEWSPAPER && b.type == ItemType.BOOK || b.type == ItemType.ARTICLE_NEWSPAPER && a.type == ItemType.BOOK) {
            return "a newspaper's article and a book"; // one author's book and an article named after it
        }
        boolean periodical = a.type == ItemType.ARTICLE_JOURNAL && b.type == ItemType.ARTICLE_JOURNAL;
        if (periodical && !a.volume.isEmpty() && !b.volume.isEmpty() && !a.volume.equals(b.volume)) {
            return "volumes " + a.volume + " and " + b.volume;
        }
        if (periodical && !a.pageNumbers.isEmpty() && !b.pageNumbers.isEmpty()
                && java.util.Collections.disjoint(a.pageNumbers, b.pageNumbers)) {
            return "pages " + a.firstPage + " and " + b.firstPage;
        }
        return "";
    }

    private static final java.util.regex.Pattern JOURNAL = java.util.regex.Pattern.compile(
            "\\b(?:journal|j|transactions|trans|review|record|letters|magazine|quarterly|annals|bulletin)\\b");
    private static final java.util.regex.Pattern CONFERENCE = java.util.regex.Pattern.compile(
            "\\b(?:conference|conf|proc|proceedings|symposium|workshop|congress|meeting|vldb|sigmod|icde|kdd)\\b"
            + "|very large data bases|management of data");

    /** 1 for a journal, -1 for a conference, 0 when the name does not tell. */
    static int venueKind(String container) {
        if (container.isEmpty()) {
            return 0;
        }
        if (JOURNAL.matcher(container).find()) {
            return 1;
        }
        return CONFERENCE.matcher(container).find() ? -1 : 0;
    }

    private static boolean chapterOf(Profile part, Profile whole) {
        return (part.type == ItemType.CHAPTER || part.type == ItemType.PAPER_CONFERENCE)
                && whole.type == ItemType.BOOK && !part.container.isEmpty()
                && JARO_WINKLER.apply(part.container, whole.title) >= TITLE_MATCH;
    }

    /**
     * Whether every word of one title is in the other, or one typo away from a word there: "The PointCast
     * Network" and "The PointCast network (abstract)" are, "Undated work" and "Dated work" not.
     */
    private static boolean sameWords(List<String> a, List<String> b) {
        return covered(a, b) || covered(b, a);
    }

    private static boolean covered(List<String> words, List<String> by) {
        for (String w : words) {
            if (!by.contains(w) && by.stream().noneMatch(v -> JARO_WINKLER.apply(w, v) >= 0.92)) {
                return false;
            }
        }
        return true;
    }

    /** The larger of the Jaro–Winkler similarity and word containment (a title and its shortened form). */
    static double titleSimilarity(Profile a, Profile b) {
        if (a.title.isEmpty() || b.title.isEmpty()) {
            return 0;
        }
        if (a.title.equals(b.title)) {
            return 1;
        }
        double dice = wordDice(a.titleWords, b.titleWords);
        if (dice < 0.34 && Math.min(a.titleWords.size(), b.titleWords.size()) >= 3) {
            return dice; // few words in common: the costly character comparison cannot reach a match
        }
        double jw = JARO_WINKLER.apply(a.title, b.title);
        if (jw < TITLE_MATCH) {
            jw = Math.max(jw, JARO_WINKLER.apply(a.foldedTitle, b.foldedTitle) - 0.01); // transliteration variants
        }
        List<String> shorter = a.titleWords.size() <= b.titleWords.size() ? a.titleWords : b.titleWords;
        List<String> longer = shorter == a.titleWords ? b.titleWords : a.titleWords;
        if (shorter.size() < 3) {
            // in a title of one or two words a character measure forgives a whole word: "Undated work" is not
            // "Dated work", though Jaro-Winkler puts them at 0.94
            return longer.size() <= 3 && !sameWords(a.titleWords, b.titleWords) ? Math.min(jw, TITLE_CONTAINED - 0.01) : jw;
        }
        // a shortened title keeps its words in order ("multivariate decision trees")
        int at = 0;
        int inOrder = 0;
        for (String w : shorter) {
            int found = longer.subList(at, longer.size()).indexOf(w);
            if (found >= 0) {
                inOrder++;
                at += found + 1;
            }
        }
        double containment = (double) inOrder / shorter.size() * Math.min(1.0, (double) shorter.size() / longer.size() + 0.5);
        return Math.max(jw, containment);
    }

    private static double wordDice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    /** Shared family names over the shorter list, -1 when a side has none. */
    static double authorOverlap(Profile a, Profile b) {
        if (a.families.isEmpty() || b.families.isEmpty()) {
            return -1;
        }
        long shared = a.families.stream().filter(f -> b.families.contains(f)
                || b.families.stream().anyMatch(g -> close(f, g))).count();
        // two full author lists must mostly agree; a single name, or a list cut short by "et al.", need only
        // appear in the other
        boolean bothLists = a.families.size() >= 2 && b.families.size() >= 2 && !a.etAl && !b.etAl;
        return (double) shared / (bothLists ? Math.max(a.families.size(), b.families.size())
                : Math.min(a.families.size(), b.families.size()));
    }

    /** One typo apart in a name of five letters or more. */
    private static boolean close(String f, String g) {
        return f.length() >= 5 && g.length() >= 5 && JARO_WINKLER.apply(f, g) >= 0.94;
    }
}
