package io.github.citekit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Shared paths and resources of the tests. */
public final class TestSupport {
    /** The project's own corpus, as committed. */
    public static final Path CORPUS = Path.of("corpus");
    /** The committed bibliography. */
    public static final Path BIBLIOGRAPHY = Path.of("bibliography");

    private TestSupport() {
    }

    /** The report of the one document {@code text}, processed as {@code name}. */
    public static io.github.citekit.report.DocumentReport report(String name, String text) {
        return Citekit.create().processText(name, text).report().documents().get(0);
    }

    /** The original texts of the reference entries of {@code result}, in the order of their lists. */
    public static java.util.List<String> entries(Bibliography result) {
        return result.items().stream().flatMap(i -> i.sources().stream())
                .filter(s -> s.kind() == io.github.citekit.model.SourceKind.REFERENCE)
                .sorted(java.util.Comparator.comparingInt(io.github.citekit.model.Source::index))
                .map(io.github.citekit.model.Source::text).toList();
    }

    /** A document's citations as "text->[entries]", in order, space-separated. */
    public static String links(io.github.citekit.report.DocumentReport r) {
        return r.citations().stream().map(c -> c.text() + "->" + c.references()).collect(java.util.stream.Collectors.joining(" "));
    }

    /** A JSON test resource. */
    public static JsonNode json(String resource) {
        try (InputStream in = TestSupport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
