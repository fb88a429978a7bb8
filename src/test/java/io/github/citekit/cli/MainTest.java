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
}
