package io.github.citekit.cli;

import io.github.citekit.internal.text.TextLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** The text a command reads: a file, or standard input when none is named. */
final class Input {
    private Input() {
    }

    /** The name for messages and provenance. */
    static String name(Path file) {
        return file == null ? "<stdin>" : file.toString();
    }

    /** The whole input as checked UTF-8 text; empty input gives an empty string. */
    static String read(Path file) throws IOException {
        if (file != null) {
            return TextLoader.load(file, name(file));
        }
        try (InputStream in = System.in) {
            byte[] bytes = in.readAllBytes();
            return bytes.length == 0 ? "" : TextLoader.decode(bytes, name(null));
        }
    }
}
