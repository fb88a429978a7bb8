package io.github.citekit.internal.refs;

import io.github.citekit.model.Item;
import io.github.citekit.model.Source;

/** One reference string read by the shipped labeller and rules into its record, as the tests of parsing need it. */
final class ParsedReference {
    /** The shipped parser, loaded once for all the tests. */
    static final ReferenceParser PARSER = ReferenceParser.shipped();

    private ParsedReference() {
    }

    /** The record of {@code entry}, sourced as the first entry of a file "t.txt". */
    static Item parse(String entry) {
        return PARSER.toItem(PARSER.parse(entry), Source.reference("t.txt", 0, entry));
    }
}
