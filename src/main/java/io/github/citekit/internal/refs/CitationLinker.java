package io.github.citekit.internal.refs;

import io.github.citekit.internal.eval.FieldScores;
import io.github.citekit.internal.text.Document;
import io.github.citekit.internal.text.Line;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.Name;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in-text citations in a document's body and links each to its reference entries: parenthetical
 * author citations ("(Дугин А.Г.)", "(Stratfor)"), author–date ("(Smith 2010, p. 5)", "(Smith and Jones
 * 2010; Brown 2011)", "Smith (2010)"), title starts ("(The Next Stage)") and numbers ("[3, 5–7]",
 * "[7, с. 41]"). A parenthetical remark that names no entry is not a citation; one shaped like a citation
 * (a year, a number) that resolves to nothing is kept as unresolved.
 */
public final class CitationLinker {
    private static final Pattern PARENS = Pattern.compile("\\(([^()]{2,800})\\)");
    /** Square brackets that hold words, not only numbers: "[Сидоров, 2020, с. 5]". */
    private static final Pattern AUTHOR_BRACKETS = Pattern.compile("\\[(\\p{L}[^\\[\\]]{2,200})]");
    /** Numbers in square brackets, perhaps with a locator: "[3, 5–7]", "[7, с. 41]", "[6, Sec. 3]", "[2, Fig. 4]". */
    private static final String BRACKET_LOCATOR = "\\s*[,;]\\s*(?:(?:p{1,2}|с|s)\\.|(?:[Ss]ect?|[Cc]hap?|[Ff]ig|[Ee]qs?|[Tt]hm|[Aa]pp|[Pp]ara)\\.|[Tt]able|"
            + "[Cc]hapter|[Ss]ection|§)\\s*[\\dA-Z][\\d.–-]*";
    /** Also several numbers each with its locator: "[1, с. 5; 3]", "[2, p. 4; 5, p. 9]" (group 1 keeps the locators). */
    private static final Pattern BRACKETS = Pattern.compile("\\[(\\d{1,3}(?:\\s*[-–,;]\\s*\\d{1,3})*(?:" + BRACKET_LOCATOR
            + "(?:\\s*;\\s*\\d{1,3}(?:\\s*[-–,]\\s*\\d{1,3})*)*)*)]");
    private static final Pattern LOCATOR_IN_BRACKETS = Pattern.compile(BRACKET_LOCATOR);
    /**
     * A vector as R prints it, "[1] 0.0 0.5 1.0", "[10] \"a\" NA TRUE", "[33] A A C A", and a file's lines of markup,
     * "[2] <corpus>": its first element's index, no citation.
     */
    private static final Pattern R_PRINTED = Pattern.compile("\\s*\\[\\d{1,4}]"
            + "(?:(?:\\s+(?:-?\\d[\\d.]*(?:e[-+]?\\d+)?|NA|NaN|-?Inf|TRUE|FALSE|<NA>|\"[^\"]*\"|\\p{Lu}{1,2}))+\\s*|\\s+</?[\\w?!].*)");
    /** A line of R code after its prompt, "> (y - pu[3]) / pu[4]", "+ over(px[5], g)": its brackets index. */
    private static final Pattern R_CODE = Pattern.compile("[>+]\\s.*(?:<-|[\\w.)]\\[|\\w\\()");
    /** "[0]", "ydot[0]": an index in code, as lists number from 1. */
    private static final Pattern ZERO = Pattern.compile("0+");
    /** A range written across brackets, "[1]–[3]": one citation of the whole range. */
    private static final Pattern BRACKET_RANGE = Pattern.compile("\\[(\\d{1,3})]\\s*[-–]\\s*\\[(\\d{1,3})]");
    /** Vancouver's numbers in parentheses: "(1, 2)", "(3–4)", "(5)". */
    private static final Pattern NUMBER_PARENS = Pattern.compile("\\((\\d{1,3}(?:\\s*[-–,]\\s*\\d{1,3})*)\\)");
    /**
     * The words that join two authors' names in the languages references are written in: "Lee and Kim", "Müller und
     * Schmidt", "García y López", "Souza e Lima", "Dupont et Martin", "Jansen en De Vries", "Kowalski i Nowak".
     */
    private static final String AND = "and|&|и|und|y|e|et|en|i|och|og";
    /** "et al." and its kin: German's "u. a.", Polish's "i in.", Spanish's "y col.", Russian's "и др.". */
    private static final String ET_ALII = "et al\\.|u\\.\\s?a\\.|i in\\.|y col\\.|e col\\.|et coll\\.|и др\\.";
    /** A family name's particle: "van", "De", "ter". */
    private static final String PARTICLE = "(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Ll]a|[Ll]e|ter|ten|dos|das)";
    /** A family name, perhaps with its particles: "Smith", "van de Wiel". */
    private static final String FAMILY = "(?:" + PARTICLE + "\\s+){0,2}\\p{Lu}[\\p{L}'’-]+";
    /**
     * "Smith (2010)", "Smith et al. (2010, p. 5)", "Jansen (2010, S. 50)", "Lee and Kim (2015: 45)", "Doe (n.d.)", "Kim et al. [2018]",
     * "Freud (1923/1961)", and a work of several years, "Delacroix (1826–1827)".
     */
    private static final Pattern NARRATIVE = Pattern.compile("(?:(?<![\\p{L}])" + PARTICLE + "\\s+){0,2}" // "Van der Berg (2010)", "de Souza (2012)"
            + "((?<![\\p{L}'’])(?:[dDlL]['’])?\\p{Lu}[\\p{L}'’-]+)(?:,?\\s+(?:" + ET_ALII + ")|,?\\s+(?:" + AND + ")\\s+"
            + "(?:[dDlL]['’])?\\p{Lu}[\\p{L}'’-]+)?\\s+[(\\[](\\d{4}[a-z]?(?:/\\d{4}[a-z]?|[–-]\\d{4}(?=\\)))?(?:,\\s*(?:\\d{4}[a-z]?|[a-z](?![\\p{L}])))*|" + ReferenceWords.UNDATED + "|in press|forthcoming)"
            + "(?:,\\s*(?:p{1,2}|с|S|s)\\.\\s*[\\d–-]+|,\\s*(?:Sec|Sect|Ch|Chap|chap)\\.\\s*\\d[\\d.]*|:\\s*\\d[\\d–-]*)?[)\\]]"); // German's and Polish "S. 50", "s. 50"; "Sec. 3.3"
    /** More letters after a lettered year: the ", b" of "2012a, b". */
    private static final Pattern MORE_LETTERS = Pattern.compile("(?:,\\s*[a-z])+");
    /** A possessive ending, "Smith's (2010) study". */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$|(?<=s)['’]$"); // "Pegels’ (1969) taxonomy" too
    /** A year ("2010", "2011a") in group 1, or "n.d." (no date; "s.d.", "o. J.") in group 2. */
    private static final Pattern YEAR = Pattern.compile("\\b((?:1[5-9]\\d\\d|20\\d\\d)[a-zа-я]?)\\b|(?<![\\p{L}.])(" + ReferenceWords.UNDATED + ")"
            + "|\\b(in press|forthcoming)\\b");
    /** A pinpoint after the names and year: ", p. 5", ", с. 41", ", S. 50", or after a colon right behind the year, "2015: 45". */
    private static final Pattern LOCATOR = Pattern.compile(",?\\s*(?<!\\p{L})(?:p{1,2}|с|s|S|ch|chap|Ch|Chap|Sec|Sect)\\.\\s*[\\d–-]+.*$"
            + "|(?<=(?:1[5-9]|20)\\d\\d[a-zа-я]?):\\s*\\d[\\d–-]*(?:,\\s*\\d[\\d–-]*)*$");
    /** Note marks written as marks: superscript digits, HTML {@code <sup>}, Markdown {@code [^12]} and {@code ^12^}. */
    private static final Pattern MARKED_NOTE = Pattern.compile("([⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,⁻–][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)"
            + "|<sup>\\s*(\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*)\\s*</sup>|\\[\\^(\\d{1,3})]|\\^(\\d{1,3})\\^");
    /**
     * A note mark flattened by PDF text extraction: digits glued to the end of a word or after its closing
     * punctuation ("the Arctic.12 The", "policy,3 and"), never after a digit, a capital (MH17, G20) or a
     * locator abbreviation ("p.12", "No.3"); before a space or the end, perhaps after the sentence's own mark
     * ("with falls3-5. Most").
     */
    private static final Pattern GLUED_NOTE = Pattern.compile("(?<=\\S)(\\d{1,3}(?:[,–-]\\d{1,3})*)(?=[.,;:]?(?:[\\s)\\]]|$))");
    private static final Set<String> LOCATOR_WORDS = Set.of("p", "pp", "no", "nos", "nr", "vol", "fig", "ch", "art",
            "sec", "n", "с", "т", "ч", "рис", "гл", "ст");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private CitationLinker() {
    }

    /** The citations of {@code doc}'s body, outside the lines of its reference entries. */
    public static List<Citation> link(Document doc, List<RawEntry> entries, List<Item> items) {
        List<Citation> out = new ArrayList<>();
        if (entries.isEmpty()) {
            return out;
        }
        List<Line> lines = doc.lines();
        java.util.Set<Integer> cover = new java.util.HashSet<>();
        for (int li = 0; li < lines.size(); li++) {
            if (io.github.citekit.internal.extract.SuggestedCitation.opens(lines.get(li).text())) {
                // a cover page's citation of the document itself, and the lines it wraps onto, cite nothing
                for (int k = li; k < lines.size() && (k == li || !lines.get(k).text().isBlank()); k++) {
                    cover.add(k);
                }
            }
        }
        int carried = 0; // the start of the line that the line before took to close its bracket
        int resume = 0; // the first line not taken whole by a citation read on a line before it
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            if (li < resume) {
                continue;
            }
            int skip = li == resume ? carried : 0;
            carried = 0;
            if (insideEntry(line.number(), entries) || cover.contains(li)) {
                continue;
            }
            String t = line.text().substring(Math.min(skip, line.text().length()));
            if (li + 1 < lines.size() && !insideEntry(lines.get(li + 1).number(), entries)) {
                // "(Конышев, Сергунин,⏎2011)": a citation broken at the line end is read whole, on its first line
                int close = closingOnNextLine(t, lines.get(li + 1).text());
                if (close == 0) {
                    close = narrativeOnNextLine(t, lines.get(li + 1).text());
                }
                if (close > 0) {
                    String head = lines.get(li + 1).text().substring(0, close).strip();
                    // a name broken at its hyphen, "Ham-" + "mel, and O’Connell (1975)", is one word again
                    t = t.endsWith("-") && Character.isLowerCase(head.charAt(0)) ? t.substring(0, t.length() - 1) + head : t + " " + head;
                    carried = close;
                    resume = li + 1;
                } else {
                    int[] over = listOverLines(t, lines, li, entries);
                    if (over != null) {
                        StringBuilder joined = new StringBuilder(t);
                        for (int k = li + 1; k < over[0]; k++) {
                            joined.append(' ').append(lines.get(k).text().strip());
                        }
                        t = joined.append(' ').append(lines.get(over[0]).text(), 0, over[1]).toString();
                        carried = over[1];
                        resume = over[0];
                    }
                }
            }
            List<Found> here = new ArrayList<>(noteMarks(t, line.number(), entries, items));
            Matcher range = BRACKET_RANGE.matcher(t);
            List<int[]> ranges = new ArrayList<>();
            while (range.find()) {
                here.add(new Found(range.start(), new Citation(range.group(), line.number(),
                        byNumber(range.group(1) + "-" + range.group(2), entries, line.number()))));
                ranges.add(new int[] {range.start(), range.end()});
            }
            Matcher b = BRACKETS.matcher(R_PRINTED.matcher(t).matches() || R_CODE.matcher(t).lookingAt() ? "" : t);
            while (b.find()) {
                int at = b.start();
                if (ranges.stream().noneMatch(r -> at >= r[0] && at < r[1]) && !ZERO.matcher(b.group(1)).matches()) {
                    String numbers = LOCATOR_IN_BRACKETS.matcher(b.group(1)).replaceAll(""); // "[1, с. 5; 3]": 1 and 3
                    here.add(new Found(at, new Citation(b.group(), line.number(), byNumber(numbers, entries, line.number()))));
                }
            }
            numbersInParentheses(t, line.number(), entries).forEach(here::add);
            Matcher n = NARRATIVE.matcher(t);
            while (n.find()) {
                if (VOLUME_AND_PAGES_AFTER.matcher(t).region(n.end(), t.length()).lookingAt()) {
                    continue; // a journal's masthead, "Maritime Economics & Logistics (2021) 23:179–210", cites nothing
                }
                // the names before the bracket, "Smith et al.", "Lee and Kim": which of the author's works it is
                String who = POSSESSIVE.matcher(t.substring(n.start(), n.start(2) - 1).strip()).replaceFirst("");
                Set<Integer> refs = byAuthorYears(who, n.group(2), items);
                int start = n.start();
                Matcher org = refs.isEmpty() ? ORGANISATION_BEFORE.matcher(t.substring(0, n.start())) : null;
                if (org != null && org.find()) {
                    // "The Congressional Research Service (2020)": an organisation's name of several words
                    Set<Integer> longer = byAuthorYears(org.group(1) + who, n.group(2), items);
                    if (!longer.isEmpty()) {
                        refs = longer;
                        start = org.group(1).startsWith("The ") ? org.start(1) + 4 : org.start(1);
                    }
                }
                Matcher list = refs.isEmpty() ? NAMES_BEFORE.matcher(t.substring(0, n.start())) : null;
                if (list != null && list.find()) {
                    // "Berardi, Hoseini and Hoseini (2014)": the first author's name stands before the last two
                    String names = list.group(1);
                    int from = list.start(1);
                    Set<Integer> first = byAuthorYears(names + ", " + who, n.group(2), items);
                    // "Subsequently, Grün, Kosmidis, and Zeileis (2012)": a capitalised word before the names that
                    // finds the same entries without it is none of them
                    for (int comma = names.indexOf(", "); !first.isEmpty() && comma > 0; comma = names.indexOf(", ")) {
                        if (!byAuthorYears(names.substring(comma + 2) + ", " + who, n.group(2), items).equals(first)) {
                            break;
                        }
                        names = names.substring(comma + 2);
                        from += comma + 2;
                    }
                    if (!first.isEmpty()) {
                        refs = first;
                        start = from;
                    }
                }
                Matcher serial = refs.isEmpty() ? SERIAL_AND.matcher(t).region(n.start(), n.start(2)) : null;
                if (serial != null && serial.find()) {
                    // "by Brown, and Smith (2012)": a comma of the sentence, not of a list; the last name cites alone
                    start = serial.end();
                    refs = byAuthorYears(POSSESSIVE.matcher(t.substring(start, n.start(2) - 1).strip()).replaceFirst(""), n.group(2), items);
                }
                here.add(new Found(start, new Citation(t.substring(start, n.end()), line.number(), new ArrayList<>(refs))));
            }
            Matcher sq = AUTHOR_BRACKETS.matcher(t);
            while (sq.find()) { // "[Сидоров, 2020, с. 5]": author–date in square brackets, as Russian journals print it
                if (YEAR.matcher(sq.group(1)).find()) {
                    int at = sq.start();
                    parenthetical(sq.group(), sq.group(1), line.number(), items).ifPresent(c -> here.add(new Found(at, c)));
                }
            }
            Matcher p = PARENS.matcher(t);
            while (p.find()) {
                if (n.reset().find() && overlapsNarrative(t, p.start())) {
                    continue;
                }
                int at = p.start();
                parenthetical(p.group(), p.group(1), line.number(), items).ifPresent(c -> here.add(new Found(at, c)));
            }
            here.sort(java.util.Comparator.comparingInt(Found::at)); // in the order they are printed
            here.forEach(f -> out.add(withinOwnList(f.citation(), entries)));
        }
        return out;
    }

    /**
     * Vancouver's numeric citations in parentheses, where every number is an entry's: several numbers or a
     * range ("(1, 2)", "(3–4)") anywhere, one number only where a clause ends after it ("ports grew (5).")
     * so that an enumeration, "we (1) collect and (2) test", is not taken for one.
     */
    private static List<Found> numbersInParentheses(String t, int line, List<RawEntry> entries) {
        List<Found> out = new ArrayList<>();
        if (entries.stream().allMatch(e -> e.number() == 0)) {
            return out; // only a numbered list is cited by number in parentheses
        }
        Matcher m = NUMBER_PARENS.matcher(t);
        while (m.find()) {
            String spec = m.group(1);
            boolean several = spec.matches(".*\\d\\s*[-–,]\\s*\\d.*");
            boolean endsClause = m.end() == t.length() || ".,;:".indexOf(t.charAt(m.end())) >= 0;
            if (!several && !endsClause || m.start() == 0) {
                continue;
            }
            List<Integer> refs = byNumber(spec, entries, line);
            if (refs.size() == numbers(spec).size()) {
                out.add(new Found(m.start(), new Citation(m.group(), line, refs)));
            }
        }
        Matcher r = REF_PARENS.matcher(t);
        List<int[]> inParentheses = new ArrayList<>();
        while (r.find()) { // Nature's "(ref. 7)", "(refs 3–5)": the word says what the numbers are
            List<Integer> refs = byNumber(AND_BETWEEN_NUMBERS.matcher(r.group(1)).replaceAll(", "), entries, line);
            if (!refs.isEmpty()) {
                out.add(new Found(r.start(), new Citation(r.group(), line, refs)));
                inParentheses.add(new int[] {r.start(), r.end()});
            }
        }
        if (t.contains("ef")) {
            Matcher w = REF_WORD.matcher(t);
            while (w.find()) { // and in the sentence: "as shown in ref. 7", "refs 8,9 agree", "Refs. 2 and 12"
                String spec = AND_BETWEEN_NUMBERS.matcher(w.group(1)).replaceAll(", ");
                int at = w.start();
                boolean read = inParentheses.stream().anyMatch(span -> span[0] <= at && at < span[1]);
                List<Integer> refs = read ? List.of() : byNumber(spec, entries, line);
                if (!refs.isEmpty() && refs.size() == numbers(spec).size()) {
                    out.add(new Found(w.start(), new Citation(w.group(), line, refs)));
                }
            }
        }
        return out;
    }

    /** A volume and pages right after a bracketed year: " 23:179–210", " 158(2):45–60". */
    private static final Pattern VOLUME_AND_PAGES_AFTER = Pattern.compile("\\s\\d{1,4}(?:\\(\\d{1,4}\\))?:\\d");

    /** "ref. 7", "refs 8,9", "Refs. 2 and 12", "Ref. 3–5" in running text, not in parentheses (see {@link #REF_PARENS}). */
    private static final Pattern REF_WORD = Pattern.compile("(?<![(\\p{L}])[Rr]efs?\\.?\\s+(\\d{1,3}(?:(?:\\s*[-–,]\\s*|\\s+and\\s+)\\d{1,3})*)(?![\\d\\p{L}])");
    private static final Pattern AND_BETWEEN_NUMBERS = Pattern.compile("\\s+and\\s+");

    private static final Pattern REF_PARENS = Pattern.compile("(?i)\\((?:see\\s+(?:also\\s+)?)?refs?\\.?\\s*(\\d{1,3}(?:(?:\\s*[-–,]\\s*|\\s+and\\s+)\\d{1,3})*)\\)");

    /** The numbers a spec such as "1, 3–5" names: 1, 3, 4, 5 (a range at most 100 long). */
    private static List<Integer> numbers(String spec) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : spec.split("\\s*[,;]\\s*")) {
            String[] range = part.split("\\s*[-–]\\s*");
            int from = Integer.parseInt(range[0].strip());
            int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
            for (int k = from; k <= to && k - from < 100; k++) {
                numbers.add(k);
            }
        }
        return numbers;
    }

    /**
     * Whether a superscript keys a byline's name to its affiliation, not a note: after a name's initials and before a
     * comma, "and" or the line's end ("Иванов И.И.¹, Петрова А.А.²"), or opening an affiliation's line ("¹ Северный …").
     */
    private static boolean keysAnAffiliation(String t, int start, int end) {
        if (start == 0) {
            return end < t.length() && t.charAt(end) == ' ';
        }
        boolean afterInitials = start >= 4 && t.charAt(start - 1) == '.' && Character.isUpperCase(t.charAt(start - 2))
                && INITIAL_BEFORE.matcher(t.substring(Math.max(0, start - 6), start - 2)).find();
        String rest = t.substring(end);
        return afterInitials && (rest.isEmpty() || rest.startsWith(",") || AND_AFTER.matcher(rest).lookingAt());
    }

    private static final Pattern INITIAL_BEFORE = Pattern.compile("\\p{Lu}\\.\\s?$");
    private static final Pattern AND_AFTER = Pattern.compile("\\s(?:and|и|&)\\s");

    /** A citation and where its text starts in its line. */
    private record Found(int at, Citation citation) {
    }

    /**
     * Note references: a mark whose number is that of an entry of a numbered list or of notes. Marks
     * that name no entry are left alone, since they may point to content notes, which are not entries.
     */
    private static List<Found> noteMarks(String t, int line, List<RawEntry> entries, List<Item> items) {
        List<Found> out = new ArrayList<>();
        if (entries.stream().noneMatch(e -> e.number() > 0)) {
            return out;
        }
        Matcher m = MARKED_NOTE.matcher(t);
        while (m.find()) {
            if (m.group(1) != null && keysAnAffiliation(t, m.start(), m.end())) {
                continue;
            }
            String spec = m.group(1) != null ? fromSuperscript(m.group(1))
                    : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            List<Integer> refs = withSecondWorks(byNumber(spec, entries, line), entries, items);
            if (!refs.isEmpty()) {
                out.add(new Found(m.start(), new Citation(m.group(), line, refs)));
            }
        }
        // a list numbered in brackets, "[3] J Crowley …", is cited in brackets: a number glued to a word there is
        // code's or a name's ("fit1", "fit2"), not a superscript's that lost its raise
        Matcher g = GLUED_NOTE.matcher(entries.stream().filter(e -> e.number() > 0).allMatch(e -> e.text().startsWith("[")) ? "" : t);
        while (g.find()) {
            if (!gluedToWord(t, g.start(), g.group(1).matches(".*\\d[,–-]\\d.*"))) {
                continue;
            }
            List<Integer> refs = withSecondWorks(byNumber(g.group(1), entries, line), entries, items);
            if (!refs.isEmpty()) {
                out.add(new Found(g.start(), new Citation(g.group(1), line, refs)));
            }
        }
        return out;
    }

    /**
     * The notes {@code refs}, each followed by the earlier entry of the work it names in short after its
     * first ("…; see also Byers, International Law and the Arctic, 155."): the note cites both.
     */
    private static List<Integer> withSecondWorks(List<Integer> refs, List<RawEntry> entries, List<Item> items) {
        if (refs.isEmpty() || items.size() != entries.size()) {
            return refs;
        }
        List<Integer> out = new ArrayList<>();
        for (int k : refs) {
            out.add(k);
            ReferenceParser.secondWork(entries.get(k).text(), items.subList(0, k)).ifPresent(work -> {
                int at = items.subList(0, k).lastIndexOf(work);
                if (at >= 0 && !out.contains(at)) {
                    out.add(at);
                }
            });
        }
        return out;
    }

    /** Whether a year (1500–2099), standing alone, ends just before {@code dot}. */
    private static boolean afterYear(String t, int dot) {
        int from = dot - 4;
        if (from < 0 || from > 0 && (Character.isLetterOrDigit(t.charAt(from - 1)) || t.charAt(from - 1) == '.')) {
            return false;
        }
        return Features.isYear(t.substring(from, dot));
    }

    /** Whether the digits from {@code at} end the line or stand before a new sentence ("1 Shipping"). */
    private static boolean beforeSentence(String t, int at) {
        int e = at;
        while (e < t.length() && Character.isDigit(t.charAt(e))) {
            e++;
        }
        return e == t.length() || e + 1 < t.length() && Character.isWhitespace(t.charAt(e))
                && Character.isUpperCase(t.charAt(e + 1));
    }

    /**
     * Whether digits at {@code at} end a word the way a flattened note mark does ("the Arctic.12 The",
     * "policy,3 and", "sanctions12 have"): after closing punctuation that follows a word which is not a
     * locator abbreviation ("p.12", "No.3"), or glued to a lower-case word of three letters or more (two for a
     * range or a list, "it3–5"); never after a digit or a capital (MH17, G20, COVID-19).
     */
    private static boolean gluedToWord(String t, int at, boolean several) {
        char c = t.charAt(at - 1);
        int end = at;
        if (c == '.' && afterYear(t, at - 1) && beforeSentence(t, at)) {
            return true; // "opened in 2019.1 Shipping grew": a note after a year that ends the sentence
        }
        if (".,;:)”\"’»".indexOf(c) >= 0) {
            end = at - 1;
            if (end > 0 && (t.charAt(end - 1) == ')' || t.charAt(end - 1) == '”' || t.charAt(end - 1) == '"')) {
                end--;
            }
        } else if (!Character.isLowerCase(c)) {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
            start--;
        }
        String word = t.substring(start, end);
        if (word.isEmpty() || start > 0 && (Character.isDigit(t.charAt(start - 1)) || t.charAt(start - 1) == '-')) {
            return false;
        }
        if (end == at) { // glued straight to the letters: a lower-case word only, of two letters for "it3–5"
            return word.length() >= (several ? 2 : 3) && word.chars().allMatch(Character::isLowerCase);
        }
        return word.length() >= 2 && !LOCATOR_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A citation's entries narrowed to the list of the article it stands in, when the document has several lists
     * (a digest's articles each print their own) and that list holds some of them: the first list after the
     * citation, or else the last before it.
     */
    static Citation withinOwnList(Citation c, List<RawEntry> entries) {
        if (c.references().size() < 2) {
            return c;
        }
        int[] block = listBlocks(entries);
        int own = -1;
        int before = -1;
        for (int i = 0; i < entries.size(); i++) { // entries are in document order
            if (entries.get(i).line() > c.line()) {
                own = block[i];
                break;
            }
            before = block[i];
        }
        int list = own >= 0 ? own : before;
        List<Integer> kept = c.references().stream().filter(i -> block[i] == list).toList();
        return kept.isEmpty() || kept.size() == c.references().size() ? c : new Citation(c.text(), c.line(), kept);
    }

    /** The most lines between two entries of one list (blank lines, a page's running head). */
    private static final int LIST_GAP = 5;

    /** Each entry's list, numbered in order: a new list where the heading's name changes or the text runs on between. */
    private static int[] listBlocks(List<RawEntry> entries) {
        int[] block = new int[entries.size()];
        for (int i = 1; i < entries.size(); i++) {
            RawEntry prev = entries.get(i - 1);
            RawEntry e = entries.get(i);
            block[i] = block[i - 1] + (e.list().equals(prev.list()) && e.line() - prev.endLine() <= LIST_GAP ? 0 : 1);
        }
        return block;
    }

    /** The longest stretch of the next line that a bracket left open at a line's end may take to close. */
    private static final int BROKEN_CITATION_TAIL = 80;

    /**
     * When {@code next} opens with a narrative citation's year in brackets that {@code line}'s last words name, "As Brown"
     * + "(2015) shows", "Smith and" + "Jones (2014)", "Smith" + "et al. (2010)": the length of {@code next} up to and
     * including the closing mark; otherwise 0. Read on one line, the citation names its authors whole.
     */
    static int narrativeOnNextLine(String line, String next) {
        Matcher head = NARRATIVE_HEAD.matcher(next);
        if (!head.lookingAt()) {
            Matcher names = NAMES_HEAD.matcher(next);
            return names.lookingAt() && namesGoOn(line, names) ? names.end() : 0;
        }
        // "Jones (2014)" after "Smith and"; "et al. (2010)" or "and Weber (1999)" after "Smith"; "(2015)" after "Brown"
        // or "Smith et al."
        Pattern before = head.group(1) != null ? NAME_AND_AT_END
                : head.group(2) != null || head.group(3) != null ? NAME_AT_END : NAME_OR_ET_AL_AT_END;
        return before.matcher(line).find() ? head.end() : 0;
    }

    /**
     * Whether {@code names} (from {@link #narrativeOnNextLine}) continue a list of names that {@code line} breaks:
     * after "Bickel, Ham-", a broken name's rest, "mel, and O’Connell (1975)"; after "Hothorn,", the next names,
     * "Hornik, van de Wiel, and Zeileis (2008a)".
     */
    private static boolean namesGoOn(String line, Matcher names) {
        return (names.group(1) != null ? BROKEN_NAME_AT_END : NAME_COMMA_AT_END).matcher(line).find();
    }

    /**
     * A list's last names, "and", the last name and the year in brackets, or its names and "et al." and the year, perhaps
     * after a broken name's rest: "mel, and O’Connell (1975)", "dman, Koehler, et al. (2005)".
     */
    private static final Pattern NAMES_HEAD = Pattern.compile("(?:(\\p{Ll}[\\p{L}'’-]*)|" + FAMILY + ")(?:,\\s+" + FAMILY + ")*(?:,?\\s+(?:"
            + AND + ")\\s+" + FAMILY + "|,?\\s+(?:" + ET_ALII + "))\\s+[(\\[](?:1[5-9]\\d\\d|20\\d\\d)[a-z]?(?:[,:][^()\\[\\]]{0,30})?[)\\]]");
    /** A name broken at the line's end, "Ham-" of "Bickel, Ham-", "Hyn-" of "… results of Hyn-". */
    private static final Pattern BROKEN_NAME_AT_END = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’]*-$");
    private static final Pattern NAME_COMMA_AT_END = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,\\s*$");

    /** A year in brackets opening a line, perhaps after the last name, "et al." or "and" and the last name: "(2015)", "Jones (2014, p. 5)", "and Weber (1999)". */
    private static final Pattern NARRATIVE_HEAD = Pattern.compile("(?:(\\p{Lu}[\\p{L}'’-]+\\s+)|((?:" + ET_ALII + ")\\s+)"
            + "|((?:" + AND + ")\\s+\\p{Lu}[\\p{L}'’-]+\\s+))?[(\\[]"
            + "(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?(?:[,:][^()\\[\\]]{0,30})?[)\\]]");
    private static final Pattern NAME_AT_END = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,?\\s*$"); // "Hammel," + "and O’Connell (1975)"
    private static final Pattern NAME_OR_ET_AL_AT_END = Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]+|" + ET_ALII + ")\\s*$");
    private static final Pattern NAME_AND_AT_END = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,?\\s+(?:" + AND + ")\\s*$");

    /**
     * When {@code line} ends inside a bracket ("(" or "[") that {@code next} closes within a short stretch,
     * the length of {@code next} up to and including the closing mark; otherwise 0.
     */
    static int closingOnNextLine(String line, String next) {
        int open = -1;
        int depth = 0;
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    open = i;
                    break;
                }
                depth--;
            }
        }
        if (open < 0 || line.length() - open > BROKEN_CITATION_TAIL) {
            return 0;
        }
        char closing = line.charAt(open) == '(' ? ')' : ']';
        for (int i = 0; i < Math.min(next.length(), BROKEN_CITATION_TAIL); i++) {
            char c = next.charAt(i);
            if (c == closing) {
                return i + 1;
            }
            if (c == '(' || c == '[' || c == ')' || c == ']') {
                return 0;
            }
        }
        return 0;
    }

    /**
     * A list of citations in brackets over three lines or more, "(Jaloustre⏎et al., 2011; Sak and Haksoz, 2011; …⏎…;
     * Voigt et al., 2014)": the line and the length of its text up to and including the closing bracket, where the
     * bracket {@code t} leaves open closes within six lines, with no other bracket, blank line or entry between, and
     * what it holds has years and semicolons; otherwise null.
     */
    private static int[] listOverLines(String t, List<Line> lines, int li, List<RawEntry> entries) {
        int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('['));
        if (open < 0 || t.indexOf(')', open) >= 0 || t.indexOf(']', open) >= 0 || t.length() - open > BROKEN_CITATION_TAIL) {
            return null;
        }
        char closing = t.charAt(open) == '(' ? ')' : ']';
        StringBuilder inside = new StringBuilder(t.substring(open + 1));
        for (int k = li + 1; k < lines.size() && k <= li + 6; k++) {
            String next = lines.get(k).text();
            if (next.isBlank() || insideEntry(lines.get(k).number(), entries)) {
                return null;
            }
            int close = next.indexOf(closing);
            int other = indexOfAny(next, "()[]");
            if (other >= 0 && other != close) {
                return null;
            }
            inside.append(' ').append(close >= 0 ? next.substring(0, close) : next);
            if (close >= 0) {
                String held = inside.toString();
                return k >= li + 2 && held.indexOf(';') >= 0 && YEAR.matcher(held).find() ? new int[] {k, close + 1} : null;
            }
        }
        return null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Superscript digits, and "⁻", in ASCII: "¹⁻³" is "1-3". */
    static String fromSuperscript(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int d = SUPERSCRIPTS.indexOf(c);
            b.append(d >= 0 ? (char) ('0' + d) : c == '⁻' ? '-' : c);
        }
        return b.toString();
    }

    private static boolean overlapsNarrative(String t, int parenStart) {
        Matcher n = NARRATIVE.matcher(t);
        while (n.find()) {
            if (parenStart >= n.start() && parenStart < n.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideEntry(int line, List<RawEntry> entries) {
        for (RawEntry e : entries) {
            if (line >= e.line() && line <= e.endLine()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CITATION_SEPARATOR = Pattern.compile("(?i)\\s*;\\s*|,?\\s+(?:as\\s+)?(?:cited|quoted)\\s+in\\s+");

    private static java.util.Optional<Citation> parenthetical(String text, String content, int line, List<Item> items) {
        Set<Integer> refs = new LinkedHashSet<>();
        boolean citationShaped = false;
        String previous = ""; // the names of the part before: "(Roe, 2001a; 2003)" cites Roe's 2003 too
        Matcher pages;
        // "Smith, 2010, as cited in Lee & Kim, 2015": APA's secondary source is a citation of its own
        for (String part : CITATION_SEPARATOR.split(content)) {
            String p = part.strip();
            String names = LOCATOR.matcher(p).replaceFirst("");
            Matcher y = YEAR.matcher(names); // on the names, whose indices the code below takes
            boolean dated = y.find();
            if (dated && y.start() == 0 && !previous.isEmpty() && YEAR_ALONE.matcher(names).matches()) {
                refs.addAll(byAuthorYear(previous, yearOf(y), items));
            } else if (dated && y.start() > 0) {
                String who = names.substring(0, Math.min(names.length(), y.start())).replaceAll("[,\\s]+$", "");
                previous = nameLike(who) ? who : "";
                String year = yearOf(y);
                int end = y.end();
                Matcher reissue = REISSUE_REST.matcher(names).region(end, names.length());
                if (y.group(1) != null && reissue.lookingAt()) { // "Shore, 1981/2014"
                    year += "/" + reissue.group(1);
                    end = reissue.end();
                    y.region(end, names.length());
                }
                int found = refs.size();
                refs.addAll(byAuthorYear(who, year, items));
                if (refs.size() == found && who.split("\\s+").length >= 2) {
                    // APA's work without an author, cited by its title's first words and its year: "(“List of Oldest
                    // Companies,” 2019)", "(Interpersonal Skills, 2019)"
                    String plain = year.length() >= 4 && Character.isDigit(year.charAt(0)) ? year.substring(0, 4) : "";
                    byTitleStart(who, items).stream().filter(i -> items.get(i).issued()
                            .map(d -> Integer.toString(d.year()).equals(plain)).orElse(plain.isEmpty())).forEach(refs::add);
                }
                while (y.find() && names.substring(end, Math.min(y.start(), names.length())).matches(",\\s*")) {
                    refs.addAll(byAuthorYear(who, yearOf(y), items)); // "Garcia, 2015, 2016": more works of one author
                    end = y.end();
                }
                String after = names.length() > end ? names.substring(end).strip() : "";
                Matcher letters = MORE_LETTERS.matcher(after);
                String lastYear = names.substring(Math.max(0, end - 5), end);
                if (letters.matches() && lastYear.matches("\\d{4}[a-z]")) { // "Brown, 2012a, b": 2012b too
                    for (String letter : after.split("[,\\s]+")) {
                        if (!letter.isEmpty()) {
                            refs.addAll(byAuthorYear(who, lastYear.substring(0, 4) + letter, items));
                        }
                    }
                    after = "";
                }
                // "Smith 2010", "Smith and Jones, 2010a": names, a year, nothing after but a locator
                citationShaped |= nameLike(who) && after.isEmpty();
            } else if (nameLike(names)) {
                refs.addAll(byShortTitle(names, byName(names, items), items));
            } else if ((pages = NAME_THEN_PAGES.matcher(names)).matches() && nameLike(pages.group(1))) {
                // MLA's author and page, "(Young 12)", "(Ladd 3-5)", or with a short title, "(Huyssen, Present Pasts 81)"
                refs.addAll(byShortTitle(pages.group(1), byName(pages.group(1), items), items));
            } else if ((pages = NAME_QUOTED_TITLE.matcher(names)).matches() && nameLike(pages.group(1))) {
                // MLA's author and an essay's short title in quotes: "(Webb, “The Masters Thesis Template” 22)"
                refs.addAll(byShortTitle(pages.group(1) + ", " + pages.group(2), byName(pages.group(1), items), items));
            }
            if (refs.isEmpty() && p.split("\\s+").length >= 2) {
                refs.addAll(byTitleStart(p, items));
            }
        }
        if (refs.isEmpty() && !citationShaped) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Citation(text, line, new ArrayList<>(refs)));
    }

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*]");

    /** An author, a short title in quotes and perhaps pages: MLA's "Webb, “The Masters Thesis Template” 22". */
    private static final Pattern NAME_QUOTED_TITLE = Pattern.compile("([^,“”\"]+),\\s+[“\"]([^“”\"]{2,120})[”\"](?:\\s+\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?)?");

    /**
     * Of an author's works that a citation names, those whose title holds the short title after the author's
     * name, MLA's way of telling one author's works apart: "Frye, Sound and Poetry" is Frye's "Sound and Poetry", not his
     * "Double Vision", and "Public, Elaborate" his "Absolutely Elaborate Book Template" (a short title is the title's main
     * words, wherever they stand in it). Without a title after a comma, or when no title holds it, the works as found.
     */
    private static List<Integer> byShortTitle(String cited, List<Integer> found, List<Item> items) {
        int comma = cited.indexOf(',');
        if (found.size() < 2 || comma < 0) {
            return found;
        }
        // a transliteration or translation in brackets after it is no part of the title's words
        String title = FieldScores.norm(BRACKETED.matcher(cited.substring(comma + 1)).replaceAll(""));
        if (title.length() < 3) {
            return found;
        }
        List<Integer> titled = found.stream().filter(i -> items.get(i).title().map(FieldScores::norm)
                .map(t -> t.contains(title)).orElse(false)).toList();
        return titled.isEmpty() ? found : titled;
    }

    /** Names, perhaps a short title, and pages with no year: MLA's "Young 12", "Huyssen, Present Pasts 81". */
    private static final Pattern NAME_THEN_PAGES = Pattern.compile("(.+?),?\\s+\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?");

    /** A year and nothing else but a locator, "2003", "2003a", "2003, p. 5", after a part that named the authors. */
    private static final Pattern YEAR_ALONE = Pattern.compile("(?:1[5-9]\\d\\d|20\\d\\d)[a-zа-я]?");

    /** A few capitalised words or initials: "Colin S. Gray", "Дугин А.Г.", "Лукьянович, Н. В.", "Stratfor". */
    private static boolean nameLike(String s) {
        String t = s.strip();
        return t.length() <= 80 && t.matches("(?:(?:\\p{Lu}[\\p{L}'’.-]*|van|von|de|der|la|le|et al\\.?|" + AND + "),?\\s*){1,6}");
    }

    /** An organisation's acronym after its name, "United Nations Conference on Trade and Development (UNCTAD)". */
    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,11})\\)\\s*$");
    /** The same before the name, "BMVI – Bundesministerium für Verkehr", "BMVI (Bundesministerium für Verkehr)". */
    private static final Pattern LEADING_ACRONYM = Pattern.compile("^(\\p{Lu}[\\p{Lu}&]{1,11})(?:\\s+[–—-]\\s+|\\s*\\(|:\\s)\\p{Lu}");

    /**
     * The entries whose first author (or editor) is named in {@code names}: every word of the family name
     * or organisation, or the acronym an organisation is printed with.
     */
    /** The entries whose first author's Russian family name {@code names} holds declined ("Иванова" for Иванов). */
    private static List<Integer> byDeclinedName(String names, List<Item> items) {
        List<Integer> out = new ArrayList<>();
        Set<String> words = words(names);
        for (int i = 0; i < items.size(); i++) {
            List<Name> people = items.get(i).authors();
            if (!people.isEmpty() && !people.get(0).isLiteral() && declinedIn(people.get(0).family().toLowerCase(Locale.ROOT), words)) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> byName(String names, List<Item> items) {
        List<Integer> out = new ArrayList<>();
        Set<String> words = words(names);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<Name> people = item.authors().isEmpty() ? item.names(io.github.citekit.model.NameRole.EDITOR) : item.authors();
            if (people.isEmpty()) {
                continue;
            }
            Name first = people.get(0);
            String key = first.isLiteral() ? first.literal() : first.family();
            Set<String> keyWords = words(key);
            Set<String> withoutParticles = new LinkedHashSet<>(keyWords);
            withoutParticles.removeIf(io.github.citekit.internal.extract.Names::isParticle); // "Berg (2010)" for "van der Berg"
            Matcher acronym = ACRONYM.matcher(key);
            Matcher leading = LEADING_ACRONYM.matcher(key);
            if (!keyWords.isEmpty() && words.containsAll(keyWords)
                    || !first.isLiteral() && !withoutParticles.isEmpty() && words.containsAll(withoutParticles)
                    || first.isLiteral() && acronym.find() && words.contains(acronym.group(1).toLowerCase(Locale.ROOT))
                    || first.isLiteral() && leading.find() && words.contains(leading.group(1).toLowerCase(Locale.ROOT))
                    || first.isLiteral() && opensWith(keyWords, words)
                    || first.isLiteral() && isAcronymOf(names.strip(), key)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The one entry with no authors read whose text opens with the cited first name and prints the year: a
     * reference the parser could not take apart ("Y. Giomataris, P. Rebourgeard, … Jun.1996.", all read as a
     * title) is still the work "(Giomataris et al. 1996)" cites. None when several would fit.
     */
    private static List<Integer> byPrintedNameAndYear(String who, Pattern year, List<Item> items) {
        String family = NAME_SEPARATOR.split(ET_AL.matcher(who).replaceAll("").strip())[0].replaceAll("[\\s.,]+$", "");
        if (family.length() < 3 || !Character.isUpperCase(family.charAt(0))) {
            return List.of();
        }
        Pattern name = Pattern.compile("(?<!\\p{L})" + Pattern.quote(family) + "(?!\\p{L})");
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.authors().isEmpty() && item.names(io.github.citekit.model.NameRole.EDITOR).isEmpty()
                    && item.sources().stream().anyMatch(src -> opensWith(src.text(), name) && year.matcher(src.text()).find())) {
                out.add(i);
            }
        }
        return out.size() == 1 ? out : List.of();
    }

    /** Whether {@code name} stands in the first 80 characters of {@code text}, where a reference's authors are. */
    private static boolean opensWith(String text, Pattern name) {
        return name.matcher(text).region(0, Math.min(80, text.length())).find();
    }

    /** Capitalised words (and the small words of a name) before a narrative citation's last name word. */
    private static final Pattern ORGANISATION_BEFORE = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’.-]*\\s+)(?:(?:\\p{Lu}[\\p{L}'’.-]*|of|for|and|on|the)\\s+){0,5})$");

    /** The serial comma and "and" before a narrative citation's last name: "Zeileis, Köll, and Graham (2020)". */
    private static final Pattern SERIAL_AND = Pattern.compile(",\\s+(?:" + AND + ")\\s+(?=\\p{Lu})");

    /**
     * Family names and commas right before a narrative citation's last two names, "Berardi, Lee and Kim (2014)", or its
     * last name, when a particle kept "and" out of the citation's pattern: "Jongman, ter Braak and van Tongeren (1987)".
     */
    private static final Pattern NAMES_BEFORE = Pattern.compile("(" + FAMILY + "(?:,\\s+" + FAMILY + "){0,4})(?:,\\s+|,?\\s+(?:and|&)\\s+)$");

    /** The entries by {@code who} of each year in {@code years}: "Jones (2011, 2012)" cites both works. */
    private static Set<Integer> byAuthorYears(String who, String years, List<Item> items) {
        Set<Integer> refs = new LinkedHashSet<>();
        String last = "";
        for (String year : years.split(",\\s*")) {
            // "2001a, b": a letter alone is the year before with that letter
            String full = year.length() == 1 && last.length() >= 4 ? last.substring(0, 4) + year : year;
            refs.addAll(byAuthorYear(who, full, items));
            last = full;
        }
        return refs;
    }

    /**
     * Whether {@code word} is the acronym of {@code organisation}: the initials of its capitalised words,
     * "WHO" for "World Health Organization", "CRS" for "Congressional Research Service".
     */
    static boolean isAcronymOf(String word, String organisation) {
        if (word.length() < 2 || word.length() > 8 || !word.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : organisation.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.toString().equals(word);
    }

    /** The year {@link #YEAR} found, or "n.d.". */
    private static String yearOf(Matcher y) {
        return y.group(1) != null ? y.group(1) : y.group(2) != null ? "n.d." : "in press";
    }

    /**
     * The entries by {@code who} of {@code year}. A year with a letter, "2011a", picks the entry that
     * prints it when one does; otherwise all of that author's entries of the year. "n.d." picks the
     * author's undated entries.
     */
    private static List<Integer> byAuthorYear(String who, String year, List<Item> items) {
        Matcher reissue = REISSUED.matcher(year);
        if (reissue.matches()) {
            // APA's "(1966/1969)": first published 1966, cited in the edition of 1969, which the entry dates; an entry
            // of 1966 names the work when none of 1969 does ("Piaget and Inhelder (1966/1969)" beside their 1966 book)
            List<Integer> cited = byAuthorYear(who, reissue.group(2), items);
            return cited.isEmpty() ? byAuthorYear(who, reissue.group(1), items) : cited;
        }
        if (year.startsWith("n.")) {
            return byName(who, items).stream().filter(i -> items.get(i).issued().isEmpty()).toList();
        }
        if (year.equals("in press") || year.equals("forthcoming")) { // "Lee (in press)": the author's undated entry in press
            return byName(who, items).stream().filter(i -> items.get(i).issued().isEmpty() && (items.get(i).get(Field.STATUS).isPresent()
                    || items.get(i).sources().stream().anyMatch(src -> IN_PRESS.matcher(src.text()).find()))).toList();
        }
        String plain = year.substring(0, 4);
        List<Integer> out = ofYear(byName(who, items), plain, items);
        if (out.isEmpty()) {
            out = ofYear(byDeclinedName(who, items), plain, items); // "по мнению Иванова (2015)"
        }
        if (out.isEmpty()) {
            // an entry whose date was not read ("Jun.1996", glued by a PDF) but that prints the year
            Pattern printed = Pattern.compile("(?<!\\d)" + plain + "(?!\\d)");
            out = byName(who, items).stream().filter(i -> items.get(i).issued().isEmpty() && items.get(i).sources().stream()
                    .anyMatch(src -> printed.matcher(src.text()).find())).toList();
            if (out.isEmpty()) {
                out = byPrintedNameAndYear(who, printed, items);
            }
        }
        if (year.length() > 4) {
            Pattern printed = Pattern.compile("\\b" + year + "\\b");
            List<Integer> lettered = out.stream().filter(i -> items.get(i).sources().stream()
                    .anyMatch(src -> printed.matcher(src.text()).find())).toList();
            if (!lettered.isEmpty()) {
                return narrowedByAuthors(who, lettered, items);
            }
        }
        return narrowedByAuthors(who, out, items);
    }

    /** A work's two years, first published and cited: "1966/1969". */
    private static final Pattern REISSUED = Pattern.compile("(\\d{4}[a-z]?)/(\\d{4}[a-z]?)");
    /** The cited edition's year after the first one's: the "/2014" of "1981/2014". */
    private static final Pattern REISSUE_REST = Pattern.compile("/((?:1[5-9]|20)\\d\\d[a-z]?)\\b");

    private static List<Integer> ofYear(List<Integer> candidates, String year, List<Item> items) {
        List<Integer> out = new ArrayList<>();
        for (int i : candidates) {
            if (items.get(i).issued().map(d -> Integer.toString(d.year()).equals(year)).orElse(false)) {
                out.add(i);
            }
        }
        if (out.isEmpty()) {
            // APA's "Freud (1923/1961)": the year first published, as the record's original date, names the work too,
            // when no work of that year is listed ("(Piaget & Inhelder, 1966)" is their book of 1966, not its translation)
            for (int i : candidates) {
                if (items.get(i).originalDate().map(d -> Integer.toString(d.year()).equals(year)).orElse(false)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static final Pattern IN_PRESS = Pattern.compile("(?i)\\b(?:in press|forthcoming)\\b");

    private static final Pattern ET_AL = Pattern.compile("\\bet\\.?\\s*al\\b|\\bи\\s+др\\b|\\bu\\.\\s?a\\.|\\bi in\\.|\\by col\\.|\\be col\\.|\\bet coll\\.");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:" + AND + ")\\s+|\\s+(?:" + AND + ")\\s+|,\\s*)\\s*");

    /**
     * Of several works by the first author in one year, those whose authors the citation names: "Smith
     * (2010)" is Smith's own work, "Smith and Jones (2010)" the one with Jones second, "Smith et al. (2010)"
     * one with three or more. When none fits, all of them, as before.
     */
    private static List<Integer> narrowedByAuthors(String who, List<Integer> found, List<Item> items) {
        if (found.size() < 2) {
            return found;
        }
        boolean etAl = ET_AL.matcher(who).find();
        String[] named = NAME_SEPARATOR.split(ET_AL.matcher(who).replaceAll("").replaceAll("[\\s,.]+$", "").strip());
        List<Integer> fitting = found.stream().filter(i -> {
            Item item = items.get(i);
            List<Name> people = item.authors().isEmpty() ? item.names(io.github.citekit.model.NameRole.EDITOR) : item.authors();
            if (etAl) {
                if (people.size() < 3 && !item.etAl(io.github.citekit.model.NameRole.AUTHOR) || named.length > people.size()) {
                    return false;
                }
                // APA's "Kapoor, Bloom, Montez, et al. (2017)": the names written out before "et al." are the work's first
                for (int k = 1; k < named.length; k++) {
                    Name p = people.get(k);
                    if (!words(named[k]).containsAll(words(p.isLiteral() ? p.literal() : p.family()))) {
                        return false;
                    }
                }
                return true;
            }
            if (people.size() != named.length || item.etAl(io.github.citekit.model.NameRole.AUTHOR)) {
                return false;
            }
            Name last = people.get(people.size() - 1);
            return named.length < 2 || words(named[named.length - 1]).containsAll(words(last.isLiteral() ? last.literal() : last.family()));
        }).toList();
        return fitting.isEmpty() ? found : fitting;
    }

    private static List<Integer> byTitleStart(String text, List<Item> items) {
        List<Integer> out = new ArrayList<>();
        String t = FieldScores.norm(text);
        if (t.length() < 6) {
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String title = item.title().map(FieldScores::norm).orElse("");
            String literal = item.authors().isEmpty() || !item.authors().get(0).isLiteral() ? ""
                    : FieldScores.norm(item.authors().get(0).literal());
            if (!title.isEmpty() && title.startsWith(t) || !literal.isEmpty() && literal.equals(t)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The entries that numbers cite from line {@code line}. Where several lists number their entries (the
     * articles of a digest, each with its notes), a number names the entry of the first list after the
     * citation, or else of the last one before it.
     */
    private static List<Integer> byNumber(String spec, List<RawEntry> entries, int line) {
        List<Integer> numbers = numbers(spec);
        // a list printed without numbers (lost in extraction) is numbered by its order
        boolean unnumbered = entries.stream().allMatch(e -> e.number() == 0);
        List<Integer> out = new ArrayList<>();
        for (int n : numbers) {
            if (unnumbered) {
                if (n >= 1 && n <= entries.size()) {
                    out.add(n - 1);
                }
                continue;
            }
            int after = -1;
            int before = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).number() == n) {
                    if (entries.get(i).line() > line) {
                        if (after < 0) {
                            after = i;
                        }
                    } else {
                        before = i;
                    }
                }
            }
            if (after >= 0 || before >= 0) {
                int at = after >= 0 ? after : before;
                while (at > 0 && entries.get(at - 1).number() == n && entries.get(at - 1).line() == entries.get(at).line()) {
                    at--; // a note that cites several works is an entry for each (ReferenceLists.worksOfANote)
                }
                for (int k = at; k < entries.size() && entries.get(k).number() == n && entries.get(k).line() == entries.get(at).line(); k++) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code words} hold a Russian family name declined, as a sentence names an author: "по мнению
     * И. И. Иванова (2015)", "согласно Ивановой", "с Достоевским". The forms are built from the entry's
     * nominative, lower-cased.
     */
    static boolean declinedIn(String family, Set<String> words) {
        if (family.length() < 3) {
            return false;
        }
        if (family.codePoints().noneMatch(c -> c >= 0x0400 && c <= 0x04FF)) {
            return polishDeclinedIn(family, words);
        }
        List<String> forms = new ArrayList<>();
        if (family.endsWith("ий") || family.endsWith("ый") || family.endsWith("ой")) { // Достоевский, Толстой
            String stem = family.substring(0, family.length() - 2);
            for (String e : List.of("ого", "его", "ому", "ему", "им", "ым", "ом", "ем")) {
                forms.add(stem + e);
            }
        } else if (family.endsWith("ая")) { // Вишневская
            String stem = family.substring(0, family.length() - 2);
            forms.add(stem + "ой");
            forms.add(stem + "ую");
        } else if (family.endsWith("а") || family.endsWith("я")) { // Иванова, Шевченко aside: Кочерга
            String stem = family.substring(0, family.length() - 1);
            for (String e : List.of("ой", "у", "ы", "и", "е")) {
                forms.add(stem + e);
            }
        } else if (!family.endsWith("о") && !family.endsWith("е") && !family.endsWith("и") && !family.endsWith("у")
                && !family.endsWith("ю")) { // Иванов, Лотман; not the indeclinable Шевченко, Дурново
            String soft = family.endsWith("ь") || family.endsWith("й") ? family.substring(0, family.length() - 1) : family;
            boolean softEnd = !soft.equals(family);
            for (String e : softEnd ? List.of("я", "ю", "ем", "е") : List.of("а", "у", "ым", "ом", "е")) {
                forms.add(soft + e);
            }
        }
        return forms.stream().anyMatch(words::contains);
    }

    /**
     * Polish's cases of a family name in Latin letters ({@code family} lower-case): "Wiśniewskiego" and "Wiśniewskim"
     * for Wiśniewski, "Wiśniewskiej" for Wiśniewska, "Nowaka" and "Nowakiem" for Nowak.
     */
    private static boolean polishDeclinedIn(String family, Set<String> words) {
        List<String> forms = new ArrayList<>();
        if (family.endsWith("ski") || family.endsWith("cki") || family.endsWith("dzki")) {
            forms.addAll(List.of(family + "ego", family + "emu", family + "m"));
        } else if (family.endsWith("ska") || family.endsWith("cka") || family.endsWith("dzka")) {
            String stem = family.substring(0, family.length() - 1);
            forms.addAll(List.of(stem + "iej", stem + "ą"));
        } else if (!family.isEmpty() && "aeiouyąęó".indexOf(family.charAt(family.length() - 1)) < 0) {
            forms.addAll(List.of(family + "a", family + "owi", family + "em", family + "iem"));
        }
        return forms.stream().anyMatch(words::contains);
    }

    /**
     * Whether an organisation's name opens with the cited words, two at least, and their order: "(Ministero delle
     * Infrastrutture 2017)" for "Ministero delle Infrastrutture e dei Trasporti".
     */
    private static boolean opensWith(Set<String> name, Set<String> cited) {
        if (cited.size() < 2 || cited.size() >= name.size()) {
            return false;
        }
        java.util.Iterator<String> n = name.iterator();
        for (String word : cited) {
            if (!n.next().equals(word)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("[\\p{L}][\\p{L}'’-]*").matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() > 1) {
                out.add(m.group());
            }
        }
        return out;
    }
}
