package io.github.citekit.internal.refs;

import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reference prints beside its fields in forms the labeller has not learnt, read apart from the text before the
 * rest is labelled: a licence statement (WHO's "Licence: CC BY-NC-SA 3.0 IGO."), the United Nations' sales number, a
 * version ("(Version 1.3.0)", "R package version 0.2.1"), and APA's bracketed description of software, data, an
 * episode, a talk or a manuscript ("[Data set]", "(No. 12) [Audio podcast episode]"). The labeller reads these into the
 * title, a note or the place, and a range of years before a description as the date; taken out (the entry's provenance
 * keeps its text whole), they are given to the record's fields after labelling.
 *
 * @param text the reference without the marks
 * @param licence the licence, or ""
 * @param salesNumber the sales number, or ""
 * @param version the version, or ""
 * @param kind the bracketed description, or ""
 * @param episode an episode's number before the description, or ""
 * @param before the words right before the description, the end of the title
 */
record MarksReadApart(String text, String licence, String salesNumber, String version, String kind, String episode, String before) {

    /** {@code text} with its marks read apart. */
    static MarksReadApart from(String text) {
        String licence = "";
        Matcher licenceMark = text.contains("icen") ? LICENCE_STATEMENT.matcher(text) : null;
        if (licenceMark != null && licenceMark.find()) {
            licence = licenceMark.group(1);
            text = text.substring(0, licenceMark.start()) + "." + text.substring(licenceMark.end());
        }
        String salesNumber = "";
        Matcher sales = text.contains("Sales No") ? SALES_NUMBER.matcher(text) : null;
        if (sales != null && sales.find()) {
            salesNumber = sales.group(1);
            text = text.substring(0, sales.start()) + "." + text.substring(sales.end());
        }
        String version = "";
        Matcher versionMark = mayHoldVersion(text) ? VERSION.matcher(text) : null;
        if (versionMark != null && versionMark.find()) {
            version = versionMark.group(1) != null ? versionMark.group(1) : versionMark.group(2);
            String sentence = versionMark.group(1) != null ? "" : "."; // a version printed as a sentence ends one
            text = text.substring(0, versionMark.start()) + sentence + text.substring(versionMark.end());
        }
        String kind = "";
        String episode = "";
        String before = "";
        Matcher description = text.indexOf('[') > 0 ? DESCRIPTION_OF_A_MEDIUM.matcher(text) : null;
        if (description != null && description.find()) {
            kind = description.group("kind");
            episode = description.group("number") == null ? "" : NUMBER_MARK.matcher(description.group("number")).replaceFirst("");
            before = text.substring(Math.max(0, description.start() - 24), description.start()).strip();
            before = before.substring(Math.max(before.lastIndexOf(". "), before.lastIndexOf(") ")) + 1).strip();
            text = text.substring(0, description.start()) + text.substring(description.end());
        }
        return new MarksReadApart(text, licence, salesNumber, version, kind, episode, before);
    }

    /** Gives what was read apart to the labelled {@code fields} and {@code names} of {@link #text}. */
    void addTo(Map<NameRole, List<Name>> names, Map<String, String> fields) {
        if (!version.isEmpty()) {
            fields.put("version", version);
        }
        if (!licence.isEmpty()) {
            fields.put("license", licence);
        }
        if (!salesNumber.isEmpty()) {
            fields.putIfAbsent("number", salesNumber);
        }
        if (!episode.isEmpty() || kind.contains("odcast") || kind.startsWith("TV") || kind.startsWith("Radio")
                || kind.startsWith("Television")) {
            if (!episode.isEmpty()) {
                fields.putIfAbsent("number", episode);
            }
            episodesProducers(text, names, fields);
        }
        if (!kind.isEmpty()) {
            fields.putIfAbsent("genre", kind);
            titleEndsAtTheDescription(fields, before);
        }
    }

    /** A licence statement (group 1 the licence): "Licence: CC BY-NC-SA 3.0 IGO.", "License: CC BY 4.0". */
    private static final Pattern LICENCE_STATEMENT = Pattern.compile("[.;,]?\\s*\\b[Ll]icen[cs]e:\\s*(CC[ -](?:BY|0)(?:-(?:NC|ND|SA))*"
            + "(?:\\s\\d\\.\\d)?(?:\\s(?:IGO|International))?)\\.?(?=\\s|$)");
    /**
     * The United Nations' sales number, with the words before it (group 1 the number): "United Nations publication. Sales
     * No. E.21.II.D.21".
     */
    private static final Pattern SALES_NUMBER = Pattern.compile(
            "(?:\\.\\s+United Nations publication)?\\.\\s+Sales No\\.\\s?([A-Z]\\.[\\w.]*\\w)\\.?(?=\\s|$)");

    /**
     * A version in brackets after a title (group 1), "(Version 1.3.0)", "(R package version 0.2.1)", or as a sentence of
     * its own (group 2), ". R package version 0.2.1.", ". Version 2.1,"; not a title's own ", version 1.2" ("Report on the
     * Programming Language Haskell, version 1.2"), nor a lower-case "(version 1.46)" that a short title keeps (read
     * without it, "TpsRelw" alone was taken for a name).
     */
    private static final Pattern VERSION = Pattern.compile("\\s?\\((?:(?:R|Python) package\\sv|V)ersion\\s+(v?\\d[\\w.-]*)\\)"
            + "|(?:[.,]\\s+(?:R|Python) package\\s+[Vv]|\\.\\s+V)ersion\\s+(v?\\d[\\w.-]*?)(?:[.,](?=\\s|$)|$)");

    /**
     * "Excel [Computer software]. Microsoft.": the title ends where the description stood ({@code before} is the text
     * right before it); without the bracket, the labeller may read the title on into the name after it, "Excel.
     * Microsoft", which is the publisher of software or data. The words before the description are the title when the
     * labeller read them as a container.
     */
    private static void titleEndsAtTheDescription(Map<String, String> fields, String before) {
        String title = fields.get("title");
        String container = fields.get("container-title");
        if (title == null && container != null && !before.isEmpty() && before.startsWith(container)) {
            // "Stats NZ. (2019). Harbour traffic 2018 [Data set].": the words before the description, read as a container
            // without the year that ends them, are the title
            fields.put("title", before);
            fields.remove("container-title");
            return;
        }
        int at = title == null || before.isEmpty() ? -1 : title.indexOf(before);
        if (at < 0 || at + before.length() >= title.length() || title.charAt(at + before.length()) != '.') {
            return;
        }
        String rest = SpanText.clean(title.substring(at + before.length() + 1));
        fields.put("title", title.substring(0, at + before.length()));
        if (!rest.isEmpty()) {
            fields.putIfAbsent("publisher", rest);
        }
    }

    /**
     * APA's bracketed description of software, data or an episode ("kind"), and an episode's number before it ("number"):
     * "[Computer software]", "[Data set]", "[Mobile app]", "(No. 12) [Audio podcast episode]", "(Season 2, Episode 4) [TV
     * series episode]", a talk's at a meeting, "[Paper presentation]", and an unpublished work's, "[Unpublished manuscript]".
     */
    private static final Pattern DESCRIPTION_OF_A_MEDIUM = Pattern.compile("(?:\\s?\\((?<number>(?:No\\.|Episode)\\s?\\d+"
            + "|Season\\s\\d+,\\s?Episode\\s\\d+)\\))?\\s?\\[(?<kind>Data ?set|Computer software|Software|Computer program"
            + "|Mobile (?:app|application) software|Mobile app|App|Database|(?:Audio|Video) podcast(?: episode)?|Podcast(?: episode)?"
            + "|(?:TV|Television|Radio) (?:series|series episode|episode|broadcast|program|programme)"
            + "|(?:Paper|Poster|Conference) presentation|Poster session|Conference session|Keynote address|Invited address"
            + "|Unpublished manuscript|Manuscript (?:submitted for publication|in preparation)|Unpublished raw data)]");

    /**
     * An episode's series and who made it, as APA cites one: "In J. Doe (Executive Producer), Port Stories. BBC One.", "In
     * Coastal Talk. Sea Media.". The names before "(Executive Producer)", which the labeller reads as editors, are the
     * producers; a network or publisher read into the series' name after its full stop is the publisher.
     */
    private static void episodesProducers(String text, Map<NameRole, List<Name>> names, Map<String, String> fields) {
        if (names.containsKey(NameRole.EDITOR) && !names.containsKey(NameRole.PRODUCER) && text.contains("Producer")
                && !EDITOR_MARK_IN_TEXT.matcher(text).find()) {
            names.put(NameRole.PRODUCER, names.remove(NameRole.EDITOR));
        }
        String series = fields.get("container-title");
        int stop = series == null ? -1 : series.lastIndexOf(". ");
        if (stop > 0 && !fields.containsKey("publisher")) {
            fields.put("container-title", series.substring(0, stop));
            fields.put("publisher", series.substring(stop + 2));
        }
    }

    /** An editor's mark: "(Ed.)", "(Eds.)", "ed. by". */
    private static final Pattern EDITOR_MARK_IN_TEXT = Pattern.compile("\\((?:Eds?|Hrsg|ed)\\.\\)|\\bed(?:ited)?\\.? by\\b");

    /** APA's "No." before an episode's number. */
    private static final Pattern NUMBER_MARK = Pattern.compile("^No\\.\\s?");

    /** A cheap test before {@link #VERSION}. */
    private static boolean mayHoldVersion(String text) {
        return text.contains("ersion ");
    }
}
