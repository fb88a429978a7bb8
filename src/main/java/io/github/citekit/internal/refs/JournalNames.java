package io.github.citekit.internal.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Journal names and their standard abbreviations (JabRef's list of about 15,000 journals, MIT; the resource
 * {@code journal-names.LICENSE.txt} names its source, {@code scripts/journal-names.sh} rebuilds it), so that a
 * rule can tell where a journal the labeller did not know begins: "… in Canada N Engl J Med 1999; 341". A name
 * is its words, lower-cased a character at a time, as {@link Tokenizer} cuts them; the marks between them, "and" and "&amp;" are passed
 * over, so that "N. Engl. J. Med.", "N Engl J Med" and "Phys .Rev" match their entries.
 */
final class JournalNames {
    /** No name of the list that a lookup needs has more words than this (the longest has 20; few pass 12). */
    private static final int MAX_WORDS = 12;
    private static final long SEED = FeatureHash.of("\u0001J");

    /** Open addressing: a name's key, or 0 for an empty slot. */
    private final long[] keys;

    private JournalNames(long[] keys) {
        this.keys = keys;
    }

    /** The shipped list, read on first use (only references that a rule asks about pay for it). */
    static JournalNames shipped() {
        return Loaded.NAMES;
    }

    /**
     * Whether the tokens {@code from} to {@code to} (inclusive) are the whole of a journal's name or standard
     * abbreviation; both ends must be words.
     */
    boolean isName(List<Token> tokens, int from, int to) {
        if (!isWord(tokens.get(from).text()) || !isWord(tokens.get(to).text())) {
            return false;
        }
        long key = SEED;
        int words = 0;
        for (int i = from; i <= to; i++) {
            String t = tokens.get(i).text();
            if (isSkipped(t)) {
                continue;
            }
            if (!isWord(t)) {
                if (isPassed(t)) {
                    continue;
                }
                return false;
            }
            if (++words > MAX_WORDS) {
                return false;
            }
            key = extend(key, FeatureHash.ofLowerCase(t));
        }
        return words > 0 && contains(key);
    }

    private static long extend(long key, long wordHash) {
        long h = (key ^ wordHash) * 0x9E3779B97F4A7C15L;
        return h ^ h >>> 29;
    }

    /** A word or a number, as against a mark. */
    private static boolean isWord(String token) {
        return Character.isLetterOrDigit(token.codePointAt(0));
    }

    /** "and" and "&amp;", which names write either way. */
    private static boolean isSkipped(String token) {
        return token.equals("&") || token.length() == 3 && token.equalsIgnoreCase("and");
    }

    /** A mark that may stand between a name's words: "Phys. Rev.", "Physics: Condensed Matter". */
    private static boolean isPassed(String token) {
        return token.length() == 1 && ".,:-'’/".indexOf(token.charAt(0)) >= 0;
    }

    private boolean contains(long key) {
        int mask = keys.length - 1;
        for (int at = (int) (key & mask); keys[at] != 0; at = (at + 1) & mask) {
            if (keys[at] == key) {
                return true;
            }
        }
        return false;
    }

    /** Read on first use only. */
    private static final class Loaded {
        static final JournalNames NAMES = load();

        private static JournalNames load() {
            Map<Long, Boolean> names = new HashMap<>();
            try (InputStream in = JournalNames.class.getResourceAsStream("journal-names.txt.gz")) {
                if (in == null) {
                    throw new IllegalStateException("journal-names.txt.gz missing from the citekit jar");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    // "Full Name = Abbrev. Name" (a third part, a shorter form, in a few lines)
                    for (String name : line.split("=")) {
                        Long key = key(name.strip());
                        if (key != null) {
                            names.put(key, Boolean.TRUE);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int capacity = Integer.highestOneBit(Math.max(16, names.size() * 2)) << 1;
            long[] keys = new long[capacity];
            // the same table whatever the map's order: a lookup finds a key wherever its probe run put it
            for (long key : names.keySet()) {
                int at = (int) (key & (capacity - 1));
                while (keys[at] != 0) {
                    at = (at + 1) & (capacity - 1);
                }
                keys[at] = key;
            }
            return new JournalNames(keys);
        }

        /** A name's key as {@link #isName} builds it, or null for a name with no words or too many. */
        private static Long key(String name) {
            long key = SEED;
            int words = 0;
            for (Token t : Tokenizer.tokenize(name)) {
                String text = t.text();
                if (isSkipped(text) || !isWord(text)) {
                    continue;
                }
                if (++words > MAX_WORDS) {
                    return null;
                }
                key = extend(key, FeatureHash.ofLowerCase(text));
            }
            return words == 0 || key == 0 ? null : key;
        }
    }
}
