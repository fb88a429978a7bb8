package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ReferenceWords.VOLUME_WORDS;
import static io.github.citekit.internal.refs.LabelRuns.isDigits;
import static io.github.citekit.internal.refs.LabelRuns.isPunctuation;
import static io.github.citekit.internal.refs.LabelRuns.relabelled;
import static io.github.citekit.internal.refs.LabelRuns.runEnd;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules over the labels of a reference's numbers: a volume left out after the journal or marked, a series number,
 * later page runs that are other numbers, a page read as a second volume or left out. {@link ReferenceParser} runs
 * them over the labeller's output in its order.
 */
final class NumberLabels {
    private NumberLabels() {
    }

    /**
     * Physics' erratum after the article, "…; erratum ibid D70 (2004) 109901.", "[Erratum: Phys. Rev. D93, no. 3, 039904
     * (2016)]", ", Erratum ibid .D86 ( 2012)079901 ,arXiv :1111.1844": the erratum's journal and numbers are no part of
     * the article's; the whole, from its word to its closing bracket (or to an arXiv number, a link or the end), is the
     * note, as the data label it.
     */
    static List<String> erratumIsTheNote(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        int e = -1;
        for (int i = 1; i < n && e < 0; i++) {
            String t = tokens.get(i).text();
            if (t.length() >= 7 && (t.charAt(0) == 'E' || t.charAt(0) == 'e') && t.regionMatches(true, 0, "erratum", 0, 7)) {
                e = i;
            }
        }
        if (e < 0 || !labels.subList(0, e).contains("container-title")) {
            return labels;
        }
        int end;
        if (tokens.get(e - 1).text().equals("[")) {
            end = e;
            while (end + 1 < n && !tokens.get(end + 1).text().equals("]")) {
                end++;
            }
            if (end + 1 >= n) {
                return labels;
            }
        } else {
            end = e;
            while (end + 1 < n && !tokens.get(end + 1).text().equals(";") && !tokens.get(end + 1).text().equals("[")
                    && !(tokens.get(end + 1).text().equals(",") && end + 2 < n && identifierAt(tokens.get(end + 2).text()))) {
                end++;
            }
            while (end > e && tokens.get(end).text().equals(".")) {
                end--; // the reference's last full stop
            }
        }
        return relabelled(labels, e, end, "note");
    }

    /** Whether {@code token} opens an identifier after an erratum: "arXiv", a link, a DOI. */
    private static boolean identifierAt(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.startsWith("arxiv") || t.startsWith("http") || t.startsWith("doi") || t.startsWith("www");
    }

    /**
     * A year that is part of a title or a host's name, "Contemporary Novelists: British Fiction since 1970. Basingstoke:
     * Palgrave Macmillan, 2005" and "… the Land Remote Sensing Policy Act of 1992, 9 Space Pol'y 319 (1993)", read as the
     * date while the work's own year is read later: a work has one date, and the first would be kept. The first is the
     * name's where it follows a lower-case word of the name with no mark. (A year in brackets after a title is the
     * original's date as often as the title's: the data label "(1769)" both ways.)
     */
    static List<String> namesYearReadAsDate(List<Token> tokens, List<String> labels) {
        int d0 = labels.indexOf("date");
        if (d0 < 1) {
            return labels;
        }
        int d1 = runEnd(labels, d0);
        int later = -1;
        for (int i = d1 + 1; i < tokens.size() && later < 0; i++) {
            if (labels.get(i).equals("date") && isYearToken(tokens.get(i).text())) {
                later = i;
            }
        }
        if (later < 0 || !isYearToken(tokens.get(d0).text()) || d1 - d0 > 2) {
            return labels;
        }
        // after a lower-case word ("since 1970", "Act of 1992"): a journal's name and its year ("NJW 1984, 1802") stay apart
        String before = labels.get(d0 - 1);
        String word = tokens.get(d0 - 1).text();
        if ((before.equals("title") || before.equals("container-title")) && tokens.get(d0).spaceBefore()
                && !word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
            return relabelled(labels, d0, d1, before);
        }
        return labels;
    }

    private static boolean isYearToken(String t) {
        return t.length() == 4 && isDigits(t) && (t.startsWith("1") || t.startsWith("20"));
    }

    /**
     * A report's or thesis's number left out after its designation: "Technical report TR 9603 (Submitted …)", "Working
     * Paper No. 13987.", "Report EPA-823-R-98-003: 246-257". The data's genre holds the type and its number, so the
     * number's tokens up to the next comma, bracket or sentence are the genre's. (A number the labeller read as the
     * issue stays: AnyStyle labels "Report No. 125" so.)
     */
    static List<String> reportNumberLeftOut(List<Token> tokens, List<String> labels) {
        int g0 = labels.indexOf("genre");
        if (g0 < 0) {
            return labels;
        }
        int g1 = runEnd(labels, g0);
        int n = tokens.size();
        String genre = LabelRuns.text(tokens, g0, g1).toLowerCase(Locale.ROOT);
        if (genre.contains("arxiv") || genre.contains("preprint")) {
            return labels; // "arXiv preprint :1708 . 02952": an identifier, not a report's number
        }
        int end = g1;
        boolean number = false;
        for (int k = g1 + 1; k < n && k - g1 <= 12 && labels.get(k).equals(Labels.OTHER); k++) {
            String t = tokens.get(k).text();
            boolean digits = t.chars().anyMatch(Character::isDigit);
            boolean stop = t.equals(".") && (k + 1 < n && !tokens.get(k + 1).spaceBefore() // "2.0", "No."
                    || NUMBER_WORDS.contains(tokens.get(k - 1).text()));
            boolean code = !digits && isAllCapsCode(t) && k + 1 < n // "TR 9603", "EPA-823"
                    && (tokens.get(k + 1).text().chars().anyMatch(Character::isDigit) || tokens.get(k + 1).text().equals("-"));
            boolean letter = !digits && number && t.length() == 1 && Character.isUpperCase(t.charAt(0)) // "823-R-98"
                    && tokens.get(k - 1).text().equals("-");
            if (digits || t.equals("-") || t.equals("/") || REPORT_NUMBER_MARKS.contains(t) || stop || code || letter) {
                number |= digits;
                end = digits ? k : end;
            } else {
                break;
            }
        }
        return number ? relabelled(labels, g1 + 1, end, "genre") : labels;
    }

    /** The marks before a report's number: "No.", "Nr.", "Number". */
    private static final Set<String> NUMBER_WORDS = Set.of("No", "no", "Nr", "nr", "Number", "number", "n°", "No:");
    private static final Set<String> REPORT_NUMBER_MARKS = Set.of("No", "no", "Nr", "nr", "Number", "number", "#");

    /** A report series' code of capitals: "TR", "CSL", "CAIP". */
    private static boolean isAllCapsCode(String t) {
        return t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * "Phys. Lett. B 348, 604": a number that directly follows the journal (after punctuation at most) and
     * that the labeller left unlabelled is the volume, when no volume is labelled. The labeller often
     * misses it there because a run of "O" is cheap to continue.
     */
    static List<String> volumeAfterJournal(List<Token> tokens, List<String> labels) {
        if (labels.contains("volume")) {
            return labels;
        }
        int end = labels.lastIndexOf("container-title");
        if (end < 0 || labels.indexOf("container-title") < end && labels.subList(labels.indexOf("container-title"), end)
                .stream().anyMatch(l -> !l.equals("container-title"))) {
            return labels; // no journal, or more than one run of it
        }
        int k = end + 1;
        while (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && isPunctuation(tokens.get(k).text())
                && !tokens.get(k).text().equals("(")) {
            k++;
        }
        if (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && ReferenceParser.isVolumeNumber(tokens.get(k).text())
                && !(k + 1 < tokens.size() && ORDINAL_SUFFIXES.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT)))) {
            // (not "2nd ed.": an edition, not a volume)
            List<String> out = new java.util.ArrayList<>(labels);
            out.set(k, "volume");
            return out;
        }
        return labels;
    }

    /**
     * German's issue after the volume, "Hafenwirtschaft 45 (2015), H. 3, S. 12–19" ("H." for "Heft"): the number after
     * the mark (or a double issue's two, "H. 1-2"), left out or read as a second volume, is the issue when a volume stands
     * before it and no issue is read.
     */
    static List<String> germanIssueMarkLeftOut(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int i = 2; i + 2 < n; i++) {
            if (!tokens.get(i).text().equals("H") || !tokens.get(i + 1).text().equals(".") || !tokens.get(i - 1).text().equals(",")) {
                continue;
            }
            int k = i + 2;
            String label = labels.get(k);
            if (!LabelRuns.isDigits(tokens.get(k).text()) || tokens.get(k).text().length() > 3
                    || !(label.equals(Labels.OTHER) || label.equals("volume")) || labels.contains("issue")
                    || labels.indexOf("volume") < 0 || labels.indexOf("volume") >= i) {
                return labels;
            }
            String join = k + 1 < n ? tokens.get(k + 1).text() : "";
            int last = k + 2 < n && (join.equals("-") || join.equals("–") || join.equals("/"))
                    && LabelRuns.isDigits(tokens.get(k + 2).text()) ? k + 2 : k; // a double issue, "H. 1-2", "H. 3/4"
            return relabelled(labels, k, last, "issue");
        }
        return labels;
    }

    /**
     * "Lancet, 1999, 354 (9191), 1713" and "대한건축학회논문집, 2015, 31(12), pp.11-18": a volume before its issue in brackets,
     * read as the page, when no volume is read. The pages are a later page run, or the number after the bracket and a
     * comma, read as a second date.
     */
    static List<String> volumeReadAsPageBeforeItsIssue(List<Token> tokens, List<String> labels) {
        int p = labels.indexOf("page");
        int n = tokens.size();
        if (p < 0 || labels.contains("volume") || runEnd(labels, p) != p || !isDigits(tokens.get(p).text())
                || tokens.get(p).text().length() > 4 || p + 3 >= n || !tokens.get(p + 1).text().equals("(")
                || !labels.get(p + 2).equals("issue")) {
            return labels;
        }
        int close = runEnd(labels, p + 2) + 1;
        if (close >= n || !tokens.get(close).text().equals(")")) {
            return labels;
        }
        List<String> out = new java.util.ArrayList<>(labels);
        out.set(p, "volume");
        if (labels.subList(close, n).contains("page")) {
            return out;
        }
        int k = close + 1;
        if (k + 1 < n && tokens.get(k).text().equals(",") && isDigits(tokens.get(k + 1).text())
                && (labels.get(k + 1).equals("date") || labels.get(k + 1).equals(Labels.OTHER)) && labels.subList(0, p).contains("date")) {
            out.set(k + 1, "page"); // "…, 1713": the year is before the volume
            return out;
        }
        return labels;
    }

    /**
     * IEEE's "Tech. Rep. PA-12, 2019.": the report number's digits after its hyphen, read as a day of the date that
     * follows, are the number's (the date keeps its year).
     */
    static List<String> reportNumberReadAsDate(List<Token> tokens, List<String> labels) {
        int g = labels.indexOf("genre");
        if (g < 0) {
            return labels;
        }
        int end = runEnd(labels, g);
        int k = end + 1;
        if (k + 2 >= tokens.size() || !tokens.get(end).text().equals("-") || !labels.get(k).equals("date")
                || !isDigits(tokens.get(k).text()) || Features.isYear(tokens.get(k).text())) {
            return labels;
        }
        for (int y = k + 1; y < tokens.size() && labels.get(y).equals("date"); y++) {
            if (Features.isYear(tokens.get(y).text())) {
                List<String> out = new java.util.ArrayList<>(labels);
                out.set(k, "genre");
                if (tokens.get(k + 1).text().equals(",")) {
                    out.set(k + 1, Labels.OTHER);
                }
                return out;
            }
        }
        return labels;
    }

    /**
     * German's edition, "Häfen und Schlick. Eine Einführung. 2. Aufl. Berlin" and "3., überarb. Aufl.": the number and
     * the words up to "Aufl." or "Auflage" are the edition, not the title's last word.
     */
    static List<String> germanEditionReadIntoTitle(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            String word = tokens.get(i).text();
            if (!(word.equals("Aufl") || word.equals("Auflage"))) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && i - k <= 6 && !(LabelRuns.isDigits(tokens.get(k).text()) && tokens.get(k + 1).text().equals("."))) {
                String t = tokens.get(k).text();
                if (!(t.equals(".") || t.equals(",") || !t.isEmpty() && Character.isLowerCase(t.charAt(0)))) {
                    return labels; // "überarb.", "erw.", "neu bearb."
                }
                k--;
            }
            if (!LabelRuns.isDigits(tokens.get(k).text()) || tokens.get(k).text().length() > 2 || !tokens.get(k + 1).text().equals(".")
                    || !(labels.get(k).equals("title") || labels.get(k).equals(Labels.OTHER))) {
                return labels;
            }
            return relabelled(labels, k, i, "edition");
        }
        return labels;
    }

    /**
     * "Lecture Notes in Computer Science, vol. 2345.": a number after "vol." that the labeller left out of
     * every field is the volume, when no volume is labelled, rather than lost.
     */
    static List<String> markedVolumeLeftOut(List<Token> tokens, List<String> labels) {
        if (labels.contains("volume")) {
            return labels;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!labels.get(i).equals(Labels.OTHER) || !VOLUME_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int k = i + 1;
            if (tokens.get(k).text().equals(".") && labels.get(k).equals(Labels.OTHER)) {
                k++;
            }
            if (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && ReferenceParser.isVolumeNumber(tokens.get(k).text())) {
                List<String> out = new java.util.ArrayList<>(labels);
                out.set(k, "volume");
                return out;
            }
        }
        return labels;
    }

    /**
     * A journal's series, "Bulletin de la Société Botanique de Genève, ser. 2, 3(7): 275-294" and "Bulletin de l'Herbier
     * Boissier, Serie 2 6: 18-22": the series' number read as the volume, with the volume's number after it, is the
     * journal's (a series number with no number after it, "ASP Conf. Ser. 101", is the volume).
     */
    static List<String> seriesNumberReadAsVolume(List<Token> tokens, List<String> labels) {
        int c0 = labels.indexOf("container-title");
        if (c0 < 0) {
            return labels;
        }
        int c1 = runEnd(labels, c0);
        int s = c1;
        while (s > c0 && tokens.get(s).text().equals(".")) {
            s--;
        }
        String series = tokens.get(s).text();
        if (series.length() > 6 || !SERIES_WORDS.contains(series.toLowerCase(Locale.ROOT))) {
            return labels;
        }
        int k = c1 + 1;
        while (k < tokens.size() && tokens.get(k).text().equals(".")) {
            k++;
        }
        if (k >= tokens.size() || !labels.get(k).equals("volume") || !ReferenceParser.isVolumeNumber(tokens.get(k).text())) {
            return labels;
        }
        int next = k + 1;
        if (next < tokens.size() && tokens.get(next).text().equals(",")) {
            next++;
        }
        if (next >= tokens.size() || !ReferenceParser.isVolumeNumber(tokens.get(next).text()) || labels.get(next).equals("page")) {
            return labels;
        }
        List<String> out = relabelled(labels, c1 + 1, k, "container-title");
        if (k + 1 < next) {
            out.set(k + 1, Labels.OTHER);
        }
        out.set(next, "volume");
        return out;
    }

    /**
     * Page runs after the first that are other numbers: an erratum's ("… 114513 (2015), [Erratum: … 039904 (2016)]"), an
     * identifier's ("doi: S0896-6273(09)00744-2", "issn: 1362- 4962") or an arXiv number, whole or its second half
     * ("(2012), 1202.2281"). Other later runs stay ("251-255, 11" is one work's pages).
     */
    static List<String> laterPageRunsOfOtherNumbers(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("page");
        if (first < 0 || labels.lastIndexOf("page") <= runEnd(labels, first) + 1) {
            return labels;
        }
        List<String> out = labels;
        boolean cue = false;
        for (int i = runEnd(labels, first) + 1; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            cue |= t.length() >= 3 && NOT_PAGES_AFTER.contains(t.toLowerCase(java.util.Locale.ROOT));
            if (!labels.get(i).equals("page")) {
                continue;
            }
            int end = runEnd(labels, i);
            boolean decimal = i >= 2 && tokens.get(i - 1).text().equals(".") && isDigits(tokens.get(i - 2).text())
                    && !tokens.get(i).spaceBefore();
            if (cue || decimal || isArxivNumber(tokens, i, end)) {
                if (out == labels) {
                    out = new java.util.ArrayList<>(labels);
                }
                for (int k = i; k <= end; k++) {
                    out.set(k, Labels.OTHER);
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * "Preprint, arXiv:0709.2766, 2007": the parts of an arXiv number after "arXiv:" read as the date, a page, a volume
     * or an issue ("2766, 2007" as the date) take the label of the "arXiv" before them; the record reads the number
     * from the text.
     */
    static List<String> arxivNumberReadAsNumbers(List<Token> tokens, List<String> labels) {
        for (int i = 0; i + 4 < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("arxiv") || !tokens.get(i + 1).text().equals(":") || !isArxivNumber(tokens, i + 2, i + 4)) {
                continue;
            }
            String label = labels.get(i);
            for (int k = i + 2; k <= i + 4; k++) {
                String other = labels.get(k);
                if (other.equals("date") || other.equals("page") || other.equals("volume") || other.equals("issue")) {
                    return relabelled(labels, i + 2, i + 4, label);
                }
            }
        }
        return labels;
    }

    /**
     * Physics' "Nucl. Phys. 74, 33 (1965)" and "Prog. Part. Nucl. Phys. 40 (1998) 391": in a journal reference with no
     * page read, a second number read as the volume, after the first and apart from it, is the page (the fields keep
     * only the first volume read, and the page was lost).
     */
    static List<String> secondVolumeRunIsThePage(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("volume");
        if (first < 0 || labels.contains("page") || !labels.contains("container-title")) {
            return labels;
        }
        int end = runEnd(labels, first);
        int second = labels.lastIndexOf("volume");
        if (second <= end + 1 || runEnd(labels, second) != second || !isDigits(tokens.get(second).text())) {
            return labels;
        }
        for (int i = end + 1; i < second; i++) {
            String label = labels.get(i);
            if (!(label.equals(Labels.OTHER) && isPunctuation(tokens.get(i).text()) || label.equals("date"))) {
                return labels; // only marks and the year between them
            }
        }
        List<String> out = new java.util.ArrayList<>(labels);
        out.set(second, "page");
        return out;
    }

    /**
     * Physics' "Phys. Rev. Lett. 70 (1993), 1704" and "Nucl. Phys. B 502, 3 (1997)": in a journal reference with no page
     * read, the one number after the volume (and the year in brackets), left unlabelled or read as the issue, is the
     * page, where nothing but marks follows it ("502(3)" would print an issue; "[hep-ph/…]" may follow).
     */
    static List<String> pageLeftOutAfterVolume(List<Token> tokens, List<String> labels) {
        int volume = labels.indexOf("volume");
        if (volume < 0 || labels.contains("page") || !labels.contains("container-title")) {
            return labels;
        }
        int k = runEnd(labels, volume) + 1;
        if (k < tokens.size() && tokens.get(k).text().equals("(") && !labels.get(k + 1 < tokens.size() ? k + 1 : k).equals("date")) {
            return labels; // "502(3)": an issue in brackets
        }
        while (k < tokens.size() && (labels.get(k).equals("date") || labels.get(k).equals(Labels.OTHER) && isPunctuation(tokens.get(k).text()))) {
            k++;
        }
        if (k >= tokens.size() || !(labels.get(k).equals(Labels.OTHER) || labels.get(k).equals("issue")) || !isDigits(tokens.get(k).text())
                || !(tokens.get(k - 1).text().equals(",") || tokens.get(k - 1).text().equals(")"))
                || volume > 0 && tokens.get(volume - 1).text().equals("(")) {
            return labels; // (not "(18:1)", a volume and issue in brackets)
        }
        int end = k;
        if (end + 2 < tokens.size() && tokens.get(end + 1).text().equals("-") && isDigits(tokens.get(end + 2).text())
                && !labels.get(end + 2).equals("date")) {
            end += 2;
        }
        for (int i = end + 1; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals("[")) {
                break; // "[hep-ph/9703241]", "[arXiv:…]": what the brackets hold is apart
            }
            if (!(labels.get(i).equals(Labels.OTHER) && isPunctuation(tokens.get(i).text()) || labels.get(i).equals("date"))) {
                return labels;
            }
        }
        return relabelled(labels, k, end, "page");
    }

    /**
     * A document's date at its title's end, "… утв. распоряжением Правительства РФ от 28.09.2012 [Электронный ресурс]",
     * the title read up to its day only: the month and year are the title's too.
     */
    static List<String> titlesDateCutAfterItsDay(List<Token> tokens, List<String> labels) {
        int title = labels.indexOf("title");
        if (title < 0) {
            return labels;
        }
        int end = runEnd(labels, title);
        if (end + 4 >= tokens.size() || !HostLabels.isDay(tokens.get(end).text())
                || !tokens.get(end + 1).text().equals(".") || tokens.get(end + 1).spaceBefore()
                || !HostLabels.isDay(tokens.get(end + 2).text())
                || !tokens.get(end + 3).text().equals(".") || !Features.isYear(tokens.get(end + 4).text())
                || tokens.get(end + 2).spaceBefore() || tokens.get(end + 4).spaceBefore()
                || !labels.subList(end + 1, end + 5).stream().allMatch(Labels.OTHER::equals)) {
            return labels;
        }
        return relabelled(labels, end + 1, end + 4, "title");
    }

    /** Words after which a number is an identifier's or another work's, not this work's pages. */
    private static final Set<String> NOT_PAGES_AFTER = Set.of("erratum", "ibid", "doi", "pii", "issn", "isbn", "uci", "arxiv",
            "pmid", "pmcid");

    private static final java.util.Set<String> ORDINAL_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th", "d");

    private static final Set<String> SERIES_WORDS = Set.of("ser", "serie", "series", "série", "sér");

    /** Whether tokens {@code from} to {@code to} are a new-style arXiv number, "1202.2281" or "1601.04587": year, month, number. */
    private static boolean isArxivNumber(List<Token> tokens, int from, int to) {
        if (to - from != 2 || !tokens.get(from + 1).text().equals(".")) {
            return false;
        }
        String yymm = tokens.get(from).text();
        String number = tokens.get(to).text();
        if (yymm.length() != 4 || !isDigits(yymm) || !isDigits(number) || number.length() < 4 || number.length() > 5) {
            return false;
        }
        int month = (yymm.charAt(2) - '0') * 10 + yymm.charAt(3) - '0';
        return month >= 1 && month <= 12 && yymm.compareTo("0704") >= 0; // the scheme began in April 2007
    }
}
