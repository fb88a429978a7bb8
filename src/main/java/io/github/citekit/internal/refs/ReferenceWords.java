package io.github.citekit.internal.refs;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and patterns that rules of more than one kind ask about: a proceedings' or periodical's word, an editor's
 * or a volume's mark, the marks of a newspaper, a magazine, an access date, a lost link. Kept here rather than in one
 * rule class that the others would reach into.
 */
final class ReferenceWords {
    private ReferenceWords() {
    }

    /** A host that is a meeting's: "Proc.", "Proceedings", "Conference", "Workshop", "конференция" (lower-cased text). */
    static final Pattern PROCEEDINGS = Pattern.compile("proc\\.|proceedings|conference|symposium|workshop|congress|"
            + "paper presented at|annual meeting|конференц|конф\\.|симпозиум|съезд|форум");

    /** The most tokens a listed journal's name spans (twelve words and their marks): how far back a rule looks for one. */
    static final int NAME_REACH = 24;

    /** The fields that follow a journal's name, after a title. */
    static final Set<String> JOURNAL_EVIDENCE = Set.of("date", "volume", "issue", "page");

    /** "In" or "In:" before a host (lower-cased text). */
    static final Pattern IN_MARK = Pattern.compile("\\bin:? ");

    /** Editor marks, lower-cased: "(Hg.)", "(Hrsg.)", "(ed.)", "(eds.)", "(dir.)". */
    static final Set<String> EDITOR_WORDS = Set.of("hg", "hrsg", "ed", "eds", "dir");

    /** Words that mark a volume, lower-cased. */
    static final Set<String> VOLUME_WORDS = Set.of("vol", "vols", "volume", "bd", "band", "tome"); // not "v": "…0608197v2"

    /** The words that mark an issue's number, lower-cased: "No. 3", "Number 11", "Nr. 10", "Issue 4", "n° 82", "Heft 4". */
    static final Set<String> ISSUE_MARKS = Set.of("no", "number", "nr", "issue", "n°", "heft");

    /** A genre that names a thesis (lower-cased). */
    static final Pattern THESIS_GENRE = Pattern.compile("thesis|diss|дис|phd|master");

    /** A word that names a journal or magazine, in eleven languages: "Journal", "Bulletin", "Zeitschrift", "Revue", "Вестник". */
    static final Pattern PERIODICAL_WORD = Pattern.compile("(?iU)\\b(?:journal|journals|proceedings|bulletin|bulletins|"
            + "review|reviews|transactions|annals|annales|letters|quarterly|magazine|news|newsletter|zeitschrift|blätter|berichte|"
            + "mitteilungen|jahrbuch|revue|rivista|revista|cahiers|acta|archiv|archives|archivos|anales|studies|research|"
            + "reports|gazette|bollettino|boletín|tijdschrift|wetenschap|wochenschrift|вестник|журнал|известия)\\b");

    /** Newspapers by the words of their names ("The New York Times", "Daily Telegraph", "Российская газета"). */
    static final Pattern NEWSPAPER = Pattern.compile("(?iU)\\b(?:times|post(?!-)|gazette|herald|tribune|guardian|"
            + "telegraph|daily|chronicle|observer|wall street journal|le monde|газета|ведомости|коммерсантъ|известия|"
            + "правда)\\b");

    /** Magazines by the words of their names ("The Economist", "Foreign Policy", "Time Magazine"). */
    static final Pattern MAGAZINE = Pattern.compile("(?iU)\\b(?:magazine|economist|newsweek|new yorker|"
            + "the atlantic|forbes|fortune|wired|foreign policy|time magazine|огонёк|огонек)\\b|^time$");

    static final Pattern LOST_LINK = Pattern.compile("(?iu)(?:available (?:at|from|online)|retrieved from|"
            + "режим доступа|url)\\s*:?\\s*\\.?$");

    /**
     * China's GB/T 7714 marks each work's kind after its title, "医学生BMI与体质测试指标相关性[J].中国公共卫生,2017,33(12)": a
     * journal article, [M] a book, [D] a thesis, [C] a conference's proceedings, [N] a newspaper, [R] a report, [S] a
     * standard, [P] a patent, [EB/OL] a web page.
     */
    static final Pattern GBT_TYPE_MARK = Pattern.compile("\\s?\\[(J|M|D|C|N|R|S|P|EB/OL|J/OL|M/OL|DB/OL|N/OL)]");

    static final Pattern ANY_YEAR = Pattern.compile("\\b(?:1[5-9]|20)\\d\\d\\b");

    static final Pattern ACCESSED = Pattern.compile("(?iu)(?:accessed|retrieved|viewed|consulted|"
            + "дата обращения)\\s*(?:on\\s*)?:?\\s*([^)\\]]{4,30}?\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})");

    static final Pattern INSTITUTION_WORDS = Pattern.compile("(?i)univ|institut|laborator|\\blabs?\\b|\\bdept\\b|"
            + "department|college|school|\\bcent(?:er|re)\\b|research|faculty|[ée]cole");

    /** A day and a month, either order, that end the reference: ", 27 February.", ", Feb. 27", "Wall Street Journal 4 January.". */
    static final Pattern DAY_MONTH_END = Pattern.compile("(?iu)[,\\s]\\s*(\\d{1,2}\\s+\\p{L}{3,}\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2})\\.?$");
}
