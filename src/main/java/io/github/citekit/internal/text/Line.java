package io.github.citekit.internal.text;

/**
 * One line of a normalised document.
 *
 * @param number the 1-based line number in the original file, for messages and provenance (in a document with
 *     pages read column by column, the line's number as read: see {@link Document#columnPages()})
 * @param text the normalised text, stripped of surrounding white space
 */
public record Line(int number, String text) {

    /** Whether the line holds no text. */
    public boolean isBlank() {
        return text.isEmpty();
    }
}
