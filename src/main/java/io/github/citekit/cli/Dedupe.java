package io.github.citekit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.citekit.format.CslJson;
import io.github.citekit.internal.dedupe.Clusters;
import io.github.citekit.internal.dedupe.Merger;
import io.github.citekit.internal.keys.CitationKeys;
import io.github.citekit.model.Item;
import io.github.citekit.model.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Clusters.Result result = Clusters.find(items, i -> "#" + i);
        Map<Integer, Integer> clusterOf = new HashMap<>();
        for (int c = 0; c < result.groups().size(); c++) {
            for (int i : result.groups().get(c)) {
                clusterOf.put(i, c);
            }
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Integer c = clusterOf.get(i);
            if (c == null) {
                out.add(items.get(i));
            } else if (result.groups().get(c).get(0) == i) {
                List<Item> members = result.groups().get(c).stream().map(items::get).toList();
                Item merged = Merger.merge(members).item();
                out.add(json ? merged.toBuilder().citationKey(members.get(0).citationKey().orElse(null)).build() : merged);
            }
        }
        if (!json) {
            out = CitationKeys.assign(out);
        }
        ObjectNode root = CslJson.mapper().createObjectNode();
        ArrayNode clusters = root.putArray("clusters");
        result.groups().forEach(g -> {
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
