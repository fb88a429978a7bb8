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
            out.add(score(f.getFileName().toString(), items, r -> parser));
        }
        return out;
    }

    /**
     * K-fold cross-validation: every item of every file is scored by a model trained on the other folds
     * of all files (folds by a hash of the item id, so they are the same on every run).
     */
    public static List<Result> crossValidate(List<Path> files, int folds, int epochs, long seed) {
        Map<Path, List<LabelledReference>> data = new LinkedHashMap<>();
        files.forEach(f -> data.put(f, LabelledReference.read(f)));
        List<ReferenceParser> parsers = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            int fold = k;
            List<LabelledReference> train = new ArrayList<>();
            data.values().forEach(list -> list.stream().filter(r -> fold(r, folds) != fold).forEach(train::add));
            CrfModel model = CrfTraining.train(train, epochs, seed);
            parsers.add(new ReferenceParser(model));
        }
        List<Result> out = new ArrayList<>();
        data.forEach((f, items) -> out.add(score(f.getFileName().toString(), items, r -> parsers.get(fold(r, folds)))));
        return out;
    }

    static int fold(LabelledReference r, int folds) {
        return Math.floorMod(r.id().hashCode() * 31 + 7, folds);
    }

    private static Result score(String name, List<LabelledReference> items, Function<LabelledReference, ReferenceParser> parserFor) {
        FieldScores total = new FieldScores();
        Map<String, FieldScores> byLang = new TreeMap<>();
        for (LabelledReference r : items) {
            ReferenceParser.Parsed p = parserFor.apply(r).parse(r.raw());
            FieldScores one = new FieldScores();
            one.add(r.expected(), r.families(), p.fields(), p.families());
            total.addAll(one);
            byLang.computeIfAbsent(r.lang(), l -> new FieldScores()).addAll(one);
        }
        return new Result(name, items.size(), total, byLang);
    }
}
