package io.github.citekit.model;

/** Where in a document a record's facts were found. */
public enum SourceKind {
    /** An article of a corpus document (its header, cover page or bio). */
    ARTICLE("article"),
    /** An entry of a reference list. */
    REFERENCE("reference"),
    /** A sidecar metadata file supplied by the user next to a document. */
    SIDECAR("sidecar"),
    /**
     * Facts inferred from a sibling article of the same issue document (its journal, issue, year), once
     * that sibling was identified; {@code index} is the sibling's article index.
     */
    INFERRED("inferred");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    /** The label used in outputs: {@code article}, {@code reference} or {@code sidecar}. */
    public String label() {
        return label;
    }

    /** The kind with the given label. */
    public static SourceKind fromLabel(String label) {
        for (SourceKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind: " + label);
    }
}
