package io.github.citekit.model;

import java.util.List;
import java.util.Objects;

/**
 * One place a record comes from.
 *
 * @param document the file name of the corpus document (or of the sidecar file)
 * @param kind what the place is: an article, a reference-list entry or a sidecar
 * @param index 0-based position among the document's articles, or among its reference entries
 * @param text the original entry text for references; empty otherwise
 * @param fields for a sidecar, the CSL names of the fields it supplied; empty otherwise
 */
public record Source(String document, SourceKind kind, int index, String text, List<String> fields) {

    /** Normalises absent parts and copies the list. */
    public Source {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(kind, "kind");
        text = Objects.requireNonNullElse(text, "");
        fields = List.copyOf(Objects.requireNonNullElse(fields, List.of()));
        if (index < 0) {
            throw new IllegalArgumentException("negative index");
        }
    }

    /** The source of an article found in a corpus document. */
    public static Source article(String document, int index) {
        return new Source(document, SourceKind.ARTICLE, index, "", List.of());
    }

    /** The source of a reference-list entry, with its original text. */
    public static Source reference(String document, int index, String text) {
        return new Source(document, SourceKind.REFERENCE, index, text, List.of());
    }

    /** A compact label such as {@code 000_x.txt#article/1}, used in BibTeX and messages. */
    public String label() {
        return document + "#" + kind.label() + "/" + index;
    }
}
