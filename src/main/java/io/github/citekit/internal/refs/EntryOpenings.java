package io.github.citekit.internal.refs;

import io.github.citekit.internal.extract.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an entry of a list without numbers or bullets begins: how entries end and open, and the line lengths
 * of a wrapped column. The list reader ({@link ReferenceLists}) asks; the reference labeller is asked in turn
 * where no pattern knows a line's opening.
 */
final class EntryOpenings {

    private EntryOpenings() {
    }

    /**
     * Whether {@code line} ended its entry because the entry ended, not the column: it ends where an entry may
     * end, or with a number, and the next line's first word would have fitted after it with room to spare (a
     * fifth of the column, as letters are of unequal width); or it left two fifths of the column empty, and
     * does not end with a comma, a conjunction or "In", which leave an entry open. {@code printed}: the line's length
     * as printed (a broken word's rest, moved up to the line before, left it shorter); {@code mended}: the list has
     * lines that pdftotext joined.
     */
    static boolean endedShort(String line, int printed, String next, int column, boolean mended) {
        if (column == 0 || line.isEmpty()) {
            return false;
        }
        // in a list where pdftotext mended broken words, a line much longer than the column is two or more joined:
        // its last part is about what the full lines before it leave over
        double length = printed;
        while (mended && length > column * 1.15) {
            length -= column * 0.92;
        }
        int word = next.indexOf(' ');
        double filled = length + 1 + (word < 0 ? next.length() : word);
        return filled < column * 0.8 && (ENTRY_END.matcher(line).find() || ENDS_WITH_NUMBER.matcher(line).find())
                || filled < column * 0.6 && !DANGLING.matcher(line).find() && !SMALL_WORD_AT_END.matcher(line).find();
    }

    /** A line's end that leaves its entry open: a comma, a conjunction, a hyphen, "In:". */
    private static final Pattern DANGLING = Pattern.compile("(?:[,:&/-]|\\b(?:and|und|et|и|in|In|of|the))\\s*$");
    /** More small words no title's line ends with where it ends its entry: "Time Series Models for" + "Business …". */
    private static final Pattern SMALL_WORD_AT_END = Pattern.compile("\\b(?:for|to|on|with|from|by|a|an)\\s*$");

    /** A page or a year at a line's end ("ApJ, 427, 759", "503-508, 1989"): styles without a final full stop end so. */
    private static final Pattern ENDS_WITH_NUMBER = Pattern.compile("\\d\\s*$");

    /**
     * The line ends where an entry may end: a full stop, a closing bracket or quote, a link, or a link's file name (the end
     * of a link broken over lines, "…/ dateien/t00000055.pdf").
     */
    static final Pattern ENTRY_END = Pattern.compile("(?:[.!?)\\]»”\"]|https?://\\S+|\\bwww\\.\\S+|\\b10\\.\\d{4,9}/\\S+"
            + "|\\.\\s?(?i:pdf|html?|php|aspx?))\\s*$");

    /**
     * A Chinese, Japanese or Korean name, an organisation's too, with its Chinese characters in brackets after a Korean
     * reading ("가토 기요후미(加藤淸文)" has two): before the year ("中井えり子 (2015)", "국토교통부(2008)", "北鄕繁 &amp; 鈴木輝之
     * (1973)", "김승래 2017."), and, without kana (a Japanese title's words), before a comma ("木村雄四郞, …", "정진영․
     * 박호정․ 장희선, …"): two to four Korean syllables or two to five Chinese characters, as a journal's longer name
     * is not ("한국노년학, 28(4), …").
     */
    private static final String CJK_NAME = "[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]{1,6}(?:\\s?\\([\\p{IsHan}\\p{IsHangul}]{2,8}\\))?";
    private static final String CJK_FULL_NAME = "(?:\\p{IsHangul}{2,4}|\\p{IsHan}{2,5})(?:\\s?\\([\\p{IsHan}\\p{IsHangul}]{2,8}\\))?";

    /**
     * How a person's name opens a reference: "Family, I." or "Family, Given", "van Bueren, J.", "Suzuki, et al.",
     * "Folkman, 1985," "I. Family", "J. P. COLLMAN.", "C. K. I. Williams.", "Family I." (GOST), "Family AB,",
     * "Rammensee H-G," "Bergren DR:" (Vancouver), "Family J and Other K 1997", "Family J L, …", "Family I et al" (IOP's
     * physics style), a Korean or Chinese name before a comma, a full stop or the year ("성춘택, 2017", "권 진. (2013)"),
     * and longer CJK names and lists of them ({@link #CJK_NAME}).
     */
    private static final String PERSON_START = "(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Ll]a|[Ll]e|ter|ten)"
            + "(?:\\s(?:de|der|den))?\\s)?(?:\\p{Lu}[\\p{L}'’-]+(?:\\s(?:van|von|de|der|den|da|du|la|le)\\s\\p{Lu}[\\p{L}'’-]+)?"
            + "(?:,\\s*\\p{Lu}|,?\\set al\\b|,\\s(?:1[5-9]|20)\\d\\d\\b)"
            + "|\\p{Lu}\\.\\s?(?:-?\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}'’-]+[,\\s]"
            + "|\\p{Lu}\\.\\s?(?:-?\\p{Lu}\\.\\s?)*\\p{Lu}{2,}[\\p{Lu}'’-]*\\."
            + "|\\p{Lu}\\.\\s?(?:-?\\p{Lu}\\.\\s?)+\\p{Lu}\\p{Ll}+\\."
            + "|\\p{Lu}[\\p{L}'’-]+\\s\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?"
            + "|\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?\\s\\p{Lu}{1,3}(?:-\\p{Lu})?[,.]\\s"
            + "|\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s\\p{Lu}{2,3}:\\s"
            + "|[\\p{IsHan}\\p{IsHangul}]{1,4}(?:\\s[\\p{IsHan}\\p{IsHangul}]{1,3})?(?:[,.]\\s?|\\s?\\((?:1[5-9]|20)\\d\\d)"
            + "|" + CJK_NAME + "(?:(?:\\s?[․・、]\\s?|\\s&\\s|\\s)" + CJK_NAME + "){0,4}\\s?[(,]?\\s?(?:1[5-9]|20)\\d\\d(?!\\d)"
            + "|" + CJK_FULL_NAME + "(?:\\s?[․・、]\\s?" + CJK_FULL_NAME + "){0,4},"
            + "|\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s\\p{Lu}{1,3}(?:\\s\\p{Lu})?(?:,|\\sand\\s|\\set al\\b|\\s(?:1[5-9]|20)\\d\\d\\b))";
    /** A court case's name and its reporter's volume, as the Bluebook and APA cite it: "Texas v. Morales, 826 S.W.2d …". */
    private static final String CASE_NAME = "\\p{Lu}[\\p{L}.'’&-]*(?:\\s[\\p{L}.'’&-]+){0,8}\\sv\\.\\s\\p{Lu}[^,()]{1,80}"
            + "(?:,\\s(?:Inc|Ltd|Co|Corp|LLC)\\.?)?,\\s\\d{1,4}\\s\\p{Lu}";
    /** APA's date in brackets after the names: "(2019)", "(2015a)", "(2016, September 30)", "(n.d.)". */
    static final String BRACKETED_DATE = "\\((?:(?:1[5-9]|20)\\d\\d[a-z]?(?:,\\s[^()]{1,25})?|" + ReferenceWords.UNDATED + ")\\)";
    /** A ditto's punctuation without its dash: ". 2003.", ". n.d.", ", ed. 1987.", ", and Max Brod." */
    static final String LOST_DITTO = "[.,]\\s(?:(?:1[5-9]|20)\\d\\d[a-z]?[.,]|n\\.\\s?d\\.|(?:ed|eds|comp|trans|dir)\\.\\s|and\\s\\p{Lu})";
    private static final Pattern PERSON_OPENS = Pattern.compile("^(?!(?:In|Im|В|Dans|In:)\\s)(?:" + PERSON_START + ")");
    /**
     * How a reference opens: a person's name, a dash for the same author again ("———.", "-, R. Colacito"), or the
     * punctuation after such a dash that a PDF's text lost, as it loses biblatex's drawn rule (". 2003. Book Two.",
     * ", ed. 1987."; no typeset line opens with a full stop or a comma of its own), a
     * collaboration ("ATLAS Collab.", "Virgo and LIGO Scientific collaborations,"), or an organisation
     * before its year, "World Bank (2019)", "United Nations Conference on Trade and Development (UNCTAD). (2019)",
     * "World Health Organization. 2020.".
     */
    static final Pattern ENTRY_START = Pattern.compile("^(?!(?:In|Im|В|Dans|In:)\\s)(?:" + PERSON_START
            + "|[—–_-]{2,}|[—–-],\\s\\p{Lu}|" + LOST_DITTO + "|" + CASE_NAME
            + "|[\\p{L}\\d.&-]+(?:\\s[\\p{L}\\d.&-]+){0,4}\\s[Cc]ollab(?:oration)?s?\\.?[,\\s]"
            // a family name's particles in small letters too, as JSS sorts "van de Wiel MA (2001)" under v
            + "|(?:\\p{Lu}[\\p{L}&-]*\\s|(?:of|and|for|on|the|in|de|du|des|la|le|et|für|und|van|von|der|den|ter|ten|dos|das|da|di|del|della)\\s){0,10}\\p{Lu}[\\p{L}]*\\.?"
            + "(?:\\s\\(\\p{Lu}[\\p{L}]{1,11}\\)\\.?)?\\s\\((?:1[5-9]|20)\\d\\d"
            + "|(?:\\p{Lu}[\\p{L}&-]*\\s|(?:of|and|for|on|the|de|du|des|für|und)\\s){0,10}\\p{Lu}[\\p{L}]*\\.\\s(?:1[5-9]|20)\\d\\d[a-z]?\\.)");

    /**
     * In a list without numbers or bullets, whether a line starts the next entry rather than continuing a
     * wrapped one: the entry so far names a year, and it ends where an entry may end and the line opens the
     * way references open (a standard's designation too, "3GPP TS 23.501: …"), or it ends with a number or a
     * semicolon, as styles without a final full stop end ("ApJ, 427, 759", "Acc. Chem. Res. 10, 265 (1977);"),
     * and the line opens with a person's name. Lists with one entry per line and no blank lines between them
     * need this.
     */
    static boolean nextEntry(StringBuilder current, String line) {
        if (namesFollow(current)) {
            return false;
        }
        if (!YEAR_OR_UNDATED.matcher(current).find()) {
            // an entry without a year ("… Internetworking: Research and Experience, 1, 3-26.") ends as well, when
            // it is long and the line opens with a name and initials, "Fikes, R. E.," "R. E. Fikes," "Fikes RE,"
            // or a standard's designation opens the line ("3GPP TS 23.402: \"…\"."), as in a list of standards, none dated
            return ENTRY_END.matcher(current).find() && (current.length() >= 60 && NAME_WITH_INITIALS.matcher(line).lookingAt()
                    || opensWithStandard(line));
        }
        return (ENTRY_END.matcher(current).find() && (ENTRY_START.matcher(line).find()
                        && !(WORD_COMMA_WORD.matcher(line).lookingAt() && opensWithAPublisherOrJournal(line))
                        || opensWithStandard(line)
                        || CAPITALS.matcher(line).lookingAt() && !opensWithAPublisherOrJournal(line))
                        || ENDS_WITH_NUMBER_OR_SEMICOLON.matcher(current).find()
                                && !(FAMILY_YEAR.matcher(line).lookingAt() && current.toString().stripTrailing().endsWith(";"))
                                && (PERSON_OPENS.matcher(line).find() || opensWithAuthors(line)));
    }

    /**
     * Whether a standard's designation opens {@code line}: "3GPP TS 23.402: …", "ISO/IEC 23090-6: …", also after
     * "Recommendation" ("Recommendation ITU-R BT.500-13: …").
     */
    private static boolean opensWithStandard(String line) {
        return ReferenceParser.standardAt(line) != null
                || line.startsWith("Recommendation ") && ReferenceParser.standardAt(line.substring("Recommendation ".length())) != null;
    }

    /**
     * Whether {@code line} opens with a number in brackets, "[12] …", "[12]Smith", "[ 43]N. …": in a list that is not
     * read as numbered (most of its markers lost, or its numbers out of sequence), such a number at a line's start still
     * marks an entry; a wrapped line does not open with one.
     */
    static boolean opensWithBracketedNumber(String line) {
        return BRACKETED_NUMBER.matcher(line).lookingAt();
    }

    private static final Pattern BRACKETED_NUMBER = Pattern.compile("\\[\\s?\\d{1,3}\\s?]\\s?[\\p{L}\\p{N}\"“«‘'(]");

    /**
     * Whether the entry so far ends as a whole journal article ends in Vancouver's style, its year, volume and pages
     * ("… J Natl Cancer Inst 2000; 92:205-216.", "… Lancet 1990;335(8):1078-80."), and {@code line} opens with a capital
     * letter: nothing of the article is left to follow (a link's, DOI's or PubMed's cue continues, see {@link #continues}),
     * so the line opens the next entry, also one that opens with its title ("The Cardiac Insufficiency Bisoprolol Study
     * II …"), with no names to tell it by.
     */
    static boolean opensAfterAWholeArticle(CharSequence current, String line) {
        int first = OPENING_QUOTES.indexOf(line.isEmpty() ? ' ' : line.charAt(0)) >= 0 ? 1 : 0; // "\"Glucose tolerance and mortality …\""
        return line.length() > first && Character.isUpperCase(line.charAt(first)) && VANCOUVER_ARTICLE_END.matcher(current).find()
                && !AFTER_AN_ARTICLE.matcher(line).lookingAt();
    }

    /**
     * Whether the entry so far ends as a whole GOST entry ends, with its pages or its extent ("… № 3. С. 10–20.", "…
     * 2010. 200 с.", "… P. 5–9."), and {@code line} opens with a capital letter: the next entry, also one that opens
     * with its title or an organisation ("Транспорт в России : стат. сб. / Росстат. …", "Росстат. …"), which no
     * name tells.
     */
    static boolean opensAfterAWholeGostEntry(CharSequence current, String line) {
        return !line.isEmpty() && Character.isUpperCase(line.charAt(0)) && GOST_ENTRY_END.matcher(current).find()
                && !AFTER_AN_ARTICLE.matcher(line).lookingAt();
    }

    /**
     * Whether {@code line} opens a GOST entry by its title and the medium in brackets that follows a title proper
     * ("Приемопередающее устройство [Текст] : пат. …", "Транспорт России [Электронный ресурс] : стат. сб."), after an
     * entry that ended: a work without an author (a patent, a standard, a collection), which no name opens. The medium
     * comes before any statement of responsibility (" / ") or host (" // "); a title's wrapped rest follows a line left
     * open.
     */
    static boolean opensWithTitleAndMedium(CharSequence current, String line) {
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0)) || !ENTRY_END.matcher(current).find()) {
            return false;
        }
        Matcher m = MEDIUM.matcher(line);
        return m.find() && m.start() > 0 && !line.substring(0, m.start()).contains(" /");
    }

    private static final Pattern MEDIUM = Pattern.compile("\\s\\[(?:Текст|Электронный ресурс|Text|Electronic resource)]");

    /**
     * Whether {@code line} opens APA's entry for a work without an author, its title and then its date, "Interpersonal
     * skills and other desperate phrases. (2019).", after an entry whose date follows its names, which has ended.
     */
    static boolean opensWithTitleAndDate(CharSequence current, String line) {
        return !line.isEmpty() && Character.isUpperCase(line.charAt(0)) && TITLE_AND_DATE.matcher(line).lookingAt()
                && ENTRY_END.matcher(current).find() && !namesFollow(current) && DATED_OPENING.matcher(current).lookingAt();
    }

    /** Words, one of them a word in small letters ("A. K. (1989)." is a name's initials), then the date in brackets. */
    private static final Pattern TITLE_AND_DATE = Pattern.compile("(?=[^()\\[\\]]*?\\p{L}\\p{Ll}{2})[^()\\[\\]]{4,200}?[.?!]\\s"
            + BRACKETED_DATE + "\\.");

    private static final Pattern GOST_ENTRY_END = Pattern.compile("(?:\\b[СР]\\.\\s?(?!(?:1[5-9]|20)\\d\\d\\.)\\d{1,5}(?:\\s?[–—-]\\s?\\d{1,5})?\\."
            + "|\\b[CSP]\\.\\s?\\d{1,5}\\s?[–—-]\\s?\\d{1,5}\\.|\\b\\d{1,5}\\s?с\\.)\\s*$"); // not an initial and a year, "Lee, J.S. 2015."

    private static final Pattern VANCOUVER_ARTICLE_END = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d\\d(?:\\s\\p{L}{3,9}(?:\\s\\d{1,2})?)?"
            + "\\s?;\\s?\\d{1,4}(?:\\s?\\(\\d{1,4}(?:-\\d{1,4})?\\))?\\s?:\\s?\\p{Lu}?\\d{1,6}(?:\\s?[-–]\\s?\\p{Lu}?\\d{1,6})?\\.\\s*$");

    /** The marks a quoted title opens with (not those that close one). */
    private static final String OPENING_QUOTES = "\"“‘'«";

    /**
     * Whether {@code line} opens with an entry's number glued to the names after it by a PDF's text, "17.Creed PA, Hicks
     * RE, …", "2-Trimba R, …", "23.van den Hout JH, …", where the names open an entry after the one so far ({@link
     * #nextEntry}, {@link #opensStrongly}); "2-Amino-4-nitrophenol …", a chemical's name, opens none.
     */
    static boolean opensWithGluedNumber(StringBuilder current, String line) {
        Matcher glued = GLUED_NUMBER.matcher(line);
        if (!glued.lookingAt()) {
            return false;
        }
        String rest = line.substring(glued.end());
        return nextEntry(current, rest) || opensStrongly(current, rest);
    }

    private static final Pattern GLUED_NUMBER = Pattern.compile("\\d{1,3}[.-](?=\\p{Lu}|van\\s|de\\s|von\\s)");

    /**
     * Whether {@code line} opens with the word the entry so far opened with, after an entry that ended as entries
     * end: a list of like entries, each on its own lines ("Meeting #92, Ljubljana, …, 2019" after "Meeting #126,
     * …, 2019"; "Okafor, K. (2005)" after "Okafor, K. (2001). … 1-10."). A common word, "The", "In", "Journal", is
     * no sign.
     */
    static boolean opensAsTheEntryBefore(CharSequence current, String line) {
        int space = line.indexOf(' ');
        if (space < 4 || !Character.isUpperCase(line.charAt(0)) || current.length() <= space
                || !current.subSequence(0, space + 1).toString().equals(line.substring(0, space + 1))) {
            return false;
        }
        String word = line.substring(0, space);
        return !COMMON_OPENING.matcher(word).matches() && !DANGLING.matcher(current).find()
                && (ENTRY_END.matcher(current).find() || ENDS_WITH_NUMBER.matcher(current).find());
    }

    /** Words that open many entries, or a wrapped line, of unrelated works. */
    private static final Pattern COMMON_OPENING = Pattern.compile("(?i)(?:the|in|an|and|for|from|on|of|with|journal|proceedings"
            + "|international|annual|american|european|national|report|university|department|institute|der|die|das|les|la|le|el)[,.:]?");

    /** What PubMed and some styles add after an article's pages: "Epub 2005 Jan 3.", "Erratum in: …", "Review.", "Available from: …". */
    private static final Pattern AFTER_AN_ARTICLE = Pattern.compile("(?:Epub|Erratum|Review|Comment|Available|Accessed|Retrieved|Cited|Published"
            + "|Article|Print|Online|English|Free|Update|Corrected|Retraction|Reprinted|Also|See|PMID|PMCID)\\b");

    /**
     * Whether {@code line} goes on with the entry so far whatever else suggests a new one. No entry opens with
     * a DOI, a link's cue or an identifier ("DOI : 10.…", "URL http://…", "PMID: …"); with a place before its
     * publisher or state ("Mahwah, NJ, US: Lawrence Erlbaum.", "San Jose, CA. AAAI Press.", "Bruxelles,
     * Belgique : De Boeck."), or a place alone ("Melbourne, Australia.", "Vienna."); with a journal, its volume
     * and pages ("J. Climate, 14, 4073-4090.", "Physical Review A, 40, 404-421.", "Sci Med 1993; 37: 33-40.") or
     * an issue ("(4), 929-965."); with "In" and an editor's initials; with a word's rest after a hyphen
     * ("-photon detectors"); or, when the entry so far has not ended, with a lower-case word. And no entry
     * ends with an editor's mark after a name ("E. Neuhold, Ed.", "(Eds.)", not an edition's "1991 ed."),
     * "St." ("… pages 251-255, St." + "Charles, IL"), "doi:", a bracket left open near its end and no full
     * stop ("(UIST" + "94) 17-26"), a name before a semicolon ("In: Chapman, J. A.;" + "Feldhamer, G. A.,
     * eds."), its authors and date alone ("Spirtes, P., & Scheines, R. (1993)." + the title), or a link whose rest is
     * the line, one word. Nor does a line open one with a closing bracket, a colon or a semicolon, or with a number
     * after a page range's dash or a volume's mark ("…, vol." + "116, p. 200402").
     */
    static boolean continues(CharSequence current, String line) {
        return CONTINUATION.matcher(line).lookingAt() || placeAlone(line) || FEW_WORDS.matcher(line).matches()
                || FEW_WORDS_COMMA.matcher(line).matches() && !ENTRY_END.matcher(current).find() // "Cambridge University" + "Press,"
                || JOURNAL_VOLUME.matcher(line).lookingAt() && (SENTENCE_END.matcher(current).find()
                        && !PAGES.matcher(current).find() || ENDS_WITH_WORD.matcher(current).find())
                || CANNOT_END.matcher(current).find()
                || NAMES_AND_DATE_ONLY.matcher(current).matches() && !NAMES_AND_DATE_ONLY.matcher(line).lookingAt()
                        && !TITLE_AND_DATE.matcher(line).lookingAt()
                || VANCOUVER_NAMES_AND_DATE_ONLY.matcher(current).matches() || EDITION_FIRST.matcher(line).lookingAt()
                || !ENTRY_END.matcher(current).find() && (openBracketAtEnd(current) || LOWER_CASE.matcher(line).lookingAt())
                || ABBREVIATION_END.matcher(current).find() && LOWER_CASE.matcher(line).lookingAt()
                || line.length() <= 80 && line.indexOf(' ') < 0 && LINK_AT_END.matcher(current).find()
                || LINK_AT_DOT.matcher(current).find() && DOMAIN_REST.matcher(line).lookingAt()
                || YEAR_FIRST.matcher(line).lookingAt() && !YEAR_OR_UNDATED.matcher(current).find()
                || PACKAGE_VERSION.matcher(line).lookingAt()
                || SITE_THEN_LINK.matcher(line).lookingAt() && DATED_OPENING.matcher(current).lookingAt()
                || PUNCTUATION_FIRST.matcher(line).lookingAt()
                || GOST_AREA_DASH.matcher(line).lookingAt() && GOST_AREAS.matcher(current).find()
                || !line.isEmpty() && line.charAt(0) >= '0' && line.charAt(0) <= '9' && (RANGE_LEFT_OPEN.matcher(current).find() || wantsANumber(current));
    }

    /**
     * GOST's dash between an entry's areas at a line's start, "— М. : Медиум, 1997.", "— 384 с.", "– С. 45–67.", in an
     * entry written in GOST's punctuation (areas parted by dashes, a statement of responsibility after " / ", a host
     * after " // "): the entry goes on (a ditto is two dashes or more, "——").
     */
    private static final Pattern GOST_AREA_DASH = Pattern.compile("[—–]\\s(?![—–])");
    private static final Pattern GOST_AREAS = Pattern.compile("\\S\\s(?:[—–]|/|//)\\s\\S");

    /**
     * A narrow column's line that opens with a closing bracket, a colon or a semicolon opens no entry (a comma may:
     * a ditto's dashes lost, ", A new formulation …", open the author's next work).
     */
    private static final Pattern PUNCTUATION_FIRST = Pattern.compile("[;:)\\]]");
    /** A page range broken after its dash ("Cognition, 38, 43 -" + "102."): the next line's number ends it. */
    private static final Pattern RANGE_LEFT_OPEN = Pattern.compile("\\d\\s?[-–—]\\s*$");

    /**
     * A site's or archive's name and the work's link, "YouTube. https://…", "PubMed Central. https://…", "William &
     * Mary Digital Archive. https://…": APA's last part, after an entry whose date follows its names (an entry that
     * opened so has its date after its names too).
     */
    private static final Pattern SITE_THEN_LINK = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s(?:&|\\p{Lu}[\\p{L}'’.-]*)){0,5}\\.?\\s(?:https?://|www\\.)");
    /** An entry's names and its date in brackets after them: "Fogarty, M. [Grammar Girl]. (2016, September 30).", "Gold, M. (Ed.). (1999).". */
    private static final Pattern DATED_OPENING = Pattern.compile("[^()]{1,300}?\\s(?:\\([^()]{1,12}\\)\\.?\\s)?" + BRACKETED_DATE);
    /** A software package's version, "R package version 1.3-1.": what an entry for a package says after its title or link. */
    private static final Pattern PACKAGE_VERSION = Pattern.compile("\\p{L}+\\s+package,?\\s+version\\s+\\d");
    /** A link broken after a dot of its host name: "URL http://CRAN.R-project." + "org/package=lattice, …". */
    private static final Pattern LINK_AT_DOT = Pattern.compile("https?://[^\\s/]+\\.$");
    private static final Pattern DOMAIN_REST = Pattern.compile("(?:org|com|net|edu|gov|int|info)(?:/|[,.;]?(?:\\s|$))|[a-z]{2}/");
    /**
     * A year in brackets opening the line, "(1987). Data analysis …", after authors that had no room for it
     * ("Jongman RH, ter Braak CJF, van Tongeren OFR"): where the entry so far names no year, its date.
     */
    private static final Pattern YEAR_FIRST = Pattern.compile("\\((?:1[5-9]|20)\\d\\d[a-z]?\\)");

    /**
     * A link or DOI at the entry's end ("https://www.example.org/en/"): a line of one word after it is its rest, broken
     * at the line's end ("https://doi.org/10.1080/01441647.2014." + "891162."), which no entry opens with, and is joined
     * to it without a space.
     */
    static final Pattern LINK_AT_END = Pattern.compile("(?:https?://|www\\.|doi\\.org/|\\b10\\.\\d{4,9}/)\\S*$");

    /**
     * Whether the entry so far ends where a number must follow: a part's or volume's mark ("Вып.", "Кн.", "Т.",
     * "Vol.", "no.", "№") or a lone initial ("/ пер. с англ. И." + "3. Налетова."), so that a wrapped line
     * opening with a number ("1. — М. : ИФ РАН, 2000.") is no numbered entry.
     */
    static boolean wantsANumber(CharSequence current) {
        return WANTS_A_NUMBER.matcher(current).find() || ENDS_WITH_INITIAL.matcher(current).find();
    }

    private static final Pattern WANTS_A_NUMBER = Pattern.compile("(?:\\b(?:Вып|Кн|Т|Ч|Гл|Разд|(?i:vol|no|bd|nr|jg|pt))\\.|№)\\s*$");

    /**
     * Whether no entry opens as {@code text} does, whatever came before: an identifier's cue ("PMID:", "DOI="),
     * a place and its publisher, an issue, "In" and an editor's initials, a hyphen's rest.
     */
    static boolean opensNoEntry(String text) {
        return CONTINUATION.matcher(text).lookingAt();
    }

    /** A journal's name: capitalised words, abbreviated or not, and the small words between them. */
    private static final String JOURNAL = "\\p{Lu}\\p{Ll}[\\p{L}&'’-]*\\.?(?:\\s(?:\\p{Lu}[\\p{L}&'’-]*\\.?|of|the|and|for|in|on|de|der|für|und))*";

    private static final Pattern CONTINUATION = Pattern.compile("(?:(?:DOI|doi|URL|url|PMID|PMCID|ISSN|ISBN)(?:\\s?[:=]|\\s)"
            + "|\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]\\p{Lu}[\\p{L}'’-]*){0,2},\\s(?:\\p{Lu}{2}|U\\.\\s?S\\.(?:\\s?A\\.)?|USA|U\\.K\\.)"
            + "(?:,\\s(?:US|USA|UK))?\\s?[:.]\\s?\\S"
            + "|(?:\\p{Lu}\\.\\s?)+\\p{Lu}\\p{Ll}+\\.?,\\s\\d{1,4},\\s\\d"
            + "|\\(\\d{1,4}\\)[,:]"
            + "|In:?\\s(?:\\p{Lu}\\.\\s?)+\\p{Lu}"
            + "|-\\p{Ll})");

    /**
     * A journal, its volume and pages, or its year and volume ("Physical Review A, 40, 404-421.", "Annals of
     * Statistics, 12:401–412", "Sci Med 1993; 37: 33-40."): after an entry that ended with a sentence and gave no
     * pages yet, the rest of a title's entry (a list of journal references alone, a patent's, gives pages in each);
     * after one that ends with a word, unended ("… MCMC and BUGS. North American" + "Actuarial Journal, 5(2):96–124"),
     * its rest.
     */
    private static final Pattern JOURNAL_VOLUME = Pattern.compile("(?:" + JOURNAL + ",?\\s\\d{1,4}(?:\\s?\\(\\d{1,4}\\))?(?:,\\s|:)\\d"
            + "|" + JOURNAL + "\\s(?:1[5-9]|20)\\d\\d\\s?;\\s?\\d)");

    /** A word at the end, no number or mark after it: "… MCMC and BUGS. North American". */
    private static final Pattern ENDS_WITH_WORD = Pattern.compile("\\p{L}\\s*$");

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!]\\s*$");

    /** A page range, or a volume and its pages: "404-421", "6—8", "97:9834". */
    private static final Pattern PAGES = Pattern.compile("\\d\\s?[-–—]\\s?\\d|\\d\\s?:\\s?\\d");

    private static final Pattern CANNOT_END = Pattern.compile("(?:[\\p{L}.],\\s(?:[Ee]ds?|Hrsg|Hg)\\.|\\((?:[Ee]ds?|Hrsg|Hg)\\.\\)\\.?"
            + "|\\b(?:St|Mt|Ft)\\.|\\b(?i:doi|url):|(?:^|[\\s.,(])\\p{Lu}\\.;)\\s*$");

    /** A family name and initials, APA's way: "Scheines, R.", "Van Reenen, J.-P.". */
    private static final String FAMILY_INITIALS = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?,\\s\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*";
    /** Names and a date in brackets, and nothing else: "Spirtes, P., Glymour, C., & Scheines, R. (1993)." */
    private static final Pattern NAMES_AND_DATE_ONLY = Pattern.compile(FAMILY_INITIALS + "(?:,?\\s(?:&\\s|and\\s)?"
            + FAMILY_INITIALS + ")*(?:,?\\set al\\.)?\\s\\((?:1[5-9]|20)\\d\\d[a-z]?\\)\\.?\\s*");

    /** A family name, its particles before it, and its initials run together: "van Dijk D", "Opschoor A". */
    private static final String VANCOUVER_NAME = "(?:" + Names.PARTICLE + "\\s){0,3}\\p{Lu}[\\p{L}'’-]+\\s\\p{Lu}{1,4}";
    /** JSS's names and date alone: "Franses PH, van Dijk D, Opschoor A (2014).", whose title the next line holds. */
    private static final Pattern VANCOUVER_NAMES_AND_DATE_ONLY = Pattern.compile(VANCOUVER_NAME + "(?:,\\s" + VANCOUVER_NAME + ")*"
            + "(?:,?\\s(?:et al\\.|others))?\\s\\((?:1[5-9]|20)\\d\\d[a-z]?\\)\\.?\\s*");
    /** An edition opening the line, "2nd edition. Cambridge …": no entry opens so. */
    private static final Pattern EDITION_FIRST = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)\\s(?:edition|ed\\.)");
    /** One or two words alone, no number: no whole reference ("Vienna.", "Phillips."). */
    private static final Pattern FEW_WORDS = Pattern.compile("\\p{L}[\\p{L}'’-]*(?:\\s\\p{L}[\\p{L}'’-]*)?\\.?\\s*");
    /** The same with a comma after them, "Press,": after an entry that ended, a family name may open the next ("Brumfiel,"). */
    private static final Pattern FEW_WORDS_COMMA = Pattern.compile("\\p{L}[\\p{L}'’-]*(?:\\s\\p{L}[\\p{L}'’-]*)?,\\s*");

    /** A short word's abbreviation at the end, "канд.", "Ин-т.": an entry that ends so may go on in lower case ("экон. наук"). */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?<![\\p{L}\\d])\\p{L}{1,5}\\.\\s*$");

    /** A lower-case word, but a family name's particle ("van Dijk", "de Waal", "al-Farabi", "d'Alembert") or a link. */
    private static final Pattern LOWER_CASE = Pattern.compile("(?!(?:van|von|de|der|den|di|da|du|del|della|le|la|ter|ten|al|el|d|bell)\\b"
            + "|https?:|www\\.)\\p{Ll}");

    /** "Melbourne, Australia.", "Boston, Massachusetts.", "Bruxelles, Belgique :": a place and its country or state. */
    private static boolean placeAlone(String line) {
        Matcher m = PLACE_ALONE.matcher(line);
        return m.lookingAt() && (m.group(1).length() == 2 && Character.isUpperCase(m.group(1).charAt(1))
                || Regions.NAMES.contains(m.group(1)));
    }

    private static final Pattern PLACE_ALONE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]\\p{Lu}[\\p{L}'’-]*){0,2},\\s"
            + "(\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?)(?:\\.?\\s*$|\\s?:\\s)");

    /** The names of the countries (in English, French, German, Spanish and Italian) and of the states of the United States. */
    private static final class Regions {
        static final Set<String> NAMES = load();

        private static Set<String> load() {
            Set<String> names = new HashSet<>(List.of("Alabama", "Alaska", "Arizona",
                    "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
                    "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
                    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
                    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
                    "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
                    "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
                    "West Virginia", "Wisconsin", "Wyoming", "England", "Scotland", "Wales", "USA", "Mass", "Calif"));
            for (String code : Locale.getISOCountries()) {
                for (String language : List.of("en", "fr", "de", "es", "it")) {
                    names.add(new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language)));
                }
            }
            return Set.copyOf(names);
        }
    }

    /** Whether the entry so far has a "(" that no ")" closes in its last twenty characters. */
    private static boolean openBracketAtEnd(CharSequence current) {
        int n = current.length();
        for (int i = n - 1; i >= Math.max(0, n - 20); i--) {
            char c = current.charAt(i);
            if (c == ')') {
                return false;
            }
            if (c == '(') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code line} opens the way only a reference opens, whatever the entry so far ended with (a PDF's
     * text often loses an entry's final full stop): APA's names and date in brackets ("Anderson, H., & Lee, K.
     * (2001).") or at least two names in Vancouver's order ("Matsui H, Murakami M, Wynns GC,", "Blom M R,
     * Bertolini A,"), after an entry that names a year or ended as entries end, and that does not end where names
     * or words go on (a comma, "and", an initial).
     */
    static boolean opensStrongly(CharSequence current, String line) {
        return (APA_OPENING.matcher(line).lookingAt() || VANCOUVER_OPENING.matcher(line).lookingAt())
                && !DANGLING.matcher(current).find() && !namesFollow(current)
                && (YEAR_OR_UNDATED.matcher(current).find() || current.length() >= 30 && ENTRY_END.matcher(current).find());
    }

    private static final Pattern APA_OPENING = Pattern.compile(FAMILY_INITIALS + "(?:,?\\s(?:&\\s|and\\s)?" + FAMILY_INITIALS
            + ")*(?:,?\\set al\\.)?\\s\\((?:1[5-9]|20)\\d\\d[a-z]?[,)]");
    private static final Pattern VANCOUVER_OPENING = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s\\p{Lu}(?:\\s?\\p{Lu}){0,2},\\s"
            + "\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?\\s\\p{Lu}(?:\\s?\\p{Lu}){0,2}[,.]");

    /**
     * Whether {@code line} opens with names that the reference labeller reads as a whole reference's authors
     * ("Tim Berners-Lee, Robert Cailliau, …", "Harry Heffes and David Lucantoni.", "W. Cohen."), after an
     * entry that names a year and ends as entries end: given names first are no pattern's to find.
     */
    static boolean opensWithAuthorsAfterAnEntry(StringBuilder current, String line) {
        if (!Character.isUpperCase(line.charAt(0)) || !ENTRY_END.matcher(current).find()
                || namesFollow(current) || !YEAR_OR_UNDATED.matcher(current).find()) {
            return false;
        }
        String author = authorsOpening(line);
        // where the entry before has its year in brackets right after its authors ("Zeileis A (2006).", JSS, APA),
        // an organisation read as the next one's author, with its place after it, is the publisher: "R Development
        // Core Team (2008). R: … Statistical Computing." + "R Foundation for Statistical Computing, Vienna, Austria."
        // (an entry in another style may follow, "Efsa Panel on Contaminants …, Scientific Opinion …": lists made by
        // hand mix styles)
        if (author.isEmpty()) {
            return false;
        }
        Matcher place = PLACE_AFTER.matcher(line.substring(author.length()));
        return !(place.lookingAt() && Places.isPlace(place.group(1)) && Names.namesOrganisation(author)
                && DATE_AFTER_AUTHORS.matcher(current.substring(authorsOpening(current.toString()).length())).lookingAt());
    }

    /** A place after a comma: "Vienna" of ", Vienna, Austria.". */
    private static final Pattern PLACE_AFTER = Pattern.compile(",\\s(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)[,.]");

    /** The year in brackets after the authors: "(2006)" of "Zeileis A (2006)", ". (2019)", " (eds.) (1992)". */
    private static final Pattern DATE_AFTER_AUTHORS = Pattern.compile("\\.?\\s(?:\\([^()]{1,12}\\)\\s)?\\((?:1[5-9]|20)\\d\\d[a-z]?\\)");

    /**
     * Whether the reference labeller reads {@code line}'s opening as authors, not as a publisher ("MIT Press, …"),
     * nor as a place before its publisher ("Thousand Oaks, CA: Sage.", which it takes for a name).
     */
    private static boolean opensWithAuthors(String line) {
        return !authorsOpening(line).isEmpty();
    }

    /** The authors that {@link #opensWithAuthors} reads at {@code line}'s opening, or "". */
    private static String authorsOpening(String line) {
        if (ANOTHER_PRINTING.matcher(line).lookingAt()) {
            return "";
        }
        String author = ReferenceParser.shipped().parse(line).fields().getOrDefault("author", "");
        return author.length() >= 4 && line.startsWith(author) && !line.substring(author.length()).strip().startsWith(":") ? author : "";
    }

    /** "Also in R. Brachman and H. Levesque, Readings …", "Reprinted in …": where else the work was printed. */
    private static final Pattern ANOTHER_PRINTING = Pattern.compile("(?i)(?:also|reprinted|repr\\.|see|cf\\.)\\s");

    /**
     * Whether the entry so far ends where names go on: after a lone initial ("… Trans. Robert A.") or a word
     * that introduces translators and editors ("/ пер. с англ." + "А. Костиковой, …", "Trans." + "R. Howard").
     */
    private static boolean namesFollow(CharSequence current) {
        return ENDS_WITH_INITIAL.matcher(current).find() || NAMES_NEXT.matcher(current).find();
    }

    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|[\\s.,(])\\p{Lu}\\.\\s*$");
    private static final Pattern NAMES_NEXT = Pattern.compile("(?iu)(?:\\b(?:пер|ред|сост|предисл|вступ|коммент|отв|под|авт"
            + "|англ|нем|фр|лат|ит|исп|пол|дат|швед|норв|нидерл|голл|чеш|венг|фин|греч|кит|яп|араб|тур|укр|болг|рум|эст|латыш|литов"
            + "|trans|transl|hrsg|übers)\\.|\\b(?:by|von|par))\\s*$");

    /** A publisher and its year, "Логос, 2010.", after a ";" of two publishers: no author's name. */
    private static final Pattern FAMILY_YEAR = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,\\s(?:1[5-9]|20)\\d\\d");

    /** Whether the reference labeller reads {@code line}'s opening as a publisher, its place or a journal. */
    private static boolean opensWithAPublisherOrJournal(String line) {
        Map<String, String> fields = ReferenceParser.shipped().parse(line).fields();
        return java.util.stream.Stream.of("publisher", "publisher-place", "container-title")
                .map(f -> fields.getOrDefault(f, "")).anyMatch(v -> !v.isEmpty() && line.startsWith(v));
    }

    /** "Family, Given" or a place and publisher alike, "Springer-Verlag, New York.": the labeller tells which. */
    private static final Pattern WORD_COMMA_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,\\s*\\p{Lu}\\p{Ll}");

    /** A name in capitals opening a line, "PEDERSEN C. J.", "OECD (2019)" or "MIT Press": the labeller tells which. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}[\\s,]");

    private static final Pattern NAME_WITH_INITIALS = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,\\s(?:\\p{Lu}\\.\\s?)+[,&]"
            + "|(?:\\p{Lu}\\.-?\\s?)+\\p{Lu}\\p{Ll}[\\p{L}'’-]+,|\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s\\p{Lu}{1,3},\\s");

    static final Pattern ENDS_WITH_NUMBER_OR_SEMICOLON = Pattern.compile("[\\d;]\\s*$");

    /**
     * A year, also glued to a month or a letter by a PDF ("Sep2012", "(2011)E"), an arXiv identifier, or the
     * mark of a work without one ("n.d.", "in press", "in preparation").
     */
    private static final Pattern YEAR_OR_UNDATED = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)|(?<![\\p{L}.])(?:" + ReferenceWords.UNDATED + ")"
            + "|(?iu:\\bin press\\b|\\bforthcoming\\b|\\bin prepara-?tion\\b|\\b[àa] para[iî]tre\\b|\\bsous presse\\b|\\barxiv\\s?:\\s?\\d{4}\\s?\\.\\s?\\d{4,5}|\\b[a-z-]+/\\d{7}\\b)");
}
