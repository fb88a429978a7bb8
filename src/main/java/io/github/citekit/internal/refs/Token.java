package io.github.citekit.internal.refs;

/**
 * One token of a reference string.
 *
 * @param text the token as written
 * @param start offset of its first character in the string
 * @param end offset after its last character
 * @param spaceBefore whether white space precedes it
 */
public record Token(String text, int start, int end, boolean spaceBefore) {
}
