package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ReferenceWords.PERIODICAL_WORD;
import static io.github.citekit.internal.refs.ReferenceWords.NAME_REACH;
import static io.github.citekit.internal.refs.ReferenceWords.JOURNAL_EVIDENCE;
import static io.github.citekit.internal.refs.ReferenceWords.EDITOR_WORDS;
import static io.github.citekit.internal.refs.LabelRuns.isAllCaps;
import static io.github.citekit.internal.refs.LabelRuns.isCapitalisedWord;
import static io.github.citekit.internal.refs.LabelRuns.isInitialAt;
import static io.github.citekit.internal.refs.LabelRuns.isInitialLetter;
import static io.github.citekit.internal.refs.LabelRuns.isPunctuation;
import static io.github.citekit.internal.refs.LabelRuns.isWordToken;
import static io.github.citekit.internal.refs.LabelRuns.lastWord;
import static io.github.citekit.internal.refs.LabelRuns.lettered;
import static io.github.citekit.internal.refs.LabelRuns.relabelled;
import static io.github.citekit.internal.refs.LabelRuns.runEnd;

import io.github.citekit.internal.extract.Names;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules over the labels where names meet the rest: a title's word read as a name or a last family name read into
 * the title, editors after their mark, a collaboration, an organisation or a month as the author. {@link
 * ReferenceParser} runs them over the labeller's output in its order.
 */
final class NameLabels {
    private NameLabels() {
    }

    /**
     * Physics' "C. W. Misner, K. S. Thorne, J. A. Wheeler, Gravitation, …" and "J. Earman, Bangs, Crunches, Whimpers and
     * Shrieks: …": in a list whose names all print initials first, a last part after a comma with no initial is no
     * name. It is the title's start where the title follows it, the title where none was read, and the journal where
     * it is one ("…, M. Lindner, J. High Energy Phys. 0805"; JabRef's list).
     */
    static List<String> wordsWithoutInitialsEndingNames(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("author");
        if (first < 0 || first + 4 >= tokens.size() || !isInitialAt(tokens, first)) {
            return labels;
        }
        int last = runEnd(labels, first);
        int comma = -1;
        int named = 0; // names before the last part, each with an initial
        boolean initial = false;
        for (int i = first; i <= last; i++) {
            String t = tokens.get(i).text();
            if (t.equals(",") && i < last) {
                // (only a comma: after "and" a full given name may come, "H. Bulut and Abdon Atangana")
                if (!initial) {
                    return labels; // a name with no initial before the last part: another style
                }
                named++;
                comma = i;
                initial = false;
            } else if (isAbbreviatedGivenName(tokens, i)) {
                initial = true;
            }
        }
        if (comma < 0 || named < 1 || comma + 1 > last || NAME_SUFFIXES.contains(tokens.get(comma + 1).text().toLowerCase(Locale.ROOT))) {
            return labels;
        }
        int from = comma + 1;
        if (!isCapitalisedWord(tokens.get(from).text()) || lettered(tokens, from, last) > 4 || namesGroup(tokens, from, last)) {
            return labels; // (", and Sae Woo Nam": a name after "and" may be printed whole; ", LCTPC Collaboration")
        }
        if (JournalNames.shipped().isName(tokens, from, lastWord(tokens, from, last))
                && !labels.contains("container-title")) {
            List<String> out = relabelled(labels, from, last, "container-title");
            out.set(comma, Labels.OTHER);
            return out;
        }
        if (initial) {
            return labels; // the last part has an initial: a name
        }
        if (from == last && last + 2 < tokens.size() && tokens.get(last + 1).text().equals(".")
                && labels.get(last + 2).equals("container-title")) {
            // "…, B. Pontecorvo, Lett. Nuovo Cimento 17": an abbreviated word, the journal's first
            List<String> out = relabelled(labels, from, last + 1, "container-title");
            out.set(comma, Labels.OTHER);
            return out;
        }
        int next = last + 1;
        while (next < tokens.size() && labels.get(next).equals(Labels.OTHER) && isPunctuation(tokens.get(next).text())) {
            next++;
        }
        boolean titleFollows = next < tokens.size() && labels.get(next).equals("title");
        if (!titleFollows && labels.contains("title")) {
            return labels;
        }
        List<String> out = relabelled(labels, from, titleFollows ? next - 1 : last, "title");
        out.set(comma, Labels.OTHER);
        return out;
    }

    /**
     * Chicago's "Ching, Barbara, and Gerald W. Creed, eds.": the names read up to a middle initial, and the family name
     * after it left out. A last name printed given name first ("and Gerald W.") whose initial is followed by an
     * unlabelled capitalised word and a comma or full stop has that word still to come.
     */
    static List<String> familyNameLeftAfterInitial(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("author");
        if (first < 0) {
            first = labels.indexOf("editor");
        }
        if (first < 0) {
            return labels;
        }
        int last = runEnd(labels, first);
        int family = last + 2;
        if (last < first + 2 || family + 1 >= tokens.size() || !isInitialLetter(tokens.get(last).text())
                || !tokens.get(last + 1).text().equals(".") || !labels.get(last + 1).equals(Labels.OTHER)
                || !labels.get(family).equals(Labels.OTHER) || !isCapitalisedWord(tokens.get(family).text())
                || !(tokens.get(family + 1).text().equals(",") || tokens.get(family + 1).text().equals("."))) {
            return labels;
        }
        String given = tokens.get(last - 1).text();
        String before = tokens.get(last - 2).text();
        if (!isCapitalisedWord(given) || !(before.equalsIgnoreCase("and") || before.equals("&") || before.equals(","))) {
            return labels;
        }
        return relabelled(labels, last + 1, family, labels.get(first));
    }

    /**
     * Physics' "ALICE Collaboration, J. Instrum. 3 (2008) S08002" and "PHOBOS Collaboration, B. B. Back et al., …": a
     * collaboration that opens the reference is its author where no names follow, and stands apart from the authors
     * where they do (the data sets label the names alone then).
     */
    static List<String> collaborationFirst(List<Token> tokens, List<String> labels) {
        int first = 0;
        while (first < tokens.size() && isPunctuation(tokens.get(first).text())) {
            first++;
        }
        int word = -1;
        for (int i = first; i < Math.min(tokens.size(), first + 10); i++) { // "H . E . S . S . collaboration"
            String t = tokens.get(i).text();
            if (i > first && t.length() >= 5 && isCollaborationWord(t)) {
                word = i;
                break;
            }
            if (!isWordToken(t) && !t.equals(".") && !t.equals("-")) {
                return labels;
            }
        }
        if (word < 0) {
            return labels;
        }
        int comma = word + 1 < tokens.size() && tokens.get(word + 1).text().equals(".") ? word + 2 : word + 1;
        if (comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",")) {
            return labels;
        }
        int end = comma - 1;
        if (labels.get(comma + 1).equals("author")) {
            boolean namesFollow = isInitialAt(tokens, comma + 1) || comma + 3 < tokens.size() && isCapitalisedWord(tokens.get(comma + 1).text())
                    && (isInitialAt(tokens, comma + 2) || tokens.get(comma + 2).text().equals(","));
            if (namesFollow) {
                List<String> out = relabelled(labels, first, end, Labels.OTHER);
                out.set(comma, Labels.OTHER);
                return out;
            }
            return labels;
        }
        if (!labels.contains("author") && !labels.contains("editor")) {
            return relabelled(labels, first, word, "author");
        }
        return labels;
    }

    /**
     * Harvard's "Doe, J. n.d. Title.": "n.d." printed without brackets after the initials is the date (no
     * date), which the labeller reads into the author's name.
     */
    static List<String> noDateReadAsAuthor(List<Token> tokens, List<String> labels) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            // lower case only: "N. D. Mitchell" has the initials N. D.
            if (tokens.get(i).text().equals("n") && tokens.get(i + 1).text().equals(".") && tokens.get(i + 2).text().equals("d")
                    && labels.get(i).equals("author") && labels.get(i + 2).equals("author")) {
                List<String> out = new java.util.ArrayList<>(labels);
                for (int k = i; k <= i + 2; k++) {
                    out.set(k, "date");
                }
                if (i + 3 < tokens.size() && tokens.get(i + 3).text().equals(".") && labels.get(i + 3).equals("author")) {
                    out.set(i + 3, Labels.OTHER);
                }
                return out;
            }
        }
        return labels;
    }

    /**
     * "Council of Economic Advisers. 2015. Title": an organisation that opens the reference, before its
     * date, is its author. When the labeller reads it as the publisher (or institution, or a container
     * that names no periodical, "European Commission (2020)") and labels no
     * author anywhere, and the date comes next, the opening run becomes the author.
     */
    static List<String> corporateAuthorFirst(List<Token> tokens, List<String> labels) {
        if (labels.isEmpty() || !(labels.get(0).equals("publisher") || labels.get(0).equals("institution")
                || labels.get(0).equals("title") || labels.get(0).equals("container-title")) || labels.contains("author")) {
            return labels;
        }
        int end = ReferenceParser.openingRunEnd(labels);
        if (labels.get(0).equals("title") && quotedTitleAfter(tokens, labels, end)) {
            return relabelled(labels, 0, end, "author"); // "The Next Stage. "Ports after the pandemic." …"
        }
        if (labels.get(0).equals("title") && !(ReferenceParser.namesOrganisation(tokens, end) && endsWithAcronym(tokens, end))
                && !titleRunAfterDate(tokens, labels, end)) {
            return labels; // APA puts an authorless work's title first: "Title. (2003)."
        }
        boolean acronym = end == 0 && tokens.get(0).text().length() >= 2 && isAllCaps(tokens.get(0).text()); // "IPCC, 2021:"
        if (labels.get(0).equals("container-title") && !((ReferenceParser.namesOrganisation(tokens, end) || acronym)
                && !namesPeriodical(tokens, end) && labels.contains("title"))) {
            return labels; // "Sov. Phys. JETP 12 (1961)": a reference may open with its journal
        }
        int k = end + 1;
        while (k < tokens.size() && isPunctuation(tokens.get(k).text()) && labels.get(k).equals(Labels.OTHER)) {
            k++;
        }
        if (k >= tokens.size() || !labels.get(k).equals("date")) {
            return labels;
        }
        return relabelled(labels, 0, end, "author");
    }

    /**
     * "The Next Stage. "Ports after the pandemic." The Next Stage Blog, …": a short opening run of capitalised words read
     * as a title, a full stop, then the title in quotes. A work has one title: the run before it names the author.
     */
    private static boolean quotedTitleAfter(List<Token> tokens, List<String> labels, int end) {
        if (end > 7 || end + 3 >= tokens.size() || !tokens.get(end + 1).text().equals(".")
                || !"\"“«‘".contains(tokens.get(end + 2).text()) || !labels.get(end + 2).equals(Labels.OTHER)
                || !labels.get(end + 3).equals("title")) {
            return false;
        }
        for (int i = 0; i <= end; i++) {
            String t = tokens.get(i).text();
            if (!isCapitalisedWord(t) && !isAllCaps(t) && !t.equals("of") && !t.equals("and") && !t.equals("&") && !t.equals("for")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Victorian Equal Opportunity Commission (2008). Rights of passage: …": the labeller read two title runs, the
     * opening one and another right after the date. An authorless work's title stands before its date only once, so
     * the run before the date names the author, unless the second run is a periodical's name, before its volume.
     */
    private static boolean titleRunAfterDate(List<Token> tokens, List<String> labels, int end) {
        int k = end + 1;
        boolean dated = false;
        while (k < tokens.size() && (isPunctuation(tokens.get(k).text()) && labels.get(k).equals(Labels.OTHER)
                || labels.get(k).equals("date"))) {
            dated |= labels.get(k).equals("date");
            k++;
        }
        if (!dated || k >= tokens.size() || !labels.get(k).equals("title") || Dates.isMonthOrSeason(tokens.get(k).text())) {
            return false; // "(1995, March)": the date's month, still read as a title
        }
        int words = 0;
        while (k < tokens.size() && labels.get(k).equals("title")) {
            words += isPunctuation(tokens.get(k).text()) ? 0 : 1;
            k++;
        }
        if (words < 2) {
            return false;
        }
        while (k < tokens.size() && isPunctuation(tokens.get(k).text()) && labels.get(k).equals(Labels.OTHER)) {
            k++;
        }
        // "Italian Team to train at WFU. (1995, March). Wake Forest University Magazine, 42(3)": the second run is
        // the periodical the authorless title stands in
        return k >= tokens.size() || !(labels.get(k).equals("volume") || labels.get(k).equals("issue"));
    }

    /**
     * Chicago's "Weber, Eugen. Movements, Currents, Trends: Aspects of …" and "Hawthorne, Nathaniel. Novels: “The Scarlet
     * Letter,” …": the author's run goes on past the full stop after a full given name into the title's first words.
     * After "Family, Given." the names end where no given name, initial or "and" follows: the words to the run's end
     * are the title's, joined to the title after them.
     */
    static List<String> titleWordsAfterGivenNamesStop(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        if (n < 7 || !labels.get(0).equals("author") || !tokens.get(1).text().equals(",") || !isCapitalisedWord(tokens.get(0).text())
                || !isCapitalisedWord(tokens.get(2).text()) || tokens.get(2).text().length() < 3 || isAllCaps(tokens.get(2).text())
                || !tokens.get(3).text().equals(".") || !labels.get(3).equals("author") || !labels.get(4).equals("author")) {
            return labels;
        }
        String next = tokens.get(4).text();
        if (!isCapitalisedWord(next) || io.github.citekit.internal.extract.GivenNames.contains(next)
                || EDITOR_WORDS.contains(next.toLowerCase(Locale.ROOT))) {
            return labels; // "Smith, John. Mary Brown" lists names; "Smith, John. Ed." marks a role
        }
        int end = runEnd(labels, 4);
        for (int k = 4; k <= end; k++) {
            String t = tokens.get(k).text();
            if (t.equals("and") || t.equals("&") || isInitialLetter(t) || io.github.citekit.internal.extract.GivenNames.contains(t)) {
                return labels; // "Smith, John. Brown, Mary." lists names
            }
        }
        List<String> out = relabelled(labels, 4, end, "title");
        out.set(3, Labels.OTHER);
        int k = end + 1;
        while (k < n && isPunctuation(tokens.get(k).text()) && labels.get(k).equals(Labels.OTHER) && !tokens.get(k).text().equals(".")) {
            k++;
        }
        if (k < n && k > end + 1 && labels.get(k).equals("title") && !tokens.get(k - 1).text().equals("“")
                && !tokens.get(k - 1).text().equals("\"")) {
            for (int j = end + 1; j < k; j++) {
                out.set(j, "title"); // "Movements, Currents, Trends: …" is one title
            }
        }
        return out;
    }

    /**
     * "[Masson-Delmotte, V., P. Zhai, …]": a name's run that the labeller starts after the hyphen of a double family
     * name, the first half and the hyphen left out. Glued on both sides, they belong to the name.
     */
    static List<String> hyphenatedNameStart(List<Token> tokens, List<String> labels) {
        List<String> out = labels;
        for (int s = 2; s < tokens.size(); s++) {
            String label = out.get(s);
            if ((label.equals("author") || label.equals("editor") || label.equals("translator")) && !out.get(s - 1).equals(label)
                    && tokens.get(s - 1).text().equals("-") && !tokens.get(s - 1).spaceBefore() && !tokens.get(s).spaceBefore()
                    && out.get(s - 1).equals(Labels.OTHER) && out.get(s - 2).equals(Labels.OTHER)
                    && isCapitalisedWord(tokens.get(s - 2).text())) {
                out = relabelled(out, s - 2, s - 1, label);
            }
        }
        return out;
    }

    /**
     * Harvard's "EPA (n.d.) Heat Island Effect. Available at: …": an author (an agency's acronym, an organisation's
     * capitalised words) before "(n.d.)" with no full stop after it, read as nothing and the mark's letters as the
     * title's first words. The words before the mark are the author; the mark is no title's (the record notes "n.d.").
     * A title after the mark that was left unlabelled, as a single word often is, is the title.
     */
    static List<String> authorBeforeUndatedMark(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int k = 1;
        while (k <= 6 && k + 5 < n && !isUndatedMark(tokens, k)) {
            if (!(isCapitalisedWord(tokens.get(k - 1).text()) || isAllCaps(tokens.get(k - 1).text())
                    || ORGANISATION_JOINS.contains(tokens.get(k - 1).text()))) {
                return labels;
            }
            k++;
        }
        if (k > 6 || k + 5 >= n || !isUndatedMark(tokens, k)
                || !(isCapitalisedWord(tokens.get(k - 1).text()) || isAllCaps(tokens.get(k - 1).text()))) {
            return labels;
        }
        List<String> out = labels;
        if (!labels.subList(0, k).contains("author")) {
            out = relabelled(labels, 0, k - 1, "author");
            for (int i = k; i <= k + 5; i++) {
                out.set(i, Labels.OTHER);
            }
        }
        // "World Health Organization (n.d.) Falls. Available at: …": a one-word title after the mark, left unlabelled
        int stop = k + 6;
        while (stop < n && labels.get(stop).equals(Labels.OTHER) && !tokens.get(stop).text().equals(".")) {
            stop++;
        }
        if (!out.contains("title") && stop > k + 6 && stop < n && tokens.get(stop).text().equals(".")
                && isCapitalisedWord(tokens.get(k + 6).text())) {
            out = relabelled(out, k + 6, stop - 1, "title");
        }
        return out;
    }

    /**
     * "Hartner, Marcus (forthcoming). “Images of Home.” …", "Boateng, A. (in press). Silt.": a publication status in
     * brackets where an author–date entry prints its year, read into the names or into the title, or left out. It
     * stands in the date's place (the record's status); the words around it keep their fields.
     */
    static List<String> statusInTheDatesPlace(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int open = -1;
        for (int k = 1; k + 2 < n && k < STATUS_REACH; k++) {
            if (tokens.get(k).text().equals("(") && (labels.get(k - 1).equals("author")
                    || k >= 2 && tokens.get(k - 1).text().equals(".") && labels.get(k - 2).equals("author"))) {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return labels;
        }
        int close = open + 1;
        StringBuilder words = new StringBuilder();
        while (close < n && close - open <= 4 && !tokens.get(close).text().equals(")")) {
            words.append(tokens.get(close).text()).append(' ');
            close++;
        }
        String inside = labels.get(open + 1);
        if (close >= n || close == open + 1 || !(inside.equals("author") || inside.equals("title") || inside.equals(Labels.OTHER))
                || FieldRules.statusAlone(words.toString()).isEmpty()) {
            return labels;
        }
        List<String> out = relabelled(labels, open + 1, close - 1, "date");
        out.set(open, Labels.OTHER);
        out.set(close, Labels.OTHER);
        if (close + 1 < n && isPunctuation(tokens.get(close + 1).text()) && !labels.get(close + 1).equals(Labels.OTHER)) {
            out.set(close + 1, Labels.OTHER);
        }
        return out;
    }

    /** How far into a reference {@link #statusInTheDatesPlace} looks for the bracket after the names, in tokens. */
    private static final int STATUS_REACH = 40;

    /**
     * "A. Bricker, M. Litzkow, and M. Livny. Condor Technical Summary. TR 1069, …": with no title read, words after the
     * last of a list of names printed initials first ("and" or "&", initials, a family name, a full stop) that were read
     * as more names, up to the next full stop, are the title.
     */
    static List<String> titleReadIntoNamesAfterTheLast(List<Token> tokens, List<String> labels) {
        if (labels.contains("title") || !labels.get(0).equals("author")) {
            return labels;
        }
        int end = runEnd(labels, 0);
        int and = -1;
        for (int k = 1; k < end; k++) {
            String t = tokens.get(k).text();
            if (t.equals("and") || t.equals("&")) {
                and = k;
            }
        }
        if (and < 0) {
            return labels;
        }
        int k = and + 1;
        int initials = 0;
        while (k + 1 <= end && isInitialLetter(tokens.get(k).text()) && tokens.get(k + 1).text().equals(".")) {
            initials++;
            k += 2;
        }
        // the family name, then its full stop, then the words read as more names
        if (initials == 0 || k + 2 > end || !isCapitalisedWord(tokens.get(k).text()) || !tokens.get(k + 1).text().equals(".")
                || !isCapitalisedWord(tokens.get(k + 2).text()) || isInitialLetter(tokens.get(k + 2).text())) {
            return labels;
        }
        for (int w = k + 2; w <= end; w++) {
            String t = tokens.get(w).text();
            if (t.equals(",") || t.equals("and") || t.equals("&") || isInitialLetter(t)) {
                return labels; // more names after all
            }
        }
        if (end + 1 < tokens.size() && !tokens.get(end + 1).text().equals(".") && !tokens.get(end).text().equals(".")) {
            return labels; // a title ends with its full stop; "and A. Yu. Smirnov, Nucl. Phys. B" is a name, its initial of two letters
        }
        int last = end;
        while (last > k + 2 && tokens.get(last).text().equals(".")) {
            last--;
        }
        List<String> out = relabelled(labels, k + 1, last, "title");
        out.set(k + 1, Labels.OTHER);
        return out;
    }

    /**
     * A Russian or Ukrainian electronic resource, "Иванов И. И., Петров П. П. Порты России [Электронный ресурс]. URL: …":
     * the words after the initials that close a list of names printed family first, read as more of the names, are the
     * title, up to its full stop or bracket, where no title is labelled and no comma and no more initials follow them.
     */
    static List<String> titleReadIntoCyrillicNames(List<Token> tokens, List<String> labels) {
        if (!labels.get(0).equals("author") || !isCyrillicWord(tokens.get(0).text())) {
            return labels;
        }
        int end = runEnd(labels, 0);
        int k = 0;
        while (true) { // family names, each with its initials, joined by commas
            if (k > end || !isCyrillicWord(tokens.get(k).text()) || !isCapitalisedWord(tokens.get(k).text())) {
                return labels;
            }
            int family = k++;
            while (k + 1 < tokens.size() && isInitialLetter(tokens.get(k).text()) && tokens.get(k + 1).text().equals(".")) {
                k += 2;
            }
            if (k == family + 1) {
                return labels;
            }
            if (k <= end && tokens.get(k).text().equals(",")) {
                k++;
            } else {
                break;
            }
        }
        if (k > end || labels.contains("title") || !isCyrillicWord(tokens.get(k).text()) || !isCapitalisedWord(tokens.get(k).text())) {
            return labels;
        }
        for (int w = k; w <= end; w++) {
            String t = tokens.get(w).text();
            if (t.equals(",") || isInitialLetter(t) && w + 1 <= end && tokens.get(w + 1).text().equals(".")) {
                return labels; // another name after all: "Иванов И. И., Петров П. П."
            }
        }
        int last = end;
        while (last > k && isPunctuation(tokens.get(last).text())) {
            last--;
        }
        return relabelled(labels, k, last, "title");
    }

    private static boolean isCyrillicWord(String t) {
        return !t.isEmpty() && Character.UnicodeBlock.of(t.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    }

    /** Words that join an organisation's name: "Department of Health", "Food and Drug Administration". */
    private static final Set<String> ORGANISATION_JOINS = Set.of("of", "and", "&", "for", "the", "on");

    /** "( n . d . )" from token {@code k}, as the tokenizer cuts "(n.d.)". */
    private static boolean isUndatedMark(List<Token> tokens, int k) {
        return tokens.get(k).text().equals("(") && tokens.get(k + 1).text().equalsIgnoreCase("n") && tokens.get(k + 2).text().equals(".")
                && tokens.get(k + 3).text().equalsIgnoreCase("d") && tokens.get(k + 4).text().equals(".") && tokens.get(k + 5).text().equals(")");
    }

    /**
     * GOST's order in Latin letters, as Russian journals print their transliterated references: "Ivanov I.I. Porty Rossii
     * [Ports of Russia]. Moscow, Nauka Publ., 2010.", "Ivanov I.I., Petrov P.P. Porty …". The labeller reads the
     * transliterated title, capitalised words it does not know, on into the names. In a run of authors that opens with
     * "Family I." and ends with words after the last initial's full stop, with no initial, comma or "and" among them and
     * a full stop or a bracket after them, those words are the title, and a bracketed translation after them too.
     */
    static List<String> titleAfterFamilyInitialsReadAsAuthor(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        if (n < 8 || !labels.get(0).equals("author") || !isCapitalisedWord(tokens.get(0).text())
                || !isInitialLetter(tokens.get(1).text()) || !tokens.get(2).text().equals(".")
                || io.github.citekit.internal.extract.GivenNames.contains(tokens.get(0).text()) || tokens.get(0).text().charAt(0) > 0x24F) {
            return labels; // "Jennifer N. Dang.": a given name first; Cyrillic names are titleReadIntoCyrillicNames's
        }
        int end = LabelRuns.runEnd(labels, 0);
        int lastInitial = -1; // the full stop after the run's last initial
        for (int i = 1; i < end; i++) {
            if (isInitialLetter(tokens.get(i).text()) && tokens.get(i + 1).text().equals(".")) {
                lastInitial = i + 1;
            }
        }
        if (lastInitial < 0 || lastInitial >= end || end + 1 >= n) {
            return labels;
        }
        for (int i = lastInitial + 1; i <= end; i++) {
            String t = tokens.get(i).text();
            if (!(isWordToken(t) || t.equals("-") || t.equals(":")) || t.equalsIgnoreCase("and") || i == lastInitial + 1 && !isCapitalisedWord(t)) {
                return labels; // "Ivanov I.I., Petrov P.P.": a comma, or another name's "and"
            }
        }
        String after = tokens.get(end + 1).text();
        boolean twoInitials = lastInitial >= 4 && tokens.get(lastInitial - 2).text().equals(".")
                && isInitialLetter(tokens.get(lastInitial - 3).text());
        if (!after.equals("[") && !(after.equals(".") && twoInitials)) {
            return labels; // Russian names have two initials ("I.I."); one, a title's translation must follow to tell
        }
        if (after.equals(".") && end + 2 < n && !tokens.get(end + 2).spaceBefore()) {
            return labels; // "Chen C.T. and Millero F.J. Limnol.Oceanogr. 31": an abbreviated journal, no title
        }
        List<String> out = relabelled(labels, lastInitial + 1, end, "title");
        if (after.equals("[") && end + 2 < n && tokens.get(end + 2).text().startsWith("Ele")) {
            return labels; // "[Electronic resource]", "[Elektronnyi resurs]": a medium, no translation
        }
        if (after.equals("[")) { // the translation of the title: "[Ports of Russia]"
            int close = end + 2;
            while (close < n && !tokens.get(close).text().equals("]") && close - end < 30) {
                close++;
            }
            if (close < n && tokens.get(close).text().equals("]")) {
                out = relabelled(out, end + 1, close, "title");
            }
        }
        return out;
    }

    /**
     * "Humboldt, A. von. Cosmos. New York: …" and "Broek, Hein van den. The Port of Rotterdam. …": Chicago inverts a
     * first author's name with its particles after the given names, and the full stop after the particle ends the
     * name. Words after it read as the author too are the title's, as a given-first name never ends with a particle.
     */
    static List<String> titleAfterTrailingParticle(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        if (n < 7 || !labels.get(0).equals("author") || !tokens.get(1).text().equals(",") || !isCapitalisedWord(tokens.get(0).text())) {
            return labels;
        }
        int end = runEnd(labels, 0);
        int p = 3;
        while (p + 2 <= end && (isCapitalisedWord(tokens.get(p - 1).text()) || isInitialLetter(tokens.get(p - 1).text())
                || tokens.get(p - 1).text().equals(".") && p - 1 > 2)) {
            String t = tokens.get(p).text();
            if (Names.isParticle(t) && t.equals(t.toLowerCase(Locale.ROOT))) {
                int q = p;
                while (q + 1 <= end && Names.isParticle(tokens.get(q + 1).text())) {
                    q++;
                }
                if (q + 2 <= end && tokens.get(q + 1).text().equals(".") && isCapitalisedWord(tokens.get(q + 2).text())) {
                    List<String> out = relabelled(labels, q + 2, end, "title");
                    out.set(q + 1, Labels.OTHER);
                    return out;
                }
                return labels;
            }
            p++;
        }
        return labels;
    }

    /**
     * A note's "Adolf Hitler, Mein Kampf, trans. James Vincent Murphy (London: …)": a name printed given name first (a
     * known given name and a capitalised family name that is no Vancouver initials) and after its comma words of no
     * person's, two or more, read as the author too, the author's run ending with them at a comma, bracket or full
     * stop. Those words are the title's, joined to a title right after their comma.
     */
    static List<String> titleAfterGivenFirstNameReadAsAuthor(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        if (n < 7 || !labels.get(0).equals("author") || !io.github.citekit.internal.extract.GivenNames.contains(tokens.get(0).text())
                || !isCapitalisedWord(tokens.get(1).text()) || isAllCaps(tokens.get(1).text()) // "Miller BH, Shinnick TM."
                || !tokens.get(2).text().equals(",") || !labels.get(3).equals("author")
                || labels.subList(0, 3).contains(Labels.OTHER)) {
            return labels;
        }
        int end = runEnd(labels, 3);
        int stop = 3;
        while (stop <= end && !tokens.get(stop).text().equals(",") && !tokens.get(stop).text().equals("(")
                && !tokens.get(stop).text().equals(".")) {
            stop++;
        }
        if (stop <= end || stop - 3 < 2 || labels.lastIndexOf("author") != end) {
            return labels; // the run goes on past the words: more names ("…, Peasant Russia, and …")
        }
        for (int k = 3; k < stop; k++) {
            String t = tokens.get(k).text();
            // an article before a word in lower case opens a title, though "Les" is a given name too ("Jean Dupont, Les
            // ports de la Manche, Paris, …", as French Wikipedia prints a book)
            boolean article = k == 3 && TITLE_ARTICLES.contains(t) && k + 1 < stop && Character.isLowerCase(tokens.get(k + 1).text().charAt(0));
            if (t.equals("and") || t.equals("&") || isInitialLetter(t) || io.github.citekit.internal.extract.GivenNames.contains(t) && !article
                    || k == 3 && !Character.isUpperCase(t.charAt(0)) || t.length() <= 3 && isAllCaps(t)) {
                return labels;
            }
        }
        List<String> out = relabelled(labels, 3, end, "title");
        out.set(2, Labels.OTHER);
        if (end + 2 < n && tokens.get(end + 1).text().equals(",") && labels.get(end + 2).equals("title")) {
            out.set(end + 1, "title"); // "Peasant Russia, Civil War: …" is one title
        }
        return out;
    }

    /** Articles that open titles in the languages of Europe's references. */
    private static final Set<String> TITLE_ARTICLES = Set.of("Les", "Le", "La", "The", "El", "Los", "Las", "Il", "Lo", "Gli", "Der",
            "Die", "Das", "Un", "Une", "Uno", "Una", "Os", "As", "De", "Het", "Een");

    /**
     * "Tim Watson. A new representation technique …. In Keane et al. [4], pages 233-246.": with no author labelled, a
     * reference that opens with a known given name, an initial or none, and a capitalised family name before a full
     * stop, read into the title, opens with its author.
     */
    static List<String> authorReadIntoTitle(List<Token> tokens, List<String> labels) {
        if (labels.size() < 5 || !labels.get(0).equals("title") || labels.contains("author")
                || !io.github.citekit.internal.extract.GivenNames.contains(tokens.get(0).text())
                || Dates.isMonthOrSeason(tokens.get(0).text())) {
            return labels;
        }
        int family = 1;
        if (LabelRuns.isInitialLetter(tokens.get(family).text()) && tokens.get(family + 1).text().equals(".")) {
            family += 2; // "Tim R. Watson."
        }
        int stop = family + 1;
        if (stop + 1 >= tokens.size() || !isCapitalisedWord(tokens.get(family).text()) || !tokens.get(stop).text().equals(".")
                || !labels.get(family).equals("title") || !labels.get(stop).equals("title")
                || !labels.get(stop + 1).equals("title") || !(Character.isUpperCase(tokens.get(stop + 1).text().charAt(0))
                        || Character.isDigit(tokens.get(stop + 1).text().charAt(0)))) { // "Jason Rennie. 20 Newsgroups dataset"
            return labels;
        }
        List<String> out = relabelled(labels, 0, family, "author");
        out.set(stop, Labels.OTHER);
        return out;
    }

    /**
     * "White, P. Sep. 2018.": a month name that ends the authors, just before the year, is the date's, not
     * another author's.
     */
    static List<String> monthReadAsAuthor(List<Token> tokens, List<String> labels) {
        for (int i = 1; i < labels.size(); i++) {
            if (!labels.get(i).equals("author")) {
                continue;
            }
            int k = i + 1;
            while (k < tokens.size() && tokens.get(k).text().equals(".")) {
                k++;
            }
            if (k < tokens.size() && labels.get(k).equals("date") && Features.isYear(tokens.get(k).text())
                    && Dates.isMonthOrSeason(tokens.get(i).text()) && !labels.subList(k, labels.size()).contains("author")) {
                return relabelled(labels, i, k - 1, "date");
            }
        }
        return labels;
    }

    /**
     * Physics' "G. N. Sarkisov, Usp. Fiz. Nauk 169, 625 (1999)" and "A. Kolmogoroff, C. R. Acad. Sci., 30, 301-305 (1941)":
     * with names printed initials first and no title, the journal's abbreviated first word read as one more name
     * ("Usp", a word with no initial; "C. R.", initials with no family name), and the rest of it up to the volume left
     * out or read as the title. The part and the abbreviations after it, up to the volume, are the journal.
     */
    static List<String> journalReadAsTheLastName(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        if (n < 8 || !labels.get(0).equals("author") || !isInitialLetter(tokens.get(0).text()) || labels.contains("container-title")) {
            return labels;
        }
        int end = runEnd(labels, 0);
        int comma = end;
        while (comma > 0 && !tokens.get(comma).text().equals(",")) {
            comma--;
        }
        if (comma < 2 || end + 1 >= n || !tokens.get(end + 1).text().equals(".") && !tokens.get(end).text().equals(".")) {
            return labels;
        }
        // the part after the last comma: one capitalised word, or initials alone
        boolean word = comma + 1 == end && isCapitalisedWord(tokens.get(end).text()) && !isInitialLetter(tokens.get(end).text());
        boolean initialsOnly = true;
        for (int k = comma + 1; k <= end; k++) {
            String t = tokens.get(k).text();
            initialsOnly &= isInitialLetter(t) || t.equals(".");
        }
        if (!word && !initialsOnly) {
            return labels;
        }
        int volume = end + 1;
        while (volume < n && !labels.get(volume).equals("volume")) {
            String t = tokens.get(volume).text();
            String label = labels.get(volume);
            if (!(t.equals(".") || t.equals(",") && label.equals(Labels.OTHER) || isCapitalisedWord(t))
                    || !(label.equals(Labels.OTHER) || label.equals("title"))) {
                return labels; // a title's words, or another field, before any volume
            }
            volume++;
        }
        if (volume >= n || volume - end > 8 || labels.lastIndexOf("title") >= volume) {
            return labels;
        }
        int last = volume - 1;
        while (last > end && (tokens.get(last).text().equals(",") || tokens.get(last).text().equals("."))) {
            last--; // the marks before the volume; the journal's own last stop is the span's to drop
        }
        List<String> out = relabelled(labels, comma + 1, last, "container-title");
        out.set(comma, Labels.OTHER);
        return out;
    }

    /**
     * Italian's editor mark after the names, "Rossi M. (a cura di), Porti e fango, Bologna …", read into the title: the
     * mark (which makes the names the editors) and the comma after it are no title's.
     */
    static List<String> italianEditorMarkReadIntoTitle(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int i = 1; i + 4 < n && i < NAME_REACH * 3; i++) {
            if (tokens.get(i).text().equals("(") && tokens.get(i + 1).text().equals("a") && tokens.get(i + 2).text().equals("cura")
                    && tokens.get(i + 3).text().equals("di") && tokens.get(i + 4).text().equals(")")) {
                int end = i + 5 < n && (tokens.get(i + 5).text().equals(",") || tokens.get(i + 5).text().equals(".")) ? i + 5 : i + 4;
                return labels.get(i + 2).equals("title") ? relabelled(labels, i, end, Labels.OTHER) : labels;
            }
        }
        return labels;
    }

    /**
     * "Müller, K. (Hg.): Häfen. Berlin: Springer, 2015.": with no title labelled, the words after a
     * parenthesised editor mark, up to the full stop before the imprint, are the title (the labeller,
     * which meets this German style rarely, leaves them unlabelled or reads them as the publisher).
     */
    static List<String> titleAfterEditorMark(List<Token> tokens, List<String> labels) {
        if (labels.contains("title")) {
            return labels;
        }
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            if (!tokens.get(i).text().equals("(") || !EDITOR_WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int k = i + 2;
            if (k < n && tokens.get(k).text().equals(".")) {
                k++;
            }
            if (k >= n || !tokens.get(k).text().equals(")")) {
                return labels;
            }
            k++;
            // past the punctuation and a date in parentheses: "(Hg.) (2012): Title", "(Eds.). (1990). Title"
            while (k < n && (isPunctuation(tokens.get(k).text()) && !tokens.get(k).text().equals(",")
                    || labels.get(k).equals("date"))) {
                k++;
            }
            int start = k;
            while (k < n && !tokens.get(k).text().equals(".")) {
                k++;
            }
            int end = k - 1;
            boolean words = false;
            for (int j = start; j <= end; j++) {
                if (labels.get(j).equals("container-title") || labels.get(j).equals("date")
                        || tokens.get(j).text().equals(",") && j == start) {
                    return labels; // "In Wrobel, S. (Ed.), Proceedings of …": the editors of a container
                }
                words |= !isPunctuation(tokens.get(j).text());
            }
            return words && k < n ? relabelled(labels, start, end, "title") : labels;
        }
        return labels;
    }

    /**
     * Short citations with no title, "Mischel and Cloughesy, Brain Pathol. (2003) 13(1): 52-61" and "C. P. Mak et A.
     * Brossi. Heterocycles, 12, 1413 (1979)": with no title and no container labelled, a listed journal's name read
     * into the end of the author span, after a comma, full stop or bracket and before the date, volume or pages, is
     * the journal; right before the volume, so are the words after the last name's full stop where no list names them.
     */
    static List<String> journalReadIntoAuthors(List<Token> tokens, List<String> labels) {
        if (labels.contains("title") || labels.contains("container-title")) {
            return labels;
        }
        int a0 = labels.indexOf("author");
        if (a0 < 0) {
            return labels;
        }
        int a1 = runEnd(labels, a0);
        // the name may run on past the span into unlabelled words and marks ("Circ" + ". Res.")
        int end = a1;
        while (end + 1 < tokens.size() && end < a1 + 3 && labels.get(end + 1).equals(Labels.OTHER)
                && (isWordToken(tokens.get(end + 1).text()) || tokens.get(end + 1).text().equals("."))) {
            end++;
        }
        int k = ReferenceParser.nextField(tokens, labels, end + 1, false);
        if (k >= tokens.size() || !JOURNAL_EVIDENCE.contains(labels.get(k))) {
            return labels;
        }
        JournalNames names = JournalNames.shipped();
        for (int j = Math.max(a0 + 1, end - NAME_REACH); j <= a1; j++) {
            String before = tokens.get(j - 1).text();
            String word = tokens.get(j).text();
            if (!(before.equals(",") || before.equals(".") || before.equals("(") || before.equals(";"))
                    || !Character.isUpperCase(word.codePointAt(0))
                    || word.length() < 2 && !(before.equals(",") && hasInitial(tokens, a0, j - 2))) {
                // a one-letter word opens a journal's name only after a comma that closes a name with its initials,
                // "C. Giunti, J. High Energy Phys.", not after an inverted name's family name: "Smith, J. Phys."
                continue;
            }
            for (int e = end; e >= j; e--) {
                if (isWordToken(tokens.get(e).text()) && names.isName(tokens, j, e)) {
                    List<String> out = relabelled(labels, j, e, "container-title");
                    for (int i = j - 1; i > a0 && isPunctuation(tokens.get(i).text()); i--) {
                        out.set(i, Labels.OTHER);
                    }
                    return out;
                }
            }
        }
        return labels.get(k).equals("volume") && k == ReferenceParser.nextField(tokens, labels, a1 + 1, false)
                ? journalAfterNamesStop(tokens, labels, a0, a1) : labels;
    }

    /**
     * Chemistry's short form with a journal no list names: "C. RAPPE et R. KUMAR. Arkiv Kemi, 39, 475 (1965)", "H. WEIL.
     * Beilstein, 43, 2605 (1910).": the words after the last name's full stop, right before the volume, are the journal
     * (where the names have an initial, and not another person's initial, "… Henkes. K. Bier", unless a list names the
     * words: "… V. M.. J. Lumin. 119-120").
     */
    private static List<String> journalAfterNamesStop(List<Token> tokens, List<String> labels, int a0, int a1) {
        for (int s = a1 - 1; s > a0 + 1 && a1 - s <= 5; s--) {
            String t = tokens.get(s).text();
            String before = tokens.get(s - 1).text();
            if (t.equals(",")) {
                return labels; // "andW . Henkes, Z. Physik": a comma after the stop is a name's
            }
            if (!t.equals(".") || !(before.length() >= 2 && isWordToken(before) || before.equals("."))) {
                continue;
            }
            if (!Character.isUpperCase(tokens.get(s + 1).text().charAt(0)) || !hasInitial(tokens, a0, s - 1)
                    || isInitials(tokens.get(s + 1).text()) && s + 2 <= a1 && !JournalNames.shipped().isName(tokens, s + 1, a1)) {
                return labels; // "V. M.. J. Lumin." is a listed journal's
            }
            List<String> out = relabelled(labels, s + 1, a1, "container-title");
            out.set(s, Labels.OTHER);
            return out;
        }
        return labels;
    }

    /**
     * Physics' "Chen C.T. and Millero F.J. Limnol. Oceanogr. 31, 1986" and "L. Volkova Yad. Fiz. 31 (1980) 1510": a
     * journal's first abbreviated word read as the last author's, when that word and the container are all of a
     * listed journal's name, is the journal's.
     */
    static List<String> journalStartReadAsAuthor(List<Token> tokens, List<String> labels) {
        int c0 = labels.indexOf("container-title");
        if (c0 <= 1) {
            return labels;
        }
        int c1 = lastWord(tokens, c0, runEnd(labels, c0));
        int a = c0 - 1;
        while (a > 0 && labels.get(a).equals(Labels.OTHER) && tokens.get(a).text().equals(".")) {
            a--;
        }
        if (!labels.get(a).equals("author")) {
            return labels;
        }
        JournalNames names = JournalNames.shipped();
        for (int j = a; j > a - 4 && j > 0 && labels.get(j).equals("author"); j--) {
            String t = tokens.get(j).text();
            if (t.equals(",") || t.equals(";")) {
                break;
            }
            if (isWordToken(t) && t.length() > 1 && Character.isUpperCase(t.codePointAt(0)) && names.isName(tokens, j, c1)) {
                return names.isName(tokens, c0, c1) ? labels : relabelled(labels, j, c0 - 1, "container-title");
            }
        }
        return labels;
    }

    /**
     * Names printed initials first whose last family name was read as the title's first word, as physics lists print
     * them with no mark after the names: "Z. Guo, D. J. Schwarz Power spectra from …", "… and C. Meier Non-CMC
     * solutions …". A list that opens with an initial names each person initials first, so a last name of initials
     * only has its family name still to come.
     */
    static List<String> lastFamilyNameReadIntoTitle(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("author");
        if (first < 0 || first + 3 >= tokens.size() || !isInitialAt(tokens, first)) {
            return labels;
        }
        int last = runEnd(labels, first);
        int letter = tokens.get(last).text().equals(".") ? last - 1 : last;
        if (letter <= first || !isInitialLetter(tokens.get(letter).text())) {
            return labels;
        }
        // the last name is initials only: back over "D . J ." to a comma, "and" or "&"
        int k = letter;
        while (k - 2 >= first && tokens.get(k - 1).text().equals(".") && isInitialLetter(tokens.get(k - 2).text())) {
            k -= 2;
        }
        if (k - 1 <= first) {
            return labels; // one name, of initials only
        }
        String before = tokens.get(k - 1).text();
        if (!(before.equals(",") || before.equals("&") || before.equalsIgnoreCase("and"))) {
            return labels;
        }
        int word = last + 1;
        if (word < tokens.size() && tokens.get(word).text().equals(".") && labels.get(word).equals(Labels.OTHER)) {
            word++;
        }
        if (word + 2 >= tokens.size() || !isCapitalisedWord(tokens.get(word).text()) || TITLE_OPENINGS.contains(tokens.get(word).text())) {
            return labels;
        }
        String label = labels.get(word);
        if (!(label.equals("title") || label.equals("container-title"))) {
            return labels;
        }
        if (label.equals("title") && tokens.get(word + 1).text().equals(",") && labels.get(word + 1).equals("title")
                && labels.get(word + 2).equals("title") && isCapitalisedWord(tokens.get(word + 2).text())) {
            // "A. Altland and B. D. Simons, Condensed matter field theory": the comma closes the names
            List<String> out = relabelled(labels, last + 1, word, "author");
            out.set(word + 1, Labels.OTHER);
            return out;
        }
        // "F. Stecker and M. Salamon Space Sci. Rev. 75": the journal, with no title, may follow the names too
        if (!labels.get(word + 1).equals(label) || !tokens.get(word + 1).spaceBefore() || !isCapitalisedWord(tokens.get(word + 1).text())) {
            return labels;
        }
        return relabelled(labels, last + 1, word, "author");
    }

    /**
     * Names printed given name first whose last ones were read as the title's opening, from the one after a comma to the
     * one after "and": "Sergey Ioffe, Jonathon Shlens, and Zbig-niew Wojna. Rethinking …", and after a middle initial
     * "Cherri M. Pancake and Sue Utter. Models …". The title's opening up to its first full stop is then names only,
     * the one after "and" of two to four words, and the title goes on after that stop. "Austen, J. Pride and Prejudice."
     * is left alone: its names are printed family first, and one word after "and" is no name.
     */
    static List<String> lastNamesReadIntoTitle(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("author");
        if (first < 0) {
            return labels;
        }
        int last = runEnd(labels, first);
        int n = tokens.size();
        int t = last + 1;
        boolean afterInitial;
        if (t + 1 < n && tokens.get(t).text().equals(".") && NAME_SUFFIXES.contains(tokens.get(last).text().toLowerCase(Locale.ROOT))
                && tokens.get(t + 1).text().equals(",") && !labels.get(t + 1).equals("title")) {
            // "…, Mauricio Breternitz Jr. | , Zhiwei Ying, and Youfeng Wu. Stardbt: …": after a name's suffix
            afterInitial = false;
            t += 2;
        } else if (t < n && tokens.get(t).text().equals(",") && !labels.get(t).equals("title")) {
            // "…, Sergey Ioffe, | Jonathon Shlens, and …": the names run on after the comma
            afterInitial = false;
            t++;
        } else {
            // "Cherri M. | Pancake and Sue Utter": a given name and its initial wait for their family name
            int letter = tokens.get(last).text().equals(".") ? last - 1 : last;
            if (letter - 1 < first || !isInitialLetter(tokens.get(letter).text()) || !isCapitalisedWord(tokens.get(letter - 1).text())) {
                return labels;
            }
            if (letter == last) {
                if (t >= n || !tokens.get(t).text().equals(".")) {
                    return labels;
                }
                t++;
            }
            afterInitial = true;
        }
        if (t >= n || !labels.get(t).equals("title") || !isCapitalisedWord(tokens.get(t).text())) {
            return labels;
        }
        int words = 0;
        int names = 0;
        boolean sawAnd = false;
        int end = -1;
        for (int i = t; i < n && labels.get(i).equals("title"); i++) {
            String s = tokens.get(i).text();
            if (s.equals(".")) {
                if (i > t && isInitialLetter(tokens.get(i - 1).text())) {
                    continue; // a middle initial's stop
                }
                end = i;
                break;
            }
            boolean closesName = s.equals(",") || s.equals("&") || s.equalsIgnoreCase("and");
            if (closesName) {
                if (words > 0) {
                    // each name before "and" has a given name too, but the first after a lone initial is its family name
                    if (words < 2 && !(afterInitial && names == 0) || words > 4) {
                        return labels;
                    }
                    names++;
                } else if (!(s.equalsIgnoreCase("and") && tokens.get(i - 1).text().equals(","))) {
                    return labels;
                }
                if (!s.equals(",")) {
                    if (sawAnd) {
                        return labels;
                    }
                    sawAnd = true;
                }
                words = 0;
                continue;
            }
            boolean joined = i > t && tokens.get(i - 1).text().equals("-") && !tokens.get(i).spaceBefore();
            if (s.equals("-") && !tokens.get(i).spaceBefore() || joined && isWordToken(s)) {
                continue; // "Zbig-niew", "Ho-Seop"
            }
            if (!isCapitalisedWord(s) && !isInitialLetter(s) || words == 0 && (TITLE_OPENINGS.contains(s) || DETERMINERS.contains(s))) {
                return labels; // "The Dead and Their Gifts." opens a title
            }
            words++;
        }
        if (end < 0 || !sawAnd || words < 2 || words > 4 || end + 2 >= n || !labels.get(end + 1).equals("title")
                || !labels.get(end + 2).equals("title")) {
            return labels;
        }
        List<String> out = relabelled(labels, last + 1, end - 1, "author");
        out.set(end, Labels.OTHER);
        return out;
    }

    /**
     * Vancouver's group author after the persons, or alone before the title: "Walter SD, Troyan S, for the Canadian Lung
     * Oncology Group. Outcome assessment …", "The C elegans Sequencing Consortium. Genome sequence of …". The title's
     * first sentence, when its last word names a group ("Group", "Consortium", "Collaboration", "Investigators") and
     * another sentence follows it, is the last author, as PubMed lists it.
     */
    static List<String> groupAuthorOpeningTheTitle(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int t0 = labels.indexOf("title");
        if (t0 < 0 || labels.lastIndexOf("author") > t0) {
            return labels;
        }
        int before = t0 - 1;
        while (before >= 0 && labels.get(before).equals(Labels.OTHER) && isPunctuation(tokens.get(before).text())) {
            before--;
        }
        if (before >= 0 && !labels.get(before).equals("author")) {
            return labels; // after the persons or opening the reference, not after a date or a marker
        }
        int stop = -1;
        for (int i = t0 + 1; i < n && i - t0 <= NAME_REACH && labels.get(i).equals("title"); i++) {
            if (tokens.get(i).text().equals(".")) {
                stop = i;
                break;
            }
        }
        if (stop < 0 || stop + 2 >= n || !GROUP_ENDINGS.contains(tokens.get(stop - 1).text().toLowerCase(Locale.ROOT))
                || !labels.get(stop + 1).equals("title") || !labels.get(stop + 2).equals("title")
                || !Character.isUpperCase(tokens.get(stop + 1).text().charAt(0))) {
            return labels;
        }
        for (int i = t0; i < stop; i++) {
            String t = tokens.get(i).text();
            if (t.equals(":") || t.equals("?") || t.equals("!")) {
                return labels; // "Testing: the working group." is a title's sentence
            }
        }
        List<String> out = relabelled(labels, t0, stop - 1, "author");
        out.set(stop, Labels.OTHER);
        return out;
    }

    /** The last words of a group's name: "Study Group", "Sequencing Consortium", "ALICE Collaboration". */
    static final Set<String> GROUP_ENDINGS = Set.of("group", "consortium", "collaboration", "collaborators",
            "investigators", "trialists");

    /** Whether tokens {@code from} to {@code to} hold a one-letter initial: names printed with initials. */
    private static boolean hasInitial(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (isInitialLetter(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * APA's group authors with a unit: "Australia. Department of Health and Aged Care. (1999). Mental health …", "American
     * Bar Association, Commission on Women in the Profession. (2016) A Current Glance …", "U.S. Board of Governors of the
     * Federal Reserve System. Fifty-Third Annual Report." The unit, a sentence whose head names a body ("Department",
     * "Commission", "Board"), read as the title after an organisation or a country, is the author's; where no title is
     * left, the sentence read as a report's kind after it is the title.
     */
    static List<String> unitOfGroupAuthorReadAsTitle(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int a0 = 0;
        while (a0 < n && labels.get(a0).equals(Labels.OTHER)) {
            a0++;
        }
        if (a0 >= n || a0 > 3 || !labels.get(a0).equals("author")) {
            return labels;
        }
        int a1 = runEnd(labels, a0);
        int t0 = a1 + 1;
        if (t0 + 1 >= n || !(tokens.get(t0).text().equals(".") || tokens.get(t0).text().equals(","))) {
            return labels;
        }
        t0++;
        if (!labels.get(t0).equals("title") || !BODY_HEADS.contains(tokens.get(t0).text()) || t0 + 1 >= n
                || !BODY_HEAD_LINKS.contains(tokens.get(t0 + 1).text())) {
            return labels; // "Department of", "Commission on": not "Office Politics in Ports"
        }
        int t1 = runEnd(labels, t0);
        if (t1 + 1 >= n || !tokens.get(t1 + 1).text().equals(".") || t1 - t0 > NAME_REACH) {
            return labels;
        }
        for (int i = t0; i <= t1; i++) {
            String t = tokens.get(i).text();
            if (!(isCapitalisedWord(t) || BODY_LINKS.contains(t))) {
                return labels; // "Department of Health and Aged Care": capitalised words and their links only
            }
        }
        String author = LabelRuns.text(tokens, a0, a1);
        if (!(Names.namesOrganisation(author) || Places.isCountry(author) || COUNTRY_INITIALS.contains(author))) {
            return labels;
        }
        List<String> out = relabelled(labels, a1 + 1, t1, "author");
        if (!out.contains("title")) {
            int next = t1 + 2;
            if (next < n && out.get(next).equals("genre")) {
                out = relabelled(out, next, runEnd(out, next), "title"); // "… . Fifty-Third Annual Report."
            }
        }
        return out;
    }

    /** The words that head a body's name: "Department of …", "Commission on …". */
    private static final Set<String> BODY_HEADS = Set.of("Department", "Ministry", "Board", "Commission", "Office", "Bureau",
            "Agency", "Council", "Committee", "Division", "Directorate", "Secretariat", "Administration", "Service", "Centre", "Center");

    /** The words after a body's head word: "Department of", "Commission on", "Centre for". */
    private static final Set<String> BODY_HEAD_LINKS = Set.of("of", "on", "for");

    /** The small words inside a body's name. */
    private static final Set<String> BODY_LINKS = Set.of("of", "on", "for", "and", "the", "in", "&", "-");

    /** A country's initials, printed before its bodies' names. */
    private static final Set<String> COUNTRY_INITIALS = Set.of("U.S", "U.S.", "U.K", "U.K.", "US", "UK");

    /**
     * The other way round: names printed family first with their initials ("Renaud S, De Lorgeril M.", "Yarom, A.")
     * followed by a title whose first word a comma ends ("Wine, alcohol, platelets …", "Thermodynamics, gravitational
     * anomalies …"), read as one more name. A word with no initials after names that all had theirs is the title's.
     */
    static List<String> titleFirstWordReadAsAuthor(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("author");
        if (first < 0) {
            return labels;
        }
        int w = runEnd(labels, first);
        if (w - first < 3 || w + 2 >= tokens.size() || !isCapitalisedWord(tokens.get(w).text()) || isAllCaps(tokens.get(w).text())
                || !tokens.get(w - 1).text().equals(".") || !isInitials(tokens.get(w - 2).text()) || tokens.get(w - 1).spaceBefore()) {
            return labels;
        }
        String after = tokens.get(w + 1).text();
        boolean titleGoesOn = (after.equals(",") || after.equals(":")) && labels.get(w + 2).equals("title")
                && !isInitialLetter(tokens.get(w + 2).text());
        // Vancouver's one-word title before the journal, "Roe RA, Lee K, Kim S. Silt. J Ports. 2003;1:1-9.": no title labelled
        boolean wholeTitle = after.equals(".") && labels.get(w + 2).equals("container-title") && !labels.contains("title");
        // a shorter list, "Smith J. Ports. London: Routledge; 2019.", has the shape of "Jørgen E. Andersen. …"; with no
        // title labelled, Vancouver's ";" before the year tells it (the book's imprint, or the journal's "2001;24:5-15")
        boolean vancouverBook = !labels.contains("title") && after.equals(".") && vancouverNames(tokens, first, w - 2)
                && (labels.get(w + 2).equals("publisher-place") || labels.get(w + 2).equals("container-title"))
                && semicolonBeforeDate(tokens, labels, w + 2);
        if (!(titleGoesOn || wholeTitle || vancouverBook) || !vancouverBook && !isFamilyFirstList(tokens, first, w - 2)) {
            return labels;
        }
        List<String> out = relabelled(labels, w, titleGoesOn ? w + 1 : w, "title");
        out.set(w - 1, Labels.OTHER);
        return out;
    }

    /**
     * "Manetti, Giovanni 1993. Theories of …" and "Ornan, Uzzi 1983.": an inverted name's given name, printed right
     * before the year with no stop, read into the date. A known given name there is the author's, unless it names a month
     * or a season.
     */
    static List<String> givenNameReadAsDate(List<Token> tokens, List<String> labels) {
        if (labels.isEmpty() || !labels.get(0).equals("author")) {
            return labels;
        }
        int a1 = runEnd(labels, 0);
        int given = a1 + 2;
        if (given + 1 >= tokens.size() || !tokens.get(a1 + 1).text().equals(",") || !labels.get(a1 + 1).equals(Labels.OTHER)
                || !labels.get(given).equals("date") || !labels.get(given + 1).equals("date")
                || !isCapitalisedWord(tokens.get(given).text()) || !LabelRuns.isDigits(tokens.get(given + 1).text())
                || !io.github.citekit.internal.extract.GivenNames.contains(tokens.get(given).text())
                || Dates.isMonthOrSeason(tokens.get(given).text())) {
            return labels; // "Autumn", "June" and "May" are given names too, and a date's here
        }
        return relabelled(labels, a1 + 1, given, "author");
    }

    /**
     * The World Bank's and the IMF's author–date form, "IMF (International Monetary Fund). 2021. World Economic Outlook: …",
     * "World Bank (WB). 2018. …": an organisation's acronym and its name in brackets (either way round), a full stop, the
     * year and a full stop. The labeller, which rarely sees the year stand alone after a bracket, reads all of it into
     * the title; the organisation is the author and the year the date.
     */
    static List<String> acronymAndNameBeforeTheYear(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        if (n < 10 || labels.contains("author") || !Character.isUpperCase(tokens.get(0).text().charAt(0))) {
            return labels; // an author read elsewhere ("… Diffusion Sampler Group. April."): the opening is its publisher
        }
        int open = 1;
        while (open < Math.min(n, 10) && !tokens.get(open).text().equals("(")) {
            if (!isCapitalisedWord(tokens.get(open).text()) && !isAllCaps(tokens.get(open).text()) && !SMALL_WORDS.contains(tokens.get(open).text())) {
                return labels;
            }
            open++;
        }
        int close = open + 1;
        while (close < Math.min(n, open + 12) && !tokens.get(close).text().equals(")")) {
            close++;
        }
        if (open >= n || close + 3 >= n || !tokens.get(close).text().equals(")") || !tokens.get(close + 1).text().equals(".")
                || !Features.isYear(tokens.get(close + 2).text()) || !tokens.get(close + 3).text().equals(".")) {
            return labels;
        }
        boolean acronymFirst = isAllCaps(tokens.get(0).text()) && open == 1;
        boolean acronymInside = close == open + 2 && isAllCaps(tokens.get(open + 1).text());
        if (!acronymFirst && !acronymInside) {
            return labels; // "Smith (Ed.). 2021.": no organisation's acronym
        }
        List<String> out = relabelled(labels, 0, close, "author");
        out.set(close + 1, Labels.OTHER);
        out.set(close + 2, "date");
        out.set(close + 3, Labels.OTHER);
        return out;
    }

    /** The small words of an organisation's name: "Conference on Trade and Development". */
    private static final Set<String> SMALL_WORDS = Set.of("of", "on", "and", "for", "the", "&");

    /**
     * German Wikipedia's form, "Hans Müller: Schlick in kleinen Häfen. In: Die Küste. Band 75, 2009.": one person named
     * given name first, a colon, then the title. The labeller reads the name into the title when no second name follows;
     * a known given name, one or two capitalised words (and particles) after it and the colon make the author.
     */
    static List<String> givenFirstNameBeforeColonReadAsTitle(List<Token> tokens, List<String> labels) {
        if (tokens.size() < 6 || !labels.get(0).equals("title") || labels.contains("author")
                || !io.github.citekit.internal.extract.GivenNames.contains(tokens.get(0).text())) {
            return labels;
        }
        int colon = -1;
        for (int i = 1; i < Math.min(tokens.size() - 1, 7); i++) {
            String t = tokens.get(i).text();
            if (t.equals(":")) {
                colon = i;
                break;
            }
            boolean nameWord = isCapitalisedWord(t) || isInitialLetter(t) || t.equals(".") && isInitialLetter(tokens.get(i - 1).text())
                    || io.github.citekit.internal.extract.Names.isParticle(t);
            if (!nameWord || !labels.get(i).equals("title")) {
                return labels;
            }
        }
        if (colon < 2 || !isCapitalisedWord(tokens.get(colon - 1).text()) || !labels.get(colon + 1).equals("title")) {
            return labels;
        }
        List<String> out = relabelled(labels, 0, colon - 1, "author");
        out.set(colon, Labels.OTHER);
        return out;
    }

    /**
     * German bibliographies (DIN 1505): "Müller, Klaus: Hafenwirtschaft im Wandel. 3. Aufl. Berlin: Springer,
     * 2015." and "Schmidt, A.; Weber, B.: Logistik im Wandel. In: …": inverted names, a colon, then the title
     * up to the first full stop, and an edition ("3. Aufl.") after it. The labeller, which rarely sees the
     * colon there, reads the given name into the title or the title as a publisher.
     */
    static List<String> titleAfterNamesColon(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        if (n < 6 || !tokens.get(1).text().equals(",")) {
            return labels;
        }
        int colon = -1;
        for (int i = 2; i < Math.min(n, 24); i++) {
            if (tokens.get(i).text().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return labels;
        }
        // the names, as printed: from the first token to the colon
        if (!NAMES_THEN_COLON.matcher(LabelRuns.text(tokens, 0, colon) + " ").lookingAt()) {
            return labels;
        }
        int end = colon + 1;
        while (end < n && !tokens.get(end).text().equals(".")) {
            if (labels.get(end).equals("container-title") || labels.get(end).equals("date") || tokens.get(end).text().equals(":")) {
                return labels; // "Smith, J.: Journal 12 (2001)": no title of its own
            }
            end++;
        }
        if (end >= n || end == colon + 1) {
            return labels;
        }
        List<String> out = relabelled(relabelled(labels, 0, colon - 1, "author"), colon + 1, end - 1, "title");
        out.set(colon, Labels.OTHER);
        int e = end + 1; // "3. Aufl.", "2., überarb. Aufl." right after the title: its edition
        if (e + 2 < n && tokens.get(e).text().chars().allMatch(Character::isDigit) && tokens.get(e + 1).text().equals(".")
                && tokens.get(e + 2).text().toLowerCase(Locale.ROOT).startsWith("aufl")) {
            out = relabelled(out, e, e + 2, "edition");
        }
        return out;
    }

    /** Inverted names and a colon: "Müller, Klaus:", "Schmidt, A.; Weber, B.:", "Keupp, H./Röhrle, B.:". */
    private static final Pattern NAMES_THEN_COLON = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’-]+,\\s(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)"
            + "(?:\\s?(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){0,2}(?:\\s*[;/]\\s*|\\s+(?:und|and|u\\.|&)\\s+)?)+?\\s*:\\s");

    /** What follows a family name after a comma as part of it: "A. A. Alves, Jr.", "E. W. GARBISCH, JR." */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "jun", "sen");

    /** Words that open a title as often as they are a name: left to the title. */
    private static final Set<String> TITLE_OPENINGS = Set.of("The", "A", "An", "On", "In", "Of", "For", "To", "Towards",
            "Toward", "From", "New", "How", "Why", "What", "When", "Is", "Are", "Do", "Does", "Can", "Some", "Note", "Notes");

    /** Words that open a noun phrase, and so no name: "The Dead and Their Gifts". */
    private static final Set<String> DETERMINERS = Set.of("His", "Her", "Its", "Their", "Our", "My", "Your", "This", "That",
            "These", "Those", "Every", "All", "Other");

    /** Whether tokens up to {@code end} end with an acronym in parentheses: "… Development (UNCTAD)". */
    private static boolean endsWithAcronym(List<Token> tokens, int end) {
        return end >= 2 && tokens.get(end).text().equals(")") && tokens.get(end - 2).text().equals("(")
                && tokens.get(end - 1).text().length() >= 2 && tokens.get(end - 1).text().chars().allMatch(Character::isUpperCase);
    }

    /** An initial, or a given name shortened to two or three letters, with its full stop: "J.", "Th.", "Ch.", "Yu.". */
    private static boolean isAbbreviatedGivenName(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (t.length() > 3 || i + 1 >= tokens.size() || !Character.isUpperCase(t.charAt(0)) || !tokens.get(i + 1).text().equals(".")) {
            return false;
        }
        for (int k = 1; k < t.length(); k++) {
            if (!Character.isLowerCase(t.charAt(k))) {
                return false; // "Th", "Yu", not "USA"
            }
        }
        return true;
    }

    private static boolean isCollaborationWord(String t) {
        for (String w : COLLABORATION_WORDS) {
            if (t.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code first} to {@code initials} are Vancouver's names: a family name and its initials, each, between commas. */
    private static boolean vancouverNames(List<Token> tokens, int first, int initials) {
        int i = first;
        while (i + 1 <= initials && isCapitalisedWord(tokens.get(i).text()) && isInitials(tokens.get(i + 1).text())) {
            if (i + 1 == initials) {
                return true;
            }
            if (!tokens.get(i + 2).text().equals(",")) {
                return false;
            }
            i += 3;
        }
        return false;
    }

    /** Whether a ";" right before a date follows token {@code from}: "London: Routledge; 2019", "Estuaries. 2001;24". */
    private static boolean semicolonBeforeDate(List<Token> tokens, List<String> labels, int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(";") && (labels.get(i + 1).equals("date") || i > 0 && labels.get(i - 1).equals("date"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether names from {@code first} to the initials at {@code initials} are printed family first, up to the last:
     * the list opens with a family name and its initials or a comma ("Renaud S,", "Jensen, K."), holds more than one
     * name, and the last initials follow a family name ("Yarom, A.", "De Lorgeril M."), not "and" as in Chicago's
     * "Jia, R.-Q., and J. Lei", whose later names are printed initials first.
     */
    private static boolean isFamilyFirstList(List<Token> tokens, int first, int initials) {
        String second = tokens.get(first + 1).text();
        if (!isCapitalisedWord(tokens.get(first).text()) || !(second.equals(",") || isInitials(second))) {
            return false;
        }
        if (!second.equals(",") && tokens.get(first + 2).text().equals(".")) {
            return false; // "Jørgen E. Andersen": a given name and an initial, not Vancouver's "Renaud S,"
        }
        int g = initials;
        while (g - 2 > first && tokens.get(g - 1).text().equals(".") && isInitialLetter(tokens.get(g - 2).text())) {
            g -= 2;
        }
        boolean more = false;
        for (int i = first + 1; i < g; i++) {
            String t = tokens.get(i).text();
            more |= t.equals(",") && i > first + 2 || t.equals("&") || t.equalsIgnoreCase("and");
        }
        String before = tokens.get(g - 1).text();
        boolean afterFamily = before.equals(",") ? isCapitalisedWord(tokens.get(g - 2).text()) : g == initials && isCapitalisedWord(before);
        return more && afterFamily;
    }

    /** Whether tokens {@code from} to {@code to} hold a word that names a group of authors: "LCTPC Collaboration". */
    private static boolean namesGroup(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (GROUP_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens up to {@code end} name a journal or magazine ("Bulletin of the … Society"). */
    private static boolean namesPeriodical(List<Token> tokens, int end) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= end; i++) {
            run.append(tokens.get(i).text()).append(' ');
        }
        return PERIODICAL_WORD.matcher(run).find();
    }

    /** Words that name a group of authors wherever it stands: wider than {@link #COLLABORATION_WORDS}, which open physics' lists. */
    private static final Set<String> GROUP_WORDS = Set.of("collaboration", "collaborations", "group", "team", "consortium",
            "committee", "investigators", "project");

    /** The words that close a collaboration's name: "ALICE Collaboration", "Double Chooz Collab.", "Particle Data Group". */
    private static final List<String> COLLABORATION_WORDS = List.of("collaboration", "collaborations", "collab", "group", "consortium");

    /** A run of one to three capitals that initials print as ("M", "KP", "RHW"). */
    private static boolean isInitials(String t) {
        return !t.isEmpty() && t.length() <= 3 && isAllCaps(t);
    }

}
