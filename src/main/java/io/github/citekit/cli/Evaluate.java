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
        subcommands = {Evaluate.References.class})
final class Evaluate implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("citekit evaluate: name what to evaluate: references (see --help)");
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

        @Option(names = "--epochs", defaultValue = "" + TrainReferences.EPOCHS, description = "training passes with --cv")
        int epochs;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            List<ReferenceEvaluation.Result> results = folds > 1
                    ? ReferenceEvaluation.crossValidate(files, folds, epochs, TrainReferences.SEED)
                    : ReferenceEvaluation.evaluate(ReferenceParser.shipped(), files);
            results.forEach(r -> System.out.println(r.report()));
            System.out.printf("(%s, %.1f s)%n", folds > 1 ? folds + "-fold cross-validation" : "shipped model",
                    (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }
}
