package io.github.citekit.internal.refs;

import io.github.citekit.internal.text.AsciiClasses;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a reference string into words, numbers and single punctuation marks; links and DOIs stay whole,
 * since no field boundary falls inside them. A hand-written scanner (the labeller was trained on these
 * exact tokens, and a test holds it equal to the regular expression {@link #PATTERN} that defines them).
 */
public final class Tokenizer {
    /** The definition of a token, as a regular expression. */
    static final String PATTERN = "(?i)(?:https?://|www\\.)\\S+[^\\s.,;)\\]]|doi:\\s?10\\.\\S+[^\\s.,;)\\]]"
            + "|10\\.\\d{4,9}/\\S+[^\\s.,;)\\]]|[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?|\\p{N}+|\\S";

    private Tokenizer() {
    }

    /** The tokens of {@code text}, with their offsets. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int p = 0;
        int last = 0;
        while (p < n) {
            int c = text.codePointAt(p);
            if (AsciiClasses.isSpace(c)) {
                p++;
                continue;
            }
            int end = link(text, p);
            if (end < 0) {
                if (isWordChar(c)) {
                    end = p + Character.charCount(c);
                    while (end < n && isWordChar(text.codePointAt(end))) {
                        end += Character.charCount(text.codePointAt(end));
                    }
                    if (end + 1 < n && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                            && Character.isLetter(text.codePointAt(end + 1))) {
                        end++;
                        while (end < n && Character.isLetter(text.codePointAt(end))) {
                            end += Character.charCount(text.codePointAt(end));
                        }
                    }
                } else if (isNumber(c)) {
                    end = p + Character.charCount(c);
                    while (end < n && isNumber(text.codePointAt(end))) {
                        end += Character.charCount(text.codePointAt(end));
                    }
                } else {
                    end = p + Character.charCount(c);
                }
            }
            tokens.add(new Token(text.substring(p, end), p, end, p == 0 || p > last));
            last = end;
            p = end;
        }
        return tokens;
    }

    /** The end of a link or DOI starting at {@code p}, or -1 when none starts there. */
    private static int link(String text, int p) {
        // every link or DOI starts with h, w, d or 1: the other characters need no prefix tests
        char first = text.charAt(p);
        if ("hHwWdD1".indexOf(first) < 0) {
            return -1;
        }
        int after = -1;
        if (startsWith(text, p, "http://")) {
            after = p + 7;
        } else if (startsWith(text, p, "https://")) {
            after = p + 8;
        } else if (startsWith(text, p, "www.")) {
            after = p + 4;
        } else if (startsWith(text, p, "doi:")) {
            int q = p + 4;
            if (q < text.length() && AsciiClasses.isSpace(text.charAt(q)) && startsWith(text, q + 1, "10.")) {
                q++;
            }
            after = startsWith(text, q, "10.") ? q + 3 : -1;
        } else if (startsWith(text, p, "10.")) {
            int q = p + 3;
            while (q < text.length() && q - p - 3 < 9 && isAsciiDigit(text.charAt(q))) {
                q++;
            }
            after = q - p - 3 >= 4 && q < text.length() && text.charAt(q) == '/' ? q + 1 : -1;
        }
        if (after < 0) {
            return -1;
        }
        int run = after;
        while (run < text.length() && !AsciiClasses.isSpace(text.charAt(run))) {
            run++;
        }
        // at least one character, then a last one that is not closing punctuation
        for (int q = run - 1; q >= after + 1; q--) {
            if (",.;)]".indexOf(text.charAt(q)) < 0) {
                return q + 1;
            }
        }
        return -1;
    }

    private static boolean startsWith(String text, int p, String prefix) {
        return text.regionMatches(true, p, prefix, 0, prefix.length());
    }


    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(int c) {
        if (c < 128) { // ASCII: letters only, without the Unicode tables
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
