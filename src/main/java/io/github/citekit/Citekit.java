package io.github.citekit;

import io.github.citekit.internal.Sidecars;
import io.github.citekit.internal.dedupe.Clusters;
import io.github.citekit.internal.dedupe.Merger;
import io.github.citekit.internal.dedupe.Siblings;
import io.github.citekit.internal.extract.ArticleExtractor;
import io.github.citekit.internal.keys.CitationKeys;
import io.github.citekit.internal.refs.Citation;
import io.github.citekit.internal.refs.CitationLinker;
import io.github.citekit.internal.refs.RawEntry;
import io.github.citekit.internal.refs.ReferenceLists;
import io.github.citekit.internal.refs.ReferenceParser;
import io.github.citekit.internal.text.Document;
import io.github.citekit.internal.text.Mojibake;
import io.github.citekit.internal.text.Normalizer;
import io.github.citekit.internal.text.TextLoader;
import io.github.citekit.internal.text.Vocabulary;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import io.github.citekit.model.SourceKind;
import io.github.citekit.report.CitationRecord;
import io.github.citekit.report.DocumentReport;
import io.github.citekit.report.Merge;
import io.github.citekit.report.Missing;
import io.github.citekit.report.Report;
import io.github.citekit.report.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entry point of citekit: turns article texts into a {@link Bibliography}.
 *
 * <pre>{@code
 * Bibliography bib = Citekit.create().processDirectory(Path.of("corpus"));
 * bib.writeTo(Path.of("bibliography"));          // references.bib, references.json, report.json
 * String bibtex = bib.toBibTeX();
 * }</pre>
 *
 * Reference strings an application already has are parsed, deduplicated and keyed by the same means:
 * {@link #parseReferences}, {@link #deduplicate}, {@link #assignCitationKeys}.
 *
 * Instances are immutable and thread-safe. Bad input raises {@link CitekitException} naming the file and
 * line; nothing is written then. With {@link Options#skipUnreadable()}, a document that cannot be read is
 * left out instead and listed in the report's {@link io.github.citekit.report.Report#skipped()}.
 */
public final class Citekit {
    private final Options options;

    private Citekit(Options options) {
        this.options = options;
    }

    /** A processor with the default {@link Options}. */
    public static Citekit create() {
        return new Citekit(Options.defaults());
    }

    /** A processor with the given options. */
    public static Citekit create(Options options) {
        return new Citekit(java.util.Objects.requireNonNull(options));
    }

    /** The options in force. */
    public Options options() {
        return options;
    }

    /**
     * Processes every document of a directory, in file-name order. Every regular, non-hidden file is a
     * document, except sidecar metadata files ({@code NAME.bib}, {@code NAME.json} beside {@code NAME.txt}).
     */
    public Bibliography processDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CitekitException(dir.toString(), 0, Files.exists(dir) ? "not a directory" : "no such directory");
        }
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new CitekitException(dir.toString(), 0, "cannot list directory: " + e.getMessage(), e);
        }
        List<Path> documents = all.stream().filter(p -> !looksLikeSidecar(p, all)).toList();
        if (documents.isEmpty()) {
            throw new CitekitException(dir.toString(), 0, "no documents in directory");
        }
        return processFiles(documents);
    }

    private static boolean looksLikeSidecar(Path p, List<Path> all) {
        String name = p.getFileName().toString();
        return (name.endsWith(".bib") || name.endsWith(".json")) && Sidecars.isSidecar(p, all);
    }

    /**
     * Processes the given documents in the given order; each may have a sidecar beside it. The documents are
     * read in parallel (on the common fork-join pool); the result is the same as one after the other.
     */
    public Bibliography processFiles(List<Path> files) {
        // read and check every input before any work, so bad input fails the run before it writes anything
        List<Path> read = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<Item>> sidecars = new ArrayList<>();
        List<String> sidecarNames = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CitekitException(file.toString(), 0, "no such file");
            }
            try {
                String text = TextLoader.load(file, file.toString());
                Optional<Path> sidecar = options.sidecars() ? Sidecars.find(file) : Optional.empty();
                List<Item> entries = sidecar.map(Sidecars::read).orElse(List.of());
                read.add(file);
                texts.add(text);
                sidecars.add(entries);
                sidecarNames.add(sidecar.map(p -> p.getFileName().toString()).orElse(""));
            } catch (CitekitException e) {
                if (!options.skipUnreadable()) {
                    throw e;
                }
                boolean inSidecar = !e.file().equals(file.toString());
                skipped.add(new Skipped(file.getFileName().toString(), e.line(),
                        inSidecar ? "sidecar " + Path.of(e.file()).getFileName() + ": " + e.problem() : e.problem()));
            }
        }
        if (read.isEmpty() && !skipped.isEmpty()) {
            Path where = files.get(0).getParent() != null ? files.get(0).getParent() : files.get(0);
            throw new CitekitException(where.toString(), 0, "no document could be read: "
                    + skipped.stream().map(Skipped::describe).collect(java.util.stream.Collectors.joining("; ")));
        }
        Vocabulary corpus = Vocabulary.of(texts);
        // documents are read independently of one another, on all cores; the results are taken in document
        // order, and a failure is reported for the first failing document, so the run stays deterministic
        Object[] results = new Object[read.size()];
        java.util.stream.IntStream.range(0, read.size()).parallel().forEach(i -> {
            try {
                results[i] = processDocument(read.get(i).getFileName().toString(), texts.get(i), corpus,
                        sidecars.get(i), sidecarNames.get(i));
            } catch (RuntimeException | StackOverflowError e) {
                results[i] = named(read.get(i).toString(), e);
            }
        });
        List<Item> items = new ArrayList<>();
        List<DocumentReport> reports = new ArrayList<>();
        for (Object result : results) {
            if (result instanceof RuntimeException e) {
                throw e;
            }
            DocumentResult r = (DocumentResult) result;
            items.addAll(r.items());
            reports.add(r.report());
        }
        return finish(items, reports, skipped);
    }

    /** Merges duplicates, shares issue facts among siblings, assigns keys and completes the report. */
    private Bibliography finish(List<Item> items, List<DocumentReport> reports, List<Skipped> skipped) {
        List<Item> records = items;
        List<Merger.Merged> merged = List.of();
        List<Integer> mergedAt = List.of();
        Clusters.Result clusters = null;
        if (options.dedupe()) {
            List<Item> input = items;
            clusters = Clusters.find(input, i -> input.get(i).sources().get(0).label());
            Merging m = merge(input, clusters);
            records = m.records();
            merged = m.merged();
            mergedAt = m.mergedAt();
        }
        if (options.inferFromSiblings()) {
            records = Siblings.infer(records);
        }
        List<Item> keyed = CitationKeys.assign(records);
        List<Merge> merges = new ArrayList<>();
        for (int k = 0; k < merged.size(); k++) {
            Item item = keyed.get(mergedAt.get(k));
            merges.add(new Merge(item.citationKey().orElseThrow(),
                    merged.get(k).item().sources().stream().filter(s -> s.kind() != SourceKind.INFERRED)
                            .map(Source::label).toList(),
                    clusters.evidence().get(k), merged.get(k).conflicts()));
        }
        return new Bibliography(keyed, new Report(reports, merges, clusters == null ? List.of() : clusters.nearMisses(), skipped));
    }

    /**
     * Processes one document given as a string.
     *
     * @param documentName the name used in provenance, such as a file name
     * @param text the document's text
     */
    public Bibliography processText(String documentName, String text) {
        if (text.isBlank()) {
            throw new CitekitException(documentName, 0, "empty document: no text to read");
        }
        String clean = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            DocumentResult r = processDocument(documentName, clean, Vocabulary.EMPTY, List.of(), "");
            return finish(r.items(), List.of(r.report()), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            throw named(documentName, e);
        }
    }

    /**
     * Parses reference strings, such as the entries of a reference list that an embedder has cut itself, into
     * records: one per string, in the same order, each with a unique citation key, as {@code citekit
     * parse-references} does. Line breaks inside a string are read as spaces, and decomposed accents composed
     * (Unicode NFC), as in documents. A blank string gives a record
     * with a warning and no field, so that positions still match. An entry that only repeats an earlier one
     * ("Ibid.", "Smith, Origin, 50.", "op. cit.") takes that entry's fields, as in a reference list.
     *
     * @param sourceName names the input in each record's provenance, such as a file name
     * @param references the reference strings
     */
    public List<Item> parseReferences(String sourceName, List<String> references) {
        java.util.Objects.requireNonNull(sourceName, "sourceName");
        java.util.Objects.requireNonNull(references, "references");
        ReferenceParser parser = ReferenceParser.shipped();
        List<Item> items = new ArrayList<>(references.size());
        for (int i = 0; i < references.size(); i++) {
            String raw = references.get(i);
            if (raw == null) {
                throw new NullPointerException("references[" + i + "] is null");
            }
            // composed as documents are (PDF and macOS text often decomposes "é"), so that the rules' letters match, and
            // read as written where it was once mis-decoded ("SchÃ¼hlen"); the provenance keeps the string as given
            String line = Normalizer.composed(Mojibake.repair(raw.replace('\r', ' ').replace('\n', ' '))).strip();
            Source source = Source.reference(sourceName, i, raw);
            try {
                items.add(line.isEmpty()
                        ? Item.builder(ItemType.DOCUMENT).addSource(source).addWarning("empty line: no reference to parse").build()
                        : parser.toItem(line, source, items));
            } catch (RuntimeException | StackOverflowError e) {
                throw e instanceof CitekitException c ? c : new CitekitException(sourceName, i + 1,
                        "internal error while parsing this reference (" + e + "); please report it", e);
            }
        }
        return CitationKeys.assign(items);
    }

    /** Parses one reference string into a record; see {@link #parseReferences}. */
    public Item parseReference(String reference) {
        return parseReferences("<reference>", List.of(reference)).get(0);
    }

    /**
     * Finds the records that describe one work (the same article met twice, even under two DOIs, or printed
     * in two styles or two scripts) and merges each group, as a run does with its options' deduplication.
     * A merged record keeps the citation key of its first member that has one; the other records keep
     * theirs. Each record's provenance lists every source it was merged from.
     *
     * @param items the records, for instance from {@link #parseReferences} or read from CSL-JSON
     */
    public Deduplication deduplicate(List<Item> items) {
        List<Item> input = List.copyOf(items);
        Clusters.Result clusters = Clusters.find(input, i -> input.get(i).sources().isEmpty() ? "#" + i
                : input.get(i).sources().get(0).label());
        Merging m = merge(input, clusters);
        List<Item> out = new ArrayList<>(m.records());
        for (int k = 0; k < m.merged().size(); k++) {
            String key = clusters.groups().get(k).stream().map(input::get).map(Item::citationKey)
                    .flatMap(Optional::stream).findFirst().orElse(null);
            int at = m.mergedAt().get(k);
            out.set(at, out.get(at).toBuilder().citationKey(key).build());
        }
        return new Deduplication(clusters.groups(), out);
    }

    /**
     * The records with new citation keys, unique among them, made as a run makes its keys: the first
     * author's family name, the year and the title's first word, in ASCII ("dugin1997osnovy"), with "a",
     * "b", … where records would share one. Any key a record had is replaced; the order is kept.
     */
    public List<Item> assignCitationKeys(List<Item> items) {
        return CitationKeys.assign(List.copyOf(items));
    }

    /**
     * The records with each cluster merged at its first member's place.
     *
     * @param records the result
     * @param merged each cluster's merge, in cluster order
     * @param mergedAt where each merged record stands in {@code records}
     */
    private record Merging(List<Item> records, List<Merger.Merged> merged, List<Integer> mergedAt) {
    }

    private static Merging merge(List<Item> input, Clusters.Result clusters) {
        java.util.Map<Integer, Integer> clusterOf = new java.util.HashMap<>();
        for (int c = 0; c < clusters.groups().size(); c++) {
            for (int i : clusters.groups().get(c)) {
                clusterOf.put(i, c);
            }
        }
        List<Item> records = new ArrayList<>();
        List<Merger.Merged> merged = new ArrayList<>();
        List<Integer> mergedAt = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Integer c = clusterOf.get(i);
            if (c == null) {
                records.add(input.get(i));
            } else if (clusters.groups().get(c).get(0) == i) {
                Merger.Merged m = Merger.merge(clusters.groups().get(c).stream().map(input::get).toList());
                mergedAt.add(records.size());
                merged.add(m);
                records.add(m.item());
            }
        }
        return new Merging(records, merged, mergedAt);
    }

    /** A failure of citekit's own while reading {@code file}, with the file named, as every error of a run names one. */
    private static CitekitException named(String file, Throwable e) {
        return e instanceof CitekitException c ? c
                : new CitekitException(file, 0, "internal error while reading this document (" + e + "); please report it", e);
    }

    /** Lines with two entries' numbers that make a list read across its columns: a few, not a stray one. */
    private static final int LINES_ACROSS_COLUMNS = 3;

    private record DocumentResult(List<Item> items, DocumentReport report) {
    }

    private DocumentResult processDocument(String name, String text, Vocabulary corpus, List<Item> sidecarEntries,
            String sidecarName) {
        Document doc = Normalizer.normalize(name, text, corpus);
        List<Item> articles = ArticleExtractor.extract(doc);
        if (!sidecarEntries.isEmpty()) {
            articles = Sidecars.apply(articles, sidecarEntries, sidecarName, name);
        }
        List<Item> out = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (doc.columnPages() > 0) {
            // the lines the report and the records name are not the file's: say so once
            warnings.add("document: " + doc.columnPages() + (doc.columnPages() == 1 ? " page" : " pages")
                    + " set in columns side by side read column by column; line numbers count the lines as read");
        }
        for (int i = 0; i < articles.size(); i++) {
            Item.Builder b = articles.get(i).toBuilder();
            if (b.get(Field.TITLE).isEmpty()) {
                b.addWarning("missing title: no title is printed for this article");
            }
            if (b.names(NameRole.AUTHOR).isEmpty()) {
                b.addWarning("missing author: no byline or author bio names the author");
            }
            out.add(note(b.build(), "article", i, missing, warnings));
        }
        List<RawEntry> entries = ReferenceLists.find(doc);
        int across = ReferenceLists.linesAcrossColumns(doc);
        if (across >= LINES_ACROSS_COLUMNS) {
            warnings.add("references: " + across + " lines of the list hold another entry's number inside them: two columns"
                    + " read across each other, as pdftotext's plain text of a narrow gutter is, and their entries are mixed;"
                    + " pdftotext -raw reads the columns apart");
        }
        ReferenceParser parser = ReferenceParser.shipped();
        List<Item> references = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).text();
            references.add(parser.toItem(entry, Source.reference(name, i, entry), references));
        }
        for (int i = 0; i < entries.size(); i++) {
            // "Smith 2010, p. 5." in a list of short citations over the list of the works: that work's record
            String entry = entries.get(i).text();
            if (references.get(i).title().isEmpty()) {
                final int at = i;
                parser.citedInShort(entry, Source.reference(name, i, entry), references).ifPresent(work -> references.set(at, work));
            }
        }
        List<CitationRecord> citations = new ArrayList<>();
        java.util.Set<Integer> cited = new java.util.TreeSet<>();
        for (Citation c : CitationLinker.link(doc, entries, references)) {
            citations.add(new CitationRecord(c.text(), c.line(), c.references()));
            cited.addAll(c.references());
        }
        if (!cited.isEmpty() && references.size() >= 2) {
            // a bibliography entry of a work that a note cites is cited too (Chicago prints both lists); only
            // entries of another list count, as one list's entries are different works by its own say
            for (List<Integer> work : io.github.citekit.internal.dedupe.Clusters.find(references, i -> name + "#" + i).groups()) {
                for (int i : work) {
                    if (!cited.contains(i) && work.stream().anyMatch(j -> cited.contains(j)
                            && !entries.get(j).list().equals(entries.get(i).list()))) {
                        cited.add(i);
                    }
                }
            }
        }
        List<Integer> uncited = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            out.add(note(references.get(i), "reference", i, missing, warnings));
            if (!cited.contains(i)) {
                uncited.add(i);
            }
        }
        return new DocumentResult(out, new DocumentReport(name, articles.size(), entries.size(), sidecarName, missing,
                warnings, citations, citations.isEmpty() ? List.of() : uncited));
    }

    /** Records what a record lacks and its warnings in the document's report lists. */
    private static Item note(Item item, String kind, int index, List<Missing> missing, List<String> warnings) {
        List<String> lacks = Sidecars.missingCore(item);
        if (!lacks.isEmpty()) {
            missing.add(new Missing(kind, index, lacks));
        }
        for (String w : item.warnings()) {
            warnings.add(kind + " " + index + ": " + w);
        }
        return item;
    }
}
