package io.github.citekit.internal.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of each token that the sequence labeller weighs: the word and its shape, its neighbours up
 * to three away, word and shape pairs with the next and previous token, and where it stands in the reference's punctuation (inside quotes or brackets, after "In" or "//",
 * after the year, how many full stops came before).
 */
public final class Features {
    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december", "январь", "января", "февраля", "марта", "апреля",
            "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");
    private static final Set<String> CUES = Set.of(
            "pp", "p", "pages", "page", "vol", "volume", "no", "nr", "num", "issue", "т", "с", "вып", "ч", "кн",
            "in", "eds", "ed", "editor", "editors", "edited", "by", "press", "university", "univ", "proceedings",
            "proc", "conference", "conf", "symposium", "workshop", "journal", "j", "review", "trans", "transactions",
            "report", "tech", "technical", "thesis", "phd", "dissertation", "master", "et", "al", "and", "и", "под",
            "ред", "пер", "сост", "изд", "url", "isbn", "issn", "doi", "accessed", "retrieved", "available", "дата",
            "обращения", "электронный", "ресурс", "режим", "доступа", "дис", "канд", "докт", "автореф", "наук", "м",
            "спб", "л", "издательство", "publishing", "publishers", "inc", "ltd", "verlag", "springer", "wiley",
            "elsevier", "acm", "ieee", "lecture", "notes", "series", "chapter", "edition", "edn", "rev", "n", "d",
            "nd", "forthcoming", "submitted", "preprint", "arxiv", "online", "http", "https", "from", "the", "of",
            "on", "for", "a", "an", "to", "s", "vs", "also", "see", "ibid", "op", "cit", "unpublished", "manuscript",
            "department", "dept", "institute", "school", "laboratory", "lab", "center", "centre", "college",
            "ministry", "наука", "учебник", "пособие", "статей", "сб", "материалы", "конференции", "труды",
            "вестник", "журнал", "газета");

    private Features() {
    }

    /** Receives the features of each token in turn, so that callers need not build their names. */
    public interface Sink {
        /** The features that follow belong to token {@code i}. */
        void token(int i);

        /** A feature named {@code name}. */
        void add(String name);

        /** A feature named {@code prefix + value}. */
        void add(String prefix, String value);

        /** A feature named {@code prefix + first + "|" + second}. */
        void add(String prefix, String first, String second);
    }

    /**
     * Where a token stands: its place in the reference and the punctuation seen before it. Each value gives
     * a feature of its own (no feature joins two of them), in three groups whose values {@link #where},
     * {@link #counts} and {@link #flags} number, so that a sink may sum each group's features once for
     * every value. A new field here must join one group's number and its {@code emit} method.
     */
    public static final class Context {
        boolean initial;
        boolean spaceBefore;
        int position;
        boolean first;
        boolean last;
        boolean inQuotes;
        boolean inParens;
        boolean afterIn;
        boolean afterSlashes;
        boolean afterSlash;
        boolean afterYear;
        int stops;
        int dashes;
        int colons;

        /** How many values {@link #where} takes. */
        static final int WHERE = 10 * 16;
        /** How many values {@link #counts} takes. */
        static final int COUNTS = 5 * 5 * 3;
        /** How many values {@link #flags} takes. */
        static final int FLAGS = 64;

        /** Where the token is: its tenth of the reference, first, last, an initial, a space before it. */
        int where() {
            return position << 4 | (first ? 8 : 0) | (last ? 4 : 0) | (initial ? 2 : 0) | (spaceBefore ? 1 : 0);
        }

        /** The full stops, dashes and colons before it (capped at 4, 4 and 2). */
        int counts() {
            return (stops * 5 + dashes) * 3 + colons;
        }

        /** Inside quotes or brackets; after "In", "//", "/" or the year. */
        int flags() {
            return (inQuotes ? 32 : 0) | (inParens ? 16 : 0) | (afterIn ? 8 : 0) | (afterSlashes ? 4 : 0)
                    | (afterSlash ? 2 : 0) | (afterYear ? 1 : 0);
        }

        /** A place whose group values are {@code where}, {@code counts} and {@code flags}. */
        static Context of(int where, int counts, int flags) {
            Context c = new Context();
            c.position = where >> 4;
            c.first = (where & 8) != 0;
            c.last = (where & 4) != 0;
            c.initial = (where & 2) != 0;
            c.spaceBefore = (where & 1) != 0;
            c.stops = counts / 15;
            c.dashes = counts / 3 % 5;
            c.colons = counts % 3;
            c.inQuotes = (flags & 32) != 0;
            c.inParens = (flags & 16) != 0;
            c.afterIn = (flags & 8) != 0;
            c.afterSlashes = (flags & 4) != 0;
            c.afterSlash = (flags & 2) != 0;
            c.afterYear = (flags & 1) != 0;
            return c;
        }

        /** Hands the features of this place to {@code sink}. */
        void emit(Sink sink) {
            emitWhere(sink);
            emitFlags(sink);
            emitCounts(sink);
        }

        /** The features of {@link #where}, with the bias feature "b" that every token has. */
        void emitWhere(Sink sink) {
            sink.add("b");
            if (initial) {
                sink.add("initial");
            }
            sink.add(spaceBefore ? "sp" : "nosp");
            sink.add("pos=", SMALL[position]);
            if (first) {
                sink.add("first");
            }
            if (last) {
                sink.add("last");
            }
        }

        /** The features of {@link #flags}. */
        void emitFlags(Sink sink) {
            sink.add("q=", Boolean.toString(inQuotes));
            sink.add("par=", SMALL[inParens ? 1 : 0]);
            sink.add("in=", Boolean.toString(afterIn));
            sink.add("ss=", Boolean.toString(afterSlashes));
            sink.add("sl=", Boolean.toString(afterSlash));
            sink.add("ay=", Boolean.toString(afterYear));
        }

        /** The features of {@link #counts}. */
        void emitCounts(Sink sink) {
            sink.add("st=", SMALL[stops]);
            sink.add("da=", SMALL[dashes]);
            sink.add("co=", SMALL[colons]);
        }
    }

    /** The offsets, relative to a token, of the neighbours whose text gives it features. */
    static final int[] OFFSETS = {-3, -2, -1, 0, 1, 2, 3};
    /** How far the neighbours reach on either side: offset {@code o} is at {@code o + REACH} in {@link #OFFSETS}. */
    static final int REACH = 3;

    /** A token text with the forms its features use, computed once per text. */
    record Word(String text, String lower, String shape, String compact) {
        static Word of(String text) {
            String shape = Features.shape(text);
            return new Word(text, text.toLowerCase(Locale.ROOT), shape, Features.compact(shape));
        }
    }

    /** Hands to {@code sink} the features that {@code word} gives the token at {@code offset} from it. */
    static void word(int offset, Word word, Sink sink) {
        String w = word.lower();
        switch (offset) {
            case -3 -> sink.add("w-3=", w);
            case -2 -> {
                sink.add("w-2=", w);
                sink.add("s-2=", word.compact());
            }
            case -1 -> {
                sink.add("w-1=", w);
                sink.add("s-1=", word.compact());
            }
            case 1 -> {
                sink.add("w1=", w);
                sink.add("s1=", word.compact());
            }
            case 2 -> {
                sink.add("w2=", w);
                sink.add("s2=", word.compact());
            }
            case 3 -> sink.add("w3=", w);
            case 0 -> own(word, sink);
            default -> throw new IllegalArgumentException("offset " + offset);
        }
    }

    /** The features of a token's own text: the word, its shape, affixes, and what kind of word it is. */
    static void own(Word word, Sink sink) {
        String text = word.text();
        String w = word.lower();
        sink.add("w=", w);
        sink.add("s=", word.shape());
        sink.add("sc=", word.compact());
        if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
            sink.add("p3=", w.substring(0, 3));
            sink.add("x3=", w.substring(w.length() - 3));
        }
        if (isYear(w)) {
            sink.add("year");
        }
        if (isDigits(w)) {
            sink.add("num", SMALL[Math.min(w.length(), 5)]);
        }
        if (MONTHS.contains(w)) {
            sink.add("month");
        }
        if (CUES.contains(w)) {
            sink.add("cue=", w);
        }
        if (hasCyrillic(text)) {
            sink.add("cyr");
        }
        if (w.startsWith("http") || w.startsWith("www.")) {
            sink.add("url");
        }
        if (w.startsWith("10.") && w.contains("/") || w.startsWith("doi:")) {
            sink.add("doi");
        }
    }

    /** Whether {@code lower} is a cue word or a month's name: the closed vocabulary that references share. */
    static boolean isClosedClass(String lower) {
        return CUES.contains(lower) || MONTHS.contains(lower);
    }

    /** The feature names of every token, in order (for training and for tests). */
    public static List<List<String>> of(List<Token> tokens) {
        List<List<String>> out = new ArrayList<>(tokens.size());
        visit(tokens, new Sink() {
            private List<String> current;

            @Override
            public void token(int i) {
                current = new ArrayList<>(40);
                out.add(current);
            }

            @Override
            public void add(String name) {
                current.add(name);
            }

            @Override
            public void add(String prefix, String value) {
                current.add(prefix + value);
            }

            @Override
            public void add(String prefix, String first, String second) {
                current.add(prefix + first + "|" + second);
            }
        });
        return out;
    }

    private static final String[] SMALL = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};

    /** Hands every feature of every token to {@code sink}, token by token. */
    public static void visit(List<Token> tokens, Sink sink) {
        int n = tokens.size();
        Word[] words = new Word[n];
        for (int i = 0; i < n; i++) {
            words[i] = Word.of(tokens.get(i).text());
        }
        places(tokens, (i, place) -> {
            sink.token(i);
            for (int offset : OFFSETS) {
                int j = i + offset;
                if (j >= 0 && j < n) {
                    word(offset, words[j], sink);
                } else {
                    outside(offset, sink);
                }
            }
            place.emit(sink);
            String w = words[i].lower();
            String c = words[i].compact();
            sink.add("w-1w=", i > 0 ? words[i - 1].lower() : START, w);
            sink.add("ww1=", w, i + 1 < n ? words[i + 1].lower() : END);
            sink.add("sb-=", i > 0 ? words[i - 1].compact() : START, c);
            sink.add("sb+=", c, i + 1 < n ? words[i + 1].compact() : END);
        });
    }

    /** The text that stands for a missing neighbour before the first token, and after the last. */
    static final String START = "<s>";
    static final String END = "</s>";

    /** Receives each token's place in turn. */
    interface PlaceSink {
        /** Token {@code i} stands at {@code place}; the object is reused for the next token. */
        void place(int i, Context place);
    }

    /**
     * Hands each token's place to {@code sink}, in order: the one walk through the reference's punctuation
     * that both the feature names and the labeller's summed weights use.
     */
    static void places(List<Token> tokens, PlaceSink sink) {
        int n = tokens.size();
        Context c = new Context();
        boolean inQuotes = false;
        int parens = 0;
        boolean afterIn = false;
        boolean afterSlashes = false;
        boolean afterSlash = false;
        boolean afterYear = false;
        int stops = 0;
        int dashes = 0;
        int colons = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String text = t.text();
            c.initial = text.length() <= 2 && Character.isUpperCase(text.charAt(0))
                    && i + 1 < n && tokens.get(i + 1).text().equals(".");
            c.spaceBefore = t.spaceBefore();
            c.position = n <= 1 ? 0 : i * 10 / n;
            c.first = i == 0;
            c.last = i == n - 1;
            c.inQuotes = inQuotes;
            c.inParens = parens > 0;
            c.afterIn = afterIn;
            c.afterSlashes = afterSlashes;
            c.afterSlash = afterSlash;
            c.afterYear = afterYear;
            c.stops = Math.min(stops, 4);
            c.dashes = Math.min(dashes, 4);
            c.colons = Math.min(colons, 2);
            sink.place(i, c);
            // state after this token: every mark that changes it is one character
            if (text.length() == 1) {
                switch (text.charAt(0)) {
                    case '"' -> inQuotes = !inQuotes;
                    case '“', '«', '„' -> inQuotes = true;
                    case '”', '»' -> inQuotes = false;
                    case '(', '[' -> parens++;
                    case ')', ']' -> parens = Math.max(0, parens - 1);
                    case '.' -> stops++;
                    case '—', '–' -> dashes++;
                    case ':' -> colons++;
                    case '/' -> {
                        if (i + 1 < n && tokens.get(i + 1).text().equals("/") && !tokens.get(i + 1).spaceBefore()) {
                            afterSlashes = true;
                        } else if (!(i > 0 && tokens.get(i - 1).text().equals("/"))) {
                            afterSlash = true;
                        }
                    }
                    case 'в', 'В' -> afterIn = true;
                    default -> { }
                }
            } else if (text.length() == 2 && (text.charAt(0) | 0x20) == 'i' && (text.charAt(1) | 0x20) == 'n') {
                afterIn = true; // "in" in any case
            }
            if (isYear(text)) { // digits have no case: the text's test is its lower-case form's
                afterYear = true;
            }
        }
    }

    /** Whether a character of {@code text} is in the Cyrillic block (U+0400–U+04FF). */
    private static boolean hasCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                return true;
            }
        }
        return false;
    }

    /** 1500–2099, without a regex on every token. */
    static boolean isYear(String w) {
        if (w.length() != 4 || !isDigits(w)) {
            return false;
        }
        char a = w.charAt(0);
        char b = w.charAt(1);
        return a == '1' && b >= '5' || a == '2' && b == '0';
    }

    /** One or more ASCII digits, as {@code \d+} says. */
    private static boolean isDigits(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The neighbour features of a token near either end of the reference, where there is no neighbour. */
    private static void outside(int offset, Sink sink) {
        String edge = offset < 0 ? START : END;
        switch (offset) {
            case -3 -> sink.add("w-3=", edge);
            case -2 -> {
                sink.add("w-2=", edge);
                sink.add("s-2=", edge);
            }
            case -1 -> {
                sink.add("w-1=", edge);
                sink.add("s-1=", edge);
            }
            case 1 -> {
                sink.add("w1=", edge);
                sink.add("s1=", edge);
            }
            case 2 -> {
                sink.add("w2=", edge);
                sink.add("s2=", edge);
            }
            case 3 -> sink.add("w3=", edge);
            default -> throw new IllegalArgumentException("offset " + offset);
        }
    }

    /** Xxxx for "Word", dd for "12", X. is two tokens; runs longer than four are cut. */
    static String shape(String token) {
        char[] s = new char[8];
        int length = 0;
        char prev = 0;
        int run = 0;
        for (int i = 0; i < token.length() && length < 8; i++) {
            char c = token.charAt(i);
            char k = c < 128 // ASCII without the Unicode tables, as most characters are
                    ? c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c
                    : Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            run = k == prev ? run + 1 : 1;
            if (run <= 4) {
                s[length++] = k;
            }
            prev = k;
        }
        return new String(s, 0, length);
    }

    /** The shape with repeated classes collapsed: Xx, d, x. */
    static String compact(String shape) {
        char[] s = new char[shape.length()];
        int length = 0;
        for (int i = 0; i < shape.length(); i++) {
            if (i == 0 || shape.charAt(i) != shape.charAt(i - 1)) {
                s[length++] = shape.charAt(i);
            }
        }
        return length == shape.length() ? shape : new String(s, 0, length);
    }
}
