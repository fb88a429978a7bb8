package io.github.citekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, one-line errors naming the file, and no output on failure. */
class MainTest {

    private record Result(int code, String err) {
    }

    private static Result run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return new Result(Main.run(args), buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    private static Path corpusWith(Path dir, String name, byte[] content) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), "A Title Line Here\n\nSome body text of the article.\n");
        Files.write(corpus.resolve(name), content);
        return corpus;
    }

    private static void assertFailsCleanly(Result r, String mustName, Path out) throws Exception {
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(mustName), "names " + mustName + ": " + r.err());
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                assertEquals(0, s.count(), "no output files");
            }
        }
    }

    @Test
    void binaryFile(@TempDir Path dir) throws Exception {
        Path corpus = corpusWith(dir, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path out = dir.resolve("out");
        Result r = run("build", corpus.toString(), "--out", out.toString());
        assertFailsCleanly(r, "image.txt", out);
        assertTrue(r.err().contains("binary"), r.err());
    }

    @Test
    void invalidUtf8NamesTheLine(@TempDir Path dir) throws Exception {
        byte[] latin1 = "Title\nsecond line\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
        Path corpus = corpusWith(dir, "latin1.txt", latin1);
        Path out = dir.resolve("out");
        Result r = run("build", corpus.toString(), "--out", out.toString());
        assertFailsCleanly(r, "latin1.txt:3:", out);
        assertTrue(r.err().contains("UTF-8"), r.err());
    }

    @Test
    void emptyFile(@TempDir Path dir) throws Exception {
        Path corpus = corpusWith(dir, "empty.txt", new byte[0]);
        Path out = dir.resolve("out");
        assertFailsCleanly(run("build", corpus.toString(), "--out", out.toString()), "empty.txt", out);
    }

    @Test
    void missingDirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Result r = run("build", dir.resolve("nope").toString(), "--out", out.toString());
        assertFailsCleanly(r, "nope", out);
        assertFalse(Files.exists(out));
    }

    @Test
    void unwritableOutput(@TempDir Path dir) throws Exception {
        Path corpus = corpusWith(dir, "other.txt", "Another Title\n\nBody.\n".getBytes(StandardCharsets.UTF_8));
        Path blocker = Files.writeString(dir.resolve("afile"), "x");
        Result r = run("build", corpus.toString(), "--out", blocker.resolve("out").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("afile"), r.err());
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void badSidecarNamesTheSidecar(@TempDir Path dir) throws Exception {
        Path corpus = corpusWith(dir, "doc.txt", "Doc Title Here\n\nBody text.\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(corpus.resolve("doc.json"), "[{\"type\": \"book\",\n \"title\": }]");
        Path out = dir.resolve("out");
        Result r = run("build", corpus.toString(), "--out", out.toString());
        assertFailsCleanly(r, "doc.json:2", out);
        assertEquals(0, run("build", corpus.toString(), "--out", out.toString(), "--no-sidecars").code());
    }

    @Test
    void skipUnreadableLeavesOutBadDocumentsAndListsThem(@TempDir Path dir) throws Exception {
        Path corpus = corpusWith(dir, "latin1.txt", "Title\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("doc.txt"), "Doc Title Here\n\nBody text.\n");
        Files.writeString(corpus.resolve("doc.json"), "[{\"type\": \"book\",\n \"title\": }]");
        Path out = dir.resolve("out");
        Result r = run("build", corpus.toString(), "--out", out.toString(), "--skip-unreadable");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped latin1.txt:2: invalid UTF-8"), r.err());
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("report.json").toFile());
        assertEquals(3, report.get("totals").get("skipped").asInt());
        assertEquals(1, report.get("totals").get("documents").asInt());
        assertEquals("good.txt", report.get("documents").get(0).get("document").asText(), "the readable document is read");
        com.fasterxml.jackson.databind.JsonNode skipped = report.get("skipped"); // in file-name order
        assertEquals("doc.txt", skipped.get(0).get("document").asText());
        assertEquals(2, skipped.get(0).get("line").asInt());
        assertTrue(skipped.get(0).get("problem").asText().startsWith("sidecar doc.json: not valid JSON"), skipped.toString());
        assertEquals("empty.txt", skipped.get(1).get("document").asText());
        assertEquals("empty document: no text to read", skipped.get(1).get("problem").asText());
        assertEquals("latin1.txt", skipped.get(2).get("document").asText());
        assertEquals(2, skipped.get(2).get("line").asInt());
        // without the option the first bad document stops the run, and nothing is written
        Path out2 = dir.resolve("out2");
        assertFailsCleanly(run("build", corpus.toString(), "--out", out2.toString()), "doc.json", out2);
        // and when no document can be read, there is nothing to write
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Path out3 = dir.resolve("out3");
        Result none = run("build", bad.toString(), "--out", out3.toString(), "--skip-unreadable");
        assertFailsCleanly(none, "no document could be read", out3);
    }

    @Test
    void usageErrorsExitOne() {
        assertEquals(1, run("build").code());
        assertEquals(1, run("frobnicate").code());
        assertEquals(0, run("--version").code());
    }

    @Test
    void buildWritesTheThreeFilesAndASummary(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bib");
        Result r = run("build", "corpus", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("citekit: 5 documents, 7 articles"), r.err());
        for (String f : new String[] {"references.bib", "references.json", "report.json"}) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(3, s.count(), "no temporary files left behind");
        }
    }

    private static Result runWithInput(String input, String... args) {
        java.io.InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = run(args).code();
            return new Result(code, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
    }

    @Test
    void parseReferencesGivesOneItemPerLineInOrder() throws Exception {
        String input = "Winnerstig, M. 2000: “A World Reformed?” (Stockholm: Stockholm University).\n\n"
                + "Дугин А.Г., Теория многополярного мира - Евразийское движение, 2012.\n";
        Result r = runWithInput(input, "parse-references");
        assertEquals(0, r.code());
        var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.err());
        assertEquals(3, items.size());
        assertEquals("Winnerstig", items.get(0).get("author").get(0).get("family").asText());
        assertEquals("Stockholm", items.get(0).get("publisher-place").asText());
        assertTrue(items.get(1).get("custom").get("warnings").get(0).asText().startsWith("empty line"));
        assertEquals("ru", items.get(2).get("language").asText());
        assertEquals("Дугин", items.get(2).get("author").get(0).get("family").asText());
    }

    @Test
    void parseReferencesWritesBibTeXOnRequest() throws Exception {
        String input = "Дугин А.Г. Основы геополитики. М. : Арктогея, 1997. 608 с.\n\n"
                + "Kibler, D. and Langley, P. (1988). Machine learning as an experimental science. EWSL, 81-92.\n";
        Result r = runWithInput(input, "parse-references", "--format", "bibtex");
        assertEquals(0, r.code());
        var entries = io.github.citekit.format.BibTeX.read(r.err(), "<stdout>");
        assertEquals(java.util.List.of("dugin1997osnovy", "untitled", "kibler1988machine"),
                entries.stream().map(e -> e.citationKey().orElseThrow()).toList());
        assertEquals(java.util.Optional.of("Москва"),
                entries.get(0).get(io.github.citekit.model.Field.PUBLISHER_PLACE));
        assertTrue(r.err().contains("langid = {russian}"), r.err());
        assertEquals(runWithInput(input, "parse-references", "-f", "csl").err(), runWithInput(input, "parse-references").err());
        assertEquals(1, runWithInput(input, "parse-references", "--format", "ris").code());
    }

    @Test
    void aLineLongerThanAnyReferenceGivesAWarningItem() throws Exception {
        // 5,000 characters of names: the rules' patterns had overflowed the stack on such lines
        String input = "Smith, J. ".repeat(500).strip() + "\nJones, K. (2001). Ports. Marine Policy, 5, 1-9.\n";
        Result r = runWithInput(input, "parse-references");
        assertEquals(0, r.code());
        var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.err());
        assertEquals(2, items.size());
        assertTrue(items.get(0).get("custom").get("warnings").get(0).asText().startsWith("not parsed: 4999 characters"));
        assertEquals(null, items.get(0).get("author"));
        assertEquals("Jones", items.get(1).get("author").get(0).get("family").asText());
    }

    @Test
    void dedupeClustersStringsAndCslJson() throws Exception {
        String strings = "Fahlman, S. E. and Lebiere, C. (1990). The cascade-correlation learning architecture. NIPS 2, 524-532.\n"
                + "Kibler, D. and Langley, P. (1988). Machine learning as an experimental science. EWSL, 81-92.\n"
                + "S. E. Fahlman and C. Lebiere. The Cascade-Correlation Learning Architecture. NIPS 2, pp. 524-532, 1990.\n";
        Result r = runWithInput(strings, "dedupe");
        assertEquals(0, r.code());
        var out = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.err());
        assertEquals("[[0,2]]", out.get("clusters").toString());
        assertEquals(2, out.get("items").size());
        String json = "[{\"id\": \"x\", \"type\": \"book\", \"title\": \"Теория многополярного мира\", "
                + "\"author\": [{\"family\": \"Дугин\"}]}, {\"id\": \"y\", \"type\": \"book\", "
                + "\"title\": \"Teoriya mnogopolyarnogo mira\", \"author\": [{\"family\": \"Dugin\"}]}]";
        out = new com.fasterxml.jackson.databind.ObjectMapper().readTree(runWithInput(json, "dedupe").err());
        assertEquals("[[0,1]]", out.get("clusters").toString());
        assertEquals("x", out.get("items").get(0).get("id").asText());
    }
    @Test
    void benchAgainstAMissingBuildNamesIt(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("refs.jsonl"),
                "{\"id\": \"x-1\", \"raw\": \"Smith, J. (2001). A title. Journal, 3, 1-9.\", \"expected\": {}}\n");
        Path missing = dir.resolve("old/citekit-cli.jar");
        Result r = run("bench", "references", "--against", missing.toString(), data.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(missing.toString()), r.err());
    }
}
