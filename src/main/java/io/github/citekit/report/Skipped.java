package io.github.citekit.report;

import java.util.Objects;

/**
 * A document left out of a run because it could not be read (with {@code Options.skipUnreadable}).
 *
 * @param document the document's file name, as the other parts of the report name it
 * @param line the 1-based line of the problem (in the document, or in its sidecar when the problem names
 *     one), or 0 when none applies
 * @param problem what is wrong with it
 */
public record Skipped(String document, int line, String problem) {

    /** Checks that no value is null. */
    public Skipped {
        Objects.requireNonNull(document);
        Objects.requireNonNull(problem);
    }

    /** The document, line and problem as an error names them: {@code x.txt:3: invalid UTF-8 …}. */
    public String describe() {
        return document + (line > 0 ? ":" + line : "") + ": " + problem;
    }
}
