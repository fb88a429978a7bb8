package io.github.citekit.internal;

import io.github.citekit.CitekitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a set of files so that each appears whole or not at all. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes every file to a temporary sibling first and moves them into place only when all are written,
     * so a failure never leaves a partial file or a mix of old and new files from a half-finished write.
     */
    public static void writeAll(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CitekitException(dir.toString(), 0, "cannot create output directory: " + reason(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new CitekitException(dir.toString(), 0, "output directory is not writable");
        }
        List<Path[]> moves = new ArrayList<>();
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Path tmp = createSibling(dir, f.getKey());
                moves.add(new Path[] {tmp, target});
                Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
                keepPermissions(target, tmp);
            }
            for (Path[] m : moves) {
                try {
                    Files.move(m[0], m[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(m[0], m[1], StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            for (Path[] m : moves) {
                try {
                    Files.deleteIfExists(m[0]);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named as such
                }
            }
            throw new CitekitException(dir.toString(), 0, "cannot write output: " + reason(e), e);
        }
    }

    /**
     * A new hidden file beside {@code name}, created as any file the user writes is (the umask decides its
     * permissions): {@code Files.createTempFile} would make it readable by its owner only, and the move
     * would carry that over to the output.
     */
    private static Path createSibling(Path dir, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** An output written again keeps the permissions its owner gave it. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return "a file is in the way: " + f.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + f.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
