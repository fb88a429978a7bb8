package io.github.citekit.internal.dedupe;

import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.Source;
import io.github.citekit.model.SourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles of one issue document share its journal, issue and year. Once one of them is identified (it
 * carries a container title and a year, for instance through its duplicate on a cover page), the others
 * inherit what they lack, with an {@code inferred} source naming the sibling they were inferred from.
 */
public final class Siblings {
    private Siblings() {
    }

    /** The records with issue facts shared among sibling articles. */
    public static List<Item> infer(List<Item> items) {
        Map<String, List<Integer>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (Source s : items.get(i).sources()) {
                if (s.kind() == SourceKind.ARTICLE) {
                    byDocument.computeIfAbsent(s.document(), k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Item> out = new ArrayList<>(items);
        for (var e : byDocument.entrySet()) {
            List<Integer> articles = e.getValue();
            if (articles.size() < 2) {
                continue;
            }
            Integer identified = null;
            for (int i : articles) {
                Item it = items.get(i);
                if (it.get(Field.CONTAINER_TITLE).isPresent() && it.issued().isPresent()) {
                    identified = i;
                    break;
                }
            }
            if (identified == null) {
                continue;
            }
            Item known = items.get(identified);
            int siblingIndex = known.sources().stream().filter(s -> s.kind() == SourceKind.ARTICLE
                    && s.document().equals(e.getKey())).findFirst().orElseThrow().index();
            for (int i : articles) {
                Item it = out.get(i);
                if (i == identified || it.get(Field.CONTAINER_TITLE).isPresent()) {
                    continue;
                }
                Item.Builder b = it.toBuilder();
                List<String> fields = new ArrayList<>();
                for (Field f : List.of(Field.CONTAINER_TITLE, Field.VOLUME, Field.ISSUE)) {
                    if (known.get(f).isPresent() && it.get(f).isEmpty()) {
                        b.set(f, known.get(f).get());
                        fields.add(f.cslName());
                    }
                }
                if (it.issued().isEmpty()) {
                    b.issued(DateParts.ofYear(known.issued().get().year()));
                    fields.add("issued");
                }
                b.addSource(new Source(e.getKey(), SourceKind.INFERRED, siblingIndex, "", fields));
                out.set(i, b.build());
            }
        }
        return out;
    }
}
