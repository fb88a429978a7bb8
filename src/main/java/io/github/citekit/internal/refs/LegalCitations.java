package io.github.citekit.internal.refs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations as law reviews and legal policy papers write them: the Bluebook's (United States) and OSCOLA's
 * (United Kingdom). Their forms are fixed, and unlike any other style: the volume stands before the journal or
 * reporter, the year closes the citation in brackets, and a pinpoint page follows the first page. The labeller,
 * which has met few of them, reads "37 J. Consumer Pol'y 583, 585 (2014)" as a journal whose page is 585; each
 * form here is read whole, or not at all.
 */
final class LegalCitations {
    private LegalCitations() {
    }

    /** The fields read from a citation, and the place cited within the work (a pinpoint page, an article), if any. */
    record Reading(Map<String, String> fields, String locator) {
    }

    private static final String YEAR = "(?:1[6-9]|20)\\d\\d";
    /** A pinpoint: a page or a range after the first page. */
    private static final String PIN = "\\d{1,5}(?:[–-]\\d{1,5})?";
    /** A word of a name: a capitalised word ("O'Neill", "Smith-Jones") or initials ("R.", "A.F."). */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.(?:\\p{Lu}\\.)*";
    /** Names written given name first, as both styles write them: "Cass R. Sunstein", "Richard H. Thaler & Cass R. Sunstein". */
    private static final String GIVEN_FIRST = "(?:" + LegalCitations.NAME_WORD + ")(?:\\s(?:&\\s|and\\s)?(?:" + LegalCitations.NAME_WORD + ")){1,7}";

    /**
     * A court case as the Bluebook cites it: "Brown v. Board of Education, 347 U.S. 483 (1954).", "Roe v.
     * Wade, 410 U.S. 113, 153 (1973)" (a pinpoint page after the first), "Smith v. Jones, 123 F.3d 456 (9th
     * Cir. 1997)" (the court before the year).
     */
    private static final Pattern US_CASE = Pattern.compile("^(?<title>[^,()]{2,120}?\\sv\\.\\s[^()]{2,160}?),\\s(?<volume>\\d{1,4})\\s"
            + "(?<reporter>\\p{Lu}[\\p{L}\\d.' ]{0,24}?)\\s(?<page>\\d{1,5})(?:,\\s(?<pin>" + PIN + "))?"
            + "\\s\\((?<court>[^()]*?)\\s?(?<year>" + YEAR + ")\\)\\.?$");

    /**
     * A case as OSCOLA cites it: the parties ("R v Smith", with a bare "v"), the year in square brackets, and
     * a neutral citation ("[2017] UKSC 5": the court and the judgment's number) or a law report ("[1932] AC 562",
     * "[2001] 1 AC 146"), perhaps both, and perhaps the court after a report ("(HL)") and a pinpoint ("[45]", ", 150").
     */
    private static final Pattern UK_CASE = Pattern.compile("^(?<title>[^,\\[\\]()]{1,120}?\\sv\\s[^,\\[\\]()]{2,160}?)"
            + "\\s\\[(?<year>" + YEAR + ")\\]\\s(?:(?<volume>\\d{1,3})\\s)?(?<reporter>\\p{Lu}[\\p{L}]{1,8}(?:\\s\\((?:Civ|Crim|Admin|Comm|Ch|QB|KB|Fam|Pat|TCC)\\))?)"
            + "\\s(?<page>\\d{1,5})"
            + "(?:,\\s\\[(?<year2>" + YEAR + ")\\]\\s(?:(?<volume2>\\d{1,3})\\s)?(?<reporter2>\\p{Lu}[\\p{L}]{1,8})\\s(?<page2>\\d{1,5}))?"
            + "(?:\\s\\((?<court>\\p{Lu}[\\p{L}]{1,10})\\))?(?:,?\\s(?:\\[(?<para>\\d{1,4})\\]|(?<pin>" + PIN + ")))?\\.?$");
    /** Courts whose judgments carry a neutral citation: "[2017] UKSC 5" is the Supreme Court's fifth of that year. */
    private static final Set<String> NEUTRAL_COURTS = Set.of("UKSC", "UKHL", "UKPC", "EWCA", "EWCA (Civ)", "EWCA (Crim)",
            "EWHC", "EWHC (Admin)", "EWHC (Ch)", "EWHC (QB)", "EWHC (KB)", "EWHC (Comm)", "EWHC (Fam)", "EWHC (Pat)",
            "EWHC (TCC)", "UKUT", "UKFTT", "CSIH", "CSOH", "NICA", "IESC", "IECA", "IEHC");

    /**
     * A treaty as the Bluebook cites it: "United Nations Convention on the Law of the Sea, December 10, 1982,
     * 1833 U.N.T.S. 397, art. 234." (the date of signature, then the treaty series' volume and first page, and
     * perhaps the article cited).
     */
    private static final String TREATY_SERIES_NAMES = "(?:U\\.N\\.T\\.S\\.|U\\.S\\.T\\.|T\\.I\\.A\\.S\\.|I\\.L\\.M\\.|Stat\\.|E\\.T\\.S\\.|C\\.E\\.T\\.S\\.|"
            + "L\\.N\\.T\\.S\\.|Bevans|O\\.J\\.(?:\\s\\(\\p{Lu}\\))?)";
    private static final Pattern TREATY = Pattern.compile("^(?<title>[^,()]{0,200}?\\b(?:Convention|Treaty|Agreement|Protocol|Charter|Accord)\\b"
            + "[^,()]{0,160}?),\\s(?<date>(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s\\d{1,2},\\s|\\d{1,2}\\s\\p{Lu}\\p{Ll}{2,8}\\.?\\s)?" + YEAR + "),\\s"
            + "(?<volume>\\d{1,5})\\s(?<series>" + TREATY_SERIES_NAMES + ")\\s(?<page>\\d{1,6})"
            + "(?:,\\s\\d{1,5}\\s" + TREATY_SERIES_NAMES + "\\s\\d{1,6})*" // a parallel citation in another series
            + "(?:,\\s(?<pin>(?:art|arts|para|annex)\\.?\\s[\\d\\p{Lu}][\\w()–-]*(?:\\.\\d+)?))?\\.?$");
    /** The treaty series {@link #TREATY} reads as a treaty's container. */
    static final Set<String> TREATY_SERIES = Set.of("U.N.T.S.", "U.S.T.", "T.I.A.S.", "I.L.M.", "Stat.", "E.T.S.",
            "C.E.T.S.", "L.N.T.S.", "Bevans", "O.J.", "O.J. (L)", "O.J. (C)");

    /**
     * A United States statute by its place in the Code, "Clean Air Act, 42 U.S.C. §§ 7401–7671q (2018).", or in
     * the Statutes at Large, "Patient Protection and Affordable Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010).";
     * also a regulation in the Code of Federal Regulations, "40 C.F.R. § 52.21 (2020)".
     */
    private static final Pattern US_STATUTE = Pattern.compile("^(?<title>\\p{Lu}[^,()]{2,200}?),\\s"
            + "(?:(?<volume>\\d{1,3})\\s(?<code>U\\.S\\.C\\.(?:A\\.|S\\.)?|C\\.F\\.R\\.)\\s(?<section>§§?\\s?\\d[\\w.:–-]*(?:\\s(?:et\\sseq\\.))?)"
            + "|(?<law>Pub\\.\\sL\\.\\s(?:No\\.\\s)?\\d{2,3}[–-]\\d{1,4}),\\s(?<statVolume>\\d{1,3})\\sStat\\.\\s(?<statPage>\\d{1,5}))"
            + "(?:\\s\\((?:[^()]*?\\s)?(?<year>" + YEAR + ")\\))?\\.?$");

    /**
     * An article as the Bluebook cites it: authors, title, then the volume, the journal's abbreviation, the first
     * page and perhaps a pinpoint, and the year: "Cass R. Sunstein, Nudging: A Very Short Guide, 37 J. Consumer
     * Pol'y 583, 585 (2014)."
     */
    private static final Pattern BLUEBOOK_ARTICLE = Pattern.compile("^(?<author>" + GIVEN_FIRST + "),\\s(?<title>\\p{Lu}.{2,300}?),\\s"
            + "(?<volume>\\d{1,4})\\s(?<journal>\\p{Lu}[\\p{L}.'’&\\s]{1,80}?)\\s(?<page>\\d{1,5})(?:,\\s(?<pin>" + PIN + "))?"
            + "\\s\\((?<year>" + YEAR + ")\\)\\.?$");

    /**
     * A book as the Bluebook cites it: authors, title, perhaps the page cited, and the edition and year in
     * brackets, with no publisher: "Richard A. Posner, Economic Analysis of Law 45 (9th ed. 2014)." A full stop and a
     * space in the title would end a sentence, as in a chemist's "G. Gokel, D. Dishong et C. Diamond. J. Chem. Soc. 1053
     * (1980).", which names no title.
     */
    private static final Pattern BLUEBOOK_BOOK = Pattern.compile("^(?<author>" + GIVEN_FIRST + "),\\s(?<title>\\p{Lu}(?:[^,()\\d.]|\\.(?!\\s)){2,300}?)"
            + "(?:\\s(?<pin>" + PIN + "))?\\s\\((?:(?<edition>\\d{1,2})(?:st|nd|rd|th)\\sed\\.\\s)?(?<year>" + YEAR + ")\\)\\.?$");

    /**
     * A book as OSCOLA cites it: the edition, publisher and year in brackets, with no comma before the year, and
     * the page cited after them: "HLA Hart, The Concept of Law (3rd edn, OUP 2012) 45."; its bibliography puts the
     * family name first, "Hart HLA, …".
     */
    private static final Pattern OSCOLA_BOOK = Pattern.compile("^(?<author>\\p{Lu}[^,()\\d]{1,120}?),\\s(?<title>\\p{Lu}[^()]{2,300}?)"
            + "\\s\\((?:(?<edition>\\d{1,2})(?:st|nd|rd|th)\\sedn,\\s)?(?<publisher>\\p{Lu}[^(),\\d]{1,80}?)\\s(?<year>" + YEAR + ")\\)"
            + "(?:\\s(?<pin>" + PIN + "))?\\.?$");
    /** OSCOLA's family name before the initials, run together: "Hart HLA". */
    private static final Pattern FAMILY_THEN_INITIALS = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+)\\s(\\p{Lu}{1,4})$");

    /**
     * An article as OSCOLA cites it: the title in single quotes, then the year in round brackets and the volume
     * ("(1999) 62 MLR 671"), or in square brackets where the year is the volume ("[2005] PL 440"), then the first
     * page and perhaps a pinpoint.
     */
    private static final Pattern OSCOLA_ARTICLE = Pattern.compile("^(?<author>\\p{Lu}[^,'‘\\d]{1,120}?),\\s['‘](?<title>.{3,300}?)['’]\\s"
            + "(?:\\((?<year>" + YEAR + ")\\)\\s(?<volume>\\d{1,4})|\\[(?<yearVolume>" + YEAR + ")\\](?:\\s(?<volume2>\\d{1,4}))?)"
            + "\\s(?<journal>\\p{Lu}[\\p{L}.&\\s]{0,60}?)\\s(?<page>\\d{1,5})(?:,\\s(?<pin>" + PIN + "))?\\.?$");

    /**
     * The citation read in one of these forms, or empty: each is tried only where a cheap test finds its mark. The
     * Bluebook's explanatory parenthetical after the year, "(2014) (discussing defaults)", is kept as a note.
     */
    static Optional<Reading> read(String text) {
        Matcher link = LINK_AT_END.matcher(text);
        if (text.indexOf("://") > 0 && link.find()) {
            // APA's case or act with its link after it, "Brown v. Board of Education, 347 U.S. 483 (1954). http://…"
            return read(text.substring(0, link.start())).map(r -> {
                Map<String, String> f = new LinkedHashMap<>(r.fields());
                f.put("URL", link.group(1));
                return new Reading(f, r.locator());
            });
        }
        int remark = explanatoryParenthetical(text);
        if (remark < 0) {
            return readCitation(text);
        }
        Optional<Reading> citation = readCitation(text.substring(0, remark - 1));
        if (citation.isEmpty()) {
            return citation;
        }
        Map<String, String> f = new LinkedHashMap<>(citation.get().fields());
        f.put("note", text.substring(remark + 1, text.lastIndexOf(')')));
        return Optional.of(new Reading(f, citation.get().locator()));
    }

    private static final Pattern LINK_AT_END = Pattern.compile("(?<=[.)])\\s+(https?://\\S+)\\s*$");

    /**
     * Where an explanatory parenthetical opens, "… (2014) (discussing defaults).": a bracket opening with a small
     * letter right after another's close, at the text's end; or -1.
     */
    private static int explanatoryParenthetical(String text) {
        int end = text.endsWith(".") ? text.length() - 1 : text.length();
        if (end < 8 || text.charAt(end - 1) != ')') {
            return -1;
        }
        int open = text.lastIndexOf('(', end - 1);
        return open >= 2 && open + 1 < end && text.charAt(open - 1) == ' ' && text.charAt(open - 2) == ')'
                && Character.isLowerCase(text.charAt(open + 1)) && text.indexOf(')', open) == end - 1 ? open : -1;
    }

    private static Optional<Reading> readCitation(String text) {
        if (text.length() < 12) {
            return Optional.empty();
        }
        if (text.indexOf('.') >= 0 && (text.contains("U.N.T.S.") || text.contains("Stat.") || text.contains("U.S.T.")
                || text.contains("I.L.M.") || text.contains("T.S.") || text.contains("O.J.") || text.contains("Bevans"))) {
            Matcher m = TREATY.matcher(text);
            if (m.matches()) {
                return Optional.of(treaty(m));
            }
        }
        if (text.contains(" v. ")) {
            Matcher m = US_CASE.matcher(text);
            if (m.matches()) {
                return Optional.of(usCase(m));
            }
        }
        if (text.contains(" v ") && text.indexOf('[') > 0) {
            Matcher m = UK_CASE.matcher(text);
            if (m.matches()) {
                return Optional.of(ukCase(m));
            }
        }
        if (text.contains("U.S.C.") || text.contains("C.F.R.") || text.contains("Pub. L.")) {
            Matcher m = US_STATUTE.matcher(text);
            if (m.matches()) {
                return Optional.of(usStatute(m));
            }
        }
        if (endsWithYearInBrackets(text)) {
            if (hasVolumeBeforeName(text)) {
                Matcher m = BLUEBOOK_ARTICLE.matcher(text);
                if (m.matches()) {
                    return Optional.of(bluebookArticle(m));
                }
            }
            if (titleWithoutCommaOrDigit(text)) {
                Matcher m = BLUEBOOK_BOOK.matcher(text);
                if (m.matches()) {
                    return Optional.of(book(m, null));
                }
            }
        }
        if (text.contains(" edn, ") || text.indexOf(')') > 0 && endsWithPin(text)) {
            Matcher m = OSCOLA_BOOK.matcher(text);
            if (m.matches()) {
                return Optional.of(book(m, m.group("publisher")));
            }
        }
        if ((text.indexOf('\'') > 0 || text.indexOf('‘') > 0) && Character.isDigit(text.charAt(text.length() - (text.endsWith(".") ? 2 : 1)))) {
            Matcher m = OSCOLA_ARTICLE.matcher(text);
            if (m.matches()) {
                return Optional.of(oscolaArticle(m));
            }
        }
        return Optional.empty();
    }

    /** Whether the text ends with a year in brackets, perhaps after more ("(9th ed. 2014)"), and a full stop. */
    private static boolean endsWithYearInBrackets(String text) {
        int end = text.endsWith(".") ? text.length() - 1 : text.length();
        return end >= 6 && text.charAt(end - 1) == ')' && Character.isDigit(text.charAt(end - 2))
                && Character.isDigit(text.charAt(end - 5)) && text.lastIndexOf('(') > 0;
    }

    /** A cheap test before {@link #BLUEBOOK_ARTICLE}: ", 37 J." somewhere, a volume after a comma and a capital after it. */
    private static boolean hasVolumeBeforeName(String text) {
        for (int at = text.indexOf(", "); at >= 0; at = text.indexOf(", ", at + 2)) {
            int i = at + 2;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i > at + 2 && i + 1 < text.length() && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap test before {@link #BLUEBOOK_BOOK}: between the authors' comma and the last bracket, no other comma, and no
     * digit but a pinpoint's at the end.
     */
    private static boolean titleWithoutCommaOrDigit(String text) {
        int from = text.indexOf(", ");
        int open = text.lastIndexOf('(');
        if (from < 0 || open < from + 2) {
            return false;
        }
        int end = open - 1;
        while (end > from && (Character.isDigit(text.charAt(end - 1)) || text.charAt(end - 1) == '-' || text.charAt(end - 1) == '–')) {
            end--;
        }
        for (int i = from + 2; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text ends with a page after a closing bracket: ") 45." */
    private static boolean endsWithPin(String text) {
        int end = text.endsWith(".") ? text.length() - 1 : text.length();
        int i = end;
        while (i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '–')) {
            i--;
        }
        return i < end && i >= 2 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == ')';
    }

    private static Reading treaty(Matcher m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", m.group("title").strip());
        f.put("date", m.group("date"));
        f.put("year", m.group("date").substring(m.group("date").length() - 4));
        f.put("container-title", m.group("series"));
        f.put("volume", m.group("volume"));
        f.put("page", m.group("page"));
        return new Reading(f, orEmpty(m.group("pin"))); // "art. 234": the article cited
    }

    private static Reading usCase(Matcher m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", m.group("title").strip());
        f.put("container-title", m.group("reporter").strip());
        f.put("volume", m.group("volume"));
        f.put("page", m.group("page"));
        if (!m.group("court").isBlank()) {
            f.put("authority", m.group("court").strip());
        }
        year(f, m.group("year"));
        return new Reading(f, orEmpty(m.group("pin"))); // "410 U.S. 113, 153": the page cited within the case
    }

    private static Reading ukCase(Matcher m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", m.group("title").strip());
        String reporter = m.group("reporter");
        boolean neutral = NEUTRAL_COURTS.contains(reporter) && m.group("volume") == null;
        if (neutral) { // "[2001] UKHL 23": the court and its judgment's number; a report of it may follow
            f.put("authority", reporter);
            f.put("number", m.group("page"));
            if (m.group("reporter2") != null) {
                f.put("container-title", m.group("reporter2"));
                putIfPresent(f, "volume", m.group("volume2"));
                f.put("page", m.group("page2"));
            }
        } else { // "[1932] AC 562 (HL)": a law report's volume and page, and the court
            f.put("container-title", reporter);
            putIfPresent(f, "volume", m.group("volume"));
            f.put("page", m.group("page"));
            putIfPresent(f, "authority", m.group("court"));
        }
        year(f, m.group("year"));
        String pin = m.group("para") != null ? "[" + m.group("para") + "]" : orEmpty(m.group("pin"));
        return new Reading(f, pin);
    }

    private static Reading usStatute(Matcher m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", m.group("title").strip());
        if (m.group("law") != null) {
            f.put("number", m.group("law"));
            f.put("container-title", "Stat.");
            f.put("volume", m.group("statVolume"));
            f.put("page", m.group("statPage"));
        } else {
            f.put("container-title", m.group("code"));
            f.put("volume", m.group("volume"));
            f.put("section", m.group("section"));
        }
        if (m.group("year") != null) {
            year(f, m.group("year"));
        }
        return new Reading(f, "");
    }

    private static Reading bluebookArticle(Matcher m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("author", m.group("author"));
        f.put("title", m.group("title").strip());
        f.put("container-title", m.group("journal").strip());
        f.put("volume", m.group("volume"));
        f.put("page", m.group("page"));
        year(f, m.group("year"));
        return new Reading(f, orEmpty(m.group("pin")));
    }

    /** A Bluebook or OSCOLA book ({@code publisher} null for the Bluebook, which names none). */
    private static Reading book(Matcher m, String publisher) {
        Map<String, String> f = new LinkedHashMap<>();
        String author = m.group("author").strip();
        Matcher inverted = FAMILY_THEN_INITIALS.matcher(author);
        f.put("author", inverted.matches() ? inverted.group(1) + ", " + inverted.group(2) : author);
        f.put("title", m.group("title").strip());
        putIfPresent(f, "edition", m.group("edition"));
        if (publisher != null) {
            f.put("publisher", publisher.strip());
        }
        year(f, m.group("year"));
        return new Reading(f, orEmpty(m.group("pin")));
    }

    private static Reading oscolaArticle(Matcher m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("author", m.group("author").strip());
        f.put("title", m.group("title").strip());
        f.put("container-title", m.group("journal").strip());
        putIfPresent(f, "volume", m.group("volume") != null ? m.group("volume") : m.group("volume2"));
        f.put("page", m.group("page"));
        year(f, m.group("year") != null ? m.group("year") : m.group("yearVolume"));
        return new Reading(f, orEmpty(m.group("pin")));
    }

    private static void year(Map<String, String> f, String year) {
        f.put("date", year);
        f.put("year", year);
    }

    private static void putIfPresent(Map<String, String> f, String field, String value) {
        if (value != null) {
            f.put(field, value);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
