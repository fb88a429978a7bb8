package io.github.citekit.internal.text;

/**
 * The character classes {@code \s} and {@code \w} as Java's regular expressions read them without the
 * Unicode flag (ASCII only), for scanners that stand in for such a regex and must agree with it.
 */
public final class AsciiClasses {
    private AsciiClasses() {
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code \w}: ASCII letters, digits and the underscore. */
    public static boolean isWordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
