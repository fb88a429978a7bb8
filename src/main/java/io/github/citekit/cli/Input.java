package io.github.citekit.cli;

import io.github.citekit.Citekit;
import io.github.citekit.internal.text.TextLoader;
import io.github.citekit.model.Item;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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

    /**
     * One record per input line, in order, with citation keys: each line parsed as a reference string, an
     * empty line giving a record with only a warning. A final newline does not start another line.
     */
    static List<Item> referenceItems(String text, String name) {
        String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        return Citekit.create().parseReferences(name, Arrays.asList(lines).subList(0, count));
    }
}
