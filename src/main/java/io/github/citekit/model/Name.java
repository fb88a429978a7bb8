package io.github.citekit.model;

import java.util.Objects;

/**
 * A person's name split into family and given parts, or an organisation's name kept whole as a literal.
 * Absent parts are empty strings, never null.
 *
 * @param family the family name, with any particle ("de Roever"); empty for a literal
 * @param given the given names or initials; may be empty
 * @param literal an organisation or unsplittable name; empty for a person
 */
public record Name(String family, String given, String literal) {

    /** Normalises absent parts to empty strings. */
    public Name {
        family = Objects.requireNonNullElse(family, "").strip();
        given = Objects.requireNonNullElse(given, "").strip();
        literal = Objects.requireNonNullElse(literal, "").strip();
    }

    /** A person's name. */
    public static Name of(String family, String given) {
        return new Name(family, given, "");
    }

    /** An organisation's or otherwise unsplittable name. */
    public static Name literal(String literal) {
        return new Name("", "", literal);
    }

    /** Whether this is a literal (organisation) name. */
    public boolean isLiteral() {
        return !literal.isEmpty();
    }

    /** The name as read: "Given Family", or the literal. */
    public String display() {
        if (isLiteral()) {
            return literal;
        }
        return given.isEmpty() ? family : given + " " + family;
    }
}
