package io.github.citekit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void newOutputsHaveThePermissionsOfAnyFileTheUserWrites() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        AtomicFiles.writeAll(dir, Map.of("references.bib", "@book{a, title = {A}}\n"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(dir.resolve("references.bib")));
        assertEquals("@book{a, title = {A}}\n", Files.readString(dir.resolve("references.bib")));
    }

    @Test
    void aRewrittenOutputKeepsItsPermissionsAndNoTemporaryFileIsLeft() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("references.json", "[]\n");
        files.put("report.json", "{}\n");
        AtomicFiles.writeAll(dir, files);
        Files.setPosixFilePermissions(dir.resolve("report.json"), PosixFilePermissions.fromString("rw-r-----"));
        files.put("report.json", "{\"documents\": 1}\n");
        AtomicFiles.writeAll(dir, files);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("report.json"))));
        assertEquals("{\"documents\": 1}\n", Files.readString(dir.resolve("report.json")));
        try (Stream<Path> all = Files.list(dir)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
