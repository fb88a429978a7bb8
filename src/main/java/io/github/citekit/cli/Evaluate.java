package io.github.citekit.cli;

import io.github.citekit.internal.eval.ReferenceEvaluation;
import io.github.citekit.internal.refs.ReferenceParser;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code citekit evaluate …}: accuracy figures over labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Measures accuracy on labelled data.",
        subcommands = {Evaluate.References.class, Evaluate.Dedupe.class})
final class Evaluate implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("citekit evaluate: name what to evaluate: references or dedupe (see --help)");
        return 1;
    }

    /** Reference parsing, with the metric of the data's README. */
    @Command(name = "references", mixinStandardHelpOptions = true,
            description = "Per-field precision, recall and F1 and their micro average, overall and by language, "
                    + "for each FILE.jsonl (id, raw, lang, expected).")
    static final class References implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE.jsonl", description = "labelled reference strings")
        List<Path> files;

        @Option(names = "--cv", paramLabel = "K", description = "cross-validate: train K models on the FILES "
                + "themselves, each scoring the fold it did not see (for data the shipped model learned from)")
        int folds;

        @Option(names = "--fold", defaultValue = "-1", paramLabel = "F", description = "with --cv: train one model "
                + "and score only fold F (0-based), a quicker development figure")
        int only;

        @Option(names = "--errors", paramLabel = "OUT.jsonl", description = "with --cv: write every mismatching field "
                + "(id, field, gold, pred, raw) to OUT.jsonl")
        Path errors;

        @Option(names = "--epochs", defaultValue = "" + TrainReferences.EPOCHS, description = "training passes with --cv")
        int epochs;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            List<ReferenceEvaluation.Result> results = folds > 1
                    ? ReferenceEvaluation.crossValidate(files, folds, only, epochs, TrainReferences.SEED, errors)
                    : ReferenceEvaluation.evaluate(ReferenceParser.shipped(), files);
            results.forEach(r -> System.out.println(r.report()));
            System.out.printf("(%s, %.1f s)%n", folds > 1 ? folds + "-fold cross-validation" : "shipped model",
                    (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    /** Deduplication, by pairwise precision, recall and F1. */
    @Command(name = "dedupe", mixinStandardHelpOptions = true,
            description = "Pairwise precision, recall and F1: for FILE.jsonl of Cora-style records {id, cluster, raw} "
                    + "(parsed, then clustered), or for a DBLP-ACM folder (records.jsonl, perfect-mapping.jsonl).")
    static final class Dedupe implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE.jsonl|DIR", description = "labelled records or a DBLP-ACM folder")
        List<Path> inputs;

        @Override
        public Integer call() {
            for (Path p : inputs) {
                var scores = java.nio.file.Files.isDirectory(p) ? io.github.citekit.internal.eval.DedupeEvaluation.dblpAcm(p)
                        : io.github.citekit.internal.eval.DedupeEvaluation.cora(p);
                System.out.println(scores.line(p.getFileName().toString()));
            }
            return 0;
        }
    }
}
