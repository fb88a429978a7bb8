package io.github.citekit.report;

/**
 * Why two records were merged or kept apart.
 *
 * @param first the first record's source label ({@code 000_x.txt#article/1})
 * @param second the second record's source label
 * @param doi {@code same}, {@code different}, {@code ambiguous} or {@code none}
 * @param titleSimilarity 0–1 on normalised, transliterated titles
 * @param authorOverlap 0–1 shared family names, or -1 when a side names none
 * @param yearGap years apart, or -1 when a year is missing
 * @param decision {@code merged}, or {@code kept apart: REASON}
 */
public record PairEvidence(String first, String second, String doi, double titleSimilarity, double authorOverlap,
        int yearGap, String decision) {
}
