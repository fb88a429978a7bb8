package io.github.citekit.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages set in two columns side by side, as {@code pdftotext -layout} writes them, read one column after the
 * other. Without this a two-column reference list reads as "[1] Smith … [5] Black …" on one line, and every
 * entry takes the words of its neighbour across the gutter.
 *
 * <p>A page (the text between form feeds) has two columns where one position, the gutter, has at least two
 * spaces before it on most lines that reach it, with the first column's text filling up to it and words on
 * both sides. Lines that cross the gutter (a title over both columns, a caption) stay where they are; each run
 * of lines between them is read left column first. A document with such a page is numbered in its reading
 * order: a line number counts the lines as read, column after column (positions in the file would not keep
 * the entries' and the citations' lines in order).
 */
final class Columns {
    private static final int MIN_LEFT = 24; // narrower "columns" are a list's labels or a table's keys
    private static final int MIN_BOTH_LINES = 4;
    /**
     * How near the gutter the first column's text must reach. pdftotext sets text of each size on one grid, so a
     * column in the body's size ends up to 20 characters short of a gutter that its notes' or references' smaller
     * letters fill (IEEE's papers).
     */
    private static final int FILLED = 24;

    private Columns() {
    }

    /** A file's lines in reading order, and how many of its pages were read column by column. */
    record Reading(List<String> lines, int columnPages) {
    }

    /** The lines of a file in reading order: a line in two columns gives two pieces, apart. */
    static Reading readingOrder(String[] lines) {
        List<String> out = new ArrayList<>(lines.length);
        int pageStart = 0;
        int columnPages = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || i > pageStart && lines[i].indexOf('\f') >= 0) {
                columnPages += readPage(lines, pageStart, i, out) ? 1 : 0;
                pageStart = i;
            }
        }
        return new Reading(out, columnPages);
    }

    /** Adds the page's lines to {@code out} in reading order; whether it has columns. */
    private static boolean readPage(String[] lines, int from, int to, List<String> out) {
        int gutter = hasWideGaps(lines, from, to) ? gutter(lines, from, to) : -1;
        if (gutter < 0) {
            for (int i = from; i < to; i++) {
                out.add(lines[i]);
            }
            return false;
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String s = lines[i];
            int p = splitAt(s, gutter);
            if (p < 0) { // a line over both columns ends the run of lines before it
                flush(left, right, out);
                out.add(s);
                continue;
            }
            left.add(s.substring(0, Math.min(p, s.length())));
            right.add(p < s.length() ? s.substring(Math.min(p, gutter)) : ""); // indents kept, for a gutter inside
        }
        flush(left, right, out);
        return true;
    }

    /**
     * The run's left column, then its right, each read again for a gutter of its own (a page of three columns
     * parts in two, then the part holding two in two), without the empty lines where the columns take turns
     * ({@link #takingTurns}); a run whose right column is empty is its lines as they were.
     */
    private static void flush(List<String> left, List<String> right, List<String> out) {
        if (right.stream().allMatch(String::isBlank)) {
            out.addAll(left);
        } else {
            List<String> l = new ArrayList<>();
            List<String> r = new ArrayList<>();
            for (int i = 0; i < left.size(); i++) {
                if (!takingTurns(left, right, i)) {
                    l.add(left.get(i));
                }
                if (!takingTurns(right, left, i)) {
                    r.add(right.get(i));
                }
            }
            left.clear();
            left.addAll(l);
            right.clear();
            right.addAll(r);
            readPage(left.toArray(String[]::new), 0, left.size(), out);
            // the right column's empty top is no paragraph break: an entry may run on from the left column's foot
            int first = 0;
            while (right.get(first).isBlank()) {
                first++;
            }
            readPage(right.subList(first, right.size()).toArray(String[]::new), 0, right.size() - first, out);
        }
        left.clear();
        right.clear();
    }

    /**
     * Whether line {@code i} of column {@code side} is empty only because the columns take turns there: the
     * other column has text here and none on the line above or below it, and this column has text just above or
     * below. pdftotext -layout gives each baseline a line, and the baselines of the body's larger letters
     * fall between those of the references' smaller ones beside them; a paragraph's end beside a column of text
     * running on is kept.
     */
    private static boolean takingTurns(List<String> side, List<String> other, int i) {
        if (!side.get(i).isBlank() || other.get(i).isBlank()) {
            return false;
        }
        boolean otherAlone = (i == 0 || other.get(i - 1).isBlank()) || (i + 1 == other.size() || other.get(i + 1).isBlank());
        boolean sideNear = i > 0 && !side.get(i - 1).isBlank() || i + 1 < side.size() && !side.get(i + 1).isBlank();
        return otherAlone && sideNear;
    }

    /** Cheap test first: some line has a run of three spaces after text (most documents have none). */
    private static boolean hasWideGaps(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String s = lines[i];
            int gap = s.indexOf("   ");
            if (gap > 0 && !s.substring(0, gap).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gutter: the position that most lines split at, with text on both sides and at least two spaces
     * before it, against the lines whose text runs through it; the first column's text must mostly reach to
     * within {@link #FILLED} characters of it (a table's short keys do not). -1 for one column.
     */
    private static int gutter(String[] lines, int from, int to) {
        int width = 0;
        int nonBlank = 0;
        for (int i = from; i < to; i++) {
            width = Math.max(width, lines[i].length());
            if (!lines[i].isBlank()) {
                nonBlank++;
            }
        }
        int[] both = new int[width + 1];
        int[] filled = new int[width + 1];
        int[] crossing = new int[width + 1];
        for (int i = from; i < to; i++) {
            String s = lines[i];
            int last = lastText(s);
            if (last < 0) {
                continue;
            }
            int lastBefore = -1; // the last text before x - 2
            for (int x = MIN_LEFT + 2; x <= width; x++) {
                char c = s.length() > x - 3 ? s.charAt(x - 3) : ' ';
                if (c != ' ' && c != '\f') {
                    lastBefore = x - 3;
                }
                if (last < x - 2) {
                    break; // nothing of the line reaches the gutter: free, one side only
                }
                boolean free = s.charAt(x - 2) == ' ' && s.charAt(x - 1) == ' ';
                if (!free) {
                    crossing[x]++;
                } else if (lastBefore >= 0) {
                    both[x]++;
                    if (lastBefore >= x - FILLED) {
                        filled[x]++;
                    }
                }
            }
        }
        int best = -1; // of equals the first, where the gap opens
        for (int x = MIN_LEFT + 2; x <= width; x++) {
            if (best < 0 || both[x] - 2 * crossing[x] > both[best] - 2 * crossing[best]) {
                best = x;
            }
        }
        // a page whose second column is short (a paper's last page) has few lines in two, and none across the gutter
        if (best < 0 || both[best] < MIN_BOTH_LINES || both[best] * 5 < nonBlank && crossing[best] > 1 || filled[best] * 2 < both[best]
                || crossing[best] * 2 > nonBlank) {
            return -1;
        }
        // columns of text hold words on both sides; a table's cells ("Rotterdam   29,000   4.1") a few
        int wordy = 0;
        for (int i = from; i < to; i++) {
            String s = lines[i];
            int p = splitAt(s, best);
            if (p > 0 && p < s.length() && words(s.substring(0, p)) >= 3 && words(s.substring(p)) >= 3) {
                wordy++;
            }
        }
        return wordy * 2 >= both[best] ? best : -1;
    }

    /**
     * Where line {@code s} splits at the gutter {@code x}: the index its right part starts at (indented, or a
     * few characters off the gutter), or the line's length when nothing reaches the gutter or only a long word of
     * the first column runs over it; -1 when text runs through it.
     */
    private static int splitAt(String s, int x) {
        if (lastText(s) < x - 2) {
            return s.length();
        }
        if (s.charAt(x - 2) == ' ' && s.charAt(x - 1) == ' ') { // the right column's text, perhaps indented
            int p = x;
            while (s.charAt(p) == ' ') {
                p++;
            }
            return p;
        }
        // set a character or two off the gutter, or a few before it: pdftotext writes some accents as a letter and
        // a combining mark, two places, which the reader composes into one (NFC) before this, so each such letter
        // left of the gutter moves the right column's text one place left ("žiūrėta")
        for (int p = x - 4; p <= x + 2 && p < s.length(); p++) {
            if (s.charAt(p) != ' ' && s.charAt(p - 1) == ' ' && s.charAt(p - 2) == ' ') {
                return p;
            }
        }
        // a link or a long word of the first column that runs on over the gutter, nothing beside it, is the first
        // column's line ("…/best_of/negatep%202014.pdf"); a title or caption across both columns has spaces there
        int start = s.lastIndexOf(' ', x - 1) + 1;
        int end = s.indexOf(' ', x - 1);
        if (end < 0 && s.length() - start >= LONG_WORD && start < x - 2) {
            return s.length();
        }
        return -1;
    }

    private static final int LONG_WORD = 20;

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean text = s.charAt(i) != ' ' && s.charAt(i) != '\f';
            if (text && !in) {
                n++;
            }
            in = text;
        }
        return n;
    }

    /** The index of the line's last character of text, or -1. */
    private static int lastText(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (s.charAt(i) != ' ' && s.charAt(i) != '\f') {
                return i;
            }
        }
        return -1;
    }
}
