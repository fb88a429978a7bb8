package io.github.citekit.internal.refs;

/** Cleans a span's text the way the reference data's values are cleaned. */
public final class SpanText {
    private static final String EDGE = ",.;:“”\"'‘’«»";

    private SpanText() {
    }

    /**
     * White space collapsed; leading and trailing {@code , . ; : “ ” " ' ‘ ’ « »} and stand-alone dashes
     * removed (but not a closing » or ” whose opening mark stands inside the value); brackets removed only
     * where unbalanced or wrapping the whole value, and a closing bracket that opens the value.
     */
    public static String clean(String value) {
        String v = io.github.citekit.internal.extract.Names.collapseSpaces(value).strip();
        boolean changed = true;
        while (changed && !v.isEmpty()) {
            changed = false;
            char first = v.charAt(0);
            char last = v.charAt(v.length() - 1);
            if (EDGE.indexOf(first) >= 0 || isDash(first) && (v.length() == 1 || v.charAt(1) == ' ')) {
                v = v.substring(1).strip();
                changed = true;
            } else if (EDGE.indexOf(last) >= 0 && !closesInnerQuote(v, last)
                    || isDash(last) && (v.length() == 1 || v.charAt(v.length() - 2) == ' ')) {
                v = v.substring(0, v.length() - 1).strip();
                changed = true;
            } else if ((first == '(' && last == ')' || first == '[' && last == ']') && wraps(v)) {
                v = v.substring(1, v.length() - 1).strip();
                changed = true;
            } else if (first == ')' || first == ']') { // the date's "(2019b)" closed in front of the title
                v = v.substring(1).strip();
                changed = true;
            } else if ((first == '(' || first == '[') && unbalanced(v, first)) {
                v = v.substring(1).strip();
                changed = true;
            } else if ((last == ')' || last == ']') && unbalanced(v, last == ')' ? '(' : '[')) {
                v = v.substring(0, v.length() - 1).strip();
                changed = true;
            }
        }
        return v;
    }

    /** Whether a closing quotation mark at the end closes one opened inside: "Серия «Геополитика»". */
    private static boolean closesInnerQuote(String v, char last) {
        if (last == '\'') { // "… to Be a 'Russian Lake'": a straight quote that opens a word earlier
            return v.indexOf(" '") > 0;
        }
        char open = last == '»' ? '«' : last == '”' ? '“' : last == '’' ? '‘' : 0;
        return open != 0 && v.indexOf(open) > 0;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    private static boolean wraps(String v) {
        int depth = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
                if (depth == 0 && i < v.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static boolean unbalanced(String v, char open) {
        char close = open == '(' ? ')' : ']';
        long o = v.chars().filter(c -> c == open).count();
        long c = v.chars().filter(x -> x == close).count();
        return o != c;
    }
}
