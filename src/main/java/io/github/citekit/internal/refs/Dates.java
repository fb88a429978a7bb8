package io.github.citekit.internal.refs;

import io.github.citekit.model.DateParts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates references print: "(1905)", "Sep. 2018", "October 10, 2016", "2018 Mar 12", "12.03.2019", and in
 * the languages of European references, "15 mars 2019", "12. März 2005", "3 de enero de 2010", "7 maja 2019".
 */
public final class Dates {
    private static final List<String> EN = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final List<String> RU = List.of("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт",
            "ноя", "дек");
    /** "2019-03-12", "2019-03", and "2019/03/12" (with slashes only whole: "2019/1" is an issue of 2019). */
    // a year of this millennium or the last: "Table 23-10-0003-01" holds no date of year 3
    private static final Pattern ISO = Pattern.compile("\\b((?:1\\d|20)\\d\\d)(?:-(\\d{1,2})(?:-(\\d{1,2}))?|/(\\d{2})/(\\d{2}))\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./]((?:1\\d|20)\\d\\d)\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)\\b(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /** "3 March 2020", "3 Mar. 2012", and IEEE's "19-Oct-2017". */
    // also French's "1er janvier 2020", Spanish's and Portuguese's "3 de enero de 2010", German's "12. März 2005"
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:er|º|°)?(?:\\.?\\s+(?:de\\s+)?|-)(\\p{L}{3,})(?:\\.?,?\\s+(?:del?\\s+)?|-)(\\d{4})\\b");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?iu)\\b(\\d{4}),?\\s+(\\p{L}{3,})\\.?(?:\\s+(\\d{1,2}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)\\b(\\p{L}{3,})\\.?,?\\s+(?:del?\\s+)?(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    private Dates() {
    }

    /** The date in {@code text}, as precise as printed; empty for "n.d." or no year. */
    public static Optional<DateParts> parse(String text) {
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            String month = m.group(2) != null ? m.group(2) : m.group(4);
            String day = m.group(2) != null ? m.group(3) : m.group(5);
            if (valid(month, day)) {
                return Optional.of(new DateParts(Integer.parseInt(m.group(1)), Integer.parseInt(month),
                        day == null ? 0 : Integer.parseInt(day)));
            }
        }
        m = DMY.matcher(t);
        if (m.find() && valid(m.group(2), m.group(1))) {
            return Optional.of(new DateParts(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.find() && anyMonth(m.group(1)) > 0 && day(m.group(2)) > 0) {
            return Optional.of(new DateParts(Integer.parseInt(m.group(3)), anyMonth(m.group(1)), day(m.group(2))));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.find() && anyMonth(m.group(2)) > 0 && day(m.group(1)) > 0) {
            // a meeting's days, "22-24 mai 1989": the month is the date's, no one day
            boolean days = m.start(1) >= 2 && "-–".indexOf(t.charAt(m.start(1) - 1)) >= 0 && Character.isDigit(t.charAt(m.start(1) - 2));
            return Optional.of(new DateParts(Integer.parseInt(m.group(3)), anyMonth(m.group(2)), days ? 0 : day(m.group(1))));
        }
        m = YEAR_MONTH_DAY.matcher(t);
        if (m.find() && anyMonth(m.group(2)) > 0) {
            int d = m.group(3) == null ? 0 : day(m.group(3));
            return Optional.of(new DateParts(Integer.parseInt(m.group(1)), anyMonth(m.group(2)), d));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.find() && anyMonth(m.group(1)) > 0) {
            return Optional.of(new DateParts(Integer.parseInt(m.group(2)), anyMonth(m.group(1)), 0));
        }
        m = YEAR.matcher(t);
        if (m.find()) {
            return Optional.of(DateParts.ofYear(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    private static boolean valid(String month, String day) {
        int mo = Integer.parseInt(month);
        return mo >= 1 && mo <= 12 && (day == null || day(day) > 0);
    }

    private static int day(String d) {
        int v = Integer.parseInt(d);
        return v >= 1 && v <= 31 ? v : 0;
    }

    /** 1–12 for an English or Russian month name or abbreviation, else 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        int en = EN.indexOf(w.substring(0, 3));
        if (en >= 0 && (w.length() == 3 || w.equals("sept") || isEnglishMonth(w))) {
            return en + 1;
        }
        if (w.startsWith("ма") && (w.startsWith("мая") || w.startsWith("май"))) {
            return 5;
        }
        for (int i = 0; i < RU.size(); i++) {
            if (i != 4 && w.startsWith(RU.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@link #month}, or else {@link #otherMonth}. */
    static int anyMonth(String word) {
        int month = month(word);
        return month > 0 ? month : otherMonth(word);
    }

    /**
     * 1–12 for a month's name or usual abbreviation (without its full stop) in French, German, Spanish, Italian,
     * Portuguese, Dutch, Polish or Ukrainian, case aside ("mars", "März", "enero", "gennaio", "set", "maart", "maja",
     * "березня"), else 0. Apart from {@link #month}, whose callers read English and Russian words that merely start
     * like a month: these words count only whole.
     */
    static int otherMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer month = OTHER_MONTH_NAMES.get(w);
        if (month == null) {
            month = OTHER_MONTH_ABBREVIATIONS.get(w);
        }
        return month == null ? 0 : month;
    }

    /** Whether {@code word} is a month's whole name in one of {@link #otherMonth}'s languages, not an abbreviation. */
    static boolean isOtherMonthName(String word) {
        return OTHER_MONTH_NAMES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} abbreviates a month in one of {@link #otherMonth}'s languages ("févr", "Okt", "set"). */
    static boolean isOtherMonthAbbreviation(String word) {
        return OTHER_MONTH_ABBREVIATIONS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Each language's names, January first; Polish and Ukrainian in the genitive of dates and the nominative. */
    private static final java.util.Map<String, Integer> OTHER_MONTH_NAMES = months(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "- fevrier - - - - - aout - - - decembre",
            "januar februar märz april mai juni juli august september oktober november dezember",
            "jänner - maerz - - - - - - - - -",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "- - - - - - - - setiembre - - -",
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
            "- - marco - - - - - - - - -",
            "januari februari maart april mei juni juli augustus september oktober november december",
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
            "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
            "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
            "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень");
    /** The usual abbreviations, read without their full stop ("janv.", "Okt.", "ene.", "set.", "mrt."). */
    private static final java.util.Map<String, Integer> OTHER_MONTH_ABBREVIATIONS = months(
            "janv févr - avr - - juil - sept - - déc",
            "- fevr - - - - - - - - - -",
            "jän - mär - - - - - - okt - dez",
            "ene - - abr - - - ago - - - dic",
            "genn febbr - - magg giu lug - sett ott - -",
            "gen - - - mag - - - - - - -",
            "- fev - - - - - - set out - -",
            "- - mrt - - - - - - - - -",
            "sty lut - kwi - cze lip sie wrz paź lis gru");

    /** Each line lists twelve words, January first; "-" where a language has no word of its own for the month. */
    private static java.util.Map<String, Integer> months(String... lines) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (String line : lines) {
            String[] words = line.split(" ");
            if (words.length != 12) {
                throw new AssertionError("twelve months, not " + words.length + ": " + line);
            }
            for (int m = 0; m < 12; m++) {
                if (!words[m].equals("-")) {
                    out.putIfAbsent(words[m], m + 1);
                }
            }
        }
        return java.util.Map.copyOf(out);
    }

    private static final Pattern RUSSIAN_MONTH = Pattern.compile(
            "январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]");
    private static final List<String> RUSSIAN_ABBREVIATIONS = List.of("янв", "фев", "февр", "мар", "апр", "июн",
            "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек");
    private static final List<String> SEASONS = List.of("spring", "summer", "autumn", "fall", "winter");

    /**
     * Whether {@code word} is exactly a month's name or usual abbreviation ("Oct.", "October", "сент.",
     * "марта") or a season's: stricter than {@link #month}, which reads any word starting like a month.
     */
    static boolean isMonthOrSeason(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String w = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        if (SEASONS.contains(w)) {
            return true;
        }
        return EN.contains(w) || w.equals("sept") || isEnglishMonth(w) || RUSSIAN_ABBREVIATIONS.contains(w)
                || RUSSIAN_MONTH.matcher(w).matches();
    }

    private static final java.util.Set<String> ENGLISH_MONTHS = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");

    private static boolean isEnglishMonth(String w) {
        return ENGLISH_MONTHS.contains(w);
    }
}
