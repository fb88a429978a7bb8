package io.github.citekit.internal.refs;

import java.util.List;

/**
 * What the label rules ask of a reference's tokens and their labels: where a run of one label ends, whether a token
 * is a word, a mark or an initial, and a copy with some labels changed. Shared by {@link ReferenceParser}'s rules
 * and {@link CjkRules}.
 */
final class LabelRuns {
    private LabelRuns() {
    }

    /** The last place of the run of labels that {@code from}'s label starts there. */
    static int runEnd(List<String> labels, int from) {
        int end = from;
        while (end + 1 < labels.size() && labels.get(end + 1).equals(labels.get(from))) {
            end++;
        }
        return end;
    }

    /** Whether every label from {@code first} to {@code last} is {@code label}: one field, not two of one kind. */
    static boolean isOneRun(List<String> labels, int first, int last, String label) {
        for (int i = first; i <= last; i++) {
            if (!labels.get(i).equals(label)) {
                return false;
            }
        }
        return true;
    }

    /** The last word or number at or before {@code to}, down to {@code from}: a span without its closing marks. */
    static int lastWord(List<Token> tokens, int from, int to) {
        int i = to;
        while (i > from && !isWordToken(tokens.get(i).text())) {
            i--;
        }
        return i;
    }

    /** The tokens from {@code from} to {@code to} (inclusive) as printed, with a space where the text had one. */
    static String text(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            out.append(i > from && tokens.get(i).spaceBefore() ? " " : "").append(tokens.get(i).text());
        }
        return out.toString();
    }

    static boolean isWordToken(String token) {
        return Character.isLetterOrDigit(token.codePointAt(0));
    }

    /** How many tokens with letters stand from {@code from} up to {@code to} (exclusive). */
    static int lettered(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += hasLetter(tokens.get(i).text()) ? 1 : 0;
        }
        return n;
    }

    /** A copy of {@code labels} with {@code from} to {@code to} (inclusive) labelled {@code label}. */
    static List<String> relabelled(List<String> labels, int from, int to, String label) {
        List<String> out = new java.util.ArrayList<>(labels);
        for (int i = from; i <= to; i++) {
            out.set(i, label);
        }
        return out;
    }

    static boolean isPunctuation(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    static boolean isInitialAt(List<Token> tokens, int i) {
        return isInitialLetter(tokens.get(i).text()) && tokens.get(i + 1).text().equals(".");
    }

    static boolean isInitialLetter(String t) {
        return t.length() == 1 && Character.isUpperCase(t.charAt(0));
    }

    static boolean isCapitalisedWord(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true; // a loop, not a stream: the rules ask this of many tokens
    }

    static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code t} has no lower-case letter: a word in capitals, a number, or a word of a script without case
     * (Korean, Chinese), which {@link #isAllCaps} is not.
     */
    static boolean hasNoLowerCase(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every letter of {@code t} is a capital: "KP", "ARITO". */
    static boolean isAllCaps(String t) {
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            if (!Character.isUpperCase(c)) {
                return false; // a loop, not a stream: asked of many tokens
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
