package io.github.citekit.internal.dedupe;

import com.ibm.icu.text.Transliterator;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * What matching compares of a record, normalised once: the title in ASCII (so that a Cyrillic title and
 * its Latin transliteration compare equal), its words, family names, year, DOIs (trusted and ambiguous),
 * container, volume, first page, edition.
 */
final class Profile {
    private static final ThreadLocal<Transliterator> ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "of", "in", "on", "and", "for", "to",
            "with", "by", "at", "from", "its", "is", "as", "or", "via", "und", "der", "die", "das", "le", "la",
            "les", "de", "des", "et", "i", "v", "na", "po", "o", "ob", "s", "k");
    private static final Pattern AMBIGUOUS = Pattern.compile("^ambiguous DOI (\\S+?):");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(?:\\d+|i{1,3}|iv|vi{0,3}|ix|xi{0,3})\\b");

    final String title;
    /** The title with romanisation variants folded (ya/ia/â → a, kh → h, …) so transliterations meet. */
    final String foldedTitle;
    final List<String> titleWords;
    /** Numbers and part numerals in the title ("part ii", "2"): versions or parts differ by them. */
    final Set<String> titleNumbers;
    final Set<String> families;
    final int year;
    final Set<String> dois;
    final Set<String> ambiguousDois;
    final ItemType type;
    final String container;
    final String volume;
    final String firstPage;
    final String edition;

    Profile(Item item) {
        this.title = ascii(item.title().orElse(""));
        this.foldedTitle = fold(title);
        this.titleWords = words(foldedTitle); // folded, so that blocking and containment see transliterations alike
        this.titleNumbers = new java.util.TreeSet<>();
        Matcher num = NUMBER_WORD.matcher(title);
        while (num.find()) {
            titleNumbers.add(num.group());
        }
        this.families = new LinkedHashSet<>();
        for (NameRole role : List.of(NameRole.AUTHOR, NameRole.EDITOR)) {
            for (Name n : item.names(role)) {
                String f = ascii(n.isLiteral() ? n.literal() : n.family()).replace(" ", "");
                if (!f.isEmpty()) {
                    families.add(f);
                }
            }
            if (!families.isEmpty()) {
                break;
            }
        }
        this.year = item.issued().map(d -> d.year()).orElse(0);
        this.ambiguousDois = new LinkedHashSet<>();
        for (String w : item.warnings()) {
            Matcher m = AMBIGUOUS.matcher(w);
            if (m.find()) {
                ambiguousDois.add(m.group(1));
            }
        }
        this.dois = new LinkedHashSet<>();
        item.doi().ifPresent(dois::add);
        dois.addAll(item.alternativeDois());
        dois.removeAll(ambiguousDois);
        this.type = item.type();
        this.container = ascii(item.get(Field.CONTAINER_TITLE).orElse(""));
        this.volume = item.get(Field.VOLUME).map(v -> v.toLowerCase(Locale.ROOT).strip()).orElse("");
        this.firstPage = item.get(Field.PAGE).map(p -> {
            Matcher m = DIGITS.matcher(p);
            return m.find() ? m.group() : "";
        }).orElse("");
        this.edition = item.get(Field.EDITION).map(e -> e.replaceAll("\\D", "")).orElse("");
    }

    /** Lower-case ASCII letters and digits, words separated by single spaces. */
    static String ascii(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String t = ASCII.get().transliterate(text.indexOf('&') >= 0 ? StringEscapeUtils.unescapeHtml4(text) : text);
        return t.replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Folds the differences between common romanisations of Russian (GOST, BGN, ISO, ICU). */
    static String fold(String ascii) {
        return ascii.replaceAll("[yij]a", "a").replaceAll("[yij]u", "u").replaceAll("[yij]e", "e").replaceAll("[yj]", "i")
                .replace("kh", "h").replace("zh", "z").replace("shch", "sc").replace("sch", "sc").replace("ts", "c")
                .replace("ch", "c").replace("sh", "s").replace("ii", "i");
    }

    static List<String> words(String asciiTitle) {
        List<String> out = new ArrayList<>();
        for (String w : asciiTitle.split(" ")) {
            if (w.length() >= 2 && !STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
