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
