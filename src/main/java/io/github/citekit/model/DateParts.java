package io.github.citekit.model;

/**
 * A calendar date of which only the year may be known, as CSL's {@code date-parts}, or a season of a year
 * (CSL's {@code season}, biblatex's {@code 2012-22}: journals' "Summer 2012" issues).
 *
 * @param year the year, always present
 * @param month 1–12, or 0 when unknown
 * @param day 1–31, or 0 when unknown (then month is known)
 * @param season 1–4 (spring, summer, autumn, winter), or 0; only in a date without a month
 */
public record DateParts(int year, int month, int day, int season) {

    /** Checks that the parts form a plausible partial date. */
    public DateParts {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
        if (season < 0 || season > 4 || (season > 0 && month > 0)) {
            throw new IllegalArgumentException("season out of range: " + season);
        }
    }

    /** A date without a season. */
    public DateParts(int year, int month, int day) {
        this(year, month, day, 0);
    }

    /** A date of which only the year is known. */
    public static DateParts ofYear(int year) {
        return new DateParts(year, 0, 0);
    }

    /** A season of a year, 1–4 for spring, summer, autumn and winter. */
    public static DateParts ofSeason(int year, int season) {
        return new DateParts(year, 0, 0, season);
    }

    /**
     * The date as ISO 8601 text of the known precision: {@code 2019}, {@code 2019-03}, {@code 2019-03-09}; a
     * season as ISO 8601-2 (EDTF) writes it, and biblatex reads it, {@code 2019-21} to {@code 2019-24}.
     */
    public String iso() {
        StringBuilder s = new StringBuilder(String.format("%04d", year));
        if (season > 0) {
            s.append('-').append(20 + season);
        } else if (month > 0) {
            s.append(String.format("-%02d", month));
            if (day > 0) {
                s.append(String.format("-%02d", day));
            }
        }
        return s.toString();
    }

    /** Parses text written by {@link #iso()}. */
    public static DateParts parseIso(String iso) {
        String[] p = iso.strip().split("-");
        try {
            int y = Integer.parseInt(p[0]);
            int m = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            int d = p.length > 2 ? Integer.parseInt(p[2]) : 0;
            return isSeason(m, d) ? ofSeason(y, m - 20) : new DateParts(y, m, d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an ISO date: " + iso, e);
        }
    }

    /** Whether a date's second part is EDTF's season, 21–24, rather than a month. */
    public static boolean isSeason(int monthPart, int dayPart) {
        return monthPart >= 21 && monthPart <= 24 && dayPart == 0;
    }
}
