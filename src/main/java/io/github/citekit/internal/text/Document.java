package io.github.citekit.internal.text;

import java.util.List;

/**
 * A corpus document after reading and normalisation.
 *
 * @param name the file name, used in provenance
 * @param lines the normalised lines; running labels are gone and hyphenated words joined
 */
public record Document(String name, List<Line> lines) {

    /** Copies the line list. */
    public Document {
        lines = List.copyOf(lines);
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

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) joined with single spaces. */
    public String join(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(t);
        }
        return s.toString();
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
