package io.github.citekit.report;

import java.util.List;

/**
 * Members of a merge that disagree on a field.
 *
 * @param field the CSL field name
 * @param values the distinct values seen, in member order
 * @param chosen the value the merged record carries
 * @param reason why that value was chosen
 */
public record Conflict(String field, List<String> values, String chosen, String reason) {

    /** Copies the list. */
    public Conflict {
        values = List.copyOf(values);
    }
}
