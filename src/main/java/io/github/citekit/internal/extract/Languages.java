package io.github.citekit.internal.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guesses a text's language from its script and its commonest words; says nothing when unsure. */
public final class Languages {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "as", "on", "by"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "zu", "ein", "eine"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "du", "que", "pas"),
            // the words no other of these languages writes often ("de", "la", "que", "en" are shared, and left out)
            "es", Set.of("el", "los", "las", "y", "del", "por", "es", "más", "al", "lo", "sus", "entre"),
            "it", Set.of("il", "di", "che", "è", "della", "delle", "dei", "degli", "gli", "nel", "nella", "sono", "non", "per"),
            "pt", Set.of("o", "os", "do", "dos", "das", "em", "com", "não", "uma", "é", "ao", "pelo", "pela", "são"),
            "nl", Set.of("het", "een", "van", "dat", "op", "te", "voor", "zijn", "met", "niet", "ook", "wordt"),
            "pl", Set.of("w", "z", "się", "nie", "że", "jest", "oraz", "przez", "dla", "jak", "są", "od"));

    private Languages() {
    }

    /**
     * Whether Cyrillic text is Ukrainian rather than Russian: it has more of the letters only Ukrainian writes (і, ї, є,
     * ґ) than of those only Russian does (ы, э, ъ, ё). A text with neither is taken for Russian.
     */
    public static boolean isUkrainian(String text) {
        int ukrainian = 0;
        int russian = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ' -> ukrainian++;
                case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё' -> russian++;
                default -> { }
            }
        }
        return ukrainian > russian;
    }

    /** A BCP 47 language tag for {@code text}: {@code ru} or {@code uk} for Cyrillic, else by stop words. */
    public static Optional<String> detect(String text) {
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                }
            }
        }
        if (letters == 0) {
            return Optional.empty();
        }
        if (cyrillic * 2 > letters) {
            return Optional.of(isUkrainian(text) ? "uk" : "ru");
        }
        int words = 0;
        String best = null;
        int bestHits = 0;
        Map<String, Integer> hits = new java.util.TreeMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words++;
            String w = m.group();
            STOPWORDS.forEach((lang, set) -> {
                if (set.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        // a title of a few words has too few stop words to tell; ask for some evidence
        if (best == null || bestHits < 2 || bestHits * 25 < words) {
            return Optional.empty();
        }
        return Optional.of(best);
    }
}
