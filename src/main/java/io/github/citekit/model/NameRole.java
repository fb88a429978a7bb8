package io.github.citekit.model;

/** The roles a person or organisation can have on an {@link Item}. */
public enum NameRole {
    /** Author. */
    AUTHOR("author", "author"),
    /** Editor. */
    EDITOR("editor", "editor"),
    /** Translator. */
    TRANSLATOR("translator", "translator"),
    /** A film's director: biblatex's {@code editora} with {@code editoratype = {director}}, as pandoc reads it. */
    DIRECTOR("director", "editora"),
    /** A film's producer: biblatex's {@code editorb} with {@code editorbtype = {producer}}. */
    PRODUCER("producer", "editorb");

    private final String cslName;
    private final String bibtexName;

    NameRole(String cslName, String bibtexName) {
        this.cslName = cslName;
        this.bibtexName = bibtexName;
    }

    /** The CSL-JSON variable name. */
    public String cslName() {
        return cslName;
    }

    /** The BibTeX/biblatex field name. */
    public String bibtexName() {
        return bibtexName;
    }
}
