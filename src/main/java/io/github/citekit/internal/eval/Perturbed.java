package io.github.citekit.internal.eval;

import com.ibm.icu.text.Transliterator;
import io.github.citekit.internal.extract.Names;
import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic records for the deduplication benchmark, built from the labelled references' own title words,
 * names and venues: each work's title draws words as often as real titles use them, and it has one to
 * four copies perturbed as real citations differ (spelling, punctuation, initials for given names,
 * abbreviated venues, Latin transliteration of Cyrillic).
 */
public final class Perturbed {
    private Perturbed() {
    }

    /** What was generated: the records and, per record, the id of the work it copies. */
    public record Data(List<Item> items, int[] work) {
    }

    /** About {@code n} records from the labelled reference files, reproducibly from {@code seed}. */
    public static Data generate(List<Path> files, int n, long seed) {
        List<LabelledReference> base = new ArrayList<>();
        files.forEach(f -> base.addAll(LabelledReference.read(f)));
        List<String> titles = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<String> venues = new ArrayList<>();
        for (LabelledReference r : base) {
            r.expected().computeIfPresent("title", (k, v) -> {
                titles.add(v);
                return v;
            });
            r.expected().computeIfPresent("author", (k, v) -> {
                authors.add(v);
                return v;
            });
            r.expected().computeIfPresent("container-title", (k, v) -> {
                venues.add(v);
                return v;
            });
        }
        List<String> vocabulary = new ArrayList<>();
        titles.forEach(t -> vocabulary.addAll(List.of(t.toLowerCase(java.util.Locale.ROOT).split("[\\s,.:;()]+"))));
        vocabulary.removeIf(String::isEmpty);
        Random random = new Random(seed);
        Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        List<Item> items = new ArrayList<>(n + 4);
        int[] work = new int[n + 4];
        int w = 0;
        while (items.size() < n) {
            // a distinct work: title words drawn as often as they occur in real titles
            int length = 5 + random.nextInt(6);
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < length; k++) {
                t.append(k == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            String title = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            List<Name> names = Names.parseList(authors.get(random.nextInt(authors.size())));
            String venue = venues.get(random.nextInt(venues.size()));
            int year = 1950 + random.nextInt(72);
            int copies = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(4));
            for (int c = 0; c < copies && items.size() < n; c++) {
                Item.Builder b = Item.builder(ItemType.ARTICLE_JOURNAL)
                        .set(Field.TITLE, c == 0 ? title : perturbTitle(title, random, latin))
                        .set(Field.CONTAINER_TITLE, c == 0 ? venue : abbreviate(venue, random))
                        .issued(DateParts.ofYear(year)).addSource(Source.reference("synthetic", items.size(), ""));
                for (Name nm : names) {
                    b.addName(NameRole.AUTHOR, c > 0 && random.nextBoolean() && !nm.given().isEmpty()
                            ? Name.of(nm.family(), nm.given().charAt(0) + ".") : nm);
                }
                work[items.size()] = w;
                items.add(b.build());
            }
            w++;
        }
        int[] trimmed = new int[items.size()];
        System.arraycopy(work, 0, trimmed, 0, items.size());
        return new Data(items, trimmed);
    }

    private static String perturbTitle(String title, Random random, Transliterator latin) {
        String t = title;
        switch (random.nextInt(4)) {
            case 0 -> { // a typo
                int at = random.nextInt(Math.max(1, t.length() - 2));
                t = t.substring(0, at) + t.charAt(at + 1) + t.charAt(at) + t.substring(at + 2);
            }
            case 1 -> t = t.toUpperCase(java.util.Locale.ROOT).replace(",", "").replace(":", " -");
            case 2 -> t = latin.transliterate(t);
            default -> t = t.replace(" and ", " & ") + ".";
        }
        return t;
    }

    private static String abbreviate(String venue, Random random) {
        if (random.nextBoolean()) {
            return venue;
        }
        StringBuilder s = new StringBuilder();
        for (String word : venue.split("\\s+")) {
            s.append(word.length() > 4 ? word.substring(0, 4) + ". " : word + " ");
        }
        return s.toString().strip();
    }
}
