package io.github.citekit.internal.refs;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
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
            + "правда|le figaro|libération|les échos|le parisien|la stampa|la repubblica|el país|el mundo|la vanguardia|"
            + "folha de s|volkskrant|rzeczpospolita)\\b");

    /**
     * Words of newspapers' names in other European languages that journals' names use too ("Juristenzeitung", "Diario
     * de Sesiones", "Gazeta Bankowa"): a newspaper's only with the day of its issue.
     */
    static final Pattern NEWSPAPER_ELSEWHERE = Pattern.compile("(?iU)zeitung|tagblatt|\\b(?:tagesspiegel|rundschau|corriere|"
            + "gazzetta|diario|diário|jornal|gazeta|krant|dagblad|handelsblad|nieuwsblad)\\b");

    /** Magazines by the words of their names ("The Economist", "Foreign Policy", "Time Magazine"). */
    static final Pattern MAGAZINE = Pattern.compile("(?iU)\\b(?:magazine|economist|newsweek|new yorker|"
            + "the atlantic|forbes|fortune|wired|foreign policy|time magazine|огонёк|огонек)\\b|^time$");

    static final Pattern LOST_LINK = Pattern.compile("(?iu)(?:available (?:at|from|online)|retrieved from|"
            + "режим доступа|режим доступу|url|disponible (?:sur|en|à l'adresse)|disponível em|disponibile (?:su|a|all'indirizzo)"
            + "|(?:online )?verfügbar unter|abrufbar unter|beschikbaar (?:op|via)|dostępn[ey] (?:w internecie|na|pod adresem)"
            + "|recuperado de)\\s*:?\\s*\\.?$");

    /**
     * China's GB/T 7714 marks each work's kind after its title, "医学生BMI与体质测试指标相关性[J].中国公共卫生,2017,33(12)": a
     * journal article, [M] a book, [D] a thesis, [C] a conference's proceedings, [N] a newspaper, [R] a report, [S] a
     * standard, [P] a patent, [EB/OL] a web page.
     */
    static final Pattern GBT_TYPE_MARK = Pattern.compile("\\s?\\[(J|M|D|C|N|R|S|P|EB/OL|J/OL|M/OL|DB/OL|N/OL)]");

    static final Pattern ANY_YEAR = Pattern.compile("\\b(?:1[5-9]|20)\\d\\d\\b");

    /**
     * The words an access statement opens with, lower-case: English's, Russian's and Ukrainian's, and those of French,
     * German, Spanish, Italian, Portuguese, Dutch and Polish references ("consulté le", "abgerufen am", "consultado el",
     * "acesso em", "geraadpleegd op", "dostęp").
     */
    // words that also mean access in general ("acesso aberto", "accesso civico", "dostęp do informacji") only with the
    // word that leads to a date
    static final List<String> ACCESS_WORDS = List.of("accessed", "retrieved", "viewed", "consulted", "дата обращения",
            "дата звернення", "consulté", "consultée", "date de consultation", "abgerufen", "aufgerufen", "zugegriffen",
            "zugriff am", "zugriff:", "consultado", "consultada", "recuperado el", "accedido", "fecha de consulta", "consultato",
            "ultimo accesso", "accesso il", "data di consultazione", "data di accesso", "acesso em", "acessado em",
            "geraadpleegd", "bezocht op", "dostęp:", "dostęp z dnia", "data dostępu");

    /**
     * The marks of a work printed without its year, without their last full stop, which a field's cleaning may take off
     * ("n.d"): English's "n.d.", French's and Portuguese's "s.d.", Spanish's "s.f.", German's "o. J.", Polish's "b.d.",
     * Russian's "б. г.".
     */
    static final String UNDATED_MARK = "(?:n\\.\\s?d|s\\.\\s?d|s\\.\\s?f|o\\.\\s?J|b\\.\\s?d|б\\.\\s?г)";
    /** The marks as printed, a regular expression in a group of its own. */
    static final String UNDATED = UNDATED_MARK + "\\.";

    /**
     * Whether {@code text} may hold one of {@link #ACCESS_WORDS}: a search for each word's stem without its first letter,
     * which case does not change, so that the text need not be lower-cased nor the pattern run.
     */
    static boolean mayMentionAccess(String text) {
        for (String stem : ACCESS_STEMS) {
            if (text.indexOf(stem) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Stems of {@link #ACCESS_WORDS}: every word holds one (a test holds them to it). */
    static final List<String> ACCESS_STEMS = List.of("cess", "etriev", "iewed", "onsult", "бращени", "вернен", "bgeruf",
            "ufgeruf", "ugegriff", "ugriff", "ecuperad", "ccedid", "eraadpleeg", "ezocht", "ostęp");

    /**
     * An access statement and its date (group 1), "accessed 3 March 2020", "Retrieved May 15, 2020", "дата обращения:
     * 12.03.2019", "zuletzt abgerufen am 4. Juni 2021", "consultado el 15 de mayo de 2020". A date has no "/" unless it is
     * all digits: "Retrieved from https://…/2019/…" gives none.
     */
    static final Pattern ACCESSED = Pattern.compile("(?iu)(?:(?:zuletzt|letzter|ultimo|último|laatst)\\s+)?(?:"
            + String.join("|", ACCESS_WORDS) + ")\\s*(?:(?:on|le|am|el|en|em|il|op|dnia|z dnia)\\s*)?:?\\s*"
            + "([^)\\]/]{4,30}?\\d{4}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})");

    static final Pattern INSTITUTION_WORDS = Pattern.compile("(?i)univ|institut|laborator|\\blabs?\\b|\\bdept\\b|"
            + "department|college|school|\\bcent(?:er|re)\\b|research|faculty|[ée]cole");

    /** A day and a month, either order, that end the reference: ", 27 February.", ", Feb. 27", "Wall Street Journal 4 January.". */
    static final Pattern DAY_MONTH_END = Pattern.compile("(?iu)[,\\s]\\s*(\\d{1,2}\\s+\\p{L}{3,}\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2})\\.?$");

    /**
     * The language a reference says its work is in, "(in French)", "[in German]", "(In Russ.)", "(In Russ., abstract in
     * Eng.)", "…; in Polish with English summary)": English-language lists mark works in other languages so.
     */
    private static final Pattern PRINTED_LANGUAGE = Pattern.compile("(?i)[(\\[;,]\\s*in\\s+(french|german|spanish|italian|portuguese"
            + "|russ(?:ian|\\.)|ukrainian|polish|dutch|swedish|czech|finnish|danish|norwegian|greek|turkish|hungarian|latin)"
            + "(?:\\s+with\\s+(?:an\\s+)?english\\s+(?:abstract|summary))?\\s*(?:[)\\]]|,\\s+(?:abstract|summary)\\s)");
    private static final Map<String, String> LANGUAGE_CODES = Map.ofEntries(Map.entry("french", "fr"), Map.entry("german", "de"),
            Map.entry("spanish", "es"), Map.entry("italian", "it"), Map.entry("portuguese", "pt"), Map.entry("russian", "ru"),
            Map.entry("russ.", "ru"), Map.entry("ukrainian", "uk"), Map.entry("polish", "pl"), Map.entry("dutch", "nl"),
            Map.entry("swedish", "sv"), Map.entry("czech", "cs"), Map.entry("finnish", "fi"), Map.entry("danish", "da"),
            Map.entry("norwegian", "nb"), Map.entry("greek", "el"), Map.entry("turkish", "tr"), Map.entry("hungarian", "hu"),
            Map.entry("latin", "la"));

    /** The BCP 47 code of the language {@link #PRINTED_LANGUAGE} names, if the reference names one. */
    static Optional<String> printedLanguage(String raw) {
        if (!(raw.contains("(in ") || raw.contains("(In ") || raw.contains("[in ") || raw.contains("[In ") || raw.contains("; in ")
                || raw.contains(", in "))) {
            return Optional.empty(); // the cheap test first: most references name no language
        }
        Matcher m = PRINTED_LANGUAGE.matcher(raw);
        return m.find() ? Optional.of(LANGUAGE_CODES.get(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }
}
