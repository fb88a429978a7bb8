package io.github.citekit.model;

import java.util.Objects;

/**
 * A person's name split into family and given parts, or an organisation's name kept whole as a literal.
 * Absent parts are empty strings, never null.
 *
 * @param family the family name, with any particle ("de Roever"); empty for a literal
 * @param given the given names or initials; may be empty
 * @param literal an organisation or unsplittable name; empty for a person
 * @param suffix what follows the name: "Jr.", "III", "2nd"; may be empty
 */
public record Name(String family, String given, String literal, String suffix) {

    /** Normalises absent parts to empty strings. */
    public Name {
        family = Objects.requireNonNullElse(family, "").strip();
        given = Objects.requireNonNullElse(given, "").strip();
        literal = Objects.requireNonNullElse(literal, "").strip();
        suffix = Objects.requireNonNullElse(suffix, "").strip();
    }

    /** A name without a suffix. */
    public Name(String family, String given, String literal) {
        this(family, given, literal, "");
    }

    /** A person's name. */
    public static Name of(String family, String given) {
        return new Name(family, given, "", "");
    }

    /** A person's name with a suffix ("King", "Martin Luther", "Jr."). */
    public static Name of(String family, String given, String suffix) {
        return new Name(family, given, "", suffix);
    }

    /** This name with {@code suffix} as its suffix. */
    public Name withSuffix(String suffix) {
        return new Name(family, given, literal, suffix);
    }

    /** An organisation's or otherwise unsplittable name. */
    public static Name literal(String literal) {
        return new Name("", "", literal);
    }

    /** Whether this is a literal (organisation) name. */
    public boolean isLiteral() {
        return !literal.isEmpty();
    }

    /** The name as read: "Given Family", "Given Family, Suffix", or the literal. */
    public String display() {
        if (isLiteral()) {
            return literal;
        }
        String name = given.isEmpty() ? family : given + " " + family;
        return suffix.isEmpty() ? name : name + ", " + suffix;
    }
}
