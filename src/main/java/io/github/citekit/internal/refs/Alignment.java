package io.github.citekit.internal.refs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns labelled data (a reference string and its cleaned field values) into one label per token, for
 * training: each value is found in the string and the tokens it covers take its field's label.
 */
public final class Alignment {
    private Alignment() {
    }

    /** One label per token of {@code raw}; tokens outside every value are {@link Labels#OTHER}. */
    public static List<String> labels(String raw, List<Token> tokens, Map<String, String> expected) {
        String[] byChar = new String[raw.length()];
        List<Map.Entry<String, String>> values = new ArrayList<>();
        for (var e : expected.entrySet()) {
            if (Labels.FIELDS.contains(e.getKey())) {
                values.add(e);
            }
        }
        // long values first, so that a year inside a title does not steal the date's place
        values.sort(Comparator.comparing((Map.Entry<String, String> e) -> -e.getValue().length())
                .thenComparing(Map.Entry::getKey));
        for (var e : values) {
            if (!mark(raw, byChar, e.getKey(), e.getValue())) {
                for (String part : e.getValue().split(";\\s+|,\\s+")) {
                    if (part.length() >= 2) {
                        mark(raw, byChar, e.getKey(), part);
                    }
                }
            }
        }
        extendNamesOverInitials(raw, byChar);
        List<String> labels = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String label = Labels.OTHER;
            for (int c = t.start(); c < t.end(); c++) {
                if (byChar[c] != null) {
                    label = byChar[c];
                    break;
                }
            }
            labels.add(label);
        }
        return labels;
    }

    private static final Pattern INITIALS_AFTER = Pattern.compile("^,?\\s*((?:\\p{Lu}\\.\\s?-?\\s?){1,3})");
    private static final Pattern INITIALS_BEFORE = Pattern.compile("((?:\\p{Lu}\\.\\s?-?\\s?){1,3})\\s*$");

    /**
     * Where the data gives only family names (GOST items: "Хабермас" for "Хабермас Ю."), the initials
     * printed beside them join the name, so that the labeller learns whole names.
     */
    private static void extendNamesOverInitials(String raw, String[] byChar) {
        int i = 0;
        while (i < raw.length()) {
            String label = byChar[i];
            if (!"author".equals(label) && !"editor".equals(label) && !"translator".equals(label)) {
                i++;
                continue;
            }
            int end = i;
            while (end < raw.length() && label.equals(byChar[end])) {
                end++;
            }
            Matcher after = INITIALS_AFTER.matcher(raw.substring(end));
            if (after.find() && free(byChar, end, end + after.end())) {
                java.util.Arrays.fill(byChar, end, end + after.end(), label);
                end += after.end();
            }
            Matcher before = INITIALS_BEFORE.matcher(raw.substring(0, i));
            if (before.find() && free(byChar, before.start(1), i)) {
                java.util.Arrays.fill(byChar, before.start(1), i, label);
            }
            i = end;
        }
    }

    private static boolean free(String[] byChar, int from, int to) {
        for (int c = from; c < to; c++) {
            if (byChar[c] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a token boundary may fall at {@code at}: anywhere but inside a run of letters or a run of digits,
     * since the tokenizer splits "B252" into "B" and "252".
     */
    private static boolean boundary(String raw, int at) {
        if (at <= 0 || at >= raw.length()) {
            return true;
        }
        char a = raw.charAt(at - 1);
        char b = raw.charAt(at);
        return !(Character.isLetter(a) && Character.isLetter(b) || Character.isDigit(a) && Character.isDigit(b));
    }

    /**
     * Marks the first free occurrence of {@code value} that begins and ends at token boundaries; a dash in the
     * value matches any dash with or without spaces around it ("416-429" in "416 - 429").
     */
    private static boolean mark(String raw, String[] byChar, String field, String value) {
        Pattern p = Pattern.compile(Arrays.stream(value.split("")).map(ch -> ch.matches("[-–—]") ? "\\s*[-–—]\\s*"
                : Pattern.quote(ch)).reduce("", String::concat), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = p.matcher(raw);
        while (m.find()) {
            boolean free = true;
            for (int c = m.start(); c < m.end(); c++) {
                if (byChar[c] != null) {
                    free = false;
                    break;
                }
            }
            if (free && boundary(raw, m.start()) && boundary(raw, m.end())) {
                Arrays.fill(byChar, m.start(), m.end(), field);
                return true;
            }
        }
        return false;
    }
}
