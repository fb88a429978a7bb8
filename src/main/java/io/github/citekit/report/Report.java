package io.github.citekit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.citekit.format.CslJson;
import java.util.List;

/**
 * The report of one run: per document, what was found, what is missing and what looked wrong.
 *
 * @param documents one entry per document, in processing order
 */
public record Report(List<DocumentReport> documents) {

    /** Copies the list. */
    public Report {
        documents = List.copyOf(documents);
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
                .put("references", referenceCount()).put("citations", citationCount()).put("warnings", warningCount());
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
        return CslJson.pretty(root);
    }
}
