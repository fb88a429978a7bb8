package io.github.citekit.internal.refs;

import io.github.citekit.internal.text.Document;
import io.github.citekit.internal.text.ListHeadings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reference lists of a document and splits them into entries: lists under a heading
 * (References, Bibliography, Список литературы, …), numbered ({@code 1.}, {@code [1]}, {@code 1)}),
 * bulleted, note-style ({@code 1 See …}), and an unheaded numbered list at the end of a text. Wrapped lines
 * are joined; content footnotes and bios are left out.
 */
public final class ReferenceLists {
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\[(\\d{1,3})]|(\\d{1,3})[.)])\\s+\\S.*");
    /**
     * A note: "1 See …", "6 “Russia Launches …,” BBC News", "7 --, and T. H. Jagger, 2004: …" (the note before's
     * authors again), or with the superscript number that PDF text keeps, "¹ Smith, J. …".
     */
    private static final Pattern NOTE = Pattern.compile("^(\\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\\s*(?<=\\s|[⁰¹²³⁴⁵⁶⁷⁸⁹])(?:[\"“‘«]?\\p{Lu}|[—–-]{1,3},\\s).*");
    private static final Pattern BULLET = Pattern.compile("^[-•·▪*]\\s+(\\S.*)$");
    private static final Pattern STOP = Pattern.compile("(?iu)^(?:about the authors?|об авторах?|appendix|приложение|"
            + "acknowledge?ments|благодарности)\\s*:?$");
    private static final Pattern BIBLIOGRAPHIC = Pattern.compile("(?iu)(?:\\b1[5-9]\\d\\d[a-z]?\\b|\\b20\\d\\d[a-z]?\\b|available at|"
            + "https?://|doi|[“\"«*]|\\bp{1,2}\\.\\s*\\d|\\bс\\.\\s*\\d|//|\\bn\\.d\\.|\\bibid\\b|\\bтам же\\b|"
            + "\\bop\\.\\s?cit\\b|\\bloc\\.\\s?cit\\b|\\bуказ\\.\\s?соч\\b|\\bto appear\\b|\\bin press\\b|\\bforthcoming\\b|\\barxiv\\b|\\bvol\\.\\s*\\d)");

    /** An author's bio after the list: "Anna Petrova is a lecturer at …", "Иванов Иван Иванович — доктор …". */
    private static final Pattern BIO = Pattern.compile("^(?:\\p{Lu}[\\p{L}.'’-]*\\s){1,3}(?:is|was|has been|holds|works|teaches|"
            + "serves|received|earned)\\s(?!\\d)|^\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,2}\\s[—–]\\s(?:доктор|кандидат|профессор|"
            + "доцент|научный|старший|ведущий|младший|аспирант|магистрант|директор|заведующий)");

    private ReferenceLists() {
    }

    /** Every entry of every reference list of {@code doc}, in document order. */
    public static List<RawEntry> find(Document doc) {
        List<RawEntry> entries = new ArrayList<>();
        int i = 0;
        boolean headed = false;
        while (i < doc.size()) {
            java.util.Optional<String> heading = ListHeadings.name(doc.text(i));
            if (heading.isPresent()) {
                headed = true;
                String name = heading.get();
                int end = listEnd(doc, i + 1);
                boolean notes = ListHeadings.namesNotes(name);
                entries.addAll(entries(doc, i + 1, end, name, notes));
                i = end;
            } else {
                i++;
            }
        }
        if (!headed) {
            entries.addAll(trailingNumberedList(doc));
        }
        if (entries.isEmpty()) {
            entries.addAll(markdownFootnotes(doc));
        }
        return entries;
    }

    /** A line of one to four digits with a blank line on either side: a page number, no entry nor part of one. */
    private static boolean isPageNumber(Document doc, int i) {
        String t = doc.text(i);
        if (t.isEmpty() || t.length() > 4) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                return false;
            }
        }
        return doc.isBlank(i - 1) || doc.isBlank(i + 1);
    }

    /** A Markdown footnote's definition: "[^1]: Gunnarsson, B. (2021). …". */
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^\\[\\^(\\d{1,3})]:\\s+(\\S.*)$");

    /**
     * Markdown's footnote definitions, wherever they stand, as a list of notes: each definition one note, with
     * the indented or following lines it wraps onto (up to a blank line or the next definition).
     */
    private static List<RawEntry> markdownFootnotes(Document doc) {
        List<RawEntry> out = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            Matcher m = FOOTNOTE_DEFINITION.matcher(doc.text(i));
            if (!m.matches()) {
                continue;
            }
            StringBuilder text = new StringBuilder(m.group(2));
            int line = doc.lines().get(i).number();
            int end = i;
            while (end + 1 < doc.size() && !doc.isBlank(end + 1) && !FOOTNOTE_DEFINITION.matcher(doc.text(end + 1)).matches()) {
                join(text, doc.text(++end));
            }
            add(out, text, line, doc.lines().get(end).number(), Integer.parseInt(m.group(1)), "notes", true);
            i = end;
        }
        return out;
    }

    private static int listEnd(Document doc, int from) {
        int i = from;
        // SSRN's page foot, "Suggested Citation: …", ends a list, unless entries go on after it; an entry or a
        // note numbered in it that names one does not
        while (i < doc.size() && !STOP.matcher(doc.text(i)).matches() && ListHeadings.name(doc.text(i)).isEmpty()
                && !(suggestedCitation(doc, i) && !entriesFollow(doc, i))) {
            i++;
        }
        return i;
    }

    /** Whether line {@code i} is a suggested citation ("Cite this as: …"), not an entry or a note numbered in a list. */
    private static boolean suggestedCitation(Document doc, int i) {
        String t = doc.text(i);
        return io.github.citekit.internal.extract.SuggestedCitation.opens(t) && !NUMBERED.matcher(t).matches()
                && !NOTE.matcher(t).matches();
    }

    /** Whether three of the six lines of text after line {@code i} open as entries do: the list goes on past it. */
    private static boolean entriesFollow(Document doc, int i) {
        int opening = 0;
        for (int j = i + 1, seen = 0; j < doc.size() && seen < 6; j++) {
            String t = doc.text(j);
            if (!t.isEmpty()) {
                seen++;
                opening += NUMBERED.matcher(t).matches() || ENTRY_START.matcher(t).find() ? 1 : 0;
            }
        }
        return opening >= 3;
    }

    /** Splits lines {@code from}..{@code to} into entries: markers start entries, other lines continue them. */
    private static List<RawEntry> entries(Document doc, int from, int to, String list, boolean notes) {
        List<RawEntry> out = new ArrayList<>();
        // a list is marked when it opens with a marker or has three: one entry that opens with a bullet or a
        // number of its own ("• Devaney, J. …", "2 vols. …") among unmarked ones does not make the others
        // continuations;
        int markers = 0;
        int lines = 0;
        boolean opensMarked = false;
        for (int i = from; i < to; i++) {
            String t = doc.text(i);
            if (t.isEmpty()) {
                continue;
            }
            boolean m = BULLET.matcher(t).matches() || NUMBERED.matcher(t).matches() || notes && NOTE.matcher(t).matches();
            markers += m ? 1 : 0;
            opensMarked |= lines == 0 && m;
            lines++;
        }
        // nor do a few numbers among many lines ("6. Myers T, …", a wrapped "27. 1995."): a marked list has a
        // marker at least every eighth line
        boolean marked = (opensMarked || markers >= 3) && (lines < 16 || markers * 8 >= lines);
        boolean linePerEntry = !marked && widerThanAColumn(doc, from, to);
        char listStyle = 0; // how the list numbers its entries: '[' for "[1]", '.' for "1.", ')' for "1)"
        int lastNumber = 0;
        int column = marked || linePerEntry ? 0 : columnWidth(doc, from, to);
        String last = "";
        StringBuilder current = null;
        int line = 0;
        int endLine = 0;
        int number = 0;
        boolean blankBefore = false;
        for (int i = from; i < to; i++) {
            String t = doc.text(i);
            if (t.isEmpty()) {
                if (!marked && current != null && !pageBreak(doc, i) && !continuesAfterBreak(doc, i, current)) {
                    add(out, current, line, endLine, number, list, notes);
                    current = null;
                }
                blankBefore = true;
                continue;
            }
            if (isPageNumber(doc, i) || suggestedCitation(doc, i)) {
                continue; // a page's number standing alone between entries of a PDF dump, or its citation line
            }
            Matcher b = BULLET.matcher(t);
            Matcher n = NUMBERED.matcher(t);
            Matcher note = NOTE.matcher(t);
            if (n.matches()) {
                // "[10] … (UIST" + "94) 1726, ACM, …": a wrapped line that opens with a number in another style,
                // or far from the next one, continues its entry
                char style = numberStyle(n);
                int value = Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2));
                if (listStyle == 0) {
                    listStyle = style;
                    lastNumber = value;
                } else if (style != listStyle || value != 1 && (value <= lastNumber || value > lastNumber + 5)) {
                    n.reset("");
                } else {
                    lastNumber = value;
                }
            }
            if (listStyle != 0 && b.matches()) {
                b.reset(""); // "- 22, April 30, 1956.": in a numbered list, a dash that opens a line continues an entry
            }
            boolean starts = b.matches() || n.matches() || notes && note.matches()
                    || !marked && (current == null || linePerEntry || nextEntry(current, t) || endedShort(last, t, column)
                            || opensWithAuthorsAfterAnEntry(current, t));
            if (marked && !starts && blankBefore && current != null && ENTRY_END.matcher(current).find()) {
                if (nextNumbered(doc, i, to, listStyle, lastNumber) < 0) {
                    break; // after a blank line, a line without a marker ends the list ("Table 1. …", the next article)
                }
                // the next entry follows: this is the rest of an entry after a page break, or a page's head or
                // foot that the document reader did not know ("Downloaded from …"), kept rather than lost
            }
            blankBefore = false;
            if (starts) {
                if (current != null) {
                    add(out, current, line, endLine, number, list, notes);
                }
                current = new StringBuilder(b.matches() ? b.group(1) : t);
                line = doc.lines().get(i).number();
                endLine = line;
                number = n.matches() ? Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2))
                        : notes && note.matches() ? Integer.parseInt(CitationLinker.fromSuperscript(note.group(1))) : 0;
            } else if (current != null) {
                join(current, t);
                endLine = doc.lines().get(i).number();
            }
            last = t;
        }
        if (current != null) {
            add(out, current, line, endLine, number, list, notes);
        }
        return out;
    }

    /**
     * The line of the list's next entry, numbered {@code lastNumber + 1} in its style, when it comes within
     * three lines of {@code from}, or -1.
     */
    private static int nextNumbered(Document doc, int from, int to, char listStyle, int lastNumber) {
        for (int j = from, seen = 0; j < to && seen < 3; j++) {
            if (doc.text(j).isEmpty()) {
                continue;
            }
            seen++;
            Matcher n = NUMBERED.matcher(doc.text(j));
            if (n.matches() && listStyle != 0 && numberStyle(n) == listStyle
                    && Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2)) == lastNumber + 1) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether the blank line at {@code blank} is part of a page break: a page's number, or a running head the
     * document reader took out, stands between it and the next line of text. An unmarked list's blank line
     * parts two entries; at a page break, the next line is read as any other line of the list.
     */
    private static boolean pageBreak(Document doc, int blank) {
        int j = blank;
        while (j < doc.size() && (doc.text(j).isEmpty() || isPageNumber(doc, j))) {
            if (isPageNumber(doc, j)) {
                return true;
            }
            j++;
        }
        if (blank == 0 || j >= doc.size()) {
            return false;
        }
        int before = doc.lines().get(blank - 1).number();
        int after = doc.lines().get(j).number();
        return doc.runningHeads().stream().anyMatch(h -> h.number() > before && h.number() < after);
    }

    /**
     * Whether an unmarked list's entry goes on after the blank line at {@code blank}, as at a page break: it
     * does not end the way entries end, and the next line of text (a page's number aside) opens in lower case,
     * or with a digit or a bracket ("1999; 96: 13450-13455.", "perspective de développement …").
     */
    private static boolean continuesAfterBreak(Document doc, int blank, StringBuilder current) {
        if (ENTRY_END.matcher(current).find() || ENDS_WITH_NUMBER_OR_SEMICOLON.matcher(current).find()) {
            return false;
        }
        int j = blank + 1;
        while (j < doc.size() && (doc.text(j).isEmpty() || isPageNumber(doc, j))) {
            j++;
        }
        return j < doc.size() && CONTINUATION.matcher(doc.text(j)).lookingAt();
    }

    private static final Pattern CONTINUATION = Pattern.compile("[\\p{Ll}\\d(]");

    /** How a numbered line numbers its entry: '[' for "[1]", else the mark after the digits, '.' or ')'. */
    private static char numberStyle(Matcher numbered) {
        return numbered.group(1) != null ? '[' : numbered.group().charAt(numbered.end(2));
    }

    /**
     * Whether the lines {@code from}..{@code to} are wider than a PDF's text column, which a text dump wraps at
     * about 60 (two columns) to 110 characters: their median is over 130, or a fifth of them (two at least)
     * are over 150. Such a list was written one entry per line (a web page, a word processor's file), and its
     * lines are not wrapped parts of entries, whatever their ends and openings look like.
     */
    private static boolean widerThanAColumn(Document doc, int from, int to) {
        int[] lengths = lineLengths(doc, from, to);
        if (lengths.length == 0) {
            return false;
        }
        long wide = java.util.Arrays.stream(lengths).filter(n -> n > 150).count();
        return lengths[lengths.length / 2] > 130 || wide >= 2 && wide * 5 >= lengths.length;
    }

    /**
     * The width of a wrapped list's text column, in characters: the length that a tenth of its lines reach
     * (the wrapped lines of an entry fill the column; its last line does not). 0 for fewer than six lines.
     */
    private static int columnWidth(Document doc, int from, int to) {
        int[] lengths = lineLengths(doc, from, to);
        return lengths.length < 6 ? 0 : lengths[lengths.length * 9 / 10];
    }

    /** The lengths of the non-empty lines {@code from}..{@code to}, in ascending order. */
    private static int[] lineLengths(Document doc, int from, int to) {
        return java.util.stream.IntStream.range(from, to).map(i -> doc.text(i).length()).filter(n -> n > 0).sorted().toArray();
    }

    /**
     * Whether {@code line} ended its entry because the entry ended, not the column: it ends where an entry may
     * end, or with a number, and the next line's first word would have fitted after it with room to spare (a
     * fifth of the column, as letters are of unequal width).
     */
    private static boolean endedShort(String line, String next, int column) {
        if (column == 0 || line.isEmpty()) {
            return false;
        }
        int word = next.indexOf(' ');
        int filled = line.length() + 1 + (word < 0 ? next.length() : word);
        return filled < column * 0.8 && (ENTRY_END.matcher(line).find() || ENDS_WITH_NUMBER.matcher(line).find())
                || filled < column * 0.6 && !DANGLING.matcher(line).find();
    }

    /** A line's end that leaves its entry open: a comma, a conjunction, a hyphen, "In:". */
    private static final Pattern DANGLING = Pattern.compile("(?:[,:&/-]|\\b(?:and|und|et|и|in|In|of|the))\\s*$");

    /** A page or a year at a line's end ("ApJ, 427, 759", "503-508, 1989"): styles without a final full stop end so. */
    private static final Pattern ENDS_WITH_NUMBER = Pattern.compile("\\d\\s*$");

    /** The line ends where an entry may end: a full stop, a closing bracket or quote, or a link. */
    private static final Pattern ENTRY_END = Pattern.compile("(?:[.!?)\\]»”\"]|https?://\\S+|\\b10\\.\\d{4,9}/\\S+)\\s*$");
    /**
     * How a person's name opens a reference: "Family, I." or "Family, Given", "van Bueren, J.", "Suzuki, et al.",
     * "Folkman, 1985," "I. Family", "J. P. COLLMAN.", "C. K. I. Williams.", "Family I." (GOST), "Family AB,",
     * "Rammensee H-G," (Vancouver), "Family J and Other K 1997", "Family J L, …", "Family I et al" (IOP's
     * physics style), a Korean or Chinese name before a comma, a full stop or the year ("성춘택, 2017", "권 진. (2013)").
     */
    private static final String PERSON_START = "(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Ll]a|[Ll]e|ter|ten)"
            + "(?:\\s(?:de|der|den))?\\s)?(?:\\p{Lu}[\\p{L}'’-]+(?:\\s(?:van|von|de|der|den|da|du|la|le)\\s\\p{Lu}[\\p{L}'’-]+)?"
            + "(?:,\\s*\\p{Lu}|,?\\set al\\b|,\\s(?:1[5-9]|20)\\d\\d\\b)"
            + "|\\p{Lu}\\.\\s?(?:-?\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}'’-]+[,\\s]"
            + "|\\p{Lu}\\.\\s?(?:-?\\p{Lu}\\.\\s?)*\\p{Lu}{2,}[\\p{Lu}'’-]*\\."
            + "|\\p{Lu}\\.\\s?(?:-?\\p{Lu}\\.\\s?)+\\p{Lu}\\p{Ll}+\\."
            + "|\\p{Lu}[\\p{L}'’-]+\\s\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?"
            + "|\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?\\s\\p{Lu}{1,3}(?:-\\p{Lu})?[,.]\\s"
            + "|[\\p{IsHan}\\p{IsHangul}]{1,4}(?:\\s[\\p{IsHan}\\p{IsHangul}]{1,3})?(?:[,.]\\s?|\\s?\\((?:1[5-9]|20)\\d\\d)"
            + "|\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s\\p{Lu}{1,3}(?:\\s\\p{Lu})?(?:,|\\sand\\s|\\set al\\b|\\s(?:1[5-9]|20)\\d\\d\\b))";
    private static final Pattern PERSON_OPENS = Pattern.compile("^(?!(?:In|Im|В|Dans|In:)\\s)(?:" + PERSON_START + ")");
    /**
     * How a reference opens: a person's name, a dash for the same author again, or an organisation
     * before its year, "World Bank (2019)", "United Nations Conference on Trade and Development (UNCTAD). (2019)",
     * "World Health Organization. 2020.".
     */
    private static final Pattern ENTRY_START = Pattern.compile("^(?!(?:In|Im|В|Dans|In:)\\s)(?:" + PERSON_START
            + "|[—–_-]{2,}"
            + "|(?:\\p{Lu}[\\p{L}&-]*\\s|(?:of|and|for|on|the|in|de|du|des|la|le|et|für|und)\\s){0,10}\\p{Lu}[\\p{L}]*\\.?"
            + "(?:\\s\\(\\p{Lu}[\\p{L}]{1,11}\\)\\.?)?\\s\\((?:1[5-9]|20)\\d\\d"
            + "|(?:\\p{Lu}[\\p{L}&-]*\\s|(?:of|and|for|on|the|de|du|des|für|und)\\s){0,10}\\p{Lu}[\\p{L}]*\\.\\s(?:1[5-9]|20)\\d\\d[a-z]?\\.)");

    /**
     * In a list without numbers or bullets, whether a line starts the next entry rather than continuing a
     * wrapped one: the entry so far names a year, and it ends where an entry may end and the line opens the
     * way references open (a standard's designation too, "3GPP TS 23.501: …"), or it ends with a number or a semicolon, as styles without a final full stop end
     * ("ApJ, 427, 759", "Acc. Chem. Res. 10, 265 (1977);"), and the line opens with a person's name. Lists
     * with one entry per line and no blank lines between them need this.
     */
    private static boolean nextEntry(StringBuilder current, String line) {
        if (ENDS_WITH_INITIAL.matcher(current).find()) {
            return false;
        }
        if (!YEAR_OR_UNDATED.matcher(current).find()) {
            // an entry without a year ("… Internetworking: Research and Experience, 1, 3-26.") ends as well, when
            // it is long and the line opens with a name and initials, "Fikes, R. E.," "R. E. Fikes," "Fikes RE,"
            return current.length() >= 60 && ENTRY_END.matcher(current).find() && NAME_WITH_INITIALS.matcher(line).lookingAt();
        }
        return (ENTRY_END.matcher(current).find() && (ENTRY_START.matcher(line).find() || ReferenceParser.standardAt(line) != null
                        || CAPITALS.matcher(line).lookingAt() && !opensWithAPublisherOrJournal(line))
                        || ENDS_WITH_NUMBER_OR_SEMICOLON.matcher(current).find() && (PERSON_OPENS.matcher(line).find() || opensWithAuthors(line)));
    }

    /**
     * Whether {@code line} opens with names that the reference labeller reads as a whole reference's authors
     * ("Tim Berners-Lee, Robert Cailliau, …", "Harry Heffes and David Lucantoni.", "W. Cohen."), after an
     * entry that names a year and ends as entries end: given names first are no pattern's to find.
     */
    private static boolean opensWithAuthorsAfterAnEntry(StringBuilder current, String line) {
        return Character.isUpperCase(line.charAt(0)) && ENTRY_END.matcher(current).find()
                && !ENDS_WITH_INITIAL.matcher(current).find() && YEAR_OR_UNDATED.matcher(current).find() && opensWithAuthors(line);
    }

    /**
     * Whether the reference labeller reads {@code line}'s opening as authors, not as a publisher ("MIT Press, …"),
     * nor as a place before its publisher ("Thousand Oaks, CA: Sage.", which it takes for a name).
     */
    private static boolean opensWithAuthors(String line) {
        String author = ReferenceParser.shipped().parse(line).fields().getOrDefault("author", "");
        return author.length() >= 4 && line.startsWith(author) && !line.substring(author.length()).strip().startsWith(":");
    }

    /** An entry so far that ends with a lone initial, "… Trans. Robert A.": the next line holds the rest of the name. */
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|[\\s.,(])\\p{Lu}\\.\\s*$");

    /** Whether the reference labeller reads {@code line}'s opening as a publisher, its place or a journal. */
    private static boolean opensWithAPublisherOrJournal(String line) {
        Map<String, String> fields = ReferenceParser.shipped().parse(line).fields();
        return java.util.stream.Stream.of("publisher", "publisher-place", "container-title")
                .map(f -> fields.getOrDefault(f, "")).anyMatch(v -> !v.isEmpty() && line.startsWith(v));
    }

    /** A name in capitals opening a line, "PEDERSEN C. J.", "OECD (2019)" or "MIT Press": the labeller tells which. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}[\\s,]");

    private static final Pattern NAME_WITH_INITIALS = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,\\s(?:\\p{Lu}\\.\\s?)+[,&]"
            + "|(?:\\p{Lu}\\.\\s?)+\\p{Lu}\\p{Ll}[\\p{L}'’-]+,|\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s\\p{Lu}{1,3},\\s");

    private static final Pattern ENDS_WITH_NUMBER_OR_SEMICOLON = Pattern.compile("[\\d;]\\s*$");

    /**
     * A year, also glued to a month or a letter by a PDF ("Sep2012", "(2011)E"), an arXiv identifier, or the
     * mark of a work without one ("n.d.", "in press", "in preparation").
     */
    private static final Pattern YEAR_OR_UNDATED = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)|\\bn\\.\\s?d\\."
            + "|(?i:\\bin press\\b|\\bforthcoming\\b|\\bin prepara-?tion\\b|\\barxiv\\s?:\\s?\\d{4}\\s?\\.\\s?\\d{4,5}|\\b[a-z-]+/\\d{7}\\b)");

    /** The last word of an entry so far when it is a link broken at the line end ("https://www.example.org/en/"). */
    private static final Pattern BROKEN_LINK = Pattern.compile("(?:https?://|www\\.|doi\\.org/|\\b10\\.\\d{4,9}/)\\S*$");

    private static void join(StringBuilder entry, String next) {
        // a link broken at the line end, or a word at a hyphen, continues without a space ("№ 5." does not)
        String so = entry.toString();
        // (a link that ends in a letter before a capital, "…/page" + "Accessed 3 May 2020", ends there)
        boolean glue = !next.startsWith("http") && (so.endsWith("-") || BROKEN_LINK.matcher(so).find()
                && (so.matches("(?s).*[/\\-._~=?&#%]$") || !next.matches("^(?:\\p{Lu}|\\[|\\().*")));
        if (!glue) {
            entry.append(' ');
        }
        entry.append(next);
    }

    private static void add(List<RawEntry> out, StringBuilder text, int line, int endLine, int number, String list,
            boolean notes) {
        String t = text.toString().strip();
        // a note that cites nothing ("1 The exception is one that proves the rule...") is a content note
        // (Chicago's short note, "Wood, Origin of Capitalism, 50.", cites too)
        if (notes && !BIBLIOGRAPHIC.matcher(t).find() && ReferenceParser.shortNote(t).isEmpty() || BIO.matcher(t).find()) {
            return;
        }
        out.add(new RawEntry(t, line, endLine, number, list));
    }

    /** A numbered list 1, 2, 3, … that ends the document, with no heading before it. */
    private static List<RawEntry> trailingNumberedList(Document doc) {
        int last = doc.size() - 1;
        while (last >= 0 && doc.isBlank(last)) {
            last--;
        }
        int start = -1;
        int expect = -1;
        for (int i = last; i >= 0; i--) {
            String t = doc.text(i);
            Matcher n = NUMBERED.matcher(t);
            if (n.matches()) {
                int num = Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2));
                if (expect != -1 && num != expect) {
                    break;
                }
                start = i;
                expect = num - 1;
                if (num == 1) {
                    break;
                }
            } else if (!t.isEmpty() && t.length() > 300) {
                break; // a body paragraph: the list is over
            }
        }
        if (start < 0 || expect != 0) {
            return List.of();
        }
        List<RawEntry> entries = entries(doc, start, last + 1, "numbered", false);
        long bibliographic = entries.stream().filter(e -> BIBLIOGRAPHIC.matcher(e.text()).find()).count();
        return entries.size() >= 3 && bibliographic * 2 >= entries.size() ? entries : List.of();
    }
}
