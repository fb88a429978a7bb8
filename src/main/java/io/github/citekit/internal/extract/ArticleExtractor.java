package io.github.citekit.internal.extract;

import io.github.citekit.internal.text.Document;
import io.github.citekit.internal.text.ListHeadings;
import io.github.citekit.internal.text.Markup;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the articles of a document and describes each: title, authors and affiliations from bylines or
 * author bios, DOI, abstract, and what a cover page or a web page adds. An article starts at a title
 * followed by a byline ("By Name, Affiliation"), or at an "Abstract" heading with no byline before it (a
 * title lost in extraction); a document with neither is one article. Nothing is guessed: what is not
 * printed stays empty and is reported by a warning.
 */
public final class ArticleExtractor {
    private static final Pattern BYLINE = Pattern.compile("^(?:[Bb]y|BY|Authors?:|Авторы?:)\\s+(\\p{Lu}.+)$");
    private static final Pattern ABSTRACT = Pattern.compile("(?iu)^(?:abstract|summary|аннотация|резюме|resumen|résumé|resumo"
            + "|riassunto|zusammenfassung|samenvatting|streszczenie)\\s*[:.—–-]?\\s*(.*)$");
    private static final Pattern ABOUT = Pattern.compile("(?iu)^about the authors?\\s*:?$|^об авторах?\\s*:?$|^сведения об авторах?\\s*:?$");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:\\d+(?:\\.\\d+)*\\.?|[IVX]+\\.)\\s+\\p{Lu}.{0,80}|(?iu)(?:introduction|abstract|contents|table of contents|"
            + "summary|executive summary|key points|conclusions?|acknowledge?ments|"
            + "about the authors?|foreword|preface|введение|содержание|заключение|" + ListHeadings.NAMES
            + ")\\s*:?");
    private static final Pattern BIO = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){1,3}(?:" + Names.PARTICLE + "\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)\\s+"
            + "(?:is|was|has been|serves as|works|teaches|holds|received|является|работает)\\b");
    private static final Pattern BIO_AFFILIATION = Pattern.compile("\\bat (?:the )?(\\p{Lu}[^.;()]*?(?:, \\p{Lu}[\\p{L}-]+)*)(?:\\.|;|\\(|$)");
    private static final Pattern GLUED_TITLE = Pattern.compile("^([^.!?]{10,200}?\\p{L}\\p{Ll}{3,})(\\p{Lu}\\p{Ll}[\\p{L}’']*\\s.*)$");
    private static final Pattern PAYWALL = Pattern.compile(
            "(?i)^(?:subscribe\\b.*|subscription options|become a (?:member|subscriber)\\b.*|already a subscriber\\b.*|"
            + "sign in to (?:read|continue)\\b.*|log in to (?:read|continue)\\b.*|to continue reading\\b.*|"
            + "this (?:article|content) is (?:for|available to) (?:subscribers|members)\\b.*)$");
    private static final Pattern SITE = Pattern.compile("(?i)^subscribe to (\\p{Lu}[\\p{L}&' -]+?) (?:today|now)\\b"
            + "|\\b(?:[Uu]nlimited|[Ff]ull|[Dd]igital) access to ((?:The |the )?\\p{Lu}[\\p{L}&'-]*(?: \\p{Lu}[\\p{L}&'-]*){0,4})[.!]");
    private static final Pattern POSTED_BY = Pattern.compile(
            "(?i)^(?:posted|written|published)?\\s*by\\s+(\\p{Lu}[\\p{L}'’. -]+?)(?:\\s*(?:on|\\||,|·|—|–)\\s*(.*\\d{4}))?\\s*$");
    private static final Pattern POSTED_ON_BY = Pattern.compile(
            "(?i)^(?:posted|written|published|updated)\\s+(?:on\\s+)?(.{0,30}?\\d{4})\\s*,?\\s+by\\s+(\\p{Lu}[\\p{L}'’. -]+?)\\s*$");
    private static final Pattern DOI_LINE = Pattern.compile(
            "(?i)^\\W*(?:doi\\s*[:=]?\\s*<?\\s*10\\.\\S+|<?(?:https?://)?(?:dx\\.)?doi\\.org/10\\.\\S+)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦‣-]|\\*)\\s+.*");
    private static final int HEADER_LINES = 14;

    private ArticleExtractor() {
    }

    /** Where one article lies and what marks its start. */
    private record Span(int start, int end, int titleFrom, int titleTo, int byline) {
    }

    /** The articles of {@code doc}, in document order, each with its source and warnings. */
    public static List<Item> extract(Document doc) {
        List<Span> spans = findSpans(doc);
        // before the first article on a cover page, or anywhere (SSRN prints it at a page's foot)
        List<String> text = doc.lines().stream().map(l -> l.text()).toList();
        Optional<SuggestedCitation> cover = SuggestedCitation.find(text.subList(0, spans.get(0).start() == 0 ? doc.size()
                : spans.get(0).start())).or(() -> SuggestedCitation.find(text));
        List<Item.Builder> articles = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            articles.add(describe(doc, spans.get(k), spans.size() == 1).addSource(Source.article(doc.name(), k)));
        }
        if (spans.get(0).titleFrom() > 0 && cover.isEmpty()) {
            masthead(doc, spans.get(0).titleFrom(), articles.get(0));
        }
        cover.ifPresent(c -> applyCover(c, articles, text));
        runningHeads(doc, spans, articles);
        if (cover.isPresent() && articles.size() == 1 && articles.get(0).get(Field.URL).isEmpty()) {
            repositoryLink(doc).ifPresent(u -> articles.get(0).set(Field.URL, u));
        }
        if (articles.size() == 1) {
            Licenses.find(doc.fullText()).ifPresent(l -> articles.get(0).set(Field.LICENSE, l));
        }
        markSharedDois(articles);
        return articles.stream().map(Item.Builder::build).toList();
    }

    private static List<Span> findSpans(Document doc) {
        TreeSet<Integer> starts = new TreeSet<>();
        List<Span> byBylines = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (bylineNames(doc.text(i)).isEmpty()) {
                continue;
            }
            int to = i - 1;
            while (to >= 0 && doc.isBlank(to) && i - to <= 2) {
                to--;
            }
            int from = to;
            while (from - 1 >= 0 && !doc.isBlank(from - 1) && to - from < 2 && !isMarker(doc.text(from - 1))) {
                from--;
            }
            if (to < 0 || doc.isBlank(to) || isMarker(doc.text(to))) {
                continue;
            }
            byBylines.add(new Span(from, -1, from, to + 1, i));
            starts.add(from);
        }
        Set<Integer> headerAbstracts = new HashSet<>();
        for (Span s : byBylines) {
            for (int j = s.byline(); j < Math.min(doc.size(), s.byline() + HEADER_LINES); j++) {
                if (isAbstractHeading(doc.text(j))) {
                    headerAbstracts.add(j);
                    break;
                }
            }
        }
        for (int i = 0; i < doc.size(); i++) {
            if (isAbstractHeading(doc.text(i)) && !headerAbstracts.contains(i)) {
                Span header = headerAbove(doc, i);
                starts.add(header.start());
                if (header.titleFrom() >= 0) {
                    byBylines.add(header);
                }
            }
        }
        if (starts.isEmpty()) {
            return List.of(new Span(0, doc.size(), -1, -1, -1));
        }
        List<Span> spans = new ArrayList<>();
        List<Integer> list = new ArrayList<>(starts);
        for (int k = 0; k < list.size(); k++) {
            int start = list.get(k);
            int end = k + 1 < list.size() ? list.get(k + 1) : doc.size();
            Span by = byBylines.stream().filter(s -> s.start() == start).findFirst().orElse(null);
            spans.add(by == null ? new Span(start, end, -1, -1, -1)
                    : new Span(start, end, by.titleFrom(), by.titleTo(), by.byline()));
        }
        return spans;
    }

    /** How many words a line has. */
    private static int wordsIn(String line) {
        return line.strip().split("\\s+").length;
    }

    /** A journal's label for the kind of article, printed over its title. */
    private static final Pattern ARTICLE_KIND = Pattern.compile("(?i)(?:research |original |review |brief |short )?(?:article|review|paper"
            + "|communication|report|research|editorial|perspective|commentary|letter|case report|opinion)");

    /**
     * The title (and an unprefixed byline or DOI line) printed just above an abstract heading that no
     * "By" byline announced. The title block must stand after a blank line and read as a title, not as
     * the last sentence of the previous article; otherwise the article starts at the heading, untitled.
     */
    private static Span headerAbove(Document doc, int heading) {
        int j = heading - 1;
        int byline = -1;
        int skipped = 0;
        while (j >= 0 && skipped < 8 && heading - j <= 20) {
            String t = doc.text(j);
            if (t.isEmpty() || (t.length() < 120 && Dois.findFirst(t).isPresent() && wordsIn(t) <= 3)
                    || KEYWORDS.matcher(t).find() // keywords may stand between the byline and the abstract
                    || HISTORY_LINE.matcher(t).lookingAt() // "Published: 3 March 2020", "Received 2 May 2019; accepted …"
                    || SuggestedCitation.opensOnTitlePage(t) // MDPI's "Citation: Okafor, J.; … Sustainability 2021, 13, 4123."
                    || FRONT_MATTER.matcher(t).lookingAt() // PLOS's "Editor: Lars Berg, Uppsala University, SWEDEN"
                    || COPYRIGHT_LINE.matcher(t).lookingAt() // Springer's "© The Author(s) 2020"
                    || dateAlone(t).isPresent()) { // a working paper's "March 2020" between its byline and abstract
                j--;
                skipped += t.isEmpty() ? 0 : 1; // blank lines between them count for nothing (MDPI sets each block apart)
            } else if (byline < 0 && !unprefixedBylineNames(t).isEmpty()) {
                byline = j--;
                skipped++;
            } else if (byline < 0 && j > 0 && isAffiliation(t) && namesOnly(doc.text(j - 1))) {
                byline = j - 1; // "Anna Petrova" over "Tallinn University"
                j -= 2;
                skipped++;
            } else if (byline < 0 && isAffiliation(t) && affiliationsThenNames(doc, j) >= 0) {
                // IEEE's "Jane Smith, Member, IEEE, and Bob Lee" over a department line and an e-mail address
                byline = affiliationsThenNames(doc, j);
                j = byline - 1;
                skipped++;
            } else if (byline < 0 && j > 1 && namesOnly(t) && doc.isBlank(j - 1) && !doc.isBlank(j - 2)
                    && (!namesOnly(doc.text(j - 2)) || personsByName(t) && !personsByName(doc.text(j - 2))
                            || !personsByName(doc.text(j - 2)) && wordsIn(doc.text(j - 2)) > wordsIn(t) + 1)) {
                // "Jan Kowalski and Anna Nowak" alone between the title and the abstract; a title of capitalised words
                // only, "Designing Calm Notifications", over persons known by their given names, or over a shorter line
                // of names no list knows ("Copyright Law and Harbour Data" over "Ama Boateng")
                byline = j--;
                skipped++;
            } else if (byline < 0 && j > 0 && !doc.isBlank(j - 1) && namesOnly(t) && personsByName(t)
                    && !(namesOnly(doc.text(j - 1)) && personsByName(doc.text(j - 1))) && !TITLE_GOES_ON.matcher(doc.text(j - 1)).find()) {
                byline = j--; // "Jane Doe" right under the title: a person, by the given name, not the title's last line
                skipped++;
            } else {
                break;
            }
        }
        int to = j;
        int from = to;
        while (from - 1 >= 0 && !doc.isBlank(from - 1) && to - from < 2) {
            from--;
        }
        boolean standsAlone = from >= 0 && doc.isBlank(from - 1);
        if (from < to && ARTICLE_KIND.matcher(doc.text(from)).matches()) {
            from++; // MDPI's and Frontiers' kind of article over its title, "Article", "Original Research"
        }
        if (byline < 0 && from < to && namesOnly(doc.text(from)) && personsByName(doc.text(from))) {
            byline = from++; // the authors over the title, as Russian journals print them: "Иванов И. И." / "ЗАИЛЕНИЕ …"
        }
        boolean titleLike = from >= 0 && to >= from;
        for (int k = Math.max(from, 0); titleLike && k <= to; k++) {
            String t = doc.text(k);
            // a colon may end a line that the subtitle follows ("Tidal Silt in Small Harbours:" / "A Survey")
            titleLike = t.length() <= 200 && !t.matches(k < to ? ".*[.,;]$" : ".*[.,;:]$") && !isMarker(t) && !isAbstractHeading(t);
        }
        if (!standsAlone || !titleLike || to < 0) {
            return new Span(heading, -1, -1, -1, -1);
        }
        return new Span(from, -1, from, to + 1, byline);
    }

    /**
     * Whether each name of a names-only line is a person's by its given name or initials: it opens with a known
     * given name, or has an initial ("Jane Doe and J. Roe", "Иванов И. И."), not only capitalised words.
     */
    private static boolean personsByName(String line) {
        List<String> names = namesIn(line);
        java.util.function.Predicate<String> known = n -> {
            String[] words = n.strip().split("\\s+");
            return GivenNames.contains(words[0]) || java.util.Arrays.stream(words).anyMatch(w -> INITIAL.matcher(w).matches());
        };
        // in a list of several names one known is enough ("Jane Doe, Kofi Mensah, and Ama Owusu"); one alone must be
        return names.size() > 1 ? names.stream().anyMatch(known) : names.stream().allMatch(known);
    }

    private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.-?){1,3}");

    /** A title line that goes on in the next: it ends with a word that cannot end a title ("… of", "… and the"). */
    private static final Pattern TITLE_GOES_ON = Pattern.compile("(?iu)(?:\\b(?:of|and|the|in|for|on|to|with|by|a|an|from|at|as"
            + "|und|der|die|das|des|de|du|la|le|les|et|en|y|del|и|в|на|о|об|по|для|с)|[-–—:,])\\s*$");

    /** The most affiliation lines (departments, addresses, e-mail) between a byline and what follows it. */
    private static final int AFFILIATION_LINES = 3;

    /**
     * The line of names above {@code from} and up to three more affiliation lines above it ("Jane Smith, Member,
     * IEEE, and Bob Lee" / "Department of …" / "jane@mit.edu"), perhaps with a blank line between, or -1.
     */
    private static int affiliationsThenNames(Document doc, int from) {
        for (int k = from - 1; k >= 0 && from - k <= AFFILIATION_LINES + 1; k--) {
            if (doc.isBlank(k)) {
                // MDPI sets its byline apart from the affiliations under it: "Jane Okafor 1,* and Kofi Mensah 2" / "" / "1 Department …"
                return k > 1 && namesOnly(doc.text(k - 1)) ? k - 1 : -1;
            }
            if (namesOnly(doc.text(k))) {
                return k > 0 ? k : -1; // a title must stand above it
            }
            if (!isAffiliation(doc.text(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** The names of a byline printed without "By": "Name, Affiliation" or "A and B, Affiliation". */
    private static List<String> unprefixedBylineNames(String printed) {
        String line = NAME_MARK.matcher(Markup.strip(printed)).replaceAll("");
        if (line.length() > 200 || line.matches(".*[.;:]$") || !line.contains(",")) {
            return List.of();
        }
        String[] parts = bylineSplit(line);
        String written = namesAsWritten(parts[0]); // "JANE DOE, University of Ghana"
        if (parts[1].isEmpty() || isAffiliation(written)) {
            return List.of(); // "МГИМО МИД России, Москва" is an affiliation and its city, not names
        }
        List<String> names = Names.splitList(written);
        return !names.isEmpty() && names.stream().allMatch(Names::looksLikePersonName) ? names : List.of();
    }

    /** A journal's issue line: "Vol. 3, No. 2, 2019, pp. 1-20", "Volume 12, Issue 4 (2018) 45–67", "Т. 5, № 2. 2019". */
    private static final Pattern ISSUE_LINE = Pattern.compile("(?iU)^(?:(\\p{L}.*?)[,.]?\\s+)?(?:vol(?:ume)?\\.?|т\\.|том)\\s*(\\d+)"
            + "(?:[,.]?\\s*(?:no\\.?|issue|iss\\.|№|nr\\.?)\\s*(\\d+))?"
            + "(?:[,.]?\\s*\\(?((?:19|20)\\d\\d)\\)?)?"
            + "(?:[,.]?\\s*(?:pp?\\.|с\\.)?\\s*(\\d+)\\s*[-–—]\\s*(\\d+))?\\.?$");
    /** An issue line with no volume, in the same six groups (the second empty): "Issue 4, 2021", "No. 2 (2019)". */
    private static final Pattern ISSUE_ONLY_LINE = Pattern.compile("(?iU)^(?:(\\p{L}.*?)[,.]?\\s+)?()(?:no\\.?|issue|iss\\.|№|nr\\.?)\\s*(\\d+)"
            + "(?:[,.]?\\s*\\(?((?:19|20)\\d\\d)\\)?)"
            + "(?:[,.]?\\s*(?:pp?\\.|с\\.)?\\s*(\\d+)\\s*[-–—]\\s*(\\d+))?\\.?$");
    /** IEEE's running head: "IEEE TRANSACTIONS ON INTELLIGENT TRANSPORTATION SYSTEMS, VOL. 22, NO. 3, MARCH 2021 1234". */
    private static final Pattern IEEE_HEAD = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\s&:,/-]{5,160}?),\\s+VOL\\.\\s*(\\d{1,4}),\\s+NO\\.\\s*(\\d{1,4}),"
            + "\\s+(?:\\p{Lu}{3,9}\\.?(?:[/–-]\\p{Lu}{3,9}\\.?)?\\s+)?((?:19|20)\\d\\d)(?:\\s+\\d{1,5})?$");

    /** Springer's: "Maritime Economics & Logistics (2021) 23:179–210", "Climatic Change (2020) 158(2):45–60". */
    private static final Pattern SPRINGER_ISSUE_LINE = Pattern.compile("^(\\p{Lu}[^()]{2,80}?)\\s\\(((?:19|20)\\d\\d)\\)\\s(\\d{1,4})"
            + "(?:\\((\\d{1,4})\\))?:(\\d{1,6})[–-](\\d{1,6})$");

    /** A journal's name with its year after a comma, "Maritime Policy & Management, 2021". */
    private static final Pattern JOURNAL_THEN_YEAR = Pattern.compile("^(.{3,}?),\\s*((?:19|20)\\d\\d)$");

    /**
     * GOST's: "Вестник портов. 2019. Т. 5, № 2. С. 10–20." (journal, volume, issue, year, pages as the others); the
     * journal's series after its name, "Вестник САФУ. Серия: Гуманитарные и социальные науки. 2019. № 3. С. 45–56.".
     */
    private static final Pattern GOST_ISSUE_LINE = Pattern.compile("(?U)^(\\p{Lu}[^.]{2,80}(?:\\.\\s(?:Серия|Сер\\.|Series)[^.]{2,80})?)\\.\\s*((?:19|20)\\d\\d)\\.\\s*"
            + "(?:Т\\.\\s*(\\d+)[.,]\\s*)?№\\s*(\\d+)\\.?(?:\\s*С\\.\\s*(\\d+)\\s*[-–—]\\s*(\\d+)\\.?)?$");

    /** The first issue line's match among {@link #ISSUE_LINE}'s kinds, in its groups (journal, volume, issue, year, pages). */
    private static Optional<String[]> issueLine(String line) {
        Matcher ieee = IEEE_HEAD.matcher(line.strip());
        if (ieee.matches()) { // the page's number after the date is no page range of the article
            return Optional.of(new String[] {ieee.group(1), ieee.group(2), ieee.group(3), ieee.group(4), null, null});
        }
        Matcher springer = SPRINGER_ISSUE_LINE.matcher(line.strip());
        if (springer.matches()) {
            return Optional.of(new String[] {springer.group(1), springer.group(3), springer.group(4), springer.group(2),
                springer.group(5), springer.group(6)});
        }
        for (Pattern p : List.of(ISSUE_LINE, ISSUE_ONLY_LINE)) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                return Optional.of(new String[] {m.group(1), blankAsNull(m.group(2)), m.group(3), m.group(4), m.group(5), m.group(6)});
            }
        }
        Matcher g = GOST_ISSUE_LINE.matcher(line.strip());
        return g.matches() ? Optional.of(new String[] {g.group(1), g.group(3), g.group(4), g.group(2), g.group(5), g.group(6)})
                : Optional.empty();
    }

    private static String blankAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * The journal's masthead above the first article's title, "MARITIME POLICY REVIEW" over "Vol. 3,
     * No. 2, 2019, pp. 1-20": the journal, volume, issue, year and pages of the article, where the text
     * prints them (a cover page's suggested citation, when there is one, says more and is used instead).
     */
    private static void masthead(Document doc, int titleFrom, Item.Builder b) {
        if (b.get(Field.DOI).isEmpty()) { // "https://doi.org/10.1234/jp.2019.002" under the journal's issue line
            doiLine(doc, Math.max(0, titleFrom - 8), titleFrom).ifPresent(d -> b.set(Field.DOI, d));
        }
        // Elsevier's "Marine Policy 45 (2019) 100–110" over the title, which the normaliser took out as the pages' running
        // head it also is: the journal, volume, year and the article's pages
        int titleLine = doc.lines().get(titleFrom).number();
        for (io.github.citekit.internal.text.Line head : doc.runningHeads()) {
            Matcher m = head.number() < titleLine && head.number() >= titleLine - 8 ? JOURNAL_VOLUME_YEAR_PAGES.matcher(head.text()) : null;
            if (m != null && m.matches() && b.get(Field.CONTAINER_TITLE).isEmpty()) {
                b.set(Field.CONTAINER_TITLE, titleCaseIfShouted(m.group(1).strip()));
                b.set(Field.VOLUME, m.group(2));
                if (b.issued().isEmpty()) {
                    b.issued(io.github.citekit.model.DateParts.ofYear(Integer.parseInt(m.group(3))));
                }
                if (b.get(Field.PAGE).isEmpty()) {
                    b.set(Field.PAGE, m.group(4) + "-" + m.group(5));
                }
                b.type(ItemType.ARTICLE_JOURNAL);
                return;
            }
        }
        for (int i = Math.max(0, titleFrom - 8); i < titleFrom; i++) {
            if (SERIES_LINE.matcher(doc.text(i)).matches()) {
                series(doc.text(i), b); // "Working Paper No. 12" over the title: a report of that series
                return;
            }
            Optional<String[]> issue = issueLine(doc.text(i));
            if (issue.isEmpty()) {
                continue;
            }
            String[] m = issue.get(); // journal, volume, issue, year, first page, last page
            String journal = m[0];
            if (journal == null && i > 0 && !doc.isBlank(i - 1) && doc.text(i - 1).length() <= 100
                    && !doc.text(i - 1).matches(".*[.;:,]$")) {
                journal = doc.text(i - 1);
            }
            String year = m[3];
            Matcher dated = journal == null ? null : JOURNAL_THEN_YEAR.matcher(journal);
            if (dated != null && dated.matches()) { // Taylor & Francis's "Maritime Policy & Management, 2021" over "Vol. 48, No. 3, 301–320"
                journal = dated.group(1);
                year = year == null ? dated.group(2) : year;
            }
            if (journal != null && b.get(Field.CONTAINER_TITLE).isEmpty()) {
                b.set(Field.CONTAINER_TITLE, titleCaseIfShouted(clean(journal)));
            }
            b.set(Field.VOLUME, m[1]);
            b.set(Field.ISSUE, m[2]);
            if (year != null && b.issued().isEmpty()) {
                b.issued(io.github.citekit.model.DateParts.ofYear(Integer.parseInt(year)));
            }
            if (m[4] != null) {
                b.set(Field.PAGE, m[4] + "-" + m[5]);
            }
            b.type(ItemType.ARTICLE_JOURNAL);
            return;
        }
    }

    /** "Journal of Port Studies 12 (2021) 45–60": a journal, its volume, the year in brackets, and the article's pages. */
    private static final Pattern JOURNAL_VOLUME_YEAR_PAGES = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.&:,' /-]{3,80}?)\\s(\\d{1,4})\\s\\(((?:1[89]|20)\\d\\d)\\)\\s+(\\d{1,5})\\s?[–-]\\s?(\\d{1,5})$");

    /** A line of the article's history: "Published: 3 March 2020", "Received 2 May 2019; accepted 1 June 2019". */
    private static final Pattern HISTORY_LINE = Pattern.compile("(?iu)^(?:published(?: online)?|first published|received|accepted|revised"
            + "|опубликовано|поступила в редакцию|принята к печати)\\b[^\\n]{0,80}?\\d{4}");

    /** A copyright line: "© The Author(s) 2020", "Copyright © 2021 Elsevier Ltd.", "(c) 2019 IEEE"; not a title "Copyright Law …". */
    private static final Pattern COPYRIGHT_LINE = Pattern.compile("(?i)(?:©|\\(c\\)\\s|copyright\\s+(?:©|\\(c\\)|(?:19|20)\\d\\d))");

    /** A journal's notes on the article printed between its byline and abstract: its handling editor, licence, funding. */
    private static final Pattern FRONT_MATTER = Pattern.compile("(?:Academic Editor|Editor|Edited by|Reviewed by|Copyright|Data Availability"
            + "|Funding|Competing [Ii]nterests|Open Access)\\s*:");

    private static final Pattern KEYWORDS = Pattern.compile("(?iU)^(?:key\\s?words|index terms|ключевые слова)\\s*[:.—–-]");

    /**
     * The keywords of a "Keywords:" / "Ключевые слова:" block starting at line {@code at}, joined by
     * commas as CSL's keyword variable holds them; empty when no such block starts there.
     */
    private static Optional<String> keywords(Document doc, int at, int end) {
        if (at >= end || !KEYWORDS.matcher(doc.text(at)).find()) {
            return Optional.empty();
        }
        int to = at + 1; // the line, and the lines it wraps onto (it ends with a separator)
        while (to < end && !doc.isBlank(to) && doc.text(to - 1).strip().matches(".*[,;]$")) {
            to++;
        }
        String block = KEYWORDS.matcher(doc.join(at, to).strip()).replaceFirst("");
        List<String> words = new ArrayList<>();
        for (String w : block.split("\\s*[;,]\\s*")) {
            String k = w.strip().replaceAll("[.;]+$", "");
            if (!k.isEmpty()) {
                words.add(k);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", words));
    }

    /**
     * A title printed in capitals, as Russian journals print theirs: a Cyrillic one in sentence case, as
     * GOST records it ("Геополитика черноморского региона"), another in title case.
     */
    static String unshout(String title) {
        if (!title.equals(title.toUpperCase(java.util.Locale.ROOT)) || title.equals(title.toLowerCase(java.util.Locale.ROOT))
                || !title.contains(" ")) {
            return title;
        }
        if (title.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            String lower = title.toLowerCase(java.util.Locale.ROOT);
            int first = lower.offsetByCodePoints(0, 1);
            String sentence = lower.substring(0, first).toUpperCase(java.util.Locale.ROOT) + lower.substring(first);
            // a Latin word in a Russian title is a century's numeral or an acronym ("В XIX ВЕКЕ", "IT-КОМПАНИИ"): as printed
            Matcher latin = LATIN_WORD.matcher(title);
            StringBuilder out = new StringBuilder(sentence);
            while (latin.find()) {
                out.replace(latin.start(), latin.end(), latin.group());
            }
            return out.toString();
        }
        return titleCaseIfShouted(title);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern LATIN_WORD = Pattern.compile("(?<!\\p{L})\\p{IsLatin}+(?!\\p{L})");

    /**
     * {@link #unshout(String)}, with the proper names of a Cyrillic title ("России", "Арктики") capitalised
     * again: the words that the document's text capitalises inside its sentences and never prints in lower case.
     */
    static String unshout(String title, Document doc) {
        String plain = unshout(title);
        if (plain.equals(title) || !plain.codePoints().anyMatch(c -> c >= 0x0400 && c <= 0x04FF)) {
            return plain;
        }
        java.util.Map<String, Boolean> names = new java.util.HashMap<>(); // lower-case form -> never printed in lower case
        for (int i = 0; i < doc.size(); i++) {
            String line = doc.text(i);
            Matcher w = WORD.matcher(line);
            while (w.find()) {
                String word = w.group();
                String lower = word.toLowerCase(Locale.ROOT);
                if (word.equals(lower)) {
                    names.put(lower, false);
                } else if (w.start() > 0 && !word.equals(word.toUpperCase(Locale.ROOT)) && insideSentence(line, w.start())) {
                    names.putIfAbsent(lower, true);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        Matcher w = WORD.matcher(plain);
        int last = 0;
        while (w.find()) {
            out.append(plain, last, w.start());
            String word = w.group();
            out.append(w.start() > 0 && names.getOrDefault(word, false)
                    ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word);
            last = w.end();
        }
        return out.append(plain.substring(last)).toString();
    }

    /** Whether the word at {@code at} stands inside a sentence: the mark before it ends none. */
    private static boolean insideSentence(String line, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(line.charAt(k))) {
            k--;
        }
        return k >= 0 && ".!?:«\"“(".indexOf(line.charAt(k)) < 0;
    }

    private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of("a", "an", "and", "the", "of", "in", "on",
            "for", "to", "at", "by", "with", "und", "der", "die", "das", "de", "la", "le", "et", "и", "в");

    /**
     * Names printed in capitals as they would be written: "JANE DOE and KOFI MENSAH" → "Jane Doe and Kofi Mensah"
     * (the words between names may stay in lower case); other text stays as printed.
     */
    static String namesAsWritten(String s) {
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder(s.length());
        boolean shouted = false;
        for (String w : words) {
            boolean connector = CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT));
            if (!connector && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return s;
            }
            shouted |= !connector && !w.equals(w.toLowerCase(java.util.Locale.ROOT));
        }
        if (!shouted) {
            return s;
        }
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            out.append(k > 0 ? " " : "").append(CONNECTORS.contains(lower) || w.isEmpty() ? lower
                    : w.substring(0, w.offsetByCodePoints(0, 1)) + w.substring(w.offsetByCodePoints(0, 1)).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("and", "und", "et", "y", "e", "и", "&");

    /** Initials that a journal's name in capitals keeps in title case: "IEEE Transactions on …", "ACM Computing Surveys". */
    private static final Set<String> ACRONYMS = Set.of("ieee", "acm", "iet", "siam", "asme", "asce", "aiaa", "ifac", "spie",
            "aip", "aps", "iop", "isprs", "sae", "ieice", "ijcai", "aaai", "usa", "uk", "eu", "un", "oecd");

    /** "MARITIME POLICY REVIEW" → "Maritime Policy Review"; a name not all in capitals stays as printed. */
    static String titleCaseIfShouted(String s) {
        if (!s.equals(s.toUpperCase(java.util.Locale.ROOT)) || s.equals(s.toLowerCase(java.util.Locale.ROOT))) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        String[] words = s.toLowerCase(java.util.Locale.ROOT).split(" ");
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            boolean minor = k > 0 && MINOR_WORDS.contains(w);
            if (ACRONYMS.contains(w)) { // "IEEE TRANSACTIONS ON …": the publishers' and societies' initials stay so
                out.append(k > 0 ? " " : "").append(w.toUpperCase(java.util.Locale.ROOT));
                continue;
            }
            out.append(k > 0 ? " " : "").append(minor || w.isEmpty() ? w
                    : w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT) + w.substring(w.offsetByCodePoints(0, 1)));
        }
        return out.toString();
    }

    private static final Pattern EMAIL = Pattern.compile("\\S@\\S");

    /**
     * A line that may be a byline, without what is printed around the names: Markdown's emphasis, IEEE's grades, a
     * copyright sign before them, Springer's dots between them, the
     * marks that key names to affiliations and notes ("Jane Doe1, Kofi Mensah2", "Jane Doe*", "Kofi Mensah†"),
     * affiliations in brackets after each name ("Jane Doe (University of Ghana) and …", see {@link #bracketedAffiliations}).
     */
    private static String bylineText(String line) {
        String t = IEEE_GRADE.matcher(Markup.strip(line)).replaceAll("");
        if (t.startsWith("©")) {
            t = t.substring(1).strip(); // Russian journals' "© Иванов И.И., Петрова А.А."
        }
        if (t.indexOf('·') > 0) {
            t = t.replace(" · ", ", "); // Springer's "Jane Okafor1 · Kofi Mensah2"
        }
        t = NAME_MARK.matcher(t).replaceAll("");
        if (t.indexOf('.') >= 0 || t.contains("orcid") || t.contains("PhD")) {
            t = HONOURS.matcher(t).replaceAll(""); // "Dr. Jane Doe, PhD", an ORCID link after the name
        }
        if (t.indexOf('(') > 0 && !t.strip().endsWith(")") || BRACKETS_BETWEEN_NAMES.matcher(t).find()) {
            t = BRACKETED.matcher(t).replaceAll("");
        }
        return t.strip();
    }

    /** A name's mark for its affiliation or a note: digits, stars, daggers, superscripts, glued to its last letter. */
    private static final Pattern NAME_MARK = Pattern.compile("(?<=[\\p{Ll}.])(?:\\d{1,2}(?:[,–-]\\d{1,2})*[*†‡]?|[*†‡§¶]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*"
            // also Elsevier's and Taylor & Francis's letters, "Jane Doe a,*, Kofi Mensah b", "Jane Doe a and Kofi Mensah b"
            + "|\\s[a-f](?:,(?:[a-f]|\\*))*(?=,\\s|\\s(?:and|&)\\s|$)"
            // and superscripts set apart from the name, "Jane Doe 1,* and Kofi Mensah 2", "Ama Boateng 1*"
            + "|\\s\\d{1,2}\\*?(?:,(?:\\d{1,2}\\*?|\\*))*(?=,\\s|\\s(?:and|&)\\s|$))(?=[\\s,;]|$)");
    /** A title or degree around a name, or an ORCID after it: "Dr.", "Prof.", ", PhD", ", M.Sc.", "https://orcid.org/…". */
    private static final Pattern HONOURS = Pattern.compile("(?<![\\p{L}])(?:Dr|Prof|Professor|Mr|Mrs|Ms)\\.?\\s+(?=\\p{Lu})"
            + "|,?\\s+(?:Ph\\.?\\s?D|M\\.?Sc|M\\.?D|M\\.?A|MBA|B\\.?Sc|D\\.?Phil)\\b\\.?|\\s*(?:https?://)?orcid\\.org/[\\d-]{15,19}X?");
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)");
    /** An affiliation in brackets followed by another name: "Jane Doe (University of Ghana) and Kofi Mensah (MIT)". */
    private static final Pattern BRACKETS_BETWEEN_NAMES = Pattern.compile("\\)\\s*(?:,|and|&|и)\\s*\\p{Lu}");

    /** The affiliations in brackets after the names of a byline, "Jane Doe (University of Ghana) and Kofi Mensah (MIT)". */
    private static List<String> bracketedAffiliations(String line) {
        String t = Markup.strip(line);
        if (!BRACKETS_BETWEEN_NAMES.matcher(t).find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = BRACKETED.matcher(t);
        while (m.find()) {
            String a = m.group().strip();
            out.add(a.substring(1, a.length() - 1).strip());
        }
        return out;
    }

    /** An affiliation line, also after the mark that keys it to names ("1University of Ghana", "*Corresponding author: …"). */
    private static boolean isAffiliation(String printed) {
        String line = AFFILIATION_MARK.matcher(printed).replaceFirst("");
        return Names.namesOrganisation(line) || EMAIL.matcher(line).find() || INSTITUTION_ACRONYM.matcher(line).find()
                && !(line.equals(line.toUpperCase(java.util.Locale.ROOT)) && LONG_WORD.matcher(line).find());
    }

    /** An affiliation line's parts, each keyed by its mark: "1University of Ghana, Accra 2MIT" gives two. */
    private static List<String> affiliationsKeyed(String line) {
        String t = line.strip();
        Matcher mark = AFFILIATION_MARK.matcher(t);
        // split only a keyed line: an address's own numbers ("Building 2 Main Street") are no marks
        String[] parts = mark.lookingAt() ? KEYED_PART.split(t.substring(mark.end())) : new String[] {t};
        return java.util.Arrays.stream(parts).map(String::strip).filter(a -> !a.isEmpty() && !CORRESPONDENCE.matcher(a).lookingAt())
                .toList();
    }

    /** A note on whom to write to, no affiliation: "Corresponding author: jane.doe@…", "E-mail: …". */
    private static final Pattern CORRESPONDENCE = Pattern.compile("(?i)(?:corresponding author|correspondence|e-?mail)\\b");

    /** Where the next affiliation of a keyed line starts: its mark after a space ("… Accra 2Massachusetts …"). */
    private static final Pattern KEYED_PART = Pattern.compile("\\s(?:\\d{1,2}|[*†‡§¶]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\\s?(?=\\p{Lu})");

    private static final Pattern AFFILIATION_MARK = Pattern.compile("^(?:\\d{1,2}|[*†‡§¶]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[a-f]\\s)\\s?(?=\\p{Lu})");

    /** A word of seven letters or more: a line all in capitals with one is a shouted title, not acronyms ("ИМЭМО РАН"). */
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{7,}");

    /** An institution's acronym, as Russian affiliations print it: "МГИМО МИД России", "ИМЭМО РАН", "НИУ ВШЭ". */
    private static final Pattern INSTITUTION_ACRONYM = Pattern.compile("(?U)(?<!\\p{L})\\p{Lu}{3,}(?!\\p{L})(?!\\s\\p{Lu}\\.)"); // not "ИВАНОВ И. И."

    /** IEEE's membership grade after a name: ", Member, IEEE", ", Senior Member, IEEE", ", Fellow, IEEE". */
    private static final Pattern IEEE_GRADE = Pattern.compile(",\\s*(?:(?:Student|Senior|Life)\\s+)?(?:Member|Fellow),\\s*IEEE");

    /** A line of people's names and nothing else: "Anna Petrova", "A. Roe and B. Poe". */
    private static boolean namesOnly(String line) {
        String t = bylineText(line);
        // a full stop may end the line only as an initial's: "Иванов И. И."
        // "JANE DOE" is tested as "Jane Doe": in capitals, every word would read as an institution's acronym
        if (t.isEmpty() || t.length() > 120 || t.matches(".*[;:,]$") || t.endsWith(".") && !t.matches(".*\\b\\p{Lu}\\.$")
                || isAffiliation(namesAsWritten(t))) {
            return false;
        }
        List<String> names = namesIn(t);
        return !names.isEmpty() && names.size() <= 8 && names.stream().allMatch(Names::looksLikePersonName);
    }

    /**
     * A names-only line split at commas, semicolons and "and": "И. И. Иванов, П. П. Петров"; a line all in capitals,
     * "JANE DOE AND KOFI MENSAH", as the names would be written.
     */
    private static List<String> namesIn(String line) {
        String t = namesAsWritten(bylineText(line));
        if (INVERTED_LIST.matcher(t).matches()) {
            // "Doe, Jane; Mensah, Kofi": each name inverted, the names apart at semicolons, written as given first
            return java.util.Arrays.stream(t.split("\\s*;\\s*")).map(n -> {
                int comma = n.indexOf(',');
                return n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip();
            }).toList();
        }
        return java.util.Arrays.stream(t.split("\\s*(?:[,;]\\s*(?:and\\s+|и\\s+|&\\s*)?|\\s(?:and|и|&)\\s)\\s*"))
                .filter(n -> !n.isBlank()).toList();
    }

    /** Two or more inverted names apart at semicolons: "Doe, Jane; Mensah, K.". */
    private static final Pattern INVERTED_LIST = Pattern.compile("(?U)\\p{Lu}[\\p{L}'’-]+,\\s*\\p{Lu}[\\p{L}. -]*(?:;\\s*\\p{Lu}[\\p{L}'’-]+,\\s*\\p{Lu}[\\p{L}. -]*)+");

    /** A byline's content, with or without the leading "By". */
    private static String bylineContent(String line) {
        String t = Markup.strip(line); // "**Jane Doe** and **Kofi Mensah**" in Markdown
        Matcher m = BYLINE.matcher(t);
        return bylineText(m.matches() ? m.group(1) : t);
    }

    private static boolean isAbstractHeading(String line) {
        Matcher m = ABSTRACT.matcher(line);
        // IEEE prints "Abstract—We forecast …" with an em dash
        return m.matches() && (m.group(1).isEmpty() || line.matches("(?iu)^(?:abstract|аннотация)\\s*[:.—–].*"));
    }

    private static boolean isMarker(String line) {
        return HEADING.matcher(line).matches() || ABOUT.matcher(line).matches() || BYLINE.matcher(line).matches();
    }

    /** The names of a byline "By A and B, Affiliation"; empty when the line is not a byline. */
    private static List<String> bylineNames(String line) {
        Matcher m = BYLINE.matcher(line.indexOf('*') >= 0 || line.indexOf('_') >= 0 ? Markup.strip(line) : line); // "*By Lena Fischer*"
        if (!m.matches()) {
            return List.of();
        }
        String namesPart = bylineSplit(m.group(1))[0];
        List<String> names = Names.splitList(namesPart);
        if (names.isEmpty() || names.size() > 8 || !names.stream().allMatch(Names::looksLikePersonName)) {
            return List.of();
        }
        return names;
    }

    /** Splits a byline's content into the names and the affiliation. */
    private static String[] bylineSplit(String content) {
        String c = content.strip();
        int paren = c.indexOf('(');
        if (paren > 0 && c.endsWith(")")) {
            return new String[] {c.substring(0, paren).strip(), c.substring(paren + 1, c.length() - 1).strip()};
        }
        // the names end at the last comma before which everything reads as names
        String[] best = null;
        Matcher comma = Pattern.compile(",\\s+(?!(?:and|&|и)\\s)(?=\\p{Lu})").matcher(c);
        while (comma.find()) {
            String names = c.substring(0, comma.start());
            String rest = c.substring(comma.end()).strip();
            if (Names.splitList(names).stream().allMatch(Names::looksLikePersonName)
                    && (isAffiliation(rest) || !Names.splitList(rest).stream().allMatch(Names::looksLikePersonName))) {
                best = new String[] {names, rest};
            }
        }
        if (best != null) {
            return best;
        }
        return new String[] {c, ""};
    }

    private static Item.Builder describe(Document doc, Span span, boolean wholeDocument) {
        Item.Builder b = Item.builder(ItemType.ARTICLE);
        Set<Integer> paywall = wholeDocument ? paywallLines(doc) : Set.of();
        int headerEnd = Math.min(span.end(), span.start() + HEADER_LINES);
        int bodyStart = span.start();
        if (span.byline() >= 0) {
            b.set(Field.TITLE, unshout(clean(doc.join(span.titleFrom(), span.titleTo())), doc));
            String content = bylineContent(doc.text(span.byline()));
            int next = span.byline() + 1;
            String[] parts;
            List<String> names;
            List<String> bracketed = bracketedAffiliations(doc.text(span.byline()));
            if (!bracketed.isEmpty() && namesOnly(content)) {
                // "Jane Doe (University of Ghana) and Kofi Mensah (MIT)": each name's affiliation after it
                names = namesIn(content);
                parts = new String[] {content, ""};
                bracketed.forEach(b::addAffiliation);
            } else if (namesOnly(content) && wrappedBylineContinues(doc, next, span.end())) {
                // a line of names only over the affiliation: "И. И. Иванов, П. П. Петров" / "МГИМО МИД России";
                // "1University of Ghana, Accra 2Massachusetts Institute of Technology" keyed by marks
                parts = new String[] {content, ""};
                affiliationsKeyed(doc.text(next)).forEach(b::addAffiliation);
                names = namesIn(content);
                next++;
                while (next < span.end() && !doc.isBlank(next) && AFFILIATION_MARK.matcher(doc.text(next)).find()
                        && isAffiliation(doc.text(next)) && next - span.byline() <= AFFILIATION_LINES) {
                    affiliationsKeyed(doc.text(next)).forEach(b::addAffiliation); // "b Massachusetts Institute …" under "a …"
                    next++;
                }
            } else if (namesOnly(content) && !content.contains(";")) {
                parts = new String[] {content, ""}; // "J. Doe, K. Mensah": names given first, split at the commas
                names = namesIn(content);
            } else {
                if (wrappedBylineContinues(doc, next, span.end())) {
                    content = content + " " + doc.text(next); // an affiliation wrapped onto a second line
                    next++;
                }
                parts = bylineSplit(content);
                names = Names.splitList(namesAsWritten(parts[0])); // "By JANE DOE AND KOFI MENSAH"
            }
            for (String n : names) {
                b.addName(NameRole.AUTHOR, Names.unshoutedFamily(Names.parse(n)));
            }
            if (!parts[1].isEmpty()) {
                b.addAffiliation(parts[1]);
            }
            bodyStart = next;
        } else if (span.titleFrom() >= 0) {
            b.set(Field.TITLE, unshout(clean(doc.join(span.titleFrom(), span.titleTo())), doc));
        } else if (wholeDocument) {
            bodyStart = headline(doc, b);
        }
        boolean hasAbstract = false;
        for (int i = span.start(); i < headerEnd; i++) {
            Matcher am = ABSTRACT.matcher(doc.text(i));
            if (isAbstractHeading(doc.text(i)) && am.matches()) {
                int from = i + 1;
                while (from < span.end() && doc.isBlank(from)) {
                    from++;
                }
                int to = blockEnd(doc, from, span.end());
                for (int k = from; k < to; k++) {
                    if (KEYWORDS.matcher(doc.text(k)).find()) {
                        to = k; // the keywords that follow an abstract are not part of it
                        break;
                    }
                }
                keywords(doc, to, span.end()).ifPresent(k -> b.set(Field.KEYWORD, k));
                String inline = am.group(1);
                b.set(Field.ABSTRACT, clean((inline.isEmpty() ? "" : inline + " ") + doc.join(from, to)));
                hasAbstract = true;
                headerEnd = Math.max(headerEnd, to);
                bodyStart = Math.max(bodyStart, to);
                break;
            }
        }
        for (int i = span.start(); i < Math.min(headerEnd, span.end()) && b.build().get(Field.KEYWORD).isEmpty(); i++) {
            keywords(doc, i, span.end()).ifPresent(k -> b.set(Field.KEYWORD, k)); // keywords before the abstract
        }
        doiLine(doc, span.start(), Math.min(headerEnd, span.end())).ifPresent(d -> b.set(Field.DOI, d));
        if (b.issued().isEmpty()) {
            publishedLine(doc, span.start(), Math.min(headerEnd, span.end())).ifPresent(b::issued);
        }
        if (b.names(NameRole.AUTHOR).isEmpty() || b.build().affiliations().isEmpty()) {
            authorFromBio(doc, span, b);
        }
        if (wholeDocument && span.byline() < 0) {
            bodyStart = postedBy(doc, bodyStart, b);
        }
        if (wholeDocument && !hasAbstract && span.byline() < 0) {
            standfirst(doc, bodyStart, paywall).ifPresent(s -> b.set(Field.ABSTRACT, s));
        }
        if (wholeDocument && b.issued().isEmpty()) {
            dateline(doc, bodyStart).ifPresent(b::issued);
        }
        int body = bodyStart;
        // a subscription teaser after the body has begun (a "Subscribe | Log in" link above the headline cuts nothing)
        paywall.stream().filter(i -> i >= body).min(Integer::compare).ifPresent(at ->
                b.addWarning("incomplete: the text stops at a paywall (line " + doc.lines().get(at).number() + ")"));
        Optional<String> site = wholeDocument ? siteName(doc) : Optional.empty();
        site.ifPresent(s -> b.set(Field.CONTAINER_TITLE, s));
        if (b.get(Field.DOI).isPresent() || hasAbstract) {
            b.type(ItemType.ARTICLE_JOURNAL);
        } else if (site.isPresent()) {
            b.type(ItemType.ARTICLE_MAGAZINE);
        }
        StringBuilder text = new StringBuilder();
        for (int i = span.start(); i < span.end(); i++) {
            if (!paywall.contains(i)) {
                text.append(doc.text(i)).append('\n');
            }
        }
        Languages.detect(text.toString()).ifPresent(l -> b.set(Field.LANGUAGE, l));
        return b;
    }

    private static boolean wrappedBylineContinues(Document doc, int line, int end) {
        if (line >= end || doc.isBlank(line)) {
            return false;
        }
        String t = AFFILIATION_MARK.matcher(doc.text(line)).replaceFirst("");
        return !HISTORY_LINE.matcher(t).lookingAt() && t.length() <= 80 && Character.isUpperCase(t.codePointAt(0)) && !t.matches(".*[.;:!?]$")
                && Dois.findFirst(t).isEmpty() && !isMarker(t) && !isAbstractHeading(t);
    }

    /**
     * The DOI printed for the article in its header: on a line of its own ("DOI: <10…>", a doi.org
     * link), before any reference list, so that a DOI cited in a short text's references is not taken.
     */
    private static Optional<String> doiLine(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = doc.text(i);
            if (ListHeadings.name(t).isPresent()) {
                break;
            }
            if (DOI_LINE.matcher(t).matches()) {
                return Dois.findFirst(t);
            }
        }
        return Optional.empty();
    }

    /** The date of a header's "Published: 3 March 2020" line ("Published online …", "Опубликовано …"). */
    private static Optional<io.github.citekit.model.DateParts> publishedLine(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            Matcher m = PUBLISHED.matcher(doc.text(i).strip());
            if (m.matches()) {
                return io.github.citekit.internal.refs.Dates.parse(m.group(1).strip());
            }
            if (dateAlone(doc.text(i)).isPresent() && (i == 0 || doc.isBlank(i - 1)) && (i + 1 >= doc.size() || doc.isBlank(i + 1))) {
                return dateAlone(doc.text(i));
            }
        }
        return Optional.empty();
    }

    /** A line that is a date and nothing else, "March 2020", "3 March 2020", "2020-03-03", with a month. */
    private static Optional<io.github.citekit.model.DateParts> dateAlone(String line) {
        String t = line.strip();
        if (t.length() > 24 || !DATE_WORDS.matcher(t).matches()) {
            return Optional.empty();
        }
        return io.github.citekit.internal.refs.Dates.parse(t).filter(d -> d.month() > 0);
    }

    private static final Pattern DATE_WORDS = Pattern.compile("(?u)(?:\\d{1,2}(?:st|nd|rd|th)?\\s)?\\p{L}{3,9}\\.?\\s(?:\\d{1,2},?\\s)?\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?");

    private static final Pattern PUBLISHED = Pattern.compile("(?iu)(?:published(?: online)?|first published|опубликовано)\\s*:?\\s*(.{4,40})");

    /** Reads a headline at the top of a one-article document; returns the first line of the body. */
    private static int headline(Document doc, Item.Builder b) {
        int first = 0;
        while (first < doc.size() && doc.isBlank(first)) {
            first++;
        }
        if (first >= doc.size()) {
            return 0;
        }
        String series = null;
        if (SERIES_LINE.matcher(doc.text(first)).matches() && first + 1 < doc.size() && !doc.isBlank(first + 1)) {
            series = doc.text(first).strip(); // "Policy Brief No. 12" printed over the headline
            first++;
        }
        if (series == null) {
            first = pastMasthead(doc, first);
        }
        String line = doc.text(first);
        // a web page's "By Jane Doe | March 3, 2020" or "Posted on March 3, 2020 by Jane Doe" right under its headline
        boolean standsAlone = doc.isBlank(first + 1)
                || first + 1 < doc.size() && postedByLine(doc.text(first + 1)).isPresent() && doc.isBlank(first + 2);
        if (series != null && standsAlone) {
            series(series, b);
        }
        if (standsAlone && line.length() <= 200 && line.split("\\s+").length >= 2
                && !line.matches(".*[.,;:]$") && !HEADING.matcher(line).matches() && !BULLET.matcher(line).matches()) {
            b.set(Field.TITLE, unshout(clean(line), doc));
            return authorsUnderHeadline(doc, first + 1, b);
        }
        Matcher glued = GLUED_TITLE.matcher(line);
        if (glued.matches() && glued.group(1).trim().split("\\s+").length >= 3 && !HEADING.matcher(line).matches()) {
            b.set(Field.TITLE, clean(glued.group(1)));
        }
        return first;
    }

    /** A web page's navigation above its headline: "Skip to main content", "Subscribe | Log in", "Menu". */
    private static final Pattern CHROME = Pattern.compile("(?i)^\\s*(?:skip to (?:main )?content|menu|search|home|sign (?:in|up)|"
            + "log ?in|register|share|advertisement)\\s*$|^[^|]{1,30}(?:\\s\\|\\s[^|]{1,30})+$");
    /** The most lines of a web page's masthead (site name, section, navigation) {@link #pastMasthead} steps over. */
    private static final int MASTHEAD_LINES = 8;

    /**
     * The first line of a web page's headline, past the navigation and masthead printed above it ("Skip to main
     * content", "The Economist", "Europe | Northern exposure"): the first line standing alone between blank lines
     * that reads as a headline, when only short lines come before it; else {@code first}.
     */
    private static int pastMasthead(Document doc, int first) {
        if (!CHROME.matcher(doc.text(first)).matches() && !PAYWALL.matcher(doc.text(first)).matches()
                && (first + 1 >= doc.size() || doc.isBlank(first + 1))) {
            return first; // the first line stands alone: the headline
        }
        for (int i = first; i < Math.min(doc.size(), first + MASTHEAD_LINES); i++) {
            String t = doc.text(i);
            if (doc.isBlank(i)) {
                continue;
            }
            boolean alone = doc.isBlank(i - 1) && (i + 1 >= doc.size() || doc.isBlank(i + 1));
            if (alone && i > first && !CHROME.matcher(t).matches() && !PAYWALL.matcher(t).matches()
                    && t.split("\\s+").length >= 3 && !t.matches(".*[.,;:]$")) {
                return i;
            }
            if (t.length() > 60 || t.matches(".*[.!?]$")) {
                return first; // a sentence: the body has begun, and no headline stood alone
            }
        }
        return first;
    }

    /** A report series and its number, printed between a headline and its byline: "Policy Brief No. 14". */
    private static final Pattern SERIES_LINE = Pattern.compile("(?i)^\\s*((?:policy|issue|briefing|discussion|working|occasional|"
            + "research|analytical|technical)\\s+(?:brief|paper|note|report)s?)\\s*(?:no\\.?|nr\\.?|#|№)?\\s*(\\d[\\d./-]*)\\s*$");

    /** A series line's kind and number ("Policy Brief", "12"): the document is a report of that kind. */
    private static void series(String line, Item.Builder b) {
        Matcher m = SERIES_LINE.matcher(line);
        if (m.matches() && b.get(Field.GENRE).isEmpty()) {
            b.type(ItemType.REPORT);
            b.set(Field.GENRE, m.group(1).strip());
            b.set(Field.NUMBER, m.group(2));
        }
    }

    /** The first line from {@code i} that is not blank, at most two blank lines on. */
    private static int skipBlank(Document doc, int i) {
        int from = i;
        while (i < doc.size() && doc.isBlank(i) && i - from < 2) {
            i++;
        }
        return i;
    }

    /**
     * A line of names only under the headline ("И. И. Иванов"), or names and an affiliation ("Maria Lopez,
     * Centre for Arctic Studies"), perhaps after a series line, with its affiliation lines: the authors.
     * Returns the first line after them, or {@code from} when there are none.
     */
    private static int authorsUnderHeadline(Document doc, int from, Item.Builder b) {
        int i = skipBlank(doc, from);
        String series = null;
        if (i < doc.size() && SERIES_LINE.matcher(doc.text(i)).matches()) {
            series = doc.text(i).strip(); // "Policy Brief No. 14" between the headline and the byline
            i = skipBlank(doc, i + 1);
        }
        if (i >= doc.size()) {
            return from;
        }
        List<String> names = namesOnly(doc.text(i)) ? namesIn(doc.text(i)) : unprefixedBylineNames(doc.text(i));
        if (names.isEmpty()) {
            return from;
        }
        if (series != null) {
            series(series, b);
        }
        for (String n : names) {
            b.addName(NameRole.AUTHOR, Names.unshoutedFamily(Names.parse(n)));
        }
        if (!namesOnly(doc.text(i))) {
            String affiliation = bylineSplit(doc.text(i))[1]; // "Maria Lopez, Centre for Arctic Studies"
            if (!affiliation.isEmpty()) {
                b.addAffiliation(clean(affiliation));
            }
        }
        i++;
        while (i < doc.size() && !doc.isBlank(i) && isAffiliation(doc.text(i))) {
            b.addAffiliation(clean(doc.text(i)));
            i++;
        }
        return i;
    }

    /**
     * A web page's "Posted by Name on 3 May 2022" or "By Name | March 3, 2020" line under its headline:
     * the author and the date of publication. Returns the first line after it.
     */
    private static int postedBy(Document doc, int from, Item.Builder b) {
        int i = from;
        while (i < doc.size() && doc.isBlank(i)) {
            i++;
        }
        if (i >= doc.size()) {
            return from;
        }
        Optional<String[]> posted = postedByLine(doc.text(i));
        if (posted.isEmpty()) {
            return from;
        }
        if (b.names(NameRole.AUTHOR).isEmpty()) {
            Names.splitList(posted.get()[0]).forEach(n -> b.addName(NameRole.AUTHOR, Names.parse(n)));
        }
        if (posted.get()[1] != null && b.issued().isEmpty()) {
            io.github.citekit.internal.refs.Dates.parse(posted.get()[1]).ifPresent(b::issued);
        }
        return i + 1;
    }

    /**
     * The names and the date (or null) of a web page's byline, "*By Maria Lopez — 3 March 2022*", "Posted on
     * 3 March 2022 by Maria Lopez"; empty when the line is none.
     */
    private static Optional<String[]> postedByLine(String line) {
        String t = Markup.strip(line).strip();
        Matcher m = POSTED_BY.matcher(t);
        String[] found = m.matches() ? new String[] {m.group(1), m.group(2)} : null;
        Matcher on = POSTED_ON_BY.matcher(t);
        if (found == null && on.matches()) {
            found = new String[] {on.group(2), on.group(1)};
        }
        return found != null && Names.splitList(found[0]).stream().allMatch(Names::looksLikePersonName)
                ? Optional.of(found) : Optional.empty();
    }

    /** The most lines after the headline in which {@link #dateline} looks for the date. */
    private static final int DATELINE_LINES = 8;

    /**
     * A web page's date line under its headline and standfirst: "Mar 3rd 2023 | MOSCOW", "March 3, 2023": a short
     * line whose first part is a full date (a month at least).
     */
    private static Optional<io.github.citekit.model.DateParts> dateline(Document doc, int from) {
        for (int i = from; i < Math.min(doc.size(), from + DATELINE_LINES); i++) {
            String t = doc.text(i).strip();
            if (t.isEmpty() || t.length() > 60) {
                continue;
            }
            String date = t.split("\\s[|·•]\\s")[0];
            Optional<io.github.citekit.model.DateParts> d = io.github.citekit.internal.refs.Dates.parse(date);
            if (d.isPresent() && d.get().month() > 0 && date.length() <= 30) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static final Pattern SUMMARY_LABEL = Pattern.compile("(?iu)^(?:summary|abstract|резюме|аннотация)\\s*:\\s*");

    /** A short lead paragraph right after a headline: a web page's standfirst, kept as the abstract. */
    private static Optional<String> standfirst(Document doc, int from, Set<Integer> paywall) {
        int i = from;
        while (i < doc.size() && doc.isBlank(i)) {
            i++;
        }
        if (i >= doc.size() || paywall.contains(i)) {
            return Optional.empty();
        }
        int to = blockEnd(doc, i, doc.size());
        String text = doc.join(i, to);
        long sentences = text.chars().filter(c -> c == '.' || c == '?' || c == '!').count();
        boolean moreFollows = to < doc.size() - 1;
        if (text.length() <= 400 && sentences <= 2 && text.matches(".*[.?!]$") && moreFollows) {
            return Optional.of(clean(SUMMARY_LABEL.matcher(text).replaceFirst(""))); // "Summary: Harbours silt up; …"
        }
        return Optional.empty();
    }

    /** Author and affiliation from an "About the Author" bio, or from a bio paragraph under the bare name. */
    private static void authorFromBio(Document doc, Span span, Item.Builder b) {
        for (int i = span.start(); i < span.end(); i++) {
            String bio = null;
            if (ABOUT.matcher(doc.text(i)).matches()) {
                int from = i + 1;
                while (from < span.end() && doc.isBlank(from)) {
                    from++;
                }
                bio = doc.join(from, blockEnd(doc, from, span.end()));
            } else if (i + 1 < span.end() && Names.looksLikePersonName(doc.text(i))
                    && doc.text(i + 1).startsWith(doc.text(i) + " ") && i >= span.end() - 25) {
                bio = doc.text(i + 1);
            }
            if (bio == null || bio.isBlank()) {
                continue;
            }
            // "About the Authors" may hold one bio per author: each sentence that opens with a name and a bio verb
            boolean noByline = b.names(NameRole.AUTHOR).isEmpty();
            boolean noAffiliation = b.build().affiliations().isEmpty();
            boolean found = false;
            for (String sentence : bio.split("(?<=[a-z]{2})\\.\\s+(?=\\p{Lu})")) {
                Matcher m = BIO.matcher(sentence);
                if (!m.find()) {
                    continue;
                }
                found = true;
                if (noByline) {
                    b.addName(NameRole.AUTHOR, Names.parse(m.group(1)));
                }
                Matcher at = BIO_AFFILIATION.matcher(sentence);
                if (at.find() && noAffiliation) {
                    b.addAffiliation(at.group(1).strip());
                }
            }
            if (found) {
                return;
            }
        }
    }

    private static Set<Integer> paywallLines(Document doc) {
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i < doc.size(); i++) {
            if (PAYWALL.matcher(doc.text(i)).matches()) {
                lines.add(i);
                int j = i + 1;
                while (j < doc.size() && (doc.isBlank(j) || BULLET.matcher(doc.text(j)).matches()
                        || PAYWALL.matcher(doc.text(j)).matches())) {
                    lines.add(j++);
                }
            }
        }
        return lines;
    }

    private static Optional<String> siteName(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            Matcher m = SITE.matcher(doc.text(i));
            if (m.find()) {
                return Optional.of((m.group(1) != null ? m.group(1) : m.group(2)).strip());
            }
        }
        return Optional.empty();
    }

    private static int blockEnd(Document doc, int from, int limit) {
        int to = from;
        while (to < limit && !doc.isBlank(to) && !isMarker(doc.text(to))) {
            to++;
        }
        return to;
    }

    private static String clean(String s) {
        return Markup.strip(s).replaceAll("\\s+", " ").strip();
    }

    /**
     * A periodical's running head, printed atop each page of a PDF dump: "ARCTIC POLICY DIGEST No. 7, 15 May 2022 3"
     * (the name in capitals, the issue, its date, and the page number before or after).
     */
    private static final Pattern RUNNING_HEAD = Pattern.compile("^(?:(\\d{1,4})\\s+)?(\\p{Lu}[\\p{Lu}\\d &'’-]{4,}?)\\s+"
            + "(?:No\\.|Nr\\.|№|Issue)\\s*(\\d{1,4}),?\\s+(\\d{1,2}\\s\\p{L}+\\s\\d{4}|\\p{L}+\\s\\d{1,2},\\s\\d{4}|\\p{L}+\\s\\d{4})"
            + "(?:\\s+(\\d{1,4}))?\\s*$");

    /**
     * The running heads of a periodical issue's pages give each article its periodical, issue and date, and its
     * pages: from the page whose head last precedes the article's start to the page of the last head inside it.
     */
    private static void runningHeads(Document doc, List<Span> spans, List<Item.Builder> articles) {
        List<int[]> heads = new ArrayList<>(); // line number, page (0 when not printed)
        Matcher first = null;
        for (io.github.citekit.internal.text.Line head : doc.runningHeads()) {
            Matcher m = RUNNING_HEAD.matcher(head.text());
            if (m.matches() && (first == null || m.group(2).equals(first.group(2)) && m.group(3).equals(first.group(3)))) {
                if (first == null) {
                    first = m;
                }
                String page = m.group(1) != null ? m.group(1) : m.group(5);
                heads.add(new int[] {head.number(), page == null ? 0 : Integer.parseInt(page)});
            }
        }
        if (first == null) {
            return;
        }
        String journal = titleCaseIfShouted(first.group(2).strip());
        Optional<io.github.citekit.model.DateParts> date = io.github.citekit.internal.refs.Dates.parse(first.group(4));
        for (int k = 0; k < articles.size(); k++) {
            Item.Builder a = articles.get(k);
            if (a.get(Field.CONTAINER_TITLE).isPresent() && !a.get(Field.CONTAINER_TITLE).get().equalsIgnoreCase(journal)) {
                continue; // a cover page named another periodical
            }
            a.set(Field.CONTAINER_TITLE, journal);
            if (a.get(Field.ISSUE).isEmpty() && a.get(Field.VOLUME).isEmpty()) {
                a.set(Field.ISSUE, first.group(3));
            }
            if (a.issued().isEmpty()) {
                date.ifPresent(a::issued);
            }
            a.type(ItemType.ARTICLE_JOURNAL);
            int startPage = 0;
            int endPage = 0;
            int from = doc.lines().get(spans.get(k).start()).number();
            int to = spans.get(k).end() < doc.size() ? doc.lines().get(spans.get(k).end()).number() : Integer.MAX_VALUE;
            for (int[] h : heads) {
                if (h[1] > 0 && h[0] <= from) {
                    startPage = h[1];
                }
                if (h[1] > 0 && h[0] < to) {
                    endPage = h[1];
                }
            }
            if (startPage > 0 && a.get(Field.PAGE).isEmpty()) {
                a.set(Field.PAGE, endPage > startPage ? startPage + "-" + endPage : Integer.toString(startPage));
            }
        }
    }

    /** "This Version is available at: http://hdl.handle.net/10419/234567": a cover page's link to the record. */
    private static final Pattern AVAILABLE_AT = Pattern.compile("(?i)^\\s*this version is available at:?\\s*(\\S*)\\s*$");
    private static final Pattern LINK = Pattern.compile("^\\s*(https?://\\S+)\\s*$");

    /** The link a repository's cover page gives to the document's record. */
    private static Optional<String> repositoryLink(Document doc) {
        for (int i = 0; i < Math.min(doc.size(), 60); i++) {
            Matcher m = AVAILABLE_AT.matcher(doc.text(i));
            if (m.matches()) {
                Matcher link = LINK.matcher(m.group(1).isEmpty() && i + 1 < doc.size() ? doc.text(i + 1) : m.group(1));
                return link.matches() ? Optional.of(link.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Fills an article's missing fields from the cover page's suggested citation of it. Its title replaces the one the
     * header gave where the cover page prints it as a line of its own: bepress's pages print the repository's series
     * above it ("Masters Theses &amp; Specialist Projects"), which the header may take for the title.
     */
    private static void applyCover(SuggestedCitation cover, List<Item.Builder> articles, List<String> lines) {
        Item.Builder target = null;
        String coverTitle = key(cover.fields().getOrDefault(Field.TITLE, ""));
        for (Item.Builder a : articles) {
            if (!coverTitle.isEmpty() && a.get(Field.TITLE).map(ArticleExtractor::key).orElse("").equals(coverTitle)) {
                target = a;
            }
        }
        if (target == null && articles.size() == 1) {
            target = articles.get(0);
        }
        if (target == null) {
            return;
        }
        String printed = cover.fields().getOrDefault(Field.TITLE, "");
        if (!coverTitle.isEmpty() && !target.get(Field.TITLE).map(ArticleExtractor::key).orElse("").equals(coverTitle)
                && lines.stream().anyMatch(l -> key(l).equals(coverTitle))) {
            target.set(Field.TITLE, printed);
        }
        for (var e : cover.fields().entrySet()) {
            if (target.get(e.getKey()).isEmpty()) {
                target.set(e.getKey(), e.getValue());
            } else if (e.getKey() == Field.DOI && !target.get(Field.DOI).get().equals(e.getValue())) {
                target.addAlternativeDoi(target.get(Field.DOI).get());
                target.set(Field.DOI, e.getValue());
            }
        }
        List<io.github.citekit.model.Name> found = target.names(NameRole.AUTHOR);
        if (found.isEmpty() || cover.authors().size() > found.size() && cover.authors().stream()
                .map(io.github.citekit.model.Name::family).toList()
                .containsAll(found.stream().map(io.github.citekit.model.Name::family).toList())) {
            target.names(NameRole.AUTHOR, cover.authors()); // the byline named some of them only
        }
        if (target.issued().isEmpty()) {
            cover.issued().ifPresent(target::issued);
        }
        target.type(cover.type());
    }

    /** A DOI printed under two different articles of one document identifies neither with certainty. */
    private static void markSharedDois(List<Item.Builder> articles) {
        for (int i = 0; i < articles.size(); i++) {
            Optional<String> doi = articles.get(i).get(Field.DOI);
            if (doi.isEmpty()) {
                continue;
            }
            List<Integer> with = new ArrayList<>();
            for (int j = 0; j < articles.size(); j++) {
                if (articles.get(j).get(Field.DOI).equals(doi)) {
                    with.add(j);
                }
            }
            if (with.size() > 1) {
                articles.get(i).addWarning("ambiguous DOI " + doi.get() + ": printed under articles " + with
                        + " of this document, so it identifies none of them with certainty");
            }
        }
    }

    static String key(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
