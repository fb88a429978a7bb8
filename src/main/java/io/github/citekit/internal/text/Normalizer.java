package io.github.citekit.internal.text;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns decoded text into a {@link Document}: Unicode NFC, ligatures and soft hyphens resolved, running
 * labels ("ANALYSIS") dropped, and words hyphenated across line ends joined where the hyphen was only a
 * line-break artefact. Light Markdown is kept: reference parsing reads {@code *italics*} as a title
 * boundary; {@link Markup} strips it from field values.
 */
public final class Normalizer {
    private static final Pattern TRAILING_HYPHENATED = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_TOKEN = Pattern.compile("^(\\S+)\\s*");
    private static final Pattern LEADING_LETTERS = Pattern.compile("^\\p{L}+");
    private static final Pattern TRAILING_DASH = Pattern.compile("[\\p{L}\\p{N}][–—]$");
    /** Upper-case labels of one to three words that PDF extraction leaves between paragraphs. */
    private static final Pattern RUNNING_LABEL = Pattern.compile("\\p{Lu}{4,}(?: \\p{Lu}{2,}){0,2}");

    /** Upper-case section headings that a label must not be taken for: "REFERENCES", "NOTES", "ABSTRACT". */
    private static final Pattern SECTION = Pattern.compile("(?iU)" + ListHeadings.NAMES + "|abstract|summary|introduction|"
            + "conclusions?|acknowledge?ments|appendix|about the authors?|аннотация|введение|заключение");
    /** A journal's issue line under its upper-case name, "Vol. 3, No. 2, 2019": the name is a masthead, kept. */
    private static final Pattern ISSUE_LINE_START = Pattern.compile("(?iU)^(?:vol(?:ume)?\\.?|т\\.|том|№|no\\.)\\s*\\d");

    /** A line of authors: "И. И. Иванов", "Иванов И. И.", "Anna Petrova", each perhaps followed by more after a comma. */
    /** A Markdown heading's marks: "# The Arctic Is Open for Business", "## References". */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(?=\\S)");
    private static final Pattern NAME_LINE = Pattern.compile("^(?:By\\s+|©\\s*)?(?:(?:\\p{Lu}\\.\\s?){1,3}\\p{Lu}\\p{Ll}+"
            + "|\\p{Lu}(?:\\p{Ll}+|\\p{Lu}{2,})\\s(?:\\p{Lu}\\.\\s?){1,3}|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?\\s\\p{Lu}\\p{Ll}+)"
            + "[¹²³⁴⁵⁶⁷⁸⁹⁰*†\\d]*(?:,\\s.*)?$"); // a mark keying the name to its affiliation: "Петрова А. С.¹, …", perhaps after "©"
    private static final Pattern CLASSIFICATION = Pattern.compile("(?iU)^(?:УДК|UDC|ББК|BBK|ГРНТИ|JEL(?:\\s+classification)?)"
            + "\\s*(?:codes?)?\\s*:?\\s*[\\p{Lu}\\d][\\p{Lu}\\d.,:;()\\s/+-]{0,60}$");

    private static String nextNonBlank(String[] raw, int i) {
        for (int k = i + 1; k < raw.length && k <= i + 3; k++) {
            String t = raw[k].strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    private Normalizer() {
    }

    /** Normalises {@code text}, the content of the file {@code name}, on its own. */
    public static Document normalize(String name, String text) {
        return normalize(name, text, Vocabulary.EMPTY);
    }

    /**
     * Normalises {@code text}; where the document itself does not show whether a line-end hyphen is real,
     * the other documents of the corpus ({@code corpus}) may.
     */
    public static Document normalize(String name, String text, Vocabulary corpus) {
        String clean = cleanCharacters(text);
        Columns.Reading reading = Columns.readingOrder(LynxLinks.strip(clean.split("\n", -1)));
        String[] raw = reading.lines().toArray(String[]::new);
        List<Line> lines = new ArrayList<>(raw.length);
        java.util.Set<Integer> feet = pageNumbersAtFeet(raw);
        List<Line> pageNumbers = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String t = MARKDOWN_HEADING.matcher(letterSpacedWords(raw[i].strip()).replaceAll("[ \\t]{2,}", " ")).replaceFirst("");
            if (feet.contains(i)) {
                pageNumbers.add(new Line(i + 1, t));
                continue;
            }
            if (isRunningLabel(raw, i, t)) {
                continue;
            }
            if (CLASSIFICATION.matcher(t).matches()) {
                continue; // "УДК 327.8", "JEL: F13": classification codes, never a title
            }
            lines.add(new Line(i + 1, t));
        }
        List<Line> heads = dropRunningHeaders(lines, pages(raw));
        if (!pageNumbers.isEmpty()) {
            heads.addAll(pageNumbers);
            heads.sort(java.util.Comparator.comparingInt(Line::number));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return new Document(name, joinBrokenWords(lines, Vocabulary.of(clean), corpus), heads, reading.columnPages());
    }

    /**
     * Whether line {@code i}, read as {@code t}, is a running label ("ANALYSIS", "RESEARCH ARTICLE") to drop. An
     * upper-case section heading is none; nor is a journal's name over its issue line, a title over its authors'
     * names or right under them (as Russian journals print it: "Иванов И. И." over "ЗАИЛЕНИЕ МАЛЫХ ГАВАНЕЙ"), a
     * name in capitals ("JANE DOE"), or an affiliation under one ("UNIVERSITY OF GHANA").
     */
    private static boolean isRunningLabel(String[] raw, int i, String t) {
        if (!RUNNING_LABEL.matcher(t).matches() || SECTION.matcher(t).matches() || personInCapitals(t)
                || i + 1 < raw.length && ISSUE_LINE_START.matcher(raw[i + 1].strip()).find()
                || NAME_LINE.matcher(nextNonBlank(raw, i)).matches()) {
            return false;
        }
        String before = i > 0 ? raw[i - 1].strip() : "";
        return !NAME_LINE.matcher(before).matches() && !(RUNNING_LABEL.matcher(before).matches() && personInCapitals(before));
    }

    /**
     * A heading printed letter-spaced, "A B S T R A C T", "A R T I C L E  I N F O", with its words joined again
     * ("ABSTRACT", "ARTICLE INFO"); any other line as it is.
     */
    static String letterSpacedWords(String line) {
        if (!LETTER_SPACED.matcher(line).matches()) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (String word : line.split("\\s{2,}")) {
            out.append(out.length() > 0 ? " " : "").append(word.replace(" ", ""));
        }
        return out.toString();
    }

    private static final Pattern LETTER_SPACED = Pattern.compile("\\p{L}(?:\\s{1,3}\\p{L}){3,}");

    /**
     * Whether an upper-case line of two or three words is a person's name, "JANE DOE", "KOFI A MENSAH": its first
     * word is a common given name. A byline so printed is no label to drop.
     */
    private static boolean personInCapitals(String line) {
        int space = line.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String first = line.substring(0, space);
        return io.github.citekit.internal.extract.GivenNames.contains(first.charAt(0) + first.substring(1).toLowerCase(Locale.ROOT));
    }

    /** The next line with text after line {@code i}, or "" at the end. */
    private static String nextText(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).text();
            }
        }
        return "";
    }

    /**
     * The indices of the lines that print a page's number at its foot: a number alone on a page's last line of text,
     * right before the form feed, as pdftotext writes a page's foot last, where such numbers advance with the pages
     * ("1" on the first page, "2" on the second; "12", "13"). pdftotext's -raw text has no blank line around them, and
     * a wrapped entry would take the number in. An entry's last line "195" at a page's foot does not advance so.
     */
    static java.util.Set<Integer> pageNumbersAtFeet(String[] raw) {
        List<int[]> feet = new ArrayList<>(); // line index, page, number
        int page = 0;
        for (int i = 0; i <= raw.length; i++) {
            boolean pageEnds = i == raw.length || i > 0 && raw[i].indexOf('\f') >= 0;
            if (!pageEnds) {
                continue;
            }
            int last = i - 1;
            while (last >= 0 && raw[last].isBlank() && raw[last].indexOf('\f') < 0) {
                last--;
            }
            String t = last >= 0 ? raw[last].strip() : "";
            if (!t.isEmpty() && t.length() <= 4 && PAGE_NUMBER.matcher(t).matches()
                    && (feet.isEmpty() || feet.get(feet.size() - 1)[0] != last)) {
                feet.add(new int[] {last, page, Integer.parseInt(t)});
            }
            page++;
        }
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int k = 0; k + 1 < feet.size(); k++) {
            int[] a = feet.get(k);
            int[] b = feet.get(k + 1);
            if (b[2] - a[2] == b[1] - a[1]) {
                out.add(a[0]);
                out.add(b[0]);
            }
        }
        return out;
    }

    /**
     * The page of each line, by its number ({@code [0]} unused), where the text marks its pages with form feeds
     * as pdftotext does; null where it does not.
     */
    private static int[] pages(String[] lines) {
        if (java.util.Arrays.stream(lines).noneMatch(l -> l.indexOf('\f') >= 0)) {
            return null;
        }
        int[] page = new int[lines.length + 1];
        int p = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('\f') >= 0) {
                p++;
            }
            page[i + 1] = p;
        }
        return page;
    }

    /**
     * Drops page headers and footers: lines of three or more words with a number (page, issue, date)
     * that recur, numbers aside, on several pages. Returns them, in order.
     */
    private static List<Line> dropRunningHeaders(List<Line> lines, int[] pageOfLine) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        java.util.Map<String, java.util.Set<String>> texts = new java.util.HashMap<>(); // each key's lines as written
        java.util.Map<String, int[]> lastAt = new java.util.HashMap<>(); // the line index, leading number and line number last met
        java.util.Set<String> notes = new java.util.HashSet<>();
        java.util.Map<String, Boolean> continuing = new java.util.HashMap<>(); // every time after a line left open
        java.util.Map<String, Boolean> endsOpen = new java.util.HashMap<>(); // every time itself left open
        java.util.Map<String, java.util.Set<String>> nextLines = new java.util.HashMap<>(); // the text after it, each time
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (isHeaderCandidate(t)) {
                String key = t.replaceAll("\\d+", "#");
                seen.merge(key, 1, Integer::sum);
                boolean afterOpenLine = i > 0 && LEFT_OPEN.matcher(lines.get(i - 1).text()).find();
                continuing.merge(key, afterOpenLine, Boolean::logicalAnd);
                texts.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(t);
                int number = leadingNumber(t);
                int[] before = lastAt.put(key, new int[] {i, number, lines.get(i).number()});
                // "2 Ibid., 47." and "3 Ibid., 49.", "12 Salomons, Computer Support, 99." and "17 …, 261.": their
                // numbers advance once a note or a numbered entry ("9. Камю А. Собрание сочинений. В 5 т. Т. 4 :
                // пер." and "19. … Т. 5 …"), which a narrow column may wrap over eight lines; a page's number
                // advances once a page; and a page prints its head once: the same line twice on one page is two
                // entries' ends
                if (before != null && (i - before[0] <= (pageOfLine == null ? PAGE_LINES_UNMARKED : PAGE_LINES)
                        || before[1] >= 0 && number > before[1]
                        && (number - before[1]) * 8 >= i - before[0]
                        || pageOfLine != null && pageOfLine[lines.get(i).number()] == pageOfLine[before[2]])) {
                    notes.add(key);
                }
                // a page's head does not end open, as a wrapped entry's line does ("с фр. — Харьков : Фолио,
                // 1998. — 620 с. —" of two volumes)
                endsOpen.merge(key, LEFT_OPEN.matcher(t).find(), Boolean::logicalAnd);
                nextLines.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(nextText(lines, i));
            }
        }
        seen.keySet().removeAll(notes);
        // one reference met twice, word for word, in a list ("R. Fletcher. Practical Methods of Optimization. John
        // Wiley & Sons, 1987."): a page's head changes its page number, and seldom ends with a full stop
        seen.keySet().removeIf(k -> seen.get(k) == 2 && texts.get(k).size() == 1 && REFERENCE_LIKE.matcher(k).find());
        // the rest of two references' imprints, each after a line left open ("… — М. :" + "Академический проект,
        // 2007. — С. 130—179."): a page's head follows a page's end, not a colon
        seen.keySet().removeIf(k -> continuing.get(k) && k.endsWith(".") || endsOpen.get(k));
        // one passage met twice, its next line too ("Dechter, R. (1992). From local to global" + "consistency. …", one
        // work in a list twice): a page's head stands over another text on every page (a head of two lines recurs
        // as a block too, but on more than two pages as a rule)
        seen.keySet().removeIf(k -> seen.get(k) == 2 && nextLines.get(k).size() == 1 && !nextLines.get(k).contains(""));
        List<Line> heads = new ArrayList<>();
        lines.removeIf(l -> {
            // a long line met twice is rather two volumes of one work ("Камю А. Собрание сочинений. В 5 т. Т. 3 …"
            // and "… Т. 4 …") than a page's head, which is short or met on more pages
            boolean head = isHeaderCandidate(l.text())
                    && seen.getOrDefault(l.text().replaceAll("\\d+", "#"), 0) >= (l.text().length() > 80 ? 3 : 2)
                    && !CITES_AGAIN.matcher(l.text()).find();
            if (head) {
                heads.add(l);
            }
            return head;
        });
        heads.addAll(dropHeadsWithoutNumbers(lines, pageOfLine));
        for (int i = lines.size() - 1; i >= 0; i--) {
            // a page's number may stand above it, as pdftotext writes a page's foot before the next one's head
            boolean alone = (i == 0 || lines.get(i - 1).isBlank() || PAGE_NUMBER.matcher(lines.get(i - 1).text()).matches())
                    && (i + 1 == lines.size() || lines.get(i + 1).isBlank());
            if (alone && (JOURNAL_HEAD.matcher(lines.get(i).text()).matches() || isHeadInCapitals(lines.get(i).text()))) {
                heads.add(lines.remove(i)); // a page's running head met once, "12 Journal of Eurasian Studies 5 (2020)"
            }
        }
        heads.sort(java.util.Comparator.comparingInt(Line::number));
        return heads;
    }

    /**
     * Drops the page heads that print no number, where the text marks its pages: a line of two words or more that
     * is the first text of three pages or more, after the page's number if any. JSS prints its authors' names over
     * the odd pages and the paper's title over the even ones, and pdftotext's plain text sets the page's number
     * apart from them; inside a list such a head would read as an entry. Returns the lines dropped.
     */
    private static List<Line> dropHeadsWithoutNumbers(List<Line> lines, int[] pageOfLine) {
        if (pageOfLine == null) {
            return List.of();
        }
        java.util.Map<String, List<Line>> tops = new java.util.HashMap<>();
        int page = -1;
        for (Line l : lines) {
            String t = l.text();
            if (l.isBlank() || pageOfLine[l.number()] == page || PAGE_NUMBER.matcher(t).matches()) {
                continue;
            }
            page = pageOfLine[l.number()];
            if (t.length() <= 100 && t.indexOf(' ') > 0 && t.chars().anyMatch(Character::isLetter)) {
                tops.computeIfAbsent(t, k -> new ArrayList<>()).add(l);
            }
        }
        java.util.Set<Line> drop = new java.util.HashSet<>();
        tops.values().stream().filter(at -> at.size() >= 3).forEach(drop::addAll);
        if (drop.isEmpty()) {
            return List.of();
        }
        List<Line> dropped = new ArrayList<>();
        lines.removeIf(l -> drop.contains(l) && dropped.add(l));
        return dropped;
    }

    /**
     * A journal's running head with its page number, as a PDF page prints it: "12 Journal of Eurasian
     * Studies 5 (2020)", "Marine Policy 45 (2019) 100–110", Elsevier's "J. Smith et al. / Marine Policy 45
     * (2019) 100–110": a name, a volume and a year in parentheses, with a page number before or pages after (and
     * perhaps the page's number after them, "… 45–60 59", spaced far to the right on the page).
     */
    private static final Pattern JOURNAL_HEAD = Pattern.compile("^(?:\\d{1,4}\\s+\\p{Lu}[\\p{L}.&:,' -]{3,80}\\s\\d{1,4}\\s\\((?:1[89]|20)\\d\\d\\)"
            + "|\\p{Lu}[\\p{L}.&:,' /-]{3,80}\\s\\d{1,4}\\s\\((?:1[89]|20)\\d\\d\\)\\s+\\d{1,4}(?:[–-]\\d{1,4})?(?:\\s\\d{1,4})?)$");

    /**
     * A page's running head in capitals, with its page number, as Taylor & Francis, SAGE and Wiley print it: "MARITIME
     * POLICY & MANAGEMENT 319", "320 J. OKAFOR AND K. MENSAH". Two words or more and ten letters at least, none in small
     * letters; not a table's, figure's or part's heading ("TABLE 3", "CHAPTER 12").
     */
    private static boolean isHeadInCapitals(String text) {
        Matcher m = HEAD_IN_CAPITALS.matcher(text);
        if (!m.matches()) {
            return false;
        }
        String words = m.group(1) != null ? m.group(1) : m.group(2);
        return words.indexOf(' ') > 0 && words.chars().filter(Character::isLetter).count() >= 10
                && !NOT_A_HEAD.matcher(words).lookingAt();
    }

    private static final Pattern HEAD_IN_CAPITALS = Pattern.compile("^(?:(\\p{Lu}[\\p{Lu}.&:,'’ -]{6,80}?)\\s+\\d{1,4}|\\d{1,4}\\s+(\\p{Lu}[\\p{Lu}.&:,'’ -]{6,80}))$");
    private static final Pattern NOT_A_HEAD = Pattern.compile("(?:TABLE|FIGURE|FIG\\.|CHAPTER|SECTION|APPENDIX|PART|ANNEX|BOX)\\b");

    /** A numbered entry's opening, "16. Пико …", "[16] Smith …": no continuation of a range left open before it. */
    private static final Pattern LIST_MARKER = Pattern.compile("(?:\\d{1,3}[.)]|\\[\\d{1,3}])\\s+\\p{Lu}");

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}");

    /** A line's end that leaves it open: a colon, a comma, a semicolon or a dash. */
    private static final Pattern LEFT_OPEN = Pattern.compile("[:,;—–-]\\s*$");

    /** A line of 40 characters or more that ends as a reference does, with a full stop. */
    private static final Pattern REFERENCE_LIKE = Pattern.compile("^.{39,}\\.$");

    /** Fewer lines than any page holds between a running head and the next. */
    private static final int PAGE_LINES = 3;
    /**
     * The same, where no form feed marks the pages: two works of one author and title start in a row, the first wrapped
     * over four lines in a narrow column ("Doyle JJ. 1998. Phylogenetic perspectives on", "Doyle JJ. 2011. …" four
     * lines below), are no page's head, which stands a page apart.
     */
    private static final int PAGE_LINES_UNMARKED = 5;
    /** A note that cites the work before again ("Ibid., 47.", "Там же. С. 12."): no running head, however often it recurs. */
    private static final Pattern CITES_AGAIN = Pattern.compile("(?iu)\\b(?:ibid|ibidem|idem|op\\.\\s?cit|loc\\.\\s?cit)\\b|там же|указ\\.\\s?соч");

    /** The number a line opens with ("12 Journal of …", "[5] …"), or -1. */
    private static int leadingNumber(String t) {
        int i = t.startsWith("[") ? 1 : 0;
        int start = i;
        while (i < t.length() && i - start < 4 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i == start || i < t.length() && Character.isDigit(t.charAt(i)) ? -1 : Integer.parseInt(t.substring(start, i));
    }

    /**
     * A line that may be a page's head or foot: up to 120 characters, three words or more, with a number, and
     * more letters than digits. The wrapped end of a reference ("102, no. 14, p. 146401, 2009.", "55, p. 1142,
     * 1997.") is mostly numbers and recurs, numbers aside, as often as a running head.
     */
    private static boolean isHeaderCandidate(String t) {
        if (t.length() > 120 || t.split("\\s+").length < 3) {
            return false;
        }
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            letters += Character.isLetter(c) ? 1 : 0;
            digits += Character.isDigit(c) ? 1 : 0;
        }
        return digits > 0 && letters > digits;
    }

    /**
     * Unicode NFC, but for CJK compatibility ideographs, which NFC would replace by their unified forms: Korean texts
     * use them for the hanja's distinct readings, and a record should print what its source printed. Each of them
     * composes with nothing, so the text between them is composed piece by piece.
     */
    public static String composed(String text) {
        if (java.text.Normalizer.isNormalized(text, Form.NFC)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c >= 0xF900 && c <= 0xFAFF || c >= 0x2F800 && c <= 0x2FA1F) {
                out.append(java.text.Normalizer.normalize(text.substring(from, i), Form.NFC)).appendCodePoint(c);
                from = next;
            }
            i = next;
        }
        return out.append(java.text.Normalizer.normalize(text.substring(from), Form.NFC)).toString();
    }

    /** The ligatures of TeX's T1 encoding at the codes 0x1B to 0x1F. */
    private static final String[] T1_LIGATURES = {"ff", "fi", "fl", "ffi", "ffl"};

    /** NFC (as {@link #composed}), ligatures, soft hyphens, non-breaking and zero-width spaces. */
    static String cleanCharacters(String text) {
        // UTF-8 once read as Windows-1252 ("MÃ¼nster") is read as written, before the spaces below ("Ã\u00A0" is "à")
        String t = composed(Mojibake.repair(text));
        StringBuilder s = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u2002', '\u2003' -> s.append(' ');
                case '\t' -> s.append(' ');
                case '\uFB00' -> s.append("ff");
                case '\uFB01' -> s.append("fi");
                case '\uFB02' -> s.append("fl");
                case '\uFB03' -> s.append("ffi");
                case '\uFB04' -> s.append("ffl");
                case '\uFB05', '\uFB06' -> s.append("st");
                // TeX's T1 encoding puts its ligatures at 0x1B to 0x1F, and pdftotext writes those codes where an old
                // PDF's font does not say what its glyphs are: "signi\u001Ccance", "\u001Ductuation", "coe\u001Ecients"
                case '\u001B', '\u001C', '\u001D', '\u001E', '\u001F' -> s.append(
                        i > 0 && Character.isLetter(t.charAt(i - 1)) || i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))
                                ? T1_LIGATURES[c - 0x1B] : String.valueOf(c));
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static List<Line> joinBrokenWords(List<Line> in, Vocabulary own, Vocabulary corpus) {
        List<Line> out = new ArrayList<>(in);
        for (int i = 0; i < out.size() - 1; i++) {
            String cur = out.get(i).text();
            int nextIndex = i + 1;
            // only a line's last hundred characters: the pattern's search is quadratic in a line of letters
            Matcher hy = TRAILING_HYPHENATED.matcher(cur).region(Math.max(0, cur.length() - 100), cur.length());
            boolean hyphen = cur.endsWith("-") && hy.find();
            boolean dash = !hyphen && TRAILING_DASH.matcher(cur).find();
            if (!hyphen && !dash) {
                continue;
            }
            if (out.get(nextIndex).isBlank() && nextIndex + 1 < out.size() && !out.get(nextIndex + 1).isBlank()
                    && Character.isLowerCase(out.get(nextIndex + 1).text().codePointAt(0))) {
                out.remove(nextIndex); // a page or column break inside a hyphenated word
            }
            String next = out.get(nextIndex).text();
            Matcher tok = LEADING_TOKEN.matcher(next);
            if (!tok.find() || !Character.isLetterOrDigit(next.codePointAt(0))) {
                continue;
            }
            String token = tok.group(1);
            if (dash && LIST_MARKER.matcher(next).lookingAt()) {
                continue; // "Klostermann, 1978–" then "16. Пико делла Мирандола …": an open range, then the next entry
            }
            String joined;
            if (dash) {
                joined = cur + token;
            } else {
                Matcher lm = LEADING_LETTERS.matcher(token);
                if (!lm.find()) {
                    continue;
                }
                boolean keep = keepHyphen(hy.group(1), lm.group(), own, corpus);
                joined = keep ? cur + token : cur.substring(0, cur.length() - 1) + token;
            }
            String rest = next.substring(tok.end());
            Line below = out.get(nextIndex);
            if (rest.isEmpty()) { // the whole next line joined: the line now ends where that one ended
                out.set(i, new Line(out.get(i).number(), joined, below.printed(), below.brokenAtEnd()));
                out.remove(nextIndex);
            } else {
                out.set(i, new Line(out.get(i).number(), joined, out.get(i).printed(), true));
                out.set(nextIndex, new Line(below.number(), rest, below.printed(), below.brokenAtEnd()));
            }
        }
        return out;
    }

    /**
     * Decides whether "left-" at a line end followed by "right" is a real hyphen. The word's other
     * occurrences decide first, in the document and then in the corpus; then a capital after the hyphen
     * (Nagorno-Karabakh, pro-Western) keeps it, and so does a prefix ("geo-" written alone elsewhere, or a
     * short first part that never stands alone) before a word that stands alone elsewhere (geo-cultural);
     * other fragments are joined (Rus-sia).
     */
    static boolean keepHyphen(String left, String right, Vocabulary own, Vocabulary corpus) {
        String l = left.toLowerCase(Locale.ROOT);
        String r = right.toLowerCase(Locale.ROOT);
        for (Vocabulary v : List.of(own, corpus)) {
            int joined = v.count(l + r);
            int hyphenated = v.count(l + "-" + r);
            if (joined != hyphenated) {
                return hyphenated > joined;
            }
        }
        if (Character.isUpperCase(right.codePointAt(0))) {
            return true;
        }
        if (left.length() >= 5 && own.count(l) > 0 && own.count(r) > 0) {
            return true; // two words of their own: a compound (consensus-based, military-military)
        }
        boolean prefix = own.count(l + "-") > 0 || (left.length() <= 4 && own.count(l) == 0);
        return prefix && right.length() >= 5 && own.count(r) >= 2;
    }
}
