package io.github.citekit.internal.refs;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear-chain CRF in a compact form: per feature a weight for each label, label biases and
 * label-to-label transitions; decoding is Viterbi. Training happens in {@link CrfTraining} (Tribuo); this
 * class only reads the learned weights, so embedders need no training library and decoding stays fast.
 */
public final class CrfModel {
    private static final String MAGIC = "citekit-crf-1";

    private final List<String> labels;
    private final float[] bias;
    private final float[][] transition;
    private final Map<String, float[]> weights;
    /**
     * Feature hashes to weight rows, by open addressing, so that decoding builds no strings. Features that
     * share a value are one entry (see {@link Family}): a slot holds the key hash's high 32 bits, which of
     * the family's features the model has (a mask), and the entry's first row plus one (0 = empty), so that
     * one memory access finds them all; the slot index comes from the hash's low bits.
     */
    private final long[] slots;
    /** All weight rows in one array, row r at {@code r * labels}; an entry's rows are consecutive. */
    private final float[] flat;
    /** The offset of a row of zeros after the weight rows, added for a feature the model lacks. */
    private final int zeroRow;
    /** {@code transition[previous][current]} at {@code previous * labels + current}. */
    private final float[] transitions;
    /**
     * At {@code best * labels + a}: the most that coming from label {@code a} rather than {@code best} can gain
     * through a transition, {@code max over c of transition[a][c] - transition[best][c]}, plus {@link #SLACK}.
     * A previous label that trails the best by more than this cannot win for any current label, so Viterbi
     * skips it; the table is laid out by the best label, whose row one position reads.
     */
    private final float[] slack;
    /**
     * A bit per hash prefix of the word pairs the model has: most adjacent words are no pair it knows, and
     * this small table (in the processor's cache) tells so without a probe of the large one.
     */
    private final long[] wordPairs = new long[1 << (PAIR_BITS - 6)];
    private static final int PAIR_BITS = 20;

    /** The number of labels, the length of every weight row. */
    private final int width;
    /** The slots of the word and shape that stand for a missing neighbour before the first token and after the last. */
    private final long startWord;
    private final long endWord;
    private final long startShape;
    private final long endShape;
    /** Covers float rounding in that comparison, so that skipping never changes a result. */
    private static final float SLACK = 1e-3f;

    private static final long HIGH = 0xFFFF_FFFF_0000_0000L;
    private static final int MASK_SHIFT = 24;
    private static final int ROW_BITS = (1 << MASK_SHIFT) - 1;
    private static final int MAX_ROWS = ROW_BITS - 1;

    /**
     * Features that take the same value at several places: a word seen from each of its seven neighbour
     * offsets, a word shape from five, a pair of adjacent words (or shapes) seen from its left token and its
     * right one. Each family keys one table entry by its value, so a rare word costs one lookup instead of
     * seven, and a word pair one lookup for two tokens.
     */
    private enum Family {
        WORD("\u0001W", "w-3=", "w-2=", "w-1=", "w=", "w1=", "w2=", "w3="),
        SHAPE("\u0001S", "s-2=", "s-1=", "sc=", "s1=", "s2="),
        WORD_PAIR("\u0001P", "ww1=", "w-1w="),
        SHAPE_PAIR("\u0001Q", "sb+=", "sb-=");

        final long seed;
        final List<String> prefixes;

        Family(String tag, String... prefixes) {
            this.seed = FeatureHash.of(tag);
            this.prefixes = List.of(prefixes);
        }

        /** The family and member of a feature prefix, as {@code family.ordinal() * 8 + member}, or -1. */
        static int of(String prefix) {
            // a switch, as this runs for every feature handed over: a map lookup here cost a tenth of the labelling
            return switch (prefix) {
                case "w-3=" -> 0;
                case "w-2=" -> 1;
                case "w-1=" -> 2;
                case "w=" -> 3;
                case "w1=" -> 4;
                case "w2=" -> 5;
                case "w3=" -> 6;
                case "s-2=" -> 8;
                case "s-1=" -> 9;
                case "sc=" -> 10;
                case "s1=" -> 11;
                case "s2=" -> 12;
                case "ww1=" -> 16;
                case "w-1w=" -> 17;
                case "sb+=" -> 24;
                case "sb-=" -> 25;
                default -> -1;
            };
        }
    }
    private static final Family[] FAMILIES = Family.values();
    static {
        // flatScores reads the neighbours at -3..3 by name, as the families list them
        if (Features.REACH != 3) {
            throw new AssertionError("flatScores reads neighbours up to 3 away, not " + Features.REACH);
        }
        // the switch in Family.of must agree with the families' lists of prefixes
        for (Family f : FAMILIES) {
            for (int m = 0; m < f.prefixes.size(); m++) {
                if (Family.of(f.prefixes.get(m)) != f.ordinal() * 8 + m) {
                    throw new AssertionError("Family.of disagrees with " + f + " at " + f.prefixes.get(m));
                }
            }
        }
    }

    /**
     * @param labels the label names, by id
     * @param bias per-label bias
     * @param transition {@code transition[previous][current]}
     * @param weights per feature name, a weight per label id
     */
    public CrfModel(List<String> labels, float[] bias, float[][] transition, Map<String, float[]> weights) {
        // interned, so that the rules' comparisons with label literals ("author") succeed on identity
        this.labels = labels.stream().map(String::intern).toList();
        this.bias = bias.clone();
        this.transition = transition;
        this.weights = java.util.Collections.unmodifiableMap(new HashMap<>(weights));
        if (weights.size() > MAX_ROWS) {
            throw new IllegalArgumentException("too many features for the model's table: " + weights.size());
        }
        int width = labels.size();
        if (width > 32) { // Viterbi keeps a position's candidate labels as the bits of an int
            throw new IllegalArgumentException("at most 32 labels, not " + width);
        }
        this.width = width;
        // entries in key order, so that the same model lays out the same memory
        java.util.TreeMap<String, Entry> entries = new java.util.TreeMap<>();
        for (Map.Entry<String, float[]> feature : weights.entrySet()) {
            String name = feature.getKey();
            int eq = name.indexOf('=');
            int code = eq < 0 ? -1 : Family.of(name.substring(0, eq + 1));
            if (code < 0) {
                entries.computeIfAbsent(name, k -> new Entry(FeatureHash.of(name))).rows[0] = feature.getValue();
            } else if (code >> 3 == Family.WORD_PAIR.ordinal() || code >> 3 == Family.SHAPE_PAIR.ordinal()) {
                // keyed by the hashes of its two texts, which the labeller has at hand; a value with more
                // than one "|" (a link's or a shape's own) is entered under every split, as its name is
                // all that the model knows of it
                Family family = FAMILIES[code >> 3];
                String value = name.substring(eq + 1);
                for (int bar = value.indexOf('|', 1); bar > 0 && bar < value.length() - 1;
                        bar = value.indexOf('|', bar + 1)) {
                    String left = value.substring(0, bar);
                    String right = value.substring(bar + 1);
                    long hash = pairHash(family.seed, FeatureHash.of(left), FeatureHash.of(right));
                    entries.computeIfAbsent("\u0001" + family.ordinal() + left + "\u0000" + right,
                            k -> new Entry(hash)).rows[code & 7] = feature.getValue();
                    if (family == Family.WORD_PAIR) {
                        int bit = (int) (hash >>> (64 - PAIR_BITS));
                        wordPairs[bit >>> 6] |= 1L << bit;
                    }
                }
            } else {
                Family family = FAMILIES[code >> 3];
                String value = name.substring(eq + 1);
                entries.computeIfAbsent("\u0001" + family.ordinal() + value,
                        k -> new Entry(FeatureHash.continued(family.seed, value))).rows[code & 7] = feature.getValue();
            }
        }
        int rows = 0;
        for (Entry entry : entries.values()) {
            for (float[] row : entry.rows) {
                rows += row == null ? 0 : 1;
            }
        }
        if (rows > MAX_ROWS) {
            throw new IllegalArgumentException("too many features for the model's table: " + rows);
        }
        int capacity = Integer.highestOneBit(Math.max(16, entries.size() * 3)) << 1;
        this.slots = new long[capacity];
        this.flat = new float[(rows + 1) * width]; // the last row stays zero: see rowOrZero
        this.zeroRow = rows * width;
        int r = 0;
        for (Entry entry : entries.values()) {
            int mask = 0;
            int first = r;
            for (int m = 0; m < entry.rows.length; m++) {
                if (entry.rows[m] != null) {
                    mask |= 1 << m;
                    System.arraycopy(entry.rows[m], 0, flat, r * width, width);
                    r++;
                }
            }
            long h = entry.hash;
            int at = (int) (h & (capacity - 1));
            while (slots[at] != 0) {
                at = (at + 1) & (capacity - 1);
            }
            slots[at] = (h & HIGH) | (long) mask << MASK_SHIFT | (first + 1);
        }
        this.startWord = find(FeatureHash.continued(Family.WORD.seed, Features.START));
        this.endWord = find(FeatureHash.continued(Family.WORD.seed, Features.END));
        this.startShape = find(FeatureHash.continued(Family.SHAPE.seed, Features.START));
        this.endShape = find(FeatureHash.continued(Family.SHAPE.seed, Features.END));
        this.transitions = new float[width * width];
        for (int a = 0; a < width; a++) {
            System.arraycopy(transition[a], 0, transitions, a * width, width);
        }
        this.slack = new float[width * width];
        for (int a = 0; a < width; a++) {
            for (int best = 0; best < width; best++) {
                float most = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < width; c++) {
                    most = Math.max(most, transitions[a * width + c] - transitions[best * width + c]);
                }
                slack[best * width + a] = most + SLACK;
            }
        }
        this.whereSums = groupSums(Features.Context.WHERE, v -> Features.Context.of(v, 0, 0), Features.Context::emitWhere);
        this.countSums = groupSums(Features.Context.COUNTS, v -> Features.Context.of(0, v, 0), Features.Context::emitCounts);
        this.flagSums = groupSums(Features.Context.FLAGS, v -> Features.Context.of(0, 0, v), Features.Context::emitFlags);
    }

    /** A table entry being built: its key hash and a weight row per family member (one for a lone feature). */
    private static final class Entry {
        final long hash;
        final float[][] rows = new float[8][];

        Entry(long hash) {
            this.hash = hash;
        }
    }

    /** The slot of the entry with this key hash, or 0. */
    private long find(long hash) {
        int mask = slots.length - 1;
        int at = (int) (hash & mask);
        long high = hash & HIGH;
        long slot;
        while ((slot = slots[at]) != 0) {
            if ((slot & HIGH) == high) {
                return slot;
            }
            at = (at + 1) & mask;
        }
        return 0;
    }

    /** The offset in {@link #flat} of member {@code member} of the entry in {@code slot}, or -1. */
    private int row(long slot, int member) {
        int present = (int) (slot >>> MASK_SHIFT) & 0xFF;
        if (slot == 0 || (present >>> member & 1) == 0) {
            return -1;
        }
        int first = (int) (slot & ROW_BITS) - 1;
        return (first + Integer.bitCount(present & ((1 << member) - 1))) * width;
    }

    /** The most likely label of each token, features computed and looked up without building their names. */
    public List<String> labelTokens(List<Token> tokens) {
        return tokens.isEmpty() ? List.of() : decode(flatScores(tokens), tokens.size());
    }

    /** A pair family's key: its seed and the hashes of the pair's two texts, mixed. */
    private static long pairHash(long seed, long left, long right) {
        long h = (seed ^ left) * 0x9E3779B97F4A7C15L;
        h = (Long.rotateLeft(h, 29) ^ right) * 0xC2B2AE3D27D4EB4FL;
        return h ^ h >>> 32;
    }

    /**
     * Each token's score for each label: the label's bias plus the weights of the token's features (those
     * {@link Features#visit} names). A token's own features come summed from {@link #known}; its
     * neighbours' words and shapes are rows of their texts' family entries; word and shape pairs are one
     * probe per pair of adjacent tokens, serving both; a place is three rows of the place groups' sums.
     * A token's rows are found first and then added in one loop over the labels, in four partial sums:
     * adding one row at a time reloaded and stored the token's scores for each of its 19 rows, and one
     * long chain of additions waits on each one in turn. An absent row is the zero row.
     */
    float[] flatScores(List<Token> tokens) {
        int n = tokens.size();
        int l = width;
        Known[] known = new Known[n];
        for (int i = 0; i < n; i++) {
            known[i] = known(tokens.get(i).text());
        }
        // word and shape pairs: the pair (i, i + 1) is "ww1=" / "sb+=" (member 0) of token i and
        // "w-1w=" / "sb-=" (member 1) of token i + 1
        int[] pairs = new int[n * 4]; // token i: left word, left shape, right word, right shape
        long wordSeed = Family.WORD_PAIR.seed;
        long shapeSeed = Family.SHAPE_PAIR.seed;
        for (int i = -1; i < n; i++) {
            long leftWord = i < 0 ? START_HASH : known[i].wordHash;
            long rightWord = i + 1 >= n ? END_HASH : known[i + 1].wordHash;
            long leftShape = i < 0 ? START_HASH : known[i].shapeHash;
            long rightShape = i + 1 >= n ? END_HASH : known[i + 1].shapeHash;
            long wordKey = pairHash(wordSeed, leftWord, rightWord);
            int bit = (int) (wordKey >>> (64 - PAIR_BITS));
            long words = (wordPairs[bit >>> 6] >>> bit & 1) == 0 ? 0 : find(wordKey);
            long shapes = find(pairHash(shapeSeed, leftShape, rightShape));
            if (i >= 0) {
                pairs[i * 4 + 2] = rowOrZero(words, 0);
                pairs[i * 4 + 3] = rowOrZero(shapes, 0);
            }
            if (i + 1 < n) {
                pairs[(i + 1) * 4] = rowOrZero(words, 1);
                pairs[(i + 1) * 4 + 1] = rowOrZero(shapes, 1);
            }
        }
        int[] places = new int[n * 3];
        Features.places(tokens, (i, place) -> {
            places[i * 3] = place.where() * l;
            places[i * 3 + 1] = place.counts() * l;
            places[i * 3 + 2] = place.flags() * l;
        });
        float[] score = new float[n * l]; // token i's scores at i * l
        float[] f = flat;
        float[] bias = this.bias;
        float[] where = whereSums;
        float[] counts = countSums;
        float[] flags = flagSums;
        for (int i = 0; i < n; i++) {
            // neighbours at offsets -3..3 (Features.REACH); the families list their members by offset,
            // WORD from -3 and SHAPE from -2
            int w0 = rowOrZero(i >= 3 ? known[i - 3].word : startWord, 0);
            int w1 = rowOrZero(i >= 2 ? known[i - 2].word : startWord, 1);
            int s0 = rowOrZero(i >= 2 ? known[i - 2].shape : startShape, 0);
            int w2 = rowOrZero(i >= 1 ? known[i - 1].word : startWord, 2);
            int s1 = rowOrZero(i >= 1 ? known[i - 1].shape : startShape, 1);
            int w4 = rowOrZero(i + 1 < n ? known[i + 1].word : endWord, 4);
            int s3 = rowOrZero(i + 1 < n ? known[i + 1].shape : endShape, 3);
            int w5 = rowOrZero(i + 2 < n ? known[i + 2].word : endWord, 5);
            int s4 = rowOrZero(i + 2 < n ? known[i + 2].shape : endShape, 4);
            int w6 = rowOrZero(i + 3 < n ? known[i + 3].word : endWord, 6);
            int lw = pairs[i * 4];
            int ls = pairs[i * 4 + 1];
            int rw = pairs[i * 4 + 2];
            int rs = pairs[i * 4 + 3];
            int pw = places[i * 3];
            int pc = places[i * 3 + 1];
            int pf = places[i * 3 + 2];
            float[] own = known[i].own;
            int s = i * l;
            for (int k = 0; k < l; k++) {
                float a = bias[k] + own[k] + f[w0 + k] + f[w1 + k] + f[s0 + k];
                float b = f[w2 + k] + f[s1 + k] + f[w4 + k] + f[s3 + k] + f[w5 + k];
                float c = f[s4 + k] + f[w6 + k] + f[lw + k] + f[ls + k];
                float d = f[rw + k] + f[rs + k] + where[pw + k] + counts[pc + k] + flags[pf + k];
                score[s + k] = (a + b) + (c + d);
            }
        }
        return score;
    }

    /** {@link #row}, with the zero row at the end of {@link #flat} for a member the model lacks. */
    private int rowOrZero(long slot, int member) {
        int row = row(slot, member);
        return row < 0 ? zeroRow : row;
    }

    /** {@link #flatScores} a row per token (for tests). */
    float[][] scores(List<Token> tokens) {
        float[] flat = flatScores(tokens);
        float[][] out = new float[tokens.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return out;
    }

    private static final long START_HASH = FeatureHash.of(Features.START);
    private static final long END_HASH = FeatureHash.of(Features.END);

    private void addRow(float[] to, int at, int row) {
        if (row >= 0) {
            float[] flat = this.flat;
            for (int k = 0; k < width; k++) {
                to[at + k] += flat[row + k];
            }
        }
    }

    /**
     * A sink that adds the weights of the features it receives to {@code to}: how {@link #known} and
     * the place groups' tables sum a text's or a place's features.
     */
    private class Adder implements Features.Sink {
        final float[] to = new float[width];

        @Override
        public void token(int i) {
            throw new IllegalStateException("one token's features only");
        }

        @Override
        public void add(String name) {
            addRow(to, 0, row(find(FeatureHash.of(name)), 0));
        }

        @Override
        public void add(String prefix, String value) {
            int code = Family.of(prefix);
            long hash = code < 0 ? FeatureHash.continued(FeatureHash.of(prefix), value)
                    : FeatureHash.continued(FAMILIES[code >> 3].seed, value);
            addRow(to, 0, row(find(hash), code < 0 ? 0 : code & 7));
        }

        @Override
        public void add(String prefix, String first, String second) {
            int code = Family.of(prefix);
            long hash = code < 0
                    ? FeatureHash.continued(FeatureHash.continued(FeatureHash.continued(FeatureHash.of(prefix), first), "|"), second)
                    : pairHash(FAMILIES[code >> 3].seed, FeatureHash.of(first), FeatureHash.of(second));
            addRow(to, 0, row(find(hash), code < 0 ? 0 : code & 7));
        }
    }

    /**
     * What the labeller keeps of a token text: the summed weights of the features it gives its own token,
     * the table slots of its lower-case form and shape (whose rows hold the features it gives its
     * neighbours), and the hashes of those two forms (for word and shape pairs). Small, so that the texts
     * of a large corpus stay in the processor's cache.
     */
    private static final class Known {
        /**
         * The text's 64-bit hash: a hit compares it and reads no text (two of a million distinct texts
         * share a hash with odds of about 1 in 3 × 10^7, and only two that meet in one slot would mix up).
         */
        final long key;
        final long word;
        final long shape;
        final long wordHash;
        final long shapeHash;
        final float[] own;

        Known(long key, long word, long shape, long wordHash, long shapeHash, float[] own) {
            this.key = key;
            this.word = word;
            this.shape = shape;
            this.wordHash = wordHash;
            this.shapeHash = shapeHash;
            this.own = own;
        }
    }

    /**
     * Recently seen token texts, by hash: punctuation and common words recur in every reference, and a
     * hit costs one comparison instead of a dozen lookups. Entries are immutable (final fields) and replace
     * each other, so threads may share the cache without locks.
     */
    private final Known[] knownCache = new Known[1 << KNOWN_BITS];
    private static final int KNOWN_BITS = 16;

    private Known known(String text) {
        long key = FeatureHash.of(text);
        // two ways: slot pairs (at, at ^ 1), the more recent first; one way missed a text in 13, two miss
        // one in 20 on the labelled strings
        int at = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - KNOWN_BITS)) & ~1;
        Known[] cache = knownCache;
        Known first = cache[at];
        if (first != null && first.key == key) {
            return first;
        }
        Known second = cache[at + 1];
        if (second != null && second.key == key) {
            cache[at + 1] = first;
            cache[at] = second;
            return second;
        }
        Features.Word word = Features.Word.of(text);
        Adder adder = new Adder();
        Features.own(word, adder);
        Known entry = new Known(key, find(FeatureHash.continued(Family.WORD.seed, word.lower())),
                find(FeatureHash.continued(Family.SHAPE.seed, word.compact())),
                FeatureHash.of(word.lower()), FeatureHash.of(word.compact()), adder.to);
        cache[at + 1] = first;
        cache[at] = entry;
        return entry;
    }

    /**
     * The summed weights of each group of a place's features (see {@link Features.Context}), for every
     * value of the group: a few hundred rows, computed when the model loads, so that a token's place costs
     * three row sums and no lookup.
     */
    private final float[] whereSums;
    private final float[] countSums;
    private final float[] flagSums;

    /** Each value's summed weights of one group, at {@code value * labels}. */
    private float[] groupSums(int values, java.util.function.IntFunction<Features.Context> place,
            java.util.function.BiConsumer<Features.Context, Features.Sink> emit) {
        float[] sums = new float[values * width];
        for (int v = 0; v < values; v++) {
            Adder adder = new Adder();
            emit.accept(place.apply(v), adder);
            System.arraycopy(adder.to, 0, sums, v * width, width);
        }
        return sums;
    }

    /** The label names, by id. */
    public List<String> labels() {
        return labels;
    }

    /** How many features carry weights. */
    public int featureCount() {
        return weights.size();
    }

    /** The most likely label of each token, given each token's feature names. */
    public List<String> label(List<List<String>> features) {
        return features.isEmpty() ? List.of() : viterbi(scoresByName(features));
    }

    /** What {@link #scores} computes, the slow way: each feature looked up by its name. */
    float[][] scoresByName(List<List<String>> features) {
        float[][] score = new float[features.size()][];
        for (int i = 0; i < score.length; i++) {
            float[] s = bias.clone();
            for (String f : features.get(i)) {
                float[] w = weights.get(f);
                if (w != null) {
                    for (int k = 0; k < width; k++) {
                        s[k] += w[k];
                    }
                }
            }
            score[i] = s;
        }
        return score;
    }

    /**
     * Viterbi decoding. The forward pass keeps every position's best scores rather than back pointers, and
     * only from the previous labels that can still win (see {@link #slack}): usually a few of the 21,
     * as the labeller is rarely in doubt. The backward pass recovers each previous label with one scan over
     * all of them, so the path is exactly that of a full Viterbi. Ties go to the lowest label id.
     */
    List<String> viterbi(float[][] score) {
        float[] flat = new float[score.length * width];
        for (int i = 0; i < score.length; i++) {
            System.arraycopy(score[i], 0, flat, i * width, width);
        }
        return decode(flat, score.length);
    }

    /** {@link #viterbi} over {@code n} tokens' scores at {@code i * labels}, overwritten by the forward pass. */
    private List<String> decode(float[] score, int n) {
        int l = width;
        float[] t = transitions;
        float[] delta = score; // position i's best scores replace its emissions once they are read
        float[] emit = new float[l];
        int[] live = new int[l];
        int[] liveSets = new int[n]; // at i, the previous labels that could still win, as bits
        int best = 0; // the best label at the previous position, found as its scores were written
        for (int k = 1; k < l; k++) {
            if (delta[k] > delta[best]) {
                best = k;
            }
        }
        for (int i = 1; i < n; i++) {
            int base = (i - 1) * l;
            int out = i * l;
            float top = delta[base + best];
            int m = 0;
            int set = 0;
            int g = best * l;
            for (int prev = 0; prev < l; prev++) {
                if (top - delta[base + prev] <= slack[g + prev]) {
                    live[m++] = prev;
                    set |= 1 << prev;
                }
            }
            liveSets[i] = set;
            best = 0;
            if (m == 1) { // the common case, in one pass
                float from = delta[base + live[0]];
                int row = live[0] * l;
                float most = Float.NEGATIVE_INFINITY;
                for (int cur = 0; cur < l; cur++) {
                    float v = delta[out + cur] + (from + t[row + cur]);
                    delta[out + cur] = v;
                    if (v > most) {
                        most = v;
                        best = cur;
                    }
                }
                continue;
            }
            System.arraycopy(delta, out, emit, 0, l);
            java.util.Arrays.fill(delta, out, out + l, Float.NEGATIVE_INFINITY);
            for (int k = 0; k < m; k++) {
                int prev = live[k];
                float from = delta[base + prev];
                int row = prev * l;
                for (int cur = 0; cur < l; cur++) {
                    delta[out + cur] = Math.max(delta[out + cur], from + t[row + cur]);
                }
            }
            float most = Float.NEGATIVE_INFINITY;
            for (int cur = 0; cur < l; cur++) {
                float v = delta[out + cur] + emit[cur];
                delta[out + cur] = v;
                if (v > most) {
                    most = v;
                    best = cur;
                }
            }
        }
        int arg = best;
        String[] path = new String[n];
        for (int i = n - 1; i > 0; i--) {
            path[i] = labels.get(arg);
            // only a label the forward pass kept can be the best previous one: the others trail it for
            // every current label by more than SLACK, so scanning the kept ones in order finds the same
            int base = (i - 1) * l;
            int set = liveSets[i];
            int from = Integer.numberOfTrailingZeros(set);
            float max = delta[base + from] + t[from * l + arg];
            for (set &= set - 1; set != 0; set &= set - 1) {
                int prev = Integer.numberOfTrailingZeros(set);
                float v = delta[base + prev] + t[prev * l + arg];
                if (v > max) {
                    max = v;
                    from = prev;
                }
            }
            arg = from;
        }
        path[0] = labels.get(arg);
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(path));
    }

    /** Writes the model, gzip-compressed. */
    public void write(OutputStream stream) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(stream)))) {
            out.writeUTF(MAGIC);
            out.writeInt(labels.size());
            for (String label : labels) {
                out.writeUTF(label);
            }
            for (float b : bias) {
                out.writeFloat(b);
            }
            for (float[] row : transition) {
                for (float t : row) {
                    out.writeFloat(t);
                }
            }
            List<String> names = new ArrayList<>(weights.keySet());
            java.util.Collections.sort(names); // the same model gives the same bytes
            out.writeInt(names.size());
            for (String name : names) {
                out.writeUTF(name);
                for (float w : weights.get(name)) {
                    out.writeFloat(w);
                }
            }
        }
    }

    /** Reads a model written by {@link #write(OutputStream)}. */
    public static CrfModel read(InputStream stream) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream)))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException("not a citekit CRF model");
            }
            int l = in.readInt();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < l; i++) {
                labels.add(in.readUTF());
            }
            float[] bias = new float[l];
            for (int i = 0; i < l; i++) {
                bias[i] = in.readFloat();
            }
            float[][] transition = new float[l][l];
            for (int i = 0; i < l; i++) {
                for (int j = 0; j < l; j++) {
                    transition[i][j] = in.readFloat();
                }
            }
            int f = in.readInt();
            Map<String, float[]> weights = new HashMap<>(f * 2);
            for (int i = 0; i < f; i++) {
                String name = in.readUTF();
                float[] w = new float[l];
                for (int k = 0; k < l; k++) {
                    w[k] = in.readFloat();
                }
                weights.put(name, w);
            }
            return new CrfModel(labels, bias, transition, weights);
        }
    }

    /** The model shipped in the library's resources. */
    public static CrfModel shipped() {
        return Shipped.MODEL;
    }

    /** Loaded on first use only. */
    private static final class Shipped {
        static final CrfModel MODEL = load();

        private static CrfModel load() {
            try (InputStream in = CrfModel.class.getResourceAsStream("reference-crf.bin.gz")) {
                if (in == null) {
                    throw new IllegalStateException("reference-crf.bin.gz missing from the citekit jar");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
