package io.github.citekit.internal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.citekit.CitekitException;
import io.github.citekit.format.CslJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One labelled reference string of the evaluation data ({@code references/*.jsonl}).
 *
 * @param id the item's id
 * @param raw the reference string
 * @param lang {@code en}, {@code ru} or {@code other}
 * @param expected the gold field values (strings)
 * @param families the gold ordered family-name lists ({@code author_family}, ...)
 */
public record LabelledReference(String id, String raw, String lang, Map<String, String> expected,
        Map<String, List<String>> families) {

    /** Reads a JSON-lines file. */
    public static List<LabelledReference> read(Path file) {
        List<LabelledReference> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CitekitException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode n = CslJson.mapper().readTree(lines.get(i));
                Map<String, String> expected = new LinkedHashMap<>();
                Map<String, List<String>> families = new LinkedHashMap<>();
                n.path("expected").fields().forEachRemaining(e -> {
                    if (e.getValue().isArray()) {
                        List<String> list = new ArrayList<>();
                        e.getValue().forEach(x -> list.add(x.asText()));
                        families.put(e.getKey(), list);
                    } else {
                        expected.put(e.getKey(), e.getValue().asText());
                    }
                });
                out.add(new LabelledReference(n.path("id").asText(), n.path("raw").asText(), n.path("lang").asText("en"),
                        expected, families));
            } catch (IOException e) {
                throw new CitekitException(file.toString(), i + 1, "not a JSON line: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
