package io.github.citekit.model;

import java.util.Optional;

/**
 * The single-valued text fields of an {@link Item}, named as in CSL-JSON. Fields that CSL-JSON has no
 * variable for ({@link #LICENSE}) are written to its {@code custom} object.
 */
public enum Field {
    /** The work's title. */
    TITLE("title"),
    /** Journal, book or proceedings the work appears in. */
    CONTAINER_TITLE("container-title"),
    /** Series title. */
    COLLECTION_TITLE("collection-title"),
    /** The work's number within its series ("Research in Transportation Economics 17"). */
    COLLECTION_NUMBER("collection-number"),
    /** Volume. */
    VOLUME("volume"),
    /** Issue or number. */
    ISSUE("issue"),
    /** Page range, with a plain hyphen. */
    PAGE("page"),
    /** Total number of pages of a book. */
    NUMBER_OF_PAGES("number-of-pages"),
    /** Edition. */
    EDITION("edition"),
    /** Report or thesis genre, such as "PhD thesis". */
    GENRE("genre"),
    /** Report number. */
    NUMBER("number"),
    /** DOI, lower-case, without any prefix. */
    DOI("DOI"),
    /** URL. */
    URL("URL"),
    /** ISBN. */
    ISBN("ISBN"),
    /** ISSN of the journal or series, "1465-6914". */
    ISSN("ISSN"),
    /** PubMed identifier, digits only. */
    PMID("PMID"),
    /** PubMed Central identifier, "PMC" and digits. */
    PMCID("PMCID"),
    /** Publisher or issuing institution. */
    PUBLISHER("publisher"),
    /** Place of publication. */
    PUBLISHER_PLACE("publisher-place"),
    /** Language as a BCP 47 tag, such as {@code en} or {@code ru}. */
    LANGUAGE("language"),
    /** Abstract. */
    ABSTRACT("abstract"),
    /** Keywords as printed with an article, separated by commas ("geopolitics, Black Sea, ports"). */
    KEYWORD("keyword"),
    /** Free-text note. */
    NOTE("note"),
    /** Where an unpublished work stands, as printed: "in press", "forthcoming", "submitted", "в печати". */
    STATUS("status"),
    /** The article of a law gazette where a law is printed ("Ст. 3448" of "Собрание законодательства РФ"). */
    SECTION("section"),
    /** The version of software or a dataset, as printed: "1.3.0" of "(Version 1.3.0)", "0.2.1" of "R package version 0.2.1". */
    VERSION("version"),
    /** The repository or archive that holds a work, such as a thesis: "Oxford Research Archive". */
    ARCHIVE("archive"),
    /** The court that decided a case ("9th Cir."), or another issuing authority. */
    AUTHORITY("authority"),
    /** A pinpoint locator printed with a reference, such as a cited page. */
    LOCATOR("locator"),
    /** Licence, such as "CC BY-NC-ND 4.0" (kept in CSL-JSON's {@code custom}). */
    LICENSE("license", true);

    private final String cslName;
    private final boolean custom;

    Field(String cslName) {
        this(cslName, false);
    }

    Field(String cslName, boolean custom) {
        this.cslName = cslName;
        this.custom = custom;
    }

    /** The CSL-JSON variable name, or the key used inside {@code custom}. */
    public String cslName() {
        return cslName;
    }

    /** Whether CSL-JSON lacks this variable so that it lives in {@code custom}. */
    public boolean isCustom() {
        return custom;
    }

    /** The field with the given CSL-JSON name. */
    public static Optional<Field> fromCsl(String name) {
        for (Field f : values()) {
            if (f.cslName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
