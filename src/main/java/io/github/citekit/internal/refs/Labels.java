package io.github.citekit.internal.refs;

import java.util.List;

/** The token classes of the reference labeller: the scored fields of a reference plus {@code O}. */
public final class Labels {
    /** Outside any field: punctuation and words such as "In", "pp.", "eds.". */
    public static final String OTHER = "O";
    /** Every field label, in output order. */
    public static final List<String> FIELDS = List.of("author", "editor", "translator", "title", "container-title",
            "collection-title", "date", "volume", "issue", "page", "number-of-pages", "edition", "publisher",
            "publisher-place", "institution", "genre", "DOI", "URL", "ISBN", "note");

    /**
     * A film's director: given by a rule ({@link RoleLabels#filmCredits}), never by the labeller, whose training data
     * labels no directors; outside {@link #FIELDS} and so outside the metric's fields.
     */
    public static final String DIRECTOR = "director";

    /** A film's producer: given by a rule ({@link RoleLabels#filmRolesInBrackets}) and outside {@link #FIELDS}, as {@link #DIRECTOR}. */
    public static final String PRODUCER = "producer";

    private Labels() {
    }
}
