package io.github.citekit.cli;

import io.github.citekit.format.BibTeX;
import io.github.citekit.format.CslJson;
import io.github.citekit.model.Item;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code citekit parse-references [--format F] [FILE]}: one reference string per line in, a CSL-JSON array (or BibTeX) out. */
@Command(name = "parse-references", mixinStandardHelpOptions = true,
        description = "Parses reference strings, one per line, from FILE or standard input; writes a CSL-JSON "
                + "array with exactly one item per input line, in input order.")
final class ParseReferences implements Callable<Integer> {
    /** The output formats. */
    enum Format { csl, bibtex }

    @Option(names = {"-f", "--format"}, defaultValue = "csl", paramLabel = "FORMAT",
            description = "csl (a CSL-JSON array, the default) or bibtex (an entry per input line, in input order)")
    Format format;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the input file (default: standard input)")
    Path file;

    @Override
    public Integer call() throws IOException {
        String name = Input.name(file);
        String text = Input.read(file);
        List<Item> items = Input.referenceItems(text, name);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(format == Format.bibtex ? BibTeX.write(items) : CslJson.write(items));
        out.flush();
        return 0;
    }
}
