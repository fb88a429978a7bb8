package io.github.citekit.internal.refs;

import java.util.List;

/**
 * An in-text citation and the reference entries it points to.
 *
 * @param text the citation as printed, such as "(Smith 2010, p. 5)" or "[3, 5–7]"
 * @param line the 1-based line it is on
 * @param references 0-based indices of the entries it cites; empty when it resolves to none
 */
public record Citation(String text, int line, List<Integer> references) {

    /** Copies the list. */
    public Citation {
        references = List.copyOf(references);
    }
}
