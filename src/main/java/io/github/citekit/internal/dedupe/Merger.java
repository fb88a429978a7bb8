package io.github.citekit.internal.dedupe;

import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.SourceKind;
import io.github.citekit.report.Conflict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the records of one work into one. Members are ranked by reliability — a corpus article over a
 * reference-list entry, a trusted DOI over an ambiguous one, then completeness — and each field takes
 * the best-ranked member's value; names come from the member that prints them most fully. Every source
 * is kept, DOIs not chosen stay as alternatives, and disagreements are reported with the reason.
 */
public final class Merger {
    private Merger() {
    }

    /**
     * A merged record and what its members disagreed on.
     *
     * @param item the merged record
     * @param conflicts the fields with more than one value
     */
    public record Merged(Item item, List<Conflict> conflicts) {
    }

    /** Merges {@code members} (in document order). */
    public static Merged merge(List<Item> members) {
        List<Profile> profiles = members.stream().map(Profile::new).toList();
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            ranked.add(i);
        }
        ranked.sort(Comparator.comparingInt((Integer i) -> -rank(members.get(i), profiles.get(i))).thenComparingInt(i -> i));
        Item best = members.get(ranked.get(0));
        Item.Builder b = Item.builder(best.type());
        List<Conflict> conflicts = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f == Field.DOI) {
                continue;
            }
            List<String> values = new ArrayList<>();
            String chosen = null;
            String from = null;
            for (int i : ranked) {
                Optional<String> v = members.get(i).get(f);
                if (v.isPresent() && chosen == null) {
                    chosen = v.get();
                    from = label(members.get(i));
                }
            }
            for (Item m : members) {
                m.get(f).filter(v -> values.stream().noneMatch(x -> Profile.ascii(x).equals(Profile.ascii(v))))
                        .ifPresent(values::add);
            }
            b.set(f, chosen);
            if (values.size() > 1 && f != Field.ABSTRACT && f != Field.KEYWORD) {
                conflicts.add(new Conflict(f.cslName(), values, chosen, "from the most reliable record, " + from));
            }
        }
        chooseDoi(members, profiles, ranked, b, conflicts);
        for (NameRole role : NameRole.values()) {
            List<Name> names = List.of();
            boolean etAl = false;
            int fullness = -1;
            // a Russian list's names and their transliteration in the English list after it: the names stay in the
            // script of the best-ranked record that has them, as its title does, however full the other's initials
            Boolean cyrillic = null;
            for (int i : ranked) {
                List<Name> n = members.get(i).names(role);
                if (n.isEmpty()) {
                    continue;
                }
                if (cyrillic == null) {
                    cyrillic = inCyrillic(n);
                } else if (cyrillic != inCyrillic(n)) {
                    continue;
                }
                int full = n.stream().mapToInt(x -> x.given().length() + x.literal().length()).sum();
                if (full > fullness) {
                    names = n;
                    etAl = members.get(i).etAl(role); // the mark belongs to the list it ends
                    fullness = full;
                }
            }
            if (!names.isEmpty()) {
                b.names(role, names).etAl(role, etAl);
            }
        }
        chooseDate(members, ranked, b, conflicts);
        for (int i : ranked) {
            members.get(i).affiliations().forEach(b::addAffiliation);
        }
        // the access date and the first edition's date, from the most reliable record that gives them
        ranked.stream().map(i -> members.get(i).accessed()).flatMap(Optional::stream).findFirst().ifPresent(b::accessed);
        ranked.stream().map(i -> members.get(i).originalDate()).flatMap(Optional::stream).findFirst().ifPresent(b::originalDate);
        for (Item m : members) {
            m.sources().forEach(b::addSource);
            m.warnings().forEach(b::addWarning);
        }
        return new Merged(b.build(), conflicts);
    }

    private static boolean inCyrillic(List<Name> names) {
        return names.stream().anyMatch(n -> (n.family() + n.literal()).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
    }

    private static int rank(Item item, Profile p) {
        boolean article = item.sources().stream().anyMatch(s -> s.kind() == SourceKind.ARTICLE);
        return (article ? 1000 : 0) + (p.dois.isEmpty() ? 0 : 100) + item.fields().size() * 2
                + (item.issued().isPresent() ? 5 : 0);
    }

    private static void chooseDoi(List<Item> members, List<Profile> profiles, List<Integer> ranked, Item.Builder b,
            List<Conflict> conflicts) {
        Set<String> all = new LinkedHashSet<>();
        members.forEach(m -> {
            m.doi().ifPresent(all::add);
            all.addAll(m.alternativeDois());
        });
        if (all.isEmpty()) {
            return;
        }
        String chosen = null;
        String reason = null;
        for (int i : ranked) {
            if (!profiles.get(i).dois.isEmpty()) {
                chosen = profiles.get(i).dois.iterator().next();
                reason = "printed for this article alone in " + label(members.get(i));
                break;
            }
        }
        if (chosen == null) {
            chosen = all.iterator().next();
            reason = "no DOI identifies this work with certainty; kept the first seen";
        }
        b.set(Field.DOI, chosen);
        for (String d : all) {
            if (!d.equals(chosen)) {
                b.addAlternativeDoi(d);
            }
        }
        if (all.size() > 1) {
            List<String> others = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                for (String d : profiles.get(i).ambiguousDois) {
                    others.add(d + " is printed under several articles of " + members.get(i).sources().get(0).document()
                            + ", so it identifies none of them");
                }
            }
            conflicts.add(new Conflict(Field.DOI.cslName(), new ArrayList<>(all), chosen,
                    reason + (others.isEmpty() ? "" : "; " + String.join("; ", others))));
        }
    }

    private static void chooseDate(List<Item> members, List<Integer> ranked, Item.Builder b, List<Conflict> conflicts) {
        DateParts chosen = null;
        for (int i : ranked) {
            Optional<DateParts> d = members.get(i).issued();
            if (d.isPresent() && (chosen == null || d.get().year() == chosen.year() && precision(d.get()) > precision(chosen))) {
                chosen = d.get();
            }
        }
        b.issued(chosen);
        Set<Integer> years = new LinkedHashSet<>();
        members.forEach(m -> m.issued().ifPresent(d -> years.add(d.year())));
        if (years.size() > 1 && chosen != null) {
            conflicts.add(new Conflict("issued", years.stream().map(String::valueOf).toList(),
                    String.valueOf(chosen.year()), "the most reliable record's year"));
        }
    }

    private static int precision(DateParts d) {
        return d.day() > 0 ? 2 : d.month() > 0 ? 1 : 0;
    }

    private static String label(Item item) {
        return item.sources().isEmpty() ? "(no source)" : item.sources().get(0).label();
    }
}
