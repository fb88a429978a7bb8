package io.github.citekit.report;

import java.util.List;

/**
 * The fields a record lacks.
 *
 * @param kind {@code article} or {@code reference}
 * @param index the record's 0-based position among the document's articles or references
 * @param fields the CSL names of the missing fields
 */
public record Missing(String kind, int index, List<String> fields) {

    /** Copies the list. */
    public Missing {
        fields = List.copyOf(fields);
    }
}
