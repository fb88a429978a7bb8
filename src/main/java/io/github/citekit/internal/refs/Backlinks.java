package io.github.citekit.internal.refs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wikipedia's marks before a note of its list of references, as a copied page keeps them: the caret or arrow that
 * links back to the note's citation, "Jump up to:" when it is cited more than once (in the page's language), and
 * the backlinks to each citation, lettered ("^ a b c", French Wikipedia's "↑ a b et c", Ukrainian's "↑ а б в") or
 * numbered ("↑ 1 2 3", the older "↑ 5,0 5,1").
 */
final class Backlinks {
    /** The caret or arrow, and the words before several backlinks. */
    private static final Pattern CARET = Pattern.compile("^[\\^↑]\\s+(?:(?:Jump up to|Перейти к|Hochspringen nach|Aller à"
            + "|Saltar a|Salta a|Ir para|Przejdź do|Перейти до|Naar boven)\\s?:\\s*)?");

    /** The words some languages' pages put before the last backlink: "a b et c", "a, b y c". */
    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("et", "and", "und", "y", "e", "i", "и", "en", "och", "og");

    private Backlinks() {
    }

    /** Whether {@code line} opens with the caret or arrow and a space: a note of a copied Wikipedia page. */
    static boolean opens(CharSequence line) {
        return line.length() > 2 && (line.charAt(0) == '^' || line.charAt(0) == '↑') && line.charAt(1) == ' ';
    }

    /**
     * {@code line} without the marks it opens with, or as it is when it opens with none. Backlinks run in order from
     * the first ("a", "1" or "N,0"), two at least, so that a work whose text opens with a letter or a number keeps it.
     */
    static String strip(String line) {
        if (!opens(line)) {
            return line;
        }
        Matcher caret = CARET.matcher(line);
        caret.lookingAt();
        int at = caret.end();
        int afterCaret = at;
        int k = 0;
        String firstNumbered = null; // "5" of the older "5,0 5,1 …"
        while (at < line.length()) {
            int end = line.indexOf(' ', at);
            if (end < 0) {
                break;
            }
            String word = line.substring(at, end);
            if (k >= 1 && CONNECTIVES.contains(word)) {
                // French Wikipedia's "a b et c": the word before the last backlink, when that follows
                int next = line.indexOf(' ', end + 1);
                String following = next < 0 ? "" : line.substring(end + 1, next);
                if (following.equals(letter(k)) || following.equals(Integer.toString(k + 1))) {
                    at = end + 1;
                    continue;
                }
            }
            if (k == 0 && word.endsWith(",0") && word.length() > 2 && allDigits(word, 0, word.length() - 2)) {
                firstNumbered = word.substring(0, word.length() - 2);
            }
            boolean next = firstNumbered != null ? word.equals(firstNumbered + "," + k)
                    : word.equals(letter(k)) || word.equals(Integer.toString(k + 1)) || word.equals(cyrillicLetter(k));
            if (!next) {
                break;
            }
            k++;
            at = end + 1;
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
        }
        // one backlink alone is no backlink: a note cited once has the caret only ("^ a new look at …")
        return line.substring(k < 2 ? afterCaret : at).strip();
    }

    /** The Ukrainian alphabet's letters, in order, as Ukrainian Wikipedia letters its backlinks ("↑ а б в"). */
    private static final String CYRILLIC_LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщюя";

    /** The {@code k}-th backlink lettered in Cyrillic, or "" past the alphabet. */
    private static String cyrillicLetter(int k) {
        return k < CYRILLIC_LETTERS.length() ? String.valueOf(CYRILLIC_LETTERS.charAt(k)) : "";
    }

    /** The {@code k}-th lettered backlink: "a" to "z", then "aa", "ab", …. */
    private static String letter(int k) {
        return k < 26 ? String.valueOf((char) ('a' + k)) : "a" + (char) ('a' + (k - 26) % 26);
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return to > from;
    }
}
