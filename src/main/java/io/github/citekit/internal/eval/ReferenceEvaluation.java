package io.github.citekit.internal.eval;

import io.github.citekit.internal.refs.CrfModel;
import io.github.citekit.internal.refs.CrfTraining;
import io.github.citekit.internal.refs.ReferenceParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores reference parsing on labelled files: with a given model (for data it never saw), or by k-fold
 * cross-validation over data the shipped model learns from (each item scored by a model trained
 * without its fold).
 */
public final class ReferenceEvaluation {
    private ReferenceEvaluation() {
    }

    /** The scores of one file, overall and by language. */
    public record Result(String file, int items, FieldScores total, Map<String, FieldScores> byLang) {

        /** A plain-text report: the micro F1 by language, then the per-field table. */
        public String report() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: %d items, micro F1 %.4f", file, items,
                    total.microF1()));
            byLang.forEach((lang, sc) -> s.append(String.format(Locale.ROOT, "; %s %.4f", lang, sc.microF1())));
            return s.append('\n').append(total.table()).toString();
        }
    }

    /** Scores {@code parser} on each file. */
    public static List<Result> evaluate(ReferenceParser parser, List<Path> files) {
        List<Result> out = new ArrayList<>();
        for (Path f : files) {
            List<LabelledReference> items = LabelledReference.read(f);
            out.add(score(f.getFileName().toString(), items, r -> parser, new ErrorLog(null)));
        }
        return out;
    }

    /**
     * K-fold cross-validation: every item of every file is scored by a model trained on the other folds
     * of all files. Folds come from a hash of the item's text (see {@link #fold}), so they are the same on
     * every run. With {@code only >= 0}, one model is trained and only fold {@code only} is scored (a quicker
     * development figure); with {@code errors} not null, every field that does not match is written there
     * as a line of JSON.
     */
    public static List<Result> crossValidate(List<Path> files, int folds, int only, int epochs, long seed, Path errors) {
        Map<Path, List<LabelledReference>> data = new LinkedHashMap<>();
        files.forEach(f -> data.put(f, LabelledReference.read(f)));
        List<ReferenceParser> parsers = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            if (only >= 0 && k != only) {
                parsers.add(null);
                continue;
            }
            int fold = k;
            List<LabelledReference> train = new ArrayList<>();
            data.values().forEach(list -> list.stream().filter(r -> fold(r, folds) != fold).forEach(train::add));
            CrfModel model = CrfTraining.train(train, epochs, seed);
            parsers.add(new ReferenceParser(model));
        }
        List<Result> out = new ArrayList<>();
        ErrorLog log = new ErrorLog(errors);
        data.forEach((f, items) -> out.add(score(f.getFileName().toString(),
                only >= 0 ? items.stream().filter(r -> fold(r, folds) == only).toList() : items,
                r -> parsers.get(fold(r, folds)), log)));
        log.close();
        return out;
    }

    /**
     * An item's fold, from its text's letters and digits, lower-cased (the metric's {@link FieldScores#norm},
     * by which the data's README also matches strings across sets): the same string in two files (the CORA
     * strings are in all three English sets, each with its own labels) or twice in one file is always in
     * one fold, so no model is scored on a string it was trained on.
     */
    static int fold(LabelledReference r, int folds) {
        return Math.floorMod(FieldScores.norm(r.raw()).hashCode() * 31 + 7, folds);
    }

    private static Result score(String name, List<LabelledReference> items,
            Function<LabelledReference, ReferenceParser> parserFor, ErrorLog log) {
        FieldScores total = new FieldScores();
        Map<String, FieldScores> byLang = new TreeMap<>();
        for (LabelledReference r : items) {
            ReferenceParser.Parsed p = parserFor.apply(r).parse(r.raw());
            FieldScores one = new FieldScores();
            one.add(r.expected(), r.families(), p.fields(), p.families());
            log.write(r, p);
            total.addAll(one);
            byLang.computeIfAbsent(r.lang(), l -> new FieldScores()).addAll(one);
        }
        return new Result(name, items.size(), total, byLang);
    }

    /** Mismatching fields, one JSON line each: id, field, gold, predicted, raw. */
    private static final class ErrorLog {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
        private final java.io.BufferedWriter out;

        ErrorLog(Path file) {
            try {
                out = file == null ? null : java.nio.file.Files.newBufferedWriter(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void write(LabelledReference r, ReferenceParser.Parsed p) {
            if (out == null) {
                return;
            }
            java.util.Set<String> fields = new java.util.TreeSet<>(r.expected().keySet());
            fields.addAll(p.fields().keySet());
            for (String f : fields) {
                if (f.endsWith("_family") || f.equals("publisher-place-expanded")) {
                    continue;
                }
                String g = r.expected().get(f);
                String v = p.fields().get(f);
                if (g != null && v != null && FieldScores.matches(f, g, r.families().get(f + "_family"), v,
                        p.families().get(f + "_family"))) {
                    continue;
                }
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", r.id());
                line.put("field", f);
                line.put("gold", g);
                line.put("pred", v);
                line.put("raw", r.raw());
                try {
                    out.write(JSON.writeValueAsString(line));
                    out.newLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        void close() {
            try {
                if (out != null) {
                    out.close();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
