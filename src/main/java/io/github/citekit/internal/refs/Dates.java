package io.github.citekit.internal.refs;

import io.github.citekit.model.DateParts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates references print: "(1905)", "Sep. 2018", "October 10, 2016", "2018 Mar 12", "12.03.2019". */
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
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)\\b(\\d{1,2})(?:\\.?\\s+|-)(\\p{L}{3,})(?:\\.?,?\\s+|-)(\\d{4})\\b");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?iu)\\b(\\d{4}),?\\s+(\\p{L}{3,})\\.?(?:\\s+(\\d{1,2}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)\\b(\\p{L}{3,})\\.?,?\\s+(\\d{4})\\b");
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
        if (m.find() && month(m.group(1)) > 0 && day(m.group(2)) > 0) {
            return Optional.of(new DateParts(Integer.parseInt(m.group(3)), month(m.group(1)), day(m.group(2))));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.find() && month(m.group(2)) > 0 && day(m.group(1)) > 0) {
            return Optional.of(new DateParts(Integer.parseInt(m.group(3)), month(m.group(2)), day(m.group(1))));
        }
        m = YEAR_MONTH_DAY.matcher(t);
        if (m.find() && month(m.group(2)) > 0) {
            int d = m.group(3) == null ? 0 : day(m.group(3));
            return Optional.of(new DateParts(Integer.parseInt(m.group(1)), month(m.group(2)), d));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.find() && month(m.group(1)) > 0) {
            return Optional.of(new DateParts(Integer.parseInt(m.group(2)), month(m.group(1)), 0));
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
