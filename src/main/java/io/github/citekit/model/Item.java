package io.github.citekit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One bibliographic record, shaped like a CSL-JSON item: a type, text fields, names by role, dates,
 * plus what CSL lacks (affiliations, alternative DOIs) and where the record came from.
 * Instances are immutable; change one through {@link #toBuilder()}.
 */
public final class Item {
    private final String citationKey;
    private final ItemType type;
    private final Map<Field, String> fields;
    private final Map<NameRole, List<Name>> names;
    private final Set<NameRole> etAl;
    private final DateParts issued;
    private final DateParts accessed;
    private final DateParts original;
    private final List<String> affiliations;
    private final List<String> alternativeDois;
    private final List<Source> sources;
    private final List<String> warnings;

    private Item(Builder b) {
        this.citationKey = b.citationKey;
        this.type = b.type;
        this.fields = Collections.unmodifiableMap(new EnumMap<>(b.fields));
        EnumMap<NameRole, List<Name>> n = new EnumMap<>(NameRole.class);
        b.names.forEach((role, list) -> {
            if (!list.isEmpty()) {
                n.put(role, List.copyOf(list));
            }
        });
        this.names = Collections.unmodifiableMap(n);
        java.util.EnumSet<NameRole> more = java.util.EnumSet.noneOf(NameRole.class);
        b.etAl.stream().filter(n::containsKey).forEach(more::add); // "et al." needs a name before it
        this.etAl = Collections.unmodifiableSet(more);
        this.issued = b.issued;
        this.accessed = b.accessed;
        this.original = b.original;
        this.affiliations = List.copyOf(new LinkedHashSet<>(b.affiliations));
        this.alternativeDois = List.copyOf(new LinkedHashSet<>(b.alternativeDois));
        this.sources = List.copyOf(b.sources);
        this.warnings = List.copyOf(new LinkedHashSet<>(b.warnings));
    }

    /** A new, empty builder of the given type. */
    public static Builder builder(ItemType type) {
        return new Builder(type);
    }

    /** A builder holding this item's values. */
    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.citationKey = citationKey;
        b.fields.putAll(fields);
        names.forEach((r, l) -> b.names.put(r, new ArrayList<>(l)));
        b.etAl.addAll(etAl);
        b.issued = issued;
        b.accessed = accessed;
        b.original = original;
        b.affiliations.addAll(affiliations);
        b.alternativeDois.addAll(alternativeDois);
        b.sources.addAll(sources);
        b.warnings.addAll(warnings);
        return b;
    }

    /** The citation key (also the CSL-JSON {@code id}), once a bibliography has assigned one. */
    public Optional<String> citationKey() {
        return Optional.ofNullable(citationKey);
    }

    /** The CSL type. */
    public ItemType type() {
        return type;
    }

    /** The value of a text field. */
    public Optional<String> get(Field field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** All text fields that have a value, in {@link Field} order. */
    public Map<Field, String> fields() {
        return fields;
    }

    /** The title. */
    public Optional<String> title() {
        return get(Field.TITLE);
    }

    /** The DOI chosen for this record. */
    public Optional<String> doi() {
        return get(Field.DOI);
    }

    /** The names in one role, in order; empty when there are none. */
    public List<Name> names(NameRole role) {
        return names.getOrDefault(role, List.of());
    }

    /** The authors, in order. */
    public List<Name> authors() {
        return names(NameRole.AUTHOR);
    }

    /** All roles that have names. */
    public Map<NameRole, List<Name>> allNames() {
        return names;
    }

    /**
     * Whether the names in a role were printed cut short, "Smith, J. et al.", "Иванов И. И. [и др.]": the
     * work has more of them than {@link #names(NameRole)} lists. BibTeX writes this as "and others".
     */
    public boolean etAl(NameRole role) {
        return etAl.contains(role);
    }

    /** The date of publication. */
    public Optional<DateParts> issued() {
        return Optional.ofNullable(issued);
    }

    /** The date a web resource was accessed. */
    public Optional<DateParts> accessed() {
        return Optional.ofNullable(accessed);
    }

    /** The date of the first edition of a work cited in a later one: 1962 of APA's "(1962/2012)". */
    public Optional<DateParts> originalDate() {
        return Optional.ofNullable(original);
    }

    /** The authors' affiliations as printed, in order, without repeats. */
    public List<String> affiliations() {
        return affiliations;
    }

    /** Other DOIs seen for this work but not chosen as its {@link #doi()}. */
    public List<String> alternativeDois() {
        return alternativeDois;
    }

    /** Every place this record was found. */
    public List<Source> sources() {
        return sources;
    }

    /** Problems found while building this record, such as a missing title or an ambiguous DOI. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Item other)) {
            return false;
        }
        return Objects.equals(citationKey, other.citationKey) && type == other.type
                && fields.equals(other.fields) && names.equals(other.names) && etAl.equals(other.etAl)
                && Objects.equals(issued, other.issued) && Objects.equals(accessed, other.accessed)
                && Objects.equals(original, other.original)
                && affiliations.equals(other.affiliations) && alternativeDois.equals(other.alternativeDois)
                && sources.equals(other.sources) && warnings.equals(other.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citationKey, type, fields, names, etAl, issued, accessed, original, affiliations,
                alternativeDois, sources, warnings);
    }

    @Override
    public String toString() {
        return "Item{" + (citationKey == null ? "" : citationKey + ", ") + type.cslName() + ", " + fields
                + ", " + names + (etAl.isEmpty() ? "" : ", et al. in " + etAl) + (issued == null ? "" : ", issued=" + issued.iso())
                + (accessed == null ? "" : ", accessed=" + accessed.iso())
                + (original == null ? "" : ", original=" + original.iso()) + ", sources=" + sources
                + (warnings.isEmpty() ? "" : ", warnings=" + warnings) + "}";
    }

    /** Builds {@link Item}s. Blank values are ignored, so callers need not check for them. */
    public static final class Builder {
        private String citationKey;
        private ItemType type;
        private final EnumMap<Field, String> fields = new EnumMap<>(Field.class);
        private final EnumMap<NameRole, List<Name>> names = new EnumMap<>(NameRole.class);
        private final java.util.EnumSet<NameRole> etAl = java.util.EnumSet.noneOf(NameRole.class);
        private DateParts issued;
        private DateParts accessed;
        private DateParts original;
        private final List<String> affiliations = new ArrayList<>();
        private final List<String> alternativeDois = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder(ItemType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /** Sets the type. */
        public Builder type(ItemType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /** The type set so far. */
        public ItemType type() {
            return type;
        }

        /** Sets the citation key; blank removes it. */
        public Builder citationKey(String key) {
            this.citationKey = key == null || key.isBlank() ? null : key.strip();
            return this;
        }

        /** Sets a field; a blank value removes it. */
        public Builder set(Field field, String value) {
            if (value == null || value.isBlank()) {
                fields.remove(field);
            } else {
                fields.put(field, value.strip());
            }
            return this;
        }

        /** The value set so far for a field. */
        public Optional<String> get(Field field) {
            return Optional.ofNullable(fields.get(field));
        }

        /** Replaces the names in a role. */
        public Builder names(NameRole role, List<Name> list) {
            names.put(role, new ArrayList<>(list));
            return this;
        }

        /** Appends one name to a role. */
        public Builder addName(NameRole role, Name name) {
            names.computeIfAbsent(role, r -> new ArrayList<>()).add(name);
            return this;
        }

        /** Marks or unmarks the names in a role as cut short by "et al." (see {@link Item#etAl}). */
        public Builder etAl(NameRole role, boolean cutShort) {
            if (cutShort) {
                etAl.add(role);
            } else {
                etAl.remove(role);
            }
            return this;
        }

        /** The names set so far in a role. */
        public List<Name> names(NameRole role) {
            return Collections.unmodifiableList(names.getOrDefault(role, List.of()));
        }

        /** Sets or, with null, clears the date of publication. */
        public Builder issued(DateParts date) {
            this.issued = date;
            return this;
        }

        /** The date of publication set so far. */
        public Optional<DateParts> issued() {
            return Optional.ofNullable(issued);
        }

        /** Sets or, with null, clears the access date. */
        public Builder accessed(DateParts date) {
            this.accessed = date;
            return this;
        }

        /** Sets or, with null, clears the date of the first edition. */
        public Builder originalDate(DateParts date) {
            this.original = date;
            return this;
        }

        /** Appends an affiliation. */
        public Builder addAffiliation(String affiliation) {
            if (affiliation != null && !affiliation.isBlank()) {
                affiliations.add(affiliation.strip());
            }
            return this;
        }

        /** Replaces the affiliations. */
        public Builder affiliations(List<String> list) {
            affiliations.clear();
            list.forEach(this::addAffiliation);
            return this;
        }

        /** Appends a DOI seen for this work but not chosen. */
        public Builder addAlternativeDoi(String doi) {
            if (doi != null && !doi.isBlank()) {
                alternativeDois.add(doi.strip());
            }
            return this;
        }

        /** Appends a source. */
        public Builder addSource(Source source) {
            sources.add(Objects.requireNonNull(source));
            return this;
        }

        /** Replaces the sources. */
        public Builder sources(List<Source> list) {
            sources.clear();
            sources.addAll(list);
            return this;
        }

        /** Appends a warning. */
        public Builder addWarning(String warning) {
            if (warning != null && !warning.isBlank()) {
                warnings.add(warning.strip());
            }
            return this;
        }

        /** Replaces the warnings. */
        public Builder warnings(List<String> list) {
            warnings.clear();
            list.forEach(this::addWarning);
            return this;
        }

        /** The finished, immutable item. */
        public Item build() {
            return new Item(this);
        }
    }
}
