package io.github.citekit.internal.dedupe;

/**
 * How two records compare.
 *
 * @param match whether they are the same work
 * @param titleSimilarity 0–1, on transliterated, normalised titles
 * @param authorOverlap 0–1, shared family names over the shorter list; -1 when a side has none
 * @param doi {@code same}, {@code different}, {@code ambiguous} or {@code none}
 * @param yearGap years apart, or -1 when a year is missing
 * @param veto why look-alikes are kept apart, or empty
 */
record PairDecision(boolean match, double titleSimilarity, double authorOverlap, String doi, int yearGap, String veto) {

    /** Similar enough to be worth reporting when not merged. */
    boolean nearMiss() {
        return !match && titleSimilarity >= 0.8;
    }
}
