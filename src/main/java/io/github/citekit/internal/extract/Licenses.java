package io.github.citekit.internal.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises Creative Commons licences by their link or their printed name. */
public final class Licenses {
    private static final Pattern CC_URL = Pattern.compile(
            "(?i)creativecommons\\.org/licenses/([a-z]+(?:-[a-z]+)*)/(\\d\\.\\d)");
    private static final Pattern CC_ZERO = Pattern.compile("(?i)creativecommons\\.org/publicdomain/zero/(\\d\\.\\d)|\\bCC0\\b");
    private static final Pattern CC_TEXT = Pattern.compile("\\bCC[ -](BY(?:-(?:NC|ND|SA)){0,2})[ -](\\d\\.\\d)\\b");

    /** The licence's name written out: "Creative Commons Attribution-NonCommercial 4.0 International License". */
    private static final Pattern CC_WORDS = Pattern.compile("(?i)\\bCreative\\s+Commons\\s+(?:\\(CC\\)\\s+)?Attribution"
            + "((?:\\s?[- ]\\s?(?:Non-?Commercial|No-?Deriv(?:ative)?s|Share-?Alike))*)\\s+(\\d\\.\\d)\\b");

    private Licenses() {
    }

    /** "-NonCommercial-NoDerivatives" as "-NC-ND". */
    private static String elements(String words) {
        StringBuilder out = new StringBuilder("BY");
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("commercial")) {
            out.append("-NC");
        }
        if (w.contains("deriv")) {
            out.append("-ND");
        }
        if (w.contains("share")) {
            out.append("-SA");
        }
        return out.toString();
    }

    /** The licence named in {@code text}, as "CC BY-NC-ND 4.0". */
    public static Optional<String> find(String text) {
        Matcher url = CC_URL.matcher(text);
        if (url.find()) {
            return Optional.of("CC " + url.group(1).toUpperCase(Locale.ROOT) + " " + url.group(2));
        }
        Matcher named = CC_TEXT.matcher(text);
        if (named.find()) {
            return Optional.of("CC " + named.group(1) + " " + named.group(2));
        }
        Matcher words = CC_WORDS.matcher(text);
        if (words.find()) {
            return Optional.of("CC " + elements(words.group(1)) + " " + words.group(2));
        }
        Matcher zero = CC_ZERO.matcher(text);
        if (zero.find()) {
            return Optional.of(zero.group(1) == null ? "CC0" : "CC0 " + zero.group(1));
        }
        return Optional.empty();
    }
}
