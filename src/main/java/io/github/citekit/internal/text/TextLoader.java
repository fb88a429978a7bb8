package io.github.citekit.internal.text;

import io.github.citekit.CitekitException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a corpus file as strict UTF-8, refusing binary, empty and mis-encoded files with the line at fault. */
public final class TextLoader {
    private TextLoader() {
    }

    /** Reads {@code file}; the name in errors is {@code shownAs}. */
    public static String load(Path file, String shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CitekitException(shownAs, 0, "cannot read: " + e.getMessage(), e);
        }
        return decode(bytes, shownAs);
    }

    /** Decodes bytes as strict UTF-8, with a leading BOM dropped and line ends made {@code \n}. */
    public static String decode(byte[] bytes, String shownAs) {
        int line = 1;
        for (byte b : bytes) {
            if (b == 0) {
                throw new CitekitException(shownAs, line, "binary file (NUL byte): not a text document");
            }
            if (b == '\n') {
                line++;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw new CitekitException(shownAs, lineAt(bytes, bad),
                    String.format("invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                            bytes[bad] & 0xff, bad));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new CitekitException(shownAs, 0, "empty document: no text to read");
        }
        return text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
