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
    private static final java.util.Map<Integer, String> LETTERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern LIGATURES = Pattern.compile("\\p{M}+");
    private static final Pattern GLIDE_VOWEL = Pattern.compile("[yij]([aue])");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(?:\\d+|i{1,3}|iv|vi{0,3}|ix|xi{0,3})\\b");

    final String title;
    /** The title with romanisation variants folded (ya/ia/â → a, kh → h, …) so transliterations meet. */
    final String foldedTitle;
    final List<String> titleWords;
    /** Numbers and part numerals in the title ("part ii", "2"): versions or parts differ by them. */
    final Set<String> titleNumbers;
    final Set<String> families;
    /** Whether the author list was printed cut short ("et al."): its names are a prefix of the work's. */
    final boolean etAl;
    final int year;
    final Set<String> dois;
    final Set<String> ambiguousDois;
    /** The PubMed identifier, or empty: one per work, like a DOI. */
    final String pmid;
    /**
     * The digits of the record's number (a standard's, report's or patent's designation; an arXiv identifier
     * without its version), prefixed "a" for arXiv, or empty: two different numbers are two works.
     */
    final String number;
    final ItemType type;
    final String container;
    final String volume;
    final String firstPage;
    /** Every number in the pages field: a mislabelled issue number must not hide the first page. */
    final Set<String> pageNumbers;
    final String edition;
    /** The letter after the year its reference entry prints, "b" for "(2012b)", or empty. */
    final String yearLetter;
    /** Documents this record is an article of, and documents whose reference lists cite it. */
    final Set<String> articleOf;
    final Set<String> citedIn;

    private static final Pattern ARXIV_VERSION = Pattern.compile("(?i)^arxiv:\\s*(.+?)(?:v\\d+)?$");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");

    private static String numberKey(String number) {
        Matcher arxiv = ARXIV_VERSION.matcher(number.strip());
        String digits = NON_DIGITS.matcher(arxiv.matches() ? arxiv.group(1) : number).replaceAll("");
        return digits.isEmpty() ? "" : (arxiv.matches() ? "a" : "n") + digits;
    }

    Profile(Item item) {
        this.title = ascii(item.title().orElse(""));
        this.foldedTitle = fold(title);
        this.titleWords = words(foldedTitle); // folded, so that blocking and containment see transliterations alike
        Set<String> numbers = new java.util.TreeSet<>();
        Matcher num = NUMBER_WORD.matcher(title);
        while (num.find()) {
            numbers.add(num.group());
        }
        this.titleNumbers = numbers.isEmpty() ? Set.of() : Set.copyOf(numbers);
        Set<String> families = new LinkedHashSet<>();
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
        this.families = families.isEmpty() ? Set.of() : families;
        this.etAl = item.etAl(NameRole.AUTHOR) || item.authors().isEmpty() && item.etAl(NameRole.EDITOR);
        this.year = item.issued().map(d -> d.year()).orElse(0);
        Set<String> ambiguous = new LinkedHashSet<>();
        for (String w : item.warnings()) {
            Matcher m = AMBIGUOUS.matcher(w);
            if (m.find()) {
                ambiguous.add(m.group(1));
            }
        }
        this.ambiguousDois = ambiguous.isEmpty() ? Set.of() : ambiguous;
        Set<String> trusted = new LinkedHashSet<>();
        item.doi().ifPresent(trusted::add);
        trusted.addAll(item.alternativeDois());
        trusted.removeAll(ambiguous);
        this.dois = trusted.isEmpty() ? Set.of() : trusted;
        this.pmid = item.get(Field.PMID).orElse("");
        this.number = item.get(Field.NUMBER).map(Profile::numberKey).orElse("");
        this.type = item.type();
        this.container = ascii(item.get(Field.CONTAINER_TITLE).orElse(""));
        this.volume = item.get(Field.VOLUME).map(v -> v.toLowerCase(Locale.ROOT).strip()).orElse("");
        this.firstPage = item.get(Field.PAGE).map(p -> {
            Matcher m = DIGITS.matcher(p);
            return m.find() ? m.group() : "";
        }).orElse("");
        Set<String> pages = new LinkedHashSet<>();
        item.get(Field.PAGE).ifPresent(p -> {
            Matcher m = DIGITS.matcher(p);
            while (m.find()) {
                pages.add(m.group());
            }
        });
        this.pageNumbers = pages.isEmpty() ? Set.of() : pages;
        this.edition = item.get(Field.EDITION).map(e -> e.replaceAll("\\D", "")).orElse("");
        Set<String> articles = new LinkedHashSet<>();
        Set<String> cited = new LinkedHashSet<>();
        for (io.github.citekit.model.Source src : item.sources()) {
            if (src.kind() == io.github.citekit.model.SourceKind.ARTICLE) {
                articles.add(src.document());
            } else if (src.kind() == io.github.citekit.model.SourceKind.REFERENCE) {
                cited.add(src.document());
            }
        }
        this.articleOf = articles.isEmpty() ? Set.of() : articles;
        this.citedIn = cited.isEmpty() ? Set.of() : cited;
        String letter = "";
        for (io.github.citekit.model.Source src : item.sources()) {
            Matcher m = year > 0 && src.kind() == io.github.citekit.model.SourceKind.REFERENCE
                    ? LETTERED_YEAR.matcher(src.text()) : null;
            if (m != null && m.find() && Integer.parseInt(m.group(1)) == year) {
                letter = m.group(2);
                break;
            }
        }
        this.yearLetter = letter;
    }

    /** A year with a letter, as author–date lists tell one author's works of a year apart: "2012a". */
    private static final Pattern LETTERED_YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)([a-z])\\b");

    /** Lower-case ASCII letters and digits, words separated by single spaces. */
    static String ascii(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String t = text.indexOf('&') >= 0 ? StringEscapeUtils.unescapeHtml4(text) : text;
        boolean latin = true;
        boolean accents = false;
        for (int i = 0; i < t.length() && latin; i++) {
            char c = t.charAt(i);
            if (c >= 128) {
                accents = true;
                latin = !Character.isLetter(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            }
        }
        if (!latin) {
            // letter by letter through ICU, each letter once: whole-string "Any-Latin" costs far more
            StringBuilder b = new StringBuilder(t.length() + 8);
            t.codePoints().forEach(cp -> b.append(cp < 128 ? String.valueOf((char) cp)
                    : LETTERS.computeIfAbsent(cp, x -> ASCII.get().transliterate(new String(Character.toChars(x))))));
            t = b.toString();
        } else if (accents) {
            t = LIGATURES.matcher(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD)).replaceAll("");
            t = t.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe")
                    .replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l').replace('đ', 'd')
                    .replace('Đ', 'd').replace("þ", "th");
        }
        StringBuilder s = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && s.length() > 0) {
                    s.append(' ');
                }
                s.append(c);
                space = false;
            } else if (c != '\'' && c != '’' && c != '`') {
                space = true;
            }
        }
        return s.toString();
    }

    /** Folds the differences between common romanisations of Russian (GOST, BGN, ISO, ICU). */
    static String fold(String ascii) {
        String t = GLIDE_VOWEL.matcher(ascii).replaceAll("$1");
        t = t.replace('y', 'i').replace('j', 'i');
        return t.replace("kh", "h").replace("zh", "z").replace("shch", "sc").replace("sch", "sc").replace("ts", "c")
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
