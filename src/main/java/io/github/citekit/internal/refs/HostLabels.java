package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.LabelRuns.hasLetter;
import static io.github.citekit.internal.refs.LabelRuns.hasNoLowerCase;
import static io.github.citekit.internal.refs.LabelRuns.isOneRun;
import static io.github.citekit.internal.refs.LabelRuns.isPunctuation;
import static io.github.citekit.internal.refs.LabelRuns.isWordToken;
import static io.github.citekit.internal.refs.LabelRuns.lastWord;
import static io.github.citekit.internal.refs.LabelRuns.lettered;
import static io.github.citekit.internal.refs.LabelRuns.relabelled;
import static io.github.citekit.internal.refs.LabelRuns.runEnd;
import static io.github.citekit.internal.refs.ReferenceWords.EDITOR_WORDS;
import static io.github.citekit.internal.refs.ReferenceWords.INSTITUTION_WORDS;
import static io.github.citekit.internal.refs.ReferenceWords.ISSUE_MARKS;
import static io.github.citekit.internal.refs.ReferenceWords.JOURNAL_EVIDENCE;
import static io.github.citekit.internal.refs.ReferenceWords.NAME_REACH;
import static io.github.citekit.internal.refs.ReferenceWords.PERIODICAL_WORD;
import static io.github.citekit.internal.refs.ReferenceWords.PROCEEDINGS;
import static io.github.citekit.internal.refs.ReferenceWords.VOLUME_WORDS;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules over the labels where a title meets its host: where a journal begins (by JabRef's list, by a periodical's
 * word, after the title's last sentence), a book or proceedings read as a host or cited whole. {@link ReferenceParser}
 * runs them over the labeller's output in its order.
 */
final class HostLabels {
    private HostLabels() {
    }

    /**
     * Springer's "… In: Küsters, R., Naumann, D. (eds.) CSF 2021, pp. 1–16. IEEE (2021)" and "In: Smith, A. (ed.)
     * ESOP 2019. LNCS, vol. 1234, pp. 1–10. Springer, Cham (2019)": the proceedings' short name after the editor mark,
     * up to the full stop or the pages, left unlabelled (the labelled data has none of this style). It is the
     * container; a series' few words before ", vol." after it ("LNCS", "Lecture Notes in Computer Science") are the
     * collection.
     */
    static List<String> hostAfterEditorMark(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title") || !labels.contains("title") || !labels.contains("editor")) {
            return labels;
        }
        int n = tokens.size();
        int close = -1;
        for (int i = 1; i + 3 < n; i++) {
            // the editors' run ends at the mark, or at the full stop of their last initial just before it
            if (tokens.get(i).text().equals("(") && EDITOR_WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))
                    && (labels.get(i - 1).equals("editor") || i >= 2 && labels.get(i - 2).equals("editor"))) {
                close = tokens.get(i + 2).text().equals(".") ? i + 3 : i + 2;
                break;
            }
        }
        if (close < 0 || close + 1 >= n || !tokens.get(close).text().equals(")")) {
            return labels;
        }
        int start = close + 1;
        int end = start;
        while (end < n && labels.get(end).equals(Labels.OTHER) && !tokens.get(end).text().equals(".")
                && !(tokens.get(end).text().equals(",") && end + 1 < n && PAGES_OR_VOLUME.contains(tokens.get(end + 1).text().toLowerCase(Locale.ROOT)))) {
            end++;
        }
        if (end == start || end >= n || !Character.isUpperCase(tokens.get(start).text().codePointAt(0))
                || !tokens.get(end).text().equals(".") && !tokens.get(end).text().equals(",")) {
            return labels; // not up to the full stop or the pages: another label stopped it ("… (ed.) Semantic …, MIT Press")
        }
        int firstEditor = labels.indexOf("editor");
        if (firstEditor < 2 || !tokens.get(firstEditor - 1).text().equals(":") || !tokens.get(firstEditor - 2).text().equals("In")) {
            return labels; // Springer's "In: Smith, A. (ed.)", not "Reprinted in Minsky (ed.)"
        }
        List<String> out = relabelled(labels, start, end - 1, "container-title");
        // "ESOP 2019. LNCS, vol. 1234": the series before its volume
        int series = end + 1;
        int k = series;
        while (k < n && labels.get(k).equals(Labels.OTHER) && !isPunctuation(tokens.get(k).text())) {
            k++;
        }
        if (tokens.get(end).text().equals(".") && k > series && k - series <= 6 && k + 2 < n && tokens.get(k).text().equals(",")
                && VOLUME_WORDS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
            out = relabelled(out, series, k - 1, "collection-title");
        }
        return out;
    }

    /** What follows a proceedings' short name after a comma: its pages or its volume. */
    private static final Set<String> PAGES_OR_VOLUME = Set.of("pp", "p", "pages", "vol", "volume");

    /**
     * A host's first words left out of it: an abbreviation whose full stop ends a sentence to the labeller, "(Am. J. Hum.
     * Genet. 61: 785–789, 1997)", where the whole is a name of JabRef's list; a proceedings' ordinal, "… problems are.
     * 12th International Joint Conference on …"; and a second title run that opens with a proceedings' word before it
     * ("Proc. 5th. BCS-FACS Refinement Workshop").
     */
    static List<String> hostsFirstWordsLeftOut(List<Token> tokens, List<String> labels) {
        int c0 = labels.indexOf("container-title");
        if (c0 < 2) {
            return labels;
        }
        int c1 = lastWord(tokens, c0, runEnd(labels, c0));
        String before = tokens.get(c0 - 1).text();
        String word = tokens.get(c0 - 2).text();
        if (before.equals(".") && labels.get(c0 - 1).equals(Labels.OTHER) && labels.get(c0 - 2).equals(Labels.OTHER)
                && word.length() <= 6 && LabelRuns.isCapitalisedWord(word)
                && JournalNames.shipped().isName(tokens, c0 - 2, c1)) {
            return relabelled(labels, c0 - 2, c0 - 1, "container-title");
        }
        if (ORDINAL_SUFFIX.contains(before) && LabelRuns.isDigits(word) && tokens.get(c0).spaceBefore()
                && labels.get(c0 - 1).equals(Labels.OTHER) && labels.get(c0 - 2).equals(Labels.OTHER)) {
            return relabelled(labels, c0 - 2, c0 - 1, "container-title"); // "12th International Joint Conference"
        }
        // a second title run that opens with a proceedings' word, right before the host, is the host's start: "In C. B.
        // Jones, editors, Proc. 5th. BCS-FACS Refinement Workshop"
        int t1 = before.equals(".") && labels.get(c0 - 1).equals(Labels.OTHER) ? c0 - 2 : c0 - 1;
        if (labels.get(t1).equals("title")) {
            int t0 = t1;
            while (t0 > 0 && labels.get(t0 - 1).equals("title")) {
                t0--;
            }
            if (labels.indexOf("title") < t0 && PROCEEDINGS.matcher(tokens.get(t0).text().toLowerCase(Locale.ROOT)
                    + (t0 + 1 < tokens.size() ? tokens.get(t0 + 1).text() : "")).lookingAt()) {
                return relabelled(labels, t0, c0 - 1, "container-title");
            }
        }
        return labels;
    }

    /**
     * A meeting's year printed as part of its name, "Proceedings of CHI 90 (Seattle, …, 1990)", "ACM Multimedia 95,
     * pages 57-64" and "in Unmanned Untethered Submersible Technology 2001, 2001.", read as the volume or the date: where
     * the number follows the proceedings' name with no mark and is the reference's year, in full or its last two digits,
     * it is the name's.
     */
    static List<String> meetingsYearAfterItsName(List<Token> tokens, List<String> labels) {
        int c0 = labels.indexOf("container-title");
        if (c0 < 0) {
            return labels;
        }
        int c1 = runEnd(labels, c0);
        int k = c1 + 1;
        if (k >= tokens.size() || !tokens.get(k).spaceBefore() || !LabelRuns.isDigits(tokens.get(k).text())
                || !(labels.get(k).equals("volume") || labels.get(k).equals("date")) || runEnd(labels, k) != k) {
            return labels;
        }
        String number = tokens.get(k).text();
        String year = null;
        for (int i = 0; i < tokens.size() && year == null; i++) {
            String t = tokens.get(i).text();
            if (i != k && labels.get(i).equals("date") && t.length() == 4 && LabelRuns.isDigits(t)) {
                year = t;
            }
        }
        boolean isYear = year != null && (number.equals(year) || labels.get(k).equals("volume") && number.length() == 2
                && year.endsWith(number));
        if (!isYear) {
            return labels;
        }
        String name = LabelRuns.text(tokens, c0, c1);
        // a proceedings' word, or a meeting's acronym just before the number ("CHI 90"), not a journal's ("PTEP 2015")
        String acronym = tokens.get(c1).text();
        boolean meeting = PROCEEDINGS.matcher(name.toLowerCase(Locale.ROOT)).find()
                || c1 > c0 && acronym.length() >= 3 && LabelRuns.isAllCaps(acronym);
        return meeting ? relabelled(labels, k, k, "container-title") : labels;
    }

    /**
     * A host's name that the labeller broke at one of its commas, "Proc. Conference on Object-Oriented Programming
     * Systems, Languages, and Applications" and "Visualization in Biomedical Computing, Proc. SPIE": a work has one host,
     * so the second run would be dropped; two runs with only that mark between them are one name.
     */
    static List<String> hostBrokenAtAComma(List<Token> tokens, List<String> labels) {
        int c0 = labels.indexOf("container-title");
        if (c0 < 0) {
            return labels;
        }
        List<String> out = labels;
        int c1 = runEnd(out, c0);
        while (c1 + 2 < tokens.size() && out.get(c1 + 2).equals("container-title") && out.get(c1 + 1).equals(Labels.OTHER)
                && (tokens.get(c1 + 1).text().equals(",") || tokens.get(c1 + 1).text().equals(":"))) {
            out = relabelled(out, c1 + 1, c1 + 1, "container-title"); // "The London, Edinburgh, and Dublin …"
            c1 = runEnd(out, c1 + 1);
        }
        return out;
    }

    /**
     * Australian Harvard's films, broadcasts and catalogues, "Chains = Cantene/Titanus 2011, motion picture, British
     * Film Institute, London.", "Art + soul : a journey … 2010, television program, Australian Broadcasting Corporation,
     * Sydney, 4 October." and "Di Trocchio, P 2011, Manstyle : men + fashion, exhibition catalogue, …": the medium
     * between commas is the genre, the words opening the reference before the year (no names: the work is cited by its
     * title) are the title, the title ends before the medium, and the host read after the medium is the publisher.
     */
    static List<String> mediumBetweenCommas(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int m = 1; m + 1 < n; m++) {
            if (!tokens.get(m - 1).text().equals(",")) {
                continue;
            }
            int end = mediumEnd(tokens, m);
            if (end < 0 || end >= n || !tokens.get(end).text().equals(",")) {
                continue;
            }
            List<String> out = relabelled(labels, m, end - 1, "genre");
            out.set(m - 1, Labels.OTHER);
            int year = m - 2; // the year before the medium: "… 2011, motion picture,"
            boolean dated = year >= 1 && LabelRuns.isDigits(tokens.get(year).text()) && tokens.get(year).text().length() == 4;
            if (dated) {
                out.set(year, "date");
                int t = year - 1;
                String opening = out.get(0);
                if (isOneRun(out, 0, t, opening) && (opening.equals("author") || opening.equals("title"))
                        && !LabelRuns.isInitialLetter(tokens.get(t).text())) {
                    out = relabelled(out, 0, t, "title"); // the work cited by its title, no names before it
                }
            }
            int after = end + 1;
            if (after < n && out.get(after).equals("container-title") && !out.contains("publisher")) {
                out = relabelled(out, after, runEnd(out, after), "publisher"); // "…, dvd, Microcinema International,"
            } else if (after < n && out.get(after).equals("title") && labels.get(m).equals("title")) {
                // the title ran on over the medium and past it: "Manstyle : men + fashion, exhibition catalogue, 11
                // March-27 November," ends before the medium, and what follows it is no title's
                out = relabelled(out, end, runEnd(out, after), Labels.OTHER);
            }
            return out;
        }
        return labels;
    }

    /**
     * A newspaper's or magazine's name before the day of its issue, "…,’ Observer, 3 December 2006.", "Boston Globe,
     * June 7, 1998, C1+.", "A Nuclear Free Town Fades Away in Japan. Wall Street Journal 4 January.": the labeller,
     * seeing no volume after the name, reads it as a place or a note. Right after the title, where no host or publisher
     * is labelled, a short capitalised name that is no known place, followed by a day and a month, is the host; a day and
     * month read into the note with it are the date's.
     */
    static List<String> newspaperBeforeItsDay(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title") || labels.contains("publisher") || !labels.contains("title")) {
            return labels;
        }
        int n = tokens.size();
        for (int a = 1; a < n; a++) {
            String label = labels.get(a);
            if (!(label.equals("publisher-place") || label.equals("note")) || labels.get(a - 1).equals(label)) {
                continue;
            }
            int before = a - 1;
            while (before > 0 && isPunctuation(tokens.get(before).text()) && !labels.get(before).equals("title")) {
                before--;
            }
            if (before == a - 1 || !labels.get(before).equals("title")) {
                return labels; // only right after the title, past its closing punctuation
            }
            int end = runEnd(labels, a);
            int day = dayAndMonthAt(tokens, a + 1, end + 1); // within a note: "Wall Street Journal 4 January"
            int nameEnd = day < 0 ? end : day - 1;
            if (day < 0) {
                int k = end + 1;
                if (k < n && tokens.get(k).text().equals(",")) {
                    k++;
                }
                if (k + 1 >= n || !labels.get(k).equals("date") || dayAndMonthAt(tokens, k, k + 2) != k) {
                    return labels;
                }
            }
            if (!isNewspaperName(tokens, a, nameEnd)) {
                return labels;
            }
            for (int k = day + 2; day >= 0 && k <= end; k++) {
                if (!isPunctuation(tokens.get(k).text())) {
                    return labels; // more words in the note after the day: not a name and its day alone
                }
            }
            List<String> out = relabelled(labels, a, nameEnd, "container-title");
            if (day >= 0) {
                out = relabelled(out, day, day + 1, "date");
                for (int k = day + 2; k <= end; k++) {
                    out.set(k, Labels.OTHER); // the note's closing punctuation
                }
            }
            return out;
        }
        return labels;
    }

    /** The first index from {@code from} where a day and a month stand together, either order ("3 December", "June 7"), ending before {@code to}; else -1. */
    private static int dayAndMonthAt(List<Token> tokens, int from, int to) {
        for (int k = from; k + 1 < to && k + 1 < tokens.size(); k++) {
            String x = tokens.get(k).text();
            String y = tokens.get(k + 1).text();
            if (isDay(x) && Dates.isMonthOrSeason(y) || Dates.isMonthOrSeason(x) && isDay(y)) {
                return k;
            }
        }
        return -1;
    }

    /** Words that open an access or publication statement before a day and month, not a newspaper's name. */
    private static final Set<String> NOT_NEWSPAPER_WORDS = Set.of("retrieved", "accessed", "viewed", "consulted",
            "available", "online", "published", "posted", "updated", "cited", "presented", "delivered", "submitted");

    /** A day of the month, "1" to "31", as the tokenizer leaves it (French's "1er" is "1" and "er"). */
    static boolean isDay(String word) {
        return word.length() <= 2 && LabelRuns.isDigits(word) && Integer.parseInt(word) >= 1 && Integer.parseInt(word) <= 31;
    }

    /** One to five words, the first capitalised, with no digit and no access word, that together are no known place. */
    private static boolean isNewspaperName(List<Token> tokens, int from, int to) {
        int words = 0;
        StringBuilder name = new StringBuilder();
        for (int k = from; k <= to; k++) {
            String t = tokens.get(k).text();
            if (isPunctuation(t)) {
                if (k == to || !t.equals("'") && !t.equals("’")) {
                    return false;
                }
                continue;
            }
            if (!hasLetter(t) || t.chars().anyMatch(Character::isDigit) || words == 0 && !Character.isUpperCase(t.charAt(0))
                    || NOT_NEWSPAPER_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                return false; // "Retrieved March 27, 2016": an access date
            }
            words++;
            name.append(words > 1 ? " " : "").append(t);
        }
        return words >= 1 && words <= 5 && !Places.isPlace(name.toString());
    }

    /** Where a medium's words starting at {@code m} end ("motion picture", "dvd", "television program"), or -1. */
    private static int mediumEnd(List<Token> tokens, int m) {
        String first = tokens.get(m).text();
        if (first.length() < 3 || MEDIA_INITIALS.indexOf(Character.toLowerCase(first.charAt(0))) < 0) {
            return -1; // most words after a comma, at a glance: this runs for every comma
        }
        for (String[] medium : MEDIA) {
            if (first.equalsIgnoreCase(medium[0])) {
                if (medium.length == 1) {
                    return m + 1;
                }
                if (m + 1 < tokens.size() && tokens.get(m + 1).text().equalsIgnoreCase(medium[1])) {
                    return m + 2;
                }
            }
        }
        return -1;
    }

    /** The media Australian Harvard names after a work's year, word by word. */
    private static final String[][] MEDIA = {{"dvd"}, {"film"}, {"podcast"}, {"videorecording"}, {"motion", "picture"},
        {"television", "program"}, {"television", "programme"}, {"television", "broadcast"}, {"radio", "program"},
        {"radio", "programme"}, {"radio", "broadcast"}, {"video", "recording"}, {"sound", "recording"},
        {"exhibition", "catalogue"}};

    /** The first letters of {@link #MEDIA}. */
    private static final String MEDIA_INITIALS = "dfpvmtrse";

    private static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");

    /**
     * Astronomy's "Wigner, E., &amp; Witmer, E. 1928, ZPhy, 51, 859": the journal, often an ADS code, between the year and
     * the volume. Left unlabelled where no journal is read, it is the journal.
     */
    static List<String> journalLeftOutBetweenDateAndVolume(List<Token> tokens, List<String> labels) {
        int volume = labels.indexOf("volume");
        if (volume < 3 || labels.contains("container-title") || !tokens.get(volume - 1).text().equals(",")) {
            return labels;
        }
        int end = volume - 2;
        int start = end;
        while (start >= 0 && labels.get(start).equals(Labels.OTHER) && !tokens.get(start).text().equals(",")) {
            start--;
        }
        if (start < 0 || start == end || !tokens.get(start).text().equals(",") || start == 0 || !labels.get(start - 1).equals("date")
                || !isWordToken(tokens.get(start + 1).text())) {
            return labels;
        }
        return relabelled(labels, start + 1, end, "container-title");
    }

    /**
     * A book with no other title read as its container, before its publisher ("Bars, I.: Extra Dimensions in Space and
     * Time, p. 27. Springer, Berlin (2009)"): with no editors and no "In" before it, no journal's or conference's name,
     * and not both a volume and pages, the work is the book, and that is its title.
     */
    static List<String> bookReadAsContainer(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("container-title");
        int publisher = labels.indexOf("publisher");
        if (first < 0 || publisher < first || labels.contains("title") || labels.contains("editor") || labels.contains("issue")
                || labels.contains("volume") && labels.contains("page")) { // a journal's volume and pages, its publisher after
            return labels;
        }
        int last = runEnd(labels, first);
        int end = lastWord(tokens, first, last);
        String opening = tokens.get(first).text();
        if (labels.lastIndexOf("container-title") != last || opening.equalsIgnoreCase("in") || first > 0
                && tokens.get(first - 1).text().equalsIgnoreCase("in") || namesProceedings(tokens, first, last + 1)
                || JournalNames.shipped().isName(tokens, first, end)) {
            return labels;
        }
        for (int i = 0; i < first; i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals("in") || EDITOR_WORDS.contains(word) || word.startsWith("editor")) {
                return labels;
            }
        }
        return relabelled(labels, first, last, "title");
    }

    /**
     * A conference's proceedings cited whole, with no paper's title and no volume ("Proceedings of the 7th Mediterranean
     * Conference on Control and Automation (MED99) Haifa, Israel", "in Proceedings of the Third European Ceramic Society
     * Conference, Madrid, 1993"): the proceedings are the work, so their name is its title, without the "in".
     */
    static List<String> proceedingsCitedWhole(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("container-title");
        if (first < 0 || labels.contains("title") || labels.contains("volume") || labels.contains("issue")
                || labels.contains("editor")) { // "K. Lee, editor. Proc. …": a part of the edited volume, as Cora's data has it
            return labels;
        }
        int last = runEnd(labels, first);
        if (labels.lastIndexOf("container-title") != last || !namesProceedings(tokens, first, last + 1)) {
            return labels;
        }
        for (int i = 0; i < first; i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (EDITOR_WORDS.contains(word) || word.equals("editor") || word.equals("editors")) {
                return labels; // the names before were its editors', whatever the labeller read them as
            }
        }
        List<String> out = relabelled(labels, first, last, "title");
        String opening = tokens.get(first).text();
        if ((opening.equals("in") || opening.equals("In")) && first < last) {
            out.set(first, Labels.OTHER);
            if (tokens.get(first + 1).text().equals(":")) {
                out.set(first + 1, Labels.OTHER);
            }
        }
        return out;
    }

    /**
     * "Smirnov V.V. Gidrotekhnika [Hydraulic engineering]. Trudy MGSU [Proceedings of MGSU], 2018, vol. 13, no. 4, pp.
     * 500–510.": a transliterated journal's name, words the labeller does not know, read as a second run of authors after
     * the title. A run of authors after the title with no initial in it, followed (past its bracketed translation) by a
     * comma and the year or the volume, is the journal, and its translation with it.
     */
    static List<String> journalAfterTitleReadAsAuthor(List<Token> tokens, List<String> labels) {
        int title = labels.indexOf("title");
        if (title < 0 || labels.contains("container-title")) {
            return labels;
        }
        int from = title;
        while (from < labels.size() && !labels.get(from).equals("author")) {
            from++;
        }
        if (from >= labels.size() || from == 0 || !tokens.get(from - 1).text().equals(".")) {
            return labels;
        }
        int end = LabelRuns.runEnd(labels, from);
        for (int i = from; i <= end; i++) {
            if (LabelRuns.isInitialLetter(tokens.get(i).text()) || !isWordToken(tokens.get(i).text())) {
                return labels; // a person's initials, or a comma between names
            }
        }
        int next = end + 1;
        if (next < tokens.size() && tokens.get(next).text().equals("[")) {
            while (next < tokens.size() && !tokens.get(next).text().equals("]") && next - end < 20) {
                next++;
            }
            next++;
        }
        if (next + 1 >= tokens.size() || !tokens.get(next).text().equals(",")
                || !(labels.get(next + 1).equals("date") || labels.get(next + 1).equals("volume") || tokens.get(next + 1).text().equals("vol"))) {
            return labels;
        }
        return relabelled(labels, from, next - 1, "container-title");
    }

    /**
     * '"Annual report 2019" (Report). Port of London Authority. 2020.', as Wikipedia prints a work without an author: a
     * reference that opens with quoted words opens with its title. When the labeller reads the quoted words as the
     * container and another run after them as the title or the container, the quoted words are the title, and that
     * run is the container.
     */
    static List<String> quotedOpeningReadAsContainer(List<Token> tokens, List<String> labels) {
        if (tokens.size() < 4 || !isQuoteMark(tokens.get(0).text()) || !labels.get(1).equals("container-title")) {
            return labels;
        }
        int close = 1;
        while (close < tokens.size() && !isQuoteMark(tokens.get(close).text())) {
            String label = labels.get(close);
            if (!label.equals("container-title") && !(label.equals("date") && LabelRuns.isDigits(tokens.get(close).text()))) {
                return labels; // a year the quoted words end with may be read as the date ("Harbour statistics 2019")
            }
            close++;
        }
        if (close >= tokens.size() || close < 2) {
            return labels;
        }
        // something after the quotes must be the container: a journal quoted before its volume ('"Journal of …" 2009,
        // Vol. 53(4)') is one
        List<String> rest = labels.subList(close, labels.size());
        int after = rest.indexOf("title");
        if (after < 0 && !rest.contains("container-title")) {
            return labels;
        }
        List<String> out = relabelled(labels, 1, close - 1, "title");
        if (after >= 0) {
            int from = close + after;
            out = relabelled(out, from, LabelRuns.runEnd(labels, from), "container-title");
        }
        return out;
    }

    /** {@link #isQuote}'s opening marks, or a closing one. */
    private static boolean isQuoteMark(String token) {
        return isQuote(token) || token.length() == 1 && "”»’".indexOf(token.charAt(0)) >= 0;
    }

    /**
     * "Sov. Phys. JETP 12 (1961) 1014", "Die Nahrung 36 (1992)": a reference that opens with its journal has
     * no author and no title. When the labeller reads the opening words as the author, there is no title
     * and no journal, the words hold no initials, and a volume or bare number follows them, those words
     * are the journal.
     */
    static List<String> journalFirst(List<Token> tokens, List<String> labels) {
        if (labels.isEmpty() || !labels.get(0).equals("author") || labels.contains("title")
                || labels.contains("container-title")) {
            return labels;
        }
        int end = ReferenceParser.openingRunEnd(labels);
        if (labels.subList(end + 1, labels.size()).contains("author")) {
            return labels;
        }
        for (int i = 0; i <= end && i + 1 < tokens.size(); i++) { // initials ("R. W. Walker") mean people, whatever follows
            String t = tokens.get(i).text();
            if (t.length() == 1 && Character.isUpperCase(t.charAt(0)) && tokens.get(i + 1).text().equals(".")) {
                return labels;
            }
        }
        int k = end + 1;
        while (k < tokens.size() && isPunctuation(tokens.get(k).text()) && !tokens.get(k).text().equals("(")) {
            k++;
        }
        boolean volumeNext = k < tokens.size() && (labels.get(k).equals("volume")
                || ReferenceParser.isVolumeNumber(tokens.get(k).text())
                || tokens.get(k).text().equalsIgnoreCase("vol"));
        if (!volumeNext) {
            return labels;
        }
        return relabelled(labels, 0, end, "container-title");
    }

    /**
     * Vancouver as PubMed prints it, "Port governance reform. Maritime Policy & Management. 2010 Mar;37(2):123-45.":
     * with no container labelled, a title followed by its date and then ";" and the volume holds the journal in
     * its last sentence, a run of capitalised words (and "&", "of", "and", "the", "in", "for", "on").
     */
    static List<String> journalReadIntoTitle(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int first = labels.indexOf("title");
        int last = labels.lastIndexOf("title");
        if (first < 0 || last - first < 3 || labels.subList(first, last + 1).stream().anyMatch(l -> !l.equals("title"))) {
            return labels;
        }
        // after the title: ".", the date, ";" and the volume
        int k = last + 1;
        while (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && isPunctuation(tokens.get(k).text())) {
            k++;
        }
        int dateStart = k;
        while (k < tokens.size() && labels.get(k).equals("date")) {
            k++;
        }
        if (k == dateStart || k + 1 >= tokens.size() || !tokens.get(k).text().equals(";") || !labels.get(k + 1).equals("volume")) {
            return labels;
        }
        int stop = -1;
        for (int i = last - 1; i > first + 1; i--) {
            String t = tokens.get(i).text();
            if (t.equals(".")) {
                stop = i;
                break;
            }
            if (!Character.isUpperCase(t.codePointAt(0)) && !JOURNAL_SMALL_WORDS.contains(t) && !t.equals("(") && !t.equals(")")) {
                return labels; // a lower-case word: still the title's sentence ("Surg Infect (Larchmt)" is a journal's)
            }
        }
        if (stop < 0 || stop == last - 1 && (tokens.get(last).text().length() < 4 || hasNoLowerCase(tokens.get(last).text()))) {
            // one word may be the journal, "Estuaries", "Sedimentology"; not a title's "Part II. Introduction", nor a
            // word without case, "완화의료학회지", the end of a Korean journal's name after its stop
            return labels;
        }
        List<String> out = relabelled(labels, stop + 1, last, "container-title");
        out.set(stop, Labels.OTHER);
        return out;
    }

    /**
     * A quoted title that the labeller ran on past its closing quote into the host: "“Acts and the Problem of Its
     * Text,” in The Book of Acts …", "“Evaluating speech systems,” Computer Speech and Language", "“The Economics of
     * the Coming Spaceship Earth.” In Environmental Quality …". The quote closes the title where "in" follows it, or
     * where the comma inside it ends the title, as Chicago and IEEE print it; what follows, to the run's end, is the
     * host. A quote that a full stop and more title follow ("“Bad Company.” Review of Gain, by …") is left alone.
     */
    static List<String> titleRunsPastItsClosingQuote(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("title");
        if (first < 1) {
            return labels;
        }
        String close = switch (tokens.get(first - 1).text()) {
            case "“", "„" -> "”";
            case "‘" -> "’";
            case "\"" -> "\"";
            case "«" -> "»";
            default -> "";
        };
        if (close.isEmpty()) {
            return labels;
        }
        int last = runEnd(labels, first);
        for (int q = first + 2; q < last - 1; q++) {
            if (!tokens.get(q).text().equals(close)) {
                continue;
            }
            int j = q + 1;
            boolean commaInside = tokens.get(q - 1).text().equals(",");
            if (tokens.get(j).text().equals(",") || tokens.get(j).text().equals(".")) {
                commaInside |= tokens.get(j).text().equals(",");
                j++;
            }
            boolean in = tokens.get(j).text().equalsIgnoreCase("in");
            int host = in ? j + 1 : j;
            if (host > last || !(in || commaInside) || !Character.isUpperCase(tokens.get(host).text().codePointAt(0))
                    || !commaInside && hostNamedLater(tokens, last)) {
                return labels; // "‘Tone Cases’ in Bantu Group B.40. In Jean Blanchon …": a quoted term, the host after "In"
            }
            List<String> out = relabelled(labels, host, last, "container-title");
            return relabelled(out, q, host - 1, Labels.OTHER);
        }
        return labels;
    }

    /** Whether a sentence after {@code last} opens with "In": a host named there. */
    private static boolean hostNamedLater(List<Token> tokens, int last) {
        for (int i = last + 2; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals("In") && tokens.get(i - 1).text().equals(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Computer science's short proceedings at a reference's end, "… Comparison of rate-based service disciplines. In
     * SIGCOMM." and "… In NeurIPS, 2019.": with no host labelled, what follows a sentence's "In" up to the date or the
     * end is the host, however the labeller read it (as nothing, a note, an editor). "In Press." is a status.
     */
    static List<String> shortHostAtTheEnd(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int n = tokens.size();
        int end = n;
        while (end > 0 && (labels.get(end - 1).equals("date") || tokens.get(end - 1).text().equals(".")
                || tokens.get(end - 1).text().equals(","))) {
            end--; // back over ", 2019." to the host's last word
        }
        int in = -1;
        for (int i = end - 1; i > 0 && end - i <= SHORT_HOST_TOKENS; i--) {
            if (tokens.get(i).text().equals("In") && tokens.get(i - 1).text().equals(".")) {
                in = i;
                break;
            }
        }
        int from = in + 1 < n && tokens.get(in + 1).text().equals(":") ? in + 2 : in + 1;
        if (in < 0 || from >= end || !Character.isUpperCase(tokens.get(from).text().codePointAt(0))
                || NOT_A_HOST.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))) {
            return labels;
        }
        for (int i = from; i < end; i++) {
            String label = labels.get(i);
            if (!(label.equals(Labels.OTHER) || label.equals("note") || label.equals("editor") || label.equals("publisher"))) {
                return labels;
            }
        }
        List<String> out = relabelled(labels, from, end - 1, "container-title");
        return relabelled(out, in, from - 1, Labels.OTHER);
    }

    /** The words that name a reference work, an entry's host: "World Book Encyclopedia", "Oxford English Dictionary". */
    private static final Pattern REFERENCE_WORK = Pattern.compile("(?iU)\\b(?:encyclop(?:a|ae|e)dia|enzyklopädie|encyclopédie|"
            + "dictionary|dictionnaire|wörterbuch|lexikon|lexicon|handbook|handbuch)\\b");

    /** How far from the end "In" may stand before a short host. */
    private static final int SHORT_HOST_TOKENS = 12;

    /** What follows "In" as a work's status, not its host: "In press", "In preparation", "In print", "In review". */
    private static final Set<String> NOT_A_HOST = Set.of("press", "preparation", "print", "review", "progress", "submission");

    /**
     * "Die Vielfalt der Verbände. Information zur politischen Bildung, Nr. 253", "On the best first order linear shell
     * theory, Progress in Applied Mechanics 192 (1963)": with no container labelled and the numbers of an article after
     * the title, the title's last sentence or last comma-part is the journal where it names one, by JabRef's list or by
     * a periodical's word ("Zeitschrift", "Review", "Bulletin", "Revue", "wetenschap").
     */
    static List<String> journalInTitlesLastPart(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int first = labels.indexOf("title");
        if (first < 0) {
            return labels;
        }
        int last = runEnd(labels, first);
        if (last - first < 5 || labels.lastIndexOf("title") != last) {
            return labels;
        }
        int k = skipMarks(tokens, labels, last + 1);
        int hostEnd = last;
        if (k < tokens.size() && labels.get(k).equals("publisher-place") && runEnd(labels, k) - k < 3
                && labels.indexOf("publisher-place") == k && !labels.contains("publisher")) {
            // "… II. Feddes Repertorium Specierum Novarum Regni Vegetabilis. Berlin 13: 267-278": the journal's town
            // before its volume is part of its name, as old journals print it
            int after = skipMarks(tokens, labels, runEnd(labels, k) + 1);
            if (after < tokens.size() && labels.get(after).equals("volume")) {
                hostEnd = runEnd(labels, k);
                k = after;
            }
        }
        if (k >= tokens.size() || !(labels.get(k).equals("volume") || labels.get(k).equals("page") || labels.get(k).equals("issue")
                || labels.get(k).equals("date") && (labels.contains("volume") || labels.contains("page")))) {
            return labels;
        }
        for (int i = last - 1; i > first + 2; i--) {
            String t = tokens.get(i).text();
            boolean stop = t.equals(".") && (tokens.get(i - 1).text().length() > 2 && isWordToken(tokens.get(i - 1).text())
                    || tokens.get(i - 1).text().equals(")")); // "… (1ère partie). Le fil dentaire"
            if (!stop && !t.equals(",")) {
                continue;
            }
            int from = i + 1;
            if (from > last || !isWordToken(tokens.get(from).text()) || lettered(tokens, first, i) < 3) {
                return labels;
            }
            StringBuilder part = new StringBuilder();
            for (int j = from; j <= last; j++) {
                part.append(tokens.get(j).text()).append(' ');
            }
            if (JournalNames.shipped().isName(tokens, from, lastWord(tokens, from, last)) || PERIODICAL_WORD.matcher(part).find()
                    || REFERENCE_WORK.matcher(part).find()
                    || stop && isShortName(tokens, from, last) && hasAnIssuesNumbers(tokens, labels) && oneSentence(tokens, first, i)
                    || opensMeetingsName(tokens, from, last)) {
                List<String> out = relabelled(labels, from, hostEnd, "container-title");
                out.set(i, Labels.OTHER);
                return out;
            }
            return labels; // only the last part
        }
        return labels;
    }

    /**
     * "Seber, G. 1982. The estimation of animal abundance. Charles Griffin, London, United Kingdom.": with no publisher
     * or host labelled and a known place right after the title, the title's last sentence, of two to five capitalised
     * words, is the publisher before its place; so are the capitalised words ending the title in a publishing house's
     * word ("Psychological Testing 6th edition Macmillan Publishing Company, New York") and a bracket's words before
     * its place and year ("La Propagation des Ondes (Gauthier-Villars, Paris, 1965)").
     */
    static List<String> publisherReadIntoTitle(List<Token> tokens, List<String> labels) {
        if (labels.contains("publisher") || labels.contains("container-title") || labels.contains("institution")) {
            return labels;
        }
        int first = labels.indexOf("title");
        if (first < 0) {
            return labels;
        }
        int last = runEnd(labels, first);
        int place = last + 1;
        if (labels.lastIndexOf("title") != last || place + 1 >= tokens.size() || !tokens.get(place).text().equals(",")
                || !labels.get(place + 1).equals("publisher-place") || !startsWithKnownPlace(tokens, labels, place + 1)) {
            return labels;
        }
        int open = bracketInTitle(tokens, first, last);
        if (open > first + 2 && last - open <= 6 && tokens.get(open).spaceBefore() && imprintClosesBracket(tokens, labels, place + 1)) {
            // "La Propagation des Ondes (Gauthier-Villars, Paris, 1965)": the bracket's imprint
            List<String> out = relabelled(labels, open + 1, last, "publisher");
            out.set(open, Labels.OTHER);
            return out;
        }
        int from = last;
        while (from > first && isWordToken(tokens.get(from).text()) && Character.isUpperCase(tokens.get(from).text().charAt(0))) {
            from--;
        }
        int words = last - from;
        boolean house = COMPANY_WORDS.contains(tokens.get(last).text().toLowerCase(Locale.ROOT)) && words >= 2 && words <= 6
                && from > first + 2 && !isPunctuation(tokens.get(from).text()); // "… 6th edition Macmillan Publishing Company"
        if (house) {
            return relabelled(labels, from + 1, last, "publisher");
        }
        if (from <= first + 2 || !tokens.get(from).text().equals(".") || words < 2 || words > 5
                || tokens.get(from - 1).text().length() <= 2 || lettered(tokens, first, from) < 3) {
            return labels;
        }
        StringBuilder part = new StringBuilder();
        for (int j = from + 1; j <= last; j++) {
            part.append(tokens.get(j).text()).append(' ');
        }
        if (PROCEEDINGS.matcher(part.toString().toLowerCase(Locale.ROOT)).find() || PERIODICAL_WORD.matcher(part).find()) {
            return labels;
        }
        List<String> out = relabelled(labels, from + 1, last, "publisher");
        out.set(from, Labels.OTHER);
        return out;
    }

    /**
     * A place that the labeller read as the title's last part: the first of several, "… Hearts and Minds. Houndmills,
     * London, New York: St. Martin's Press" and "… “Green Party”. Bourne End, Buckinghamshire, England: Kensal Press",
     * before the place it did read; or a known place alone before the publisher
     * or the year, "The classical roots of Ethnomethodology, Chapel Hill, The University of North Carolina Press".
     */
    static List<String> placeReadIntoTitleEnd(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int first = labels.indexOf("title");
        if (first < 0) {
            return labels;
        }
        int last = runEnd(labels, first);
        if (labels.lastIndexOf("title") != last || last + 2 >= n || !tokens.get(last + 1).text().equals(",")) {
            return labels;
        }
        int from = last;
        while (from > first && isWordToken(tokens.get(from).text()) && Character.isUpperCase(tokens.get(from).text().charAt(0))) {
            from--;
        }
        int words = last - from;
        String sep = tokens.get(from).text();
        if (words < 1 || words > 3 || !(sep.equals(",") || sep.equals(".")) || lettered(tokens, first, from) < 3) {
            return labels;
        }
        String part = LabelRuns.text(tokens, from + 1, last);
        String next = labels.get(last + 2);
        // a part that is no known place must open a sentence ("Minds. Houndmills, London"), not end a list of the
        // title's own ("Top table: restaurant, Pompidou Centre, Paris")
        int place = labels.indexOf("publisher-place");
        boolean beforePlace = next.equals("publisher-place") && place == last + 2
                && (Places.isPlace(part) || sep.equals(".") && (startsWithKnownPlace(tokens, labels, last + 2)
                        || ReferenceParser.isPlaceList(LabelRuns.text(tokens, last + 2, runEnd(labels, last + 2)))));
        // a book's imprint: an article's title may end with the place it studies ("… sampled at Lofoten, Norway")
        boolean alone = !labels.contains("publisher-place") && !labels.contains("container-title") && Places.isPlace(part)
                && (next.equals("publisher") || next.equals("date") || next.equals("institution"));
        if (!beforePlace && !alone) {
            return labels;
        }
        List<String> out = relabelled(labels, from + 1, last, "publisher-place");
        out.set(from, Labels.OTHER);
        if (beforePlace) {
            out.set(last + 1, "publisher-place"); // one place, "Houndmills, London, New York", as the data joins it
        }
        return out;
    }

    /** A meeting's name, for {@link #meetingHeldInPlace}: the proceedings' words and a meeting's own. */
    private static final Pattern MEETING = Pattern.compile(PROCEEDINGS.pattern() + "|meeting|exhibition|colloqu");

    /**
     * "SPE Western Regional Meeting held in San Jose, California, USA, 24–26 March 2009.": a meeting's "held in" and
     * the place after it, read into the meeting's name (the title, or the host), are no part of it; the place is the
     * place.
     */
    static List<String> meetingHeldInPlace(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            if (!tokens.get(i).text().equals("held") || !(tokens.get(i + 1).text().equals("in") || tokens.get(i + 1).text().equals("at"))) {
                continue;
            }
            String name = labels.get(i);
            if (!(name.equals("title") || name.equals("container-title")) || !labels.get(i - 1).equals(name)
                    || !MEETING.matcher(LabelRuns.text(tokens, 0, i - 1).toLowerCase(Locale.ROOT)).find()) {
                return labels; // a meeting's name before it: "… Meeting held in", not "… the treaty held in force"
            }
            int end = i + 1;
            while (end + 1 < n && labels.get(end + 1).equals(name) && (LabelRuns.isCapitalisedWord(tokens.get(end + 1).text())
                    || tokens.get(end + 1).text().equals(","))) {
                end++;
            }
            if (end + 1 < n && labels.get(end + 1).equals(name)) {
                return labels; // the name goes on after the place: the words are its own
            }
            List<String> out = relabelled(labels, i, i + 1, Labels.OTHER);
            if (end > i + 1) {
                out = relabelled(out, i + 2, end, "publisher-place");
                if (end + 2 < n && tokens.get(end + 1).text().equals(",") && labels.get(end + 2).equals("publisher-place")) {
                    out.set(end + 1, "publisher-place"); // "The Hague, | The Netherlands": one place
                }
            }
            return out;
        }
        return labels;
    }

    /**
     * A journal cited alone, as a paper's running head prints it: "Technovation 21 (2001) 479–488", "JPET 304:781–791,
     * 2003", "TRANSPLANTATION Vol. 76, 387–394". With no author, title or host labelled, the unlabelled words that open
     * the reference before its volume are the journal.
     */
    static List<String> journalLeftOutAtTheStart(List<Token> tokens, List<String> labels) {
        if (labels.contains("title") || labels.contains("container-title") || labels.contains("author")
                || labels.contains("editor")) {
            return labels;
        }
        int v = labels.indexOf("volume");
        if (v < 1) {
            return labels;
        }
        int end = v - 1;
        while (end >= 0 && labels.get(end).equals(Labels.OTHER) && (isPunctuation(tokens.get(end).text())
                || NUMBER_MARKS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT)))) {
            end--;
        }
        if (end < 0 || end > 8) {
            return labels;
        }
        for (int i = 0; i <= end; i++) {
            String t = tokens.get(i).text();
            if (!labels.get(i).equals(Labels.OTHER) || !(isWordToken(t) && !t.chars().anyMatch(Character::isDigit) || t.equals(".")
                    || t.equals("&"))) {
                return labels;
            }
        }
        if (!Character.isUpperCase(tokens.get(0).text().charAt(0))) {
            return labels;
        }
        return relabelled(labels, 0, end, "container-title");
    }

    /**
     * BibTeX's plain style names a book's series after the volume: "In Evolution equations, volume 17 of Clay Math. Proc.,
     * pages 1–72." After a host already read, the words after "volume N of" up to the next comma are the series
     * (the labeller reads them as a second host or leaves them out).
     */
    static List<String> seriesAfterVolumeOf(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int host = labels.indexOf("container-title");
        if (host < 0 || labels.contains("collection-title")) {
            return labels;
        }
        for (int i = runEnd(labels, host) + 1; i + 3 < n; i++) {
            String mark = tokens.get(i).text();
            if (!(mark.equalsIgnoreCase("volume") || mark.equalsIgnoreCase("vol"))) {
                continue;
            }
            int num = tokens.get(i + 1).text().equals(".") ? i + 2 : i + 1;
            if (num + 2 >= n || !LabelRuns.isDigits(tokens.get(num).text()) || !tokens.get(num + 1).text().equals("of")
                    || !LabelRuns.isCapitalisedWord(tokens.get(num + 2).text())) {
                return labels;
            }
            int end = num + 2;
            while (end + 1 < n && !tokens.get(end + 1).text().equals(",") && end - num < NAME_REACH) {
                end++;
            }
            if (end + 1 >= n || !tokens.get(end + 1).text().equals(",")) {
                return labels; // no comma closes it: "volume 2 of 3." counts volumes
            }
            for (int k = num + 2; k <= end; k++) {
                String l = labels.get(k);
                if (!(l.equals("container-title") || l.equals(Labels.OTHER))) {
                    return labels;
                }
            }
            String series = LabelRuns.text(tokens, num + 2, end).replaceAll("[^\\p{L}]", "");
            if (series.equalsIgnoreCase(LabelRuns.text(tokens, host, runEnd(labels, host)).replaceAll("[^\\p{L}]", ""))) {
                return labels; // "European Physical Journal Web of Conferences, Vol. 137 of European Physical Journal …": the host again
            }
            List<String> out = relabelled(labels, num + 2, end, "collection-title");
            out.set(num + 1, Labels.OTHER);
            return out;
        }
        return labels;
    }

    /**
     * "Anthropometric Data Book …, The Ergonomics Society of Taiwan, Hsinchu, ROC, 2002.": a series read where no
     * publisher is, right before the place, is the publisher, unless its words name a series ("Lecture Notes in …",
     * "… Series", "Studies in …").
     */
    static List<String> seriesBeforePlaceIsThePublisher(List<Token> tokens, List<String> labels) {
        int from = labels.indexOf("collection-title");
        if (from < 0 || labels.contains("publisher") || labels.contains("institution") || labels.contains("editor")) {
            return labels; // "in: L. Pye (eds.), Political Culture and Political Development, Princeton": the book
        }
        int end = runEnd(labels, from);
        if (end + 2 >= tokens.size() || !tokens.get(end + 1).text().equals(",") || !labels.get(end + 2).equals("publisher-place")) {
            return labels;
        }
        for (int k = from; k <= end; k++) {
            String t = tokens.get(k).text();
            if (LabelRuns.isDigits(t) || SERIES_WORDS.matcher(t).matches()) {
                return labels;
            }
        }
        return relabelled(labels, from, end, "publisher");
    }

    private static final Pattern SERIES_WORDS = Pattern.compile("(?iu)series|serie|reihe|collection|coll|lecture|lectures|"
            + "notes|studies|texts|monographs?|library|bibliotheca|cahiers|papers|reports?|proceedings|volumes?|vol|bd|"
            + "schriften|schriftenreihe|beiträge|ser");

    /** The last "(" in the title's run that no ")" closes inside it, or -1. */
    private static int bracketInTitle(List<Token> tokens, int first, int last) {
        for (int k = last; k > first; k--) {
            String t = tokens.get(k).text();
            if (t.equals(")")) {
                return -1;
            }
            if (t.equals("(")) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the place run at {@code at} is followed by a date and a ")" that closes the imprint's bracket. */
    private static boolean imprintClosesBracket(List<Token> tokens, List<String> labels, int at) {
        int k = runEnd(labels, at) + 1;
        while (k < tokens.size() && tokens.get(k).text().equals(",")) {
            k++;
        }
        if (k >= tokens.size() || !labels.get(k).equals("date")) {
            return false;
        }
        k = runEnd(labels, k) + 1;
        return k < tokens.size() && tokens.get(k).text().equals(")");
    }

    /** The words a publishing house's name ends with. */
    private static final Set<String> COMPANY_WORDS = Set.of("company", "inc", "ltd", "press", "publishers", "publishing",
            "verlag", "gmbh", "llc", "corporation");

    /**
     * "E. Allender, … (1993), A First-Order Isomorphism Theorem, STACS, 163-174.": with no host and no place labelled, a
     * publisher right before a range of pages is the meeting or journal the pages are in (a publisher names no pages),
     * unless it is a press, a publishing house or an institution, or the pages are a book's count ("561 p.").
     */
    static List<String> publisherBeforePages(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title") || labels.contains("publisher-place") || !labels.contains("title")) {
            return labels;
        }
        int from = labels.indexOf("publisher");
        if (from < 0 || from < labels.lastIndexOf("title")) {
            return labels;
        }
        int end = runEnd(labels, from);
        int k = end + 1;
        while (k < tokens.size() && isPunctuation(tokens.get(k).text()) && labels.get(k).equals(Labels.OTHER)) {
            k++;
        }
        if (k == end + 1 || k >= tokens.size() || !labels.get(k).equals("page") || labels.lastIndexOf("publisher") != end) {
            return labels;
        }
        int pageEnd = runEnd(labels, k);
        boolean range = false;
        for (int j = k; j <= pageEnd; j++) {
            range |= tokens.get(j).text().equals("-") || tokens.get(j).text().equals("–");
        }
        if (!range || pageEnd + 1 < tokens.size() && PAGE_MARKS.contains(tokens.get(pageEnd + 1).text().toLowerCase(Locale.ROOT))) {
            return labels; // "…, Éditions Yvon Blais, 561 p.": a book's count of pages after its publisher
        }
        for (int j = from; j <= end; j++) {
            String t = tokens.get(j).text();
            if (PUBLISHING_WORDS.contains(t.toLowerCase(Locale.ROOT)) || ReferenceWords.INSTITUTION_WORDS.matcher(t).find()) {
                return labels; // "Cambridge University Press, 189-208": a chapter's book left out, its publisher named
            }
        }
        return relabelled(labels, from, end, "container-title");
    }

    /** Whether the place run at {@code at} opens with a known place, up to its first comma or its end. */
    private static boolean startsWithKnownPlace(List<Token> tokens, List<String> labels, int at) {
        StringBuilder name = new StringBuilder();
        for (int k = at; k < tokens.size() && labels.get(k).equals("publisher-place") && !tokens.get(k).text().equals(","); k++) {
            name.append(k > at && tokens.get(k).spaceBefore() ? " " : "").append(tokens.get(k).text());
        }
        return Places.isPlace(name.toString());
    }

    /**
     * Whether a title's last part opens as a meeting's name does, with its ordinal and a society or a meeting's word:
     * "Seventh IEEE Structure in Complexity Theory", "12th Annual Symposium on …".
     */
    private static boolean opensMeetingsName(List<Token> tokens, int from, int to) {
        String first = tokens.get(from).text();
        boolean ordinal = WORD_ORDINALS.contains(first.toLowerCase(Locale.ROOT)) || from + 1 <= to
                && LabelRuns.isDigits(first) && ORDINAL_SUFFIX.contains(tokens.get(from + 1).text().toLowerCase(Locale.ROOT));
        if (!ordinal) {
            return false;
        }
        for (int k = from + 1; k <= to; k++) {
            String t = tokens.get(k).text();
            if (SOCIETIES.contains(t) || PROCEEDINGS.matcher(t.toLowerCase(Locale.ROOT)).find()
                    || t.equalsIgnoreCase("annual") || t.equalsIgnoreCase("international")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WORD_ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth");

    /** Societies whose meetings are cited by the society's name and the meeting's. */
    private static final Set<String> SOCIETIES = Set.of("IEEE", "ACM", "SIAM", "AAAI", "IFIP", "USENIX", "ISCA", "SPIE", "IEE");

    /**
     * Whether the tokens before {@code stop} hold no full stop after a word: a title of one sentence before the short
     * name, not a name abbreviated all along ("Monografías del Semin. Matem. García de Galdeano. 27: 27–35").
     */
    private static boolean oneSentence(List<Token> tokens, int from, int stop) {
        for (int k = from + 1; k < stop; k++) {
            if (tokens.get(k).text().equals(".") && isWordToken(tokens.get(k - 1).text())) {
                return false;
            }
        }
        return true;
    }

    /** The first token at or after {@code from} that is no unlabelled punctuation or number mark ("No.", "vol."). */
    private static int skipMarks(List<Token> tokens, List<String> labels, int from) {
        int k = from;
        while (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && (isPunctuation(tokens.get(k).text())
                || NUMBER_MARKS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
            k++;
        }
        return k;
    }

    /**
     * Whether the reference has a volume or an issue, or a page after its mark ("p.14"): an article's numbers, not a
     * book's count of pages ("…, 1996, 108 p.").
     */
    private static boolean hasAnIssuesNumbers(List<Token> tokens, List<String> labels) {
        if (labels.contains("volume") || labels.contains("issue")) {
            return true;
        }
        int page = labels.indexOf("page");
        int mark = page - 1;
        while (mark > 0 && tokens.get(mark).text().equals(".")) {
            mark--;
        }
        return page > 0 && mark >= 0 && PAGE_MARKS.contains(tokens.get(mark).text().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PAGE_MARKS = Set.of("p", "pp", "s", "pages", "page");

    /**
     * A last sentence short enough to be a periodical's name, "… (1ère partie). Le fil dentaire. 2011;(61):40-4", "…
     * smoking ban. The West Australian, p.14": two to five words, the first capitalised, with no digit and no
     * punctuation but an abbreviation's full stop.
     */
    private static boolean isShortName(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int k = from; k <= to; k++) {
            String t = tokens.get(k).text();
            if (t.equals(".") && k > from && isWordToken(tokens.get(k - 1).text())) {
                continue;
            }
            if (!isWordToken(t) || t.chars().anyMatch(Character::isDigit) || k == from && !Character.isUpperCase(t.charAt(0))) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 5;
    }

    /**
     * Vancouver with no mark after the title, "Amino acids … of minus-strand DNA J Virol (1996) 70:6151": with no
     * container labelled and the title followed by its date, volume or pages, a journal's name or standard
     * abbreviation ending the title is the container. A name of one word ("… diabetes mellitus QJM 2001; 94")
     * only after a lower-case word other than "of", "and", … ("Philosophy of Science" is a title), so that a
     * capital breaks the title's sentence.
     */
    static List<String> journalNamedAtTitleEnd(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int first = labels.indexOf("title");
        int last = labels.lastIndexOf("title");
        if (first < 0 || last - first < 4 || !isWordToken(tokens.get(last).text()) || !isOneRun(labels, first, last, "title")) {
            return labels;
        }
        int k = ReferenceParser.nextField(tokens, labels, last + 1, true);
        if (k >= tokens.size() || !JOURNAL_EVIDENCE.contains(labels.get(k))) {
            return labels;
        }
        JournalNames names = JournalNames.shipped();
        // a listed name has at most a dozen words (and their marks): no need to look further back
        for (int j = Math.max(first + 1, last - NAME_REACH); j <= last; j++) {
            String word = tokens.get(j).text();
            if (!Character.isUpperCase(word.codePointAt(0)) || lettered(tokens, first, j) < 3 || !names.isName(tokens, j, last)) {
                continue;
            }
            String before = tokens.get(j - 1).text();
            boolean oneWord = j == last;
            boolean lowerWordBefore = isWordToken(before) && Character.isLowerCase(before.codePointAt(0))
                    && !JOURNAL_SMALL_WORDS.contains(before) && !TITLE_SMALL_WORDS.contains(before);
            // "Familial aggregation of stroke. The Framingham Study. Stroke (1993) 24:1366"
            boolean sentenceBefore = before.equals(".") && isWordToken(tokens.get(j - 2).text());
            if (oneWord && !lowerWordBefore && !sentenceBefore) {
                continue;
            }
            List<String> out = relabelled(labels, j, last, "container-title");
            if (before.equals(".") || before.equals(",")) {
                out.set(j - 1, Labels.OTHER);
            }
            return out;
        }
        return labels;
    }

    /**
     * The American Meteorological Society's "Emanuel, K. A., and A. H. Sobel, 2007a: Use of a genesis potential index
     * …": with no date labelled, a year (with its letter) and a colon read as the title's first words are the date.
     */
    static List<String> yearReadIntoTitle(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("title");
        if (first < 0 || labels.contains("date") || first + 3 >= tokens.size() || !Features.isYear(tokens.get(first).text())) {
            return labels;
        }
        int colon = first + 1;
        String next = tokens.get(colon).text();
        if (next.length() == 1 && Character.isLowerCase(next.charAt(0)) && !tokens.get(colon).spaceBefore()) {
            colon++; // "2007a"
        }
        if (!tokens.get(colon).text().equals(":") || !labels.get(colon + 1).equals("title")) {
            return labels;
        }
        List<String> out = relabelled(labels, first, colon - 1, "date");
        out.set(colon, Labels.OTHER);
        return out;
    }

    /**
     * A period that ends the title, "Australia. Department of Health and Aged Care. (1999). Mental health: A report
     * focusing on depression, 1998. Canberra", "… in the UK (2005-2008). Social Science & Medicine": where the work's
     * date stands before the title, a second date right after it, up to the sentence's end, is the title's own (the
     * labeller reads it as a date, and the record keeps the first).
     */
    static List<String> periodEndingTheTitle(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int date = labels.indexOf("date");
        int first = labels.indexOf("title");
        if (date < 0 || first < 0 || date > first) {
            return labels;
        }
        int last = runEnd(labels, first);
        int d = last + 1;
        String sep = d < n ? tokens.get(d).text() : "";
        boolean bracket = sep.equals("(");
        if (sep.equals(",") || sep.equals(":") || bracket) {
            d++;
        } else {
            return labels;
        }
        if (d >= n || !labels.get(d).equals("date") || !labels.get(d - 1).equals(Labels.OTHER)) {
            return labels;
        }
        int end = runEnd(labels, d);
        int after = end + 1;
        if (bracket) {
            if (after >= n || !tokens.get(after).text().equals(")")) {
                return labels;
            }
            after++;
        }
        if (after < n && !tokens.get(after).text().equals(".")) {
            return labels; // "…, 1998, 4 p.": the date of a part, not a period that closes the title
        }
        boolean year = false;
        for (int k = d; k <= end; k++) {
            year |= Features.isYear(tokens.get(k).text());
        }
        if (!year || LabelRuns.text(tokens, d, end).equals(LabelRuns.text(tokens, date, runEnd(labels, date)))) {
            return labels; // the work's own date printed again stays a date
        }
        return relabelled(labels, last + 1, bracket ? end + 1 : end, "title");
    }

    /**
     * A proceedings' acronym in brackets, "… Neural Networks (IJCNN89)", "(UIST 94)", "(II/2)": the container read up to
     * the bracket's inside, with the rest of it read as a volume or issue, goes on to the closing bracket.
     */
    static List<String> bracketLeftOpenInContainer(List<Token> tokens, List<String> labels) {
        int c0 = labels.indexOf("container-title");
        if (c0 < 0) {
            return labels;
        }
        int c1 = runEnd(labels, c0);
        int open = -1;
        for (int i = c1; i >= c0; i--) {
            String t = tokens.get(i).text();
            if (t.equals(")")) {
                return labels;
            }
            if (t.equals("(")) {
                open = i;
                break;
            }
        }
        if (open < 0 || open == c1) {
            return labels;
        }
        for (int k = c1 + 1; k < tokens.size() && k <= c1 + 3; k++) {
            String t = tokens.get(k).text();
            if (t.equals(")")) {
                return relabelled(labels, c1 + 1, k, "container-title");
            }
            String label = labels.get(k);
            if (!(label.equals("volume") || label.equals("issue") || label.equals(Labels.OTHER))
                    || !(isWordToken(t) || t.equals("-") || t.equals("/"))) {
                return labels;
            }
        }
        return labels;
    }

    /**
     * Physics' "V. Aynutdinov et al. Physics of Atomic Nuclei, V69, 11 (2006) p1914.": with no container labelled, a
     * title that is all of a journal's name or standard abbreviation, followed by a volume or pages, is the journal
     * (such styles print no article title).
     */
    static List<String> journalReadAsTitle(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int first = labels.indexOf("title");
        int last = labels.lastIndexOf("title");
        if (first <= 0 || !isOneRun(labels, first, last, "title")) {
            return labels;
        }
        int k = ReferenceParser.nextField(tokens, labels, last + 1, true);
        if (k >= tokens.size() || !(labels.get(k).equals("volume") || labels.get(k).equals("page"))
                || !JournalNames.shipped().isName(tokens, first, lastWord(tokens, first, last))) {
            return labels;
        }
        return relabelled(labels, first, last, "container-title");
    }

    /**
     * The title's last words read as the journal's first, "… fluoroquinolones in Canada N Engl J Med 1999;" and
     * "… tentative mapping of a locus involved in spermatogenesis Genomics 1991;": when the container right after
     * the title is not itself a journal's name but ends with one, and what stands before that name reads as the
     * end of a title (a lower-case word first, or the title ending on "in", "of", …), those words are the title's.
     */
    static List<String> titleEndReadIntoJournal(List<Token> tokens, List<String> labels) {
        int c0 = labels.indexOf("container-title");
        if (c0 <= 0 || !labels.contains("title")) {
            return labels;
        }
        int c1 = lastWord(tokens, c0, runEnd(labels, c0));
        int t = c0 - 1;
        while (t > 0 && labels.get(t).equals(Labels.OTHER) && isPunctuation(tokens.get(t).text())) {
            t--;
        }
        if (!labels.get(t).equals("title") || c1 - c0 < 1) {
            return labels;
        }
        JournalNames names = JournalNames.shipped();
        String opening = tokens.get(c0).text();
        String titleEnd = tokens.get(t).text();
        // an abbreviation's full stop between them, left out of both: "… fusion products Int. J. Mod. Phys. B 08"
        boolean abbreviationStop = t == c0 - 2 && tokens.get(c0 - 1).text().equals(".") && !tokens.get(c0 - 1).spaceBefore();
        if (t == c0 - 1 || abbreviationStop) {
            // the other way: "… of eelgrass meadows Marine Pollution Bulletin 2004;", the journal's first words read
            // into the title's end; even where the rest is a journal's name too, if those words are abbreviations
            // ("… lung carcinoma Proc Am Assoc Cancer Res 1999;", "… to albumin CRC Crit Rev Clin Lab Sci 1980;")
            for (int j = t; j > t - 4 && j > 0 && labels.get(j).equals("title") && isWordToken(tokens.get(j).text()); j--) {
                if (Character.isUpperCase(tokens.get(j).text().codePointAt(0)) && names.isName(tokens, j, c1)
                        && labels.get(j - 1).equals("title") && lettered(tokens, labels.indexOf("title"), j) >= 3
                        && (!names.isName(tokens, c0, c1) || abbreviatedWords(tokens, j, t))) {
                    return relabelled(labels, j, c0 - 1, "container-title");
                }
            }
        }
        boolean titleGoesOn = t == c0 - 1 && (JOURNAL_SMALL_WORDS.contains(titleEnd) || TITLE_SMALL_WORDS.contains(titleEnd));
        boolean lowerOpening = isWordToken(opening) && Character.isLowerCase(opening.codePointAt(0));
        boolean adjacent = t == c0 - 1 && isWordToken(titleEnd);
        boolean sentences = false;
        for (int i = c0 + 1; i < c1 && !sentences && !titleGoesOn && !lowerOpening && !adjacent; i++) {
            sentences = tokens.get(i).text().equals(".") && tokens.get(i - 1).text().length() > 5;
        }
        if (!titleGoesOn && !lowerOpening && !adjacent && !sentences || names.isName(tokens, c0, c1)) {
            return labels;
        }
        for (int j = Math.max(c0 + 1, c1 - NAME_REACH); j <= c1; j++) {
            String word = tokens.get(j).text();
            if (!Character.isUpperCase(word.codePointAt(0)) || !names.isName(tokens, j, c1)) {
                continue;
            }
            // "… in University Hospital, Kuala Lumpur. Med J Malaysia": the title's last sentence ends before the
            // journal; "… and its inhibitor ICAD Nature": a few words right after the title, with no mark
            boolean sentenceBefore = tokens.get(j - 1).text().equals(".") && tokens.get(j - 2).text().length() > 5;
            boolean fewWords = adjacent && lettered(tokens, c0, j) <= 3 && noAbbreviatedWord(tokens, c0, j); // not "Br J Urol Int"
            if (!titleGoesOn && !lowerOpening && !sentenceBefore && !fewWords) {
                continue;
            }
            int prefixEnd = j - 1;
            while (prefixEnd > c0 && isPunctuation(tokens.get(prefixEnd).text())) {
                prefixEnd--;
            }
            String prefixLast = tokens.get(prefixEnd).text().toLowerCase(Locale.ROOT);
            if (JOURNAL_SMALL_WORDS.contains(prefixLast) || TITLE_SMALL_WORDS.contains(prefixLast)) {
                return labels; // "to appear in ACM Transactions …": a cue before the journal
            }
            // words of a title, not a journal's abbreviated ones ("Int. J. Mod. Phys."): no word before a full stop
            // inside them
            for (int i = c0; i < prefixEnd; i++) {
                if (tokens.get(i + 1).text().equals(".") && isWordToken(tokens.get(i).text())) {
                    return labels;
                }
            }
            for (int i = t + 1; i <= prefixEnd; i++) {
                if (tokens.get(i).text().equals("<") || tokens.get(i).text().equals(">")) {
                    return labels; // markup left in the text ("<italic>"), not words
                }
            }
            List<String> out = relabelled(labels, t + 1, prefixEnd, "title");
            for (int i = prefixEnd + 1; i < j; i++) {
                out.set(i, Labels.OTHER);
            }
            return out;
        }
        return labels;
    }

    static List<String> titleInTwoSentences(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("title");
        if (first < 0 || labels.lastIndexOf("title") - first < 2 || labels.lastIndexOf("container-title") < labels.lastIndexOf("title")) {
            return labels;
        }
        int end = runEnd(labels, first);
        if (end + 2 < labels.size() && tokens.get(end + 1).text().equals(".") && labels.get(end + 1).equals(Labels.OTHER)
                && labels.get(end + 2).equals("title") && tokens.get(end + 2).spaceBefore()
                && !tokens.get(end + 2).text().equalsIgnoreCase("in") // "Title. In Proceedings …": a book
                && !PUBLISHING_WORDS.contains(tokens.get(end + 2).text().toLowerCase(Locale.ROOT))) { // "Title. Editions …"
            List<String> out = new java.util.ArrayList<>(labels);
            out.set(end + 1, "title");
            return out;
        }
        return labels;
    }

    /**
     * ACS's "Smith, A.; Jones, B. Port Governance Reform. Marit. Policy Manag. 2010, 37, 123–145.": with no title
     * labelled, a container read from the names to the year whose first sentence has two words or more before
     * its full stop, none of them abbreviated, holds the title in that sentence.
     */
    static List<String> titleReadIntoJournal(List<Token> tokens, List<String> labels) {
        if (labels.contains("title")) {
            return labels;
        }
        int first = labels.indexOf("container-title");
        if (first <= 0) {
            return labels;
        }
        int last = first;
        while (last + 1 < tokens.size() && labels.get(last + 1).equals("container-title")) {
            last++;
        }
        boolean dated = false;
        for (int i = 0; i < first; i++) {
            String l = labels.get(i);
            dated |= l.equals("date");
            if (!l.equals("author") && !l.equals("date") && !(l.equals(Labels.OTHER) && isPunctuation(tokens.get(i).text()))) {
                return labels; // "In" or another field before it: not ACS's or APA's order
            }
        }
        // "Turing, Alan, Computing Machinery and Intelligence, Mind 59, pp 433–460 (1950)": a journal's name after
        // the last comma or full stop
        int lastWord = last;
        while (lastWord > first && !isWordToken(tokens.get(lastWord).text())) {
            lastWord--;
        }
        boolean journalOnly = JournalNames.shipped().isName(tokens, first, lastWord); // "J. Cryst. Growth", not "Growth"
        for (int i = lastWord - 1; i > first + 1 && !journalOnly; i--) {
            String t = tokens.get(i).text();
            if ((t.equals(",") || t.equals(".") && tokens.get(i - 1).text().length() > 3) && lettered(tokens, first, i) >= 2
                    && JournalNames.shipped().isName(tokens, i + 1, lastWord)) {
                List<String> out = relabelled(labels, first, i - 1, "title");
                out.set(i, Labels.OTHER);
                return out;
            }
            if (t.equals(",") || t.equals(".")) {
                break;
            }
        }
        // Vancouver with no mark at all, "Picker LJ. Lymphocyte homing and homeostasis Science 1996; 272:6": the longest
        // listed journal that ends the span, after three words or more, two of them in lower case
        for (int s = first + 3; s <= lastWord && !journalOnly; s++) {
            Token start = tokens.get(s);
            if (start.spaceBefore() && Character.isUpperCase(start.text().codePointAt(0)) && isWordToken(tokens.get(s - 1).text())
                    && hasLowerCaseWords(tokens, first, s) && JournalNames.shipped().isName(tokens, s, lastWord)) {
                return relabelled(labels, first, s - 1, "title");
            }
        }
        int words = 0;
        // Elsevier's "A. Smith, B. Jones, Port governance reform, Marit. Policy Manag. 37 (2010) 123–145.": the title
        // ends at the last comma before an abbreviated journal name
        for (int i = last - 2; i > first + 1; i--) {
            if (tokens.get(i).text().equals(",")) {
                String next = tokens.get(i + 1).text();
                boolean abbreviatedJournal = Character.isUpperCase(next.codePointAt(0)) && next.length() <= 6
                        && tokens.get(i + 2).text().equals(".") && i + 3 <= last;
                boolean plainTitle = tokens.subList(first, i).stream().noneMatch(t -> t.text().equals(".")); // not "J. Phys. G, Nucl."
                if (abbreviatedJournal && plainTitle && lettered(tokens, first, i) >= 2) {
                    List<String> out = relabelled(labels, first, i - 1, "title");
                    out.set(i, Labels.OTHER);
                    return out;
                }
                break;
            }
        }
        for (int i = first; i < last; i++) {
            String t = tokens.get(i).text();
            if (t.equals(".")) {
                // APA's "Kim, S. (2019). Shipping. Marine Policy, 99": after the date, a title of one word
                boolean fullJournal = tokens.subList(i + 1, last + 1).stream().noneMatch(k -> k.text().equals("."))
                        && !(last + 1 < tokens.size() && tokens.get(last + 1).text().equals(".")); // not "Astrophys. J."
                boolean oneWordTitle = dated && words == 1 && lettered(tokens, i + 1, last + 1) >= 2 && fullJournal;
                // a journal's abbreviated words are short ("Genet.", "Trans."), and an acronym opens many ("IEEE Trans.");
                // a one-word title before a journal written out may be short too ("Ports. Maritime Policy")
                int before = tokens.get(i - 1).text().length();
                boolean abbreviated = before < (oneWordTitle ? 4 : 6) || isAcronym(tokens.get(first).text());
                if (words < 2 && !oneWordTitle || abbreviated || i + 2 > last) {
                    return labels;
                }
                List<String> out = relabelled(labels, first, i - 1, "title");
                out.set(i, Labels.OTHER);
                return out;
            }
            if (hasLetter(t)) {
                if (t.length() < 3 && !JOURNAL_SMALL_WORDS.contains(t.toLowerCase(Locale.ROOT)) && !t.equals("A")) {
                    return labels; // an abbreviated word ("J", "Int") opens the journal, not a title
                }
                words++;
            }
        }
        return labels;
    }

    /**
     * "Putin, V. (2007). Speech … at the Munich Conference on Security Policy. Retrieved from http://…": the
     * only sentence after the names and date read as a container (its "Conference" looks like a proceedings')
     * is the title, when nothing of a container follows it (no volume, issue or pages) and no "In" or "//"
     * comes before it; so is a year left out at its end when the date stands before ("Annual report 2018.").
     */
    static List<String> titleReadAsContainer(List<Token> tokens, List<String> labels) {
        if (labels.contains("title") || !labels.contains("container-title") || labels.contains("volume")
                || labels.contains("issue") || labels.contains("page") || labels.contains("editor")) {
            return labels;
        }
        int n = tokens.size();
        int s = 0;
        boolean named = false;
        for (; s < n && !labels.get(s).equals("container-title"); s++) {
            String label = labels.get(s);
            if (label.equals("author") || label.equals("date")) {
                named = true;
            } else if (!label.equals(Labels.OTHER) || !isPunctuation(tokens.get(s).text())) {
                return labels; // "In", "//" or another field before the container
            }
        }
        int e = s;
        while (e < n && labels.get(e).equals("container-title")) {
            e++;
        }
        int words = 0;
        for (int k = s; k < e; k++) {
            String t = tokens.get(k).text();
            if (t.equals(".") && k + 1 < e) { // the sentence's own full stop may have been read with it
                return labels; // "Inorg. Chim. Acta", "Phys. Rev.": an abbreviated journal, its article cited without a title
            }
            words += hasLetter(t) ? 1 : 0;
        }
        if (!named || s == 0 || labels.subList(e, n).contains("container-title")) {
            return labels;
        }
        boolean sentence = tokens.get(s - 1).text().equals(".") || tokens.get(s - 1).text().equals(")");
        // "INSEE, 2009, Le commerce en France, Paris, INSEE.": a book's imprint after it, and no journal's name
        boolean imprinted = (labels.contains("publisher") || labels.contains("publisher-place")) && words >= 2
                && !JournalNames.shipped().isName(tokens, s, e - 1) && !namesProceedings(tokens, s, e);
        // "Port Authority. (2019). Annual report 2018. https://…": a year left out at the sentence's end is the title's
        boolean yearInside = e + 1 < n && labels.get(e).equals(Labels.OTHER) && Features.isYear(tokens.get(e).text())
                && tokens.get(e + 1).text().equals(".") && labels.contains("date");
        if (!(sentence && (words >= 4 || yearInside)) && !imprinted) {
            return labels;
        }
        return relabelled(labels, s, yearInside ? e : e - 1, "title");
    }

    /**
     * French and Italian books, "Narboux, Jean-Philippe, L’illusion, Paris, Éditions Flammarion, 2000." and "Beard M.,
     * North J. et Price S., Religions de Rome, Paris, 2006.": with no title labelled, the comma-part between the names and
     * a known city is the title, however the labeller read it (as nothing, or as a publisher).
     */
    static List<String> titleBeforeCityAfterNames(List<Token> tokens, List<String> labels) {
        if (labels.contains("title") || !labels.contains("publisher-place") || !labels.get(0).equals("author")) {
            return labels;
        }
        int n = tokens.size();
        int s = runEnd(labels, 0) + 1;
        while (s < n && labels.get(s).equals(Labels.OTHER) && isPunctuation(tokens.get(s).text())) {
            s++;
        }
        if (s < 2 || s >= n || !tokens.get(s - 1).text().equals(",")) {
            return labels;
        }
        int c = s;
        while (c < n && !tokens.get(c).text().equals(",")) {
            String label = labels.get(c);
            if (!(label.equals(Labels.OTHER) || label.equals("publisher"))) {
                return labels;
            }
            c++;
        }
        int place = c + 1;
        int placeEnd = place;
        while (placeEnd < n && labels.get(placeEnd).equals("publisher-place") && !tokens.get(placeEnd).text().equals(",")) {
            placeEnd++;
        }
        if (c == s || placeEnd == place || lettered(tokens, s, c) == 0
                || !Places.isCity(LabelRuns.text(tokens, place, placeEnd - 1))) {
            return labels;
        }
        if (labels.subList(s, c).contains("publisher")) {
            // "Turbulent Flows, | Cambridge Univ. Press, Cambridge (2000)", "…, Edilig, Paris, 1988": a publisher before
            // its city, unless one follows the city, or the part has three words and no publisher's word
            boolean publisherAfter = placeEnd + 1 < n && labels.get(placeEnd + 1).equals("publisher");
            String part = LabelRuns.text(tokens, s, c - 1);
            if (!publisherAfter && (lettered(tokens, s, c) < 3 || ImprintFields.PUBLISHER_WORD.matcher(part).find())) {
                return labels;
            }
        }
        return relabelled(labels, s, c - 1, "title");
    }

    /**
     * Whether token {@code s} stands right after the date and its closing marks, "(2001a). Silt.", "2001a. Silt.":
     * where an author–date entry prints its title, so that a short word there ("Silt", "Ice") is no abbreviation.
     */
    private static boolean rightAfterTheDate(List<Token> tokens, List<String> labels, int s) {
        int k = s - 1;
        while (k >= 0 && k >= s - 2 && (tokens.get(k).text().equals(".") || tokens.get(k).text().equals(")"))
                && labels.get(k).equals(Labels.OTHER)) {
            k--;
        }
        return k >= 0 && k < s - 1 && labels.get(k).equals("date") && tokens.get(s).text().chars().allMatch(Character::isLetter);
    }

    /**
     * "Jones, K. 2018. Essays. Journal …", "Adams, A. "Paper." In …", "Zed, Z. (2019) Title. (Accessed: …)":
     * a title of a word or two is often left outside every field by the labeller. When no title is labelled,
     * the first unlabelled sentence after the names and date (begun after a full stop, a bracket or an
     * opening quotation mark, ended by a full stop, a question mark or a closing quotation mark, and followed
     * only by labelled fields or cue words) is the title.
     */
    static List<String> titleLeftUnlabelled(List<Token> tokens, List<String> labels) {
        if (labels.contains("title")) {
            return labels;
        }
        int n = tokens.size();
        boolean named = false;
        int s = 0;
        for (; s < n; s++) {
            String label = labels.get(s);
            if (label.equals("author") || label.equals("editor") || label.equals("date")) {
                named = true;
            } else if (!label.equals(Labels.OTHER)) {
                return labels; // another field comes before any title
            } else if (named && hasLetter(tokens.get(s).text())) {
                break;
            }
        }
        if (s >= n || s == 0 || !opensSentence(tokens.get(s - 1).text())) {
            return labels;
        }
        int e = s;
        while (e < n && e - s < LEFT_TITLE_TOKENS && labels.get(e).equals(Labels.OTHER)
                && !closesSentence(tokens.get(e).text()) && !opensSentence(tokens.get(e).text())) {
            e++;
        }
        if (e >= n || !closesSentence(tokens.get(e).text()) || !labels.get(e).equals(Labels.OTHER)) {
            return labels;
        }
        String first = tokens.get(s).text();
        String last = tokens.get(e - 1).text().toLowerCase(Locale.ROOT);
        boolean quoted = isQuote(tokens.get(s - 1).text());
        if (!quoted && (!Character.isUpperCase(first.codePointAt(0)) || e - s == 1 && first.length() < 5 && !rightAfterTheDate(tokens, labels, s)
                || tokens.get(e).text().equals(".") && Features.isClosedClass(last))) {
            return labels; // "Vol. 3", "Available at", "report no. 87"; a journal's abbreviated word: "Circ. Res."
        }
        for (int k = e + 1; k < n && labels.get(k).equals(Labels.OTHER); k++) {
            String t = tokens.get(k).text();
            if (hasLetter(t) && !Features.isClosedClass(t.toLowerCase(Locale.ROOT))) {
                return labels; // more unlabelled words follow: the sentence is not plainly the title
            }
        }
        List<String> out = new java.util.ArrayList<>(labels);
        int end = tokens.get(e).text().equals("?") || tokens.get(e).text().equals("!") ? e + 1 : e;
        for (int k = s; k < end; k++) {
            out.set(k, "title");
        }
        return out;
    }

    /**
     * "Candice Nelson, ‘Elections’, in Robert Singh (ed.), Governing America …", "“Metaphor.” Oxford English
     * Dictionary. …": a short title in quotation marks left outside every field, and the host's name after it read as
     * the title. Quotation marks after the names enclose the work's own title; what was read as the title after them is
     * its host.
     */
    static List<String> quotedTitleLeftOut(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int open = 0;
        for (; open < n && open < QUOTE_REACH; open++) {
            String label = labels.get(open);
            if (isQuote(tokens.get(open).text()) && label.equals(Labels.OTHER)) {
                break;
            }
            if (!(label.equals(Labels.OTHER) || label.equals("author") || label.equals("date"))) {
                return labels; // a title or another field comes first
            }
        }
        if (open >= n || open >= QUOTE_REACH || open > 0 && !isPunctuation(tokens.get(open - 1).text())
                && !labels.get(open - 1).equals("author") && !labels.get(open - 1).equals("date")) {
            return labels;
        }
        int close = open + 1;
        boolean letters = false;
        while (close < n && close - open <= LEFT_TITLE_TOKENS && labels.get(close).equals(Labels.OTHER)
                && !isClosingQuote(tokens.get(close).text())) {
            letters |= hasLetter(tokens.get(close).text());
            close++;
        }
        if (close >= n || !letters || !isClosingQuote(tokens.get(close).text()) || !labels.get(close).equals(Labels.OTHER)) {
            return labels;
        }
        int host = close + 1;
        while (host < n && !labels.get(host).equals("title")) {
            if (!(labels.get(host).equals(Labels.OTHER) || labels.get(host).equals("editor"))) {
                return labels; // the host's name comes right after the names and the quoted title, or not at all
            }
            host++;
        }
        if (host >= n) {
            return labels;
        }
        int end = close;
        while (end > open + 1 && isPunctuation(tokens.get(end - 1).text())) {
            end--; // "“Metaphor.”": the stop inside the marks is no title's
        }
        List<String> out = relabelled(labels, open + 1, end - 1, "title");
        for (int k = host; k < n && labels.get(k).equals("title"); k++) {
            out.set(k, "container-title");
        }
        return out;
    }

    /** How far into a reference {@link #quotedTitleLeftOut} looks for the opening quotation mark, in tokens. */
    private static final int QUOTE_REACH = 40;

    private static boolean isClosingQuote(String token) {
        return token.length() == 1 && "\"”’»'“".indexOf(token.charAt(0)) >= 0;
    }

    /**
     * German's journal article, "Weber, Klaus: Schlick im Hafen, in: Hafenwirtschaft 45 (2015), H. 3, S. 12–19": the
     * words between "in" and the volume, left out of every field, are the journal, when no container is read.
     */
    static List<String> journalAfterInLeftOut(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int volume = labels.indexOf("volume");
        if (volume < 4) {
            return labels;
        }
        int in = volume - 1;
        while (in > 0 && volume - in <= LEFT_TITLE_TOKENS && labels.get(in).equals(Labels.OTHER)
                && !(tokens.get(in).text().equals("in") || tokens.get(in).text().equals("In"))) {
            in--;
        }
        String word = tokens.get(in).text();
        if (!(word.equals("in") || word.equals("In")) || !labels.get(in).equals(Labels.OTHER)
                || !(tokens.get(in - 1).text().equals(",") || tokens.get(in - 1).text().equals("."))) {
            return labels; // ", in:", ". In:", not a title's "Leben in Hamburg"
        }
        int from = tokens.get(in + 1).text().equals(":") ? in + 2 : in + 1;
        int to = volume - 1;
        while (to >= from && isPunctuation(tokens.get(to).text())) {
            to--;
        }
        if (to < from || !Character.isUpperCase(tokens.get(from).text().codePointAt(0)) || !labels.subList(0, in).contains("title")) {
            return labels;
        }
        for (int k = from; k <= to; k++) {
            String t = tokens.get(k).text();
            if (t.equals("(") || t.equals(")") || LabelRuns.isDigits(t)) {
                return labels;
            }
        }
        return relabelled(labels, from, to, "container-title");
    }

    /**
     * Chicago's reprint after the imprint, "… Cambridge: Cambridge University Press, 2004. Reprint, Cambridge: Cambridge
     * University Press, 2008." and "… 1924. Reprinted from 1811 edition (Albany).": the sentence is a note, so that its
     * place and publisher are not added to the first imprint's. ("Reprinted in" a book is left to the labeller, which
     * reads that book's editors, publisher and pages.)
     */
    static List<String> reprintAfterTheImprint(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int i = 3; i + 1 < n; i++) {
            String word = tokens.get(i).text();
            if (!(word.equals("Reprint") || word.equals("Reprinted")) || !tokens.get(i - 1).text().equals(".")
                    || !labels.get(i - 2).equals("date") || labels.get(i).equals("note") && labels.get(n - 2).equals("note")
                    || !(labels.subList(0, i).contains("publisher") || labels.subList(0, i).contains("publisher-place"))) {
                continue; // after an imprint: "Smith, J. 2010. Reprint culture." is a title
            }
            if (tokens.get(i + 1).text().equals("in")) {
                return labels; // "Reprinted in Readings in Planning, J. Allen (eds.), …, 523-530": another host, read as one
            }
            int end = n - 1;
            while (end > i && (tokens.get(end).text().equals(".") || tokens.get(end).text().equals(",") || labels.get(end).equals("URL")
                    || labels.get(end).equals("DOI"))) {
                end--;
            }
            return relabelled(labels, i, end, "note");
        }
        return labels;
    }

    /**
     * A title in quotation marks broken inside them: by the years it names, read as the date ("“Sydney W. Head
     * (1913-1991): Remembering the Founder …” Journal of Broadcasting …, Vol. 50 (2006)"), or by numbers and signs left
     * out ("'8.64-11.62 GHz CMOS VCO … in a zero-IF 802.11 a/b/g WLAN …,' Journal of Semiconductors"). With a date, or
     * the host, after the closing mark, all that the marks enclose is the title.
     */
    static List<String> quotedTitleBrokenInside(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int first = labels.indexOf("title");
        if (first < 1 || CjkRules.hasCjk(tokens)) {
            return labels; // GB/T 7714's "[J]" inside the marks is the rules' for CJK references
        }
        int open = first - 1;
        while (open > 0 && first - open <= LEFT_TITLE_TOKENS && labels.get(open).equals(Labels.OTHER) && !isQuote(tokens.get(open).text())) {
            open--;
        }
        if (!isQuote(tokens.get(open).text()) || !labels.get(open).equals(Labels.OTHER)
                || open > 0 && !isPunctuation(tokens.get(open - 1).text())) {
            return labels; // the mark after the names' stop or comma, not an apostrophe
        }
        boolean broken = false;
        for (int k = open + 1; k < first; k++) {
            broken |= !isPunctuation(tokens.get(k).text());
        }
        int close = first;
        while (close < n && close - first <= QUOTE_REACH && !isClosingQuote(tokens.get(close).text())) {
            String label = labels.get(close);
            if (label.equals("date") || label.equals(Labels.OTHER) && !isPunctuation(tokens.get(close).text())) {
                broken = true;
            } else if (!label.equals("title") && !label.equals(Labels.OTHER)) {
                return labels;
            }
            close++;
        }
        if (!broken || close >= n || close - first > QUOTE_REACH || !labels.get(close).equals(Labels.OTHER)
                || !(labels.subList(close, n).contains("date") || labels.subList(close, n).contains("container-title"))) {
            return labels;
        }
        int end = close;
        while (end > open + 1 && isPunctuation(tokens.get(end - 1).text()) && !tokens.get(end - 1).text().equals(")")) {
            end--;
        }
        return relabelled(labels, open + 1, end - 1, "title");
    }

    /**
     * An article's title that ends with a place, read apart from it: "Impact of SWMM catchment discretization: Case study
     * in Syracuse, New York, Journal of Hydrologic Engineering, 19(1), 223-234", the place between the title and the
     * journal read as the place of publication, which an article has none of.
     */
    static List<String> articleTitleEndingWithAPlace(List<Token> tokens, List<String> labels) {
        int t = labels.indexOf("title");
        int c = labels.indexOf("container-title");
        if (t < 0 || c < 0 || !(labels.contains("volume") || labels.contains("page")) || labels.contains("publisher")) {
            return labels;
        }
        int te = runEnd(labels, t);
        int p = te + 2;
        if (p >= c || !tokens.get(te + 1).text().equals(",") || !labels.get(p).equals("publisher-place")) {
            return labels;
        }
        int pe = runEnd(labels, p);
        return pe + 2 == c && tokens.get(pe + 1).text().equals(",") && pe - p <= 3 ? relabelled(labels, te + 1, pe, "title") : labels;
    }

    /**
     * German's imprint of a place and a year, "Müller, Hans: Häfen im Wandel. Bad Heilbrunn 2011." and "Nordhausen
     * 2012.": a town the gazetteer does not know, read as a journal. Up to three capitalised words right before the
     * year that ends the reference, after the title's full stop, with no volume, issue or pages, are the place.
     */
    static List<String> townBeforeTheYearAtTheEnd(List<Token> tokens, List<String> labels) {
        int c = labels.indexOf("container-title");
        if (c < 2 || labels.contains("volume") || labels.contains("issue") || labels.contains("page") || labels.contains("publisher-place")
                || !labels.get(c - 2).equals("title") || !tokens.get(c - 1).text().equals(".")) {
            return labels;
        }
        int ce = runEnd(labels, c);
        int n = tokens.size();
        if (ce - c > 2 || ce + 1 >= n || !labels.get(ce + 1).equals("date") || !Features.isYear(tokens.get(ce + 1).text())
                || !tokens.get(ce + 1).spaceBefore() || ce + 2 < n && !(ce + 3 == n && tokens.get(ce + 2).text().equals("."))) {
            return labels;
        }
        for (int k = c; k <= ce; k++) {
            if (!LabelRuns.isCapitalisedWord(tokens.get(k).text())) {
                return labels;
            }
        }
        if (JournalNames.shipped().isName(tokens, c, ce) || PERIODICAL_WORD.matcher(LabelRuns.text(tokens, c, ce)).find()) {
            return labels; // "Nature 2011.": a journal cited with its year alone
        }
        return relabelled(labels, c, ce, "publisher-place");
    }

    /**
     * Proceedings read into the title: "Scheduling and Page Migration for Multiprocessor Compute Servers. Proc. 6th Int'l.
     * Conf. on Architectural Support … (ASPLOS-VI), San Jose, CA, pp. 12-24": a sentence of the title that opens with
     * "Proc." or "Proceedings" is the host, with the meeting's short name in brackets after it.
     */
    static List<String> proceedingsReadIntoTitle(List<Token> tokens, List<String> labels) {
        int t = labels.indexOf("title");
        if (t < 0) {
            return labels;
        }
        int te = runEnd(labels, t);
        int start = -1;
        for (int k = t + 2; k <= te; k++) {
            String w = tokens.get(k).text();
            if ((w.equals("Proc") || w.equals("Proceedings")) && tokens.get(k - 1).text().equals(".") && k - t >= 4) {
                start = k;
                break;
            }
            if ((w.equals("in") || w.equals("In")) && tokens.get(k - 1).text().equals(",")) {
                return labels; // ", in Modern perspectives … .Proceedings": the host's name read into the title already
            }
        }
        if (start < 0 || labels.subList(0, t).contains("container-title")) {
            return labels;
        }
        int c = labels.indexOf("container-title");
        List<String> out = relabelled(labels, start, te, "container-title");
        out.set(start - 1, Labels.OTHER);
        if (c > te) {
            if (c == te + 2 && tokens.get(te + 1).text().equals("(")) {
                int ce = runEnd(labels, c);
                if (tokens.get(ce).text().equals(")")) {
                    out.set(te + 1, "container-title"); // "(ASPLOS-VI)": the meeting's short name, part of the host's
                } else if (ce + 1 < tokens.size() && tokens.get(ce + 1).text().equals(")")) {
                    out.set(te + 1, "container-title");
                    out.set(ce + 1, "container-title");
                } else {
                    return labels;
                }
            } else {
                return labels; // another host after it
            }
        }
        return out;
    }

    /**
     * A report's issuing centre read as the title's last sentence: "Aliasing with and without pointers: A problem taxonomy.
     * Center for Computer Aids for Industrial Productivity Technical Report CAIP-TR-125, Rutgers University": the
     * sentence right before the report's kind that names an institution is the institution.
     */
    static List<String> institutionReadIntoTitleEnd(List<Token> tokens, List<String> labels) {
        int g = labels.indexOf("genre");
        int t = labels.indexOf("title");
        if (g < 3 || t < 0 || runEnd(labels, t) != g - 1) {
            return labels;
        }
        int stop = g - 1;
        while (stop > t && !tokens.get(stop).text().equals(".")) {
            stop--;
        }
        if (stop <= t + 1 || g - stop > 10 || !Character.isUpperCase(tokens.get(stop + 1).text().codePointAt(0))
                || !INSTITUTION_WORDS.matcher(LabelRuns.text(tokens, stop + 1, g - 1)).find()) {
            return labels;
        }
        List<String> out = relabelled(labels, stop + 1, g - 1, "institution");
        out.set(stop, Labels.OTHER);
        return out;
    }

    /**
     * "In Proceedings AAAI-91. AAAI.": the publisher, one or two words after the proceedings' full stop that end the
     * reference, read into their name.
     */
    static List<String> publisherReadIntoProceedings(List<Token> tokens, List<String> labels) {
        int c = labels.indexOf("container-title");
        int n = tokens.size();
        if (c < 0 || labels.contains("publisher")) {
            return labels;
        }
        int ce = runEnd(labels, c);
        if (ce != n - 1 && !(ce == n - 2 && tokens.get(n - 1).text().equals("."))) {
            return labels;
        }
        int stop = ce;
        while (stop > c && ce - stop < 3 && !tokens.get(stop).text().equals(".")) {
            stop--;
        }
        if (stop <= c + 1 || stop == ce || !tokens.get(stop).text().equals(".") || !namesProceedings(tokens, c, stop)) {
            return labels;
        }
        for (int k = stop + 1; k <= ce; k++) {
            if (!LabelRuns.isCapitalisedWord(tokens.get(k).text()) && !LabelRuns.isAllCaps(tokens.get(k).text())) {
                return labels;
            }
        }
        List<String> out = relabelled(labels, stop + 1, ce, "publisher");
        out.set(stop, Labels.OTHER);
        return out;
    }

    /**
     * "Hopcroft, J., & Ullman, J. (1979). Introduction to Automata Theory, Languages, and Computation. Addison-Wesley.":
     * a book's title broken at its comma, the rest read as a container. With no volume, issue, pages or editor, and a
     * publisher or place after it, the rest is the title's, unless it names a journal or a meeting.
     */
    static List<String> bookTitleBrokenAtAComma(List<Token> tokens, List<String> labels) {
        int t = labels.indexOf("title");
        int c = labels.indexOf("container-title");
        if (t < 0 || c < 0 || labels.contains("volume") || labels.contains("issue") || labels.contains("page")
                || labels.contains("editor")) {
            return labels;
        }
        int te = runEnd(labels, t);
        int ce = runEnd(labels, c);
        int n = tokens.size();
        String between = c == te + 2 ? tokens.get(te + 1).text() : "";
        // "… Into the “Ecclesial” Notions of the Apocalypse.": a closing mark whose opening one is the title's
        boolean closesQuote = isClosingQuote(between) && opensQuoteWithin(tokens, t, te);
        if (c != te + 2 || !(between.equals(",") || closesQuote) || ce + 2 >= n || !tokens.get(ce + 1).text().equals(".")
                || !(labels.get(ce + 2).equals("publisher") || labels.get(ce + 2).equals("publisher-place"))
                || labels.subList(ce + 1, n).contains("container-title") || !Character.isUpperCase(tokens.get(c).text().codePointAt(0))) {
            return labels;
        }
        for (int k = c; k <= ce; k++) {
            if (tokens.get(k).text().equals(".")) {
                return labels; // an abbreviated journal's name
            }
        }
        StringBuilder rest = new StringBuilder();
        for (int k = c; k <= ce; k++) {
            rest.append(tokens.get(k).text()).append(' ');
        }
        if (JournalNames.shipped().isName(tokens, c, ce) || namesProceedings(tokens, c, ce + 1) || PERIODICAL_WORD.matcher(rest).find()) {
            return labels;
        }
        return relabelled(labels, te + 1, ce, "title");
    }

    /** Whether a quotation mark opens between {@code from} and {@code to} (inclusive), after the first token. */
    private static boolean opensQuoteWithin(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (isQuote(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "HOGGART, Richard. 1957. Uses of Literacy." and APA's "Good chemistry. (1996, September). Wake Forest University
     * Magazine, 44(1), p. 8": with no title read, the only sentence after the names and date read as the publisher,
     * ending the reference or followed only by its place, a link and an access note ("Bundesministerium für Verkehr
     * (2019): Nationales Hafenkonzept. Berlin."), is the title; and a container that opens the reference before its bracketed date, with
     * another container after it, is the title.
     */
    static List<String> titleReadAsPublisherOrFirstContainer(List<Token> tokens, List<String> labels) {
        if (labels.contains("title")) {
            return labels;
        }
        int n = tokens.size();
        int c = labels.indexOf("container-title");
        if (c == 0) {
            int ce = runEnd(labels, 0);
            if (ce + 3 < n && tokens.get(ce + 1).text().equals(".") && tokens.get(ce + 2).text().equals("(")
                    && labels.get(ce + 3).equals("date") && labels.subList(ce + 3, n).contains("container-title")) {
                return relabelled(labels, 0, ce, "title");
            }
            return labels;
        }
        int p = labels.indexOf("publisher");
        if (p < 2 || c >= 0 || labels.subList(0, p).contains("publisher-place") || !labels.subList(0, p).contains("date")
                || !(tokens.get(p - 1).text().equals(".") || tokens.get(p - 1).text().equals(":") && tokens.get(p - 2).text().equals(")"))) {
            return labels;
        }
        for (int k = 0; k < p; k++) {
            String label = labels.get(k);
            if (!(label.equals("author") || label.equals("date") || label.equals(Labels.OTHER) && isPunctuation(tokens.get(k).text()))) {
                return labels;
            }
        }
        int pe = runEnd(labels, p);
        if (pe + 2 < n && labels.get(pe + 1).equals(Labels.OTHER) && LabelRuns.isDigits(tokens.get(pe + 1).text())
                && tokens.get(pe + 2).text().equals(".")) {
            pe++; // a year left out at its end: "Nationales Hafenkonzept 2030."
        }
        if (pe + 1 < n && !tokens.get(pe + 1).text().equals(".")) {
            return labels; // its own sentence
        }
        for (int k = pe + 1; k < n; k++) {
            String label = labels.get(k); // no host after it, only a place, a link, its access note, words leading to the link
            if (!(label.equals(Labels.OTHER) || label.equals("URL") || label.equals("note") || label.equals("publisher-place"))) {
                return labels;
            }
        }
        return relabelled(labels, p, pe, "title");
    }

    /** The longest title {@link #titleLeftUnlabelled} takes, in tokens: longer sentences the labeller does label. */
    private static final int LEFT_TITLE_TOKENS = 12;

    /** Words that mark a volume's or an issue's number: "Vol.", "Nr.", "No.", "Heft", "Bd.", and the short "t.", "n.", "№". */
    private static final Set<String> NUMBER_MARKS = java.util.stream.Stream.of(VOLUME_WORDS, ISSUE_MARKS,
            Set.of("t", "num", "n", "nº", "№", "p", "pp", "s")).flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());


    /**
     * A title of two sentences that the labeller read as two titles ("… in the native membrane environment. Effects of pH,
     * temperature … J Biol Chem 283"): with the journal after both, the second is no journal, and was dropped; the full
     * stop between them joins them.
     */
    /** Words that open a publisher's name: a sentence after the title that opens with one is the imprint. */
    private static final Set<String> PUBLISHING_WORDS = Set.of("editions", "éditions", "edizioni", "ediciones", "editora",
            "verlag", "press", "presses", "publishing", "publishers", "publications", "imprimerie");

    /** Words a title's sentence goes on after, besides {@link #JOURNAL_SMALL_WORDS}. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("to", "with", "by", "from", "at", "as", "a", "an", "into", "among",
            "between", "via", "during", "after", "under", "over", "against", "without", "within", "through");

    /** Whether the words from {@code from} to {@code to} (inclusive) are capitalised and as short as a journal's abbreviated ones. */
    private static boolean abbreviatedWords(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            String t = tokens.get(i).text();
            if (t.length() > 5 || !Character.isUpperCase(t.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean closesSentence(String token) {
        return token.equals(".") || token.equals("?") || token.equals("!")
                || token.length() == 1 && "\"”’»".indexOf(token.charAt(0)) >= 0;
    }

    /** Whether two words from {@code from} up to {@code to} (exclusive) are in lower case and longer than "of the": a title's words. */
    private static boolean hasLowerCaseWords(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to && words < 2; i++) {
            String t = tokens.get(i).text();
            if (t.length() > 3 && Character.isLowerCase(t.codePointAt(0))) {
                words++;
            }
        }
        return words >= 2;
    }

    private static boolean isAcronym(String token) {
        return token.length() >= 2 && token.chars().allMatch(Character::isUpperCase);
    }

    /** Whether the tokens from {@code from} up to {@code to} (exclusive) name a conference or its proceedings. */
    private static boolean namesProceedings(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(tokens.get(i).text().toLowerCase(Locale.ROOT)).append(' ');
        }
        return PROCEEDINGS.matcher(text.toString().replace(" .", ".")).find();
    }

    /** Whether no capitalised word from {@code from} up to {@code to} (exclusive) is as short as a journal's abbreviated ones. */
    private static boolean noAbbreviatedWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = tokens.get(i).text();
            if (Character.isUpperCase(t.codePointAt(0)) && t.length() < 4) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensSentence(String token) {
        return token.equals(".") || token.equals(")") || token.equals("]") || isQuote(token);
    }

    private static boolean isQuote(String token) {
        return token.length() == 1 && "\"“‘«'„".indexOf(token.charAt(0)) >= 0;
    }

    private static final Set<String> JOURNAL_SMALL_WORDS = Set.of("&", "of", "and", "the", "in", "for", "on", "-", ":");
}
