package io.github.citekit.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often each word occurs in a text (lower-cased; hyphenated words counted whole and by part), leaving
 * out the fragments on either side of a line-end hyphen, which are what dehyphenation has to decide. A
 * prefix written with a hyphen and nothing after it ("micro- and macro-level", "(geo-)political") counts as
 * {@code micro-}.
 */
public final class Vocabulary {
    /** A vocabulary with no words. */
    public static final Vocabulary EMPTY = new Vocabulary(Map.of());

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*\\p{L}-?|\\p{L}-?");

    private final Map<String, Integer> counts;

    private Vocabulary(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** The vocabulary of one text. */
    public static Vocabulary of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        add(counts, text);
        return new Vocabulary(counts);
    }

    /** The vocabulary of several texts together. */
    public static Vocabulary of(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        texts.forEach(t -> add(counts, t));
        return new Vocabulary(counts);
    }

    /** How often {@code word} (lower-case) occurs. */
    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    private static void add(Map<String, Integer> counts, String text) {
        boolean previousBroken = false;
        for (String line : text.split("\n")) {
            String body = line.strip();
            boolean broken = body.endsWith("-");
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(broken ? body.substring(0, body.length() - 1) : body);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
            int from = previousBroken && !words.isEmpty() && Character.isLetter(body.codePointAt(0)) ? 1 : 0;
            int to = broken && !words.isEmpty() ? words.size() - 1 : words.size();
            for (int k = from; k < to; k++) {
                String w = words.get(k);
                counts.merge(w, 1, Integer::sum);
                if (w.indexOf('-') > 0) {
                    for (String part : w.split("-")) {
                        if (!part.isEmpty()) {
                            counts.merge(part, 1, Integer::sum);
                        }
                    }
                }
            }
            previousBroken = broken;
        }
    }
}
