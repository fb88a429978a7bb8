package io.github.citekit.internal.refs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads references in GOST 7.1/7.0.5 style by its punctuation, which is regular enough that rules beat
 * the learned labeller: areas are separated by ". — ", the statement of responsibility follows " / ",
 * the host document follows " // ", the imprint is "Place : Publisher, Year".
 */
public final class GostParser {
    private static final Pattern AREA = Pattern.compile("(?<=[.\\])?!])\\s+[—–]\\s+");
    /**
     * Designations that name no part of the work: in brackets, "[Текст]", "[Электронный ресурс]", ": [сайт]", and the "[Internet]" and "[Online]" of English styles; and
     * GOST 7.0.100-2018's content and media area, "— Текст : электронный", "— Текст : непосредственный".
     */
    private static final Pattern GMD = Pattern.compile("(?iu)\\s*\\[(?:текст|электронный ресурс|text|electronic resource|internet|online)]"
            + "|\\s*:\\s*\\[(?:сайт|веб-сайт|портал|блог|website|web site|blog)]"
            + "|\\s*[—–]\\s*(?:Текст|Изображение|Электронная программа|Text)(?:\\.\\s*(?:Текст|Изображение))?\\s*:\\s*"
            + "(?:электронн|непосредственн|electronic|unmediated)\\p{L}*\\.?(?=\\s*(?://|[—–]|$))");
    /** A thesis designation after the title: " : дис. … канд.", or in the simplified form ". Дис. … канд." */
    private static final Pattern THESIS = Pattern.compile("(?iu)(?:\\s?:|(?<=\\p{L}{2}\\.))\\s((?:дис|автореф)\\..*)$");
    /** The year, then the day and month of publication, as GOST prints an online article's date: "2016. 10 марта". */
    /** A date in digits, day first, as GOST prints an online article's: "12.03.2019". */
    private static final Pattern DAY_MONTH_YEAR_DIGITS = Pattern.compile("^(\\d{1,2}\\.\\d{1,2}\\.(?:1[5-9]|20)\\d\\d)\\.?$");
    private static final Pattern YEAR_DAY_MONTH = Pattern.compile("^((?:1[5-9]|20)\\d\\d)\\.\\s(\\d{1,2})\\s(\\p{L}{3,})\\.?$");
    private static final Pattern SLASH_DATE = Pattern.compile("^\\d{1,2}[/.]\\d{1,2}[/.]((?:1[5-9]|20)\\d\\d)\\.?$");
    private static final Pattern IMPRINT_NO_YEAR = Pattern.compile("^([^:]{1,30}?)\\s?:\\s?([^:]+?)\\.?$");
    private static final Pattern PLACE_ONLY = Pattern.compile("^(\\p{Lu}[\\p{L}-]*\\.?(?:\\s\\p{Lu}[\\p{L}-]*)?)\\.?$");
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s(?:\\p{Ll}{2,5}\\s)?\\p{Lu}[\\p{L}'’-]+)?,?\\s(?:\\p{Lu}\\.\\s?(?:-\\s?\\p{Lu}\\.\\s?)?){1,3}";
    private static final Pattern VOLUMES_STATEMENT = Pattern.compile(
            "(?iu)\\s?[.:]?\\s(?:в|in)\\s\\d+\\s(?:т|кн|ч|vols?|volumes?|bde?)\\.?(?:,\\s?\\d+\\s(?:т|кн|ч)\\.?)*");
    private static final Pattern TRAILING_VOLUME = Pattern.compile("(?iu)^(.*?)[.,]?\\s(?:(т|bd|vol|band)|вып|ч|кн)\\.\\s?(\\d+|[IVXLC]+)\\.?$");
    private static final Pattern ORDINAL_PART = Pattern.compile("(?iu)^.*?[.]\\s(?:книга|часть|том|book|part|volume)\\s\\p{L}+\\.\\s+(\\S.*)$");
    private static final Pattern LEADING_AUTHORS = Pattern.compile("^((?:" + NAME + "(?:\\s?\\p{Ll}{1,3}\\.)?,?\\s*)+(?:\\[?и\\sдр\\.]?\\s*)?)(?=\\S)");
    private static final Pattern ONE_NAME = Pattern.compile(NAME + "(?:\\s?\\p{Ll}{1,3}\\.)?");
    private static final Pattern PART = Pattern.compile("(?iu)^(.*?)[.,]?\\s(?:(bd|т|vol|band)|ч|кн|вып|book|part)\\.?\\s(\\d+|[IVXLC]+)\\.\\s+(\\S.*)$");
    private static final Pattern IMPRINT = Pattern.compile("^(?:(.+?)\\s?:\\s?)?(.+?),\\s*\\[?((?:1[5-9]|20)\\d\\d(?:\\s?[–—-]\\s?\\d{2,4}|[а-я])?)]?\\s?[–—-]*\\.?$");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]\\d\\d|20\\d\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(\\p{L}{3,})\\s((?:1[5-9]|20)\\d\\d)\\.?$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\[?((?:1[5-9]|20)\\d\\d)[а-я]?]?\\.?$"); // "2015б": the author's second work of the year
    private static final Pattern PAGES = Pattern.compile("(?iu)^(?:с|p|s|pp)\\.\\s*(\\d+(?:\\s?[—–-]\\s?\\d+)?)\\.?$");
    private static final Pattern PAGE_COUNT = Pattern.compile("(?iu)^(\\d+)\\s*(?:с|p|s|pp|л)\\.?$");
    /** "Vol. 27, no. 4", "Т. 5, № 2", "Vol. 11, Fall, no. 2" (a season between), "No. 55/56: Part title" (a part's title after). */
    private static final Pattern VOLUME = Pattern.compile("(?iu)^(?:(?:vol|т|bd|v)\\.\\s*(\\d+[\\p{L}]?))?(?:,\\s\\p{L}+)?"
            + "(?:,?\\s*(?:no|№|n|вып|issue|iss)\\.?\\s*(\\d+(?:[–/-]\\d+)?(?:\\s?\\((?:\\d+|ч\\.\\s?(?:\\d+|[IVX]+))\\))?))?(?::\\s\\S.*)?\\.?$");
    /** A journal issue printed as a bare number with its running number: "3 (76)". */
    /** The article of a gazette that prints a law: "Ст. 3448". */
    private static final Pattern LAW_ARTICLE = Pattern.compile("^(?:Ст|Art)\\.\\s?(\\d+)\\.?$");
    private static final Pattern BARE_ISSUE = Pattern.compile("^(\\d+\\s?\\(\\d+\\))\\.?$");
    /** An edition statement with more than its number ("2-е изд., испр.", "3. durchges. A.", "Elfte, unveränderte Auflage"). */
    private static final Pattern EDITION_STATEMENT = Pattern.compile("(?iu)^(?:\\d+(?:-?е|\\.)\\s\\p{L}.{0,40}|\\p{L}+,\\s\\p{L}+\\s(?:auflage|edition|издание))$");
    private static final Pattern SERIES = Pattern.compile("^\\((.+?)(?:\\s;\\s.*)?\\)\\.?$");
    /** One or more ISBNs, hyphens or dashes, each perhaps with its publisher: "5-02-026807-0 (Наука), 5-87399-054-9 (Ювента)". */
    private static final Pattern ISBN = Pattern.compile("(?i)^ISBN:?\\s*([\\dXx][\\dXx—–-]+(?:\\s\\([^()]{1,40}\\))?"
            + "(?:[,;]\\s*[\\dXx][\\dXx—–-]+(?:\\s\\([^()]{1,40}\\))?)*)");
    private static final Pattern DOI = Pattern.compile("(?i)^DOI:?\\s*(10\\.\\S+?)\\.?$");
    private static final Pattern URL = Pattern.compile("(?i)^(?:URL|Режим доступа)\\s*:\\s*(\\S+)");
    /** An edition that is its number: "5. Aufl.", "2-е изд.", "3rd ed." (the data keeps the number alone). */
    private static final Pattern EDITION = Pattern.compile("(?iu)^(\\d+)(?:-?(?:е|nd|rd|th|st)|\\.)?\\s*(?:изд|ed|edn|aufl)\\.?$");
    /** The number after the word: "Изд. 3-е", "Изд. 2-е." */
    private static final Pattern EDITION_AFTER = Pattern.compile("(?iu)^изд\\.\\s?(\\d+)(?:-?е)?\\.?$");
    private static final Pattern ROLE_EDITOR = Pattern.compile("(?iu)\\b(?:ред|ed|eds|edited|hrsg|сост|comp)\\.?\\b");
    private static final Pattern ROLE_TRANSLATOR = Pattern.compile("(?iu)\\b(?:пер|transl|trans|übers)\\.?\\b");
    private static final Pattern INITIALS_FIRST = Pattern.compile("(?:\\p{Lu}\\.\\s?(?:-\\s?\\p{Lu}\\.\\s?)?){1,3}\\s?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?");

    /** Separators and clean-ups used while reading the areas, compiled once. */
    private static final Pattern SLASH_SEPARATOR = Pattern.compile("\\s/\\s");
    private static final Pattern COLON_SEPARATOR = Pattern.compile("\\s:\\s");
    private static final Pattern SEMICOLON_SEPARATOR = Pattern.compile("\\s;\\s");
    private static final Pattern COMMA_SEPARATOR = Pattern.compile(",\\s");
    private static final Pattern NAME_END = Pattern.compile("[\\s,]");
    private static final Pattern CONTAINER_VOLUME = Pattern.compile("(?iu)^(.*?)[.,]?\\s(?:т|vol|bd)\\.\\s?(\\d+)\\.?$");
    private static final Pattern TRANSLATION_NOTE = Pattern.compile("(?iu)\\s:\\s(?:пер\\.|пер\\s|transl\\.).*$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.,;]+$");
    private static final Pattern PAGE_DASH = Pattern.compile("\\s?[—–]\\s?");
    private static final Pattern TRAILING_DASHES = Pattern.compile("\\s?[–—-]+$");
    private static final Pattern TWO_DIGITS = Pattern.compile(".*\\d.*\\d.*");
    private static final Pattern ONE_DIGIT = Pattern.compile(".*\\d.*");

    private GostParser() {
    }

    /** Whether {@code text} is punctuated as a GOST reference. */
    public static boolean applies(String text) {
        return text.contains(" // ") || hasDash(text) && AREA.matcher(text).find()
                || ReferenceParser.isCyrillic(text) && AREA.matcher(withAreaDashes(text)).find();
    }

    /** Whether an area dash can occur in {@code text}: most English references have none. */
    private static boolean hasDash(String text) {
        return text.indexOf('—') >= 0 || text.indexOf('–') >= 0;
    }

    /**
     * Where a Cyrillic reference's next area starts after ". " in the simplified form, which prints ". "
     * instead of ". — ": the year, an edition ("2-е изд."), a volume, issue or page area ("Т. 5", "№ 2",
     * "С. 45–67", "320 с."), an imprint ("М. : Наука", "СПб. : Питер", "Л., 1985"), a standard number or a
     * link (also after "320 с."). A title that ends with its question mark ends its area too.
     */
    private static final Pattern SIMPLIFIED_AREA = Pattern.compile("(?<=\\p{L}{2}\\.|\\p{L}[?!]|\\p{Lu}\\.\\p{Lu}\\.|[\\d\\])]\\.|\\d[а-я]\\.|\\d\\s?(?:с|p|S)\\.|\\d-е\\.)\\s+(?="
            + "(?:\\d{1,2}\\.\\d{1,2}\\.|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s)?"
            + "(?:1[5-9]|20)\\d\\d[а-я]?(?:[.,]|$)" // "2015а": a second work of the author's year
            + "|\\d{1,2}-е\\s(?:изд|стер|испр|перераб|доп)|Изд\\.\\s\\d"
            + "|\\((?:Сер(?:ия|\\.)|Series|Библиотека|Б-ка)\\s"
            + "|(?:Т|Вып|Ч|Кн|Vol|Bd|Ст)\\.\\s?\\d|№\\s?\\d"
            + "|(?:С|S|P|pp?)\\.\\s?\\d|\\d+\\s?(?:с|p|S|pp)\\.(?:\\s|$)"
            + "|ISBN|ISSN|URL|DOI|Режим доступа|\\(дата обращения"
            + "|(?:(?:\\p{Lu}\\p{Ll}{0,3}\\.|\\p{Lu}\\p{Ll}+)(?:\\s\\p{Lu}\\p{Ll}+)?|СПб\\.|Ростов н/Д)\\s?(?::\\s|,\\s(?:1[5-9]|20)\\d\\d))");

    /**
     * A Cyrillic reference (or one with GOST's "//" host) in the simplified form with the area dashes of
     * the full form put in, so that both forms read alike. A reference that has them, is neither, or shows fewer than two area
     * starts (without a "//" host) is returned as it is: one imprint alone, "Пловдив: Христо Г. Данов,
     * 1887", is as likely another style's.
     */
    static String withAreaDashes(String text) {
        if (AREA.matcher(text).find() || !ReferenceParser.isCyrillic(text) && !text.contains(" // ")) {
            return text; // a mixed form, some dashes and not others, is read as printed: adding them broke gost-dev
        }
        Matcher starts = SIMPLIFIED_AREA.matcher(text);
        int count = 0;
        while (starts.find()) {
            count++;
        }
        // one area start is enough after GOST's own marks: a host after "//", or a statement of
        // responsibility after " / " ("Теория систем / И. И. Иванов. URL: …")
        return count >= 2 || count == 1 && (text.contains(" // ") || text.contains(" / ")) ? starts.replaceAll(" — ") : text;
    }

    /** The text with GMD designations ("[Текст]") removed; GOST prints them inside the title area. */
    static String withoutDesignations(String text) {
        return GMD.matcher(text).replaceAll("");
    }

    /** The fields of a GOST reference in the evaluation data's shape, or empty when it does not read as one. */
    /** A work not yet published, at the entry's end: "… 2020 (в печати).", "… — В печати.", Ukrainian "(у друку)". */
    private static final Pattern STATUS_AT_END = Pattern.compile("(?iu)[\\s.,;–—-]*\\(?(в\\s+печати|у\\s+друку)\\)?\\.?$");

    public static Optional<Map<String, String>> parse(String text) {
        String given = text.strip();
        String status = null;
        if ((given.contains("печат") || given.contains("друк")) && (given.endsWith(")") || given.endsWith(".")
                || given.endsWith("и") || given.endsWith("у"))) { // "… 2020 (в печати)."
            Matcher s = STATUS_AT_END.matcher(given);
            if (s.find()) {
                status = s.group(1);
                given = given.substring(0, s.start()) + "."; // read as the entry it will be once printed
            }
        }
        String t = withoutDesignations(withAreaDashes(given));
        List<String> areas = new ArrayList<>(List.of(AREA.split(t)));
        if (areas.size() < 2 && !t.contains(" // ")) {
            return Optional.empty();
        }
        Map<String, String> f = new LinkedHashMap<>();
        readTitleArea(areas.get(0), f);
        for (int i = 1; i < areas.size(); i++) {
            readArea(SpanText.clean(areas.get(i)).isEmpty() ? areas.get(i) : areas.get(i).strip(), f);
        }
        if (f.containsKey("date")) {
            Matcher y = YEAR.matcher(f.get("date"));
            if (y.find()) {
                f.put("year", y.group(1));
            }
        }
        if (!t.contains(" // ")) {
            FieldRules.sentenceCaseJournalReadIntoTitle(t, f); // DSTU 8302's journal, with no "//" before it
        }
        if (status != null) {
            f.putIfAbsent("note", status);
        }
        return f.containsKey("title") ? Optional.of(f) : Optional.empty();
    }

    private static void readTitleArea(String area, Map<String, String> f) {
        String a = area.strip();
        Matcher authors = LEADING_AUTHORS.matcher(a);
        if (authors.find() && authors.end() < a.length()) {
            // a name printed again starts the title (works by several authors under one cover)
            int end = authors.end();
            java.util.Set<String> seen = new java.util.HashSet<>();
            Matcher one = ONE_NAME.matcher(authors.group(1));
            while (one.find()) {
                if (!seen.add(one.group().strip())) {
                    end = one.start();
                    break;
                }
            }
            f.put("author", SpanText.clean(a.substring(0, end)));
            a = a.substring(end).strip();
        }
        String host = null;
        int hostAt = a.indexOf(" // ");
        if (hostAt >= 0) {
            host = a.substring(hostAt + 4).strip();
            a = a.substring(0, hostAt).strip();
        }
        String[] titleAndResp = SLASH_SEPARATOR.split(a, 2);
        Matcher thesis = THESIS.matcher(titleAndResp[0]);
        if (thesis.find()) {
            f.put("genre", SpanText.clean(COLON_SEPARATOR.split(thesis.group(1))[0]));
        }
        f.put("title", part(title(titleAndResp[0]), f));
        if (titleAndResp.length > 1) {
            responsibility(titleAndResp[1], f, !f.containsKey("author"), false);
        }
        if (host != null) {
            String[] hostAndResp = SLASH_SEPARATOR.split(host, 2);
            String container = part(title(hostAndResp[0]), f);
            Matcher vol = CONTAINER_VOLUME.matcher(container);
            if (vol.matches()) {
                container = SpanText.clean(vol.group(1));
                f.put("volume", vol.group(2));
            }
            f.put("container-title", container);
            if (hostAndResp.length > 1) {
                responsibility(hostAndResp[1], f, false, true);
            }
        }
    }

    /**
     * The title of one part of a multi-part work: "Werke. Bd. 9. Wegmarken" is volume 9, titled
     * "Wegmarken"; "Система наук. Ч. 1. Феноменология духа" is titled "Феноменология духа".
     */
    private static String part(String fullTitle, Map<String, String> f) {
        // "Философия. В 3 кн. Книга первая. …": the statement goes, the full stop before the part stays
        String title = SpanText.clean(VOLUMES_STATEMENT.matcher(fullTitle).replaceAll("."));
        Matcher ordinal = ORDINAL_PART.matcher(title);
        if (ordinal.matches()) {
            return SpanText.clean(ordinal.group(1));
        }
        Matcher m = PART.matcher(title);
        if (!m.matches()) {
            Matcher end = TRAILING_VOLUME.matcher(title);
            if (end.matches()) {
                if (end.group(2) != null) {
                    f.put("volume", end.group(3));
                }
                return SpanText.clean(end.group(1));
            }
            return title;
        }
        if (m.group(2) != null) {
            f.put("volume", m.group(3));
        }
        return SpanText.clean(m.group(4));
    }

    /** A patent's or standard's designation after its title: "Устройство : пат. 2187888 Рос. Федерация : МПК7 …". */
    private static final Pattern DESIGNATION_AFTER = Pattern.compile("(?iu)\\s:\\s(?:пат\\.|заявка\\s|а\\.\\s?с\\.|гост\\s|ост\\s|сто\\s).*$");
    /** A patent's designation before its title: "Пат. 2187888 Рос. федерация, МПК7 H 04 B 1/38. Устройство". */
    private static final Pattern PATENT_BEFORE = Pattern.compile("^(?:Пат\\.|А\\.\\s?с\\.)\\s.*\\.\\s(\\p{Lu}\\p{Ll}.*)$");
    /** A standard's designation before its title: "ГОСТ 733—2001. Издания. …". */
    private static final Pattern STANDARD_BEFORE = Pattern.compile("^(?:ГОСТ|ОСТ|СТО)(?:\\sР)?\\s[\\d.\\s—–-]+?\\.\\s(\\p{Lu}.*)$");

    /** A title without translation notes such as " : пер. с нем." or a patent's or standard's designation. */
    private static String title(String t) {
        String s = DESIGNATION_AFTER.matcher(t).replaceFirst("");
        Matcher designated = PATENT_BEFORE.matcher(s);
        if (!designated.matches()) {
            designated = STANDARD_BEFORE.matcher(s);
        }
        if (designated.matches()) {
            s = designated.group(1);
        }
        s = TRANSLATION_NOTE.matcher(s).replaceAll("");
        s = THESIS.matcher(s).replaceFirst("");
        return SpanText.clean(s);
    }

    /** "пер. с нем. М. М. Беляева ; под ред. А. Ф. Грязнова" into translators and editors. */
    private static void responsibility(String text, Map<String, String> f, boolean namesAreAuthors, boolean host) {
        String[] parts = SEMICOLON_SEPARATOR.split(text);
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            List<String> names = new ArrayList<>();
            Matcher m = INITIALS_FIRST.matcher(part);
            while (m.find()) {
                names.add(m.group().strip());
            }
            if (names.isEmpty()) {
                continue;
            }
            String joined = String.join(", ", names);
            if (io.github.citekit.internal.extract.Names.endsWithEtAl(TRAILING_STOPS.matcher(part.strip()).replaceFirst(""))) {
                joined += " [и др.]"; // "пер. с фр. Ю. Н. Караулова [и др.]": more translators than named
            }
            boolean editor = ROLE_EDITOR.matcher(part).find();
            boolean translator = !host && ROLE_TRANSLATOR.matcher(part).find(); // the host's translators are not the work's
            if (editor) {
                f.merge("editor", joined, GostParser::addNewNames);
            }
            if (translator) {
                f.merge("translator", joined, GostParser::addNewNames);
            }
            if (!editor && !translator && namesAreAuthors && !f.containsKey("author")) {
                f.put("author", joined);
            } else if (k == 0 && !editor && !translator && !host && f.containsKey("author") && names.size() > 1
                    && !ROLE_WORD.matcher(part).find()
                    && names.get(0).endsWith(" " + NAME_END.split(f.get("author"))[0])
                    && namesIn(f.get("author")) < names.size()) {
                // "Петров П. П. Title / П. П. Петров, И. И. Сидоров": the heading names the first author only,
                // the statement of responsibility all of them
                f.put("author", joined);
            }
        }
    }

    /** How many names a heading holds: "Кузнецов, А. В." is one. */
    private static int namesIn(String heading) {
        int n = 0;
        for (Matcher m = ONE_NAME.matcher(heading); m.find(); ) {
            n++;
        }
        return Math.max(n, 1);
    }

    /** A role in a statement of responsibility: a lower-case abbreviation, "коммент.", "предисл.", "сост.". */
    private static final Pattern ROLE_WORD = Pattern.compile("(?U)\\b\\p{Ll}{2,}\\.");

    /** Joins two name lists, leaving out names already there ("общ. ред. А. Ф. Грязнова ; сост. А. Ф. Грязнова"). */
    private static String addNewNames(String present, String more) {
        List<String> names = new ArrayList<>(List.of(COMMA_SEPARATOR.split(present)));
        for (String n : COMMA_SEPARATOR.split(more)) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return String.join(", ", names);
    }

    private static void readArea(String area, Map<String, String> f) {
        String a = area.strip();
        Matcher m;
        if ((m = LAW_ARTICLE.matcher(a)).matches() && f.containsKey("container-title")) {
            f.put("section", m.group(1)); // a law's article in a gazette, "Ст. 3448", is no page
        } else if ((m = ISBN.matcher(a)).find()) {
            f.put("ISBN", m.group(1));
        } else if ((m = DOI.matcher(a)).find()) {
            f.put("DOI", m.group(1).toLowerCase(java.util.Locale.ROOT));
        } else if ((m = URL.matcher(a)).find()) {
            f.put("URL", TRAILING_STOPS.matcher(m.group(1)).replaceAll(""));
        } else if ((m = YEAR_DAY_MONTH.matcher(a)).matches() && Dates.isMonthOrSeason(m.group(3))) {
            f.putIfAbsent("date", m.group(2) + " " + m.group(3) + " " + m.group(1)); // an online article's "2016. 10 марта"
        } else if ((m = DAY_MONTH_YEAR_DIGITS.matcher(a)).matches()) {
            f.putIfAbsent("date", m.group(1)); // an online article's "12.03.2019"
        } else if ((m = SLASH_DATE.matcher(a)).matches()) {
            f.putIfAbsent("date", m.group(1));
        } else if ((m = SERIES.matcher(a)).matches()) {
            f.put("collection-title", SpanText.clean(m.group(1)));
        } else if ((m = PAGES.matcher(a)).matches()) {
            f.put("page", PAGE_DASH.matcher(m.group(1)).replaceAll("-"));
        } else if ((m = PAGE_COUNT.matcher(a)).matches()) {
            f.put("number-of-pages", m.group(1));
        } else if ((m = YEAR_ONLY.matcher(a)).matches()) {
            f.putIfAbsent("date", m.group(1));
        } else if ((m = MONTH_YEAR.matcher(a)).matches() && Dates.isMonthOrSeason(m.group(1))) {
            f.putIfAbsent("date", m.group(1) + " " + m.group(2)); // a conference's "September 2009"
        } else if ((m = EDITION.matcher(a)).matches() || (m = EDITION_AFTER.matcher(a)).matches()) {
            f.put("edition", m.group(1));
        } else if (EDITION_STATEMENT.matcher(a).matches() && !TWO_DIGITS.matcher(a).matches() && !f.containsKey("edition")) {
            f.put("edition", SpanText.clean(a));
        } else if ((m = BARE_ISSUE.matcher(a)).matches() && f.containsKey("container-title") && !f.containsKey("issue")) {
            f.put("issue", m.group(1));
        } else if ((m = VOLUME.matcher(a)).matches() && (m.group(1) != null || m.group(2) != null)) {
            if (m.group(1) != null) {
                f.put("volume", m.group(1));
            }
            if (m.group(2) != null) {
                f.put("issue", m.group(2));
            }
        } else if ((m = IMPRINT.matcher(a)).matches() && !f.containsKey("publisher")) {
            if (m.group(1) != null) {
                f.put("publisher-place", SpanText.clean(m.group(1)));
                f.put("publisher", SpanText.clean(SEMICOLON_SEPARATOR.matcher(m.group(2)).replaceAll("; ")));
            } else if (f.containsKey("container-title") && !m.group(2).contains(" ") || ReferenceParser.isPlaceAbbreviation(m.group(2))) {
                // a journal's "М., 2010", or a place alone before the year: "— СПб., 2001."
                f.put("publisher-place", SpanText.clean(m.group(2)));
            } else {
                f.put("publisher", SpanText.clean(SEMICOLON_SEPARATOR.matcher(m.group(2)).replaceAll("; ")));
            }
            f.put("date", TRAILING_DASHES.matcher(m.group(3)).replaceAll(""));
        } else if ((m = IMPRINT_NO_YEAR.matcher(a)).matches() && !f.containsKey("publisher") && !ONE_DIGIT.matcher(a).matches()) {
            f.put("publisher-place", SpanText.clean(m.group(1)));
            f.put("publisher", SpanText.clean(m.group(2)));
        } else if ((m = PLACE_ONLY.matcher(a)).matches() && !f.containsKey("publisher-place")
                && !Dates.isMonthOrSeason(a)) { // "— 1951. — Jan. —" is part of the date, not a place
            f.put("publisher-place", m.group(1));
        }
    }
}
