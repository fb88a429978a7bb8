package io.github.citekit.internal;

import io.github.citekit.CitekitException;
import io.github.citekit.format.BibTeX;
import io.github.citekit.format.CslJson;
import io.github.citekit.internal.text.TextLoader;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import io.github.citekit.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * User-supplied metadata next to a document: {@code NAME.bib} or {@code NAME.json} (CSL-JSON) beside
 * {@code NAME.txt}. Its i-th entry describes the document's i-th article and its fields win over
 * extracted ones; the record's provenance lists the sidecar and the fields it gave.
 */
public final class Sidecars {
    private Sidecars() {
    }

    /** The sidecar file of a document, if there is one. */
    public static Optional<Path> find(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        for (String ext : List.of(".bib", ".json")) {
            Path p = document.resolveSibling(stem + ext);
            if (!p.equals(document) && Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether a file is a sidecar of some document in the same folder. */
    public static boolean isSidecar(Path file, List<Path> documents) {
        return documents.stream().anyMatch(d -> !d.equals(file) && find(d).map(file::equals).orElse(false));
    }

    /** Reads a sidecar's entries. */
    public static List<Item> read(Path sidecar) {
        String name = sidecar.getFileName().toString();
        String text = TextLoader.load(sidecar, sidecar.toString());
        List<Item> items = name.endsWith(".bib") ? BibTeX.read(text, sidecar.toString())
                : CslJson.read(text, sidecar.toString());
        if (items.isEmpty()) {
            throw new CitekitException(sidecar.toString(), 0, "sidecar holds no entry");
        }
        return items;
    }

    /** The articles with the sidecar's entries applied, one entry per article in order. */
    public static List<Item> apply(List<Item> articles, List<Item> entries, String sidecarName, String document) {
        List<Item> out = new ArrayList<>();
        int n = Math.max(articles.size(), entries.size());
        for (int i = 0; i < n; i++) {
            if (i >= entries.size()) {
                out.add(articles.get(i));
                continue;
            }
            Item entry = entries.get(i);
            Item.Builder b = i < articles.size() ? articles.get(i).toBuilder()
                    : Item.builder(entry.type()).addSource(Source.article(document, i));
            List<String> given = new ArrayList<>();
            b.type(entry.type());
            given.add("type");
            for (var f : entry.fields().entrySet()) {
                b.set(f.getKey(), f.getValue());
                given.add(f.getKey().cslName());
            }
            for (var names : entry.allNames().entrySet()) {
                b.names(names.getKey(), names.getValue()).etAl(names.getKey(), entry.etAl(names.getKey()));
                given.add(names.getKey().cslName());
            }
            entry.issued().ifPresent(d -> {
                b.issued(d);
                given.add("issued");
            });
            entry.originalDate().ifPresent(d -> {
                b.originalDate(d);
                given.add("original-date");
            });
            entry.accessed().ifPresent(d -> {
                b.accessed(d);
                given.add("accessed");
            });
            if (!entry.affiliations().isEmpty()) {
                b.affiliations(entry.affiliations());
                given.add("affiliations");
            }
            b.addSource(new Source(sidecarName, SourceKind.SIDECAR, i, "", given));
            out.add(b.build());
        }
        return out;
    }

    /** The CSL names of the core fields a record lacks: title, author, issued. */
    public static List<String> missingCore(Item item) {
        List<String> missing = new ArrayList<>();
        if (item.title().isEmpty()) {
            missing.add(Field.TITLE.cslName());
        }
        if (item.names(NameRole.AUTHOR).isEmpty() && item.names(NameRole.EDITOR).isEmpty()) {
            missing.add(NameRole.AUTHOR.cslName());
        }
        if (item.issued().isEmpty()) {
            missing.add("issued");
        }
        return missing;
    }
}
