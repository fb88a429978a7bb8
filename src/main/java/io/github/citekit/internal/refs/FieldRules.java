package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.LabelRuns.isDigits;
import static io.github.citekit.internal.refs.LabelRuns.lastWord;
import static io.github.citekit.internal.refs.ReferenceParser.ACCESSED;
import static io.github.citekit.internal.refs.ReferenceParser.ANY_YEAR;
import static io.github.citekit.internal.refs.ReferenceParser.GBT_TYPE_MARK;
import static io.github.citekit.internal.refs.ReferenceParser.IN_MARK;
import static io.github.citekit.internal.refs.ReferenceParser.LOST_LINK;
import static io.github.citekit.internal.refs.ReferenceParser.MAGAZINE;
import static io.github.citekit.internal.refs.ReferenceParser.NEWSPAPER;
import static io.github.citekit.internal.refs.ReferenceParser.PROCEEDINGS;
import static io.github.citekit.internal.refs.ReferenceParser.THESIS_GENRE;
import static io.github.citekit.internal.refs.ReferenceParser.isCyrillic;

import io.github.citekit.internal.extract.Names;
import io.github.citekit.internal.text.AsciiClasses;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules over a reference's fields, once the labels are read into them: what the labeller gets wrong in a field's
 * content or between two fields ("J. Chem. Soc. 2674 (1958)" has a page, not a volume; "Dover, New York" a publisher
 * and a place; an edition read into the title). {@link ReferenceParser} runs {@link #refine} on every reference
 * that its rules and the labeller read.
 */
final class FieldRules {
    private FieldRules() {
    }

    private static final Pattern EDITOR_MARK = Pattern.compile("(?iu)^(?:\\.,?|,)?\\s*(?:\\(?(?:eds?|editors?|hrsg|hg|dir|réd|ред)\\.?\\)?"
            + "|\\((?:éds?|coords?|orgs?|a cura di)\\.?\\))[.,:]?(?:\\s|$)"); // "Org. Synth." is a journal: these in brackets only
    private static final Pattern IMPRINT = Pattern.compile("\\((?:([^():]{2,40}):\\s*)?([^()]*?\\p{L}[^()]*?),?\\s+((?:1[5-9]|20)\\d\\d)\\)\\.?$");
    private static final Pattern GOST_IMPRINT = Pattern.compile("[–—-]\\s*(\\p{Lu}[\\p{L}-]*\\.?(?:\\s\\p{Lu}[\\p{L}-]*\\.?)?)\\s*:\\s*([^,.;:—–]+?)\\s*(?:[,.;]|$)");
    private static final Pattern SPACED_HYPHEN_PUBLISHER = Pattern.compile("^(.+?)\\s+[-–]\\s+(\\p{Lu}[\\p{L}]*(?:\\s+[\\p{L}]+){0,2})$");

    /**
     * Rules for what the labeller gets wrong in non-academic styles: names followed by "eds." are
     * editors; a book imprint in parentheses "(Publisher Year)" or "(Place: Publisher, Year)"; a GOST
     * imprint "– М. : Publisher"; a GOST title and publisher joined by a spaced hyphen; an organisation
     * that is all a web reference prints is its title; ranges written with dashes.
     */
    static void refine(String text, Map<String, String> f) {
        for (String key : List.of("title", "container-title")) {
            f.computeIfPresent(key, (k, v) -> closingQuoteLeftOut(text, v));
        }
        String author = f.get("author");
        if (author != null) {
            int at = text.indexOf(author);
            if (at >= 0 && EDITOR_MARK.matcher(text.substring(at + author.length())).find() && !f.containsKey("editor")) {
                f.put("editor", f.remove("author"));
            }
        }
        translatorNamedAsEditor(text, f);
        accessDateIsNotTheDate(text, f);
        numericDate(text, f);
        journalWordInAuthors(text, f);
        describedThesis(text, f);
        authorReadAsTitle(text, f);
        String stripped = text.strip();
        Matcher imprint = IMPRINT.matcher(stripped);
        if (endsWithYearInParentheses(stripped) && imprint.find() && !ACCESS_WORD.matcher(imprint.group(0)).find()
                && (!f.containsKey("publisher") && !f.containsKey("container-title")
                        || f.getOrDefault("container-title", "").contains("("))) {
            String publisher = SpanText.clean(imprint.group(2));
            f.put("publisher", publisher);
            if (imprint.group(1) != null) {
                f.put("publisher-place", SpanText.clean(imprint.group(1)));
            }
            String container = f.get("container-title");
            if (container != null && container.contains("(")) {
                String before = SpanText.clean(container.substring(0, container.indexOf('(')));
                f.remove("container-title");
                if (!f.containsKey("title") && !before.isEmpty()) {
                    f.put("title", before);
                }
            }
        }
        if (isCyrillic(text)) {
            Matcher gost = GOST_IMPRINT.matcher(text);
            if (gost.find() && !f.containsKey("publisher-place") && gost.group(2).strip().length() > 1) {
                f.put("publisher-place", gost.group(1).strip());
                f.putIfAbsent("publisher", SpanText.clean(gost.group(2)));
            }
            String title = f.get("title");
            Matcher split = title == null ? null : SPACED_HYPHEN_PUBLISHER.matcher(title);
            if (split != null && split.matches() && !f.containsKey("publisher")) {
                f.put("title", split.group(1).strip());
                f.put("publisher", split.group(2).strip());
            }
        }
        if (!f.containsKey("title") && f.containsKey("author") && f.keySet().stream()
                .allMatch(k -> k.equals("author") || k.equals("date") || k.equals("year") || k.equals("URL"))
                && LOST_LINK.matcher(text.strip()).find()) {
            f.put("title", f.remove("author"));
        }
        for (String k : List.of("volume", "issue")) {
            f.computeIfPresent(k, (key, v) -> v.indexOf('–') < 0 && v.indexOf('—') < 0 ? v : DASH_BETWEEN_DIGITS.matcher(v).replaceAll("-"));
        }
        coAuthorReadAsTitle(text, f);
        titleReadAsAuthor(text, f);
        f.computeIfPresent("container-title", (k, v) -> TRAILING_ACCESS_WORD.matcher(v).replaceFirst(""));
        organisationReadAsTitle(f);
        titleReadAsContainer(f);
        translatedTitleReadAsContainer(text, f);
        entryTitleReadAsAuthor(text, f);
        describedWork(text, f);
        reportKindReadAsContainer(text, f);
        dayReadAsVolume(text, f);
        bookTitleReadAsContainer(text, f);
        titleReadIntoPublisher(text, f);
        titleLeftAfterAuthor(text, f);
        volumeReadIntoPages(text, f);
        volumeGluedToPages(f);
        volumeAndPageInOneField(f);
        publicationStatusReadInto(f);
        periodicalReadIntoTitle(f);
        journalAfterQuestion(f);
        proceedingsReadIntoTitle(f);
        numberedSeriesVolume(text, f);
        conferencePlaceReadIntoContainer(text, f);
        romanVolume(text, f);
        cityReadIntoTitle(text, f);
        yearAndJournalReadIntoTitle(f);
        containerReadIntoQuotedTitle(f);
        containerAfterCommaIn(f);
        designationReadAsNote(f);
        editionReadIntoPublisher(f);
        for (String key : List.of("title", "container-title")) {
            translatorReadInto(key, f);
        }
        imprintReadIntoTitle(text, f);
        editionOrVolumesReadIntoTitle(f);
        titlesYearsReadAsDate(text, f);
        journalsYearReadIntoDate(text, f);
        placeReadIntoTitle(text, f);
        titleStartReadAsAuthor(text, f);
        titleWordReadAsAuthor(text, f);
        titleReadAsLastAuthor(text, f);
        numberReadAsVolume(text, f);
        journalWithoutVolumes(f);
        proceedingsOfScience(text, f);
        editorsReadAsAuthors(text, f);
        coEditorReadAsAuthor(text, f);
        yearsReadAsPages(f);
        undated(text, f);
        countryReadAsPublisher(text, f);
        bookReadAsJournal(text, f);
        editedBookReadAsContainer(text, f);
        editedBookSeriesReadAsContainer(text, f);
        isbnReadAsPage(text, f);
        publisherReadIntoPlace(f);
        publisherBesidePlace(f);
        placeReadIntoPublisher(f);
        journalReadAsPublisher(f);
        journalReadAsAuthor(f);
        issueLeftOutAfterVolume(text, f);
        markedIssueLeftOut(text, f);
        CjkRules.cjkTitleReadAsAuthor(f);
        typeMarkLeftIn(f);
        containerTail(text, f);
    }

    /**
     * "Harandi, M. T. (1990). Knowledge based program analysis. IEEE Software.": with no container and no place, a
     * publisher that is all of a listed journal's name is the journal (a magazine's name reads as its publisher's).
     */
    static void journalReadAsPublisher(Map<String, String> f) {
        String publisher = f.get("publisher");
        if (publisher == null || f.containsKey("container-title") || f.containsKey("publisher-place") || !f.containsKey("title")) {
            return;
        }
        if (isJournalName(publisher)) {
            f.put("container-title", f.remove("publisher"));
        }
    }

    /**
     * A page's head or a short citation that opens with its journal, "Leukemia (2005) 19, 1234-1240" and "World J
     * Gastroenterol 2005; 11: 1-5": with no title and no container, an author span that is all of a listed journal's
     * name, followed by a volume, issue or pages, is the journal.
     */
    static void journalReadAsAuthor(Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("container-title") || f.containsKey("title")
                || !(f.containsKey("volume") || f.containsKey("issue") || f.containsKey("page")) || !isJournalName(author)) {
            return;
        }
        f.put("container-title", f.remove("author"));
    }

    /**
     * "Science, 220 (4598), 671-680": with no issue labelled, the number in brackets right after the volume (not a year)
     * is the issue, and is taken out of the pages if it was read into them ("14(16-17), 2921-2943"). Read by hand: the
     * rule asks of every reference with a volume, and most brackets after one hold the year.
     */
    static void issueLeftOutAfterVolume(String text, Map<String, String> f) {
        String volume = f.get("volume");
        if (volume == null || f.containsKey("issue") || volume.isEmpty() || !isDigits(volume)) {
            return;
        }
        String issue = null;
        for (int at = text.indexOf(volume); at >= 0 && issue == null; at = text.indexOf(volume, at + 1)) {
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            if (Character.isLetterOrDigit(before) || before == '.' || before == '-' || before == '/' || before == '_') {
                continue; // inside a number or an identifier ("S0304-3959(13)")
            }
            int k = at + volume.length();
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            if (k < text.length() && text.charAt(k) == '(') {
                int close = text.indexOf(')', k);
                String inside = close < 0 ? "" : text.substring(k + 1, close).strip();
                if (ISSUE_INSIDE.matcher(inside).matches() && !ANY_YEAR.matcher(inside).find()) {
                    issue = inside.replaceAll("\\s+", "");
                }
            }
        }
        if (issue == null) {
            return;
        }
        String page = f.get("page");
        if (page != null && page.replaceAll("\\s+", "").equals(issue)) {
            return; // "vol. 6 (391-394)": the pages themselves
        }
        f.put("issue", issue);
        if (page != null && page.replaceAll("\\s+", "").startsWith(issue + ",")) {
            f.put("page", page.substring(page.indexOf(',') + 1).strip());
        }
    }

    /** What an issue's brackets hold: "4598", "16-17", "3/4". */
    private static final Pattern ISSUE_INSIDE = Pattern.compile("\\d{1,5}(?:\\s*[-–/]\\s*\\d{1,5})?");

    /** The words that mark an issue's number, lower-cased: "No. 3", "Number 11", "Nr. 10", "Issue 4", "n° 82", "Heft 4". */
    private static final Set<String> ISSUE_MARKS = Set.of("no", "number", "nr", "issue", "n°", "heft");
    /** An issue's number after its mark: "15", "1-4", "3/4". */
    private static final Pattern ISSUE_NUMBER = Pattern.compile("\\d{1,4}(?:\\s?[-–/]\\s?\\d{1,4})?");

    /**
     * "Journal of the American Society, Volume 7, Number 3, May 2002": with a volume and no issue labelled, a number
     * after an issue's mark that no field holds is the issue. Read by hand from each number back to its mark, as the
     * rule asks of every reference with a volume.
     */
    static void markedIssueLeftOut(String text, Map<String, String> f) {
        if (!f.containsKey("volume") || f.containsKey("issue")) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) || i > 0 && Character.isDigit(text.charAt(i - 1))) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && text.charAt(j) == ' ') {
                j--;
            }
            if (j >= 0 && text.charAt(j) == '.') {
                j--;
            }
            while (j >= 0 && text.charAt(j) == ' ') {
                j--;
            }
            int wordEnd = j + 1;
            while (j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '°')) {
                j--;
            }
            if (wordEnd - (j + 1) < 2 || wordEnd - (j + 1) > 6 || j >= 0 && Character.isLetterOrDigit(text.charAt(j))
                    || !ISSUE_MARKS.contains(text.substring(j + 1, wordEnd).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Matcher n = ISSUE_NUMBER.matcher(text).region(i, text.length());
            if (!n.lookingAt() || n.end() < text.length() && (Character.isDigit(text.charAt(n.end()))
                    || text.charAt(n.end()) == '.' && n.end() + 1 < text.length() && Character.isDigit(text.charAt(n.end() + 1)))) {
                return;
            }
            String number = n.group();
            for (String v : f.values()) {
                if (holdsNumber(v, number)) {
                    return; // read as something else already
                }
            }
            f.put("issue", number.replaceAll("\\s+", ""));
            return;
        }
    }

    /** Whether {@code number} stands in {@code text} with no digit on either side. */
    private static boolean holdsNumber(String text, String number) {
        for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
            int after = at + number.length();
            if ((at == 0 || !Character.isDigit(text.charAt(at - 1))) && (after >= text.length() || !Character.isDigit(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is all of a listed journal's name or standard abbreviation. */
    private static boolean isJournalName(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return !tokens.isEmpty() && JournalNames.shipped().isName(tokens, 0, lastWord(tokens, 0, tokens.size() - 1));
    }

    /** A series of lecture notes after the proceedings: "…, Lecture Notes in Computer Science". */
    private static final Pattern SERIES_AT_END = Pattern.compile("^(.{5,}?),\\s+(Lecture Notes in \\p{Lu}[\\p{L} ]+)$");
    /** "Lexikon des Sozial- und Gesundheitswesens. Köln: Oldenbourg 1992": an imprint at the container's end. */
    private static final Pattern CONTAINER_THEN_IMPRINT = Pattern.compile(
            "^(.{5,}?)\\.\\s+(\\p{Lu}\\p{Ll}{2,}[\\p{L}'’-]*):\\s+(\\p{Lu}[^:,]{1,40}?),?\\s+((?:1[5-9]|20)\\d\\d)$");
    /** A month, or a translator's cue, left at the container's end: "Vox September", "Œuvres II, Trad fr". */
    private static final Pattern CONTAINER_LEFTOVER = Pattern.compile("(?i)(?:,?\\s+(?:January|February|March|April|May|June|July|"
            + "August|September|October|November|December)|[,.]\\s+(?:Trad\\.?\\s*fr|Trans|Transl|Übers))\\.?$");

    /** A page's revision label left at the container's end: "Wikipedia. Last modified", "…, last updated". */
    private static final Pattern REVISION_LABEL = Pattern.compile("(?i)[,.]?\\s+(?:last\\s+)?(?:modified|updated|edited)$");

    private static final Set<String> LEFTOVER_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "fr", "trans", "transl", "übers");

    /**
     * What the labeller read into the end of the container that is not the container's: a lecture-notes
     * series (the collection title), a "Place: Publisher Year" imprint, a month, a translator's cue.
     */
    static void containerTail(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null) {
            return;
        }
        Matcher series = container.contains("Lecture Notes") && !f.containsKey("collection-title")
                ? SERIES_AT_END.matcher(container) : null;
        if (series != null && series.matches()) {
            container = series.group(1).strip();
            f.put("collection-title", series.group(2).strip());
        }
        Matcher imprint = container.indexOf(':') > 0 ? CONTAINER_THEN_IMPRINT.matcher(container) : null;
        if (imprint != null && imprint.matches() && !f.containsKey("publisher") && !f.containsKey("publisher-place")) {
            container = imprint.group(1).strip();
            f.put("publisher-place", imprint.group(2));
            f.put("publisher", imprint.group(3).strip());
            if (!f.containsKey("date")) {
                f.put("date", imprint.group(4));
                f.put("year", imprint.group(4));
            }
        }
        String lastWord = container.substring(container.lastIndexOf(' ') + 1).replace(".", "").toLowerCase(Locale.ROOT);
        Matcher revised = lastWord.equals("modified") || lastWord.equals("updated") || lastWord.equals("edited")
                ? REVISION_LABEL.matcher(container) : null;
        if (revised != null && revised.find() && revised.start() > 2) {
            container = container.substring(0, revised.start()).strip(); // "Wikipedia. Last modified March 3, 2023"
        }
        Matcher leftover = LEFTOVER_WORDS.contains(lastWord) ? CONTAINER_LEFTOVER.matcher(container) : null;
        if (leftover != null && leftover.find() && leftover.start() > 2) {
            container = container.substring(0, leftover.start()).strip();
        }
        f.put("container-title", container);
    }

    private static final Pattern EDITED_BY = Pattern.compile("(?i)\\b(?:edited|ed\\.)\\s+by\\s+");

    /**
     * Chicago's "Twain, Mark. Adventures of Huckleberry Finn. Edited by Sculley Bradley, …": the names after
     * "Edited by" read as more authors are the editors.
     */
    static void editorsReadAsAuthors(String text, Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("editor") || author.indexOf(", ") < 0 || text.indexOf(" by ") < 0) {
            return;
        }
        Matcher edited = EDITED_BY.matcher(text);
        while (edited.find()) {
            String after = text.substring(edited.end());
            for (int comma = author.indexOf(", "); comma >= 0; comma = author.indexOf(", ", comma + 1)) {
                String tail = author.substring(comma + 2);
                if (tail.length() > 3 && after.startsWith(tail) && text.indexOf(author.substring(0, comma)) < edited.start()) {
                    f.put("author", author.substring(0, comma));
                    f.put("editor", tail);
                    return;
                }
            }
        }
    }

    /** What may stand between an author span and an editor span that continues the same list: ", ", ", and ", " & ". */
    private static final Pattern LIST_GAP = Pattern.compile("^\\.?[,;]?\\s*(?:(?:and|&)\\s+)?$");
    /** A plural editor mark right after a list of names: ", eds.", " (eds.)", ", Hrsg.". */
    private static final Pattern PLURAL_EDITORS = Pattern.compile("^[,.]?\\s*\\(?(?:eds|Eds|Hrsg|Hgg|ред)\\.?\\)?(?=[\\s,.:]|$)");

    /**
     * "Colin S. Gray, Geoffrey Sloan, eds., Geopolitics…" and "Gray, Colin S., and Geoffrey Sloan, eds.
     * Geopolitics…": the labeller read the first name as the author and the rest as editors, but one list
     * opens the reference and the plural mark after it makes them all editors.
     */
    static void coEditorReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        String editor = f.get("editor");
        if (author == null || editor == null || text.indexOf("ds") < 0 && text.indexOf("Hrsg") < 0 && text.indexOf("Hgg") < 0
                && text.indexOf("ред") < 0) {
            return;
        }
        int a = text.indexOf(author);
        int e = a < 0 ? -1 : text.indexOf(editor, a + author.length());
        if (a < 0 || a > 8 || e < 0) { // a reference number at most before the list
            return;
        }
        String gap = text.substring(a + author.length(), e);
        String editorEnd = text.substring(e + editor.length());
        if (LIST_GAP.matcher(gap).matches() && PLURAL_EDITORS.matcher(editorEnd).lookingAt()) {
            f.remove("author");
            f.put("editor", SpanText.clean(text.substring(a, e + editor.length())));
        }
    }

    /** A span of years: "1974–1978", "1832–1858", "1889-96". */
    private static final Pattern YEARS = Pattern.compile("^(?:1[5-9]|20)\\d\\d\\s*[–—-]\\s*(?:\\d\\d|(?:1[5-9]|20)\\d\\d)$");

    /**
     * "New York: Harper & Row, 1974–1978.": in a book (no container) with no date labelled, pages that are a
     * span of years are the date (an article's "1910-1917" are its pages).
     */
    static void yearsReadAsPages(Map<String, String> f) {
        String page = f.get("page");
        if (page != null && !f.containsKey("date") && !f.containsKey("container-title") && YEARS.matcher(page.strip()).matches()) {
            String date = f.remove("page").strip();
            f.put("date", date);
            f.put("year", date.substring(0, 4));
        }
    }

    private static final Pattern EDITION_AFTER = Pattern.compile("^[,.]?\\s*(\\d+(?:st|nd|rd|th|d)\\.?\\s+ed(?:n|ition)?\\.?)(?=[\\s,.]|$)");

    /**
     * IEEE's book "J. Smith, Signal Processing, 2nd ed. Upper Saddle River, NJ, USA: Prentice Hall, 2010.":
     * a title that names a journal too, read as the container, with an edition after it and a publisher,
     * but no title, volume, issue or pages. It is the book's title, and the edition is its edition.
     */
    static void bookReadAsJournal(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("title") || f.containsKey("volume") || f.containsKey("issue")
                || f.containsKey("page") || !f.containsKey("publisher")) {
            return;
        }
        int at = text.indexOf(container);
        Matcher edition = at < 0 ? null : EDITION_AFTER.matcher(text).region(at + container.length(), text.length());
        if (edition != null && edition.lookingAt()) {
            f.put("title", f.remove("container-title"));
            f.putIfAbsent("edition", SpanText.clean(edition.group(1)));
        }
    }

    /**
     * "Müller, K. (Hrsg.) (2015): Häfen und Logistik. Berlin: Springer.": an edited book's title read as a
     * container, with editors but no author, no title, no "In" before it and no volume, issue or pages.
     */
    static void editedBookReadAsContainer(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("title") || f.containsKey("author") || !f.containsKey("editor")
                || f.containsKey("volume") || f.containsKey("issue") || f.containsKey("page")
                || PROCEEDINGS.matcher(container.toLowerCase(Locale.ROOT)).find()) {
            return; // (a proceedings volume stays the container, as AnyStyle's and Cora's data keep it)
        }
        int at = text.indexOf(container);
        if (at >= 0 && !IN_MARK.matcher(text.substring(0, at).toLowerCase(Locale.ROOT)).find()) {
            f.put("title", f.remove("container-title"));
        }
    }

    /**
     * "Brooks, M. R., …, eds. 2006. Port Governance and Port Performance. Research in Transportation Economics 17.
     * Amsterdam: Elsevier.": an edited book's series and its number read as a container and volume. With editors
     * but no author, no "In", an imprint, and no issue or pages, the book is the work and the name its series
     * (kept with its number, as AnyStyle's data records series; the record parts them).
     */
    static void editedBookSeriesReadAsContainer(String text, Map<String, String> f) {
        String container = f.get("container-title");
        String volume = f.get("volume");
        if (container == null || !f.containsKey("title") || f.containsKey("author") || !f.containsKey("editor")
                || f.containsKey("issue") || f.containsKey("page") || f.containsKey("collection-title")
                || !f.containsKey("publisher") && !f.containsKey("publisher-place")
                || PROCEEDINGS.matcher(container.toLowerCase(Locale.ROOT)).find()) {
            return;
        }
        boolean numbered = volume != null && !volume.isEmpty() && volume.length() <= 4 && volume.chars().allMatch(Character::isDigit);
        if (!numbered && !SERIES_WORD.matcher(container).find()) {
            return;
        }
        int at = text.indexOf(container);
        if (at < 0 || IN_MARK.matcher(text.substring(0, at).toLowerCase(Locale.ROOT)).find()) {
            return;
        }
        f.put("collection-title", numbered ? container + " " + volume : container);
        f.remove("container-title");
        if (numbered) {
            f.remove("volume");
        }
    }

    /**
     * European imprints print "Place, Publisher" ("Bologna, Il Mulino Editore", "Paris, Presses universitaires
     * de France"): when no publisher is labelled and the place's last part names a publisher by its word
     * ("Press", "Verlag", "Éditions", "Editore", …), that part is the publisher. A place's last part is
     * otherwise a state or country ("Cambridge, MA"), so a part without such a word stays.
     */
    static void publisherReadIntoPlace(Map<String, String> f) {
        String place = f.get("publisher-place");
        if (place == null || f.containsKey("publisher")) {
            return;
        }
        int comma = place.lastIndexOf(", ");
        if (comma <= 0 || !PUBLISHER_WORD.matcher(place.substring(comma + 2)).find()) {
            return;
        }
        f.put("publisher", place.substring(comma + 2).strip());
        f.put("publisher-place", place.substring(0, comma).strip());
    }

    /** Words after a place that are not a publisher: a month, or a medium ("Tokyo, October", "Berkeley, Print"). */
    private static final Pattern NOT_A_PUBLISHER = Pattern.compile("(?iu)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?"
            + "|print|online|web|internet|\\d.*");

    /**
     * "Dover, New York", "Paris, Economica", "New York City, NY, Routledge": with no publisher labelled, a place read
     * over a publisher's name beside it. The parts that {@link Places} knows are the place; the others, before or
     * after them and none a place, are the publisher; where the publisher comes first, the place after it must open with
     * a listed city, as a town the list lacks is printed before its state ("Easton, PA"). Two places ("Cambridge, MA")
     * or two unknown parts ("Makua, Cuwabo") stay as they are.
     */
    static void publisherBesidePlace(Map<String, String> f) {
        String place = f.get("publisher-place");
        if (place == null || f.containsKey("publisher") || place.indexOf(',') < 0) {
            return;
        }
        String[] parts = place.split(",");
        int n = parts.length;
        int head = 0;
        while (head < n && Places.isPlace(parts[head])) {
            head++;
        }
        int tail = n;
        while (tail > 0 && Places.isPlace(parts[tail - 1])) {
            tail--;
        }
        int cut; // the comma that parts place and publisher, counted from the start
        boolean placeFirst;
        if (head > 0 && head < n && noPlaceIn(parts, head, n)) {
            cut = head;
            placeFirst = true;
        } else if (tail < n && tail > 0 && Places.isCity(parts[tail]) && noPlaceIn(parts, 0, tail)) {
            // "Kluwer, Dordrecht", but not "Bled, Slovenia" or "Easton, PA", where the town is the one not listed
            cut = tail;
            placeFirst = false;
        } else {
            return;
        }
        int at = -1;
        for (int i = 0; i < cut; i++) {
            at = place.indexOf(',', at + 1);
        }
        String first = place.substring(0, at).strip();
        String second = place.substring(at + 1).strip();
        String publisher = placeFirst ? second : first;
        if (publisher.length() <= 3 || !Character.isUpperCase(publisher.codePointAt(0)) || NOT_A_PUBLISHER.matcher(publisher).matches()
                || Places.isMisspeltRegion(publisher)) {
            // (and not "Ljubljana, SI", a country's code, or "Zurich, Swizerland")
            return;
        }
        f.put("publisher", publisher);
        f.put("publisher-place", placeFirst ? first : second);
    }

    /**
     * "EPFL Press, Lausanne", "John Wiley &amp; Sons, Brisbane", "VCH Verlagsgesellschaft, Weinheim": with no place labelled,
     * a publisher whose last parts are a listed city (and its state or country), or a country alone, is the publisher
     * before them and the place in them. "Little, Brown, and Company" and "Wiley, Inc" name no place, and "…, Easton,
     * PA" a town the list lacks: they stay.
     */
    static void placeReadIntoPublisher(Map<String, String> f) {
        String publisher = f.get("publisher");
        if (publisher == null || f.containsKey("publisher-place") || publisher.indexOf(',') < 0) {
            return;
        }
        String[] parts = publisher.split(",");
        int tail = parts.length;
        while (tail > 1 && Places.isPlace(parts[tail - 1])) {
            tail--;
        }
        if (tail == parts.length || !(Places.isCity(parts[tail]) || tail == parts.length - 1 && Places.isCountry(parts[tail]))
                || !noPlaceIn(parts, 0, tail)) {
            return;
        }
        int at = -1;
        for (int i = 0; i < tail; i++) {
            at = publisher.indexOf(',', at + 1);
        }
        String name = publisher.substring(0, at).strip();
        if (name.length() <= 3) {
            return;
        }
        f.put("publisher", name);
        f.put("publisher-place", publisher.substring(at + 1).strip());
    }

    private static boolean noPlaceIn(String[] parts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Places.isPlace(parts[i]) || parts[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern PUBLISHER_WORD = Pattern.compile("(?iu)\\b(?:press|presses|verlag|publishers?|publishing|"
            + "books|éditions|editions|editore|editrice|edizioni|editorial|ediciones|editora|forlag|förlag|wydawnictwo|"
            + "uitgeverij|издательство|изд-во)\\b");

    /** "… Dover Publications, 1987 ISBN 0486653633": an ISBN's ten or thirteen digits read as pages. */
    static void isbnReadAsPage(String text, Map<String, String> f) {
        String page = f.get("page");
        if (page == null || f.containsKey("ISBN") || !ISBN_DIGITS.matcher(page).matches()) {
            return;
        }
        int at = text.indexOf(page);
        if (at > 0 && ISBN_BEFORE.matcher(text.substring(Math.max(0, at - 12), at)).find()) {
            f.put("ISBN", f.remove("page"));
        }
    }

    private static final Pattern ISBN_DIGITS = Pattern.compile("(?:\\d{9}[\\dXx]|97[89]\\d{10})");
    private static final Pattern ISBN_BEFORE = Pattern.compile("(?i)ISBN(?:-1[03])?\\s*:?\\s*$");

    private static final Pattern SERIES_WORD = Pattern.compile("(?i)\\b(?:series|serie|reihe|collection|lecture notes)\\b");

    /**
     * Country names in English (ISO 3166, as the JDK names them) and the forms references print ("USA", "U.K.",
     * "The Netherlands"): a place's end, never a publisher or part of a proceedings' name.
     */
    private static final Set<String> COUNTRIES;
    static {
        Set<String> c = new java.util.HashSet<>(Set.of("USA", "U.S.A.", "US", "U.S.", "UK", "U.K.", "England", "Scotland",
                "Wales", "The Netherlands", "Korea"));
        for (String code : Locale.getISOCountries()) {
            c.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        COUNTRIES = Set.copyOf(c);
    }

    /**
     * IEEE's "…, Long Beach, CA, USA, 2017": a country read as the publisher right after the place is the
     * end of the place.
     */
    static void countryReadAsPublisher(String text, Map<String, String> f) {
        String publisher = f.get("publisher");
        String place = f.get("publisher-place");
        if (publisher != null && place != null && COUNTRIES.contains(publisher)
                && text.contains(place + ", " + publisher)) {
            f.put("publisher-place", place + ", " + publisher);
            f.remove("publisher");
        }
    }

    private static final Pattern NO_DATE = Pattern.compile("(?<![\\p{L}.])n\\.\\s?d\\.?(?![\\p{L}])");

    /** "(n.d.)" or ", n.d." with no date labelled: the work is undated, as printed. */
    static void undated(String text, Map<String, String> f) {
        if (!f.containsKey("date") && text.contains("n.") && NO_DATE.matcher(text).find()) {
            f.put("date", "n.d.");
        }
    }

    /**
     * What a number labelled the volume is by the word printed next to it: before "p." or "pp." it counts a
     * book's pages ("216 pp", as the data sets label them); after "sec." it is a newspaper's section, not a
     * volume.
     */
    static void numberReadAsVolume(String text, Map<String, String> f) {
        String volume = f.get("volume");
        if (volume == null || !VOLUME_NUMBER_TOKEN.matcher(volume).matches()) {
            return;
        }
        int found = -1;
        for (int at = text.indexOf(volume); at >= 0; at = text.indexOf(volume, at + 1)) {
            int end = at + volume.length();
            boolean alone = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '.')
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == 'p');
            if (alone) {
                if (found >= 0) {
                    return; // printed more than once: no telling which
                }
                found = at;
            }
        }
        if (found < 0) {
            return;
        }
        // (a lone "No. 83" stays the volume, as GROBID's and Cora's data label a journal's only number)
        if (endsWithSection(text, found)) {
            f.remove("volume");
        } else if (PAGES_AFTER.matcher(text).region(found + volume.length(), text.length()).lookingAt()
                && !f.containsKey("page") && !f.containsKey("container-title")) {
            f.put("page", f.remove("volume"));
        }
    }

    /**
     * Journals that number no volumes and are cited by year and page: the Chemical Society's ("J. Chem. Soc. 272
     * (1948)", "J. Chem. Soc., Dalton Trans. 600 (1979)", "J. Chem. Soc., Chem. Commun.") and the Bulletin de la
     * Société chimique de France.
     */
    private static final Pattern UNNUMBERED_JOURNAL = Pattern.compile("(?i)(?:J\\.?\\s*Chem\\.?\\s*Soc\\.?(?:\\s*\\(Lond(?:on|\\.)?\\))?"
            + "(?:\\s*,?\\s*(?:Chem\\.?\\s*Commun|Dalton\\s*Trans|(?:Perkin|Faraday)\\s*Trans(?:\\.?\\s*(?:1|2|I|II))?))?"
            + "|Bull\\.?\\s*Soc\\.?\\s*Chim\\.?\\s*(?:Fr|France))\\.?");

    /**
     * In a journal of {@link #UNNUMBERED_JOURNAL}, the one number read as the volume is the page ("J. Chem. Soc.
     * 2674 (1958)"), and a volume that is the year is only the year ("J. Chem. Soc. (Lond.) 1956, 835").
     */
    static void journalWithoutVolumes(Map<String, String> f) {
        String volume = f.get("volume");
        String container = f.get("container-title");
        if (volume == null || container == null || container.indexOf("oc") < 0 && container.indexOf("OC") < 0 // "Soc", any case
                || !UNNUMBERED_JOURNAL.matcher(container.strip()).matches()) {
            return;
        }
        if (f.getOrDefault("date", "").contains(volume.strip()) && f.containsKey("page")) {
            f.remove("volume");
        } else if (!f.containsKey("page") && VOLUME_NUMBER_TOKEN.matcher(volume.strip()).matches()) {
            f.put("page", f.remove("volume"));
        }
    }

    /**
     * Proceedings of Science, whose volume is its conference's name and year: "PoS LATTICE2015, 075 (2016)",
     * "PoS(ICRC2017)655", and, as PDF extraction glues them, "PoSLATTICE 2011 (2011) 011".
     */
    private static final Pattern PROCEEDINGS_OF_SCIENCE = Pattern.compile(
            "(?<![\\[\\w])(PoS|POS)\\s*(?:\\(\\s*(\\p{Lu}[\\p{L}-]*\\s?\\d{2,4})\\s*\\)|(\\p{Lu}[\\p{L}-]*\\s?\\d{2,4})(?![\\w.]))");
    private static final Pattern YEAR_IN_PARENTHESES = Pattern.compile("\\G\\s*,?\\s*\\(\\s*((?:1[89]|20)\\d\\d)\\s*\\)");

    /**
     * A reference to {@link #PROCEEDINGS_OF_SCIENCE}: "PoS" is the journal and the conference its volume, and the
     * year in brackets after them the date where the conference's own year was read as it ("PoS Lattice 2014
     * (2015) 209" appeared in 2015).
     */
    static void proceedingsOfScience(String text, Map<String, String> f) {
        if (text.indexOf("oS") < 0 && text.indexOf("OS") < 0) {
            return; // the cheap test first: most references name no such thing
        }
        Matcher m = PROCEEDINGS_OF_SCIENCE.matcher(text);
        if (!m.find() || f.getOrDefault("title", "").contains(m.group())) {
            return; // "POS Taggers 2010" in a title is parts of speech
        }
        String volume = m.group(2) != null ? m.group(2) : m.group(3);
        f.put("container-title", m.group(1));
        f.put("volume", volume);
        Matcher year = YEAR_IN_PARENTHESES.matcher(text);
        String date = f.get("date");
        int end = m.end();
        if (year.find(end)) {
            end = year.end();
            if (date == null || volume.endsWith(date.strip())) {
                f.put("date", year.group(1));
                f.put("year", year.group(1));
            }
        }
        Matcher page = PAGE_NUMBER_AFTER.matcher(text);
        if (!f.containsKey("page") && page.find(end)) {
            f.put("page", page.group(1)); // "PoS(EPS-HEP2021)455", where the journal was read to the page's end
        }
    }

    private static final Pattern PAGE_NUMBER_AFTER = Pattern.compile("\\G\\s*,?\\s*(\\d{1,4})\\b");

    /**
     * Whether {@code text} before {@code end} ends with "sec", "sec." or "Sec. " (a word of its own), as
     * the regular expression {@code (?i)\\bsec\\.?\\s*$} says, without its search from the text's start.
     */
    private static boolean endsWithSection(String text, int end) {
        int e = end;
        while (e > 0 && AsciiClasses.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > 0 && text.charAt(e - 1) == '.') {
            e--;
        }
        return e >= 3 && (text.charAt(e - 3) | 0x20) == 's' && (text.charAt(e - 2) | 0x20) == 'e'
                && (text.charAt(e - 1) | 0x20) == 'c' && (e == 3 || !AsciiClasses.isWordChar(text.charAt(e - 4)));
    }

    private static final Pattern PAGES_AFTER = Pattern.compile("\\s?pp?\\b");
    private static final Pattern VOLUME_NUMBER_TOKEN = Pattern.compile("\\d{1,5}[A-Z]?");

    /** A title's last sentence when it is a few capitalised words: "… Brazilian Dilemma. South Bend". */
    private static final Pattern TITLE_THEN_PLACE = Pattern.compile("^(.{3,}?)\\.\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2}(?:\\s\\(\\p{Lu}{2}\\))?)$");

    /**
     * Chicago's "… Dilemma. South Bend, IN: University of Notre Dame Press": with a publisher but no place
     * labelled, the place read into the title's end, where a colon and the publisher follow it, is the place.
     */
    static void placeReadIntoTitle(String text, Map<String, String> f) {
        String title = f.get("title");
        String publisher = f.get("publisher");
        if (title == null || publisher == null || f.containsKey("publisher-place")) {
            return;
        }
        Matcher m = TITLE_THEN_PLACE.matcher(title);
        if (!m.matches()) {
            return;
        }
        Matcher imprint = Pattern.compile(Pattern.quote(m.group(2)) + "((?:,\\s*\\p{Lu}{2})?)\\s*:\\s*" + Pattern.quote(publisher)).matcher(text);
        if (imprint.find()) {
            f.put("title", m.group(1).strip());
            f.put("publisher-place", m.group(2) + imprint.group(1));
        }
    }

    /** An inverted name with a full given name, then a few capitalised words: "Stein, Stanley J. Vassouras". */
    private static final Pattern NAME_THEN_WORDS = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+,\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?)(?:(?<=\\.)|[.,])\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,3})$");

    /**
     * "Stein, Stanley J. Vassouras, a Brazilian Coffee County" and "Kubik, Reinhold, Händels Rinaldo: Geschichte":
     * the title's first words read into the author span, one name with a full given name, when the title
     * goes on right after them; a known given name there starts another person, not the title.
     */
    static void titleStartReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        String title = f.get("title");
        if (author == null || title == null) {
            return;
        }
        Matcher m = NAME_THEN_WORDS.matcher(author);
        if (!m.matches() || io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(m.group(2)))) {
            return;
        }
        for (String separator : List.of(", ", ": ", " ")) {
            if (text.contains(m.group(2) + separator + title)) {
                f.put("author", m.group(1));
                f.put("title", m.group(2) + separator + title);
                return;
            }
        }
    }

    /** A name with its initials first: "A. D. Linde", "G.P. Salam and G. Soyez". */
    private static final Pattern INITIALS_FIRST = Pattern.compile("^(?:\\p{Lu}\\.\\s?-?){1,3}\\s?\\p{Lu}[\\p{L}'’-]+.*");
    /** A collaboration or a suffix after the names: "LCTPC Collaboration", "JR". */
    private static final Pattern GROUP_WORD = Pattern.compile("(?i)\\b(?:collaboration|collab|group|team|consortium|jr|sr)\\b");
    /** Words with no initial and no full stop: a title's, not a name's. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?:\\s[\\p{L}\\d'’-]+){0,7}$");

    /**
     * Physics' "A. D. Linde, Chaotic Inflation, Phys. Lett., B129, (1983)." and "C. W. Misner, K. S. Thorne, J. A.
     * Wheeler, Gravitation, W.H. Freeman (1973).": with no title labelled, the last of a list of names printed with
     * their initials first, when it has no initial, is the title (unless it opens with a known given name).
     */
    static void titleReadAsLastAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("title")) {
            return;
        }
        int comma = author.lastIndexOf(", ");
        if (comma < 0) {
            return;
        }
        String last = author.substring(comma + 2).strip();
        if (!Character.isUpperCase(author.charAt(0)) || author.length() < 2 || author.charAt(1) != '.' && author.charAt(1) != ' ') {
            return; // the first name does not open with an initial: a cheap test before the patterns
        }
        for (String name : author.substring(0, comma).split(",")) {
            if (!INITIALS_FIRST.matcher(name.strip()).matches()) {
                return;
            }
        }
        if (!PLAIN_WORDS.matcher(last).matches() || last.length() < 4 || last.contains(" and ") || GROUP_WORD.matcher(last).find()
                || io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(last))
                || last.indexOf(' ') < 0 && text.contains(last + ".")) { // "Usp. Fiz. Nauk": a journal's abbreviated word
            return;
        }
        f.put("author", author.substring(0, comma).strip());
        f.put("title", last);
    }

    /** Vancouver's last author and its initials, then one word: "Toutanova K. BERT", "Lee K. GloVe". */
    private static final Pattern INITIALS_THEN_WORD = Pattern.compile("^(.*\\p{Lu}[\\p{L}'’-]+\\s\\p{Lu}{1,3})\\.\\s+(\\p{Lu}[\\p{L}\\d-]*)$");

    /**
     * Vancouver's "Toutanova K. BERT: Pre-training of …": a title's first word before its colon read as the
     * end of the authors (a name and its initials, then the word) goes back to the title.
     */
    static void titleWordReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        String title = f.get("title");
        if (author == null || title == null || author.indexOf(". ") < 0 || !text.contains(": " + title)) {
            return;
        }
        Matcher m = INITIALS_THEN_WORD.matcher(author);
        if (m.matches() && text.contains(m.group(2) + ": " + title)) {
            f.put("author", m.group(1));
            f.put("title", m.group(2) + ": " + title);
        }
    }

    private static final Pattern LATER_YEAR = Pattern.compile("(?<![\\d–—-])((?:1[5-9]|20)\\d\\d)(?![\\d–—-])");

    private static final Pattern TWO_YEARS = Pattern.compile("^((?:1[5-9]|20)\\d\\d)\\s+((?:1[5-9]|20)\\d\\d)$");

    /**
     * "Periodontol 2000 2003;33:36-53": a journal whose name ends with a year ("Periodontology 2000"), read with the
     * issue's year as one date. The first is the journal's, the second the date.
     */
    static void journalsYearReadIntoDate(String text, Map<String, String> f) {
        String date = f.get("date");
        String container = f.get("container-title");
        Matcher m = date == null || container == null || date.length() < 9 ? null : TWO_YEARS.matcher(date.strip());
        if (m == null || !m.matches() || !text.contains(container + " " + m.group(1))) {
            return;
        }
        f.put("container-title", container + " " + m.group(1));
        f.put("date", m.group(2));
        f.put("year", m.group(2));
    }

    /**
     * "Speeches and Writings, 1832–1858, ed. … (New York: Library of America, 1989)": a span of years
     * printed right after the title, read as the date when a single year follows later in the reference,
     * is the title's end; the later year is the date.
     */
    static void titlesYearsReadAsDate(String text, Map<String, String> f) {
        String title = f.get("title");
        String date = f.get("date");
        if (title == null || date == null || !YEARS.matcher(date).matches()) {
            return;
        }
        int at = text.indexOf(title + ", " + date);
        if (at < 0) {
            return;
        }
        Matcher later = LATER_YEAR.matcher(text);
        if (later.find(at + title.length() + 2 + date.length())) {
            f.put("title", title + ", " + date);
            f.put("date", later.group(1));
            f.put("year", later.group(1));
        }
    }

    /**
     * "… Œuvres II, Trad fr. par Maurice de Gandillac", "… The Semiotic Challenge. Trans. Richard Howard": names
     * in full words or initials ("Phil. Trans. Roy. Soc." is a journal, not a translator).
     */
    private static final Pattern TRANSLATOR_AT_END = Pattern.compile("^(.+?)[.,]\\s+(?:Trans(?:l(?:ated)?)?\\.?(?:\\s+by)?|"
            + "Traduction\\s+de|Traduit\\s+par|Trad\\.?(?:\\s*fr\\.)?\\s+par|Übersetzt\\s+von|Übers\\.\\s+v(?:on|\\.))\\s+"
            + "((?:\\p{Lu}\\.\\s*|\\p{Lu}\\p{Ll}+\\s+)*(?:(?:de|van|von|der|la|le|du)\\s+)?\\p{Lu}\\p{Ll}{2,}[\\p{L}'’-]*"
            + "(?:\\s+(?:and|et|und)\\s+(?:\\p{Lu}\\.\\s*|\\p{Lu}\\p{Ll}+\\s+)*\\p{Lu}\\p{Ll}{2,}[\\p{L}'’-]*)?)$");

    /** A translator's statement read into the end of the title or the container ("… Trans. Richard Howard"). */
    static void translatorReadInto(String key, Map<String, String> f) {
        String value = f.get(key);
        Matcher m = value == null || f.containsKey("translator") || !(value.contains("rans") || value.contains("rad")
                || value.contains("Übers")) ? null : TRANSLATOR_AT_END.matcher(value);
        if (m != null && m.matches()) {
            f.put(key, m.group(1).strip());
            f.put("translator", m.group(2).strip());
        }
    }

    /** "O Homem Cordial. São Paulo: Companhia das Letras": a title, then "Place: Publisher". */
    private static final Pattern TITLE_THEN_IMPRINT = Pattern.compile(
            "^(.{3,}?)\\.\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}):\\s+(\\p{Lu}[^:]{2,60})$");

    /**
     * With no publisher and no place labelled, a "Place: Publisher" imprint read into the title's end: a
     * place of full capitalised words and a publisher with no lower-case word but short connectors, printed
     * before the year ("Part I: General properties" is a subtitle).
     */
    static void imprintReadIntoTitle(String text, Map<String, String> f) {
        String title = f.get("title");
        if (title == null || f.containsKey("publisher") || f.containsKey("publisher-place") || title.indexOf(':') < 0) {
            return;
        }
        Matcher m = TITLE_THEN_IMPRINT.matcher(title);
        if (m.matches() && IMPRINT_PLACE.matcher(m.group(2)).matches() && IMPRINT_PUBLISHER.matcher(m.group(3)).matches()
                && Pattern.compile(Pattern.quote(m.group(3)) + ",?\\s+\\(?(?:1[5-9]|20)\\d\\d").matcher(text).find()) {
            f.put("title", m.group(1).strip());
            f.put("publisher-place", m.group(2).strip());
            f.put("publisher", m.group(3).strip());
        }
    }

    private static final Pattern IMPRINT_PLACE = Pattern.compile("(?!Part\\b|Book\\b|Vol\\b|Chapter\\b)\\p{Lu}\\p{Ll}{2,}[\\p{L}'’-]*"
            + "(?:\\s\\p{Lu}\\p{Ll}+[\\p{L}'’-]*){0,2}");
    private static final Pattern IMPRINT_PUBLISHER = Pattern.compile("\\p{Lu}[\\p{L}.&'’-]*(?:\\s(?:\\p{Lu}[\\p{L}.&'’-]*|\\p{Ll}{1,3})){0,5}");

    /** "The Iliad, Books XXIII–XXIV. 4th", "The Gulag Archipelago … Investigation. 3 vols": an edition or a volume count at a title's end. */
    private static final Pattern EDITION_OR_VOLUMES_AT_END = Pattern.compile(
            "^(.{3,}?)\\.\\s+(?:(\\d+(?:st|nd|rd|th)(?:\\s+(?:ed\\.?|edn\\.?|edition))?|(?i:rev(?:ised|\\.)\\s+(?:and\\s+(?:expanded|enlarged)|ed\\.?|edition))"
            // other languages' statements: "2. vyd.", "3. Aufl.", "5. Ed.", "2e éd.", "3.ª ed."
            + "|\\d+\\.\\s?(?:vyd|wyd|izd|Aufl(?:age)?|[Ee]d|éd)\\.?|\\d+(?:e|ème|re|a|ª|º|\\.ª|\\.º)\\s?(?:éd(?:ition)?|ed(?:ición|ição)?)\\.?)"
            + "|\\d+\\s+vols?\\.?)$");

    /** An edition statement or a count of volumes read into the end of the title is not the title's. */
    static void editionOrVolumesReadIntoTitle(Map<String, String> f) {
        String title = f.get("title");
        if (title == null) {
            return;
        }
        int stop = title.lastIndexOf(". ");
        Matcher m = stop < 0 || title.length() - stop > 30 ? null : EDITION_OR_VOLUMES_AT_END.matcher(title);
        if (m == null || !m.matches()) {
            // after a comma only when the statement says what it is: "Sense and Sensibility, 2 vols", "…atlas, 3rd edn"
            int comma = title.lastIndexOf(", ");
            m = comma < 0 || title.length() - comma > 20 ? null : EDITION_OR_VOLUMES_AFTER_COMMA.matcher(title);
        }
        if (m != null && m.matches()) {
            f.put("title", m.group(1).strip());
            if (m.group(2) != null) {
                f.putIfAbsent("edition", m.group(2));
            }
        }
    }

    /** The same statements after a comma, with the word that names them: "2nd ed.", "3rd edn", "2 vols". */
    private static final Pattern EDITION_OR_VOLUMES_AFTER_COMMA = Pattern.compile(
            "^(.{3,}?),\\s+(?:(\\d+(?:st|nd|rd|th)\\s+(?:ed\\.?|edn\\.?|edition))|\\d+\\s+vols?\\.?)$");

    /** A quoted title closed, then "In" and the book: "Why Did … Get So Big?\" In Major Problems in …". */
    private static final Pattern QUOTE_CLOSED_THEN_IN = Pattern.compile("^(.+?[.?!,]?)[\"”]\\s+In:?\\s+(\\p{Lu}.+)$");

    /** A title read on past its closing quotation mark into "In" and the container: the two are split there. */
    static void containerReadIntoQuotedTitle(Map<String, String> f) {
        String title = f.get("title");
        if (title == null || f.containsKey("container-title") || title.indexOf(" In") < 0) {
            return;
        }
        Matcher m = QUOTE_CLOSED_THEN_IN.matcher(title);
        if (m.matches()) {
            f.put("title", SpanText.clean(m.group(1)));
            f.put("container-title", SpanText.clean(m.group(2)));
        }
    }

    /** A title, a comma, "in" and a capitalised name: "Chiral symmetry, in Nuclear, subnuclear and astroparticle physics". */
    private static final Pattern COMMA_IN = Pattern.compile("^(.{8,}?)\\s?,\\s?[Ii]n:?\\s?(\\p{Lu}.{3,})$");

    /**
     * A title read on past ", in" into the book or proceedings that holds it, with no container read: the two are split
     * there ("Lattice gauge theories, in Modern perspectives in lattice QCD", ",inproceedings of …" too).
     */
    static void containerAfterCommaIn(Map<String, String> f) {
        String title = f.get("title");
        if (title == null || f.containsKey("container-title") || !(title.contains(", in") || title.contains(",in")
                || title.contains(", In"))) {
            return;
        }
        Matcher m = COMMA_IN.matcher(title.replace(", inproceedings", ", in Proceedings").replace(",inproceedings", ", in Proceedings"));
        if (m.matches()) {
            f.put("title", SpanText.clean(m.group(1)));
            f.put("container-title", SpanText.clean(m.group(2)));
        }
    }

    /** A thesis designation and nothing else: "Ph.D. thesis", "MS thesis", "Doctoral dissertation", "Diss.". */
    private static final Pattern THESIS_DESIGNATION = Pattern.compile("(?i)^(?:(?:ph\\.?\\s?d\\.?|m\\.?\\s?a\\.?|m\\.?\\s?sc?\\.?|"
            + "master['’]?s|doctoral|bachelor['’]?s?|diploma)\\s+)?(?:thesis|dissertation|diss\\.?)$");

    /** An edition statement and nothing else: "3 edition", "Zehnte, unveränderte Auflage", "2e édition". */
    private static final Pattern EDITION_STATEMENT = Pattern.compile("(?iu)^(?:\\d+(?:st|nd|rd|th|e|\\.)?|\\p{L}+\\.?(?:,?\\s+\\p{L}+){0,2})"
            + "\\s+(?:edition|edn\\.?|auflage|aufl\\.|édition|éd\\.|edición|edizione)$"
            // "ed." alone may be an editor's mark; after an ordinal or "Rev." it is an edition: "2nd ed", "Rev. ed."
            + "|^(?:\\d+(?:st|nd|rd|th|d)|[Rr]ev\\.)\\s+[Ee]d\\.?$");

    /**
     * A thesis designation read as a note is the genre ("Ph.D. thesis (2013)"), and an edition statement
     * read as a note is the edition.
     */
    static void designationReadAsNote(Map<String, String> f) {
        String note = f.get("note");
        if (note != null && !f.containsKey("genre") && THESIS_DESIGNATION.matcher(note.strip()).matches()) {
            f.put("genre", f.remove("note"));
        } else if (note != null && !f.containsKey("edition") && EDITION_STATEMENT.matcher(note.strip()).matches()) {
            f.put("edition", f.remove("note"));
        }
    }

    /** Amazon's "(Cengage Learning; 1 edition, 1976)": the publisher, then the edition after a semicolon. */
    private static final Pattern PUBLISHER_THEN_EDITION = Pattern.compile("^(.+?);\\s*(\\d+(?:st|nd|rd|th)?\\s+(?:edition|ed\\.?|edn\\.?))$");

    /** An edition statement after the publisher and a semicolon is not the publisher's. */
    static void editionReadIntoPublisher(Map<String, String> f) {
        String publisher = f.get("publisher");
        Matcher m = publisher == null ? null : PUBLISHER_THEN_EDITION.matcher(publisher);
        if (m != null && m.matches()) {
            f.put("publisher", m.group(1).strip());
            f.putIfAbsent("edition", m.group(2));
        }
    }

    /** A title's last sentence when it is a short capitalised name: "Ports reopen after storm. The Guardian". */
    private static final Pattern LAST_SENTENCE_NAME = Pattern.compile("^(.{8,}?\\p{Ll}[?!]?)\\.\\s+((?:\\p{Lu}[\\p{L}'’&-]*\\s?){1,5})$");

    /**
     * APA's "Smith, J. (2020, March 3). Ports reopen after storm. The Guardian. https://…": with no
     * container labelled, a title that ends in a newspaper's or magazine's name holds the container.
     */
    static void periodicalReadIntoTitle(Map<String, String> f) {
        String title = f.get("title");
        int stop = title == null || f.containsKey("container-title") ? -1 : title.lastIndexOf(". ");
        if (stop < 0) {
            return;
        }
        String tail = title.substring(stop + 2);
        // on the web (a link, no publisher, no volume or pages) APA prints the site's name there: "Title. Stratfor Worldview. https://…"
        boolean site = f.containsKey("URL") && !f.containsKey("publisher") && !f.containsKey("volume") && !f.containsKey("page");
        if (!site && !NEWSPAPER.matcher(tail).find() && !MAGAZINE.matcher(tail).find()) {
            return;
        }
        Matcher m = LAST_SENTENCE_NAME.matcher(title);
        if (m.matches() && (site && m.group(2).strip().length() >= 4 // not "Rev. C"
                || NEWSPAPER.matcher(m.group(2)).find() || MAGAZINE.matcher(m.group(2)).find())) {
            f.put("title", m.group(1));
            f.put("container-title", m.group(2).strip());
        }
    }

    /**
     * "Moscow Wants Black Sea to Be a 'Russian Lake'.": a title that opens an inner quotation ends with its
     * closing mark, which the span left out with the outer quotation's.
     */
    static String closingQuoteLeftOut(String text, String value) {
        for (String[] marks : new String[][] {{" '", "'"}, {"‘", "’"}}) {
            int open = value.lastIndexOf(marks[0]);
            int quoted = open + marks[0].length(); // a quotation opens on a letter; "‘50s" is an elision
            if (open >= 0 && quoted < value.length() && Character.isLetter(value.charAt(quoted))
                    && value.indexOf(marks[1], quoted) < 0 && text.contains(value + marks[1])) {
                return value + marks[1];
            }
        }
        return value;
    }

    /** A day and a month, either order, that end the reference: ", 27 February.", ", Feb. 27". */
    static final Pattern DAY_MONTH_END = Pattern.compile("(?iu),\\s+(\\d{1,2}\\s+\\p{L}{3,}\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2})\\.?$");

    /** A question, then a short name in capitals: "The end of history? The National Interest". */
    private static final Pattern QUESTION_THEN_NAME = Pattern.compile(
            "^(.{8,}?\\?)\\s+((?:The\\s+)?\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:of|and|&|for|in|on|the|\\p{Lu}[\\p{L}'’&.-]*)){0,6})$");

    /**
     * Vancouver's "Fukuyama F. The end of history? The National Interest. 1989;(16):3-18.": a journal article
     * (pages and a volume or issue, no container) whose title ends in a question and then a name in capitals
     * has read the journal into its title.
     */
    static void journalAfterQuestion(Map<String, String> f) {
        String title = f.get("title");
        if (title == null || title.indexOf("? ") < 0 || f.containsKey("container-title") || !f.containsKey("page")
                || !f.containsKey("volume") && !f.containsKey("issue")) {
            return;
        }
        Matcher m = QUESTION_THEN_NAME.matcher(title);
        if (m.matches() && !m.group(1).contains("? ")) {
            f.put("title", m.group(1));
            f.put("container-title", m.group(2));
        }
    }

    /** "Title. Proc. 6th Int'l. Conf. on …", "Title, Fourth International Conf. on …": a proceedings' name after a title. */
    private static final Pattern PROCEEDINGS_AFTER_TITLE = Pattern.compile("^((?:\\S+\\s+){2,}\\S+?)[.,]\\s+(?:In:?\\s+)?"
            + "((?:Proc\\.|Proceedings\\b|(?:\\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|"
            + "Ninth|Tenth)\\s+(?:Annual\\s+)?(?:\\S+\\s+){0,3}(?:Conference|Conf\\.|Workshop|Symposium)\\b).*)$");

    /**
     * "In Cowan, J. D., … (Eds.), Advances in Neural Information Processing Systems 6. Morgan Kaufmann.": an edited
     * volume's number printed as part of its name, with no "Vol." before it, stays in the name, as the data's
     * labellers (Cora's, AnyStyle's) record such books; a journal's bare volume, with no editors, is no part of it.
     */
    static void numberedSeriesVolume(String text, Map<String, String> f) {
        String container = f.get("container-title");
        String volume = f.get("volume");
        if (container == null || volume == null || !f.containsKey("editor") || !volume.chars().allMatch(Character::isDigit)
                || VOLUME_MARK_AT_END.matcher(container).find() || container.split(" ").length < 3
                || SERIAL_WORD.matcher(container).find() || Character.isUpperCase(container.charAt(1))) {
            return; // not a journal's or a series' volume ("Lecture Notes in Physics 818", "CCSL 29", "ASTM STP 715")
        }
        int at = text.indexOf(container + " " + volume);
        if (at < 0 || !IN_MARK.matcher(text.substring(0, at).toLowerCase(Locale.ROOT)).find()) {
            return; // a chapter "In" the volume; an edited book's series and number ("eds. … Research in X 17") stay apart
        }
        int end = at + container.length() + 1 + volume.length();
        Matcher acronym = PARENTHESISED_ACRONYM.matcher(text).region(end, text.length());
        String issue = f.get("issue");
        if (acronym.lookingAt() && (issue == null || acronym.group().contains(issue))) {
            // "Advances in Neural Information Processing Systems 5 (NIPS*92)": the conference's short name too
            f.put("container-title", container + " " + volume + acronym.group());
            f.remove("volume");
            f.remove("issue");
        } else if (issue == null && (end == text.length() || ".(,".indexOf(text.charAt(end)) >= 0)) {
            f.put("container-title", container + " " + volume);
            f.remove("volume");
        }
    }


    /**
     * A conference's place printed after its proceedings' name with no comma between ("In Proceedings of the 1984
     * European Conference on Artificial Intelligence Pisa, Italy.", "… Multi-Agent Worlds Germany."): the country
     * at the container's end, or the city before the country the labeller took as the place, is the place.
     */
    static void conferencePlaceReadIntoContainer(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("volume") || f.containsKey("page") || container.endsWith(". USA")
                || !PROCEEDINGS.matcher(container.toLowerCase(Locale.ROOT)).find()) {
            return; // "Proc. Natl. Acad. Sci. USA" 90: a journal's name
        }
        int space = container.lastIndexOf(' ');
        if (space < 0) {
            return;
        }
        String last = container.substring(space + 1);
        String place = f.get("publisher-place");
        if (place == null && COUNTRIES.contains(last)) {
            f.put("container-title", container.substring(0, space));
            f.put("publisher-place", last);
        } else if (place != null && COUNTRIES.contains(place) && Character.isUpperCase(last.charAt(0))
                && text.contains(container + ", " + place) && !COUNTRIES.contains(last)) {
            f.put("container-title", container.substring(0, space));
            f.put("publisher-place", last + ", " + place);
        }
    }

    /** A state's or province's two-letter code: "MA", "NY", "ON". */
    private static final Pattern STATE_CODE = Pattern.compile("\\p{Lu}{2}");

    /**
     * "Reasoning about Change. Cambridge, MA: MIT Press.": the city read into the title's end, with the state or
     * country after it labelled the place, is the place's first part.
     */
    static void cityReadIntoTitle(String text, Map<String, String> f) {
        String title = f.get("title");
        String place = f.get("publisher-place");
        if (title == null || place == null || !(STATE_CODE.matcher(place).matches() || COUNTRIES.contains(place))) {
            return;
        }
        int stop = title.lastIndexOf(". ");
        if (stop < 0) {
            return;
        }
        String city = title.substring(stop + 2);
        if (city.length() >= 3 && city.length() <= 30 && Character.isUpperCase(city.charAt(0)) && city.split(" ").length <= 3
                && text.contains(city + ", " + place)) {
            f.put("title", title.substring(0, stop));
            f.put("publisher-place", city + ", " + place);
        }
    }

    /** A volume in Roman numerals after the journal's name, before its date or pages: ", XLIII (January–February, 1965)". */
    private static final Pattern ROMAN_VOLUME = Pattern.compile("^,?\\s((?=[MDCLXVI]{2,}\\b)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
            + "(?=\\s?\\(|,\\s)");

    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]{1,7}");

    /**
     * Older journals' volumes in Roman numerals, as Chicago cites them ("Harvard Business Review, XLIII
     * (January-February, 1965), pp. 49-62."), which the labeller leaves outside every field.
     */
    static void romanVolume(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("volume")) {
            return;
        }
        String publisher = f.get("publisher");
        if (publisher != null && ROMAN_NUMERAL.matcher(publisher).matches()) {
            f.put("volume", f.remove("publisher")); // "…, VII, 1998, p. 56-86": read as a publisher
            return;
        }
        int at = text.indexOf(container);
        if (at < 0) {
            return;
        }
        Matcher m = ROMAN_VOLUME.matcher(text).region(at + container.length(), text.length());
        if (m.lookingAt()) {
            f.put("volume", m.group(1));
            if (m.group(1).equals(f.get("publisher"))) {
                f.remove("publisher"); // "Annales du Musée National des Antiquités, VII, 1998": no publisher "VII"
            }
        }
    }

    /** A title that runs on past its year into the journal: "Title, 1997. Computational Optimization and Applications". */
    private static final Pattern TITLE_YEAR_JOURNAL = Pattern.compile("^(.{10,}?),\\s((?:19|20)\\d\\d)\\.\\s(\\p{Lu}[^.]{5,})$");

    /**
     * "M. V. Solodov. Some optimization reformulations …, 1997. Computational Optimization and Applications, to
     * appear.": with no container labelled, a title that runs on past ", 1997. " holds the year and the journal.
     */
    static void yearAndJournalReadIntoTitle(Map<String, String> f) {
        String title = f.get("title");
        if (title == null || f.containsKey("container-title") || title.indexOf(". ") < 0) {
            return;
        }
        Matcher m = TITLE_YEAR_JOURNAL.matcher(title);
        if (m.matches() && (!f.containsKey("date") || f.get("date").equals(m.group(2)))) {
            f.put("title", m.group(1));
            f.put("container-title", m.group(3).strip());
            f.putIfAbsent("date", m.group(2));
            f.putIfAbsent("year", m.group(2));
        }
    }

    /** A conference's short name in brackets after an edited volume's number: " (NIPS*92)". */
    private static final Pattern PARENTHESISED_ACRONYM = Pattern.compile(" \\(\\p{Lu}{2,}[*'’-]?\\s?\\d{2,4}\\)");

    /** Words of a periodical's or a series' name, whose bare number is a volume: "Lecture Notes in Physics 818". */
    private static final Pattern SERIAL_WORD = Pattern.compile("(?i)\\b(?:journal|zeitschrift|review|revue|rivista|revista|"
            + "transactions|quarterly|annals|bulletin|series|studies|notes|supplement)\\b");
    private static final Pattern VOLUME_MARK_AT_END = Pattern.compile("(?i)\\b(?:vol|volume|band|bd|t|tome)\\.?$");

    /**
     * With no container labelled, a proceedings' name read into the end of a paper's title (no "In" before
     * it) is the container: "Scheduling and Page Migration. Proc. 6th Int'l. Conf. on Architectural Support
     * …". An edited volume with no author keeps its whole title.
     */
    static void proceedingsReadIntoTitle(Map<String, String> f) {
        String title = f.get("title");
        if (title == null || f.containsKey("container-title") || !f.containsKey("author") || title.length() < 30) {
            return;
        }
        Matcher m = PROCEEDINGS_AFTER_TITLE.matcher(title);
        if (m.matches()) {
            f.put("title", m.group(1));
            f.put("container-title", m.group(2));
        }
    }

    /** ACS's "2019, 141 (12), 4567–4575" read as pages "141, 4567-4575": a number, a comma, then a page range. */
    private static final Pattern VOLUME_THEN_RANGE = Pattern.compile("^(\\d{1,4}),\\s*(\\d+\\s*[-–]\\s*\\d+)$");

    /**
     * With no volume labelled, a lone number in the pages that is printed just before the page range (an
     * issue in parentheses between them at most) is the volume.
     */
    static void volumeReadIntoPages(String text, Map<String, String> f) {
        String page = f.get("page");
        if (page == null || f.containsKey("volume")) {
            return;
        }
        Matcher m = VOLUME_THEN_RANGE.matcher(page);
        if (m.matches()) {
            String firstPage = m.group(2).replaceFirst("^(\\d+).*", "$1");
            if (Pattern.compile("\\b" + m.group(1) + "\\s*(?:\\(\\s*\\d+\\s*\\))?\\s*[,:]?\\s*" + firstPage + "\\b").matcher(text).find()) {
                f.put("volume", m.group(1));
                f.put("page", m.group(2));
            }
            return;
        }
        // a journal's "Nucl. Phys. A, 444 (1985) 678" and ACS's "BMJ 2005, 330, 1347": one page after the year in
        // brackets, or the volume after the year; in a note, "(… 1989), 28, 29" are two pages
        Matcher one = VOLUME_THEN_PAGE.matcher(page);
        if (one.matches() && f.containsKey("container-title") && (Pattern.compile("\\b" + one.group(1)
                + "\\s*\\(\\s*(?:1[5-9]|20)\\d\\d\\s*\\)\\s*[,:]?\\s*" + one.group(2) + "\\b").matcher(text).find()
                || Pattern.compile("\\b(?:1[5-9]|20)\\d\\d,\\s*" + one.group(1) + ",\\s*" + one.group(2) + "\\b").matcher(text).find())) {
            f.put("volume", one.group(1));
            f.put("page", one.group(2));
        }
    }

    /** Where a work stands when it is not yet published, at the end of a field: "Inorg. Chim. Acta. À paraître", "…, in press". */
    private static final Pattern PUBLICATION_STATUS = Pattern.compile("(?iu)(?:^|[.,;:]?\\s+)\\(?((?:à|a)\\s+para[iî]tre|sous\\s+presse|soumis"
            + "|in\\s*press|submitted(?:\\s+for\\s+publication)?|accepted(?:\\s+for\\s+publication)?|forthcoming|in\\s+preparation"
            + "|to\\s+appear|im\\s+druck|in\\s+corso\\s+di\\s+stampa|в\\s+печати)\\)?\\.?$");

    /** The words that end {@link #PUBLICATION_STATUS}, lower-cased. */
    private static final List<String> STATUS_LAST_WORDS = List.of("paraître", "paraitre", "presse", "soumis", "press", "inpress",
            "submitted", "publication", "accepted", "forthcoming", "preparation", "appear", "druck", "stampa", "печати");

    /** Whether {@code value}'s last run of letters is one of {@link #STATUS_LAST_WORDS}, in any case (no copy made). */
    private static boolean endsWithStatusWord(String value) {
        int end = value.length();
        while (end > 0 && !Character.isLetter(value.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(value.charAt(start - 1))) {
            start--;
        }
        for (String word : STATUS_LAST_WORDS) {
            if (word.length() == end - start && value.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A work's status read into its journal, title or place ("Tetrahedron. À paraître", "Phys. Rev. D, in press"): the
     * note, as the data sets label it, and the field without it.
     */
    static void publicationStatusReadInto(Map<String, String> f) {
        for (String key : List.of("container-title", "title", "publisher-place")) {
            String value = f.get(key);
            if (value == null || !endsWithStatusWord(value)) {
                continue; // the cheap test first: the status ends the field
            }
            Matcher m = PUBLICATION_STATUS.matcher(value).region(Math.max(0, value.length() - 40), value.length())
                    .useAnchoringBounds(false);
            if (!m.find() || f.containsKey("note")) {
                continue;
            }
            f.put("note", m.group(1));
            String rest = value.substring(0, m.start()).strip();
            if (rest.isEmpty()) {
                f.remove(key);
            } else {
                f.put(key, rest);
            }
            return;
        }
    }

    /** A volume and a page read as one field: "689 66", "V349 665", or an article number after the volume, "10 P11006". */
    private static final Pattern VOLUME_SPACE_PAGE = Pattern.compile("^[Vv]?(\\d{1,4})\\s+(\\p{Lu}?\\d{1,6})$");
    /** The same read as pages: only with an article number's letter, as "p. 112 114" are two pages. */
    private static final Pattern VOLUME_SPACE_ARTICLE = Pattern.compile("^(\\d{1,4})\\s+(\\p{Lu}\\d{1,6})$");

    /**
     * IOP's "Phys. Lett. B 689 66" and "2015 JINST 10 P11006", with a journal: two numbers read as one volume (with no
     * page) or as one page (with no volume) are the volume and the page.
     */
    static void volumeAndPageInOneField(Map<String, String> f) {
        if (!f.containsKey("container-title")) {
            return;
        }
        String key = f.containsKey("page") ? (f.containsKey("volume") ? null : "page") : f.containsKey("volume") ? "volume" : null;
        Matcher m = key == null ? null : (key.equals("page") ? VOLUME_SPACE_ARTICLE : VOLUME_SPACE_PAGE).matcher(f.get(key).strip());
        if (m != null && m.matches()) {
            f.put("volume", m.group(1));
            f.put("page", m.group(2));
        }
    }

    /** A run of five or six digits, then a shorter last page: "277497 -529", "40212-8". */
    private static final Pattern GLUED_RANGE = Pattern.compile("^(\\d{5,6})\\s*[-–]+\\s*(\\d{1,3})$");

    /**
     * The Institute of Physics' "Commun. Math. Phys. 277 497–529" as PDF extraction glues it, "277497 -529": with a
     * journal but no volume, a first page of five or six digits before a shorter last page is the volume and a page of
     * three digits, where that page comes before the last ("277 | 497–529", "40 | 212–8"; "17782-66" stays).
     */
    static void volumeGluedToPages(Map<String, String> f) {
        String page = f.get("page");
        if (page == null || f.containsKey("volume") || !f.containsKey("container-title")) {
            return;
        }
        Matcher m = GLUED_RANGE.matcher(page.strip());
        if (!m.matches()) {
            return;
        }
        String digits = m.group(1);
        String start = digits.substring(digits.length() - 3);
        String end = m.group(2);
        String fullEnd = start.substring(0, 3 - end.length()) + end; // "212" and "8" end at 218
        if (start.charAt(0) == '0' || Integer.parseInt(fullEnd) <= Integer.parseInt(start)) {
            return;
        }
        f.put("volume", digits.substring(0, digits.length() - 3));
        f.put("page", start + "-" + end);
    }

    private static final Pattern VOLUME_THEN_PAGE = Pattern.compile("^(\\d{1,6}),\\s*(\\d{1,7})$");

    /** "In", "In:" or "//" just before a span. */
    private static final Pattern IN_BEFORE = Pattern.compile("(?i)(?:\\bin:?|//)\\s*$");
    /** A title followed by its edition or volume in parentheses: "Port governance in Asia (2nd ed.)". */
    private static final Pattern EDITION_OR_VOLUME_NEXT = Pattern.compile(
            "^\\s*\\((?:\\d+(?:st|nd|rd|th)\\s+ed\\.|[Rr]ev\\.\\s+ed\\.|[Vv]ol\\.\\s*\\d+)[^)]*\\)");

    /**
     * APA's "Lee, K. (2015). Port governance in Asia (2nd ed.). Routledge.": with no title labelled, a
     * container that no "In" or "//" introduces and that its edition or volume follows in parentheses is
     * the book's title (a chapter's book follows "In").
     */
    static void bookTitleReadAsContainer(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("title")) {
            return;
        }
        int at = text.indexOf(container);
        if (at >= 0 && !IN_BEFORE.matcher(text.substring(0, at)).find()
                && EDITION_OR_VOLUME_NEXT.matcher(text.substring(at + container.length())).find()) {
            f.put("title", f.remove("container-title"));
        }
    }

    /** A word that publishers' names abbreviate, "Cambridge Univ. Press", "Smith Bros. Ltd.". */
    private static final Pattern PUBLISHER_ABBREVIATION = Pattern.compile(
            "(?i)\\b(?:univ|co|inc|ltd|bros|dept|natl|intl|assoc|soc|acad|publ|corp|govt|inst)$");
    /** "Beloved. Knopf": a short title, a full stop, then the publisher's capitalised words. */
    private static final Pattern TITLE_STOP_PUBLISHER = Pattern.compile(
            "^(\\p{Lu}[^.]{0,60}?\\p{Ll}{3,})\\.\\s+(\\p{Lu}[^.]*)$");

    /**
     * MLA's "Morrison, Toni. Beloved. Knopf, 1987.": with no title and no container labelled, a publisher
     * span that holds a sentence and then a name is the title and the publisher.
     */
    static void titleReadIntoPublisher(String text, Map<String, String> f) {
        String publisher = f.get("publisher");
        if (publisher == null || f.containsKey("title") || f.containsKey("container-title")) {
            return;
        }
        Matcher m = TITLE_STOP_PUBLISHER.matcher(publisher);
        if (m.matches() && !PUBLISHER_ABBREVIATION.matcher(m.group(1)).find()) {
            f.put("title", m.group(1).strip());
            f.put("publisher", m.group(2).strip());
        }
    }

    /** An inverted name's initials, then a capitalised word: "Smith, J. Ports", "Hoover, J. Edgar". */
    private static final Pattern INVERTED_INITIALS_THEN_WORD = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+,\\s+(?:\\p{Lu}\\.\\s?){1,3})\\s*(\\p{Lu}\\p{Ll}+)(?:\\s(?![^,&]*\\band\\b)[^,&]*)?$");
    /** An inverted name whose given names run on past a middle initial: "Said, Edward W. Orientalism". */
    private static final Pattern INITIAL_THEN_WORDS = Pattern.compile("^([^,]+,\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.)\\s+(\\p{Lu}.*)$");
    private static final Pattern TRAILING_STOP = Pattern.compile("\\.$");
    /** A place and the colon before its publisher: "London: ", "New York: ". */
    private static final Pattern PLACE_AND_COLON = Pattern.compile("\\p{Lu}[\\p{L}.\\s-]{1,30}:\\s");
    /** After the author: a full stop, a capitalised sentence, a full stop, then a word. */
    private static final Pattern SENTENCE_AFTER_AUTHOR = Pattern.compile("^\\.?\\s+(\\p{Lu}[^.:]{0,120}?[\\p{Ll}\\d?!])[.?!]?\\.\\s+\\p{L}"); // a journal's "Fiz. 31", "Res. (2002)" go on with no word

    /**
     * Chicago's "Said, Edward. Orientalism. New York: Pantheon, 1978." and "Said, Edward W. Orientalism. …":
     * with no title and no container labelled, a one-word or short title was left unlabelled after the
     * author, or read into the given names after a middle initial (a given name does not go on past it).
     */
    static void titleLeftAfterAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("title") || f.containsKey("container-title")) {
            return;
        }
        Matcher initials = INVERTED_INITIALS_THEN_WORD.matcher(author);
        if (initials.matches() && !io.github.citekit.internal.extract.GivenNames.contains(initials.group(2))) {
            // "Smith, J. Ports": no given name follows initials but one such as "Hoover, J. Edgar"'s
            f.put("author", initials.group(1));
            f.put("title", SpanText.clean(author.substring(initials.start(2))));
            return;
        }
        Matcher runOn = INITIAL_THEN_WORDS.matcher(author);
        if (runOn.matches()) {
            String[] words = runOn.group(2).split("\\s+", 2);
            boolean suffix = Names.isSuffix(words[0]) || Names.isSuffix(TRAILING_STOP.matcher(words[0]).replaceFirst(""));
            String title = suffix ? (words.length > 1 ? words[1] : "") : runOn.group(2); // "Smith, John W. Jr. Ports"
            if (!title.isEmpty() && Character.isUpperCase(title.charAt(0))) {
                f.put("author", suffix ? runOn.group(1) + " " + words[0] : runOn.group(1));
                f.put("title", SpanText.clean(title));
            }
            return;
        }
        int a = text.indexOf(author);
        if (a < 0 || a > 8) {
            return;
        }
        Matcher m = SENTENCE_AFTER_AUTHOR.matcher(text.substring(a + author.length()));
        if (!m.find()) {
            return;
        }
        String title = m.group(1).strip();
        String after = text.substring(a + author.length() + m.end() - 1);
        if (title.length() < 5 && title.indexOf(' ') < 0 && !PLACE_AND_COLON.matcher(after).lookingAt()) {
            return; // a journal's abbreviated word, "Usp. Fiz. Nauk"; "Emma. London: …" is a title before its imprint
        }
        for (var e : f.entrySet()) {
            if (e.getValue().contains(title) || title.contains(e.getValue())) {
                return; // the sentence is, or holds, another field: "Thèse, Université d'Orléans"
            }
        }
        f.put("title", title);
    }

    /**
     * Whether {@code number} occurs after white space and before an optional comma and white space, as the
     * day in {@link #MONTH_DAY_YEAR} does: a cheap test before that regex.
     */
    private static boolean standsBeforeAYear(String text, String number) {
        for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
            int end = at + number.length();
            if (end < text.length() && text.charAt(end) == ',') {
                end++;
            }
            if (at > 0 && Character.isWhitespace(text.charAt(at - 1)) && end + 1 < text.length()
                    && Character.isWhitespace(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some occurrence of {@code number} follows a month's name, white space and perhaps a full stop
     * between: what a match of {@link #MONTH_DAY_YEAR} whose day is {@code number} needs (its month word is
     * the whole run of letters there), tested without the regex's search over the text.
     */
    private static boolean followsAMonth(String text, String number) {
        for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
            int e = at;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e == at) {
                continue;
            }
            if (e > 0 && text.charAt(e - 1) == '.') {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (e - b >= 3 && Dates.month(text.substring(b, e)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)\\b((\\p{L}{3,})\\.?\\s+(\\d{1,2}),?\\s+((?:1[5-9]|20)\\d\\d))\\b");

    /**
     * "…, October 10, 2016, available at": a day the labeller read as the volume. It is dropped, and the
     * date becomes the full date when it held only that year.
     */
    static void dayReadAsVolume(String text, Map<String, String> f) {
        String volume = f.get("volume");
        if (volume == null || !DAY.matcher(volume).matches()) {
            return;
        }
        Matcher m = standsBeforeAYear(text, volume) && followsAMonth(text, volume) ? MONTH_DAY_YEAR.matcher(text) : null;
        while (m != null && m.find()) {
            if (m.group(3).equals(volume) && Dates.month(m.group(2)) > 0) {
                f.remove("volume");
                String date = f.get("date");
                if (date == null || date.equals(m.group(4))) {
                    f.put("date", m.group(1));
                    f.put("year", m.group(4));
                }
                return;
            }
        }
        // "The Daily Paper, 12 March": a day before its month
        for (int at = text.indexOf(volume + " "); at >= 0; at = text.indexOf(volume + " ", at + 1)) {
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            if (Character.isLetterOrDigit(before) || ".:/(-".indexOf(before) >= 0) {
                continue;
            }
            Matcher word = MONTH_WORD.matcher(text).region(at + volume.length() + 1, text.length());
            if (word.lookingAt() && Dates.month(word.group()) > 0) {
                f.remove("volume");
                return;
            }
        }
    }

    private static final Pattern MONTH_WORD = Pattern.compile("\\p{L}{3,}\\b");

    private static final Pattern GIVEN_FIRST_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)*\\s\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern TITLE_AFTER_NAME = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?(?:\\s(?:de|van|von|der|den|da|di|du|la|le))*"
            + "\\s\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?),\\s(\\S.*)$");

    /** "World Health Organization. Ports and health": an organisation's name, its words capitalised, then a sentence. */
    private static final Pattern ORGANISATION_THEN_TITLE = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}'’&-]*|of|for|and|on|the|in)(?:\\s(?:\\p{Lu}[\\p{L}'’&-]*|of|for|and|on|the|in)){1,8})\\.\\s(\\p{Lu}.*)$");

    /**
     * "World Health Organization. Ports and health [Internet]. Geneva: WHO; 2019.": Vancouver prints an
     * organisation as the author, which the labeller can read as the start of the title. With no author, a
     * title that opens with an organisation's name and a full stop gives the author back.
     */
    static void organisationReadAsTitle(Map<String, String> f) {
        String title = f.get("title");
        if (title == null || f.containsKey("author") || f.containsKey("editor")) {
            return;
        }
        Matcher m = ORGANISATION_THEN_TITLE.matcher(title);
        if (m.matches() && Names.namesOrganisation(m.group(1))) {
            f.put("author", m.group(1));
            f.put("title", m.group(2));
        }
    }

    /**
     * "Dugin, A. G. (1997). Osnovy geopolitiki [Foundations of geopolitics]. Moscow: Arktogeya.": a title in
     * transliteration with its translation in brackets, read as a container with no volume, issue or pages,
     * is the book's title, with its translation as printed.
     */
    static void translatedTitleReadAsContainer(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("title") || f.containsKey("volume") || f.containsKey("issue")
                || f.containsKey("page")) {
            return;
        }
        int at = text.indexOf(container + " [");
        int close = at < 0 ? -1 : text.indexOf(']', at + container.length());
        int nested = at < 0 ? -1 : text.indexOf('[', at + container.length() + 2);
        if (close > 0 && (nested < 0 || nested > close)) {
            f.put("title", text.substring(at, close + 1));
            f.remove("container-title");
        }
    }

    /**
     * "Ports. (2020). In Encyclopaedia Britannica.": an entry of a reference work, printed as APA does an
     * authorless entry, whose title the labeller read as a one-word author: with no title and a container
     * after "In", that word is the title. ("Stratfor. (2016). Title." has its title and keeps its author.)
     */
    static void entryTitleReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        String container = f.get("container-title");
        if (author == null || container == null || f.containsKey("title") || author.contains(" ") || author.contains(",")
                || !text.contains("In " + container)) {
            return;
        }
        f.put("title", f.remove("author"));
    }

    /** A patent's designation: "U.S. Patent No. 9,123,456", "USA Patent № 5351122", "US Patent 3,712,959". */
    private static final Pattern PATENT = Pattern.compile("(?:\\b(?:U\\.\\s?S\\.(?:\\s?A\\.)?|USA?|Korea|European|Japan(?:ese)?|German|"
            + "Russian|RU|EP|WO)\\s?)?[Pp]atent(?:\\s?No\\.|\\s?№)?\\s?"
            + "(?:\\d[\\d,./-]*\\d(?:\\s\\d{3,4}(?!\\d))*|\\d(?:\\s\\d{3,4}(?!\\d))+)"); // "4 0054 881": groups of digits
    /** A report's series and number in parentheses: "(Working Paper No. 12)", "(Report No. EPA-823-R-16-003)". */
    private static final Pattern REPORT_NUMBER = Pattern.compile("\\(((?:\\p{L}[\\p{L}-]*\\s){0,3}(?:[Pp]aper|[Rr]eport|[Bb]rief|"
            + "[Mm]emorandum|[Ss]eries)\\s(?:No\\.|#)\\s?([\\w.-]*\\w))\\)");
    /** APA's description in brackets after a title: "[Data set]", "[Computer software]", "[Video]". */
    private static final Pattern DESCRIPTION = Pattern.compile("^(.+?)\\s*\\[(Data set|Dataset|Computer software|Software|Video|"
            + "Audio podcast|Podcast episode|Film|Motion picture|Press release|Brochure|Fact sheet|Infographic|Map|"
            + "PowerPoint slides|Lecture notes|Tweet|Facebook post|Blog post|Blog comment|Online forum post)]$");

    /**
     * Works described by a designation that the labeller rarely sees: a patent ("U.S. Patent No.
     * 9,123,456"), a report's series and number ("(Working Paper No. 12)"), APA's bracketed description
     * ("[Data set]"). Each becomes the genre, as the data sets record it, and its number no volume, issue
     * or page.
     */
    static void describedWork(String text, Map<String, String> f) {
        if (f.containsKey("genre")) {
            return;
        }
        Matcher patent = text.contains("atent") ? PATENT.matcher(text) : null;
        Matcher report = text.contains("No.") || text.contains("#") ? REPORT_NUMBER.matcher(text) : null;
        String title = f.get("title");
        Matcher described = title != null && title.endsWith("]") ? DESCRIPTION.matcher(title) : null;
        if (patent != null && patent.find()) {
            f.put("genre", patent.group());
            String digits = patent.group().replaceAll("\\D", "");
            String date = f.get("date");
            String number = patent.group().substring(patent.group().indexOf(' ') + 1);
            if (date != null && number.length() > 2 && date.startsWith(number.substring(number.indexOf(' ') + 1))) {
                // "US patent 4 0054 881 October 18, 1977": the number read into the date
                String rest = date.substring(number.substring(number.indexOf(' ') + 1).length()).strip();
                if (!rest.isEmpty()) {
                    f.put("date", rest);
                }
            }
            for (String k : List.of("volume", "issue", "page")) {
                if (f.containsKey(k) && digits.contains(f.get(k).replaceAll("\\D", ""))) {
                    f.remove(k);
                }
            }
        } else if (report != null && report.find()) {
            f.put("genre", report.group(1));
            for (String k : List.of("volume", "issue", "number")) {
                if (report.group(2).equals(f.get(k))) {
                    f.remove(k);
                }
            }
        } else if (described != null && described.matches()) {
            f.put("title", described.group(1));
            f.put("genre", described.group(2));
        } else if (title != null && text.indexOf('[') > 0) {
            // the description left outside the title: "Ports are changing fast [Tweet]. Twitter."
            int at = text.indexOf(title);
            Matcher after = at < 0 ? null : DESCRIPTION_AFTER.matcher(text.substring(at + title.length()));
            if (after != null && after.lookingAt()) {
                f.put("genre", after.group(1));
            }
        }
    }

    /** {@link #DESCRIPTION}'s brackets right after a title, outside it. */
    private static final Pattern DESCRIPTION_AFTER = Pattern.compile("\\s*\\[(Data set|Dataset|Computer software|Software|Video|"
            + "Audio podcast|Podcast episode|Film|Motion picture|Press release|Brochure|Fact sheet|Infographic|Map|"
            + "PowerPoint slides|Lecture notes|Tweet|Facebook post|Blog post|Blog comment|Online forum post)]");

    /** What kind of document a report or draft is, as references name it in place of a container. */
    private static final Pattern REPORT_KIND = Pattern.compile("(?i)(?:(?:technical|tech\\.?|research|internal|project)\\s+"
            + "(?:reports?|rep\\.?|rept\\.?|memo(?:randum)?|note)|(?:working|discussion)\\s+paper|(?:unpublished\\s+)?manuscript|"
            + "draft\\s+paper|internet-draft)");
    /** A report's number after its kind: "41", "CS-1992-18", "No. 131", "MIT/LCS/TR-340", "TR 9603". */
    private static final Pattern REPORT_ID = Pattern.compile("^\\.?\\s*((?:No\\.\\s?|#\\s?|\\p{Lu}{1,5}\\s)?[\\p{L}\\d][\\w/.-]*?\\d[\\w/-]*)(?=[,;.]?(?:\\s|$))");

    /**
     * "Technical report 41, Institute …", "Manuscript, 1995", "Internet-Draft": the kind of document, read
     * as a container, is the genre, with the report's number (Cora's, AnyStyle's and GROBID's data agree
     * on "Technical report 41"); a genre read without its number ("Tech. rep." before "MIT/LCS/TR-340")
     * gets it back, and the number is no volume.
     */
    static void reportKindReadAsContainer(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container != null && !f.containsKey("genre") && REPORT_KIND.matcher(container).matches()) {
            f.put("genre", f.remove("container-title"));
        }
        String genre = f.get("genre");
        if (genre == null || !REPORT_KIND.matcher(genre).matches()) {
            return;
        }
        int at = text.indexOf(genre);
        Matcher id = at < 0 ? null : REPORT_ID.matcher(text).region(at + genre.length(), text.length());
        if (id != null && id.lookingAt()) {
            String number = id.group(1);
            f.put("genre", genre + (text.charAt(at + genre.length()) == '.' ? ". " : " ") + number);
            for (String k : List.of("volume", "issue")) {
                if (number.endsWith(f.getOrDefault(k, "\u0000"))) {
                    f.remove(k);
                }
            }
        }
    }

    /** "Ports reopen. BBC News": a sentence of two or more words, one in lower case, then a capitalised name. */
    private static final Pattern SENTENCE_THEN_NAME = Pattern.compile("^(\\p{Lu}[^\\s.]*(?:\\s[^\\s.]+)*?\\s\\p{Ll}{2,}[^\\s.]*(?:\\s[^\\s.]+)*?)\\.\\s(\\p{Lu}.*)$");

    /**
     * "Smith, J. (2020, March 12). Ports reopen. BBC News.": with no title labelled, a container that opens
     * with a sentence in lower case ("Ports reopen") before the name holds the title. Abbreviated journal
     * names ("J. Am. Chem. Soc", "Journal f. prakt. Chemie") open with no such sentence.
     */
    static void titleReadAsContainer(Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("title")) {
            return;
        }
        Matcher m = SENTENCE_THEN_NAME.matcher(container);
        if (m.matches()) {
            f.put("title", m.group(1));
            f.put("container-title", m.group(2));
        } else if (container.endsWith("]") && TRANSLATION_IN_BRACKETS.matcher(container).matches() && !f.containsKey("volume")
                && !f.containsKey("issue") && !f.containsKey("page")) {
            // "Osnovy geopolitiki [Foundations of Geopolitics]. Moscow: Arktogeya.": a book's transliterated
            // title with its translation in brackets, as APA prints it; no journal is translated so
            f.put("title", f.remove("container-title"));
        }
    }

    /** A title, then its translation in square brackets. */
    private static final Pattern TRANSLATION_IN_BRACKETS = Pattern.compile("^\\S.{2,}?\\s\\[\\p{Lu}[^\\[\\]]{2,}]$");

    /** "White, P. Northern Sea": an inverted name with its initials, then capitalised words. */
    private static final Pattern INVERTED_NAME_THEN_WORDS = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+,\\s(?:\\p{Lu}\\.\\s?(?:-\\s?\\p{Lu}\\.\\s?)?){1,3})\\s*(\\p{Lu}\\p{Ll}+(?:\\s\\S+){1,8})$");
    /**
     * "Smith, John. Harbours" and "Kafka, Franz, and Max Brod. Tagebücher": names ending in a full word
     * (not an initial) and a full stop, then capitalised words (MLA's and Chicago's bibliographies).
     */
    private static final Pattern NAMES_STOP_THEN_WORDS = Pattern.compile(
            "^(\\p{Lu}[^.]*\\p{Ll}{2,})\\.\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\S+){0,8})$");
    /** "Mary Brown, Arctic Shipping": a given name first, then after the last comma capitalised words. */
    private static final Pattern GIVEN_FIRST_THEN_WORDS = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?\\s\\p{Lu}[\\p{L}'’-]+),\\s(\\p{Lu}\\p{Ll}+(?:\\s\\S+){1,8})$");

    /**
     * "White, P. Northern Sea. London: Verso, 2020." and "Mary Brown, Arctic Shipping (Oslo: …)": with no
     * title labelled, a short title of capitalised words read into the author span is taken back, when
     * the author is one name and what follows it cannot be a name (its first word is no known given name
     * and it follows the initials that end an inverted name, or a comma after a "Given Family" pair).
     */
    static void titleReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("title")) {
            return;
        }
        Matcher m = INVERTED_NAME_THEN_WORDS.matcher(author);
        if (!m.matches()) {
            m = GIVEN_FIRST_THEN_WORDS.matcher(author);
            if (!m.matches() || !io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(m.group(1)))) {
                m = NAMES_STOP_THEN_WORDS.matcher(author);
                if (!m.matches() || !(m.group(1).contains(",") || m.group(1).contains(" and "))) {
                    return;
                }
            }
        }
        String words = m.group(2);
        if (io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(words)) || !text.contains(words)) {
            return;
        }
        f.put("author", m.group(1).strip());
        f.put("title", SpanText.clean(words));
    }

    /**
     * "Colin S. Gray, Geoffrey Sloan, Geopolitics, Geography and Strategy": where the authors are written
     * given name first and the title begins with one more "Given Family" before a comma, whose first word
     * is a known given name, that pair is the last author, not the start of the title ("Orland Figes,
     * Peasant Russia, Civil War" keeps its title).
     */
    static void coAuthorReadAsTitle(String text, Map<String, String> f) {
        String author = f.get("author");
        String title = f.get("title");
        if (author == null || title == null || author.contains(",") && !author.contains(" and ")
                || !text.contains(author + ", ")) { // what the test below needs, without its regexes
            return;
        }
        String last = ALL_BUT_LAST_NAME.matcher(author).replaceFirst("");
        Matcher m = TITLE_AFTER_NAME.matcher(title);
        if (GIVEN_FIRST_NAME.matcher(last).matches() && m.matches() && text.contains(author + ", " + m.group(1) + ", ")
                && io.github.citekit.internal.extract.GivenNames.contains(m.group(1).substring(0, m.group(1).indexOf(' ')))) {
            f.put("author", author + ", " + m.group(1));
            f.put("title", m.group(2));
        }
    }

    static final Pattern INSTITUTION_WORDS = Pattern.compile("(?i)univ|institut|laborator|\\blabs?\\b|\\bdept\\b|"
            + "department|college|school|\\bcent(?:er|re)\\b|research|faculty|[ée]cole");
    /** APA's "Title [Doctoral dissertation, University of Leeds]": the bracket names the genre and the institution. */
    private static final Pattern THESIS_DESCRIPTION = Pattern.compile(
            "^(.+?)\\s*\\[((?i:(?:unpublished\\s+)?(?:doctoral|master['’]?s|ph\\.?\\s?d\\.?|bachelor['’]?s)\\s+(?:dissertation|thesis)))"
            + "(?:,\\s*([^\\]]+))?]$");
    /** APA 6's "Title (Master's thesis)": the same in parentheses, the institution after it. */
    private static final Pattern THESIS_IN_PARENTHESES = Pattern.compile(
            "^(.+?)\\s*\\(((?i:(?:unpublished\\s+)?(?:doctoral|master['’]?s|ph\\.?\\s?d\\.?|bachelor['’]?s)\\s+(?:dissertation|thesis)))"
            + "(?:,\\s*([^)]+))?\\)$");

    /** Takes a thesis description out of the title into the genre and publisher. */
    static void describedThesis(String text, Map<String, String> f) {
        String title = f.get("title");
        int open = title == null || title.endsWith("]") ? -1 : title.lastIndexOf(" [");
        if (open > 0 && title.indexOf(']', open) < 0) {
            // the labeller cut the bracket, "Harbour cities [Doctoral dissertation": the text has it whole
            int at = text.indexOf(title);
            int close = at < 0 ? -1 : text.indexOf(']', at + title.length());
            if (close > 0 && close - at - title.length() < 120) {
                title = text.substring(at, close + 1);
            }
        }
        Matcher m = title == null ? null : title.endsWith("]") ? THESIS_DESCRIPTION.matcher(title)
                : title.endsWith(")") ? THESIS_IN_PARENTHESES.matcher(title) : null;
        if (m != null && m.matches()) {
            f.put("title", SpanText.clean(m.group(1)));
            f.put("genre", m.group(2));
            if (m.group(3) != null && !f.containsKey("publisher")) {
                f.put("publisher", SpanText.clean(m.group(3)));
                if (f.getOrDefault("publisher-place", "").equals(f.get("publisher"))) {
                    f.remove("publisher-place");
                }
            } else if (m.group(3) != null) { // a repository named after the bracket was read as the publisher
                String university = SpanText.clean(m.group(3));
                f.putIfAbsent("institution", university);
                if (university.equals(f.get("container-title"))) {
                    f.remove("container-title");
                }
            }
        } else if (f.containsKey("container-title") && THESIS_GENRE.matcher(f.getOrDefault("genre", "").toLowerCase(Locale.ROOT)).find()
                && INSTITUTION_WORDS.matcher(f.get("container-title")).find() && !f.containsKey("volume") && !f.containsKey("page")) {
            // "[Doctoral dissertation, University of Oxford]. Oxford Research Archive.": the bracket's university
            // read as a container; the name after it is the repository that holds the thesis
            f.put(f.containsKey("publisher") ? "institution" : "publisher", f.remove("container-title"));
        }
    }

    /**
     * "Jeffrey Mankoff, Russia's Latest Land Grab, Foreign Affairs, 2014": with no author labelled, a
     * reference that opens with a known given name and a family name before a comma opens with its author.
     */
    static void authorReadAsTitle(String text, Map<String, String> f) {
        String title = f.get("title");
        if (f.containsKey("author") || f.containsKey("editor") || title == null) {
            return;
        }
        Matcher m = TITLE_AFTER_NAME.matcher(title);
        if (m.matches() && text.strip().startsWith(m.group(1) + ",")
                && io.github.citekit.internal.extract.GivenNames.contains(m.group(1).substring(0, m.group(1).indexOf(' ')))) {
            f.put("author", m.group(1));
            f.put("title", m.group(2));
        }
    }

    /** "(Accessed: 3 March 2020)" ends like an imprint "(London: Verso 2020)" but is an access date. */
    private static final Pattern ACCESS_WORD = Pattern.compile("(?iu)accessed|retrieved|viewed|consulted|cited|дата обращения");

    private static final Pattern ALL_BUT_LAST_NAME = Pattern.compile("^.*(?:,\\s|\\sand\\s)");

    private static final Pattern DASH_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)\\s*[–—]\\s*(?=\\d)");

    private static final Pattern DAY = Pattern.compile("\\d{1,2}");

    /** An access word left at the end of a container: "Wikipedia. Retrieved". */
    private static final Pattern TRAILING_ACCESS_WORD = Pattern.compile("(?iu)[.,]?\\s+(?:retrieved|accessed|available)$");

    /** A date read only from the access date ("дата обращения: 12.03.2019") is not the work's date. */
    static void accessDateIsNotTheDate(String text, Map<String, String> f) {
        String date = f.get("date");
        int at = date == null ? -1 : text.indexOf(date);
        if (at < 0 || text.indexOf(date, at + 1) >= 0) {
            return;
        }
        // only the few words before the date can make it an access date: no search of the whole text
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), at + date.length() + 1);
        if (!mentionsAccess(text.substring(from, to))) {
            return;
        }
        Matcher accessed = ACCESSED.matcher(text).region(from, to);
        if (accessed.find() && at >= accessed.start() && at + date.length() <= accessed.end()) {
            f.remove("date");
            f.remove("year");
        }
    }

    /** Whether {@code text} ends with "1999)" or "1999).", as {@link #IMPRINT} needs: a cheap test before it. */
    private static boolean endsWithYearInParentheses(String text) {
        int end = text.endsWith(").") ? text.length() - 2 : text.endsWith(")") ? text.length() - 1 : -1;
        if (end < 4) {
            return false;
        }
        for (int i = end - 4; i < end; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A journal abbreviation's first word read as the last author's ("K. Mannheim Astropart. Phys.") goes to the journal. */
    static void journalWordInAuthors(String text, Map<String, String> f) {
        String author = f.get("author");
        String container = f.get("container-title");
        if (author == null || container == null) {
            return;
        }
        int at = text.indexOf(author);
        int c = at < 0 ? -1 : text.indexOf(container, at + author.length());
        if (c < 0 || !FULL_STOPS.matcher(text.substring(at + author.length(), c)).matches()) {
            return;
        }
        Matcher m = AUTHOR_THEN_JOURNAL_WORD.matcher(author);
        if (m.matches()) {
            f.put("author", m.group(1));
            f.put("container-title", SpanText.clean(text.substring(at + m.start(2), c + container.length())));
        }
    }

    /**
     * "Ports reopen, 12.03.2019": a numeric day, month and year is the full date, read whole (the labeller
     * takes the year for the date and the day for a volume). An access date is left alone.
     */
    static void numericDate(String text, Map<String, String> f) {
        String year = f.get("year");
        // ".2019" is rare otherwise: no regex over every reference
        Matcher m = year == null || !text.contains("." + year) ? null : DAY_MONTH_YEAR.matcher(text);
        if (m == null || !m.find() || !m.group(3).equals(year) || !f.getOrDefault("date", "").equals(year)
                || Integer.parseInt(m.group(2)) > 12 || Integer.parseInt(m.group(1)) > 31) {
            return;
        }
        Matcher accessed = ACCESSED.matcher(text);
        if (accessed.find() && accessed.start(1) <= m.start() && m.end() <= accessed.end()) {
            return;
        }
        f.put("date", m.group());
        for (String k : List.of("volume", "issue")) {
            String v = f.get(k);
            if (v != null && (v.equals(m.group(1)) || v.equals(m.group(2)))) {
                f.remove(k); // the day or month read as a volume or issue
            }
        }
    }

    /** An editor span that "Translated by" introduces, or "(trans.)" follows, names the translators. */
    static void translatorNamedAsEditor(String text, Map<String, String> f) {
        String editor = f.get("editor");
        if (editor == null || f.containsKey("translator")) {
            return;
        }
        int at = text.indexOf(editor);
        if (at < 0) {
            return;
        }
        String before = text.substring(Math.max(0, at - 30), at);
        if (TRANSLATED_BEFORE.matcher(before).find() || TRANSLATED_AFTER.matcher(text.substring(at + editor.length())).find()) {
            f.put("translator", f.remove("editor"));
        }
    }

    /** GB/T 7714's mark of a work's kind left at the end of its title or container ("… 以微信为例 [J]"). */
    static void typeMarkLeftIn(Map<String, String> f) {
        for (String key : List.of("title", "container-title")) {
            String v = f.get(key);
            if (v != null && v.endsWith("]")) {
                Matcher m = GBT_TYPE_MARK.matcher(v);
                if (m.find() && m.end() == v.length() && m.start() > 0) {
                    f.put(key, v.substring(0, m.start()).strip());
                }
            }
        }
    }

    /**
     * The end of an author span that runs straight into the container: a full name with initials ("K.
     * Mannheim", "R. W. WALKER.") and then one capitalised word, perhaps after an initial-like letter,
     * that an abbreviation's full stop follows: "Astropart", "React", "Z. Anorg".
     */
    private static final Pattern AUTHOR_THEN_JOURNAL_WORD = Pattern.compile(
            "^(.*\\p{Lu}\\.\\s*\\p{Lu}[\\p{L}'-]+)\\.?\\s+((?:\\p{Lu}\\.\\s*)?\\p{Lu}\\p{Ll}+)$");

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:1[5-9]|20)\\d\\d)(?![\\d.]\\d)");

    private static final Pattern FULL_STOPS = Pattern.compile("\\.[\\s.]*");

    /** "(trans.)", "trans." just after a name span. */
    private static final Pattern TRANSLATED_AFTER = Pattern.compile("(?iu)^\\s*,?\\s*\\(?(?:trans|transl|tr)\\.?\\)?(?:[\\s,.]|$)");

    /** "Translated by", "trans.", "Traduction de", "Trad. fr. par" just before a name span. */
    private static final Pattern TRANSLATED_BEFORE = Pattern.compile(
            "(?iu)(?:\\btranslated|\\btransl?\\.|\\btraduction|\\btrad\\.?(?:\\s*fr\\.)?|\\bübersetzt|\\bпер\\.)\\s*(?:by|de|par|von|с\\s+\\p{L}+\\.)?\\s*$");

    /** Whether {@code text} has one of the words that {@link ReferenceParser#ACCESSED} starts with: a cheap test before it. */
    private static boolean mentionsAccess(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("accessed") || t.contains("retrieved") || t.contains("viewed") || t.contains("consulted")
                || t.contains("дата обращения");
    }
}
