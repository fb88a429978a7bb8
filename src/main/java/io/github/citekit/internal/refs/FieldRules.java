package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ReferenceWords.THESIS_GENRE;
import static io.github.citekit.internal.refs.ReferenceWords.PROCEEDINGS;
import static io.github.citekit.internal.refs.ReferenceWords.NEWSPAPER;
import static io.github.citekit.internal.refs.ReferenceWords.MAGAZINE;
import static io.github.citekit.internal.refs.ReferenceWords.LOST_LINK;
import static io.github.citekit.internal.refs.ReferenceWords.IN_MARK;
import static io.github.citekit.internal.refs.ReferenceWords.INSTITUTION_WORDS;
import static io.github.citekit.internal.refs.ReferenceWords.GBT_TYPE_MARK;
import static io.github.citekit.internal.refs.LabelRuns.lastWord;

import io.github.citekit.internal.extract.Names;
import java.util.ArrayList;
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
 * that its rules and the labeller read. The rules over titles and hosts are here; those over numbers and dates are in
 * {@link NumberFields}, over the imprint in {@link ImprintFields}, over names in {@link NameFields}.
 */
final class FieldRules {
    private FieldRules() {
    }

    private static final Pattern EDITOR_MARK = Pattern.compile("(?iu)^(?:\\.,?|,)?\\s*(?:\\(?(?:eds?|editors?|hrsg|hg|dir|réd|ред)\\.?\\)?"
            + "|\\((?:éds?|coords?|orgs?|a cura di|red|comps?)\\.?\\))[.,:]?(?:\\s|$)"); // "Org. Synth." is a journal: these in brackets only
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
        quotedTitleRunsPastItsQuote(text, f);
        String author = f.get("author");
        if (author != null) {
            int at = text.indexOf(author);
            if (at >= 0 && EDITOR_MARK.matcher(text.substring(at + author.length())).find() && !f.containsKey("editor")) {
                f.put("editor", f.remove("author"));
            }
        }
        NameFields.translatorNamedAsEditor(text, f);
        NumberFields.accessDateIsNotTheDate(text, f);
        NumberFields.numericDate(text, f);
        NameFields.journalWordInAuthors(text, f);
        describedThesis(text, f);
        NameFields.authorReadAsTitle(text, f);
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
        if (ReferenceParser.isCyrillic(text)) {
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
        NameFields.coAuthorReadAsTitle(text, f);
        NameFields.titleReadAsAuthor(text, f);
        f.computeIfPresent("container-title", (k, v) -> TRAILING_ACCESS_WORD.matcher(v).replaceFirst(""));
        organisationReadAsTitle(f);
        titleReadAsContainer(f);
        translatedTitleReadAsContainer(text, f);
        NameFields.entryTitleReadAsAuthor(text, f);
        describedWork(text, f);
        reportKindReadAsContainer(text, f);
        NumberFields.dayReadAsVolume(text, f);
        bookTitleReadAsContainer(text, f);
        ImprintFields.titleReadIntoPublisher(text, f);
        NameFields.titleLeftAfterAuthor(text, f);
        NumberFields.volumeReadIntoPages(text, f);
        NumberFields.volumeGluedToPages(f);
        NumberFields.volumeAndPageInOneField(f);
        publicationStatusReadInto(f);
        periodicalReadIntoTitle(f);
        journalReadIntoTitleBeforeItsNumbers(text, f);
        journalAfterQuestion(f);
        proceedingsReadIntoTitle(f);
        NumberFields.numberedSeriesVolume(text, f);
        bookInASeries(text, f);
        translatorInBracketsAfterTitle(text, f);
        transliteratedHostInTitle(text, f);
        russianDegreeThesis(f);
        thesisInADatabase(text, f);
        conferencePlaceReadIntoContainer(text, f);
        NumberFields.romanVolume(text, f);
        ImprintFields.cityReadIntoTitle(text, f);
        yearAndJournalReadIntoTitle(f);
        containerReadIntoQuotedTitle(f);
        containerAfterCommaIn(f);
        designationReadAsNote(f);
        reportDesignationAfterTitle(f);
        ImprintFields.editionReadIntoPublisher(f);
        for (String key : List.of("title", "container-title")) {
            NameFields.translatorReadInto(key, f);
        }
        imprintReadIntoTitle(text, f);
        editionOrVolumesReadIntoTitle(f);
        NumberFields.titlesYearsReadAsDate(text, f);
        NumberFields.journalsYearReadIntoDate(text, f);
        ImprintFields.placeReadIntoTitle(text, f);
        NameFields.titleStartReadAsAuthor(text, f);
        NameFields.titleWordReadAsAuthor(text, f);
        NameFields.titleReadAsLastAuthor(text, f);
        NumberFields.numberReadAsVolume(text, f);
        NumberFields.journalWithoutVolumes(f);
        NumberFields.proceedingsOfScience(text, f);
        NameFields.editorsReadAsAuthors(text, f);
        NameFields.coEditorReadAsAuthor(text, f);
        NumberFields.titlesYearsReadAsPages(text, f);
        NumberFields.yearsReadAsPages(f);
        NumberFields.undated(text, f);
        ImprintFields.countryReadAsPublisher(text, f);
        bookReadAsJournal(text, f);
        editedBookReadAsContainer(text, f);
        editedBookSeriesReadAsContainer(text, f);
        NumberFields.isbnReadAsPage(text, f);
        ImprintFields.transliteratedImprint(f);
        ImprintFields.publisherReadIntoPlace(f);
        ImprintFields.publisherBesidePlace(f);
        ImprintFields.placeReadIntoPublisher(f);
        ImprintFields.placeAfterPublisherWithoutComma(f);
        ImprintFields.placeReadIntoPublisherBeforeIt(f);
        ImprintFields.monthOrMediumReadIntoPlace(f);
        ImprintFields.journalReadAsPublisher(f);
        ImprintFields.titleAndPublisherReadAsAuthors(f);
        ImprintFields.wordsReadIntoDate(text, f);
        ImprintFields.publisherReadIntoTitleEnd(f);
        NameFields.journalReadAsAuthor(f);
        NumberFields.issueLeftOutAfterVolume(text, f);
        NumberFields.markedIssueLeftOut(text, f);
        CjkRules.cjkTitleReadAsAuthor(f);
        CjkRules.japaneseQuotes(text, f);
        preprintServerId(text, f);
        ImprintFields.organisationReadAsContainer(f);
        typeMarkLeftIn(f);
        containerTail(text, f);
        requestForComments(text, f);
        paperInASeries(text, f);
    }

    /**
     * "…", OECD Regional Development Working Papers, No. 2013/13, OECD Publishing, Paris.": a working paper's series,
     * read as the journal, and its number after it, left out. The series is the collection, the number the report's.
     */
    static void paperInASeries(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("number") || f.containsKey("volume")
                || container.indexOf("aper") < 0 && container.indexOf("APER") < 0 && container.indexOf("ote") < 0
                && container.indexOf("OTE") < 0 || !PAPER_SERIES.matcher(container).find()) { // the cheap test first
            return;
        }
        int at = text.indexOf(container);
        Matcher number = at < 0 ? null : NUMBER_AFTER_SERIES.matcher(text).region(at + container.length(), text.length());
        if (number == null || !number.lookingAt()) {
            return;
        }
        f.put("collection-title", f.remove("container-title"));
        f.put("number", number.group(1));
    }

    private static final Pattern PAPER_SERIES = Pattern.compile("(?i)\\b(?:working|discussion|policy|research|occasional|staff)\\s"
            + "(?:papers?|notes?)\\b|\\bpaper series\\b");
    private static final Pattern NUMBER_AFTER_SERIES = Pattern.compile("[,.]?\\s*(?:No\\.|Nr\\.|Number|#)\\s?(\\d[\\w/.-]*\\w)");

    /**
     * "J. Moy, "OSPF version 2," IETF, RFC 2328, Apr. 1998.": an Internet standard's number, read as the journal (with
     * its issuer) or left out, is the report's number; its issuer, printed beside it, the publisher.
     */
    static void requestForComments(String text, Map<String, String> f) {
        if (f.containsKey("number") || !(text.contains("RFC") || text.contains("Request for Comments"))) {
            return;
        }
        Matcher m = RFC.matcher(text);
        if (!m.find()) {
            return;
        }
        f.put("number", "RFC " + m.group(1));
        f.computeIfPresent("title", (k, v) -> SpanText.clean(RFC_AFTER_TITLE.matcher(v).replaceFirst(""))); // APA's "Title (RFC 2328)"
        for (String field : List.of("container-title", "collection-title", "genre", "note", "publisher")) {
            String value = f.get(field);
            if (value == null || !RFC.matcher(value).find()) {
                continue;
            }
            String rest = SpanText.clean(RFC_IN_FIELD.matcher(value).replaceAll(" ").strip());
            f.remove(field);
            if (!rest.isEmpty()) {
                f.putIfAbsent(field.equals("container-title") || field.equals("collection-title") ? "publisher" : field, rest);
            }
        }
    }

    private static final String RFC_MARK = "(?:RFC|Request for Comments:?)\\s?";
    private static final Pattern RFC = Pattern.compile("\\b" + RFC_MARK + "(\\d{2,5})\\b");
    private static final Pattern RFC_AFTER_TITLE = Pattern.compile("\\s*\\(" + RFC_MARK + "\\d{2,5}\\)$");
    private static final Pattern RFC_IN_FIELD = Pattern.compile("[,;(]?\\s*\\b" + RFC_MARK + "\\d{2,5}\\b\\)?");

    /** Whether {@code text} is all of a listed journal's name or standard abbreviation. */
    static boolean isJournalName(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return !tokens.isEmpty() && JournalNames.shipped().isName(tokens, 0, lastWord(tokens, 0, tokens.size() - 1));
    }

    /** A series of lecture notes after the proceedings: "…, Lecture Notes in Computer Science". */
    private static final Pattern SERIES_AT_END = Pattern.compile("^(.{5,}?),\\s+(Lecture Notes in \\p{Lu}[\\p{L} ]+)$");
    /** "Lexikon des Sozial- und Gesundheitswesens. Köln: Oldenbourg 1992": an imprint at the container's end. */
    private static final Pattern CONTAINER_THEN_IMPRINT = Pattern.compile(
            "^(.{5,}?)\\.\\s+(\\p{Lu}\\p{Ll}{2,}[\\p{L}'’-]*):\\s+(\\p{Lu}[^:,]{1,40}?),?\\s+((?:1[5-9]|20)\\d\\d)$");
    private static final Pattern CONTAINER_THEN_IMPRINT_UNDATED = Pattern.compile(
            "^(.{5,}?)\\.\\s+(\\p{Lu}\\p{Ll}{2,}[\\p{L}'’-]*):\\s+(\\p{Lu}[^:,]{1,40}?)$");
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
        Matcher imprint = container.indexOf(':') > 0 && !f.containsKey("publisher") && !f.containsKey("publisher-place")
                ? CONTAINER_THEN_IMPRINT.matcher(container) : null;
        boolean parted = imprint != null && imprint.matches();
        if (imprint != null && !parted && f.containsKey("date")) {
            // "Lexikon des Sozial- und Gesundheitswesens. Köln: Oldenbourg" with its year read apart: a known city only
            imprint = CONTAINER_THEN_IMPRINT_UNDATED.matcher(container);
            parted = imprint.matches() && Places.isCity(imprint.group(2));
        }
        if (parted) {
            container = imprint.group(1).strip();
            f.put("publisher-place", imprint.group(2));
            f.put("publisher", imprint.group(3).strip());
            if (!f.containsKey("date") && imprint.groupCount() >= 4) {
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

    /** A count of volumes, "4 vols.", "2 Bde.": a book's, not a journal's volume. */
    private static final Pattern VOLUME_COUNT = Pattern.compile("(?i)\\d+\\s*(?:vols?|volumes|bde|bände|tomes|t)\\.?");

    /**
     * "Müller, K. (Hrsg.) (2015): Häfen und Logistik. Berlin: Springer.": an edited book's title read as a
     * container, with editors but no author, no title, no "In" before it and no volume (but a count of them, "4 vols."),
     * issue or pages.
     */
    static void editedBookReadAsContainer(String text, Map<String, String> f) {
        String container = f.get("container-title");
        String volume = f.get("volume");
        if (container == null || f.containsKey("title") || f.containsKey("author") || !f.containsKey("editor")
                || volume != null && !VOLUME_COUNT.matcher(volume).matches() || f.containsKey("issue") || f.containsKey("page")
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

    private static final Pattern SERIES_WORD = Pattern.compile("(?i)\\b(?:series|serie|reihe|collection|lecture notes)\\b");

    /**
     * Country names in English (ISO 3166, as the JDK names them) and the forms references print ("USA", "U.K.",
     * "The Netherlands"): a place's end, never a publisher or part of a proceedings' name.
     */
    static final Set<String> COUNTRIES;
    static {
        Set<String> c = new java.util.HashSet<>(Set.of("USA", "U.S.A.", "US", "U.S.", "UK", "U.K.", "England", "Scotland",
                "Wales", "The Netherlands", "Korea"));
        for (String code : Locale.getISOCountries()) {
            c.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        COUNTRIES = Set.copyOf(c);
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
                && (Pattern.compile(Pattern.quote(m.group(3)) + ",?\\s+\\(?(?:1[5-9]|20)\\d\\d").matcher(text).find()
                        || Places.isCity(m.group(2)) && imprintEndsASentenceBeforeItsPages(text, m.group(3)))) {
            f.put("title", m.group(1).strip());
            f.put("publisher-place", m.group(2).strip());
            f.put("publisher", m.group(3).strip());
        }
    }

    /**
     * Whether {@code publisher} ends a sentence followed by the end, a page, an ISBN or a link: "(2015). Puertos y poder.
     * Madrid: Cátedra. p. 120. ISBN …", as Wikipedia prints a book after its year.
     */
    private static boolean imprintEndsASentenceBeforeItsPages(String text, String publisher) {
        int at = text.indexOf(publisher + ".");
        if (at < 0) {
            return false;
        }
        String rest = text.substring(at + publisher.length() + 1).strip();
        return rest.isEmpty() || rest.startsWith("p.") || rest.startsWith("pp.") || rest.startsWith("ISBN") || rest.startsWith("http")
                || rest.startsWith("doi");
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

    /** A title that ends in a question or an exclamation, then "In" and its host: the mark stays the title's. */
    private static final Pattern QUESTION_IN = Pattern.compile("^(.{8,}?[?!])\\s+In:?\\s(\\p{Lu}.{3,})$");
    /** A title, a comma, "in" and a capitalised name: "Chiral symmetry, in Nuclear, subnuclear and astroparticle physics". */
    private static final Pattern COMMA_IN = Pattern.compile("^(.{8,}?)\\s?,\\s?[Ii]n:?\\s?(\\p{Lu}.{3,})$");

    /**
     * A title read on past ", in" into the book or proceedings that holds it, with no container read: the two are split
     * there ("Lattice gauge theories, in Modern perspectives in lattice QCD", ",inproceedings of …" too); so are a title
     * that ends in a question and the "In" after it ("… too big? In Conference on Fairness, …").
     */
    static void containerAfterCommaIn(Map<String, String> f) {
        String title = f.get("title");
        if (title == null || f.containsKey("container-title")) {
            return;
        }
        if (title.contains("? In ") || title.contains("! In ")) {
            // "On the dangers of stochastic parrots: Can language models be too big? In Conference on Fairness, …"
            Matcher q = QUESTION_IN.matcher(title);
            if (q.matches()) {
                f.put("title", q.group(1).strip());
                f.put("container-title", SpanText.clean(q.group(2)));
            }
            return;
        }
        if (!(title.contains(", in") || title.contains(",in") || title.contains(", In"))) {
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
    private static final Pattern EDITION_STATEMENT = Pattern.compile("(?iu)^(?:\\d+(?:st|nd|rd|th|e|ème|eme|re|ère|er|ª|a|º|o|\\.)?"
            + "|\\p{L}+\\.?(?:,?\\s+\\p{L}+){0,2})"
            + "\\s+(?:edition|edn\\.?|auflage|aufl\\.?|édition|éd\\.?|edición|edizione|edição|druk|uitgave)$"
            + "|^wyd(?:\\.|anie)\\s+\\d+$" // Polish's "wyd. 2"
            // "ed." alone may be an editor's mark; after an ordinal or "Rev." it is an edition: "2nd ed", "Rev. ed."
            + "|^(?:\\d+(?:st|nd|rd|th|d|ª|\\.)?|[Rr]ev\\.)(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+[Ee]d\\.?$");

    /**
     * A thesis designation read as a note is the genre ("Ph.D. thesis (2013)"), and an edition statement
     * read as a note is the edition.
     */
    static void designationReadAsNote(Map<String, String> f) {
        String note = f.get("note");
        if (note != null && !f.containsKey("genre") && THESIS_DESIGNATION.matcher(note.strip()).matches()) {
            f.put("genre", f.remove("note"));
        } else if (note != null && !f.containsKey("edition")) {
            editionInNote(f, note);
        }
    }

    /**
     * The note whole, or one of its parts, when it is an edition statement: a note of two spans is joined
     * with "; " ("2nd ed; See also: Dover edition 1960"), and an edition may end a note after a comma
     * ("Hernán Jaramillo (compilador), 1ª ed").
     */
    private static void editionInNote(Map<String, String> f, String note) {
        if (EDITION_STATEMENT.matcher(note.strip()).matches()) {
            f.put("edition", f.remove("note"));
            return;
        }
        if (note.indexOf(", ") < 0 && note.indexOf("; ") < 0) {
            return; // one part, not an edition: most notes
        }
        List<String> parts = new ArrayList<>(List.of(note.split("; ")));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).strip();
            int comma = part.lastIndexOf(", ");
            if (EDITION_STATEMENT.matcher(part).matches()) {
                parts.remove(i);
            } else if (i == parts.size() - 1 && comma > 0 && EDITION_STATEMENT.matcher(part.substring(comma + 2)).matches()) {
                parts.set(i, part.substring(0, comma));
                part = part.substring(comma + 2);
            } else {
                continue;
            }
            f.put("edition", part);
            if (parts.isEmpty()) {
                f.remove("note");
            } else {
                f.put("note", String.join("; ", parts));
            }
            return;
        }
    }

    /**
     * APA's report designation in parentheses after the title, with or without its number: "(Report)",
     * "(Policy Brief 2012-01PBL)", "(Bureau of Justice statistics special report)", "(Working Paper No. 13)".
     */
    private static final Pattern REPORT_AFTER_TITLE = Pattern.compile("(?iu)^(.{8,}?)\\s+\\(((?:[\\p{L}.&-]+\\s){0,6}?"
            + "(?:report|brief|(?:working|discussion|policy|white|occasional|technical)\\s+paper|memorandum)"
            + "(?:\\s+(?:no\\.?|number)?\\s*[\\p{L}\\d./-]*\\d[\\p{L}\\d./-]*)?)\\)$");

    /** A report's designation read at its title's end is the genre. */
    static void reportDesignationAfterTitle(Map<String, String> f) {
        String title = f.get("title");
        Matcher m = title == null || f.containsKey("genre") || !title.endsWith(")") ? null : REPORT_AFTER_TITLE.matcher(title);
        if (m != null && m.matches()) {
            f.put("title", m.group(1));
            f.put("genre", m.group(2));
        }
    }

    /** A title's last sentence when it is a short capitalised name: "Ports reopen after storm. The Guardian". */
    private static final Pattern LAST_SENTENCE_NAME = Pattern.compile("^(.{8,}?[\\p{Ll}\\d][?!]?)\\.\\s+((?:\\p{Lu}[\\p{L}'’&-]*\\s?){1,5})$");

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

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\s\\p{Ll}{3,}\\b");
    /** A title's last sentence when it is a journal's name: capitalised words, and the short words between them. */
    private static final Pattern LAST_SENTENCE_JOURNAL = Pattern.compile("^(.{8,}?\\p{Ll}[?!]?)\\.\\s+(\\p{Lu}[\\p{L}'’&-]*"
            + "(?:\\s(?:\\p{Lu}[\\p{L}'’&.-]*|de|da|do|dos|das|di|del|della|des|du|la|le|e|y|i|of|and|the|for|in|on|für|und|&)){1,8})$");

    /**
     * ABNT's "SMITH, J. Port congestion and trade. Revista Brasileira de Logística, São Paulo, v. 12, n. 3, p. 45-67,
     * 2019.", and Ukrainian DSTU 8302's "Розвиток портів. Економіка України. 2019. № 5. С. 45–67." (no "//" before the
     * journal): with no container labelled, a title followed by a volume or an issue, and an issue or a page range, holds
     * the journal in its last sentence, a run of capitalised words.
     */
    static void journalReadIntoTitleBeforeItsNumbers(String text, Map<String, String> f) {
        journalReadIntoTitleBeforeItsNumbers(text, f, LAST_SENTENCE_JOURNAL);
    }

    /** A title's last sentence of up to eight words in sentence case, as Russian and Ukrainian journals are named. */
    private static final Pattern LAST_SENTENCE_ANY_JOURNAL = Pattern.compile("^(.{8,}?\\p{Ll}[?!]?)\\.\\s+(\\p{Lu}[\\p{L}'’&-]*(?:\\s[\\p{L}'’&.-]+){1,7})$");

    /** {@link #journalReadIntoTitleBeforeItsNumbers(String, Map)} for DSTU 8302, whose journals' names are in sentence case. */
    static void sentenceCaseJournalReadIntoTitle(String text, Map<String, String> f) {
        journalReadIntoTitleBeforeItsNumbers(text, f, LAST_SENTENCE_ANY_JOURNAL);
    }

    /**
     * What may follow a journal's name in the reference: a comma (its place, its volume) or a full stop and a number ("2019.
     * № 5."); not another name, "… The Framingham Study. Stroke 1990;21:…", where the subtitle is the title's.
     */
    private static final Pattern AFTER_JOURNAL = Pattern.compile("\\s*(?:,|\\.\\s*(?:[—–]\\s*)?(?:\\d|№|[Vv]\\.|[Vv]ol|Т\\.|$))");

    private static void journalReadIntoTitleBeforeItsNumbers(String text, Map<String, String> f, Pattern lastSentence) {
        String title = f.get("title");
        if (title == null || f.containsKey("container-title") || f.containsKey("publisher") || !(f.containsKey("volume") || f.containsKey("issue"))
                || !(f.containsKey("issue") || f.getOrDefault("page", "").indexOf('-') > 0) || title.indexOf(". ") < 0) {
            return;
        }
        Matcher m = lastSentence.matcher(title);
        // the title before it is a sentence, with a word in small letters: "Proc. Natl. Acad Sci" is a journal's name alone
        int after = m.matches() ? text.indexOf(m.group(2)) : -1;
        if (after >= 0 && m.group(2).length() >= 8 && LOWER_CASE_WORD.matcher(m.group(1)).find()
                && AFTER_JOURNAL.matcher(text).region(after + m.group(2).length(), text.length()).lookingAt()) {
            f.put("title", m.group(1));
            f.put("container-title", m.group(2));
        }
    }

    /** A bioRxiv or medRxiv preprint's identifier after the server's name: "bioRxiv 2020.03.01.123456". */
    private static final Pattern PREPRINT_SERVER_ID = Pattern.compile("\\b(bioRxiv|medRxiv)[\\s.:,]+(\\d{4}\\.\\d{2}\\.\\d{2}\\.\\d{5,8}(?:v\\d+)?)\\b");

    /**
     * "bioRxiv 2020.03.01.123456 [Preprint]": the server is the container and its identifier the number, which the
     * labeller split into a container "bioRxiv 2020" and a volume "03".
     */
    static void preprintServerId(String text, Map<String, String> f) {
        if (!text.contains("Rxiv")) {
            return;
        }
        Matcher m = PREPRINT_SERVER_ID.matcher(text);
        if (m.find()) {
            f.put("container-title", m.group(1));
            f.put("number", m.group(2));
            for (String part : List.of("volume", "issue", "page")) {
                if (m.group(2).contains(f.getOrDefault(part, "\u0000"))) {
                    f.remove(part); // a piece of the identifier
                }
            }
        }
    }

    /**
     * "Moscow Wants Black Sea to Be a 'Russian Lake'.": a title that opens an inner quotation ends with its
     * closing mark, which the span left out with the outer quotation's.
     */
    static String closingQuoteLeftOut(String text, String value) {
        // also a translation's bracket, of words: "Mekhanika zhidkosti i gaza [Fluid Dynamics" before "], 2017" (a word
        // alone in brackets, "[Internet", is a mark that other rules read)
        for (String[] marks : new String[][] {{" '", "'"}, {"‘", "’"}, {" [", "]"}}) {
            int open = value.lastIndexOf(marks[0]);
            int quoted = open + marks[0].length(); // a quotation opens on a letter; "‘50s" is an elision
            if (open >= 0 && quoted < value.length() && Character.isLetter(value.charAt(quoted))
                    && value.indexOf(marks[1], quoted) < 0 && (!marks[1].equals("]") || value.indexOf(' ', quoted) > 0)
                    && text.contains(value + marks[1])) {
                return value + marks[1];
            }
        }
        return value;
    }

    /**
     * A title printed in quotation marks ends at its closing mark: "“The Driverless Now.” Produced by Poh Si Teng …",
     * "“The Vicissitudes of the Giant Panda” [in Chinese]", which the labeller ran on into the words after it. Those
     * words are the note, when there is none.
     */
    static void quotedTitleRunsPastItsQuote(String text, Map<String, String> f) {
        String title = f.get("title");
        int close = title == null ? -1 : title.indexOf('”');
        if (close < 0) {
            close = title == null ? -1 : title.indexOf('"');
        }
        if (close <= 0 || close + 1 >= title.length()) {
            return;
        }
        char mark = title.charAt(close);
        int at = text.indexOf(title);
        int before = at - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (at < 0 || before < 0 || text.charAt(before) != (mark == '”' ? '“' : '"') || title.indexOf(mark == '”' ? '“' : '"') >= 0
                && mark == '”') {
            return;
        }
        String rest = QUOTE_TAIL.matcher(title.substring(close + 1)).replaceFirst("");
        // the title's own full stop or comma inside the marks, as American styles print it, or a bracket after them;
        // not a quoted main title and its subtitle, "“Behind the Store”: Montreal …", "„Fixer l'opinion publique". Funktion …"
        boolean ended = ".?!,".indexOf(title.charAt(close - 1)) >= 0 && !rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0))
                || rest.startsWith("[");
        if (!ended || rest.startsWith("Review of")) {
            return; // a review's "Review of Gain, by Richard Powers" stays with its title, as AnyStyle's data labels it
        }
        f.put("title", SpanText.clean(title.substring(0, close)));
        if (!f.containsKey("note")) {
            f.put("note", SpanText.clean(rest));
        }
    }

    private static final Pattern QUOTE_TAIL = Pattern.compile("^[\\s.,;:]+");

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

    /**
     * Where a work stands when it is not yet published, or published online before its issue, at the end of a field:
     * "Inorg. Chim. Acta. À paraître", "…, in press", "Journal of Coastal Research. Advance online publication".
     */
    private static final String STATUS = "((?:à|a)\\s+para[iî]tre|sous\\s+presse|soumis"
            + "|in\\s*press|submitted(?:\\s+for\\s+publication)?|accepted(?:\\s+for\\s+publication)?|forthcoming|in\\s+preparation"
            + "|to\\s+appear|im\\s+druck|in\\s+corso\\s+di\\s+stampa|в\\s+печати|у\\s+друку"
            // published online before its issue: APA's "Advance online publication", PubMed's "[Epub ahead of print]"
            + "|advance\\s+online\\s+publication|(?:epub\\s+|online\\s+)?ahead\\s+of\\s+print|early\\s+view|online\\s+first)";
    private static final Pattern PUBLICATION_STATUS = Pattern.compile("(?iu)(?:^|[.,;:]?\\s+)\\(?" + STATUS + "\\)?\\.?$");
    /** A field that holds nothing but a status: "in press", "(forthcoming)", "In press." */
    private static final Pattern STATUS_ALONE = Pattern.compile("(?iu)^\\s*[(\\[]?" + STATUS + "[)\\]]?[.,]?\\s*$");

    /**
     * The publication status that is all of {@code value} ("in press", "(forthcoming)"), without its brackets, or
     * empty: the record's CSL {@code status}, which styles print in the date's place.
     */
    static java.util.Optional<String> statusAlone(String value) {
        if (value == null || !endsWithStatusWord(value)) {
            return java.util.Optional.empty();
        }
        Matcher m = STATUS_ALONE.matcher(value);
        // lower case, as a status is printed mid-sentence ("Nature. In press." is "in press"); spaced, as a PDF's lost
        // space ("Inpress") makes no other word
        return m.matches() ? java.util.Optional.of(m.group(1).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)
                .replace("inpress", "in press")) : java.util.Optional.empty();
    }

    /** The words that end {@link #PUBLICATION_STATUS}, lower-cased. */
    private static final List<String> STATUS_LAST_WORDS = List.of("paraître", "paraitre", "presse", "soumis", "press", "inpress",
            "submitted", "publication", "accepted", "forthcoming", "preparation", "appear", "druck", "stampa", "печати", "друку",
            "print", "view", "first");

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

    /** A patent's designation: "U.S. Patent No. 9,123,456", "USA Patent № 5351122", "US Patent 3,712,959". */
    private static final Pattern PATENT = Pattern.compile("(?:\\b(?:U\\.\\s?S\\.(?:\\s?A\\.)?|USA?|Korea|European|Japan(?:ese)?|German|"
            + "Russian|RU|EP|WO)\\s?)?[Pp]atent(?:\\s?No\\.|\\s?№)?\\s?"
            + "(?:\\d[\\d,./-]*\\d(?:\\s\\d{3,4}(?!\\d))*|\\d(?:\\s\\d{3,4}(?!\\d))+)"); // "4 0054 881": groups of digits
    /**
     * A report's series and number in parentheses: "(Working Paper No. 12)", "(Report No. EPA-823-R-16-003)", "(NIH
     * Publication No. 18-3879)", the Australian Bureau of Statistics' "(Cat. No. 4102.0)".
     */
    private static final Pattern REPORT_NUMBER = Pattern.compile("\\(((?:\\p{L}[\\p{L}-]*\\s){0,3}(?:[Pp]aper|[Rr]eport|[Bb]rief|"
            + "[Mm]emorandum|[Ss]eries|(?<=\\p{Lu}{2,5}\\s)Publication|Cat\\.|Catalogue)\\s(?:No\\.|#)\\s?([\\w.-]*\\w))\\)");
    /**
     * The descriptions APA 7 prints in brackets after a title (its chapter 10): of media, art, recordings, social media,
     * reviews and comments.
     */
    private static final String DESCRIPTIONS = "Video|Film|Motion picture|Press release|Brochure|Fact sheet|Infographic|Map|"
            + "PowerPoint slides|Powerpoint slides|Lecture notes|Tweet|Facebook post|Blog post|Blog comment|Online forum post|"
            + "Painting|Photograph|Photographs|Lithograph|Sculpture|Clip art|Album|Song|Audiobook|Podcast|Podcast episode|"
            + "Audio podcast episode|Video podcast episode|Speech audio recording|Speech video recording|Interview|TV series|"
            + "TV series episode|Webinar|Editorial|Letter to the editor|Abstract|Twitter profile|Facebook page|Instagram profile|"
            + "Instagram photo|Instagram video|Highlight|Image attached|Apparatus|Apparatus and software|Computer software|"
            + "Mobile app|Data set|Database record|(?:Review|Comment|Song recorded|Album recorded) (?:of|on|by) [^\\[\\]]{3,200}";
    /**
     * APA's description in brackets after a title: "[Video]", "[Press release]", "[Tweet]", perhaps with the site or work
     * that holds it after it, ". National Geographic" (software's, data's and episodes' are read apart before labelling,
     * by {@link MarksReadApart}).
     */
    private static final Pattern DESCRIPTION = Pattern.compile("^(.+?)\\s*\\[(" + DESCRIPTIONS + ")](?:\\.\\s+(\\p{Lu}[^.\\[\\]]{1,80}))?$");

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
        Matcher described = title != null && title.indexOf('[') > 0 ? DESCRIPTION.matcher(title) : null;
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
            String cut = " (" + report.group(1).substring(0, Math.min(3, report.group(1).length()));
            if (title != null && title.endsWith(cut)) { // "Harbour traffic, Australia (Cat": cut at the number's full stop
                f.put("title", title.substring(0, title.length() - cut.length()));
            }
            for (String k : List.of("volume", "issue", "number")) {
                String v = f.get(k);
                if (report.group(2).equals(v) || v != null && report.group(2).startsWith(v + "-")) {
                    f.remove(k); // the number, or its first part ("18" of "18-3879")
                }
            }
        } else if (described != null && described.matches()) {
            f.put("title", described.group(1));
            f.put("genre", described.group(2));
            if (described.group(3) != null) {
                // "Afghan girl [Photograph]. National Geographic": the site or the work that holds it, read into the title
                f.putIfAbsent(f.containsKey("container-title") ? "publisher" : "container-title", described.group(3));
            }
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
    private static final Pattern DESCRIPTION_AFTER = Pattern.compile("\\s*\\[(" + DESCRIPTIONS + ")]");

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

    /** APA's "Title [Doctoral dissertation, University of Leeds]": the bracket names the genre and the institution. */
    private static final Pattern THESIS_DESCRIPTION = Pattern.compile(
            "^(.+?)\\s*\\[((?i:(?:unpublished\\s+)?(?:doctoral|master['’]?s|ph\\.?\\s?d\\.?|bachelor['’]?s)\\s+(?:dissertation|thesis)))"
            + "(?:,\\s*([^\\]]+))?]$");
    /** APA 6's "Title (Master's thesis)": the same in parentheses, the institution after it. */
    private static final Pattern THESIS_IN_PARENTHESES = Pattern.compile(
            "^(.+?)\\s*\\(((?i:(?:unpublished\\s+)?(?:doctoral|master['’]?s|ph\\.?\\s?d\\.?|bachelor['’]?s)\\s+(?:dissertation|thesis)))"
            + "(?:,\\s*([^)]+))?\\)$");

    /** APA's translator in brackets after the title: "(J. Strachey, Trans.)", "(H. Weaver, Trans.; 2nd ed.)". */
    private static final Pattern TRANSLATOR_IN_BRACKETS = Pattern.compile("\\(((?:\\p{Lu}\\.[\\s-]?)+\\s?\\p{Lu}[\\p{L}'’-]+"
            + "(?:(?:,\\s|\\s(?:&|and)\\s|,\\s(?:&|and)\\s)(?:\\p{Lu}\\.[\\s-]?)+\\s?\\p{Lu}[\\p{L}'’-]+)*),\\s?Trans\\.(?=[);])");

    /**
     * "Freud, S. (1961). The ego and the id (J. Strachey, Trans.). W. W. Norton.": the labeller reads the translator's
     * initials and name into the title, which it then cuts at the comma ("The ego and the id (J. Strachey"). The names
     * are the translator, and the title ends before the bracket.
     */
    static void translatorInBracketsAfterTitle(String text, Map<String, String> f) {
        String title = f.get("title");
        if (title == null || !text.contains("Trans.") || f.containsKey("translator")) {
            return;
        }
        Matcher m = TRANSLATOR_IN_BRACKETS.matcher(text);
        if (!m.find()) {
            return;
        }
        int open = m.start();
        int at = text.indexOf(title);
        if (at < 0 || at >= open || at + title.length() < open - 2) {
            return; // the bracket follows the title, or the title runs into it
        }
        f.put("translator", m.group(1));
        f.put("title", SpanText.clean(text.substring(at, open)));
    }

    /** APA 6's database of theses named as a container: "Retrieved from ProQuest Dissertations and Theses database". */
    private static final Pattern THESIS_DATABASE = Pattern.compile("(?i)^(?:retrieved|available)\\s+from\\s+(.+?)(?:\\s+database)?$");
    /** A thesis's number in its database: "(UMI No. 3334567)", "(Publication No. 3334567)", "(Order No. 3334567)". */
    private static final Pattern THESIS_NUMBER = Pattern.compile("\\((?:UMI|Publication|Order|AAT)\\s+No\\.\\s?([\\w-]*\\d[\\w-]*)\\)");

    /** A title and its bracketed translation, then a sentence opening on a capital: the host and its translation. */
    private static final Pattern TRANSLATED_TITLE_THEN_HOST = Pattern.compile("^(.+?\\])\\.\\s+(\\p{Lu}.{5,})$");

    /**
     * "Kuznetsov K.K. Zailenie portov [Port siltation]. Materialy mezhdunarodnoi konferentsii … [Proceedings of …].
     * Moscow, 2015, pp. 10–20.": in a transliterated reference each element has its translation in brackets, and the
     * labeller reads the host, proceedings it does not know, on into the title. With pages and no container, the
     * sentence after the title's translation is the host, up to its own translation.
     */
    static void transliteratedHostInTitle(String text, Map<String, String> f) {
        String title = f.get("title");
        if (title == null || f.containsKey("container-title") || !f.containsKey("page") || title.indexOf("]. ") < 0) {
            return;
        }
        Matcher m = TRANSLATED_TITLE_THEN_HOST.matcher(title);
        if (!m.matches()) {
            return;
        }
        // the host as printed, up to the end of its own translation, which the labeller may have left out
        int at = text.indexOf(m.group(2));
        int close = at < 0 ? -1 : text.indexOf(']', at);
        boolean translated = close > 0 && close - at < 300 && text.lastIndexOf('[', close) > at;
        String host = translated ? text.substring(at, close + 1) : m.group(2);
        f.put("title", m.group(1));
        f.put("container-title", host);
    }

    /** The fields the labeller reads a Russian degree's description into. */
    private static final List<String> DEGREE_READ_AS = List.of("container-title", "note", "publisher");

    /** "Cand. Sci. (Eng.) Diss." read as a container or a note: the thesis's genre. */
    static void russianDegreeThesis(Map<String, String> f) {
        if (f.containsKey("genre")) {
            return;
        }
        for (String key : DEGREE_READ_AS) {
            String v = f.get(key);
            if (v != null && v.contains("Sci") && !f.containsKey("genre") && RUSSIAN_DEGREE.matcher(v).matches()) {
                f.put("genre", f.remove(key));
                return;
            }
        }
    }

    /**
     * A Russian degree's thesis as transliterated references describe it: "Cand. Sci. (Eng.) Diss.", "Dr. Sci. (Econ.) Diss.
     * Abstr.", "Kand. Diss.".
     */
    private static final Pattern RUSSIAN_DEGREE = Pattern.compile("(?:Cand|Kand|Dr|Doct)\\.?\\s+(?:Sci\\.?\\s*)?(?:\\([^)]{2,20}\\)\\s*)?"
            + "(?:Diss|Thesis)\\.?(?:\\s+Abstr\\.?)?");

    /**
     * APA's thesis held in a database: "(Doctoral dissertation). Retrieved from ProQuest Dissertations and Theses database.
     * (UMI No. 3334567)". The database is the archive, no container, and the number in it the thesis's number.
     */
    static void thesisInADatabase(String text, Map<String, String> f) {
        String genre = f.get("genre");
        if (genre == null || !ReferenceWords.THESIS_GENRE.matcher(genre.toLowerCase(Locale.ROOT)).find()) {
            return;
        }
        Matcher database = f.containsKey("container-title") ? THESIS_DATABASE.matcher(f.get("container-title")) : null;
        if (database != null && database.matches()) {
            f.remove("container-title");
            f.putIfAbsent("archive", database.group(1));
        }
        Matcher number = text.contains(" No.") ? THESIS_NUMBER.matcher(text) : null;
        if (number != null && number.find() && !f.containsKey("number")) {
            f.put("number", number.group(1));
        }
    }

    /** A volume's mark right after a series' name: ". Vol. 56", ", vol. 3". */
    private static final Pattern SERIES_VOLUME_MARK = Pattern.compile("^[.,]\\s+[Vv]ol\\.\\s?\\d");

    /**
     * "Introduction to the Physics of Cohesive Sediment. Developments in Sedimentology. Vol. 56. Amsterdam: Elsevier.",
     * as Wikipedia and Chicago print a book of a numbered series: with no "In" before it, no pages and no editors, a
     * name followed by "Vol." and then a publisher is the book's series, not a container; the number stays the volume,
     * as the data sets keep it.
     */
    static void bookInASeries(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || !f.containsKey("volume") || !f.containsKey("title") || f.containsKey("page") || f.containsKey("issue")
                || f.containsKey("editor") || f.containsKey("collection-title") || !(f.containsKey("publisher") || f.containsKey("ISBN"))
                || ReferenceWords.PERIODICAL_WORD.matcher(container).find()) {
            return;
        }
        int title = text.indexOf(f.get("title"));
        int at = text.indexOf(container);
        if (title < 0 || at < title + f.get("title").length() || !SERIES_VOLUME_MARK.matcher(text.substring(at + container.length())).find()
                || IN_MARK.matcher(text.substring(title + f.get("title").length(), at).toLowerCase(Locale.ROOT)).find()
                || IN_MARK.matcher(text.substring(0, title).toLowerCase(Locale.ROOT)).find() || f.get("title").startsWith("In ")) {
            return; // no "In" before the series but the title's own words ("… Sediment in the Marine Environment")
        }
        f.put("collection-title", f.remove("container-title"));
    }

    /** Takes a thesis description out of the title into the genre and publisher. */
    static void describedThesis(String text, Map<String, String> f) {
        String title = f.get("title");
        int open = title == null || title.endsWith("]") ? -1 : title.lastIndexOf(" [");
        char closing = ']';
        if (open < 0 && title != null && !title.endsWith(")")) {
            open = title.lastIndexOf(" (");
            closing = ')';
        }
        if (open > 0 && title.indexOf(closing, open) < 0) {
            // the labeller cut the bracket, "Harbour cities [Doctoral dissertation", "Harbour cities (Doctoral
            // dissertation" before ", University of Plymouth)": the text has it whole
            int at = text.indexOf(title);
            int close = at < 0 ? -1 : text.indexOf(closing, at + title.length());
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

    /** "(Accessed: 3 March 2020)" ends like an imprint "(London: Verso 2020)" but is an access date. */
    private static final Pattern ACCESS_WORD = Pattern.compile("(?iu)cited|" + String.join("|", ReferenceWords.ACCESS_WORDS));

    private static final Pattern DASH_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)\\s*[–—]\\s*(?=\\d)");

    /** An access word left at the end of a container: "Wikipedia. Retrieved". */
    private static final Pattern TRAILING_ACCESS_WORD = Pattern.compile("(?iu)[.,]?\\s+(?:retrieved|accessed|available)$");

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

}
