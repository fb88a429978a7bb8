package io.github.citekit.internal.refs;

/**
 * One entry of a reference list as printed.
 *
 * @param text the entry's text, wrapped lines joined, with its number but without a bullet
 * @param line the 1-based line where it starts
 * @param endLine the 1-based line where it ends
 * @param number the printed entry number, or 0 when the list is not numbered
 * @param list the list's heading ("Bibliography") or its kind ("numbered")
 */
public record RawEntry(String text, int line, int endLine, int number, String list) {
}
