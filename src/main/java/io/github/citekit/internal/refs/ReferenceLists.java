package io.github.citekit.internal.refs;

import io.github.citekit.internal.text.Document;
import io.github.citekit.internal.text.Line;
import io.github.citekit.internal.text.ListHeadings;
import java.util.ArrayList;
import java.util.List;
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
    /** A numbered line's number and the space after it. */
    private static final Pattern MARKER = Pattern.compile("^(?:\\[\\d{1,3}]|\\d{1,3}[.)])\\s+");
    /**
     * A note: "1 See …", "6 “Russia Launches …,” BBC News", "7 --, and T. H. Jagger, 2004: …" (the note before's
     * authors again), or with the superscript number that PDF text keeps, "¹ Smith, J. …".
     */
    private static final Pattern NOTE = Pattern.compile("^(\\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\\s*(?<=\\s|[⁰¹²³⁴⁵⁶⁷⁸⁹])(?:[\"“‘«]?\\p{Lu}|[—–-]{1,3},\\s).*");
    /** A page's foot in parts between bars, its number last: "Eddelbuettel and François Rcpp Vignette | January 11, 2022 | 3". */
    private static final Pattern PIPED_FOOT = Pattern.compile("[^|]{3,90}\\s\\|\\s[^|]{3,40}\\s\\|\\s\\d{1,4}(?:[–-]\\d{1,4})?");
    /** A footnote's number and its link alone on a line: "14http://CRAN.R-project.org", "3 https://…". */
    private static final Pattern FOOTNOTE_LINK = Pattern.compile("\\d{1,3}\\s?(?:https?://|www\\.)\\S+");
    /**
     * A bulleted entry, or a web page's note in Wikipedia's form, "^ a b Osei, Kofi (2004). …", "↑ Перейти к: 1 2 …":
     * the caret and the {@link Backlinks} to each citation of it (the page's "[1]"), its number being its place in the list.
     */
    private static final Pattern BULLET = Pattern.compile("^(?:[-•·▪*]|([\\^↑]))\\s+(\\S.*)$");
    /**
     * Back matter that follows a list: the authors' addresses (JSS prints "Affiliation:" after its references),
     * acknowledgements, declarations, supplementary material. A line that is only such a heading is no entry.
     */
    private static final Pattern STOP = Pattern.compile("(?iu)^(?:about the authors?|об авторах?|appendix|appendices|приложение|приложения|"
            + "acknowledge?ments|благодарности|affiliations?|authors?['’]?\\s+affiliations?|authors?['’]?\\s+addresses|"
            + "address(?:es)?\\s+for\\s+correspondence|corresponding\\s+authors?|author\\s+information|"
            + "supplementary\\s+(?:materials?|information|data)|supporting\\s+information|"
            + "сведения\\s+об\\s+авторах|информация\\s+об\\s+авторах)\\s*:?$");
    /**
     * An appendix's heading: "Appendix A. Proofs", "APPENDIX B: Tables", "Приложение 1". A section lettered as LaTeX
     * letters appendices, "A. R code", "A.1. Zero slope models", "A Notation", is also how an entry by an initialled
     * author opens ("A. Zeileis. p-Werte …", "B. E. Hansen.") or a title with its article ("A Model of …"), so those
     * count only as a short line with no full stop or comma inside, after an entry's end, with nothing bibliographic
     * on the lines after it ({@link #appendixHeading}).
     */
    private static final Pattern APPENDIX = Pattern.compile("(?iu)^(?:appendix|приложение|anhang|annexe?|anexo)\\s+"
            + "(?:[A-ZА-Я]|\\d{1,2}|[IVX]{1,4})(?:[.:—–-]\\s*\\S.{0,80})?$");
    /** What the rest of an entry holds and an appendix's first lines do not: a year, a DOI, a link, pages, a volume. */
    private static final Pattern ENTRY_REST = Pattern.compile("(?iu)\\b1[5-9]\\d\\d[a-z]?\\b|\\b20\\d\\d[a-z]?\\b|\\bdoi\\b|https?://|\\bpp?\\.\\s*\\d|\\bvol\\.\\s*\\d");
    /** "A. R code", "A.1 Random variables": a letter with a full stop or a number, then two words or more. */
    private static final Pattern LETTERED_SECTION = Pattern.compile("^[A-H](?:\\.\\d{1,2})*\\.?(?<=\\.|\\d)\\s+\\p{Lu}[^\\s.,;]*\\s+[^\\s.,;][^.,;]{0,70}$");
    /** "A Notation": as an entry's title opens with its article, "A National Cancer Institute Workshop on". */
    private static final Pattern BARE_LETTER_SECTION = Pattern.compile("^([A-H])\\s+\\p{Lu}[^.,;]{0,70}$");
    /** An appendix's subsection, "A.1 Random variables", whose letter is group 1. */
    private static final Pattern SUBSECTION = Pattern.compile("^([A-H])\\.\\d{1,2}\\.?\\s+\\p{Lu}");
    /** An appendix's letter or number alone, "A", "A.1", as pdftotext's plain text sets it apart from its title. */
    private static final Pattern LONE_LETTER = Pattern.compile("^[A-H](?:\\.\\d{1,2})*\\.?$");
    /** A heading's title: a capital, then no full stop, comma or semicolon. */
    private static final Pattern HEADING_TITLE = Pattern.compile("^\\p{Lu}[^.,;]{0,70}$");
    private static final Pattern BIBLIOGRAPHIC = Pattern.compile("(?iu)(?:\\b1[5-9]\\d\\d[a-zа-я]?\\b|\\b20\\d\\d[a-zа-я]?\\b|available at|\\bwww\\.|\\burl:|"
            + "https?://|doi|[“\"«*]|\\bp{1,2}\\.\\s*\\d|\\bс\\.\\s*\\d|//|\\bn\\.d\\.|\\bibid\\b|\\bтам же\\b|\\b(?:ebd|ebenda|ibíd)\\b|\\ba\\.\\s?a\\.\\s?o\\.|\\b(?-i:S)\\.\\s?\\d|"
            + "\\bop\\.\\s?cit\\b|\\bid\\.(?:$|\\s+at\\s)|\\bsupra\\b|\\bloc\\.\\s?cit\\b|\\bуказ\\.\\s?соч\\b|"
            + "\\b(?:art|ouvr|ob)\\.\\s?cit\\b|\\bdz\\.\\s?cyt\\b|\\b(?:ivi|tamże|ídem)\\b|\\bтам само\\b|\\bto appear\\b|\\bin press\\b|\\bforthcoming\\b|\\barxiv\\b|\\bvol\\.\\s*\\d)");

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
            if (heading.isPresent() && heading.get().equals("citations") && !marksFollow(doc, i + 1)) {
                heading = java.util.Optional.empty(); // a table's column, "Citations", over counts: Wikipedia's list has its marks
            }
            if (heading.isPresent() && inContents(doc, i)) {
                heading = java.util.Optional.empty();
            }
            if (heading.isPresent()) {
                headed = true;
                String name = heading.get();
                boolean notes = ListHeadings.namesNotes(name);
                int end = listEnd(doc, i + 1);
                Document list = floatsLeftOut(markersJoined(doc, i + 1, end), i + 1, end, notes);
                List<RawEntry> found = entries(list, i + 1, end, name, notes);
                // a section that a list's word heads, "Sources" over a software's own, whose lines hardly name a
                // year, link or pages ("[1] <?xml version=\"1.0\"?>", as R prints a file), is no list
                if (notes || found.size() < 3 || found.stream().filter(e -> ENTRY_REST.matcher(e.text()).find()).count() * 4 >= found.size()) {
                    entries.addAll(found);
                }
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

    /**
     * How many lines of a numbered list hold another entry's number inside them, "[10] D. Padua and M. J. Wolfe. Advanced
     * compiler [21] Whittaker RH, Feeny P. …", "Metabolism, Toxicity and Cancer. Adv Exp [24] ATLAS Collaboration …",
     * "8. Джеймс У. Воля к вере … // Во- 20. Freud S. The Economic …": two columns read across each other, line by line,
     * as pdftotext's plain text of a page whose gutter is hardly wider than a space between words. No cut can part such
     * entries; the caller says so. Lines are counted from the first that opens with an entry's number, so that the
     * body's citations ("In [12] Smith shows") do not count.
     */
    public static int linesAcrossColumns(Document doc) {
        int n = 0;
        Pattern inner = null;
        for (Line line : doc.lines()) {
            String t = line.text();
            if (inner == null) {
                Matcher open = t.length() > 3 && (t.charAt(0) == '[' || Character.isDigit(t.charAt(0))) ? NUMBERED.matcher(t) : null;
                if (open == null || !open.matches()) {
                    continue;
                }
                inner = open.group(1) != null ? INNER_BRACKETED : INNER_DOTTED;
            }
            if (t.length() > 20 && inner.matcher(t).find(12)) {
                n++;
            }
        }
        return n;
    }

    /** "[21] Whittaker", "Adv Exp [24] ATLAS", "Fin[14] McCulloch": an entry's number and the letter that opens it. */
    private static final Pattern INNER_BRACKETED = Pattern.compile("\\[\\d{1,3}]\\s\\p{Lu}");
    /** "20. Freud S.", "12. Иванов И. И.": a number, a family name and initials, as a GOST entry opens. */
    private static final Pattern INNER_DOTTED = Pattern.compile("\\s\\d{1,3}\\.\\s\\p{Lu}\\p{Ll}+,?\\s\\p{Lu}\\.");

    private static final Pattern MARKER_ALONE = Pattern.compile("\\[\\d{1,3}]|\\d{1,3}[.)]");

    /**
     * The document with each number that stands alone on its line in the list ("[1]", then a blank line, then
     * "A. Smith, …", as pdftotext writes labels set apart from their entries) moved to the start of the entry's
     * first line, its own line left blank; the document itself where no number stands alone.
     */
    private static Document markersJoined(Document doc, int from, int to) {
        // set apart: a blank line before and after it, and the list has two such ("123." alone ends a wrapped entry);
        // where entries carry their numbers on their lines too, the numbers of both kinds must number the list once
        // each (pdftotext's reading order of two columns: "[18] J. Jensen …", "[1]", "A. Smith …", "[19] I. Irving …")
        int apart = 0;
        boolean numberedLines = false;
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Matcher n = NUMBERED.matcher(doc.text(i));
            if (n.matches()) {
                numberedLines = true;
                numbers.add(numberOf(n));
            } else if (numberSetApart(doc, i, from, to)) {
                apart++;
                numbers.add(Integer.parseInt(doc.text(i).replaceAll("\\D", "")));
            }
        }
        if (apart < 2 || numberedLines && !oneNumbering(numbers)) {
            return doc;
        }
        List<io.github.citekit.internal.text.Line> lines = null;
        for (int i = from; i < to; i++) {
            if (!numberSetApart(doc, i, from, to)) {
                continue;
            }
            String t = doc.text(i);
            int j = i + 2;
            while (j < to && j <= i + 3 && doc.isBlank(j)) {
                j++;
            }
            if (j >= to || doc.isBlank(j) || MARKER_ALONE.matcher(doc.text(j)).matches() || NUMBERED.matcher(doc.text(j)).matches()) {
                continue;
            }
            if (lines == null) {
                lines = new ArrayList<>(doc.lines());
            }
            int at = doc.lines().get(i).number(); // the entry starts on the number's line, for the citations' linker too
            for (int k = i; k < j; k++) {
                lines.set(k, new io.github.citekit.internal.text.Line(at, ""));
            }
            lines.set(j, new io.github.citekit.internal.text.Line(at, t + " " + doc.text(j)));
            i = j;
        }
        return lines == null ? doc : new Document(doc.name(), lines, doc.runningHeads(), doc.columnPages());
    }

    /**
     * Whether {@code numbers} number one list, each once: no number twice, and nine in ten of 1 to the largest
     * there (a few lost to a page's foot or a garbled line).
     */
    private static boolean oneNumbering(List<Integer> numbers) {
        java.util.Set<Integer> distinct = new java.util.HashSet<>(numbers);
        int max = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
        return max >= 3 && distinct.size() == numbers.size() && distinct.size() * 10 >= max * 9;
    }

    /**
     * The numbers of the list's numbered lines when they number it once each but not in order, in brackets: two
     * columns' entries, read by pdftotext block after block ("[18] …", "[1] …", "[19] …", "[2] …"); else none.
     */
    private static java.util.Set<Integer> numbersOutOfOrder(Document doc, int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        boolean descends = false;
        for (int i = from; i < to; i++) {
            Matcher n = NUMBERED.matcher(doc.text(i));
            if (n.matches()) {
                if (numberStyle(n) != '[') {
                    return new java.util.HashSet<>();
                }
                descends |= !numbers.isEmpty() && numberOf(n) < numbers.get(numbers.size() - 1);
                numbers.add(numberOf(n));
            }
        }
        return descends && oneNumbering(numbers) ? new java.util.HashSet<>(numbers) : new java.util.HashSet<>();
    }

    private static boolean numberSetApart(Document doc, int i, int from, int to) {
        String t = doc.text(i);
        return !t.isEmpty() && t.length() <= 5 && (i == from || doc.isBlank(i - 1)) && i + 1 < to && doc.isBlank(i + 1)
                && MARKER_ALONE.matcher(t).matches();
    }

    /** Whether the first line of text from {@code from} opens with a list's mark: a caret or arrow, a bullet, a number. */
    private static boolean marksFollow(Document doc, int from) {
        for (int j = from; j < doc.size(); j++) {
            String t = doc.text(j);
            if (!t.isEmpty()) {
                return BULLET.matcher(t).matches() || NUMBERED.matcher(t).matches();
            }
        }
        return false;
    }

    /**
     * A page's number alone on its line, with a blank line on either side: "12", groff's "-12-", "– 12 –", "Page 12",
     * "Page 12 of 30"; no entry nor part of one.
     */
    private static boolean isPageNumber(Document doc, int i) {
        String t = doc.text(i);
        if (t.isEmpty() || t.length() > 20 || "0123456789-–—Pp".indexOf(t.charAt(0)) < 0 || !PAGE_NUMBER.matcher(t).matches()) {
            return false;
        }
        return doc.isBlank(i - 1) || doc.isBlank(i + 1);
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}|[-–—]\\s?\\d{1,4}\\s?[-–—]|(?i:page)\\s\\d{1,4}(?:\\s(?i:of)\\s\\d{1,4})?");

    /**
     * Whether the entry so far ends with a comma: a number alone on the line right after it ("…, ApJS, 179," + "195"
     * before a blank line) is its page or year, not the page's number that a PDF prints apart, after a blank line.
     */
    private static boolean endsWithComma(CharSequence current) {
        int end = current.length();
        while (end > 0 && Character.isWhitespace(current.charAt(end - 1))) {
            end--;
        }
        return end > 0 && current.charAt(end - 1) == ',';
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
                && !(suggestedCitation(doc, i) && !entriesFollow(doc, i)) && !appendixHeading(doc, i)
                && !EMAIL.matcher(doc.text(i)).lookingAt()) {
            i++;
        }
        return i < doc.size() && EMAIL.matcher(doc.text(i)).lookingAt() ? addressOpening(doc, from, i) : i;
    }

    /** An author's e-mail line, "Email address: bretz@…", "E-mail: …": R News prints the addresses so after its list. */
    private static final Pattern EMAIL = Pattern.compile("(?iu)(?:e-?mail(?:\\s+address(?:es)?)?|электронная\\s+почта)\\s*:?\\s*\\S+@");

    /**
     * Where the address that ends with the e-mail line {@code email} opens: the lines before it, up to four and none
     * bibliographic, after a line that ends an entry ("… 252:H47–H53, 1987." + "Friedrich-Alexander-Universität
     * Erlangen-Nürnberg, Institut für Medi-" + "zininformatik, …, D-91054 Erlangen"); the e-mail line itself where
     * there are none such.
     */
    private static int addressOpening(Document doc, int from, int email) {
        for (int j = email - 1; j > from && j >= email - 4 && !doc.isBlank(j) && !BIBLIOGRAPHIC.matcher(doc.text(j)).find(); j--) {
            if (doc.isBlank(j - 1) || EntryOpenings.ENTRY_END.matcher(doc.text(j - 1)).find()) {
                return j;
            }
        }
        return email;
    }

    /**
     * The document with the lines of a list that a page break leads into and that are no entries left blank: a table
     * or a figure that the page sets among the entries, or the body that goes on after a list printed in a paper's
     * middle. Such a stretch opens a page with eight lines of text that read as no entry ({@link #proseFollows}), and
     * lasts up to a line that opens as an entry does with something bibliographic on it or the two lines after.
     * Notes are left as they are: a content note has no mark either.
     */
    private static Document floatsLeftOut(Document doc, int from, int to, boolean notes) {
        if (notes) {
            return doc;
        }
        List<io.github.citekit.internal.text.Line> lines = null;
        boolean bibliographic = false; // the list has begun: a line of it was bibliographic
        int lastText = -1;
        for (int i = from; i < to; i++) {
            String t = doc.text(i);
            if (t.isEmpty() || BARE_NUMBER.matcher(t).matches()) {
                continue;
            }
            if (bibliographic && pageBreakBetween(doc, lastText, i) && proseFollows(doc, i)) {
                if (lines == null) {
                    lines = new ArrayList<>(doc.lines());
                }
                int j = i;
                for (; j < to && !(opensAsAnEntry(doc.text(j)) && bibliographicSoon(doc, j, to)); j++) {
                    lines.set(j, new io.github.citekit.internal.text.Line(doc.lines().get(j).number(), ""));
                }
                i = j - 1;
                continue;
            }
            bibliographic |= BIBLIOGRAPHIC.matcher(t).find();
            lastText = i;
        }
        return lines == null ? doc : new Document(doc.name(), lines, doc.runningHeads(), doc.columnPages());
    }

    private static boolean opensAsAnEntry(String t) {
        return NUMBERED.matcher(t).matches() || BULLET.matcher(t).matches() || EntryOpenings.ENTRY_START.matcher(t).find();
    }

    /** Whether line {@code i} or one of the two after it (before {@code to}) is bibliographic. */
    private static boolean bibliographicSoon(Document doc, int i, int to) {
        for (int j = i; j < Math.min(to, i + 3); j++) {
            if (BIBLIOGRAPHIC.matcher(doc.text(j)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");

    /**
     * Whether a page ends between lines {@code before} and {@code after}: a number alone on a line stands between
     * them, or the document reader took out a page's number or head there.
     */
    private static boolean pageBreakBetween(Document doc, int before, int after) {
        if (before < 0) {
            return false;
        }
        for (int j = before + 1; j < after; j++) {
            if (BARE_NUMBER.matcher(doc.text(j)).matches()) {
                return true;
            }
        }
        return headTakenOutBetween(doc, doc.lines().get(before).number(), doc.lines().get(after).number());
    }

    /**
     * Whether the eight lines of text from line {@code i} are neither bibliographic nor open as entries do, nor hold a
     * name's initial or an entry's pages: a table, a figure's caption, a section of the body that the list's last page
     * leads to (papers that print their references before an appendix, or a vignette's list in its middle). A list
     * going on over a page does not.
     */
    private static boolean proseFollows(Document doc, int i) {
        int seen = 0;
        for (int j = i; j < doc.size() && seen < 8; j++) {
            String t = doc.text(j);
            if (t.isEmpty()) {
                continue;
            }
            if (BIBLIOGRAPHIC.matcher(t).find() || opensAsAnEntry(t) || INITIAL.matcher(t).find() || PAGES.matcher(t).find()) {
                return false;
            }
            seen++;
        }
        return seen == 8;
    }

    /** A volume and its pages, "3: 473-478.", or pages ending a line, "1289-1295.": an entry's end. */
    private static final Pattern PAGES = Pattern.compile("\\d:\\s?\\d|\\d\\s?[-–]\\s?\\d+\\.?\\s*$");
    /** An initial, "C. CHENG", "Hall, B. C.": a name, as in an entry that has no year on its first lines. */
    private static final Pattern INITIAL = Pattern.compile("(?<!\\p{L})\\p{Lu}\\.(?:\\s|$|-|\\p{Lu})");

    /**
     * Whether line {@code i} opens an appendix after the list: JSS and LaTeX's article print their appendices,
     * "A. R code", after the references, and their prose and code would otherwise be read as entries.
     */
    private static boolean appendixHeading(Document doc, int i) {
        String t = doc.text(i);
        if (t.length() > 90 || BIBLIOGRAPHIC.matcher(t).find()) {
            return false;
        }
        if (APPENDIX.matcher(t).matches()) {
            return true;
        }
        Matcher bare = BARE_LETTER_SECTION.matcher(t);
        if (bare.matches()) {
            // only with its first subsection under it, "A.1 …", as LaTeX numbers an appendix's parts, or a sentence
            // right under it ("A Implementation details for p values" + "An important and useful tool concerning …")
            int next = nextText(doc, i);
            return afterAnEntrysEnd(doc, i) && appendixFollows(doc, i) && (subsectionFollows(doc, i, bare.group(1))
                    || next > 0 && SENTENCE.matcher(doc.text(next)).lookingAt());
        }
        if (!LONE_LETTER.matcher(t).matches() && !LETTERED_SECTION.matcher(t).matches() || !afterAnEntrysEnd(doc, i)) {
            return false;
        }
        if (LONE_LETTER.matcher(t).matches()) { // pdftotext's plain text sets "A" and "Notation" apart
            int title = nextText(doc, i);
            return title > 0 && title - i <= 2 && HEADING_TITLE.matcher(doc.text(title)).matches()
                    && !BIBLIOGRAPHIC.matcher(doc.text(title)).find() && appendixFollows(doc, title);
        }
        return appendixFollows(doc, i);
    }

    /**
     * Whether the text before line {@code i} ended where an entry may end ({@link EntryOpenings#ENTRY_END}): "[19] F. Rabiti,
     * …," + "A Model of Authorization for …" is an entry's title that opens with its article.
     */
    private static boolean afterAnEntrysEnd(Document doc, int i) {
        int j = i - 1;
        while (j >= 0 && (doc.isBlank(j) || isPageNumber(doc, j))) {
            j--;
        }
        return j >= 0 && EntryOpenings.ENTRY_END.matcher(doc.text(j)).find();
    }

    /**
     * Whether the list heading on line {@code i} is a table of contents' line: the same heading stands again further
     * on, and hardly a line in between is bibliographic (a year, a link, pages), as the body between them is not. In
     * pdftotext's plain text the contents' page numbers stand apart from their lines, and "References" looks headed.
     * A page's head, "REFERENCES", a few lines before the list's heading, is no list either.
     */
    private static boolean inContents(Document doc, int i) {
        String heading = doc.text(i);
        int lines = 0;
        int bibliographic = 0;
        for (int j = i + 1; j < doc.size(); j++) {
            String t = doc.text(j);
            if (t.equalsIgnoreCase(heading)) {
                // (or a page's running head, "REFERENCES" over the page the list opens on: nothing bibliographic
                // stands between it and the list's own heading)
                return lines >= 20 && bibliographic * 5 < lines || lines > 0 && lines < 20 && bibliographic == 0;
            }
            if (!t.isEmpty()) {
                lines++;
                bibliographic += BIBLIOGRAPHIC.matcher(t).find() ? 1 : 0;
            }
        }
        return false;
    }

    /** Whether line {@code i} is a letter alone between blank lines: a list grouped by its authors' initials. */
    private static boolean groupLetter(Document doc, int i) {
        String t = doc.text(i);
        return t.length() == 1 && Character.isUpperCase(t.charAt(0)) && (i == 0 || doc.isBlank(i - 1))
                && (i + 1 == doc.size() || doc.isBlank(i + 1));
    }

    /** Whether a subsection of appendix {@code letter}, "A.1 Random variables …", opens within 40 lines after line {@code i}. */
    private static boolean subsectionFollows(Document doc, int i, String letter) {
        for (int j = i + 1; j < doc.size() && j <= i + 40; j++) {
            Matcher m = SUBSECTION.matcher(doc.text(j));
            if (m.lookingAt() && m.group(1).equals(letter)) {
                return true;
            }
        }
        return false;
    }

    /** The next line of text after line {@code i}, or -1. */
    private static int nextText(Document doc, int i) {
        for (int j = i + 1; j < doc.size(); j++) {
            if (!doc.text(j).isEmpty()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether the three lines of text after line {@code i} (two, where the first opens a sentence) hold no year, link or
     * page mark and none opens as an entry does: prose, not the rest of an entry nor the next (quotation marks, which
     * {@link #BIBLIOGRAPHIC} counts, are as common in prose).
     */
    private static boolean appendixFollows(Document doc, int i) {
        int seen = 0;
        int lines = 3;
        for (int j = i + 1; j < doc.size() && seen < lines; j++) {
            String t = doc.text(j);
            if (t.isEmpty()) {
                continue;
            }
            if (ENTRY_REST.matcher(t).find() || NUMBERED.matcher(t).matches() || EntryOpenings.ENTRY_START.matcher(t).find()) {
                return false;
            }
            if (seen == 0 && SENTENCE.matcher(t).lookingAt()) {
                lines = 2; // "The data set names in the paper are …": the third line may be a table's, with a source's year
            }
            seen++;
        }
        return seen > 0;
    }

    /** A sentence's opening: a capitalised word, then seven words in small letters. */
    private static final Pattern SENTENCE = Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){7}\\b");

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
                opening += NUMBERED.matcher(t).matches() || EntryOpenings.ENTRY_START.matcher(t).find() ? 1 : 0;
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
        Column column = marked || linePerEntry ? Column.NONE : column(doc, from, to);
        // a wrapped list whose entries follow one another without blank lines: its few blank lines are where
        // pdftotext's plain text leaves one column or page for the next, and an entry may run on across them
        boolean blanksAreBreaks = column.width() > 0 && fewBlanks(doc, from, to);
        // a bracketed numbering out of order but whole: each number not met yet opens an entry, wherever it falls
        java.util.Set<Integer> unseen = marked ? numbersOutOfOrder(doc, from, to) : new java.util.HashSet<>();
        String last = "";
        int lastPrinted = 0;
        boolean lastBroken = false; // the line before ended with a word broken over the lines: not its entry's end
        StringBuilder current = null;
        int line = 0;
        int endLine = 0;
        int number = 0;
        boolean blankBefore = false;
        boolean breakBefore = false; // a page break (its number, a running head taken out) since the last line of text
        int carets = 0; // Wikipedia's notes, "^ …", numbered by their place
        for (int i = from; i < to; i++) {
            String t = doc.text(i);
            if (t.isEmpty()) {
                boolean pageBreak = pageBreak(doc, i);
                if (!marked && current != null && !pageBreak && !blanksAreBreaks && !continuesAfterBreak(doc, i, current)) {
                    add(out, current, line, endLine, number, list, notes);
                    current = null;
                }
                blankBefore = true;
                breakBefore |= pageBreak;
                continue;
            }
            boolean pagesOwn = current != null && !doc.isBlank(i - 1) && endsWithComma(current);
            boolean foot = PIPED_FOOT.matcher(t).matches();
            if (isPageNumber(doc, i) && !pagesOwn || suggestedCitation(doc, i) || foot) {
                breakBefore |= isPageNumber(doc, i) || foot;
                continue; // a page's number standing alone between entries of a PDF dump, its foot, or its citation line
            }
            if (!marked && !notes && FOOTNOTE_LINK.matcher(t).matches()) {
                continue; // "14http://CRAN.R-project.org": a page's footnote, its number glued to its link, set among the entries
            }
            if (groupLetter(doc, i)) {
                if (current != null) {
                    add(out, current, line, endLine, number, list, notes);
                    current = null;
                }
                continue; // "A", "B": the letters a bibliography groups its entries under
            }
            Matcher b = BULLET.matcher(t);
            Matcher n = NUMBERED.matcher(t);
            Matcher note = NOTE.matcher(t);
            if (n.matches()) {
                // "[10] … (UIST" + "94) 1726, ACM, …": a wrapped line that opens with a number in another style,
                // or far from the next one, continues its entry
                char style = numberStyle(n);
                int value = numberOf(n);
                if (!unseen.isEmpty()) {
                    listStyle = style;
                    if (unseen.remove(value)) {
                        lastNumber = Math.max(lastNumber, value);
                    } else {
                        n.reset("");
                    }
                } else if (!marked && current != null && !EntryOpenings.ENTRY_END.matcher(current).find()
                        && !Character.isDigit(current.charAt(current.length() - 1))) {
                    n.reset(""); // "… Continuous Univariate Distributions" + "2. John Wiley & Sons": an unended entry's volume
                } else if (listStyle == 0) {
                    listStyle = style;
                    lastNumber = value;
                } else if (style != listStyle || value != 1 && (value <= lastNumber || value > lastNumber + 5)
                        || value == 1 && current != null && EntryOpenings.wantsANumber(current)) {
                    n.reset(""); // nor does "Vol." + "1. The Rising Sign …" start a list again
                } else {
                    lastNumber = value;
                }
            }
            if (listStyle != 0 && b.matches()) {
                b.reset(""); // "- 22, April 30, 1956.": in a numbered list, a dash that opens a line continues an entry
            } else if (!marked && current != null && b.matches() && t.charAt(0) == '-' && Character.isLowerCase(b.group(2).charAt(0))) {
                b.reset(""); // "… tumour necrosis factor" + "- implications for …": a spaced dash broken at the line's start
            }
            // in a list without markers, a line goes on with the entry before when no entry opens as it does, nor
            // as the words after a number it opens with ("16. PMID: …", "572. DOI=…")
            boolean goesOn = !marked && current != null && (EntryOpenings.continues(current, t)
                    || n.matches() && (EntryOpenings.opensNoEntry(MARKER.matcher(t).replaceFirst(""))
                            || EntryOpenings.wantsANumber(current)));
            boolean starts = b.matches() || n.matches() && !goesOn
                    || notes && note.matches()
                    || !marked && (current == null || linePerEntry || !goesOn
                            && (EntryOpenings.nextEntry(current, t) || !lastBroken && EntryOpenings.endedShort(last, lastPrinted, t, column.width(), column.mended())
                                    || EntryOpenings.opensStrongly(current, t)
                                    || EntryOpenings.opensWithAuthorsAfterAnEntry(current, t)
                                    || EntryOpenings.opensWithBracketedNumber(t)
                                    || EntryOpenings.opensAfterAWholeArticle(current, t)
                                    || EntryOpenings.opensAfterAWholeGostEntry(current, t)
                                    || EntryOpenings.opensWithTitleAndMedium(current, t)
                                    || EntryOpenings.opensWithTitleAndDate(current, t)
                                    || EntryOpenings.opensWithGluedNumber(current, t)
                                    || EntryOpenings.opensAsTheEntryBefore(current, t)));
            if (marked && !starts && blankBefore && current != null && EntryOpenings.ENTRY_END.matcher(current).find()) {
                // across a page break, an entry's rest may take a narrow column's eight lines
                if (nextNumbered(doc, i, to, listStyle, notes ? number : lastNumber, notes, breakBefore ? 8 : 3) < 0
                        && !unseenNumberFollows(doc, i, to, unseen)) {
                    break; // after a blank line, a line without a marker ends the list ("Table 1. …", the next article)
                }
                // the next entry follows: this is the rest of an entry after a page break, or a page's head or
                // foot that the document reader did not know ("Downloaded from …"), kept rather than lost
            }
            blankBefore = false;
            breakBefore = false;
            if (starts) {
                if (current != null) {
                    add(out, current, line, endLine, number, list, notes);
                }
                current = new StringBuilder(!b.matches() ? t : b.group(1) != null ? Backlinks.strip(t) : b.group(2));
                line = doc.lines().get(i).number();
                endLine = line;
                carets += b.matches() && b.group(1) != null ? 1 : 0;
                number = n.matches() ? numberOf(n)
                        : notes && note.matches() ? Integer.parseInt(CitationLinker.fromSuperscript(note.group(1)))
                        : b.matches() && b.group(1) != null ? carets : 0;
            } else if (current != null) {
                join(current, t);
                endLine = doc.lines().get(i).number();
            }
            last = t;
            lastPrinted = doc.lines().get(i).printed();
            lastBroken = doc.lines().get(i).brokenAtEnd();
        }
        if (current != null) {
            add(out, current, line, endLine, number, list, notes);
        }
        return out;
    }

    /**
     * The line of the list's next entry, numbered {@code lastNumber + 1} in its style (or the next note of a
     * list of notes), when it comes within {@code reach} lines of text from {@code from}, or -1.
     */
    private static int nextNumbered(Document doc, int from, int to, char listStyle, int lastNumber, boolean notes, int reach) {
        for (int j = from, seen = 0; j < to && seen < reach; j++) {
            if (doc.text(j).isEmpty()) {
                continue;
            }
            seen++;
            Matcher n = NUMBERED.matcher(doc.text(j));
            if (n.matches() && listStyle != 0 && numberStyle(n) == listStyle
                    && numberOf(n) == lastNumber + 1) {
                return j;
            }
            Matcher note = NOTE.matcher(doc.text(j));
            if (notes && note.matches() && Integer.parseInt(CitationLinker.fromSuperscript(note.group(1))) == lastNumber + 1) {
                return j; // notes: "19 Gentner, D. …" after note 18's end across a page break
            }
        }
        return -1;
    }

    /** Whether a line numbered with one of {@code unseen} comes within eight lines of text from {@code from}. */
    private static boolean unseenNumberFollows(Document doc, int from, int to, java.util.Set<Integer> unseen) {
        for (int j = from, seen = 0; j < to && seen < 8 && !unseen.isEmpty(); j++) {
            if (!doc.text(j).isEmpty()) {
                seen++;
                Matcher n = NUMBERED.matcher(doc.text(j));
                if (n.matches() && unseen.contains(numberOf(n))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the blank line at {@code blank} is part of a page break: a page's number, or a running head the
     * document reader took out, stands between it and the next line of text, or the page's number stands right
     * under the line before it. An unmarked list's blank line
     * parts two entries; at a page break, the next line is read as any other line of the list.
     */
    private static boolean pageBreak(Document doc, int blank) {
        if (blank > 1 && isPageNumber(doc, blank - 1) && !doc.isBlank(blank - 2)) {
            return true;
        }
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
        return headTakenOutBetween(doc, before, after);
    }

    /** Whether the document reader took out a page's number or head between the file's lines {@code before} and {@code after}. */
    private static boolean headTakenOutBetween(Document doc, int before, int after) {
        return doc.runningHeads().stream().anyMatch(h -> h.number() > before && h.number() < after);
    }

    /**
     * Whether an unmarked list's entry goes on after the blank line at {@code blank}, as at a page break: it
     * does not end the way entries end, and the next line of text (a page's number aside) opens in lower case,
     * or with a digit or a bracket ("1999; 96: 13450-13455.", "perspective de développement …").
     */
    private static boolean continuesAfterBreak(Document doc, int blank, StringBuilder current) {
        if (EntryOpenings.ENTRY_END.matcher(current).find() || EntryOpenings.ENDS_WITH_NUMBER_OR_SEMICOLON.matcher(current).find()) {
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

    /** A numbered line's number: 12 for "[12] …", "12. …" or "12) …". */
    private static int numberOf(Matcher numbered) {
        return Integer.parseInt(numbered.group(1) != null ? numbered.group(1) : numbered.group(2));
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
     * A wrapped list's text column: its width in characters, and whether pdftotext made some of its lines two
     * lines long (it writes a word broken at a line's end whole on the line above, and joins the line below to it).
     */
    private record Column(int width, boolean mended) {
        static final Column NONE = new Column(0, false);
    }

    /**
     * The list's text column: the length that a tenth of its lines reach (the wrapped lines of an entry fill the
     * column; its last line does not); but where a tenth of the lines are longer by far than the lines that most
     * come close to one length (a third of the lines within 15% below it, three quarters no longer than it), those
     * are lines pdftotext joined, and the column is that length. {@link Column#NONE} for fewer than six lines.
     */
    private static Column column(Document doc, int from, int to) {
        int[] lengths = lineLengths(doc, from, to);
        if (lengths.length < 6) {
            return Column.NONE;
        }
        int tenth = lengths[lengths.length * 9 / 10];
        int band = 0; // the top of the band of 15% that holds the most lines
        int most = 0;
        for (int top = lengths.length - 1, low = top; top >= 0; top--) { // lengths ascend; low only moves down
            if (top + 1 < lengths.length && lengths[top] == lengths[top + 1]) {
                continue;
            }
            while (low > 0 && lengths[low - 1] >= lengths[top] * 0.85) {
                low--;
            }
            if (top - low + 1 > most) {
                most = top - low + 1;
                band = lengths[top];
            }
        }
        int limit = band + band / 20;
        long within = java.util.Arrays.stream(lengths).filter(n -> n <= limit).count();
        boolean mended = tenth > band * 1.15 && most * 3 >= lengths.length && within * 4 >= lengths.length * 3L
                && brokenMidSentence(doc, from, to) * 5 >= lengths.length; // wrapped, not an entry to a line
        return mended ? new Column(band, true) : new Column(tenth, false);
    }

    /**
     * Whether the lines {@code from}..{@code to} have text on twelve lines or more to each run of blank lines
     * between them (a list's own blank lines before and after it aside).
     */
    private static boolean fewBlanks(Document doc, int from, int to) {
        int text = 0;
        int runs = 0;
        boolean seen = false;
        for (int i = from; i < to; i++) {
            if (!doc.isBlank(i)) {
                runs += seen && i > from && doc.isBlank(i - 1) ? 1 : 0;
                seen = true;
                text++;
            }
        }
        return runs * 12 <= text;
    }

    /** How many of the lines {@code from}..{@code to} end where no entry ends: after a letter, a comma, a colon. */
    private static int brokenMidSentence(Document doc, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            String t = doc.text(i);
            char c = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
            n += Character.isLetter(c) || c == ',' || c == ';' || c == ':' || c == '&' || c == '-' ? 1 : 0;
        }
        return n;
    }

    /** The lengths of the non-empty lines {@code from}..{@code to}, in ascending order. */
    private static int[] lineLengths(Document doc, int from, int to) {
        return java.util.stream.IntStream.range(from, to).map(i -> doc.lines().get(i).printed()).filter(n -> n > 0).sorted().toArray();
    }

    private static void join(StringBuilder entry, String next) {
        // a link broken at the line end, or a word at a hyphen (either side of it: "single" + "-photon"),
        // continues without a space ("№ 5." does not)
        String so = entry.toString();
        // (a link that ends in a letter before a capital, "…/page" + "Accessed 3 May 2020", ends there)
        boolean glue = !next.startsWith("http") && (so.endsWith("-") || EntryOpenings.LINK_AT_END.matcher(so).find()
                && (so.matches("(?s).*[/\\-._~=?&#%]$") || !next.matches("^(?:\\p{Lu}|\\[|\\().*")))
                || next.length() > 1 && next.charAt(0) == '-' && Character.isLowerCase(next.charAt(1))
                        && !so.isEmpty() && Character.isLetter(so.charAt(so.length() - 1))
                || Document.joinsWithoutSpace(so, next); // Chinese and Japanese: "中国" + "港口"
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
        if (t.codePoints().noneMatch(Character::isLetter)) {
            return; // "1", "2 5 10": a figure's axis, a page's number, that the page set among the entries
        }
        for (String work : notes ? worksOfANote(t) : List.of(t)) {
            out.add(new RawEntry(work, line, endLine, number, list));
        }
    }

    /**
     * A note that cites several works in full, Chicago's "See Karel Davids, "…," Journal … (2010): 101–20; and Peter Hall,
     * Cities in Civilization (New York: Pantheon, 1998), 310.": each work apart, at the semicolons outside brackets and
     * quotes, when every part names a year and has a few words (a short form after a semicolon, "see also Byers,
     * International Law, 155.", names none and stays with the note, which cites that earlier work).
     */
    static List<String> worksOfANote(String note) {
        if (note.indexOf(';') < 0) {
            return List.of(note);
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '“') {
                quoted = true;
            } else if (c == '”') {
                quoted = false;
            } else if (c == ';' && depth == 0 && !quoted) {
                parts.add(note.substring(from, i).strip());
                from = i + 1;
            }
        }
        parts.add(note.substring(from).strip());
        if (parts.size() < 2) {
            return List.of(note);
        }
        List<String> works = new ArrayList<>();
        for (String part : parts) {
            String work = NOTE_CONNECTOR.matcher(part).replaceFirst("");
            String words = works.isEmpty() ? NOTE_MARKER.matcher(work).replaceFirst("") : work; // the first keeps its number
            if (!ReferenceWords.ANY_YEAR.matcher(words).find() || words.split("\\s+").length < 4 || !Character.isUpperCase(words.codePointAt(0))
                    && !words.startsWith("\"") && !words.startsWith("“")) {
                return List.of(note);
            }
            works.add(work.endsWith(".") ? work : work + ".");
        }
        return works;
    }

    /** The words that join the works of a note: "; and Peter Hall, …", "; see also …", "; cf. …". */
    private static final Pattern NOTE_CONNECTOR = Pattern.compile("^(?:and|see also|see|also|cf\\.|и|см\\. также|см\\.)\\s+");
    private static final Pattern NOTE_MARKER = Pattern.compile("^(?:\\[?\\d{1,3}[.)\\]]?|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\\s*");

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
                int num = numberOf(n);
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
