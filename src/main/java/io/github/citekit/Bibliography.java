package io.github.citekit;

import io.github.citekit.format.BibTeX;
import io.github.citekit.format.CslJson;
import io.github.citekit.internal.AtomicFiles;
import io.github.citekit.model.Item;
import io.github.citekit.report.Report;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a run: the records with their citation keys, in a fixed order (documents by name; in each,
 * articles then references), and the report. Immutable.
 */
public final class Bibliography {
    /** File names written by {@link #writeTo(Path)}. */
    public static final String BIBTEX_FILE = "references.bib";
    /** CSL-JSON file name. */
    public static final String CSL_JSON_FILE = "references.json";
    /** Report file name. */
    public static final String REPORT_FILE = "report.json";

    private final List<Item> items;
    private final Report report;

    Bibliography(List<Item> items, Report report) {
        this.items = List.copyOf(items);
        this.report = report;
    }

    /** The records, each with a unique citation key. */
    public List<Item> items() {
        return items;
    }

    /** What was found and missed, per document. */
    public Report report() {
        return report;
    }

    /** The records as BibTeX (biblatex flavour, UTF-8). */
    public String toBibTeX() {
        return BibTeX.write(items);
    }

    /** The records as a CSL-JSON array. */
    public String toCslJson() {
        return CslJson.write(items);
    }

    /**
     * Writes {@code references.bib}, {@code references.json} and {@code report.json} into {@code dir},
     * creating it if needed. Each file is written to a temporary file and moved into place, so a
     * failure leaves no partial file behind.
     *
     * @throws CitekitException when the directory cannot be written
     */
    public void writeTo(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(BIBTEX_FILE, toBibTeX());
        files.put(CSL_JSON_FILE, toCslJson());
        files.put(REPORT_FILE, report.toJson());
        AtomicFiles.writeAll(dir, files);
    }
}
