package io.github.citekit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.citekit.Citekit;
import io.github.citekit.Deduplication;
import io.github.citekit.format.CslJson;
import io.github.citekit.model.Item;
import io.github.citekit.model.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code citekit dedupe [FILE]}: clusters reference strings or CSL-JSON items and merges each cluster. */
@Command(name = "dedupe", mixinStandardHelpOptions = true,
        description = "Reads reference strings (one per line) or a CSL-JSON array from FILE or standard input and "
                + "writes {\"clusters\": [[positions]], \"items\": [merged CSL-JSON items]}; clusters list 0-based "
                + "input positions, singletons left out.")
final class Dedupe implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the input file (default: standard input)")
    Path file;

    @Override
    public Integer call() throws IOException {
        String name = Input.name(file);
        String text = Input.read(file);
        boolean json = text.stripLeading().startsWith("[");
        List<Item> items = new ArrayList<>();
        if (json) {
            for (Item item : CslJson.read(text, name)) {
                items.add(item.sources().isEmpty() ? item.toBuilder().addSource(Source.reference(name, items.size(), ""))
                        .build() : item);
            }
        } else {
            items.addAll(Input.referenceItems(text, name));
        }
        Citekit citekit = Citekit.create();
        Deduplication result = citekit.deduplicate(items);
        // keys made for strings are made again once merged: two strings of one work had taken "a" and "b"
        List<Item> out = json ? result.items() : citekit.assignCitationKeys(result.items());
        ObjectNode root = CslJson.mapper().createObjectNode();
        ArrayNode clusters = root.putArray("clusters");
        result.clusters().forEach(g -> {
            ArrayNode a = clusters.addArray();
            g.forEach(a::add);
        });
        root.set("items", CslJson.toJson(out));
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stdout.print(CslJson.pretty(root));
        stdout.flush();
        return 0;
    }
}
