package io.github.citekit.internal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.citekit.CitekitException;
import io.github.citekit.format.CslJson;
import io.github.citekit.internal.dedupe.Clusters;
import io.github.citekit.internal.extract.Names;
import io.github.citekit.internal.refs.ReferenceParser;
import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise precision, recall and F1 of deduplication: on Cora-style records (raw reference strings with a
 * gold cluster label: parsed, then clustered) and on DBLP–ACM linking (structured records of two sources
 * and a gold mapping between them).
 */
public final class DedupeEvaluation {
    private DedupeEvaluation() {
    }

    /**
     * Pairwise scores.
     *
     * @param truePositives predicted pairs that are gold pairs
     * @param predicted all predicted pairs
     * @param gold all gold pairs
     * @param records records clustered
     * @param seconds time taken to parse and cluster
     */
    public record Scores(long truePositives, long predicted, long gold, int records, double seconds) {

        /** Precision. */
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        /** Recall. */
        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        /** F1. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /**
         * Pairwise scores of {@code groups} (clusters of record indices) against gold labels: two records
         * belong together when their labels are equal.
         */
        public static Scores pairwise(List<List<Integer>> groups, List<?> labels, int records, double seconds) {
            long predicted = 0;
            long correct = 0;
            for (List<Integer> g : groups) {
                for (int a = 0; a < g.size(); a++) {
                    for (int b = a + 1; b < g.size(); b++) {
                        predicted++;
                        if (labels.get(g.get(a)).equals(labels.get(g.get(b)))) {
                            correct++;
                        }
                    }
                }
            }
            Map<Object, Integer> sizes = new HashMap<>();
            labels.forEach(l -> sizes.merge(l, 1, Integer::sum));
            long gold = sizes.values().stream().mapToLong(s -> (long) s * (s - 1) / 2).sum();
            return new Scores(correct, predicted, gold, records, seconds);
        }

        /** One line of figures. */
        public String line(String name) {
            return String.format(Locale.ROOT, "%s: %d records, pairwise P %.4f R %.4f F1 %.4f (%d predicted, %d gold, "
                    + "%d correct pairs; %.1f s)", name, records, precision(), recall(), f1(), predicted, gold,
                    truePositives, seconds);
        }
    }

    /** Cora-style JSON lines {@code {id, cluster, raw}}: parse every raw string, cluster, score all pairs. */
    public static Scores cora(Path file) {
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        for (JsonNode n : lines(file)) {
            ids.add(n.path("id").asText());
            labels.add(n.path("cluster").asText());
            raws.add(n.path("raw").asText());
        }
        long start = System.nanoTime();
        ReferenceParser parser = ReferenceParser.shipped();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            items.add(parser.toItem(parser.parse(raws.get(i)), Source.reference(file.getFileName().toString(), i, raws.get(i))));
        }
        Clusters.Result result = Clusters.find(items, ids::get);
        double seconds = (System.nanoTime() - start) / 1e9;
        return Scores.pairwise(result.groups(), labels, items.size(), seconds);
    }

    /**
     * DBLP–ACM: {@code records.jsonl} ({@code {id, source, title, authors, venue, year}}) and
     * {@code perfect-mapping.jsonl} ({@code {dblp, acm}}) in one folder; scores the cross-source pairs.
     */
    public static Scores dblpAcm(Path folder) {
        List<JsonNode> records = lines(folder.resolve("records.jsonl"));
        List<Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            Item.Builder b = Item.builder(ItemType.PAPER_CONFERENCE).set(Field.TITLE, r.path("title").asText())
                    .set(Field.CONTAINER_TITLE, r.path("venue").asText())
                    .addSource(Source.reference("records.jsonl", i, ""));
            String authors = r.path("authors").asText("");
            if (!authors.isBlank()) {
                for (String a : authors.split("\\s*,\\s*")) {
                    b.addName(NameRole.AUTHOR, Names.parse(a));
                }
            }
            String year = r.path("year").asText("");
            if (year.matches("\\d{4}")) {
                b.issued(DateParts.ofYear(Integer.parseInt(year)));
            }
            items.add(b.build());
            ids.add(r.path("id").asText());
            sources.add(r.path("source").asText());
        }
        Clusters.Result result = Clusters.find(items, ids::get);
        double seconds = (System.nanoTime() - start) / 1e9;
        Set<String> gold = new HashSet<>();
        for (JsonNode m : lines(folder.resolve("perfect-mapping.jsonl"))) {
            gold.add(m.path("dblp").asText() + "|" + m.path("acm").asText());
        }
        long predicted = 0;
        long correct = 0;
        // clean-clean linkage: neither source repeats a work, so each cluster links its records one to one,
        // the most alike pairs first
        for (List<Integer> g : result.groups()) {
            record Link(int dblp, int acm, double affinity) {
            }
            List<Link> links = new ArrayList<>();
            for (int a : g) {
                for (int b : g) {
                    if (sources.get(a).equals("dblp") && sources.get(b).equals("acm")) {
                        links.add(new Link(a, b, Clusters.affinity(items.get(a), items.get(b))));
                    }
                }
            }
            links.sort(java.util.Comparator.comparingDouble((Link l) -> -l.affinity()).thenComparingInt(Link::dblp)
                    .thenComparingInt(Link::acm));
            Set<Integer> used = new HashSet<>();
            for (Link l : links) {
                if (used.contains(l.dblp()) || used.contains(l.acm())) {
                    continue;
                }
                used.add(l.dblp());
                used.add(l.acm());
                predicted++;
                if (gold.contains(ids.get(l.dblp()) + "|" + ids.get(l.acm()))) {
                    correct++;
                }
            }
        }
        return new Scores(correct, predicted, gold.size(), items.size(), seconds);
    }

    private static List<JsonNode> lines(Path file) {
        List<JsonNode> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    try {
                        out.add(CslJson.mapper().readTree(lines.get(i)));
                    } catch (IOException e) {
                        throw new CitekitException(file.toString(), i + 1, "not a JSON line: " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new CitekitException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }
}
