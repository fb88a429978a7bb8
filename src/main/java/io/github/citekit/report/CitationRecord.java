package io.github.citekit.report;

import java.util.List;

/**
 * An in-text citation found in a document.
 *
 * @param text the citation as printed
 * @param line the 1-based line it is on
 * @param references 0-based indices of the document's reference entries it cites; empty when unresolved
 */
public record CitationRecord(String text, int line, List<Integer> references) {

    /** Copies the list. */
    public CitationRecord {
        references = List.copyOf(references);
    }
}
