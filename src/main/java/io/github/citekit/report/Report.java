package io.github.citekit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.citekit.format.CslJson;
import java.util.List;

/**
 * The report of one run: per document, what was found, what is missing and what looked wrong.
 *
 * @param documents one entry per document, in processing order
 * @param merges the records merged as one work, with evidence and conflicts
 * @param nearMisses similar records kept apart, with the reason
 * @param skipped the documents left out because they could not be read (none unless asked for)
 */
public record Report(List<DocumentReport> documents, List<Merge> merges, List<PairEvidence> nearMisses,
        List<Skipped> skipped) {

    /** Copies the lists. */
    public Report {
        documents = List.copyOf(documents);
        merges = List.copyOf(merges);
        nearMisses = List.copyOf(nearMisses);
        skipped = List.copyOf(skipped);
    }

    /** A report with no skipped document. */
    public Report(List<DocumentReport> documents, List<Merge> merges, List<PairEvidence> nearMisses) {
        this(documents, merges, nearMisses, List.of());
    }

    /** Total articles over all documents. */
    public int articleCount() {
        return documents.stream().mapToInt(DocumentReport::articles).sum();
    }

    /** Total reference entries over all documents. */
    public int referenceCount() {
        return documents.stream().mapToInt(DocumentReport::references).sum();
    }

    /** Total in-text citations over all documents. */
    public int citationCount() {
        return documents.stream().mapToInt(d -> d.citations().size()).sum();
    }

    /** Total warnings over all documents. */
    public int warningCount() {
        return documents.stream().mapToInt(d -> d.warnings().size()).sum();
    }

    /** The report as the JSON written to {@code report.json}. */
    public String toJson() {
        ObjectNode root = CslJson.mapper().createObjectNode();
        ObjectNode totals = root.putObject("totals");
        totals.put("documents", documents.size()).put("articles", articleCount())
                .put("references", referenceCount()).put("citations", citationCount()).put("merges", merges.size())
                .put("warnings", warningCount());
        if (!skipped.isEmpty()) { // only when asked for, so that a run that reads everything reports as before
            totals.put("skipped", skipped.size());
            ArrayNode skip = root.putArray("skipped");
            for (Skipped k : skipped) {
                skip.addObject().put("document", k.document()).put("line", k.line()).put("problem", k.problem());
            }
        }
        ArrayNode docs = root.putArray("documents");
        for (DocumentReport d : documents) {
            ObjectNode o = docs.addObject();
            o.put("document", d.document()).put("articles", d.articles()).put("references", d.references());
            if (!d.sidecar().isEmpty()) {
                o.put("sidecar", d.sidecar());
            }
            ArrayNode missing = o.putArray("missing");
            for (Missing m : d.missing()) {
                ObjectNode mo = missing.addObject().put("kind", m.kind()).put("index", m.index());
                ArrayNode f = mo.putArray("fields");
                m.fields().forEach(f::add);
            }
            ArrayNode w = o.putArray("warnings");
            d.warnings().forEach(w::add);
            ArrayNode citations = o.putArray("citations");
            for (CitationRecord c : d.citations()) {
                ObjectNode co = citations.addObject().put("document", d.document()).put("text", c.text())
                        .put("line", c.line());
                ArrayNode refs = co.putArray("references");
                c.references().forEach(refs::add);
            }
            ArrayNode uncited = o.putArray("uncited_references");
            d.uncited().forEach(uncited::add);
            ArrayNode unresolved = o.putArray("unresolved_citations");
            d.unresolved().forEach(c -> unresolved.add(c.text()));
        }
        ArrayNode mergeArray = root.putArray("merges");
        for (Merge m : merges) {
            ObjectNode mo = mergeArray.addObject().put("key", m.key());
            ArrayNode members = mo.putArray("members");
            m.members().forEach(members::add);
            ArrayNode ev = mo.putArray("evidence");
            m.evidence().forEach(e -> ev.add(evidence(e)));
            ArrayNode conflicts = mo.putArray("conflicts");
            for (Conflict c : m.conflicts()) {
                ObjectNode co = conflicts.addObject().put("field", c.field());
                ArrayNode values = co.putArray("values");
                c.values().forEach(values::add);
                co.put("chosen", c.chosen()).put("reason", c.reason());
            }
        }
        ArrayNode near = root.putArray("near_misses");
        nearMisses.forEach(e -> near.add(evidence(e)));
        return CslJson.pretty(root);
    }

    private static ObjectNode evidence(PairEvidence e) {
        return CslJson.mapper().createObjectNode().put("first", e.first()).put("second", e.second()).put("doi", e.doi())
                .put("title_similarity", e.titleSimilarity()).put("author_overlap", e.authorOverlap())
                .put("year_gap", e.yearGap()).put("decision", e.decision());
    }
}
