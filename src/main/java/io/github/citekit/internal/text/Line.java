package io.github.citekit.internal.text;

/**
 * One line of a normalised document.
 *
 * @param number the 1-based line number in the original file, for messages and provenance
 * @param text the normalised text, stripped of surrounding white space
 */
public record Line(int number, String text) {

    /** Whether the line holds no text. */
    public boolean isBlank() {
        return text.isEmpty();
    }
}
