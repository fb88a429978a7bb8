package io.github.citekit.internal.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reference string into words, numbers and single punctuation marks; links and DOIs stay whole,
 * since no field boundary falls inside them.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+[^\\s.,;)\\]]|doi:\\s?10\\.\\S+[^\\s.,;)\\]]|10\\.\\d{4,9}/\\S+[^\\s.,;)\\]]"
            + "|[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?|\\p{N}+|\\S");

    private Tokenizer() {
    }

    /** The tokens of {@code text}, with their offsets. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), m.start() == 0 || m.start() > last));
            last = m.end();
        }
        return tokens;
    }
}
