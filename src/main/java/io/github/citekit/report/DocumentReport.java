package io.github.citekit.report;

import java.util.List;
import java.util.Objects;

/**
 * What was found in one corpus document.
 *
 * @param document the file name
 * @param articles how many articles it holds
 * @param references how many reference-list entries it holds
 * @param sidecar the sidecar metadata file applied, or empty
 * @param missing the fields each record lacks
 * @param warnings problems, each prefixed by the record it concerns
 * @param citations the in-text citations, in document order
 * @param uncited the 0-based indices of reference entries no citation points to
 */
public record DocumentReport(String document, int articles, int references, String sidecar, List<Missing> missing,
        List<String> warnings, List<CitationRecord> citations, List<Integer> uncited) {

    /** Copies the lists. */
    public DocumentReport {
        Objects.requireNonNull(document);
        sidecar = Objects.requireNonNullElse(sidecar, "");
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
        citations = List.copyOf(citations);
        uncited = List.copyOf(uncited);
    }

    /** The citations that point to no entry. */
    public List<CitationRecord> unresolved() {
        return citations.stream().filter(c -> c.references().isEmpty()).toList();
    }
}
