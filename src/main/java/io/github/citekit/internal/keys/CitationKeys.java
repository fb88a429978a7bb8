package io.github.citekit.internal.keys;

import com.ibm.icu.text.Transliterator;
import io.github.citekit.model.Item;
import io.github.citekit.model.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Citation keys in {@code familyYEARfirstword} style ({@code ismayilov2019azerbaijan}): ASCII only,
 * Cyrillic and other scripts transliterated with ICU, unique within one output through suffixes a, b, ….
 */
public final class CitationKeys {
    private static final Transliterator TO_ASCII =
            Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    private static final Set<String> SKIPPED = Set.of("a", "an", "the", "on", "of", "in", "and", "for", "to",
            "at", "by", "with", "from", "der", "die", "das", "le", "la", "les", "un", "une", "о", "об", "в", "на",
            "v", "vs"); // "Brown v. Board of Education": the parties, not the "v."

    private CitationKeys() {
    }

    /** The items with unique keys assigned in list order. */
    public static List<Item> assign(List<Item> items) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> bases = new ArrayList<>();
        for (Item item : items) {
            String base = base(item);
            bases.add(base);
            seen.merge(base, 1, Integer::sum);
        }
        Map<String, Integer> used = new HashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<Item> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String base = bases.get(i);
            String key = base;
            if (seen.get(base) > 1) {
                int n = used.merge(base, 1, Integer::sum) - 1;
                key = base + suffix(n);
                while (taken.contains(key) || (seen.containsKey(key) && !key.equals(base))) {
                    n = used.merge(base, 1, Integer::sum) - 1;
                    key = base + suffix(n);
                }
            }
            taken.add(key);
            out.add(items.get(i).toBuilder().citationKey(key).build());
        }
        return out;
    }

    /** a, b, …, z, aa, ab, … */
    private static String suffix(int n) {
        StringBuilder s = new StringBuilder();
        int k = n;
        do {
            s.insert(0, (char) ('a' + k % 26));
            k = k / 26 - 1;
        } while (k >= 0);
        return s.toString();
    }

    /** The key an item would get before making keys unique. */
    public static String base(Item item) {
        String who = item.authors().stream().findFirst()
                .or(() -> item.allNames().values().stream().flatMap(List::stream).findFirst())
                .map(CitationKeys::nameWord).orElse("");
        String year = item.issued().map(d -> Integer.toString(d.year())).orElse("");
        String word = item.title().map(CitationKeys::firstWord).orElse("");
        if (who.isEmpty() && word.isEmpty()) {
            word = "untitled";
        }
        if (who.isEmpty()) {
            who = word;
            word = item.title().map(t -> secondWord(t)).orElse("");
        }
        return who + year + word;
    }

    private static String nameWord(Name n) {
        String s = n.isLiteral() ? n.literal() : n.family();
        String[] words = ascii(s).split(" ");
        if (n.isLiteral()) {
            for (String w : words) {
                if (!w.isEmpty() && !SKIPPED.contains(w)) {
                    return w;
                }
            }
        }
        return String.join("", words);
    }

    private static String firstWord(String title) {
        for (String w : ascii(title).split(" ")) {
            if (!w.isEmpty() && !SKIPPED.contains(w)) {
                return w;
            }
        }
        return "";
    }

    private static String secondWord(String title) {
        boolean first = true;
        for (String w : ascii(title).split(" ")) {
            if (!w.isEmpty() && !SKIPPED.contains(w)) {
                if (!first) {
                    return w;
                }
                first = false;
            }
        }
        return "";
    }

    /**
     * Lower-case ASCII letters and digits, words separated by single spaces; apostrophes are dropped inside
     * words ("Russia's" → "russias"). Text already in ASCII skips the transliterator, which took a quarter of
     * the time of {@code parse-references} on a large file.
     */
    static String ascii(String text) {
        String t = isAscii(text) ? text.toLowerCase(Locale.ROOT) : TO_ASCII.transliterate(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '’' || c == '`') {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
