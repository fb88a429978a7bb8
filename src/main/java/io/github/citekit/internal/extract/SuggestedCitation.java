package io.github.citekit.internal.extract;

import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.internal.text.Markup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository cover page's "Suggested Citation" of the document itself, in the forms repositories print:
 * <ul>
 * <li>APA, as journal cover pages print it: {@code Family, I. (2019). Title. *Journal*, 109(2), 5-10. https://doi.org/…};
 * <li>EconStor's: {@code Family, Given; Family, Given (2021) : Title, Kiel Working Paper, No. 2187, Publisher, Place}
 * (or {@code …, Journal, ISSN …, Vol. 12, Iss. 3, pp. 45-67, https://doi.org/…});
 * <li>SSRN's: {@code Family, Given and Family, Given, Title (March 3, 2020). Journal, Vol. 12, No. 3, 2020,
 * Available at SSRN: https://ssrn.com/abstract=… or http://dx.doi.org/…}.
 * </ul>
 *
 * @param text the citation as printed
 * @param type the kind of document it describes
 * @param authors the authors it names
 * @param fields the fields it gives
 * @param issued the date it gives
 */
public record SuggestedCitation(String text, ItemType type, List<Name> authors, Map<Field, String> fields,
        Optional<DateParts> issued) {
    private static final Pattern HEADING = Pattern.compile("(?iu).*\\b(?:suggested citation|recommended citation|cite (?:this|as))\\s*:?\\s*(.*)$");
    /**
     * The journals' own heading on an article's first page, MDPI's and PLOS's "Citation: …", Frontiers' "How to cite this
     * article: …": read only above the reference lists, where a reference may open with the same word.
     */
    private static final Pattern TITLE_PAGE_HEADING = Pattern.compile("^(?:Citation|How to cite(?: this article)?)\\s*:\\s*(.*)$");
    private static final Pattern APA = Pattern.compile(
            "^(?<authors>.+?)\\s*\\((?<year>\\d{4})[a-z]?(?:,[^)]*)?\\)\\.\\s*(?<title>.+?[.?!])\\s+(?<container>\\*[^*]+\\*|[^,]+?),"
            + "\\s*(?<volume>\\d+)(?:\\s*\\((?<issue>[^)]+)\\))?(?:,\\s*(?<pages>\\d+(?:\\s*[-–]\\s*\\d+)?))?");
    private static final Pattern APA_AUTHOR = Pattern.compile(
            "((?:" + Names.PARTICLE + "\\s+){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?),\\s*((?:\\p{Lu}\\.\\s?(?:-\\s?\\p{Lu}\\.\\s?)?)+)");
    /** EconStor: the names, the year in brackets, " : ", then the title and the source, parted by commas. */
    private static final Pattern ECONSTOR = Pattern.compile("^(?<authors>[^()]+?)\\s\\((?<year>\\d{4})\\)\\s?:\\s(?<title>[^,]+(?:,\\s(?!\\p{Lu})[^,]+)*),\\s(?<rest>.+)$");
    /** SSRN: inverted names joined by "and", the title, its date in brackets, then the source and the links. */
    private static final String INVERTED = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?,\\s\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}";
    private static final Pattern SSRN = Pattern.compile("^(?<authors>" + INVERTED + "(?:,?\\s(?:and|&)\\s" + INVERTED + ")*),\\s"
            + "(?<title>[^()]+?)\\s\\((?<date>[^()]*?\\d{4})\\)\\.?\\s*(?<rest>.*)$");
    /**
     * bepress Digital Commons' form on its cover pages, under "Recommended Citation": inverted names, the title in
     * quotation marks, the year in brackets, then the repository's series and the paper's number: "Boateng, Ama, "Silt
     * Management in Small Ports" (2019). Masters Theses &amp; Specialist Projects. Paper 3127.".
     */
    private static final Pattern BEPRESS = Pattern.compile("^(?<authors>" + INVERTED + "(?:,?\\s(?:and|&)\\s" + INVERTED + ")*),\\s"
            + "[\"“](?<title>[^\"“”]+?)[,.]?[\"”]\\s\\((?<year>\\d{4})\\)\\.\\s(?<series>[^.]+?)\\.\\s(?:Paper|Article)\\s(?<number>\\d+)\\.?(?:\\s.*)?$");
    /** A repository's series of theses and dissertations. */
    private static final Pattern THESES = Pattern.compile("(?i)\\b(?:theses|thesis|dissertations?)\\b");
    /**
     * MDPI's (and the American Chemical Society's) form: family names and initials parted by semicolons, the title, then
     * the journal, year, volume and article number or pages: "Okafor, J.; Mensah, K. Silt Management in West African
     * Ports. Sustainability 2021, 13, 4123. https://doi.org/…".
     */
    private static final String INVERTED_INITIALS = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?,\\s(?:\\p{Lu}\\.(?:-?\\p{Lu}\\.)*\\s?)+";
    private static final Pattern MDPI = Pattern.compile("^(?<authors>" + INVERTED_INITIALS + "(?:;\\s(?:and\\s)?" + INVERTED_INITIALS + ")*)"
            + "\\s*(?<title>\\p{Lu}.+?[.?!])\\s(?<container>\\p{Lu}[^.,;]*?(?:\\.\\s?[^.,;\\d]+?)*)\\s(?<year>(?:19|20)\\d\\d),\\s(?<volume>\\d{1,4})"
            + "(?:\\s\\((?<issue>\\d{1,4})\\))?,\\s(?<pages>[\\w]+(?:[–-]\\w+)?)\\.?(?:\\s.*)?$");
    /**
     * PLOS's and Frontiers' form: Vancouver's names, the year in brackets, the title, then the journal, volume, issue and
     * article number: "Okafor J, Mensah K (2021) Silt in tidal harbours. PLoS ONE 16(3): e0248123. https://doi.org/…",
     * "Boateng A, Berg L and Mensah K (2021) Tidal Silt Budgets. Front. Mar. Sci. 8:654321. doi: …".
     */
    private static final String VANCOUVER_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)*\\s\\p{Lu}{1,3}";
    private static final Pattern PLOS = Pattern.compile("^(?<authors>" + VANCOUVER_NAME + "(?:(?:,\\s|,?\\s(?:and|&)\\s)" + VANCOUVER_NAME + ")*)"
            + "(?:,?\\s(?:et al\\.?))?"
            + "\\s\\((?<year>(?:19|20)\\d\\d)\\)\\s(?<title>\\p{Lu}.+?[.?!])\\s(?<container>\\p{Lu}[^\\d]*?)\\s(?<volume>\\d{1,4})"
            + "(?:\\((?<issue>\\d{1,4})\\))?:\\s?(?<pages>\\w+(?:[–-]\\w+)?)\\.?(?:\\s.*)?$");
    private static final Pattern VANCOUVER_AUTHOR = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)*)\\s(\\p{Lu}{1,3})(?=,|\\s(?:and|&)\\s|$)");

    private static final Pattern VOLUME = Pattern.compile("(?i)\\bVol(?:ume)?\\.?\\s*(\\w+)");
    private static final Pattern ISSUE = Pattern.compile("(?i)\\b(?:Iss(?:ue)?\\.?|No\\.?)\\s*(\\w+)");
    private static final Pattern PAGES = Pattern.compile("(?i)\\bpp?\\.\\s*(\\d+(?:\\s*[-–]\\s*\\d+)?)");
    private static final Pattern NUMBER = Pattern.compile("(?i)^No\\.?\\s*(\\S+)$");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern AVAILABLE = Pattern.compile("(?i),?\\s*Available at(?: SSRN)?:.*$");

    /** Whether {@code line} opens a suggested citation ("Suggested Citation:", "Cite as:"). */
    public static boolean opens(String line) {
        return HEADING.matcher(line).matches();
    }

    /** Whether {@code line} opens a journal's citation of the article on its first page ("Citation: …"), or {@link #opens}. */
    public static boolean opensOnTitlePage(String line) {
        return opens(line) || TITLE_PAGE_HEADING.matcher(line).matches();
    }

    /**
     * Looks for a suggested citation among {@code lines}; the heading may carry it or precede it, and it may wrap. A
     * journal's "Citation:" counts above the first reference list's heading only.
     */
    public static Optional<SuggestedCitation> find(List<String> lines) {
        boolean aboveLists = true;
        for (int i = 0; i < lines.size(); i++) {
            aboveLists &= io.github.citekit.internal.text.ListHeadings.name(lines.get(i).strip()).isEmpty();
            Matcher h = HEADING.matcher(lines.get(i));
            if (!h.matches() && aboveLists) {
                h = TITLE_PAGE_HEADING.matcher(lines.get(i));
            }
            if (!h.matches()) {
                continue;
            }
            StringBuilder text = new StringBuilder(h.group(1).strip());
            int j = i + 1;
            while (text.length() == 0 && j < lines.size()) {
                text.append(lines.get(j++).strip());
            }
            // the lines it wraps onto, up to a blank line
            while (j < lines.size() && !lines.get(j).isBlank() && !HEADING.matcher(lines.get(j)).matches()) {
                String next = lines.get(j++).strip();
                boolean glued = text.charAt(text.length() - 1) == '-' || text.toString().endsWith("/");
                text.append(glued ? "" : " ").append(next);
            }
            if (text.length() > 0) {
                return parse(text.toString());
            }
        }
        return Optional.empty();
    }

    /** Parses a suggested citation in one of the forms this class knows. */
    public static Optional<SuggestedCitation> parse(String text) {
        Matcher m = APA.matcher(text);
        if (m.find()) {
            return Optional.of(apa(text, m));
        }
        if ((m = ECONSTOR.matcher(text)).matches()) {
            return Optional.of(econstor(text, m));
        }
        if ((m = BEPRESS.matcher(text)).matches()) { // before SSRN's, which would take the quoted title with its marks
            return Optional.of(bepress(text, m));
        }
        if ((m = SSRN.matcher(text)).matches()) {
            return Optional.of(ssrn(text, m));
        }
        if ((m = MDPI.matcher(text)).matches()) {
            return Optional.of(mdpi(text, m));
        }
        if ((m = PLOS.matcher(text)).matches()) {
            return Optional.of(mdpi(text, m));
        }
        return Optional.empty();
    }

    private static SuggestedCitation apa(String text, Matcher m) {
        List<Name> authors = new ArrayList<>();
        Matcher a = APA_AUTHOR.matcher(m.group("authors"));
        while (a.find()) {
            authors.add(Name.of(a.group(1), Names.normalizeInitials(a.group(2))));
        }
        EnumMap<Field, String> fields = new EnumMap<>(Field.class);
        String title = m.group("title");
        if (title.endsWith(".")) {
            title = title.substring(0, title.length() - 1);
        }
        fields.put(Field.TITLE, Markup.strip(title).strip());
        fields.put(Field.CONTAINER_TITLE, Markup.strip(m.group("container")).strip());
        fields.put(Field.VOLUME, m.group("volume"));
        if (m.group("issue") != null) {
            fields.put(Field.ISSUE, m.group("issue").strip());
        }
        if (m.group("pages") != null) {
            fields.put(Field.PAGE, m.group("pages").replaceAll("\\s*[-–]\\s*", "-"));
        }
        Dois.findFirst(text).ifPresent(d -> fields.put(Field.DOI, d));
        return new SuggestedCitation(text, ItemType.ARTICLE_JOURNAL, List.copyOf(authors), Map.copyOf(fields),
                Optional.of(DateParts.ofYear(Integer.parseInt(m.group("year")))));
    }

    /** MDPI's form and PLOS's, which give the same fields. */
    private static SuggestedCitation mdpi(String text, Matcher m) {
        List<Name> authors = new ArrayList<>();
        boolean vancouver = m.pattern() == PLOS;
        Matcher a = (vancouver ? VANCOUVER_AUTHOR : APA_AUTHOR).matcher(m.group("authors"));
        while (a.find()) {
            // Vancouver's initials run together, "JP"; Names writes them as "J. P."
            authors.add(Name.of(a.group(1), Names.normalizeInitials(vancouver ? a.group(2).replaceAll("(\\p{Lu})", "$1. ").strip() : a.group(2))));
        }
        EnumMap<Field, String> fields = new EnumMap<>(Field.class);
        String title = m.group("title");
        fields.put(Field.TITLE, title.endsWith(".") ? title.substring(0, title.length() - 1).strip() : title.strip());
        fields.put(Field.CONTAINER_TITLE, m.group("container").strip());
        fields.put(Field.VOLUME, m.group("volume"));
        if (m.group("issue") != null) {
            fields.put(Field.ISSUE, m.group("issue"));
        }
        fields.put(Field.PAGE, m.group("pages").replace('–', '-'));
        Dois.findFirst(text).ifPresent(d -> fields.put(Field.DOI, d));
        return new SuggestedCitation(text, ItemType.ARTICLE_JOURNAL, List.copyOf(authors), Map.copyOf(fields),
                Optional.of(DateParts.ofYear(Integer.parseInt(m.group("year")))));
    }

    /**
     * EconStor's form. A journal article's source gives "Vol.", "Iss." and "pp."; a working paper's gives its
     * series, "No. 2187", the issuing institute and its place.
     */
    private static SuggestedCitation econstor(String text, Matcher m) {
        EnumMap<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, m.group("title").strip());
        String rest = LINK.matcher(m.group("rest")).replaceAll("").strip();
        List<String> parts = new ArrayList<>();
        for (String p : rest.split(",\\s+")) {
            if (!p.isBlank() && !p.startsWith("ISSN")) {
                parts.add(p.strip());
            }
        }
        ItemType type;
        Matcher volume = VOLUME.matcher(rest);
        if (volume.find()) {
            type = ItemType.ARTICLE_JOURNAL;
            fields.put(Field.CONTAINER_TITLE, parts.get(0));
            fields.put(Field.VOLUME, volume.group(1));
            issueAndPages(rest, fields);
        } else {
            type = ItemType.REPORT; // a working paper of a series
            int number = -1;
            for (int k = 0; k < parts.size(); k++) {
                Matcher n = NUMBER.matcher(parts.get(k));
                if (n.matches()) {
                    number = k;
                    fields.put(Field.NUMBER, n.group(1));
                    break;
                }
            }
            if (number > 0) {
                // "Kiel Working Paper" with "No. 2187": the report's kind and number, as Zotero's report type and
                // number hold them (biblatex's type and number; @report has no series)
                fields.put(Field.GENRE, String.join(", ", parts.subList(0, number)));
                List<String> issuer = parts.subList(number + 1, parts.size());
                if (issuer.size() >= 2) {
                    fields.put(Field.PUBLISHER, String.join(", ", issuer.subList(0, issuer.size() - 1)));
                    fields.put(Field.PUBLISHER_PLACE, issuer.get(issuer.size() - 1));
                } else if (issuer.size() == 1) {
                    fields.put(Field.PUBLISHER, issuer.get(0));
                }
            }
        }
        Dois.findFirst(text).ifPresent(d -> fields.put(Field.DOI, d));
        List<Name> authors = Names.parseList(m.group("authors"));
        return new SuggestedCitation(text, type, List.copyOf(authors), Map.copyOf(fields),
                Optional.of(DateParts.ofYear(Integer.parseInt(m.group("year")))));
    }

    /** A journal article's "Iss. 3" or "No. 3" and "pp. 45-67" in a source after the journal's name. */
    private static void issueAndPages(String source, Map<Field, String> fields) {
        Matcher issue = ISSUE.matcher(source);
        if (issue.find()) {
            fields.put(Field.ISSUE, issue.group(1));
        }
        Matcher pages = PAGES.matcher(source);
        if (pages.find()) {
            fields.put(Field.PAGE, pages.group(1).replaceAll("\\s*[-–]\\s*", "-"));
        }
    }

    /**
     * SSRN's form. A paper with its journal's "Vol." is a journal article; one without is SSRN's own preprint
     * (CSL "article", as Zotero exports a preprint), SSRN being where it is available.
     */
    /** bepress's form: a thesis in a series of theses, any other paper a document of the repository's series. */
    private static SuggestedCitation bepress(String text, Matcher m) {
        EnumMap<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, m.group("title").strip());
        fields.put(Field.COLLECTION_TITLE, m.group("series").strip());
        fields.put(Field.COLLECTION_NUMBER, m.group("number"));
        Matcher link = LINK.matcher(text);
        if (link.find()) {
            fields.put(Field.URL, link.group().replaceAll("[.,;]+$", ""));
        }
        ItemType type = THESES.matcher(m.group("series")).find() ? ItemType.THESIS : ItemType.ARTICLE;
        return new SuggestedCitation(text, type, List.copyOf(Names.parseList(m.group("authors"))), Map.copyOf(fields),
                Optional.of(DateParts.ofYear(Integer.parseInt(m.group("year")))));
    }

    private static SuggestedCitation ssrn(String text, Matcher m) {
        EnumMap<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, m.group("title").strip());
        String rest = m.group("rest");
        Matcher link = LINK.matcher(rest);
        if (link.find()) {
            fields.put(Field.URL, link.group().replaceAll("[.,;]+$", ""));
        }
        String source = AVAILABLE.matcher(rest).replaceFirst("").strip();
        ItemType type;
        Matcher volume = VOLUME.matcher(source);
        if (volume.find() && volume.start() > 0) {
            type = ItemType.ARTICLE_JOURNAL;
            fields.put(Field.CONTAINER_TITLE, source.substring(0, volume.start()).replaceAll("[,\\s]+$", ""));
            fields.put(Field.VOLUME, volume.group(1));
            issueAndPages(source, fields);
        } else {
            type = ItemType.ARTICLE;
            if (rest.contains("SSRN")) {
                fields.put(Field.PUBLISHER, "SSRN");
            }
        }
        Dois.findFirst(text).ifPresent(d -> fields.put(Field.DOI, d));
        List<Name> authors = Names.parseList(m.group("authors"));
        Optional<DateParts> date = io.github.citekit.internal.refs.Dates.parse(m.group("date")); // "March 3, 2020"
        return new SuggestedCitation(text, type, List.copyOf(authors), Map.copyOf(fields), date);
    }
}
