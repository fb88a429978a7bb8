package io.github.citekit.internal.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds DOIs written in any common form and stores them lower-case without prefix. */
public final class Dois {
    private static final Pattern DOI = Pattern.compile(
            "(?i)(?:doi\\.org/|dx\\.doi\\.org/|\\bdoi\\s*[:=]?\\s*<?\\s*|\\b)(10\\.\\d{4,9}/[^\\s<>\"“”‘’{}]+)");

    /**
     * What PDF extraction glues to a DOI's end: the next field's label (".URL", ".PMID"), a square
     * bracket at the end ("[arXiv", "[doi]"), a year in brackets ("(2019") or a note ("(inKorean…"). Any other
     * open parenthesis stays: it may be the DOI's own, "…112:12(1117", whose closing one the text lost.
     */
    private static final Pattern GLUED_AFTER = Pattern.compile(
            "(?i)(?:\\.(?:url|https?|pmid|pmcid|issn|isbn|arxiv)\\b.*|\\[[^\\]]*]?|\\((?:19|20)\\d\\d\\)?|\\(in[a-z]{4,}.*)$");

    /**
     * A DOI that PDF extraction spaced ("doi: 10. 1093/jb/mvg083", "doi :10.1103 /PhysRevE.49.55"): read only after
     * "doi", where nothing else can follow, and only where no DOI is written whole.
     */
    private static final Pattern SPACED = Pattern.compile(
            "(?i)\\bdoi\\s*[:=/]?\\s*(10\\.\\s?\\d{4,9}\\s?/\\s?[^\\s<>\"“”‘’{}]+)");

    private Dois() {
    }

    /** Every distinct DOI in {@code text}, in order of appearance. */
    public static Set<String> findAll(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = DOI.matcher(text);
        while (m.find()) {
            found.add(clean(m.group(1)));
        }
        if (found.isEmpty()) {
            Matcher spaced = SPACED.matcher(text);
            while (spaced.find()) {
                found.add(clean(spaced.group(1).replaceAll("\\s", "")));
            }
        }
        return found;
    }

    /** The first DOI in {@code text}. */
    public static Optional<String> findFirst(String text) {
        return findAll(text).stream().findFirst();
    }

    private static final Pattern DOI_PREFIX = Pattern.compile("(?i)^(?:https?://)?(?:dx\\.)?(?:doi\\.org/)?(?:doi:\\s*)?");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:>]+$");
    private static final Pattern TRAILING_PUNCTUATION_OR_BRACKET = Pattern.compile("[.,;:>\\]]+$");

    /** A DOI without prefix, trailing punctuation or closing brackets, lower-cased. */
    public static String clean(String doi) {
        String d = DOI_PREFIX.matcher(doi.strip()).replaceFirst("");
        d = GLUED_AFTER.matcher(TRAILING_PUNCTUATION.matcher(d).replaceAll("")).replaceFirst(""); // "….034519.URL", "…/nrn2947[doi]"
        d = TRAILING_PUNCTUATION_OR_BRACKET.matcher(d).replaceAll("");
        while (d.endsWith(")") && count(d, '(') < count(d, ')')) {
            d = d.substring(0, d.length() - 1);
        }
        return d.toLowerCase(Locale.ROOT);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
