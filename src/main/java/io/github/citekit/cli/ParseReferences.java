package io.github.citekit.cli;

import io.github.citekit.format.CslJson;
import io.github.citekit.internal.keys.CitationKeys;
import io.github.citekit.model.Item;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code citekit parse-references [FILE]}: one reference string per line in, a CSL-JSON array out. */
@Command(name = "parse-references", mixinStandardHelpOptions = true,
        description = "Parses reference strings, one per line, from FILE or standard input; writes a CSL-JSON "
                + "array with exactly one item per input line, in input order.")
final class ParseReferences implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the input file (default: standard input)")
    Path file;

    @Override
    public Integer call() throws IOException {
        String name = Input.name(file);
        String text = Input.read(file);
        List<Item> items = Input.referenceItems(text, name);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(CslJson.write(CitationKeys.assign(items)));
        out.flush();
        return 0;
    }
}
