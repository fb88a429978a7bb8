package io.github.citekit.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UTF-8 text that was once read as Windows-1252 (or Latin-1) and written out again: "SchÃ¼hlen" for "Schühlen",
 * "TramÃ¨r" for "Tramèr", "F2Î±" for "F2α". Each such run of characters is turned back into its bytes and read as
 * UTF-8 again; a run that does not read as UTF-8 is left as it is. Correct text holds no such runs (a capital "Ã" or
 * "Â" before a character of the range 0x80 to 0xBF, or before a Windows-1252 sign of those bytes, is no spelling).
 */
public final class Mojibake {
    private Mojibake() {
    }

    /** The Windows-1252 signs of the bytes 0x80 to 0x9F (the five bytes it leaves undefined read as Latin-1's controls). */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static final String CONTINUATION = "[\\u0080-\\u00BF" + CP1252_HIGH.replaceAll("[\\u0080-\\u009F]", "") + "]";
    /**
     * A two-byte run, or a three-byte one ("â€™" for "’"). After a capital with its accent that correct text has, "É"
     * or "Ö", a Windows-1252 quotation mark or dash is that mark ("ANDRÉ’S"); only the leads of Latin-1's letters and
     * signs, of Greek and of Cyrillic ("Ã", "Â", "Î", "Ï", "Ð", "Ñ") are read with one.
     */
    private static final Pattern RUN = Pattern.compile("[ÃÂÎÏÐÑ]" + CONTINUATION + "|[\\u00C4-\\u00DF&&[^ÎÏÐÑ]][\\u0080-\\u00BF]"
            + "|[\\u00E0-\\u00EF]" + CONTINUATION + "{2}");

    /** {@code text} with its runs of mis-decoded UTF-8 read again; {@code text} itself when it has none. */
    public static String repair(String text) {
        if (!mayHoldARun(text)) {
            return text;
        }
        Matcher m = RUN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String read = reread(m.group());
            if (read == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(read);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** A cheap test before {@link #RUN}: a lead character of a two- or three-byte sequence. */
    private static boolean mayHoldARun(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00EF') {
                return true;
            }
        }
        return false;
    }

    /** The run's characters as the bytes Windows-1252 gives them, read as UTF-8; null when they are no UTF-8. */
    private static String reread(String run) {
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int high = CP1252_HIGH.indexOf(c);
            bytes[i] = (byte) (c <= 0xFF ? c : 0x80 + high);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
