package io.github.citekit.internal.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference-parsing metric of the data's README: per field, TP when predicted and matching, FP when
 * predicted but absent or not matching, FN when gold present and not matched; soft matching of values.
 */
public final class FieldScores {
    /**
     * Fields that are never scored on their own, and "director" and "producer", which are no keys of the README's
     * {@code expected} (AnyStyle's directors and producers are kept in {@code extra}, which is never scored).
     */
    private static final Set<String> UNSCORED = Set.of("author_family", "editor_family", "translator_family",
            "publisher-place-expanded", "director", "producer");
    private static final Set<String> NAME_STOPWORDS = Set.of("and", "et", "al", "eds", "ed", "и", "под", "ред");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Adds one item's comparison. */
    public void add(Map<String, String> gold, Map<String, List<String>> goldFamilies, Map<String, String> predicted,
            Map<String, List<String>> predictedFamilies) {
        for (var p : predicted.entrySet()) {
            if (UNSCORED.contains(p.getKey())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(p.getKey(), k -> new int[3]);
            String g = gold.get(p.getKey());
            if (g != null && matches(p.getKey(), g, goldFamilies.get(p.getKey() + "_family"), p.getValue(),
                    predictedFamilies.get(p.getKey() + "_family"))) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (var g : gold.entrySet()) {
            if (UNSCORED.contains(g.getKey())) {
                continue;
            }
            String p = predicted.get(g.getKey());
            if (p == null || !matches(g.getKey(), g.getValue(), goldFamilies.get(g.getKey() + "_family"), p,
                    predictedFamilies.get(g.getKey() + "_family"))) {
                counts.computeIfAbsent(g.getKey(), k -> new int[3])[2]++;
            }
        }
    }

    /** Whether a predicted value matches the gold value of a field. */
    public static boolean matches(String field, String gold, List<String> goldFamily, String pred, List<String> predFamily) {
        switch (field) {
            case "year" -> {
                return first(YEAR, gold).equals(first(YEAR, pred)) && !first(YEAR, gold).isEmpty();
            }
            case "page" -> {
                List<String> g = all(DIGITS, gold);
                List<String> p = all(DIGITS, pred);
                return !g.isEmpty() && !p.isEmpty() && g.get(0).equals(p.get(0))
                        && g.get(g.size() - 1).equals(p.get(p.size() - 1));
            }
            case "author", "editor", "translator" -> {
                if (goldFamily != null && predFamily != null) {
                    return goldFamily.stream().map(FieldScores::norm).toList()
                            .equals(predFamily.stream().map(FieldScores::norm).toList());
                }
                return nameTokens(gold).equals(nameTokens(pred));
            }
            default -> {
                return norm(gold).equals(norm(pred));
            }
        }
    }

    private static List<String> nameTokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = LETTERS.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!NAME_STOPWORDS.contains(m.group())) {
                out.add(m.group());
            }
        }
        Collections.sort(out);
        return out;
    }

    /** Lower-cased letters and digits only. */
    public static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : "";
    }

    private static List<String> all(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Merges another tally into this one. */
    public void addAll(FieldScores other) {
        other.counts.forEach((k, v) -> {
            int[] c = counts.computeIfAbsent(k, x -> new int[3]);
            for (int i = 0; i < 3; i++) {
                c[i] += v[i];
            }
        });
    }

    /** TP, FP, FN per field, by field name. */
    public Map<String, int[]> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** The micro-averaged F1 over all fields. */
    public double microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return f1(tp, fp, fn);
    }

    static double f1(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A plain-text table: per field P, R, F1 and support, then the micro average. */
    public String table() {
        StringBuilder s = new StringBuilder(String.format("%-18s %7s %7s %7s %7s%n", "field", "P", "R", "F1", "gold"));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            s.append(row(e.getKey(), c[0], c[1], c[2]));
        }
        s.append(row("MICRO", tp, fp, fn));
        return s.toString();
    }

    private static String row(String name, int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return String.format(Locale.ROOT, "%-18s %7.4f %7.4f %7.4f %7d%n", name, p, r, f1(tp, fp, fn), tp + fn);
    }
}
