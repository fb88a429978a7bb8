package io.github.citekit.internal.text;

/**
 * One line of a normalised document.
 *
 * @param number the 1-based line number in the original file, for messages and provenance (in a document with
 *     pages read column by column, the line's number as read: see {@link Document#columnPages()})
 * @param text the normalised text, stripped of surrounding white space
 * @param printed how many characters the line held as printed, before a word broken over it and the next line was
 *     joined: the part that moved up from the start of the next line leaves that line shorter than the column it
 *     filled, and a reference list's reader tells an entry's last line by its length
 * @param brokenAtEnd whether the line's last word ran on to the next line, a hyphenated word the reader joined: such a
 *     line did not end its paragraph, however short it was printed
 */
public record Line(int number, String text, int printed, boolean brokenAtEnd) {

    /** A line whose text is as printed. */
    public Line(int number, String text) {
        this(number, text, text.length(), false);
    }

    /** Whether the line holds no text. */
    public boolean isBlank() {
        return text.isEmpty();
    }
}
