package io.github.citekit.model;

/**
 * A calendar date of which only the year may be known, as CSL's {@code date-parts}.
 *
 * @param year the year, always present
 * @param month 1–12, or 0 when unknown
 * @param day 1–31, or 0 when unknown (then month is known)
 */
public record DateParts(int year, int month, int day) {

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
    }

    /** A date of which only the year is known. */
    public static DateParts ofYear(int year) {
        return new DateParts(year, 0, 0);
    }

    /** The date as ISO 8601 text of the known precision: {@code 2019}, {@code 2019-03}, {@code 2019-03-09}. */
    public String iso() {
        StringBuilder s = new StringBuilder(String.format("%04d", year));
        if (month > 0) {
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
            return new DateParts(y, m, d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an ISO date: " + iso, e);
        }
    }
}
