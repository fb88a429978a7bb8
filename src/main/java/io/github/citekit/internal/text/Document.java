package io.github.citekit.internal.text;

import java.util.List;

/**
 * A corpus document after reading and normalisation.
 *
 * @param name the file name, used in provenance
 * @param lines the normalised lines; running labels are gone and hyphenated words joined
 * @param runningHeads the pages' running heads taken out of the lines, with their line numbers, for what they
 *     say of the periodical ("ARCTIC POLICY DIGEST No. 7, 15 May 2022 3")
 * @param columnPages how many of its pages were set in columns side by side and read column by column; where any
 *     was, the line numbers count the lines as read
 */
public record Document(String name, List<Line> lines, List<Line> runningHeads, int columnPages) {

    /** Copies the line lists. */
    public Document {
        lines = List.copyOf(lines);
        runningHeads = List.copyOf(runningHeads);
    }

    /** A document of one column. */
    public Document(String name, List<Line> lines, List<Line> runningHeads) {
        this(name, lines, runningHeads, 0);
    }

    /** A document of one column with no running heads taken out. */
    public Document(String name, List<Line> lines) {
        this(name, lines, List.of());
    }

    /** The number of lines. */
    public int size() {
        return lines.size();
    }

    /** The text of line {@code i} (0-based index into {@link #lines()}). */
    public String text(int i) {
        return lines.get(i).text();
    }

    /** Whether line {@code i} is blank; indices outside the document count as blank. */
    public boolean isBlank(int i) {
        return i < 0 || i >= lines.size() || lines.get(i).isBlank();
    }

    /**
     * Lines {@code from} (inclusive) to {@code to} (exclusive) joined with single spaces, or with none where
     * {@link #joinsWithoutSpace} says so.
     */
    public String join(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            if (s.length() > 0 && !joinsWithoutSpace(s, t)) {
                s.append(' ');
            }
            s.append(t);
        }
        return s.toString();
    }

    /**
     * Whether a line break between {@code before} and {@code after} stands for no space: Chinese and Japanese write
     * none between words, so a break between two of their characters ("中国" / "港口") falls inside the text
     * (Korean spaces its words, and is joined with a space as other scripts are).
     */
    public static boolean joinsWithoutSpace(CharSequence before, String after) {
        if (before.length() == 0 || after.isEmpty()) {
            return false;
        }
        return isUnspaced(Character.codePointBefore(before, before.length())) && isUnspaced(after.codePointAt(0));
    }

    private static boolean isUnspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** The whole text, lines joined with newlines. */
    public String fullText() {
        StringBuilder s = new StringBuilder();
        for (Line l : lines) {
            s.append(l.text()).append('\n');
        }
        return s.toString();
    }
}
