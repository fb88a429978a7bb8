package io.github.citekit.cli;

import io.github.citekit.Bibliography;
import io.github.citekit.Citekit;
import io.github.citekit.CitekitException;
import io.github.citekit.Options;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code citekit} command line: a thin layer over {@link Citekit}. Exit 0 on success, 1 on bad input or
 * usage, with a one-line error naming the file.
 */
@Command(name = "citekit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a folder of article texts into a deduplicated bibliography (BibTeX, CSL-JSON).",
        subcommands = {Main.Build.class, ParseReferences.class, Dedupe.class, Evaluate.class, Bench.class,
                TrainReferences.class})
public final class Main implements Callable<Integer> {

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, for tests. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> 1);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("citekit: " + ex.getMessage() + " (try --help)");
            return 1;
        });
        cl.setExecutionExceptionHandler((ex, command, parsed) -> {
            String msg = ex instanceof CitekitException ? ex.getMessage()
                    : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            command.getErr().println("citekit: error: " + msg.lines().findFirst().orElse(""));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(new PrintWriter(System.err, true));
        return 1;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Citekit.class.getPackage().getImplementationVersion();
            return new String[] {"citekit " + (v == null ? "development build" : v)};
        }
    }

    /** {@code citekit build DIR --out DIR}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Reads every document of DIR and writes references.bib, references.json and report.json.")
    static final class Build implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "the corpus directory")
        Path corpus;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output directory")
        Path out;

        @Option(names = "--no-sidecars", description = "ignore NAME.bib / NAME.json metadata beside documents")
        boolean noSidecars;

        @Option(names = "--no-dedupe", description = "keep every record, even several of one work")
        boolean noDedupe;

        @Option(names = "--no-infer-siblings", description = "do not share an identified article's journal, issue "
                + "and year with its sibling articles in the same issue document")
        boolean noSiblings;

        @Option(names = "--skip-unreadable", description = "leave out a document that cannot be read (empty, binary, "
                + "not UTF-8, a bad sidecar), listing it in report.json, instead of stopping")
        boolean skipUnreadable;

        @Override
        public Integer call() {
            Bibliography bib = Citekit.create(Options.builder().sidecars(!noSidecars).dedupe(!noDedupe)
                    .inferFromSiblings(!noSiblings).skipUnreadable(skipUnreadable).build()).processDirectory(corpus);
            bib.writeTo(out);
            var r = bib.report();
            System.err.printf("citekit: %d documents, %d articles, %d references, %d merges, %d records -> %s (%s, %s, %s); %d warnings%n",
                    r.documents().size(), r.articleCount(), r.referenceCount(), r.merges().size(), bib.items().size(), out,
                    Bibliography.BIBTEX_FILE, Bibliography.CSL_JSON_FILE, Bibliography.REPORT_FILE, r.warningCount());
            r.documents().forEach(d -> d.warnings().forEach(w -> System.err.println("  " + d.document() + ": " + w)));
            r.skipped().forEach(k -> System.err.println("  skipped " + k.describe()));
            return 0;
        }
    }
}
