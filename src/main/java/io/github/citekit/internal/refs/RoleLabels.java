package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.LabelRuns.isAllCaps;
import static io.github.citekit.internal.refs.LabelRuns.isCapitalisedWord;
import static io.github.citekit.internal.refs.LabelRuns.isInitialLetter;
import static io.github.citekit.internal.refs.LabelRuns.relabelled;
import static io.github.citekit.internal.refs.LabelRuns.runEnd;
import static io.github.citekit.internal.refs.ReferenceWords.NAME_REACH;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules over the labels that give names the role the marks beside them say: editors and translators ("Hrsg. von",
 * "Ed. William L. Andrews", "(R. Chellappa, ed.)", "Trans. W. D. Ross", "Richard Stokes (trans.)") that the labeller
 * read as more authors or as the host, and a film's director ("Dir. Roland Emmerich."). {@link ReferenceParser} runs
 * them over the labeller's output in its order.
 */
final class RoleLabels {
    private RoleLabels() {
    }

    /**
     * Names after a mark that makes them editors ("Die Häfen. Hrsg. von L. Brandt.", "Dans Coastal processes. Éditeur :
     * L. Brandt.", "Title. Ed. William L. Andrews.") or translators ("Trans. W. D. Ross", ", trans. Gerald M. Browne")
     * are theirs, wherever the labeller read them as more authors; so are the rest of an editors' list read so.
     */
    static List<String> editorsAfterTheirMark(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("author");
        if (first < 0) {
            return labels;
        }
        List<String> out = labels;
        int start = runEnd(labels, first) + 1;
        while (true) {
            while (start < tokens.size() && !out.get(start).equals("author")) {
                start++;
            }
            if (start >= tokens.size()) {
                return out;
            }
            out = laterNamesAfterTheirMark(tokens, out, start);
            start = runEnd(out, start) + 1;
        }
    }

    /** The names of the author run at {@code start}, not the first, as editors or translators where a mark says so. */
    private static List<String> laterNamesAfterTheirMark(List<Token> tokens, List<String> labels, int start) {
        if (start < 2) {
            return labels;
        }
        // the mark may have been read into the names: "von" of "Hrsg. von" taken as a particle
        int names = start;
        if (tokens.get(names).text().equalsIgnoreCase("von") || tokens.get(names).text().equalsIgnoreCase("by")) {
            names++;
        }
        if (names >= tokens.size() || !labels.get(names).equals("author")) {
            return labels;
        }
        String before = LabelRuns.text(tokens, Math.max(0, names - 6), names - 1);
        String role;
        if (EDITORS_NAMED_AFTER.matcher(before).find()) {
            role = "editor";
        } else if (TRANSLATORS_NAMED_AFTER.matcher(before).find()) {
            role = "translator";
        } else if (continuesEditors(tokens, labels, start)) {
            role = "editor"; // "Edited by Sculley Bradley, | Richmond Croom Beatty, …": the list goes on
        } else {
            return labels;
        }
        List<String> out = relabelled(labels, names, runEnd(labels, names), role);
        for (int i = start; i < names; i++) {
            out.set(i, Labels.OTHER);
        }
        return out;
    }


    /**
     * A film as MLA cites it: "The Day after Tomorrow. Dir. Roland Emmerich. Perf. Dennis Quaid, Jake Gyllenhaal.
     * Twentieth-Century Fox, Beverly Hills, Calif., 2004." The sentence after "Dir." names the director; the credits
     * after it ("Perf.", "Prod.", "Screenplay") are a note; the studio up to its comma is the publisher; and what stands
     * before "Dir." is the title. The labeller, which has seen few films, reads the credits as a host or as authors.
     */
    static List<String> filmCredits(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int dir = -1;
        for (int i = 2; i + 2 < n && i < FILM_REACH; i++) { // "Dir." follows the title
            String mark = tokens.get(i + 1).text();
            if (tokens.get(i).text().equals("Dir") && tokens.get(i - 1).text().equals(".") && (mark.equals(".") || mark.equals(","))) {
                dir = i;
                break;
            }
        }
        if (dir < 0) {
            return labels;
        }
        int end = sentenceEnd(tokens, dir + 2);
        if (end <= dir + 2) {
            return labels;
        }
        int start = 0;
        while (start < dir && labels.get(start).equals(Labels.OTHER)) {
            start++; // "[3] " before the title
        }
        // what stands before "Dir." is the title where it is one sentence; "Okafor, Kofi. Harbour Night. Dir. …" keeps its names
        List<String> out = sentenceEnd(tokens, start) == dir - 1 ? relabelled(labels, start, dir - 2, "title") : labels;
        out = relabelled(out, dir - 1, dir + 1, Labels.OTHER);
        out = relabelled(out, dir + 2, end - 1, Labels.DIRECTOR);
        out.set(end, Labels.OTHER);
        int s = end + 1;
        while (s + 1 < n && FILM_CREDITS.contains(tokens.get(s).text()) && (tokens.get(s + 1).text().equals(".") || tokens.get(s + 1).text().equals(","))) {
            int e = sentenceEnd(tokens, s + 2);
            if (e < 0) {
                return out;
            }
            out = relabelled(out, s, e - 1, "note");
            out.set(e, Labels.OTHER);
            s = e + 1;
        }
        int e = s;
        while (e < n && !tokens.get(e).text().equals(",") && !tokens.get(e).text().equals(".") && !labels.get(e).equals("date")) {
            e++;
        }
        if (e > s && e < n && isCapitalisedWord(tokens.get(s).text())) {
            out = relabelled(out, s, e - 1, "publisher"); // "Twentieth-Century Fox,"
        }
        return out;
    }

    /**
     * A film as APA cites it: "Barron, D., Heyman, D. (Producers), & Yates, D. (Director). (2009). Harry Potter …
     * [Motion picture]." Each group of names before the date takes the role its bracket names: the director's
     * ("Director", "Writer/Director") or the producers' ("Producer", "Executive Producer"). The labeller, which has
     * seen few films, reads them as authors or leaves them out; the brackets and the links between the groups belong
     * to no field.
     */
    static List<String> filmRolesInBrackets(List<Token> tokens, List<String> labels) {
        int date = labels.indexOf("date");
        int title = labels.indexOf("title");
        if (date < 0 || title >= 0 && title < date) {
            return labels;
        }
        List<String> out = labels;
        int from = 0;
        while (from < date && labels.get(from).equals(Labels.OTHER)) {
            from++;
        }
        int start = from;
        for (int i = from; i + 2 < date; i++) {
            if (!tokens.get(i).text().equals("(")) {
                continue;
            }
            int close = i + 1;
            String role = null;
            boolean other = false;
            boolean writes = false;
            while (close < date && !tokens.get(close).text().equals(")")) {
                String w = tokens.get(close).text().toLowerCase(java.util.Locale.ROOT);
                if (w.startsWith("director")) {
                    role = Labels.DIRECTOR;
                } else if (w.startsWith("producer")) {
                    role = role == null ? Labels.PRODUCER : role;
                } else if (!FILM_ROLE_WORDS.contains(w)) {
                    other = true;
                }
                writes |= AUTHORS_ROLE_WORDS.contains(w);
                close++;
            }
            if (role == null && writes && !other && close < date && i > start && namesAFilmRole(tokens, close, date)) {
                role = "author"; // "Villa, L. (Writer), & Gore, K. (Director).": beside another role, the writer is the author
            }
            if (role == null || other || close >= date || i == start) {
                return labels; // "(Writer)" alone, or a bracket that names no film role, is left as read
            }
            for (int k = start; k < i; k++) {
                String t = tokens.get(k).text();
                if (!(labels.get(k).equals("author") || labels.get(k).equals("editor")
                        || labels.get(k).equals(Labels.OTHER) && (LabelRuns.isPunctuation(t) || isCapitalisedWord(t) || isInitialLetter(t)))) {
                    return labels;
                }
            }
            out = relabelled(out, start, i - 1, role);
            out = relabelled(out, i, close, Labels.OTHER);
            start = close + 1;
            while (start < date && (tokens.get(start).text().equals(",") || tokens.get(start).text().equals("&")
                    || tokens.get(start).text().equalsIgnoreCase("and"))) {
                out.set(start, Labels.OTHER);
                start++;
            }
            i = close;
        }
        return out;
    }

    /** Whether a director or producer is named from {@code from} to {@code to}. */
    private static boolean namesAFilmRole(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (w.startsWith("Director") || w.startsWith("Producer")) {
                return true;
            }
        }
        return false;
    }

    /** The words besides "Director" and "Producer" that a film's role bracket holds: "Writer/Director", "Executive Producer". */
    private static final Set<String> FILM_ROLE_WORDS = Set.of("writer", "writers", "/", "executive", "and", "&", ",", "host", "hosts");
    /** The words of a bracket that make its names the authors: "(Writer)", "(Host)". */
    private static final Set<String> AUTHORS_ROLE_WORDS = Set.of("writer", "writers", "host", "hosts");

    /** The full stop at or after {@code from} that ends a sentence, not an initial's ("Bill W. Kurtis."), or -1. */
    private static int sentenceEnd(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size(); j++) {
            if (tokens.get(j).text().equals(".") && !(j > from && isInitialLetter(tokens.get(j - 1).text()))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A book's editors and translators named after their mark in the humanities' styles, "In Famulus Christi, ed. Gerald
     * Bonner. London, 1976", "The Electronic Text Center. Ed. David Seaman. 1998", "Trans. Christine Richardson.",
     * ", tr. W. Rehg (Cambridge …", "Übersetzt von Johann Jancke.", or inside brackets, "(Eds D Armitage, F Berkes)",
     * and before a bracketed mark, "(R. Chellappa, ed.)", "…, Richard Stokes (trans.) (Ithaca …": the names are theirs,
     * however the labeller read them, when each is a person (an initial, or a known given name first); a host read as
     * editors before the mark is the container (the title, where it opens the reference: "Ghost Stories. Ed. Peter
     * Washington."). An edition's "ed." ("2nd ed.", "rev. ed.") names no one.
     */
    static List<String> namesAroundEditorMark(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int m = 1; m + 1 < n; m++) {
            String word = tokens.get(m).text();
            char c = word.charAt(0);
            if (c != 'e' && c != 'E' && c != 't' && c != 'T' && c != 'u' && c != 'U' && c != 'ü' && c != 'Ü') {
                continue; // most tokens, at a glance
            }
            String role = roleMarked(word);
            String before = tokens.get(m - 1).text();
            String after = tokens.get(m + 1).text();
            boolean stop = after.equals(".");
            boolean postfix = before.equals("(") && stop && m + 2 < n && tokens.get(m + 2).text().equals(")");
            boolean inHost = labels.get(m).equals("container-title");
            if (role == null || labels.get(m).equals("edition") || inHost && !postfix && !opensHostOfNames(tokens, labels, m)) {
                continue; // "2nd ed.", "Phil. Trans. Roy. Soc."
            }
            if (postfix && m < 2) {
                continue; // "(Eds.), Well-Being: …", an entry cut after its names: none before the mark to read
            }
            if (postfix) {
                // "…, Richard Stokes (trans.)": the names from the comma before them
                int from = m - 2;
                while (from > 0 && !tokens.get(from - 1).text().equals(",") && !tokens.get(from - 1).text().equals("(")
                        && m - from <= NAME_REACH) {
                    from--;
                }
                while (from < m - 1 && QUOTES.indexOf(tokens.get(from).text().charAt(0)) >= 0) {
                    from++; // "…,” Daphne Ellis (trans.)": the title's closing quote after its comma
                }
                boolean titled = labels.subList(0, from).contains("title") || labels.subList(0, from).contains("container-title");
                // read into the host, the names must open it and the host go on after the mark: "Daphne Ellis (trans.), Wagner"
                boolean hostAfter = !inHost || from > 0 && !labels.get(from - 1).equals("container-title")
                        && m + 4 < n && tokens.get(m + 3).text().equals(",") && labels.get(m + 4).equals("container-title");
                if (titled && hostAfter && from < m - 1 && namesEnd(tokens, from) == m - 1 && eachIsAPerson(tokens, from, m - 1)) {
                    List<String> out = relabelled(relabelled(labels, from, m - 2, role), m - 1, inHost ? m + 3 : m + 2, Labels.OTHER);
                    // "Reprinted in Psychological Monographs, J.F. Dashiell (ed.)": the host before the names
                    // the next mark may name others: "Michael Holquist (ed.), Caryl Emerson (trans.)"
                    labels = role.equals("editor") && from >= 2 && !personsBefore(tokens, labels, from - 2)
                            ? hostBeforeMark(tokens, out, from - 2) : out;
                }
                continue;
            }
            if (before.equals(",") && stop && m + 2 < n && tokens.get(m + 2).text().equals(")")) {
                // "(R. Chellappa, ed.)": the names from the bracket's opening
                int open = m - 2;
                while (open >= 0 && !tokens.get(open).text().equals("(")) {
                    open--;
                }
                if (open >= 0 && namesEnd(tokens, open + 1) == m - 1 && eachIsAPerson(tokens, open + 1, m - 1)) {
                    List<String> out = relabelled(labels, open + 1, m - 2, role);
                    out.set(open, Labels.OTHER);
                    return relabelled(out, m - 1, m + 2, Labels.OTHER);
                }
                continue;
            }
            int from;
            if (stop && (before.equals(",") || before.equals(".") || before.equals("("))) {
                from = m + 2;
            } else if (before.equals("(") && word.equals("Eds")) {
                from = m + 1; // "(Eds D Armitage, …)"
            } else if ((after.equalsIgnoreCase("by") || after.equalsIgnoreCase("von") || after.equalsIgnoreCase("par"))
                    && (word.length() > 3 || m + 2 < n && tokens.get(m + 2).text().equals("par"))) {
                from = m + 2; // "translated by", "Übersetzt von", "trad. par"
            } else {
                continue;
            }
            if (word.length() <= 3 && m + 2 < n && tokens.get(m + 2).text().equalsIgnoreCase("par")) {
                from = m + 3;
            }
            int end = namesEnd(tokens, from);
            String close = end < n ? tokens.get(end).text() : ".";
            boolean closed = close.equals(".") || close.equals(")") || close.equals("(");
            // "Leach, Neil, ed. Rethinking Architecture": names before the mark, a title after it
            boolean afterNames = before.equals(",") && m >= 2 && (labels.get(m - 2).equals("author") || isInitialLetter(tokens.get(m - 2).text()));
            if (end > from && closed && !afterNames && eachIsAPerson(tokens, from, end)) {
                int markStart = m;
                if (m >= 2 && tokens.get(m - 1).text().equalsIgnoreCase("and") && tokens.get(m - 2).text().equalsIgnoreCase("edited")) {
                    // "Edited and translated by Donald Nicholson-Smith": the editor, who is the translator too (see
                    // ReferenceParser's reading of the names)
                    role = "editor";
                    markStart = m - 2;
                }
                List<String> out = relabelled(labels, from, end - 1, role);
                out = relabelled(out, markStart, from - 1, Labels.OTHER);
                return role.equals("editor") && markStart == m ? hostBeforeMark(tokens, out, m - 2) : out;
            }
        }
        return labels;
    }

    /**
     * Chapters in the styles of continental Europe, "In: Schmidt, P./Weber, K. (Hg.): Handbuch der Häfen.", "En: Pérez, Ana
     * (ed.). Los puertos de España.", "In: K. de Vries (red.), Handboek havens", "W: Kowalski, A. (red.), Porty polskie",
     * and Vancouver's "In: Schiff ER, Sorrell MF, editors. Schiff's Diseases of the Liver.": the
     * names between "In" ("En", "Dans", "Em", "W:") and their bracketed mark are the editors, however the labeller read them (it
     * left them out where "/" parts them); the words after the mark, read as more editors or as a second title, are the
     * book, the container.
     */
    static List<String> editorsBetweenInAndTheirMark(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int i = 1; i + 4 < n; i++) {
            String word = tokens.get(i).text();
            char first = word.charAt(0);
            if (word.length() > 4 || first != 'I' && first != 'i' && first != 'E' && first != 'e' && first != 'D' && first != 'd'
                    && first != 'W') {
                continue; // most tokens, at a glance
            }
            boolean colon = tokens.get(i + 1).text().equals(":");
            if (!(IN_WORDS.contains(word) || word.equals("W") && colon) || !HOST_OPENS_AFTER.contains(tokens.get(i - 1).text())) {
                continue; // after a stop, a comma, a bracket or a quotation mark; not a title's "Readings in Planning"
            }
            int from = colon ? i + 2 : i + 1;
            int open = from;
            boolean named = false;
            while (open < n && open - from <= NAME_REACH * 3 && !tokens.get(open).text().equals("(")) {
                String t = tokens.get(open).text();
                if (isCapitalisedWord(t) && !IN_WORDS.contains(t)) {
                    named = true;
                } else if (!(isInitialLetter(t) || t.equals(".") || t.equals(",") || t.equals("/") || t.equals(";") || t.equals("-")
                        || t.equals("&") || t.equals("and") || t.equals("und") || t.equals("et") || t.equals("y") || NAME_PARTICLES.contains(t))) {
                    break;
                }
                open++;
            }
            int close;
            if (named && open + 1 < n && VANCOUVER_EDITOR_MARKS.contains(tokens.get(open).text()) && tokens.get(open - 1).text().equals(",")
                    && tokens.get(open + 1).text().equals(".") && vancouverNames(tokens, from, open - 1)) {
                close = open + 1; // Vancouver's "In: Schiff ER, Sorrell MF, editors. Schiff's Diseases of the Liver."
                open--;
            } else if (!named || open + 2 >= n || !tokens.get(open).text().equals("(")
                    || !BRACKETED_EDITOR_MARKS.contains(tokens.get(open + 1).text())) {
                continue;
            } else {
                close = tokens.get(open + 2).text().equals(".") ? open + 3 : open + 2;
                if (close >= n || !tokens.get(close).text().equals(")")) {
                    continue;
                }
            }
            int last = open - 1;
            while (last > from && (tokens.get(last).text().equals(",") || tokens.get(last).text().equals("/"))) {
                last--;
            }
            List<String> out = relabelled(relabelled(relabelled(labels, i, from - 1, Labels.OTHER), from, last, "editor"),
                    last + 1, close, Labels.OTHER);
            int host = close + 1;
            while (host < n && (tokens.get(host).text().equals(",") || tokens.get(host).text().equals(":")
                    || tokens.get(host).text().equals("."))) {
                out.set(host, Labels.OTHER);
                host++;
            }
            String read = host < n ? labels.get(host) : "";
            if (read.equals("editor") || read.equals("title") && labels.subList(0, i).contains("title")) {
                for (int k = host; k < n && labels.get(k).equals(read); k++) {
                    out.set(k, "container-title");
                }
            }
            return out.equals(labels) ? labels : out;
        }
        return labels;
    }

    /**
     * Whether the tokens from {@code from} up to {@code to} (exclusive) are Vancouver's names, each a family name and its
     * initials run together, "Schiff ER, Sorrell MF": not a book's title before an "eds." that names editors after it.
     */
    private static boolean vancouverNames(List<Token> tokens, int from, int to) {
        boolean initials = false;
        int words = 0;
        for (int k = from; k <= to; k++) {
            String t = k < to ? tokens.get(k).text() : ",";
            if (t.equals(",")) {
                if (!initials || words > 4) {
                    return false; // a name is a family name of a word or two and its initials
                }
                initials = false;
                words = 0;
            } else {
                words++;
                initials = t.length() <= 3 && isAllCaps(t) && k > from && isCapitalisedWord(tokens.get(k - 1).text());
            }
        }
        return true;
    }

    /** Vancouver's editor marks after the names and a comma: "editors.", "editor.", and the short "eds.", "ed.". */
    private static final Set<String> VANCOUVER_EDITOR_MARKS = Set.of("editors", "editor", "eds", "ed");

    /** What stands before the word that opens a chapter's host: ". In:", ", in", "(145-164) in", "’ in". */
    private static final Set<String> HOST_OPENS_AFTER = Set.of(".", ",", ")", ":", "’", "”", "\"", "'", "»");

    /** The words that open a chapter's host: "In", German's and Dutch's too, Spanish "En", French "Dans" (Polish "W:" apart). */
    /** The words a chapter's book is introduced with: English's and German's "In", Spanish's "En", French's "Dans", Portuguese's "Em". */
    static final Set<String> IN_WORDS = Set.of("In", "in", "En", "en", "Dans", "dans", "Em", "em");

    /**
     * The bracketed marks after editors' names: German "Hg.", "Hrsg.", "Hgg.", French "éd.", "éds", "dir.", English "Eds.",
     * Portuguese "Org.", Dutch's and Polish "red.", Spanish "comp.".
     */
    static final Set<String> BRACKETED_EDITOR_MARKS = Set.of("Hg", "Hrsg", "Hgg", "hg", "hrsg", "éd", "éds", "dir", "Dir",
            "Ed", "Eds", "ed", "eds", "coord", "coords", "org", "orgs", "Org", "Orgs", "red", "Red", "comp", "comps");

    /**
     * Whether the mark at {@code m}, read as the container, opens it and what follows it there is names to the
     * container's end: "Theories of the Sign. Trans. Christine Richardson. Bloomington", not "Phil. Trans. Roy. Soc.".
     */
    private static boolean opensHostOfNames(List<Token> tokens, List<String> labels, int m) {
        if (!labels.get(m - 1).equals(Labels.OTHER) || m + 2 >= tokens.size() || !tokens.get(m + 1).text().equals(".")) {
            return false;
        }
        int end = namesEnd(tokens, m + 2);
        return end > m + 2 && runEnd(labels, m) == end - 1 && eachIsAPerson(tokens, m + 2, end);
    }

    /**
     * The humanities' "Bourdieu, Pierre, Homo Academicus, Peter Collier (trans.) (Stanford …, 1988)", "Baudelaire, Charles,
     * Oeuvres complètes, Y.-G. Le Dantec (ed.) (Paris: …)" and "Debussy, Claude, Pelléas et Mélisande (New York: …)": with
     * no title read, a name printed family name first with its full given name, then words that are no person's (two or
     * more, the first no known given name), all read as the author. The words to the next comma or bracket are the title;
     * names after it up to their bracketed mark ("(ed.)", "(eds.)", "(trans.)") are the editors or translators.
     */
    static List<String> titleAfterInvertedNameReadAsAuthor(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        if (n < 8 || !labels.get(0).equals("author") || !tokens.get(1).text().equals(",") || labels.contains("title")
                || !isCapitalisedWord(tokens.get(0).text()) || !isCapitalisedWord(tokens.get(2).text())) {
            return labels;
        }
        int start = 3;
        while (start < n && (isInitialLetter(tokens.get(start).text()) || tokens.get(start).text().equals("."))) {
            start++; // "Stott, Douglas W.,"
        }
        if (start + 2 >= n || !tokens.get(start).text().equals(",") || !labels.get(start + 1).equals("author")) {
            return labels;
        }
        start++;
        String first = tokens.get(start).text();
        if (!Character.isUpperCase(first.charAt(0)) || isInitialLetter(first)
                || io.github.citekit.internal.extract.GivenNames.contains(first)) {
            return labels;
        }
        int end = start; // the title's last token
        while (end + 1 < n && !tokens.get(end + 1).text().equals(",") && !tokens.get(end + 1).text().equals("(")
                && !tokens.get(end + 1).text().equals(".") && end - start < NAME_REACH) {
            end++;
        }
        if (end == start || end + 1 >= n) {
            return labels; // one word: "Smith, John, Brown, Karl" lists names
        }
        if (LabelRuns.text(tokens, start, end).contains(":")) {
            // after a colon the subtitle may list: "Händels Rinaldo: Geschichte, Werk, Wirkung (Neuhausen: …)"
            int bracket = end + 1;
            while (bracket < n && !tokens.get(bracket).text().equals("(") && !tokens.get(bracket).text().equals(".")
                    && bracket - start < NAME_REACH) {
                bracket++;
            }
            if (bracket < n && tokens.get(bracket).text().equals("(")) {
                end = bracket - 1;
            }
        }
        int authors = runEnd(labels, 0);
        if (tokens.get(end + 1).text().equals("(")) {
            return authors <= end ? relabelled(labels, start, end, "title") : labels;
        }
        if (!tokens.get(end + 1).text().equals(",")) {
            return labels;
        }
        // names after the title, then their mark: "…, Peter Collier (trans.)"
        int names = end + 2;
        int close = namesEnd(tokens, names);
        if (close <= names || close + 3 >= n || !tokens.get(close).text().equals("(") || !tokens.get(close + 2).text().equals(".")
                || !tokens.get(close + 3).text().equals(")") || !eachIsAPerson(tokens, names, close)) {
            return authors <= end ? relabelled(labels, start, end, "title") : labels;
        }
        String role = roleMarked(tokens.get(close + 1).text());
        if (role == null) {
            return labels;
        }
        List<String> out = relabelled(labels, start, end, "title");
        out = relabelled(out, end + 1, end + 1, Labels.OTHER);
        out = relabelled(out, names, close - 1, role);
        return relabelled(out, close, close + 3, Labels.OTHER);
    }

    /** The role that {@code word} marks the names beside it with, in any case ("Ed", "trans"), or null. */
    static String roleMarked(String word) {
        // this runs for every token: a glance at the length and the first letter, then the marks compared in place
        int length = word.length();
        char first = Character.toLowerCase(word.charAt(0));
        if (length < 2 || length > 10 || first != 'e' && first != 't' && first != 'u' && first != 'ü') {
            return null;
        }
        for (int k = 0; k < ROLE_MARKS.length; k += 2) {
            if (word.length() == ROLE_MARKS[k].length() && word.equalsIgnoreCase(ROLE_MARKS[k])) {
                return ROLE_MARKS[k + 1];
            }
        }
        return null;
    }

    /** The marks that name the role of the names beside them, each followed by the role. */
    private static final String[] ROLE_MARKS = {"ed", "editor", "eds", "editor", "trans", "translator", "tr", "translator",
        "transl", "translator", "translated", "translator", "übersetzt", "translator", "ubersetzt", "translator",
        "traduit", "translator", "trad", "translator"};

    /**
     * Where names end from {@code from}: capitalised words, initials with their stops, hyphens, particles, commas and
     * "and" or "&", up to a full stop that ends a sentence, a bracket or a semicolon; {@code from} itself where no
     * capitalised word of two letters or more stands there.
     */
    static int namesEnd(List<Token> tokens, int from) {
        int i = from;
        boolean named = false;
        while (i < tokens.size()) {
            String t = tokens.get(i).text();
            if (t.equals(".")) {
                if (i == from || !isInitialLetter(tokens.get(i - 1).text())) {
                    break;
                }
            } else if (isCapitalisedWord(t) || isAllCaps(t) && t.length() >= 2) {
                named = true;
            } else if (!(isInitialLetter(t) || t.equals(",") || t.equals("-") || t.equals("&") || t.equalsIgnoreCase("and")
                    || NAME_PARTICLES.contains(t))) {
                break;
            }
            i++;
        }
        while (i > from && (tokens.get(i - 1).text().equals(",") || tokens.get(i - 1).text().equalsIgnoreCase("and"))) {
            i--;
        }
        return named && i - from <= NAME_REACH * 3 ? i : from;
    }

    /**
     * Whether each name from {@code from} to {@code end} (exclusive), parted by commas, "and", "&" or ";", has an initial
     * or opens with a known given name: "Gerald Bonner", "D Armitage, F Berkes", not "The Flâneur".
     */
    static boolean eachIsAPerson(List<Token> tokens, int from, int end) {
        boolean initial = false;
        String first = null;
        for (int i = from; i <= end; i++) {
            String t = i < end ? tokens.get(i).text() : ",";
            if (t.equals(",") || t.equals(";") || t.equals("&") || t.equalsIgnoreCase("and")) {
                if (first != null && !initial && !io.github.citekit.internal.extract.GivenNames.contains(first)) {
                    return false;
                }
                first = null;
                initial = false;
            } else if (isInitialLetter(t)) {
                initial = true;
            } else if (first == null && !t.equals(".") && !t.equals("-")) {
                first = t;
            }
        }
        return true;
    }

    /** Whether the editors' run that ends at {@code last} is persons, as the names after it are: the names' list goes on. */
    private static boolean personsBefore(List<Token> tokens, List<String> labels, int last) {
        int first = last;
        while (first > 0 && labels.get(first - 1).equals(labels.get(last))) {
            first--;
        }
        return eachIsAPerson(tokens, first, last + 1);
    }

    /** A host read as editors just before an editor's mark at {@code last}: the container, or the title at the start. */
    private static List<String> hostBeforeMark(List<Token> tokens, List<String> labels, int last) {
        if (last < 0 || !labels.get(last).equals("editor")) {
            return labels;
        }
        int first = last;
        while (first > 0 && labels.get(first - 1).equals("editor")) {
            first--;
        }
        if (first == 0) {
            return labels.contains("title") ? labels : relabelled(labels, first, last, "title");
        }
        return labels.contains("container-title") ? labels : relabelled(labels, first, last, "container-title");
    }

    private static final String QUOTES = "\"“”‘’«»";

    private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "du", "da", "di", "del", "la", "le", "auf");

    /** How far into a reference a film's "Dir." is looked for. */
    private static final int FILM_REACH = 40;


    /** The credits MLA prints after a film's director, each followed by a full stop or a comma. */
    private static final Set<String> FILM_CREDITS = Set.of("Perf", "Prod", "Screenplay", "Writ", "Narr", "Music", "Cinematog");


    /** Words that say the names after them are editors': "Hrsg. von", "Edited by", "Éditeurs :", "Sous la direction de". */
    private static final Pattern EDITORS_NAMED_AFTER = Pattern.compile("(?iu)(?:\\b(?:hrsg|hg)\\.?\\s*v(?:on|\\.)|\\bherausgegeben\\s+von"
            + "|\\bedited\\s+by|\\beds?\\.\\s*by|\\béditeurs?\\s*:|\\bsous\\s+la\\s+direction\\s+de|\\ba\\s+cura\\s+di"
            + "|(?:^|[.,;]\\s?)eds?\\.)\\s*$"); // MLA's and Chicago's "Title. Ed. William L. Andrews."

    /** Words that say the names after them are translators': "Trans. W. D. Ross", ", trans. Gerald M. Browne", "Übersetzt von". */
    private static final Pattern TRANSLATORS_NAMED_AFTER = Pattern.compile("(?iu)(?:(?:^|[.,;]\\s?)(?:trans|transl|tr)\\."
            + "|\\btranslated\\s+by|\\b(?:ü|u)bersetzt\\s+von|\\btraduit\\s+par)\\s*$");

    /** Whether the names from {@code start} follow an editor's name with no more than ", ", "and" or "&" between. */
    private static boolean continuesEditors(List<Token> tokens, List<String> labels, int start) {
        int k = start - 1;
        while (k > 0 && labels.get(k).equals(Labels.OTHER) && (tokens.get(k).text().equals(",")
                || tokens.get(k).text().equalsIgnoreCase("and") || tokens.get(k).text().equals("&"))) {
            k--;
        }
        return k < start - 1 && labels.get(k).equals("editor");
    }
}
