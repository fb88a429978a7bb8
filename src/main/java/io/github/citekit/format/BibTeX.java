package io.github.citekit.format;

import io.github.citekit.CitekitException;
import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import io.github.citekit.model.SourceKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.StringValue;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Writes and reads biblatex-flavoured BibTeX (UTF-8) through JBibTeX. Types and fields are mapped as
 * biblatex and citeproc-java do; provenance and warnings go to {@code citekit-*} fields, which styles
 * never print. Titles protect their capitals with braces; LaTeX special characters are escaped.
 */
public final class BibTeX {
    /** The types whose biblatex {@code number}, beside a {@code series}, is the number in that series. */
    private static final java.util.Set<ItemType> SERIES_NUMBERED = java.util.EnumSet.of(ItemType.BOOK, ItemType.CHAPTER,
            ItemType.PAPER_CONFERENCE, ItemType.COLLECTION);

    /** How an arXiv identifier stands in {@link Field#NUMBER}, as Zotero's CSL-JSON has it. */
    private static final String ARXIV_PREFIX = "arXiv:";
    /** Field names that citekit writes for its own data. */
    static final String SOURCES = "citekit-sources";
    static final String WARNINGS = "citekit-warnings";
    static final String ALT_DOIS = "citekit-alternative-dois";
    static final String LOCATOR = "citekit-locator";

    private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(new LookupTranslator(Map.of(
            "\\", "\\textbackslash{}", "&", "\\&", "%", "\\%", "$", "\\$", "#", "\\#", "_", "\\_",
            "{", "\\{", "}", "\\}", "~", "\\textasciitilde{}", "^", "\\textasciicircum{}")));
    private static final Pattern CAPITALISED_WORD = Pattern.compile("[\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*");
    private static final Pattern SHIELD = Pattern.compile("QCKU([0-9a-f]+)Q");
    private static final Pattern SOURCE_LABEL = Pattern.compile("^(.+)#(article|reference|sidecar|inferred)/(\\d+)(?:\\[([^\\]]*)])?$");

    private BibTeX() {
    }

    /** The items as a BibTeX database text; every item needs a citation key. */
    public static String write(List<Item> items) {
        BibTeXDatabase db = new BibTeXDatabase();
        for (Item item : items) {
            db.addObject(toEntry(item));
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(db, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace("\r\n", "\n");
    }

    private static BibTeXEntry toEntry(Item item) {
        String key = item.citationKey().orElseThrow(() -> new IllegalArgumentException("item without key: " + item));
        FieldMapping.BibType bt = FieldMapping.toBib(item.type());
        BibTeXEntry e = new BibTeXEntry(new Key(bt.type()), new Key(key));
        if (!bt.subtype().isEmpty()) {
            put(e, "entrysubtype", bt.subtype());
        }
        item.allNames().forEach((role, names) -> put(e, role.bibtexName(),
                names(names) + (item.etAl(role) ? " and others" : ""))); // BibTeX's own "et al."
        if (!item.names(NameRole.DIRECTOR).isEmpty()) {
            put(e, "editoratype", "director");
        }
        if (!item.names(NameRole.PRODUCER).isEmpty()) {
            put(e, "editorbtype", "producer");
        }
        item.title().ifPresent(t -> put(e, "title", protectCapitals(escape(t))));
        item.get(Field.CONTAINER_TITLE).ifPresent(c -> put(e, containerField(item.type()), escape(c)));
        item.get(Field.COLLECTION_TITLE).ifPresent(c -> put(e, "series", escape(c)));
        item.get(Field.EDITION).ifPresent(v -> put(e, "edition", escape(v)));
        item.get(Field.VOLUME).ifPresent(v -> put(e, "volume", escape(v)));
        item.get(Field.ISSUE).ifPresent(v -> put(e, "number", escape(v)));
        if (item.get(Field.ISSUE).isEmpty() && item.get(Field.NUMBER).isEmpty()) {
            // biblatex's number of a book or chapter is its number in the series
            item.get(Field.COLLECTION_NUMBER).ifPresent(v -> put(e, "number", escape(v)));
        }
        item.get(Field.NUMBER).ifPresent(v -> {
            if (v.startsWith(ARXIV_PREFIX)) { // biblatex's eprint fields, which biber links; beside an issue too
                put(e, "eprint", escape(v.substring(ARXIV_PREFIX.length())));
                put(e, "eprinttype", "arxiv");
            } else if (item.get(Field.ISSUE).isEmpty()) {
                put(e, "number", escape(v));
            }
        });
        item.get(Field.PAGE).ifPresent(v -> put(e, "pages", escape(v).replaceAll("(?<=\\w)-(?=\\w)", "--")));
        item.get(Field.NUMBER_OF_PAGES).ifPresent(v -> put(e, "pagetotal", escape(v)));
        item.issued().ifPresent(d -> put(e, "date", d.iso()));
        item.accessed().ifPresent(d -> put(e, "urldate", d.iso()));
        item.originalDate().ifPresent(d -> put(e, "origdate", d.iso()));
        item.get(Field.PUBLISHER).ifPresent(v -> put(e, publisherField(item.type()), escape(v)));
        item.get(Field.PUBLISHER_PLACE).ifPresent(v -> put(e, "location", escape(v)));
        item.get(Field.GENRE).ifPresent(v -> put(e, "type", escape(v)));
        item.get(Field.DOI).ifPresent(v -> put(e, "doi", v));
        item.get(Field.URL).ifPresent(v -> put(e, "url", v));
        item.get(Field.ISBN).ifPresent(v -> put(e, "isbn", v));
        item.get(Field.ISSN).ifPresent(v -> put(e, "issn", v));
        item.get(Field.PMID).ifPresent(v -> put(e, "pmid", v)); // JabRef's fields for PubMed's identifiers
        item.get(Field.PMCID).ifPresent(v -> put(e, "pmcid", v));
        item.get(Field.LANGUAGE).ifPresent(v -> put(e, "langid", FieldMapping.langid(v)));
        item.get(Field.ABSTRACT).ifPresent(v -> put(e, "abstract", escape(v)));
        item.get(Field.KEYWORD).ifPresent(v -> put(e, "keywords", escape(v)));
        item.get(Field.NOTE).ifPresent(v -> put(e, "note", escape(v)));
        item.get(Field.STATUS).ifPresent(v -> put(e, "pubstate", escape(FieldMapping.pubstate(v))));
        item.get(Field.SECTION).ifPresent(v -> put(e, "section", escape(v)));
        item.get(Field.ARCHIVE).ifPresent(v -> put(e, "archive", escape(v)));
        item.get(Field.VERSION).ifPresent(v -> put(e, "version", escape(v)));
        item.get(Field.AUTHORITY).ifPresent(v -> put(e, "authority", escape(v)));
        item.get(Field.LICENSE).ifPresent(v -> put(e, "license", escape(v)));
        item.get(Field.LOCATOR).ifPresent(v -> put(e, LOCATOR, escape(v)));
        if (!item.affiliations().isEmpty()) {
            put(e, "affiliation", escape(String.join("; ", item.affiliations())));
        }
        if (!item.alternativeDois().isEmpty()) {
            put(e, ALT_DOIS, String.join("; ", item.alternativeDois()));
        }
        if (!item.sources().isEmpty()) {
            put(e, SOURCES, escape(String.join("; ", item.sources().stream().map(BibTeX::sourceLabel).toList())));
        }
        if (!item.warnings().isEmpty()) {
            put(e, WARNINGS, escape(String.join("; ", item.warnings())));
        }
        return e;
    }

    private static String sourceLabel(Source s) {
        return s.label() + (s.fields().isEmpty() ? "" : "[" + String.join(",", s.fields()) + "]");
    }

    private static String containerField(ItemType t) {
        return switch (t) {
            // a case's reporter and a law's gazette too: pandoc reads them from journaltitle (journal) only
            case ARTICLE_JOURNAL, ARTICLE_MAGAZINE, ARTICLE_NEWSPAPER, LEGAL_CASE, LEGISLATION, TREATY -> "journal";
            case WEBPAGE, POST_WEBLOG, POST, MOTION_PICTURE -> "organization"; // the site: "Twitter", "YouTube"
            default -> "booktitle";
        };
    }

    private static String publisherField(ItemType t) {
        return t == ItemType.REPORT || t == ItemType.THESIS ? "institution" : "publisher";
    }

    private static void put(BibTeXEntry e, String field, String value) {
        e.addField(new Key(field), new StringValue(value, StringValue.Style.BRACED));
    }

    private static String names(List<Name> names) {
        List<String> parts = new ArrayList<>();
        for (Name n : names) {
            if (n.isLiteral()) {
                parts.add("{" + escape(n.literal()) + "}");
            } else if (!n.suffix().isEmpty()) { // BibTeX's "von Last, Jr, First"
                parts.add(namePart(n.family()) + ", " + namePart(n.suffix()) + ", " + namePart(n.given()));
            } else if (n.given().isEmpty()) {
                parts.add(namePart(n.family()));
            } else {
                parts.add(namePart(n.family()) + ", " + namePart(n.given()));
            }
        }
        return String.join(" and ", parts);
    }

    private static final Pattern AND_WORD = Pattern.compile("(?i)(?:^|\\s)and(?:\\s|$)");

    /**
     * A part of a name, escaped; braced if it holds the word "and", at which BibTeX would split the list
     * (biber then finds an empty name and drops the whole entry).
     */
    private static String namePart(String part) {
        String escaped = escape(part);
        return AND_WORD.matcher(part).find() ? "{" + escaped + "}" : escaped;
    }

    /** LaTeX's special characters escaped; everything else stays UTF-8. */
    static String escape(String text) {
        return ESCAPE.translate(text);
    }

    /** Every word with a capital letter is braced, so styles that change case keep it. */
    static String protectCapitals(String title) {
        Matcher m = CAPITALISED_WORD.matcher(title);
        StringBuilder s = new StringBuilder();
        int last = 0;
        while (m.find()) {
            boolean inCommand = m.start() > 0 && title.charAt(m.start() - 1) == '\\';
            s.append(title, last, m.start());
            s.append(inCommand ? m.group() : "{" + m.group() + "}");
            last = m.end();
        }
        return s.append(title.substring(last)).toString();
    }

    /**
     * The line (1-based) where the first entry whose braces do not balance begins, counting braces up to the
     * next line that opens an entry with "@"; 0 when every entry balances.
     */
    static int unclosedEntry(String text) {
        String[] lines = lines(text);
        int start = 0;
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.stripLeading().startsWith("@")) {
                if (start > 0 && depth != 0) {
                    return start;
                }
                start = i + 1;
                depth = 0;
            }
            for (int k = 0; k < l.length(); k++) {
                char c = l.charAt(k);
                if (c == '\\') {
                    k++; // "\{" is a brace printed, not a group
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            }
        }
        return start > 0 && depth != 0 ? start : 0;
    }

    /**
     * Reads BibTeX text into items. {@code @string} macros are resolved, LaTeX markup is turned into
     * Unicode, and citekit's own fields restore provenance and warnings.
     *
     * @param text the database text
     * @param shownAs the file name for error messages
     */
    public static List<Item> read(String text, String shownAs) {
        BibTeXDatabase db;
        try {
            db = parse(text);
        } catch (ParseException e) {
            int line = e.currentToken == null || e.currentToken.next == null ? 0 : e.currentToken.next.beginLine;
            if (line == 0) {
                // the parser ran to the file's end (a quote or brace left open): the entry that fails alone, or the end
                line = firstEntryThatFails(text);
                line = line > 0 ? line : lines(text).length;
            }
            int unclosed = unclosedEntry(text);
            if (unclosed > 0) {
                // the parser reports the end of the file; the fault is where the entry with an open brace began
                throw new CitekitException(shownAs, unclosed, "not valid BibTeX: this entry's braces are not closed ("
                        + firstLine(e.getMessage()) + " at line " + line + ")", e);
            }
            throw new CitekitException(shownAs, line, "not valid BibTeX: " + firstLine(e.getMessage()), e);
        } catch (TokenMgrException e) {
            Matcher m = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
            throw new CitekitException(shownAs, m.find() ? Integer.parseInt(m.group(1)) : 0,
                    "not valid BibTeX: " + firstLine(e.getMessage()), e);
        }
        List<Item> items = new ArrayList<>();
        int ordinal = 0;
        for (BibTeXEntry entry : db.getEntries().values()) {
            try {
                items.add(fromEntry(entry, shownAs));
            } catch (CitekitException | IllegalArgumentException e) {
                // a field's value that cannot be read (a date, a provenance label): named at its entry's line
                String problem = e instanceof CitekitException c ? c.problem() : e.getMessage();
                throw new CitekitException(shownAs, entryLine(text, entry.getKey().getValue(), ordinal),
                        "entry " + entry.getKey().getValue() + ": " + problem, e);
            }
            ordinal++;
        }
        return items;
    }

    private static BibTeXDatabase parse(String text) throws ParseException {
        return new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, org.jbibtex.BibTeXString string) {
                // unknown @string macros are kept as text rather than failing the whole file
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                // a missing crossref target is not an error for reading one file
            }
        }.parse(new StringReader(outsideEntriesBlanked(text.replace("\r\n", "\n").replace('\r', '\n'))));
    }

    /**
     * The text with what lies between entries turned to spaces, lines kept: BibTeX ignores any text outside
     * an "@" entry (xampl.bib explains its entries in plain sentences between them), and JBibTeX's grammar
     * fails on it. A "%" line there stays a comment, an "@" in it opening nothing. An entry runs from its
     * "@" to the brace or parenthesis that closes its first one; one in parentheses, "@misc(key, …)", which
     * JBibTeX does not read, is given braces. An entry left open keeps the rest of the file, for the parser
     * to report.
     */
    static String outsideEntriesBlanked(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '@') {
                int open = entryOpening(text, i);
                int end = open < 0 ? n : entryEnd(text, open);
                if (open >= 0 && text.charAt(open) == '(' && text.charAt(end - 1) == ')') {
                    out.append(text, i, open).append('{').append(text, open + 1, end - 1).append('}');
                } else {
                    out.append(text, i, end);
                }
                i = end;
            } else if (c == '%') {
                int eol = text.indexOf('\n', i);
                eol = eol < 0 ? n : eol;
                out.append(text, i, eol);
                i = eol;
            } else {
                out.append(c == '\n' || c == '\t' || c == ' ' ? c : ' ');
                i++;
            }
        }
        return out.toString();
    }

    /** The "{" or "(" that opens the entry whose "@" is at {@code at}, or -1 when none follows its type. */
    private static int entryOpening(String text, int at) {
        int i = at + 1;
        int n = text.length();
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '-')) {
            i++;
        }
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < n && (text.charAt(i) == '{' || text.charAt(i) == '(') ? i : -1;
    }

    /** Where the entry opened at {@code open} ends: after its closing delimiter, or the file's end. */
    private static int entryEnd(String text, int open) {
        boolean braced = text.charAt(open) == '{';
        int braces = 0;
        int parentheses = 0; // outside braces, in an entry opened with "("
        int n = text.length();
        for (int i = open; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
                if (braced && braces == 0) {
                    return i + 1;
                }
            } else if (!braced && braces == 0 && (c == '(' || c == ')')) {
                parentheses += c == '(' ? 1 : -1;
                if (parentheses == 0) {
                    return i + 1;
                }
            }
        }
        return n;
    }

    /**
     * The 1-based line of the first entry that does not parse on its own (each read from its "@" to the next
     * entry's), or 0: where the parser's own error gives no line.
     */
    private static int firstEntryThatFails(String text) {
        String[] lines = lines(text);
        int start = -1;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].stripLeading().startsWith("@")) {
                if (start >= 0) {
                    try {
                        parse(String.join("\n", java.util.Arrays.copyOfRange(lines, start, i)));
                    } catch (ParseException | TokenMgrException e) {
                        return start + 1;
                    }
                }
                start = i;
            }
        }
        return 0;
    }

    /**
     * The 1-based line where the entry with this key opens; for a key the file does not print (JBibTeX names an
     * entry without one "jbibtex-1"), where the entry of that ordinal opens; 0 if neither is found.
     */
    private static int entryLine(String text, String key, int ordinal) {
        String normalised = String.join("\n", lines(text));
        Matcher m = Pattern.compile("@\\s*\\w+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,").matcher(normalised);
        if (!m.find()) {
            m = ENTRY_OPENING.matcher(normalised);
            for (int k = 0; k <= ordinal; k++) {
                if (!m.find()) {
                    return 0;
                }
            }
        }
        return (int) normalised.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    }

    /** An entry's "@type{", not a string, preamble or comment. */
    private static final Pattern ENTRY_OPENING = Pattern.compile("(?im)^[ \\t]*@(?!string|preamble|comment)\\w+\\s*[{(]");

    /** The text's lines, whichever line ends it uses ("\r\n", "\r", "\n"), as the parser counts them. */
    private static String[] lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static Item fromEntry(BibTeXEntry entry, String shownAs) {
        Map<String, String> f = new LinkedHashMap<>();
        for (Map.Entry<Key, Value> e : entry.getFields().entrySet()) {
            f.put(e.getKey().getValue().toLowerCase(Locale.ROOT), e.getValue().toUserString());
        }
        ItemType type = FieldMapping.fromBib(entry.getType().getValue(), f.getOrDefault("entrysubtype", ""));
        Item.Builder b = Item.builder(type).citationKey(entry.getKey().getValue());
        for (NameRole role : NameRole.values()) {
            if (role == NameRole.DIRECTOR && !"director".equalsIgnoreCase(f.getOrDefault("editoratype", ""))) {
                continue; // biblatex's editora is a director only where its type says so
            }
            if (role == NameRole.PRODUCER && !"producer".equalsIgnoreCase(f.getOrDefault("editorbtype", ""))) {
                continue; // and its editorb a producer
            }
            if (f.containsKey(role.bibtexName())) {
                List<Name> names = parseNames(f.get(role.bibtexName()));
                boolean others = !names.isEmpty() && names.get(names.size() - 1).equals(Name.of("others", ""));
                b.names(role, others ? names.subList(0, names.size() - 1) : names).etAl(role, others);
            }
        }
        // biblatex's subtitles and title addenda are part of the title a reader sees, joined as pandoc and biber's styles
        // join them: "Main: The subtitle. An addon"
        setText(b, Field.TITLE, withSubtitle(f, "title", "subtitle", "titleaddon"));
        String container = f.containsKey("journaltitle") ? withSubtitle(f, "journaltitle", "journalsubtitle", null)
                : f.containsKey("journal") ? f.get("journal")
                : f.containsKey("booktitle") ? withSubtitle(f, "booktitle", "booksubtitle", "booktitleaddon")
                : f.get("organization");
        setText(b, Field.CONTAINER_TITLE, container);
        setText(b, Field.COLLECTION_TITLE, f.get("series"));
        setText(b, Field.EDITION, f.get("edition"));
        setText(b, Field.VOLUME, f.get("volume"));
        String number = f.containsKey("issue") ? f.get("issue") : f.get("number");
        boolean periodical = type == ItemType.ARTICLE_JOURNAL || type == ItemType.ARTICLE_MAGAZINE
                || type == ItemType.ARTICLE_NEWSPAPER;
        // a book's or chapter's number with its series is its number in the series; a report's stays its own
        boolean inSeries = f.containsKey("series") && SERIES_NUMBERED.contains(type);
        setText(b, periodical ? Field.ISSUE : inSeries ? Field.COLLECTION_NUMBER : Field.NUMBER, number);
        if (b.get(Field.NUMBER).isEmpty() && f.containsKey("eprint") && "arxiv".equalsIgnoreCase(first(f, "eprinttype", "archiveprefix"))) {
            b.set(Field.NUMBER, ARXIV_PREFIX + f.get("eprint"));
        }
        if (f.containsKey("pages")) {
            b.set(Field.PAGE, latexToUnicode(f.get("pages")).replaceAll("\\s*(?:--|–|—)\\s*", "-"));
        }
        setText(b, Field.NUMBER_OF_PAGES, f.get("pagetotal"));
        setText(b, Field.PUBLISHER, first(f, "publisher", "institution", "school", "organization"));
        if (b.get(Field.CONTAINER_TITLE).isPresent() && f.containsKey("organization") && !f.containsKey("publisher")
                && first(f, "journaltitle", "journal", "booktitle") == null) {
            b.set(Field.PUBLISHER, null);
        }
        setText(b, Field.PUBLISHER_PLACE, first(f, "location", "address"));
        setText(b, Field.GENRE, f.get("type"));
        if (f.containsKey("doi")) {
            b.set(Field.DOI, f.get("doi").strip().toLowerCase(Locale.ROOT).replaceFirst("^(?:https?://(?:dx\\.)?doi\\.org/|doi:)", ""));
        }
        b.set(Field.URL, f.get("url"));
        b.set(Field.ISBN, f.get("isbn"));
        b.set(Field.ISSN, f.get("issn"));
        b.set(Field.PMID, f.containsKey("pmid") ? f.get("pmid")
                : "pubmed".equalsIgnoreCase(f.get("eprinttype")) ? f.get("eprint") : null);
        b.set(Field.PMCID, f.get("pmcid"));
        String lang = first(f, "langid", "language");
        if (lang != null) {
            b.set(Field.LANGUAGE, FieldMapping.bcp47(latexToUnicode(lang)));
        }
        setText(b, Field.ABSTRACT, f.get("abstract"));
        setText(b, Field.KEYWORD, f.get("keywords"));
        setText(b, Field.NOTE, f.get("note"));
        if (f.containsKey("pubstate")) {
            setText(b, Field.STATUS, FieldMapping.status(f.get("pubstate")));
        }
        setText(b, Field.SECTION, f.get("section"));
        setText(b, Field.ARCHIVE, f.get("archive"));
        setText(b, Field.VERSION, f.get("version"));
        setText(b, Field.AUTHORITY, f.get("authority"));
        setText(b, Field.LICENSE, f.get("license"));
        setText(b, Field.LOCATOR, f.get(LOCATOR));
        b.issued(date(f, shownAs));
        if (f.containsKey("urldate")) {
            b.accessed(parseDate(f.get("urldate"), shownAs));
        }
        if (f.containsKey("origdate")) {
            b.originalDate(parseDate(f.get("origdate"), shownAs));
        }
        // a date that is no calendar date citekit can hold ("-0249", "199X", "../2004") is reported, not dropped unseen
        List<String> unread = new ArrayList<>();
        for (String k : List.of("date", "urldate", "origdate")) {
            if (f.containsKey(k) && parseDate(f.get(k), shownAs) == null) {
                unread.add("date not read: " + k + " = {" + f.get(k).strip() + "}");
            } else if (f.containsKey(k) && f.get(k).indexOf('/') > 0) {
                unread.add("date range read as its start: " + k + " = {" + f.get(k).strip() + "}");
            }
        }
        if (f.containsKey("affiliation")) {
            b.affiliations(splitList(latexToUnicode(f.get("affiliation"))));
        }
        if (f.containsKey(ALT_DOIS)) {
            splitList(f.get(ALT_DOIS)).forEach(b::addAlternativeDoi);
        }
        if (f.containsKey(SOURCES)) {
            for (String label : splitList(latexToUnicode(f.get(SOURCES)))) {
                Matcher m = SOURCE_LABEL.matcher(label);
                if (m.matches()) {
                    List<String> fields = m.group(4) == null || m.group(4).isEmpty() ? List.of()
                            : Arrays.asList(m.group(4).split(","));
                    b.addSource(new Source(m.group(1), SourceKind.fromLabel(m.group(2)), sourceIndex(m.group(3)), "", fields));
                }
            }
        }
        if (f.containsKey(WARNINGS)) {
            b.warnings(splitList(latexToUnicode(f.get(WARNINGS))));
        }
        unread.forEach(b::addWarning);
        return b.build();
    }

    /** A title field with its subtitle after ": " and its addendum after ". ", those that are given; null without the title. */
    private static String withSubtitle(Map<String, String> f, String title, String subtitle, String addon) {
        String t = f.get(title);
        if (t == null) {
            return null;
        }
        if (f.containsKey(subtitle) && !f.get(subtitle).isBlank()) {
            t += ": " + f.get(subtitle).strip();
        }
        if (addon != null && f.containsKey(addon) && !f.get(addon).isBlank()) {
            t += ". " + f.get(addon).strip();
        }
        return t;
    }

    private static int sourceIndex(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a source's index out of range: " + digits, e);
        }
    }

    private static List<String> splitList(String s) {
        return Arrays.stream(s.split(";\\s+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String first(Map<String, String> f, String... keys) {
        for (String k : keys) {
            if (f.containsKey(k)) {
                return f.get(k);
            }
        }
        return null;
    }

    private static void setText(Item.Builder b, Field field, String latex) {
        if (latex != null) {
            b.set(field, latexToUnicode(latex));
        }
    }

    private static DateParts date(Map<String, String> f, String shownAs) {
        if (f.containsKey("date")) {
            return parseDate(f.get("date"), shownAs);
        }
        if (!f.containsKey("year")) {
            return null;
        }
        Matcher y = Pattern.compile("\\d{4}").matcher(f.get("year"));
        if (!y.find()) {
            return null;
        }
        int month = f.containsKey("month") ? month(f.get("month")) : 0;
        return new DateParts(Integer.parseInt(y.group()), month, 0);
    }

    private static DateParts parseDate(String value, String shownAs) {
        Matcher m = Pattern.compile("^(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?").matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            // biblatex's seasons, "2012-22" for summer 2012 (ISO 8601-2)
            return DateParts.isSeason(month, day) ? DateParts.ofSeason(year, month - 20) : new DateParts(year, month, day);
        } catch (IllegalArgumentException e) {
            throw new CitekitException(shownAs, 0, "bad date '" + value + "': " + e.getMessage(), e);
        }
    }

    private static int month(String m) {
        String s = m.strip().toLowerCase(Locale.ROOT);
        if (s.matches("\\d{1,2}")) {
            int v = Integer.parseInt(s);
            return v >= 1 && v <= 12 ? v : 0;
        }
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        return s.length() >= 3 ? names.indexOf(s.substring(0, 3)) + 1 : 0;
    }

    /** Splits a BibTeX name list at top-level "and" and parses each name. */
    static List<Name> parseNames(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String v = value.strip();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && v.startsWith(" and ", i)) {
                parts.add(v.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(v.substring(start));
        List<Name> names = new ArrayList<>();
        for (String p : parts) {
            String t = p.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("{") && t.endsWith("}") && balancedWhole(t)) {
                names.add(Name.literal(latexToUnicode(t.substring(1, t.length() - 1))));
                continue;
            }
            int comma = topLevelComma(t);
            int second = comma < 0 ? -1 : topLevelComma(t, comma + 1);
            if (second >= 0) { // "von Last, Jr, First"
                names.add(Name.of(latexToUnicode(t.substring(0, comma)), latexToUnicode(t.substring(second + 1)),
                        latexToUnicode(t.substring(comma + 1, second))));
            } else if (comma >= 0) {
                names.add(Name.of(latexToUnicode(t.substring(0, comma)), latexToUnicode(t.substring(comma + 1))));
            } else {
                // "First von Last": the particles in lower case start the family name
                names.add(io.github.citekit.internal.extract.Names.parse(latexToUnicode(t)));
            }
        }
        return names;
    }

    private static boolean balancedWhole(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            depth += t.charAt(i) == '{' ? 1 : t.charAt(i) == '}' ? -1 : 0;
            if (depth == 0 && i < t.length() - 1) {
                return false;
            }
        }
        return true;
    }

    private static int topLevelComma(String t) {
        return topLevelComma(t, 0);
    }

    /** The first comma at or after {@code from} outside braces (braces before {@code from} are balanced). */
    private static int topLevelComma(String t, int from) {
        int depth = 0;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * LaTeX markup to Unicode through JBibTeX's LaTeX parser and printer. The parser rejects "№", other
     * symbols and carriage returns, so those are shielded first; text with no markup is returned as it is.
     */
    static String latexToUnicode(String latex) {
        String s = latex.replace('\r', ' ');
        if (s.indexOf('\\') < 0 && s.indexOf('{') < 0 && s.indexOf('~') < 0 && s.indexOf("--") < 0) {
            return s.strip();
        }
        // JBibTeX's lexer rejects many symbols (№, private use, ...), its printer does not know the
        // text-mode commands our escaper writes for ~ ^ \ and turns ' into ’, so those travel as ASCII tokens
        String shielded = s.replace("\\textasciitilde{}", "QCKTQ").replace("\\textasciicircum{}", "QCKCQ")
                .replace("\\textbackslash{}", "QCKBSQ");
        StringBuilder t = new StringBuilder();
        int[] cps = shielded.codePoints().toArray();
        for (int k = 0; k < cps.length; k++) {
            int cp = cps[k];
            boolean quote = (cp == '\'' || cp == '`') && (k == 0 || cps[k - 1] != '\\'); // not an accent command
            if (cp >= 0x2000 || quote) {
                t.append("QCKU").append(Integer.toHexString(cp)).append('Q');
            } else {
                t.appendCodePoint(cp);
            }
        }
        try {
            List<LaTeXObject> objects = new LaTeXParser().parse(t.toString());
            String printed = new LaTeXPrinter().print(objects).replace("QCKBSQ", "\\").replace("QCKTQ", "~")
                    .replace("QCKCQ", "^");
            Matcher m = SHIELD.matcher(printed);
            StringBuilder u = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(u, Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
            }
            m.appendTail(u);
            return u.toString().replaceAll("\\s+", " ").strip();
        } catch (ParseException | RuntimeException e) {
            // markup JBibTeX cannot read: keep the text, drop only the grouping braces
            return s.replaceAll("(?<!\\\\)[{}]", "").replaceAll("\\\\([&%$#_{}])", "$1").strip();
        }
    }
}
