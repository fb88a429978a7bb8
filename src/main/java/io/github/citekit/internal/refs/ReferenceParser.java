package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ReferenceWords.VOLUME_WORDS;
import static io.github.citekit.internal.refs.ReferenceWords.THESIS_GENRE;
import static io.github.citekit.internal.refs.ReferenceWords.PROCEEDINGS;
import static io.github.citekit.internal.refs.ReferenceWords.NEWSPAPER;
import static io.github.citekit.internal.refs.ReferenceWords.NEWSPAPER_ELSEWHERE;
import static io.github.citekit.internal.refs.ReferenceWords.MAGAZINE;
import static io.github.citekit.internal.refs.ReferenceWords.LOST_LINK;
import static io.github.citekit.internal.refs.ReferenceWords.IN_MARK;
import static io.github.citekit.internal.refs.ReferenceWords.INSTITUTION_WORDS;
import static io.github.citekit.internal.refs.ReferenceWords.GBT_TYPE_MARK;
import static io.github.citekit.internal.refs.ReferenceWords.DAY_MONTH_END;
import static io.github.citekit.internal.refs.ReferenceWords.ANY_YEAR;
import static io.github.citekit.internal.refs.ReferenceWords.ACCESSED;
import static io.github.citekit.internal.refs.LabelRuns.isPunctuation;
import static io.github.citekit.internal.refs.LabelRuns.relabelled;

import io.github.citekit.internal.extract.Dois;
import io.github.citekit.internal.extract.Languages;
import io.github.citekit.internal.extract.Names;
import io.github.citekit.internal.text.AsciiClasses;
import io.github.citekit.internal.text.Markup;
import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one reference string into fields. GOST-punctuated references are read by {@link GostParser}'s
 * rules; for the others the CRF labels the tokens, the labelled spans become field values, and rules finish
 * the work the labeller cannot do — splitting names, reading dates, expanding
 * page ranges and GOST place abbreviations, access dates, lost links, and the item type. The rules over the labels
 * run here in their order ({@link #correctedLabels}) and live by what they mend: {@link NameLabels}, {@link RoleLabels},
 * {@link HostLabels}, {@link NumberLabels}, {@link CjkRules}, and here the few left (links, imprints, months). Those over the fields the
 * labels give run in {@link FieldRules#refine}.
 */
public final class ReferenceParser {
    /** A note's signal before the work it cites: "See", "See also", "Cf." (not the surname in "See, J." or "See JA"). */
    private static final Pattern SIGNAL = Pattern.compile("^(?:(?:[Bb]ut\\s+)?[Ss]ee(?:\\s+also|\\s+generally)?(?:,\\s+e\\.g\\.,)?|(?:[Bb]ut\\s+)?[Cc]f\\.|E\\.g\\.,|Accord,?|[Vv]gl\\.|[Ss]iehe(?:\\s+auch)?|[Vv]oir(?:\\s+aussi)?|См\\.(?:\\s+также)?|Ср\\.|Див\\."
            // Spanish's, Italian's, Portuguese's, Dutch's and Polish's: "Véase", "Cfr.", "Si veda", "Ver também", "Zie", "Zob."
            // (Portuguese's "Ver" only with its colon or "também": "Ver Steeg, G." is a name)
            + "|[Vv]éase(?:\\s+también)?|[Vv]id\\.|[Cc]fr\\.|[Ss]i\\s+veda|[Vv]edi|[Vv]er(?:\\s+também|:)|[Vv]ide|[Zz]ie(?:\\s+ook)?"
            + "|[Zz]ob\\.(?:\\s+też)?|[Pp]or\\.)"
            // before a name: "Mary", "M. Brown", ABNT's "SILVA," in capitals (not Vancouver's "See JA,", a name itself)
            + "\\s+(?=\\p{Lu}\\p{Ll}|(?:\\p{Lu}\\.\\s?)+\\p{Lu}\\p{Ll}|\\p{Lu}{3,},)");
    /** The label a repository's cover page or a publisher's page prints before the reference it offers for citing. */
    private static final Pattern CITATION_LABEL = Pattern.compile("(?i)(?:(?:recommended|suggested|preferred)\\s+citation\\s*:?"
            + "|(?:citation|(?:to\\s+)?cite\\s+(?:this|as)(?:\\s+(?:article|paper|chapter|item|work|report))?|how\\s+to\\s+cite"
            + "(?:\\s+this\\s+(?:article|paper|chapter|item|work|report))?)\\s*:)\\s+(?=\\S)"); // "Citation in context" is a title
    /** A note's second work after its first: "…: 201–20; see also Byers, International Law, 150." */
    private static final Pattern SECOND_WORK = Pattern.compile("(?i);\\s+(?:see(?:\\s+also)?|cf\\.|compare)\\s+(?=\\p{Lu})");
    private static final Pattern PAGE_ABBREVIATION = Pattern.compile("^pp?\\.\\s*");
    private static final Pattern PAGES_WORD = Pattern.compile("(?iu)^(?:pp?\\.|pages?|с\\.|s\\.)\\s*");
    private static final Pattern SPACED_DASHES = Pattern.compile("\\s*[–—]+\\s*");
    /** A list or note number before the entry: "[12]", "(12)", "12.", "12)", and a note's bare "12 Name". */
    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:(?:\\[\\d{1,3}]|\\(\\d{1,3}\\)|\\d{1,3}[.)]|\\d{1,3}(?=\\s+\\p{Lu}))\\s+"
            + "|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\\s*)");
    /** Vancouver's day of access, "2020 Mar 3", in group 1. */
    private static final String VANCOUVER_DAY = "((?:1[5-9]|20)\\d\\d\\s\\p{L}{3,}\\.?(?:\\s\\d{1,2})?)";
    /** Vancouver's access date: "[cited 2020 Mar 3]", "[updated 2020 Jan 5; cited 2020 Mar 3]". */
    private static final Pattern CITED_DATE = Pattern.compile("(?iu)\\[(?:updated [^;\\]]*;\\s*)?cited\\s+" + VANCOUVER_DAY + "]");
    /** The same as a note, without its brackets: "cited 2020 Mar 3". */
    private static final Pattern CITED_NOTE = Pattern.compile("(?iu)cited\\s+" + VANCOUVER_DAY);
    /** What may follow an access date in a note: APA 6's "Retrieved March 3, 2020, from", "Consulté le …, sur". */
    private static final Pattern AFTER_ACCESS = Pattern.compile("(?i)[\\s,.]*(?:from|sur|de|desde|en|em|unter|von|van|su|da|op|via|z|w)?[\\s.:]*");
    private static final Pattern PAGE_RANGE = Pattern.compile("^(\\d+)\\s*[-–—]+\\s*(\\d+)$");
    private static final Map<String, String> PLACES = Map.of("М.", "Москва", "СПб.", "Санкт-Петербург",
            "Л.", "Ленинград", "К.", "Киев", "Мн.", "Минск", "Пг.", "Петроград", "Ростов н/Д", "Ростов-на-Дону",
            "Н. Новгород", "Нижний Новгород", "M.", "Москва");

    /**
     * A Russian law, decree or code by its designation: "Федеральный закон от 27.07.2006 № 149-ФЗ …",
     * "Указ Президента РФ от 02.07.2021 № 400 …", "Гражданский кодекс Российской Федерации". An act's name
     * needs its date or number, so that a book called "Закон и порядок" stays a book.
     */
    /** An act of the European Union by its kind and number: "Regulation (EU) 2016/679", "Commission Implementing Regulation (EU) No 1234/2011". */
    private static final String EU_ACT_NAME = "(?:(?:Council|Commission|Commission Implementing|Commission Delegated)\\s+)?"
            + "(?:Regulation|Directive|Decision)\\s+(?:\\((?:EU|EC|EEC|Euratom|EU, Euratom)\\)\\s+)?(?:No\\.?\\s+)?";
    private static final Pattern LAW_TITLE = Pattern.compile("^" + EU_ACT_NAME + "\\d{1,4}/\\d{1,4}\\b"
            + "|^(?:(?:(?:Федеральный|Федеральный конституционный|Областной)\\s+)?"
            + "[Зз]акон|Указ|Постановление|Распоряжение|Приказ)\\s.*(?:\\bот\\s+\\d{1,2}\\.\\d{2}\\.\\d{4}|№\\s?\\d)"
            + "|^(?:Конституция|(?:[\\p{L}-]+\\s+){1,2}кодекс|Кодекс)\\s+(?:Российской Федерации|РФ|РСФСР|СССР)"
            // an act approved by a decree: "Стратегия …: утв. Указом Президента РФ от 26.10.2020 № 645"
            + "|:\\s*утв(?:\\.|ержден[аоы]?)\\s+(?:[Уу]казом|[Пп]остановлением|[Рр]аспоряжением|[Пп]риказом)\\s.*(?:\\bот\\s+\\d{1,2}\\.\\d{2}\\.\\d{4}|№\\s?\\d)"
            // GOST 7.0.100-2018's act, its kind after the title: "О морских портах … : Федеральный закон № 261-ФЗ"
            + "|:\\s*(?:[Фф]едеральный(?:\\s+конституционный)?\\s+закон|[Зз]акон|[Уу]каз|[Пп]остановление)\\s+№\\s?\\d");
    /** A thesis described in the reference, "PhD thesis", "(Unpublished master's thesis)" (in lower case). */
    private static final Pattern THESIS_RAW = Pattern.compile("\\b(?:phd|ph\\.d\\.|doctoral) (?:diss|thesis)|\\bmaster['’]?s (?:thesis|diss)");
    private static final Pattern REPORT_GENRE = Pattern.compile("report|working paper|technical|tech\\. rep|publication no|cat\\. no|отчет|доклад");
    private final CrfModel model;

    /** A parser with the given labeller. */
    public ReferenceParser(CrfModel model) {
        this.model = model;
    }

    /** A parser with the labeller shipped in the library. */
    public static ReferenceParser shipped() {
        return new ReferenceParser(CrfModel.shipped());
    }

    /**
     * A parsed reference.
     *
     * @param raw the reference string as given
     * @param fields the labelled spans, cleaned, in the evaluation data's shape
     * @param names the names of each role, split
     * @param etAl the roles whose names end with "et al." or "и др.": more than those listed
     * @param gost whether the GOST rules read it
     * @param locator a pinpoint printed after the reference ("p. 514" in a note), or ""
     * @param institutional whether the publisher is an institution (a report's or thesis's), not a publishing house
     */
    public record Parsed(String raw, Map<String, String> fields, Map<NameRole, List<Name>> names,
            Set<NameRole> etAl, boolean gost, String locator, boolean institutional) {

        /**
         * The ordered family names per role, for the metric ({@code author_family}, …). Only GOST records
         * supply them: their names come from the statement of responsibility, where the data's gold is the
         * family names; other records are compared by their name spans.
         */
        public Map<String, List<String>> families() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (!gost) {
                return out;
            }
            names.forEach((role, list) -> out.put(role.cslName() + "_family",
                    list.stream().map(n -> n.isLiteral() ? n.literal() : n.family()).toList()));
            return out;
        }
    }

    /**
     * A standard's designation opening the reference, before its title: "3GPP TS 25.410:", "ISO/IEC
     * 23009-1:2014/Amd. 1:2015:", "IEEE Std 802.11-2016,", "IEEE P802.1Q:", "ITU-T Rec. H.264.", "RFC 2616:",
     * "DIN EN ISO 9001:2015.". Group 1 is the designation, group 2 the bodies that issue it, group 3 its first
     * number. GOST's standards are read by {@link GostParser}.
     */
    private static final Pattern STANDARD = Pattern.compile("^(((?:3GPP|ETSI|ISO|IEC|IEEE|ITU-[TR]|RFC|ANSI|NIST|FIPS|BS|DIN"
            + "|EN|CEN|CENELEC|ASTM|SAE|JIS)(?:/(?:ISO|IEC|IEEE|ASTM|ANSI))*)(?:\\s+(?:TS|TR|EN|ES|EG|GS|ISO|IEC|Std\\.?|Rec\\.?"
            + "|Recommendation|SP|PUB))*\\s*P?[A-Z]{0,2}[.\\s]?(\\d+)(?:[.-]\\d+)*[A-Za-z]{0,3}"
            + "(?:(?::\\s?|/(?:Amd|Cor)\\.?\\s?)\\d+(?::\\d{4})?)*)\\s*[:,.]\\s+(?=[\"“«'‘\\p{Lu}])");

    /** The standard's designation that opens {@code text}, or null (a year alone, "IEEE 2000.", is none). */
    static Matcher standardAt(String text) {
        if (text.length() < 8 || "3EIRANFBDCSJ".indexOf(text.charAt(0)) < 0) {
            return null;
        }
        Matcher m = STANDARD.matcher(text);
        return m.lookingAt() && !(m.group(3).length() == 4 && ANY_YEAR.matcher(m.group(3)).matches()
                && m.group(1).endsWith(m.group(3))) ? m : null;
    }

    /** An EU document's symbol: "COM(2020) 102 final", "SWD(2019) 1 final", "C(2021) 45". */
    private static final String EU_SYMBOL = "(?:COM|SEC|SWD|JOIN|C)\\s?\\((?:19|20)\\d\\d\\)\\s?\\d{1,4}(?:\\s(?:final|rev\\.?\\s?\\d?))?";
    /**
     * A UN, EU or OECD document's symbol in parentheses after its title: "(A/RES/70/1)", "(E/CN.4/2005/L.10)",
     * "(OECD/LEGAL/0449)", "(COM(2020) 102 final)", "(SWD(2019) 1 final)"; and a US agency's report number, "(GAO-19-123)",
     * "(NASA/TM-2019-220123)": an issuer's letters, then numbers parted by hyphens.
     */
    private static final Pattern DOCUMENT_SYMBOL = Pattern.compile("\\s?\\(([A-Z]{1,8}(?:\\.\\d{1,3})?(?:/(?=[A-Z\\d])[A-Za-z\\d.]+){2,5}"
            + "|[A-Z]{2,8}(?:/[A-Z]{1,4})?-\\d{1,4}-\\d{1,6}[A-Z]?|" + EU_SYMBOL + ")\\)");

    /**
     * An EU document's symbol printed as a sentence of its own: "A New Industrial Strategy for Europe. COM(2020)
     * 102 final. Brussels." (with the stop after it, so that the sentences around it stay apart).
     */
    private static final Pattern EU_SYMBOL_SENTENCE = Pattern.compile("(?<=[.,])\\s(" + EU_SYMBOL + ")(?:[.,;]|$)");

    /** A cheap test before {@link #EU_SYMBOL_SENTENCE}: one of its series' names before a bracket. */
    private static boolean mayHoldEuSymbol(String text) {
        return text.contains("COM(") || text.contains("SEC(") || text.contains("SWD(") || text.contains("JOIN(")
                || text.contains("COM (") || text.contains("SWD (");
    }

    /**
     * An act of the European Union as the Official Journal cites it: "Regulation (EU) 2016/679 of the European Parliament
     * and of the Council of 27 April 2016 on the protection of … data. OJ L 119, 4.5.2016, p. 1–88." (and "Directive
     * 2008/98/EC …", "Commission Implementing Regulation (EU) No 1234/2011 …"), with "OJ L", "OJ C" or "O.J." and the
     * issue, the day of publication and the pages.
     */
    private static final Pattern EU_ACT = Pattern.compile("^(?<title>" + EU_ACT_NAME
            + "(?<number>\\d{1,4}/\\d{1,4}(?:/(?:EU|EC|EEC|CFSP|JHA))?)\\b[^;]{0,400}?)[.,]?\\s+"
            + "(?<journal>O\\.?J\\.?\\s+[LC])\\s+(?<issue>\\d{1,4}(?:\\s?[A-Z])?),\\s+(?<published>\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d\\d),?"
            + "\\s+pp?\\.\\s?(?<page>\\d{1,4}(?:\\s?[–-]\\s?\\d{1,4})?)\\.?$");
    /** The act's own date in its title: "… of 27 April 2016 on …". */
    private static final Pattern ACT_DATE = Pattern.compile("\\bof\\s(\\d{1,2}\\s\\p{Lu}\\p{Ll}{2,8}\\s(?:19|20)\\d\\d)\\b");

    /** {@link #EU_ACT} matched on {@code text}, or null: a cheap test first, as few references cite the Official Journal. */
    private static Matcher euActMatcher(String text) {
        if (!(text.contains("OJ ") || text.contains("O.J. ")) || !(text.contains("Regulation") || text.contains("Directive")
                || text.contains("Decision"))) {
            return null;
        }
        Matcher m = EU_ACT.matcher(text);
        return m.matches() ? m : null;
    }

    /** The fields of an act of the European Union that {@link #EU_ACT} matched: dated by its adoption, else its publication. */
    private static Map<String, String> euAct(Matcher m) {
        Map<String, String> f = new LinkedHashMap<>();
        String title = m.group("title").strip();
        f.put("title", title);
        f.put("number", m.group("number"));
        f.put("container-title", m.group("journal").replace(".", "")); // "O.J. L" as "OJ L"
        f.put("volume", m.group("issue"));
        f.put("page", m.group("page"));
        Matcher adopted = ACT_DATE.matcher(title);
        String date = adopted.find() ? adopted.group(1) : m.group("published");
        f.put("date", date);
        f.put("year", date.substring(date.length() - 4));
        return f;
    }

    private static final Pattern ET_AL_AFTER = Pattern.compile("(?i),?\\s*et\\.?\\s*al\\.?$");

    /** Labels and reads one reference string. */
    public Parsed parse(String raw) {
        if (raw.length() > MAX_LENGTH) {
            return unread(raw); // see toItem: no reference is so long
        }
        try {
            return read(raw);
        } catch (StackOverflowError e) {
            return unread(raw); // see toItem
        }
    }

    /** A text read as nothing: no field, no name. */
    private static Parsed unread(String raw) {
        return new Parsed(raw, Map.of(), Map.of(), Set.of(), false, "", false);
    }

    private Parsed read(String raw) {
        Matcher number = NUMBER.matcher(raw);
        String text = Markup.strip(number.lookingAt() ? raw.substring(number.end()) : raw); // NUMBER opens with ^
        if (Backlinks.opens(text)) {
            text = Backlinks.strip(text); // a note copied from Wikipedia, "^ a b Smith, John (2010). …"
        }
        text = WikipediaMarks.strip(text);
        if (text.length() > 12 && "RSPCTHc".indexOf(text.charAt(0)) >= 0) {
            // a repository's or a publisher's label before the reference it offers: "Recommended Citation",
            // "Suggested citation:", "Citation:", "To cite this article:", "How to cite:"
            Matcher label = CITATION_LABEL.matcher(text);
            if (label.lookingAt()) {
                text = text.substring(label.end());
            }
        }
        if (text.length() > 4 && "SsCcVvСсBbEAZzPpД".indexOf(text.charAt(0)) >= 0) {
            // a note's "See Mary Brown, …, 2018", "Vgl. Schmidt, Peter: …", "См. также …", the Bluebook's "See, e.g.,"
            // and "But cf.": the work starts after the signal ("See Supplemental Material", citing no dated work, is
            // a note as printed); the signal is looked for first, as most references open with none
            Matcher signal = SIGNAL.matcher(text);
            if (signal.lookingAt() && ANY_YEAR.matcher(text).find()) {
                text = text.substring(signal.end());
            }
        }
        // a German note's pinpoint after the place and year, "Hamburg 2005, S. 45.": read the book without it (in a
        // journal, "Zeitschrift 12 (2010), S. 101–120", or after "in:", the pages are the part's)
        int comma = text.lastIndexOf(", S.");
        Matcher seite = comma > 0 ? PAGE_CITED.matcher(text).region(comma, text.length()) : null;
        String seitePin = "";
        if (seite != null && seite.matches() && PLACE_YEAR_AT_END.matcher(text.substring(Math.max(0, comma - 50), comma)).find()
                && !IN_CONTAINER.matcher(text).find() && !monthBeforeTheYear(text, comma)) {
            seitePin = seite.group(1);
            text = text.substring(0, comma) + ".";
        }
        // a note's pinpoint after the imprint, "(London: Verso, 2019), p. 514": read the reference without it
        Matcher pin = PINPOINT.matcher(text);
        String locator = seitePin;
        // a bare number, "(Oxford: Clarendon Press, 2001), 45", only after a "Place: Publisher" imprint
        if (endsWithDigit(text) && mayEndWithPinpoint(text) && pin.find() && isImprint(pin.group(1)) && !IN_CONTAINER.matcher(text).find()
                && (pin.group(2).startsWith("p") || pin.group(1).contains(":"))) {
            locator = pin.group(2).strip();
            text = text.substring(0, pin.end(1) + 1);
        }
        // an official document's symbol in parentheses, "(COM(2020) 102 final)", "(A/RES/70/1)": its number,
        // read apart, as its slashes and inner brackets would split the title around it
        String symbol = "";
        Matcher designation = (text.indexOf('/') >= 0 || text.contains(") ") || reportCodeInBrackets(text)) && capitalAfterBracket(text)
                ? DOCUMENT_SYMBOL.matcher(text) : null;
        if (designation != null && designation.find()) {
            symbol = designation.group(1);
            text = text.substring(0, designation.start()) + text.substring(designation.end());
        } else if (mayHoldEuSymbol(text) && (designation = EU_SYMBOL_SENTENCE.matcher(text)).find()) {
            symbol = designation.group(1);
            text = text.substring(0, designation.start()) + text.substring(designation.end());
        }
        Matcher standard = standardAt(text);
        if (standard != null) {
            text = text.substring(standard.end()); // its number and body go to the record (toItem); the title is labelled alone
        }
        // a licence, a sales number, a version, APA's description of software, data or an episode: read apart
        MarksReadApart apart = MarksReadApart.from(text);
        text = apart.text();
        if (text.indexOf('\u2212') >= 0) {
            text = MINUS_BETWEEN_DIGITS.matcher(text).replaceAll("–"); // "pp. 3−32" with a minus sign, as some PDFs print a range
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        Optional<Map<String, String>> gbt = GbtParser.applies(text) ? GbtParser.parse(text) : Optional.empty();
        Optional<Map<String, String>> gost = gbt.isEmpty() && GostParser.applies(text) ? GostParser.parse(text) : Optional.empty();
        Map<String, String> fields;
        boolean institutional = false;
        Matcher euAct;
        Optional<LegalCitations.Reading> legal;
        Optional<Map<String, String>> act;
        if (gbt.isPresent()) {
            fields = new LinkedHashMap<>(gbt.get());
        } else if (gost.isPresent()) {
            fields = new LinkedHashMap<>(gost.get());
            if (locator.isEmpty() && fields.containsKey("page") && !fields.containsKey("container-title") && !text.contains("//")
                    && (fields.containsKey("publisher") || fields.containsKey("publisher-place"))) {
                // a whole book's "С. 45" ("… М. : Наука, 2010. С. 45." in a note): the page cited, as a book's extent
                // is "320 с." and only a part of a book ("… // Сочинения. …") has pages of its own
                locator = fields.remove("page");
            }
        } else if ((euAct = euActMatcher(text)) != null) {
            fields = euAct(euAct);
        } else if ((act = NationalActs.read(text)).isPresent()) {
            fields = new LinkedHashMap<>(act.get());
        } else if ((legal = LegalCitations.read(text)).isPresent()) {
            fields = new LinkedHashMap<>(legal.get().fields());
            if (!legal.get().locator().isEmpty()) {
                locator = legal.get().locator(); // "583, 585 (2014)": the page cited within the work
            }
        } else {
            fields = tokens.isEmpty() ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(Spans.fields(text, tokens, correctedLabels(tokens, TokenMarks.of(text))));
            FieldRules.refine(text, fields);
            authorAsPublisher(fields);
            reportIssuerReadAsContainer(fields);
            institutionReadAsPublisher(text, fields);
            doiFromText(text, fields);
            spacedLink(text, fields);
            designationsLeftInTitles(fields);
            institutional = fields.containsKey("institution");
            if (locator.isEmpty()) {
                locator = bookPinpointAfterItsYear(text, fields);
            }
        }
        Map<NameRole, List<Name>> names = new LinkedHashMap<>();
        Set<NameRole> etAl = EnumSet.noneOf(NameRole.class);
        for (NameRole role : NameRole.values()) {
            String span = fields.get(role.cslName());
            if (span != null) {
                List<Name> list = Names.parseList(span.endsWith(")") ? ROLE_MARK_AT_END.matcher(span).replaceFirst("") : span);
                if (Names.endsWithEtAl(span) || Names.omitsNames(span)) {
                    etAl.add(role);
                }
                if (list.size() == 1 && list.get(0).given().isEmpty() && !list.get(0).family().isEmpty()
                        && !Character.isLowerCase(list.get(0).family().charAt(0)) // "von Dullemen" is a person
                        && role == NameRole.AUTHOR && !isCyrillic(span)) {
                    list = List.of(Name.literal(list.get(0).family())); // a lone word: an organisation
                } else if (!span.contains(",") && (!span.contains(".") || endsWithOrganisationWord(span))
                        && (Names.namesOrganisation(span) || span.startsWith("The ") && role == NameRole.AUTHOR
                                || role == NameRole.AUTHOR && span.contains(" of ") && BODY_OF_PLACE.matcher(span).matches())) {
                    // ("The Next Stage": no person's name opens with the article)
                    // "U.S. Energy Information Administration": no person's name ends with "Administration"
                    // "World Bank", "United Nations", "GTEx Consortium" (with no "et al." after it)
                    list = List.of(Name.literal(SpanText.clean(ET_AL_AFTER.matcher(span).replaceFirst(""))));
                } else if (role == NameRole.AUTHOR && list.size() > 0 && organisationBeforeItsDate(text, span)) {
                    // APA's "National Nurses United. (n.d.).", "Centers for Disease Control and Prevention. (2019).": a
                    // person there is "Family, I.", so words without a comma or an initial before the date are one body
                    list = java.util.Arrays.stream(span.strip().split("\\s*;\\s*")).map(Name::literal).toList(); // "City of X; City of Y"
                }
                if (list.stream().anyMatch(ReferenceParser::isEtAlReadAsName)) {
                    // "Kuint RC, Martinez-Leon M, et al.; ImageKids Study Group": "et al." before a group is no person
                    list = list.stream().filter(name -> !isEtAlReadAsName(name)).toList();
                    etAl.add(role);
                }
                names.put(role, list.stream().map(ReferenceParser::groupAsLiteral).map(Names::unshoutedFamily).toList());
            }
        }
        if (names.containsKey(NameRole.EDITOR) != names.containsKey(NameRole.TRANSLATOR) && EDITED_AND_TRANSLATED.matcher(text).find()) {
            // "Edited and translated by …", "(ed. and trans.)": one person in both roles
            List<Name> both = names.getOrDefault(NameRole.EDITOR, names.get(NameRole.TRANSLATOR));
            names.put(NameRole.EDITOR, both);
            names.put(NameRole.TRANSLATOR, both);
        }
        dropStatementOfResponsibility(text, names, fields);
        if (!symbol.isEmpty()) {
            fields.put("number", symbol);
        }
        apart.addTo(names, fields);
        if (!symbol.isEmpty() || standard != null) {
            if (!fields.containsKey("title") && fields.containsKey("container-title") && !fields.containsKey("volume")
                    && !fields.containsKey("page")) {
                fields.put("title", fields.remove("container-title")); // a document has no container around it
            }
        }
        if (!locator.isEmpty()) {
            fields.putIfAbsent("page", PAGE_ABBREVIATION.matcher(locator).replaceFirst("")); // where the data sets put it
        }
        return new Parsed(raw, fields, names, Set.copyOf(etAl), gost.isPresent(), locator, institutional);
    }

    /** APA's descriptions of a talk at a meeting, lower-cased. */
    private static final Pattern PRESENTATION = Pattern.compile("(?:paper|poster|conference) presentation|(?:poster|conference) session"
            + "|(?:keynote|invited) address");

    /** A package of a programming language's, whose version a reference gives: "R package version 0.2.1". */
    private static final Pattern PACKAGE = Pattern.compile("\\b(?:R|Python|Julia|Stata|MATLAB) (?:package|toolbox|module)\\b");

    /** When a work first appeared, as the edition cited says: "(Original work published 1923)", "First published 1923". */
    private static final Pattern ORIGINALLY_PUBLISHED = Pattern.compile("(?i)\\b(?:original(?:ly)?\\s+(?:work\\s+)?published"
            + "|first\\s+published)\\s+(?:in\\s+)?((?:1[5-9]|20)\\d\\d)\\b");

    /** A preprint server's name, in lower case: "biorxiv", "psyarxiv", "ssrn", "research square", "preprints.org". */
    private static final Pattern PREPRINT_SERVER = Pattern.compile("^(?:\\p{L}*r[xχ]iv|ssrn(?: electronic journal)?|osf preprints"
            + "|research square|preprints(?:\\.org)?|authorea(?: preprints)?)\\.?$");

    /** Whether a lower-cased name is a {@link #PREPRINT_SERVER}'s; the cheap tests first, as most containers are journals. */
    private static boolean isPreprintServer(String name) {
        return name.length() < 30 && (name.contains("iv") || name.contains("ssrn") || name.contains("preprints")
                || name.contains("research square") || name.contains("authorea")) && PREPRINT_SERVER.matcher(name).find();
    }

    /** An article's number where its pages would be: ", Article 108456", ", Article e0123". */
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("[,.]\\s+Article\\s+(?:No\\.\\s?)?([A-Za-z]?\\d+)\\b(?!\\s?pages)");

    /** A Russian act's number after "№": "261-ФЗ", "645". */
    private static final Pattern ACT_NUMBER = Pattern.compile("№\\s?(\\d+(?:-[\\p{Lu}]{1,4})?)");

    /** GOST's heading over an act of the Russian Federation: "Российская Федерация. Законы." */
    private static final Pattern RUSSIAN_ACTS_HEADING = Pattern.compile("^Российская Федерация\\.\\s+(?:Законы|Указы|Постановления"
            + "|Конституция \\(1993\\))\\.\\s+");

    /** A body named for its place, "Port of Rotterdam", "City of Cape Town", "State of Victoria": no person's name. */
    private static final Pattern BODY_OF_PLACE = Pattern.compile("\\p{Lu}\\p{Ll}+ of (?:the )?\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3}");

    /** Whether a bracket opens on two capitals and a hyphen, "(GAO-19-123)": an agency's report number, before ")." too. */
    private static boolean reportCodeInBrackets(String text) {
        for (int i = text.indexOf('('); i >= 0 && i + 4 < text.length(); i = text.indexOf('(', i + 1)) {
            int k = i + 1;
            while (k < text.length() && text.charAt(k) >= 'A' && text.charAt(k) <= 'Z') {
                k++;
            }
            if (k - i > 2 && k < text.length() && (text.charAt(k) == '-' || text.charAt(k) == '/')) {
                return true;
            }
        }
        return false;
    }

    /** Whether an opening bracket is followed by a capital A to Z, as every {@link #DOCUMENT_SYMBOL} opens. */
    private static boolean capitalAfterBracket(String text) {
        for (int i = text.indexOf('('); i >= 0 && i + 1 < text.length(); i = text.indexOf('(', i + 1)) {
            char next = text.charAt(i + 1);
            if (next >= 'A' && next <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithOrganisationWord(String span) {
        String t = SpanText.clean(span);
        int space = t.lastIndexOf(' ');
        return space > 0 && (Names.namesOrganisation(t.substring(space + 1)) || COUNTRY_ABBREVIATION.matcher(t).lookingAt());
    }

    /** A bracketed role mark left at a name list's end: "Douglas W. Stott (ed. and trans.)", "L. Brandt (Hrsg.)". */
    private static final Pattern ROLE_MARK_AT_END = Pattern.compile("(?i)\\s*\\((?:eds?|trans|transl|tr|hrsg|hg|dir|comp)\\.?"
            + "(?:\\s+(?:and|&|et|und)\\s+(?:eds?|trans|transl|tr)\\.?)?\\)\\s*$");

    /**
     * A group named among the persons, "…, Troyan S, for the Canadian Lung Oncology Group": the name reader splits it
     * as a person whose family name is "Group"; it is one name, kept whole (without the "for the" that links it), as
     * PubMed lists a collective author.
     */
    private static Name groupAsLiteral(Name name) {
        if (name.isLiteral() || name.given().isEmpty() || !NameLabels.GROUP_ENDINGS.contains(name.family().toLowerCase(Locale.ROOT))
                || name.given().indexOf(' ') < 0 || !GROUP_WORDS_BEFORE.matcher(name.given()).find()) {
            return name; // "R. C. Group" is a person: initials alone before the word
        }
        return Name.literal(GROUP_LINK.matcher(name.given() + " " + name.family()).replaceFirst(""));
    }

    /** A word of two letters or more among the words before the group's last word: "Canadian Lung Oncology", not "R. C.". */
    private static final Pattern GROUP_WORDS_BEFORE = Pattern.compile("\\p{L}{2,}");
    private static final Pattern GROUP_LINK = Pattern.compile("(?i)^(?:for|on behalf of)\\s+(?:the\\s+)?");

    /** Whether the name reader took an "et al." inside a list for a person: family "al", given "et" or none. */
    private static boolean isEtAlReadAsName(Name name) {
        return !name.isLiteral() && name.family().equalsIgnoreCase("al") && (name.given().isEmpty() || name.given().equalsIgnoreCase("et"));
    }

    /** Words that make the editors the translators too. */
    private static final Pattern EDITED_AND_TRANSLATED = Pattern.compile("(?i)\\bedited\\s+and\\s+translated\\s+by\\b|\\(eds?\\.\\s+and\\s+trans\\.\\)");

    /** "U.S. Department of State", "U.K. Ministry of Defence": a country's abbreviation, not initials. */
    private static final Pattern COUNTRY_ABBREVIATION = Pattern.compile("(?:U\\.S\\.(?:A\\.)?|U\\.K\\.|E\\.U\\.|U\\.N\\.)\\s");

    /**
     * A note without its parts (joined by "; ") that say no more than when the work was accessed, "Document administratif;
     * Consulté le 4 août 2014", or that only lead to the link, "Available at; Accessed 5 May 2015": null if nothing else
     * is left.
     */
    private static String withoutAccessStatements(String note) {
        if (!note.contains("; ")) {
            return isAccessStatement(note) || isAccessWordAndDay(note) ? null : note;
        }
        List<String> kept = java.util.Arrays.stream(note.split("; "))
                .filter(part -> !isAccessStatement(part) && !isAccessWordAndDay(part) && !LOST_LINK.matcher(part).matches()).toList();
        return kept.isEmpty() ? null : String.join("; ", kept);
    }

    /**
     * Whether a note's part is an access word and a day, its year read apart: "accessed June 7" of "accessed June 7,
     * 2015". Only where the access date has been read.
     */
    private static boolean isAccessWordAndDay(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        for (String word : ReferenceWords.ACCESS_WORDS) {
            if (lower.startsWith(word)) {
                String[] rest = lower.substring(word.length()).replaceAll("[:.,]", " ").strip().split("\\s+");
                return rest.length <= 3 && java.util.Arrays.stream(rest).allMatch(w -> w.isEmpty() || LabelRuns.isDigits(w)
                        || Dates.anyMonth(w) > 0 || w.equals("on") || w.equals("le") || w.equals("am") || w.equals("el"));
            }
        }
        return false;
    }

    /** Whether a note says no more than when the work was accessed: "Accessed 3 March 2020", "cited 2020 Mar 3". */
    private static boolean isAccessStatement(String note) {
        Matcher accessed = ACCESSED.matcher(note);
        return accessed.lookingAt() && AFTER_ACCESS.matcher(note.substring(accessed.end())).matches()
                || CITED_NOTE.matcher(note).matches();
    }

    /**
     * Whether what follows the last ")" of {@code text} has a comma and only what {@link #PINPOINT} allows
     * there (which has no ")" after its own): a cheap test before its search for every "(".
     */
    private static boolean mayEndWithPinpoint(String text) {
        int close = text.lastIndexOf(')');
        if (close < 0) {
            return false;
        }
        boolean comma = false;
        for (int i = close + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                comma = true;
            } else if (!AsciiClasses.isSpace(c) && "p.-–0123456789".indexOf(c) < 0) {
                return false;
            }
        }
        return comma;
    }

    /** Whether the last character of {@code text} but full stops and white space is a digit (as a pinpoint's is). */
    private static boolean endsWithDigit(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (text.charAt(i) == '.' || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        return i >= 0 && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** The labeller's labels, with the slips that the label rules below know how to mend mended. */
    private List<String> correctedLabels(List<Token> tokens, TokenMarks marks) {
        // the rules ask "is there a title?" many times: a list that answers from an index (rebuilt only when a
        // rule changes a label) keeps that from costing a scan each time
        List<String> labels = LabelList.of(model.labelTokens(tokens));
        labels = LabelList.of(NameLabels.monthReadAsAuthor(tokens, labels));
        labels = LabelList.of(NameLabels.givenNameReadAsDate(tokens, labels));
        labels = LabelList.of(monthDayReadAsTitle(tokens, labels));
        labels = otherLanguagesWords(tokens, labels, marks);
        labels = LabelList.of(NameLabels.corporateAuthorFirst(tokens, labels));
        labels = LabelList.of(NameLabels.authorReadIntoTitle(tokens, labels));
        labels = LabelList.of(NameLabels.titleWordsAfterGivenNamesStop(tokens, labels));
        labels = LabelList.of(NameLabels.titleAfterTrailingParticle(tokens, labels));
        labels = LabelList.of(NameLabels.titleAfterFamilyInitialsReadAsAuthor(tokens, labels));
        labels = LabelList.of(HostLabels.journalAfterTitleReadAsAuthor(tokens, labels));
        labels = LabelList.of(NameLabels.authorBeforeUndatedMark(tokens, labels));
        if (marks.bracket()) {
            labels = LabelList.of(NameLabels.statusInTheDatesPlace(tokens, labels));
        }
        labels = LabelList.of(NameLabels.hyphenatedNameStart(tokens, labels));
        labels = LabelList.of(NameLabels.titleAfterGivenFirstNameReadAsAuthor(tokens, labels));
        labels = LabelList.of(NameLabels.unitOfGroupAuthorReadAsTitle(tokens, labels));
        labels = LabelList.of(NameLabels.groupAuthorOpeningTheTitle(tokens, labels));
        labels = LabelList.of(RoleLabels.filmCredits(tokens, labels));
        labels = LabelList.of(RoleLabels.filmRolesInBrackets(tokens, labels));
        labels = LabelList.of(acronymLeftOutBeforeDate(tokens, labels));
        labels = LabelList.of(HostLabels.journalFirst(tokens, labels));
        labels = LabelList.of(HostLabels.quotedOpeningReadAsContainer(tokens, labels));
        labels = LabelList.of(linkLeftOutside(tokens, labels));
        if (marks.bracket()) {
            labels = LabelList.of(NameLabels.italianEditorMarkReadIntoTitle(tokens, labels));
        }
        labels = LabelList.of(NameLabels.titleAfterEditorMark(tokens, labels));
        labels = LabelList.of(HostLabels.hostAfterEditorMark(tokens, labels));
        labels = LabelList.of(NameLabels.titleAfterNamesColon(tokens, labels));
        labels = LabelList.of(NameLabels.givenFirstNameBeforeColonReadAsTitle(tokens, labels));
        labels = LabelList.of(NameLabels.acronymAndNameBeforeTheYear(tokens, labels));
        labels = LabelList.of(publisherWithInitialsAfterPlace(tokens, labels));
        labels = LabelList.of(publisherLeftAfterPlace(tokens, labels));
        labels = LabelList.of(NameLabels.noDateReadAsAuthor(tokens, labels));
        labels = LabelList.of(HostLabels.titleReadAsContainer(tokens, labels));
        labels = LabelList.of(HostLabels.titleLeftUnlabelled(tokens, labels));
        labels = titlesAndHostsApart(tokens, labels, marks);
        labels = LabelList.of(HostLabels.titleBeforeCityAfterNames(tokens, labels));
        labels = LabelList.of(HostLabels.journalReadIntoTitle(tokens, labels));
        labels = journalBoundaries(tokens, labels);
        labels = titleEdges(tokens, labels, marks);
        labels = LabelList.of(HostLabels.titleReadIntoJournal(tokens, labels));
        labels = LabelList.of(siteLeftBeforeLink(tokens, labels));
        labels = hostsAndNumbersAfterTheTitle(tokens, labels, marks);
        labels = LabelList.of(NumberLabels.seriesNumberReadAsVolume(tokens, labels));
        labels = LabelList.of(HostLabels.bracketLeftOpenInContainer(tokens, labels));
        return NumberLabels.markedVolumeLeftOut(tokens, labels);
    }

    /**
     * The rules over the words of references in other European languages (their dates, access statements, links and
     * newspapers): a method of their own, compiled apart, for the reason below.
     */
    private static List<String> otherLanguagesWords(List<Token> tokens, List<String> labels, TokenMarks marks) {
        List<String> out = labels;
        if (marks.european()) {
            out = LabelList.of(EuropeanLabels.accessStatement(tokens, out));
            out = LabelList.of(EuropeanLabels.linkCue(tokens, out));
            out = LabelList.of(EuropeanLabels.mediumMark(tokens, out));
        }
        out = LabelList.of(EuropeanLabels.dateWithItsMonthsName(tokens, out));
        out = LabelList.of(EuropeanLabels.undatedMark(tokens, out));
        out = LabelList.of(EuropeanLabels.newspaperAndDayReadIntoTitle(tokens, out));
        out = LabelList.of(EuropeanLabels.volumeMarkReadIntoContainer(tokens, out));
        out = LabelList.of(EuropeanLabels.issueMarkedAsVolume(tokens, out));
        out = LabelList.of(EuropeanLabels.reportTitleLeftOut(tokens, out));
        return LabelList.of(EuropeanLabels.pageAfterItsMarkLeftOut(tokens, out));
    }

    /**
     * The rules that part a title from a quotation, a host, a place or a publisher read into it or out of it: a method
     * of their own, compiled apart, for the reason below.
     */
    private static List<String> titlesAndHostsApart(List<Token> tokens, List<String> labels, TokenMarks marks) {
        List<String> out = labels;
        if (marks.quote()) {
            out = LabelList.of(HostLabels.quotedTitleLeftOut(tokens, out));
            out = LabelList.of(HostLabels.quotedTitleBrokenInside(tokens, out));
        }
        out = LabelList.of(HostLabels.bookTitleBrokenAtAComma(tokens, out));
        out = LabelList.of(HostLabels.articleTitleEndingWithAPlace(tokens, out));
        out = LabelList.of(HostLabels.townBeforeTheYearAtTheEnd(tokens, out));
        if (marks.proceedings()) {
            out = LabelList.of(HostLabels.proceedingsReadIntoTitle(tokens, out));
        }
        out = LabelList.of(HostLabels.institutionReadIntoTitleEnd(tokens, out));
        out = LabelList.of(HostLabels.publisherReadIntoProceedings(tokens, out));
        out = LabelList.of(HostLabels.titleReadAsPublisherOrFirstContainer(tokens, out));
        out = LabelList.of(NameLabels.titleReadIntoNamesAfterTheLast(tokens, out));
        out = LabelList.of(NameLabels.titleReadIntoCyrillicNames(tokens, out));
        return LabelList.of(NameLabels.journalReadAsTheLastName(tokens, out));
    }

    /** The rules over a host's and an imprint's numbers and notes after the title: compiled apart, as above. */
    private static List<String> hostsAndNumbersAfterTheTitle(List<Token> tokens, List<String> labels, TokenMarks marks) {
        List<String> out = LabelList.of(HostLabels.journalAfterInLeftOut(tokens, labels));
        if (marks.reprint()) {
            out = LabelList.of(HostLabels.reprintAfterTheImprint(tokens, out));
        }
        out = LabelList.of(NumberLabels.volumeAfterJournal(tokens, out));
        if (marks.heft()) {
            out = LabelList.of(NumberLabels.germanIssueMarkLeftOut(tokens, out));
        }
        out = LabelList.of(NumberLabels.reportNumberReadAsDate(tokens, out));
        out = LabelList.of(NumberLabels.volumeReadAsPageBeforeItsIssue(tokens, out));
        out = LabelList.of(NumberLabels.titlesDateCutAfterItsDay(tokens, out));
        out = LabelList.of(EuropeanLabels.gostAccessNoteLeftOut(tokens, out));
        out = LabelList.of(EuropeanLabels.bookAfterTheEditorsLeftOut(tokens, out));
        out = LabelList.of(EuropeanLabels.titleStartLeftOut(tokens, out));
        out = LabelList.of(EuropeanLabels.editorsAfterTheirBook(tokens, out));
        out = LabelList.of(EuropeanLabels.translatorMarkReadIntoTitle(tokens, out));
        return marks.auflage() ? LabelList.of(NumberLabels.germanEditionReadIntoTitle(tokens, out)) : out;
    }

    /**
     * The rules that find where a journal begins by its name, and the CJK ones: a method of their own, which the JIT
     * compiles apart, so that the rules above keep the inlining they had.
     */
    private static List<String> journalBoundaries(List<Token> tokens, List<String> labels) {
        List<String> out = LabelList.of(HostLabels.titleRunsPastItsClosingQuote(tokens, labels));
        out = LabelList.of(HostLabels.journalInTitlesLastPart(tokens, out));
        out = LabelList.of(HostLabels.shortHostAtTheEnd(tokens, out));
        out = LabelList.of(HostLabels.journalNamedAtTitleEnd(tokens, out));
        out = LabelList.of(HostLabels.journalReadAsTitle(tokens, out));
        out = LabelList.of(NameLabels.journalStartReadAsAuthor(tokens, out));
        out = LabelList.of(NameLabels.journalReadIntoAuthors(tokens, out));
        out = LabelList.of(HostLabels.yearReadIntoTitle(tokens, out));
        out = LabelList.of(HostLabels.periodEndingTheTitle(tokens, out));
        out = LabelList.of(HostLabels.titleEndReadIntoJournal(tokens, out));
        return CjkRules.hasCjk(tokens) ? CjkRules.cjkRules(tokens, out) : out;
    }

    /**
     * The rules where a title meets the names, its host or the numbers after it: a method of their own, compiled apart
     * for the reason above.
     */
    private static List<String> titleEdges(List<Token> tokens, List<String> labels, TokenMarks marks) {
        List<String> out = LabelList.of(HostLabels.titleInTwoSentences(tokens, labels));
        out = LabelList.of(NameLabels.lastFamilyNameReadIntoTitle(tokens, out));
        out = LabelList.of(NameLabels.lastNamesReadIntoTitle(tokens, out));
        out = LabelList.of(NameLabels.titleFirstWordReadAsAuthor(tokens, out));
        out = LabelList.of(NumberLabels.laterPageRunsOfOtherNumbers(tokens, out));
        out = LabelList.of(NumberLabels.arxivNumberReadAsNumbers(tokens, out));
        out = LabelList.of(NumberLabels.secondVolumeRunIsThePage(tokens, out));
        out = LabelList.of(NumberLabels.pageLeftOutAfterVolume(tokens, out));
        out = LabelList.of(HostLabels.proceedingsCitedWhole(tokens, out));
        out = LabelList.of(HostLabels.bookReadAsContainer(tokens, out));
        out = LabelList.of(RoleLabels.titleAfterInvertedNameReadAsAuthor(tokens, out));
        out = LabelList.of(RoleLabels.editorsAfterTheirMark(tokens, out));
        out = LabelList.of(RoleLabels.namesAroundEditorMark(tokens, out));
        if (marks.bracket() || marks.editors()) {
            out = LabelList.of(RoleLabels.editorsBetweenInAndTheirMark(tokens, out));
        }
        out = LabelList.of(NameLabels.wordsWithoutInitialsEndingNames(tokens, out));
        out = LabelList.of(NameLabels.collaborationFirst(tokens, out));
        out = LabelList.of(NameLabels.familyNameLeftAfterInitial(tokens, out));
        out = LabelList.of(HostLabels.mediumBetweenCommas(tokens, out));
        out = LabelList.of(HostLabels.hostsFirstWordsLeftOut(tokens, out));
        out = LabelList.of(HostLabels.hostBrokenAtAComma(tokens, out));
        out = LabelList.of(HostLabels.meetingsYearAfterItsName(tokens, out));
        out = LabelList.of(NumberLabels.reportNumberLeftOut(tokens, out));
        out = LabelList.of(NumberLabels.namesYearReadAsDate(tokens, out));
        out = LabelList.of(NumberLabels.erratumIsTheNote(tokens, out));
        out = LabelList.of(HostLabels.newspaperBeforeItsDay(tokens, out));
        out = LabelList.of(HostLabels.publisherReadIntoTitle(tokens, out));
        out = LabelList.of(HostLabels.publisherBeforePages(tokens, out));
        out = LabelList.of(HostLabels.seriesBeforePlaceIsThePublisher(tokens, out));
        out = LabelList.of(HostLabels.seriesAfterVolumeOf(tokens, out));
        out = LabelList.of(HostLabels.placeReadIntoTitleEnd(tokens, out));
        out = LabelList.of(HostLabels.meetingHeldInPlace(tokens, out));
        out = LabelList.of(HostLabels.journalLeftOutAtTheStart(tokens, out));
        return LabelList.of(HostLabels.journalLeftOutBetweenDateAndVolume(tokens, out));
    }

    /**
     * "…, 10 Sept. 2007, www.newyorker.com/magazine/…": a link that the labeller left outside every field,
     * when no link is labelled, is the URL (the tokenizer keeps links whole, so the token is all of it).
     */
    static List<String> linkLeftOutside(List<Token> tokens, List<String> labels) {
        if (labels.contains("URL")) {
            return labels;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (labels.get(i).equals(Labels.OTHER) && t.length() > 8 && (t.regionMatches(true, 0, "http", 0, 4)
                    || t.regionMatches(true, 0, "www.", 0, 4))) {
                List<String> out = new java.util.ArrayList<>(labels);
                out.set(i, "URL");
                return out;
            }
        }
        return labels;
    }

    private static final Pattern MINUS_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)\\s?\u2212\\s?(?=\\d)");
    /** "(imprint), p. 514" at the end: group 1 the parenthesis' content, group 2 the pinpoint. */
    private static final Pattern PINPOINT = Pattern.compile("\\(([^()]*)\\)\\s*,\\s*((?:pp?\\.\\s*)?\\d+(?:\\s*[-–]\\s*\\d+)?)\\.?\\s*$");
    private static final Pattern IMPRINT_WORD = Pattern.compile("\\p{L}{2,}");
    /**
     * Whether the word before the year that ends at {@code end} is a month's name: a newspaper's day, "Frankfurter
     * Allgemeine Zeitung, 12. März 2005, S. 14.", whose page is the article's, not a place's and year.
     */
    private static boolean monthBeforeTheYear(String text, int end) {
        int wordEnd = end - 4;
        while (wordEnd > 0 && !Character.isLetter(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, wordEnd);
        return Dates.isMonthOrSeason(word) || Dates.otherMonth(word) > 0;
    }

    /**
     * A whole book's one page after its imprint's year, as European notes and lists print it, "Paris, Armand Colin, 1949,
     * p. 45.", "Barcelona, Teide, 1959, p. 45": the page cited, as only a part of a book (after "In" or "//") or an
     * article has pages of its own. The fields keep it as the page, where the data sets put it; "" where there is none.
     */
    private static String bookPinpointAfterItsYear(String text, Map<String, String> fields) {
        String page = fields.get("page");
        if (page == null || !LabelRuns.isDigits(page) || fields.containsKey("container-title") || fields.containsKey("volume")
                || !(fields.containsKey("publisher") || fields.containsKey("publisher-place"))) {
            return "";
        }
        Matcher m = PAGE_AFTER_YEAR_AT_END.matcher(text);
        return m.find() && m.group(2).equals(page) && !IN_CONTAINER.matcher(text).find() ? m.group(1) : "";
    }

    /** ", 1949, p. 45." at the end: the year, then one page with its mark (group 1; the number, group 2). */
    private static final Pattern PAGE_AFTER_YEAR_AT_END = Pattern.compile(
            "(?:1[5-9]|20)\\d\\d,\\s*((?:pp?|S|s|str|pág|p[aá]g)\\.\\s?(\\d{1,4}))\\.?$");

    /** ", S. 45." at the end: the page cited after a German imprint ({@link #PLACE_YEAR_AT_END}). */
    private static final Pattern PAGE_CITED = Pattern.compile(",\\s*(S\\.\\s?\\d+(?:\\s?[-–]\\s?\\d+)?(?:\\s?f{1,2}\\.)?)\\.?");
    /** A place's capitalised words (or two, "Berlin/New York") and the year, before ", S. 45": "Hamburg 2005". */
    private static final Pattern PLACE_YEAR_AT_END = Pattern.compile("\\p{Lu}[\\p{L}/ .-]{1,40}\\s(?:1[5-9]|20)\\d\\d$");
    /** "in Book (…), pp. 415-45": after a container the pages are the chapter's, not a pinpoint. */
    private static final Pattern IN_CONTAINER = Pattern.compile("(?:^|[.,][\"”’]?\\s+)[Ii]n:?\\s|//"); // not "Cities in Civilization"

    /**
     * Whether a parenthesis holds a book's imprint, "(London: Verso, 2019)", "(Frank Cass Publishers 1999)",
     * rather than a journal issue's date, "(September 2003)", "(2009)": after an imprint a page is a
     * pinpoint, after an issue's date it is the article's pages.
     */
    private static boolean isImprint(String content) {
        if (content.contains(":")) {
            return true;
        }
        Matcher w = IMPRINT_WORD.matcher(content);
        int words = 0;
        while (w.find()) {
            if (!Dates.isMonthOrSeason(w.group())) {
                words++;
            }
        }
        return words >= 2;
    }

    private static final Pattern VOLUME_NUMBER = Pattern.compile("\\d{1,4}");

    /** A number of up to four digits that is not a year: what a bare volume looks like. */
    static boolean isVolumeNumber(String token) {
        return VOLUME_NUMBER.matcher(token).matches() && !Features.isYear(token);
    }

    /**
     * "IMF. 2021. World Economic Outlook …": an organisation's acronym that opens the reference before its
     * date, left unlabelled, is the author when no one else is.
     */
    static List<String> acronymLeftOutBeforeDate(List<Token> tokens, List<String> labels) {
        if (labels.size() < 3 || !labels.get(0).equals(Labels.OTHER) || labels.contains("author") || labels.contains("editor")) {
            return labels;
        }
        String first = tokens.get(0).text();
        if (first.length() < 2 || first.length() > 8 || !first.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return labels;
        }
        int k = 1;
        while (k < tokens.size() && isPunctuation(tokens.get(k).text()) && labels.get(k).equals(Labels.OTHER)) {
            k++;
        }
        return k > 1 && k < tokens.size() && labels.get(k).equals("date") ? relabelled(labels, 0, 0, "author") : labels;
    }

    /**
     * APA's news and conference dates, "(2010, January 28).", "(2004, May).": a month and day after the year
     * inside the date's brackets, read as the title or left out of every field, are the date's. The title then stands unlabelled or in the
     * container, where the rules after this one look for it.
     */
    static List<String> monthDayReadAsTitle(List<Token> tokens, List<String> labels) {
        if (!labels.contains("date")) {
            return labels;
        }
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("(") || !Features.isYear(tokens.get(i + 1).text())
                    || !labels.get(i + 1).equals("date") || !tokens.get(i + 2).text().equals(",")) {
                continue;
            }
            int close = i + 3;
            boolean month = false;
            boolean title = false;
            for (; close < tokens.size() && close <= i + 8 && !tokens.get(close).text().equals(")"); close++) {
                String t = tokens.get(close).text();
                if (Dates.isMonthOrSeason(t) || Dates.isOtherMonthName(t)) {
                    month = true;
                } else if (".,-–/".indexOf(t.charAt(0)) < 0 && !(t.length() <= 2 && Character.isDigit(t.charAt(0))
                        && t.chars().allMatch(Character::isDigit))) {
                    break; // not a date's word: "(2010, in press)"
                }
                title |= !labels.get(close).equals("date"); // also left out of every field: "(2012, October)"
            }
            if (month && title && close < tokens.size() && tokens.get(close).text().equals(")")) {
                return relabelled(labels, i + 1, close - 1, "date"); // as the data label it: "1998, September 5"
            }
        }
        return labels;
    }

    /** Whether tokens 0 to {@code end} name an organisation ("United Nations Conference on Trade and Development"). */
    static boolean namesOrganisation(List<Token> tokens, int end) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= end; i++) {
            run.append(' ').append(tokens.get(i).text());
        }
        return Names.namesOrganisation(run.toString());
    }

    /** The last index of the run of one label that opens {@code labels}. */
    static int openingRunEnd(List<String> labels) {
        int end = 0;
        while (end + 1 < labels.size() && labels.get(end + 1).equals(labels.get(0))) {
            end++;
        }
        return end;
    }

    /** A link whose scheme PDF extraction spaced: "http ://dx.doi.org/10.5170/CERN-1984-014", "http: // cccbdb.nist.gov/". */
    private static final Pattern SPACED_LINK = Pattern.compile("(?i)\\bhttps?\\s?:\\s?/\\s?/\\s?[^\\s,;()\\[\\]]{4,}");

    /**
     * A link the tokenizer could not see whole, its scheme spaced by PDF extraction: where no link was read, or only its
     * scheme ("http"), the spaced link is the URL, up to its first space after the host's start, its spaces taken out.
     */
    static void spacedLink(String text, Map<String, String> f) {
        String url = f.get("URL");
        if (url != null && url.contains(".") || text.indexOf("ttp") < 0) {
            return;
        }
        Matcher m = SPACED_LINK.matcher(text);
        while (m.find()) {
            if (m.group().indexOf(' ') > 0 && m.group().contains(".")) { // a link written whole is the tokenizer's
                f.put("URL", SpanText.clean(m.group().replaceAll("\\s", ""))); // a link with a space in it would not open
                return;
            }
        }
    }

    /** A DOI with its prefix and at least one character after the slash. */
    private static final Pattern WHOLE_DOI = Pattern.compile("10\\.\\d{4,9}/.+");

    /**
     * A DOI that the labeller left out of the fields, or cut short ("10.1038" of "doi:10.1038 /nature11247"), read from the
     * text as the record reads it: a DOI is written in one form, which a pattern finds whatever the labeller made of it.
     */
    static void doiFromText(String text, Map<String, String> f) {
        String doi = f.get("DOI");
        if (doi != null && WHOLE_DOI.matcher(Dois.clean(doi)).matches() || !text.contains("10.")) {
            return;
        }
        Matcher marked = MARKED_DOI.matcher(text);
        if (marked.find()) {
            String found = Dois.clean(marked.group(1).replaceAll("\\s", ""));
            // spacing may still have cut it ("doi: 10.1103 /PhysRevLett. 113.091601"): a whole DOI that it begins wins
            String whole = Dois.findAll(text).stream().filter(d -> d.startsWith(found)).findFirst().orElse(found);
            f.put("DOI", whole);
        }
    }

    /**
     * A DOI after "doi:", as references print it, spaced or not ("doi: 10. 1093/jb/mvg083"); a DOI inside a link
     * ("https://doi.org/10…") stays the link's, as the labelled data has it (the record reads its DOI from it too).
     */
    private static final Pattern MARKED_DOI = Pattern.compile("(?i)\\bdoi\\s*:\\s*(10\\.\\s?\\d{4,9}\\s?/\\s?[^\\s<>\"“”‘’{}]+)");

    /**
     * "London: I.B. Tauris.", "Armonk, NY: M.E. Sharpe.", "New York: W. W. Norton": a publisher named after
     * its founder's initials, after the place and its colon, which the labeller reads as an editor or leaves
     * out. The run ends the reference or comes before ", 2015".
     */
    static List<String> publisherWithInitialsAfterPlace(List<Token> tokens, List<String> labels) {
        if (labels.contains("publisher")) {
            return labels;
        }
        int n = tokens.size();
        for (int k = 1; k + 3 < n; k++) {
            if (!tokens.get(k).text().equals(":") || !labels.get(k - 1).equals("publisher-place")) {
                continue;
            }
            int j = k + 1;
            boolean initial = false;
            while (j + 1 < n && tokens.get(j).text().length() == 1 && Character.isUpperCase(tokens.get(j).text().charAt(0))
                    && tokens.get(j + 1).text().equals(".")) {
                initial = true;
                j += 2;
            }
            if (!initial || j >= n || !Character.isUpperCase(tokens.get(j).text().charAt(0)) || tokens.get(j).text().length() < 3
                    || !tokens.get(j).text().chars().allMatch(Character::isLetter)) {
                return labels;
            }
            int last = j;
            boolean ends = last + 1 == n || last + 2 == n && tokens.get(last + 1).text().equals(".")
                    || tokens.get(last + 1).text().equals(",") && last + 2 < n && labels.get(last + 2).equals("date");
            return ends ? relabelled(labels, k + 1, last, "publisher") : labels;
        }
        return labels;
    }

    /** The most tokens a publisher's name left outside every field takes in {@link #publisherLeftAfterPlace}. */
    private static final int LEFT_PUBLISHER_TOKENS = 8;

    /**
     * APA's "World Bank. (2017). Port reform toolkit (2nd ed.). World Bank. https://…": an organisation that
     * publishes its own work is named again as the publisher, which the labeller reads as a container.
     */
    static void authorAsPublisher(Map<String, String> f) {
        String container = f.get("container-title");
        if (container != null && container.equals(f.get("author")) && !f.containsKey("publisher") && !f.containsKey("volume")
                && !f.containsKey("page") && !f.containsKey("issue")) {
            f.put("publisher", f.remove("container-title"));
        }
    }

    /**
     * A report's issuer or place after its number, read as a container: APA's "Harbour silt (Report No. 12). Port
     * Authority." and IEEE's "…, "Silt report," Lagos, Nigeria, Tech. Rep. PA-12, 2019.". A report with no volume,
     * issue or pages has no container: places the gazetteer knows are the place, other words the publisher.
     */
    static void reportIssuerReadAsContainer(Map<String, String> f) {
        String container = f.get("container-title");
        String genre = f.get("genre");
        if (container == null || genre == null || f.containsKey("volume") || f.containsKey("issue") || f.containsKey("page")
                || !REPORT_GENRE.matcher(genre.toLowerCase(Locale.ROOT)).find()) {
            return;
        }
        boolean places = isPlaceList(container);
        if (places && !f.containsKey("publisher-place")) {
            f.put("publisher-place", f.remove("container-title"));
        } else if (!places && !f.containsKey("publisher") && !f.containsKey("institution")) {
            f.put("publisher", f.remove("container-title"));
        }
    }

    /**
     * Whether {@code text} reads as a place: "Lagos, Nigeria", "Cambridge, MA, USA", "Geneva": parts the gazetteer knows,
     * the last of them a place it knows, the others a city's capitalised words that name no institution.
     */
    static boolean isPlaceList(String text) {
        String[] parts = text.split(",");
        if (parts.length > 3 || !Places.isPlace(parts[parts.length - 1].strip())) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i].strip();
            if (!Places.isPlace(part) && (!CITY_WORDS.matcher(part).matches() || INSTITUTION_WORDS.matcher(part).find())) {
                return false;
            }
        }
        return true;
    }

    /** A city's name of up to three capitalised words: "Lagos", "Port Harcourt", "St. Louis". */
    private static final Pattern CITY_WORDS = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*){0,2}");

    /**
     * The first place from {@code from} on that is not an unlabelled mark (nor, with {@code volumeWords}, an
     * unlabelled "Vol." or "v."): where the next field starts.
     */
    static int nextField(List<Token> tokens, List<String> labels, int from, boolean volumeWords) {
        int k = from;
        while (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && (isPunctuation(tokens.get(k).text())
                || volumeWords && (VOLUME_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) || tokens.get(k).text().equals("v")))) {
            k++;
        }
        return k;
    }

    /**
     * Vancouver's "Geneva: WHO; 2020." and "London: Routledge; 2015.": words left outside every field between
     * the place and its colon and the year (after ";" or ","), when no publisher is labelled, are the publisher.
     */
    static List<String> publisherLeftAfterPlace(List<Token> tokens, List<String> labels) {
        if (labels.contains("publisher") || !labels.contains("publisher-place")) {
            return labels;
        }
        int n = tokens.size();
        for (int k = 1; k + 2 < n; k++) {
            if (!tokens.get(k).text().equals(":") || !labels.get(k - 1).equals("publisher-place")) {
                continue;
            }
            int j = k + 1;
            if (!Character.isUpperCase(tokens.get(j).text().codePointAt(0))) {
                return labels;
            }
            while (j < n && j - k <= LEFT_PUBLISHER_TOKENS && labels.get(j).equals(Labels.OTHER)
                    && !tokens.get(j).text().equals(";") && !tokens.get(j).text().equals(",")) {
                j++;
            }
            boolean beforeYear = j + 1 < n && j > k + 1 && labels.get(j).equals(Labels.OTHER)
                    && (tokens.get(j).text().equals(";") || tokens.get(j).text().equals(","))
                    && labels.get(j + 1).equals("date");
            return beforeYear && !tokens.get(j - 1).text().equals(".") ? relabelled(labels, k + 1, j - 1, "publisher") : labels;
        }
        return labels;
    }

    /**
     * APA's "Brown, A. (2021, June 3). How ports adapt. Brookings. https://…": the site's name of one to five
     * capitalised words, left outside every field between the title and the link, is the container.
     */
    static List<String> siteLeftBeforeLink(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title") || labels.contains("publisher")) {
            return labels;
        }
        int t = labels.lastIndexOf("title");
        int n = tokens.size();
        if (t >= 0 && t + 1 < n && tokens.get(t + 1).text().equals("[")) { // "Title [Tweet]. Twitter. https://…"
            int close = t + 2;
            while (close < n && close - t < 6 && labels.get(close).equals(Labels.OTHER) && !tokens.get(close).text().equals("]")) {
                close++;
            }
            t = close < n && tokens.get(close).text().equals("]") ? close : t;
        }
        if (t < 0 || t + 3 >= n || !tokens.get(t + 1).text().equals(".") || !labels.get(t + 1).equals(Labels.OTHER)) {
            return labels;
        }
        int e = t + 2;
        while (e < n && e - t - 2 < 5 && labels.get(e).equals(Labels.OTHER) && !tokens.get(e).text().equals(".")
                && (Character.isUpperCase(tokens.get(e).text().codePointAt(0)) || tokens.get(e).text().equals("&"))) {
            e++;
        }
        boolean beforeLink = e > t + 2 && e + 1 < n && tokens.get(e).text().equals(".") && labels.get(e + 1).equals("URL");
        return beforeLink ? relabelled(labels, t + 2, e - 1, "container-title") : labels;
    }

    /** GOST repeats the authors after "/" (the statement of responsibility); they are not editors or translators. */
    private static void dropStatementOfResponsibility(String text, Map<NameRole, List<Name>> names,
            Map<String, String> fields) {
        List<Name> authors = names.getOrDefault(NameRole.AUTHOR, List.of());
        if (authors.isEmpty() || !text.contains("/")) {
            return;
        }
        java.util.Set<String> families = new java.util.HashSet<>();
        authors.forEach(a -> families.add(a.family().toLowerCase(Locale.ROOT)));
        for (NameRole role : List.of(NameRole.EDITOR, NameRole.TRANSLATOR)) {
            List<Name> list = names.get(role);
            if (list != null) {
                List<Name> kept = list.stream().filter(n -> !families.contains(n.family().toLowerCase(Locale.ROOT))).toList();
                if (kept.isEmpty()) {
                    names.remove(role);
                    fields.remove(role.cslName());
                } else {
                    names.put(role, kept);
                }
            }
        }
    }

    /**
     * "Ibid., p. 12", "Ibidem", German "Ebd., S. 52", Italian "Ivi, p. 5", Polish "Tamże, s. 3", "Там же. С. 41": a note
     * that repeats the work of the note before it.
     */
    private static final Pattern REPEAT = Pattern.compile("(?iu)^(?:ibid(?:em)?\\.?|ibíd\\.?|ebd\\.?|ebenda\\.?|там\\s+же\\.?|там\\s+само\\.?"
            + "|ivi\\.?|ídem\\.?|tamże\\.?|tamze\\.?"
            // the Bluebook's "Id. at 585."; never the start of a name, "Ibidapo-Obe, O.", "Ivins, M."
            + "|id\\.(?=$|\\s+at\\s))(?!\\p{L})[\\s,.;:]*(.*?)\\.?$");
    /** "Brown, op. cit., 52", German "Schmidt, a.a.O., S. 50", "Иванов И. И. Указ. соч. С. 41", the Bluebook's "Sunstein, supra note 3, at 590": a note that repeats an earlier work by that author. */
    private static final Pattern EARLIER = Pattern.compile("(?iu)^(\\p{L}[\\p{L}'’ .-]{0,60}?)[,.]?\\s+(?:(?:op\\.\\s?cit|loc\\.\\s?cit|art\\.\\s?cit|ouvr\\.\\s?cit|ob\\.\\s?cit"
            + "|dz\\.\\s?cyt|a\\.\\s?a\\.\\s?o|указ\\.\\s?соч|зазнач\\.\\s?праця|cit)\\.|supra(?:\\s+note\\s+\\d{1,4})?)"
            + "[\\s,.;:]*(.*?)\\.?$");

    /**
     * The longest text read as one reference, in characters. The labelled references run to 900; a longer text is
     * several run together or none, and the rules' patterns grow slow (or overflow the stack) on such lengths.
     */
    public static final int MAX_LENGTH = 2000;

    /**
     * The record of one entry of a list or note sequence. An entry that only says "Ibid." (with perhaps
     * a page) repeats the work of the entry before it, and "Brown, op. cit., 52" the latest earlier work
     * whose first author is Brown: it gets that record, with its own source and its page, if it gives one,
     * as the locator, rather than a record of a work named "Ibid".
     *
     * @param earlier the records of the entries before, in order
     */
    public Item toItem(String entry, Source source, List<Item> earlier) {
        if (entry.length() > MAX_LENGTH) {
            return Item.builder(ItemType.DOCUMENT).addSource(source).addWarning("not parsed: " + entry.length()
                    + " characters is longer than any one reference (several run together, or no reference)").build();
        }
        try {
            return readItem(entry, source, earlier);
        } catch (StackOverflowError e) {
            // a thread with a small stack: the patterns recurse once per repeated name, and a long entry of
            // names ran out of it; the entry is kept unread rather than the whole run lost
            return Item.builder(ItemType.DOCUMENT).addSource(source)
                    .addWarning("not parsed: its " + entry.length() + " characters ran out of the thread's stack").build();
        }
    }

    private Item readItem(String entry, Source source, List<Item> earlier) {
        String text = NUMBER.matcher(entry.strip()).replaceFirst("").strip();
        Matcher repeat = REPEAT.matcher(text);
        if (!earlier.isEmpty() && repeat.matches()) {
            return repeated(earlier.get(earlier.size() - 1), source, repeat.group(1));
        }
        Matcher cited = EARLIER.matcher(text);
        if (cited.matches()) {
            String who = Names.parseList(cited.group(1)).stream().findFirst()
                    .map(n -> n.isLiteral() ? n.literal() : n.family()).orElse("");
            for (int i = earlier.size() - 1; i >= lookBackEnd(earlier) && !who.isEmpty(); i--) {
                List<Name> authors = earlier.get(i).authors();
                if (!authors.isEmpty() && who.equalsIgnoreCase(authors.get(0).isLiteral() ? authors.get(0).literal()
                        : authors.get(0).family())) {
                    return repeated(earlier.get(i), source, cited.group(2));
                }
            }
        }
        Optional<Matcher> shortNote = shortNote(text);
        if (shortNote.isPresent()) {
            Optional<Item> work = earlierWork(earlier, shortNote.get().group(1), shortNote.get().group(2));
            if (work.isPresent()) {
                return repeated(work.get(), source, shortNote.get().group(3));
            }
        }
        Matcher same = SAME_AUTHORS.matcher(text);
        List<Name> before = earlier.isEmpty() ? List.of() : earlier.get(earlier.size() - 1).authors();
        if (same.lookingAt()) {
            return before.isEmpty() ? withoutDittoAuthors(same.group(), text.substring(same.end()), source)
                    : withAuthorsOf(before, text.substring(same.end()), source);
        }
        if (!before.isEmpty() && LOST_DITTO.matcher(text).lookingAt()) {
            // ". 2003. Book Two.": the dash went missing from the PDF's text, the punctuation after it stayed
            return withAuthorsOf(before, text, source);
        }
        Optional<java.util.regex.MatchResult> second = secondWorkSignal(entry);
        if (second.isPresent()) {
            // the record is the note's first work; its source keeps the whole note
            return toItem(parse(entry.substring(0, second.get().start()) + "."), source);
        }
        return toItem(parse(entry), source);
    }

    /**
     * "———." (Chicago) or "---." (MLA) in place of the authors: the authors of the entry before. The
     * entry is read with the first of them written out, so that the labeller meets an ordinary reference,
     * and that name then stands for all of them; co-authors added after the dash ("———, and Max Brod.")
     * are kept. The American Meteorological Society's style gives a dash to each name it repeats, in its place:
     * after "Elsner, J. B., T. H. Jagger, and X. Niu, 2000: …", "——, and T. H. Jagger, 2006: …" repeats the first
     * name only (the co-author after the dash is the entry before's second), "——, ——, and X. Niu, 2001: …" the
     * first two, and "——, ——, and ——, 2007: …" the first three.
     */
    private Item withAuthorsOf(List<Name> before, String rest, Source source) {
        Matcher more = MORE_DASHES.matcher(rest);
        int dashes = 1 + (more.lookingAt() ? (int) more.group().chars().filter(c -> c == ',').count() : 0);
        if (dashes > 1 && dashes <= before.size()) {
            rest = rest.substring(more.end()); // the names the dashes stand for come back below, from the entry before
        } else {
            dashes = 1;
        }
        Name first = before.get(0);
        String written = first.isLiteral() ? first.literal()
                : first.given().isEmpty() ? first.family() : first.family() + ", " + first.given();
        Item item = toItem(parse(written + rest), source);
        for (NameRole role : List.of(NameRole.AUTHOR, NameRole.EDITOR)) {
            List<Name> names = item.names(role);
            if (!names.isEmpty() && names.get(0).equals(first)) {
                List<Name> added = names.subList(1, names.size());
                int repeated = dashes > 1 ? dashes : added.isEmpty() ? before.size() : placeAmong(before, added.get(0));
                List<Name> all = new java.util.ArrayList<>(before.subList(0, repeated));
                all.addAll(added);
                return item.toBuilder().names(role, all).build();
            }
        }
        return item;
    }

    /** More dashes after the first, each for one more name of the entry before: ", ——" in "——, ——, and X. Niu". */
    private static final Pattern MORE_DASHES = Pattern.compile("(?:\\s*,\\s*(?:(?:and|&)\\s+)?(?:[—―]+|-{2,}|–{2,}|_{2,})(?=\\s*[,.(]))+");

    /**
     * How many names of the entry before a single dash stands for, when {@code added} is named after it: those before
     * {@code added}'s place among them ("——, and T. H. Jagger" after "Elsner, J. B., T. H. Jagger, …": one), or else the
     * first alone ("——, A. W. Robertson, …" after "Camargo, S. J., K. A. Emanuel, and A. H. Sobel"), as Chicago's and
     * MLA's dash stands for a whole list of names and no part of one ("———, and Max Brod" after "Kafka, Franz.").
     */
    private static int placeAmong(List<Name> before, Name added) {
        for (int i = 1; i < before.size(); i++) {
            Name b = before.get(i);
            if (!b.isLiteral() && !added.isLiteral() && b.family().equalsIgnoreCase(added.family())) {
                return i;
            }
        }
        return 1;
    }

    /**
     * A ditto's dashes with no entry before them to take the authors from (a reference given alone, or the first of a
     * list): the entry is read with a stand-in name in their place, so that the labeller meets an ordinary reference
     * and does not read the title's first words as names, and the record has no author, only what follows the dashes
     * ("———, and Max Brod."), with a warning that names the dashes.
     */
    private Item withoutDittoAuthors(String dashes, String rest, Source source) {
        Name standIn = Name.of("Smith", "John");
        Item item = withAuthorsOf(List.of(standIn), rest, source);
        Item.Builder b = item.toBuilder();
        for (NameRole role : NameRole.values()) {
            List<Name> names = new java.util.ArrayList<>(item.names(role));
            if (names.remove(standIn)) {
                b.names(role, names);
            }
            if (!rest.contains("Smith") && names.stream().anyMatch(name -> (name.family() + " " + name.given() + " "
                    + name.literal()).contains("Smith"))) {
                // the stand-in read into another name: it must not reach the record, so the entry is read as printed
                b = toItem(parse(dashes + rest), source).toBuilder();
                break;
            }
        }
        return b.addWarning("missing authors: '" + dashes + "' stands for the authors of an entry before it, and none was given")
                .build();
    }

    /**
     * The earlier work that a note names in short after its first one ("…: 201–20; see also Byers,
     * International Law and the Arctic, 155."), among {@code earlier}, the records of the entries before it.
     */
    static Optional<Item> secondWork(String entry, List<Item> earlier) {
        return secondWorkSignal(entry).flatMap(signal -> shortNote(entry.substring(signal.end())))
                .flatMap(m -> earlierWork(earlier, m.group(1), m.group(2)));
    }

    /** The signal ("; see also", "; cf.") before a note's second work, past the first quarter of the note. */
    private static Optional<java.util.regex.MatchResult> secondWorkSignal(String entry) {
        Matcher second = SECOND_WORK.matcher(entry);
        return second.find() && second.start() > entry.length() / 4 ? Optional.of(second.toMatchResult()) : Optional.empty();
    }

    /**
     * Chicago's short note, "Wood, Origin of Capitalism, 50." or "Darnton, “History of Books,” 67.": author,
     * title, page; not a sentence ("The exception, as noted, 5.").
     */
    private static final Pattern SHORT_NOTE = Pattern.compile(
            "^(?!(?:The|A|An|This|That|These|Those|It|In|On|For|But|And|As|We|Our|Here)\\b)(\\p{Lu}[\\p{L}'’ .-]{1,60}?),\\s+[\"“]?(\\p{L}[^\"“”]{2,150}?)[,.]?[\"”]?,?\\s+((?:pp?\\.\\s*)?\\d+(?:\\s*[-–]\\s*\\d+)?)\\.?$");

    /** The parts of a short note (author, title, page) when {@code entry}, its number aside, is one. */
    static Optional<Matcher> shortNote(String entry) {
        String text = NUMBER.matcher(entry.strip()).replaceFirst("").strip();
        if (text.length() >= 240 || !endsWithDigit(text)) {
            return Optional.empty(); // the pattern backtracks on long entries
        }
        Matcher m = SHORT_NOTE.matcher(text);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /**
     * The latest earlier work whose first author has the family name {@code who} ends with and whose title
     * holds {@code shortTitle}, Chicago's key words of it (letters and digits compared, case and a leading
     * article ignored).
     */
    private static Optional<Item> earlierWork(List<Item> earlier, String who, String shortTitle) {
        String family = who.strip().replaceFirst("^.*\\s", "");
        String wanted = comparable(shortTitle);
        if (wanted.length() < 3) {
            return Optional.empty();
        }
        for (int i = earlier.size() - 1; i >= lookBackEnd(earlier); i--) {
            Item item = earlier.get(i);
            List<Name> authors = item.authors();
            if (authors.isEmpty() || !family.equalsIgnoreCase(authors.get(0).isLiteral() ? authors.get(0).literal()
                    : authors.get(0).family())) {
                continue;
            }
            if (comparable(item.get(Field.TITLE).orElse("")).contains(wanted)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /**
     * How far back a note looks for the work it repeats: the last 2,000 entries. A notes list is seldom longer,
     * and without a bound a file of many thousands of references, each a possible short note, took time that
     * grew with the square of its length (50,000 lines: 40 s, most of it in this search).
     */
    private static int lookBackEnd(List<Item> earlier) {
        return Math.max(0, earlier.size() - LOOK_BACK);
    }

    private static final int LOOK_BACK = 2_000;

    /** A title's letters and digits in lower case, without a leading article. */
    private static String comparable(String title) {
        return title.toLowerCase(Locale.ROOT).replaceFirst("^\\W*(?:the|a|an)\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * The dashes or rules that stand for the authors of the entry before, "———", "——", "---", "–––", "___", and the words
     * that do: Latin's "Idem", "Eadem", "Iidem", "Eaedem", "Ead." and German's "Ders.", "Dies.", "Derselbe", "Dieselbe"
     * ("Id." alone is left out: in legal citations it is "ibid.").
     */
    private static final Pattern SAME_AUTHORS = Pattern.compile("^(?:[—―]+|-{2,}|–{2,}|_{2,}"
            + "|(?:Idem|IDEM|Eadem|EADEM|Iidem|Eaedem|Ead|Ders|Dies|Derselbe|Dieselbe)(?=\\s*[.,:]))(?=\\s*[.,(:])");

    private static final Pattern LOST_DITTO = Pattern.compile(EntryOpenings.LOST_DITTO);

    /**
     * Whether {@code span}, the authors read at the entry's start, is words in Latin letters without a comma or an
     * initial ("National Nurses United", "SR Research", not "Smith JA" nor "J. Smith"), and then a full stop and a date
     * in brackets, as APA prints an organisation: "National Nurses United. (n.d.).", "Zeitz MOCAA [@zeitzmocaa]. (2018,
     * November 26).". A person's name written given name first has no full stop there: "Simon Haykin (1999).".
     */
    private static boolean organisationBeforeItsDate(String text, String span) {
        String name = span.strip();
        if (name.indexOf(',') >= 0 || name.indexOf(' ') < 0 || !text.startsWith(name) || INITIAL.matcher(name).find()
                || VANCOUVER_INITIALS_AT_END.matcher(name).find() || !LATIN_WORDS.matcher(name).matches()) {
            return false;
        }
        return DATE_AFTER_NAME.matcher(text).region(name.length(), text.length()).lookingAt();
    }

    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\.");
    private static final Pattern VANCOUVER_INITIALS_AT_END = Pattern.compile("\\s\\p{Lu}{1,3}$");
    private static final Pattern LATIN_WORDS = Pattern.compile("[\\p{IsLatin}\\d\\s&'’.;-]+");
    /** ". (2019).", ". (n.d.)", " [@BadlandsNPS]. (2018, February 26)": APA's date after the authors' full stop. */
    private static final Pattern DATE_AFTER_NAME = Pattern.compile("(?:\\.\\s|\\s\\[[^\\]]{1,40}]\\.\\s)" + EntryOpenings.BRACKETED_DATE);
    /** APA's descriptions of a visual work, lower-cased. */
    private static final Pattern GRAPHIC_WORK = Pattern.compile("painting|photographs?|photograph series|lithograph|sculpture|clip art|drawing|artwork");

    /** An earlier entry's record again, with this entry's source and its own locator, if it gives one. */
    private static Item repeated(Item work, Source source, String locator) {
        Item.Builder again = work.toBuilder().sources(List.of(source));
        String place = locator.strip();
        if (place.startsWith("at ")) {
            place = place.substring(3).strip(); // the Bluebook's "Id. at 585"
        }
        if (!place.isEmpty()) {
            again.set(Field.LOCATOR, place); // a bare "Ibid." cites the same place as the note before
        }
        return again.build();
    }

    /**
     * A short citation in author–date form, as a note or a list of citations gives it before the list of the works it
     * cites (Wikipedia's "Citations" over "Sources"): "Smith 2010, p. 5.", "Jones & Brown 2018, pp. 12–14.", "Lee et al.
     * (2015), 7." Group 1 the authors, 2 the year, 3 the place cited.
     */
    private static final Pattern SHORT_AUTHOR_DATE = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+(?:\\s(?:&|and)\\s\\p{Lu}[\\p{L}'’-]+"
            + "|\\set\\sal\\.)?),?\\s\\(?((?:1[5-9]|20)\\d\\d)[a-z]?\\)?(?:[,:]\\s*((?:pp?\\.\\s*)?\\d+(?:\\s*[-–]\\s*\\d+)?))?\\.?$");

    /**
     * The record of the work that {@code entry}, a short citation in author–date form ({@link #SHORT_AUTHOR_DATE}), cites
     * among {@code records}, the records of the document's entries (before or after it): the one full record, with a
     * title, whose first author and year agree (and second author, when two are named); with its own source and the
     * place cited as the locator. Empty when the entry is no such citation or no one record agrees.
     */
    public Optional<Item> citedInShort(String entry, Source source, List<Item> records) {
        String text = NUMBER.matcher(entry.strip()).replaceFirst("").strip();
        if (text.length() > 80 || text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return Optional.empty();
        }
        Matcher m = SHORT_AUTHOR_DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] names = m.group(1).replace(" et al.", "").split("\\s(?:&|and)\\s");
        int year = Integer.parseInt(m.group(2));
        Item found = null;
        for (Item r : records) {
            List<Name> authors = r.authors();
            if (r.title().isEmpty() || authors.size() < names.length || r.issued().map(DateParts::year).orElse(0) != year) {
                continue;
            }
            boolean agree = true;
            for (int k = 0; k < names.length && agree; k++) {
                Name a = authors.get(k);
                agree = names[k].equalsIgnoreCase(a.isLiteral() ? a.literal() : a.family());
            }
            if (agree) {
                if (found != null && found != r) {
                    return Optional.empty(); // two works of that author and year: "Smith 2010" names neither alone
                }
                found = r;
            }
        }
        return Optional.ofNullable(found).map(work -> repeated(work, source, m.group(3) == null ? ""
                : PAGE_ABBREVIATION.matcher(m.group(3)).replaceFirst("")));
    }

    /** A series' name and the work's number in it: "Lecture Notes in Computer Science 2345", "…, vol. 17". */
    private static final Pattern SERIES_NUMBER = Pattern.compile(
            "(?iu)^(.*?\\p{L}.*?)[,;:]?\\s+(?:(?:vols?|v|no|nr|n°|№|вып|т)\\.?\\s*)?(\\d{1,4})$");

    /** The parsed reference as a record, with its source. */
    public Item toItem(Parsed p, Source source) {
        Map<String, String> f = p.fields();
        Matcher number = NUMBER.matcher(p.raw());
        Matcher standard = standardAt(Markup.strip(number.lookingAt() ? p.raw().substring(number.end()) : p.raw()));
        ItemType type = standard != null ? ItemType.STANDARD : type(p);
        Item.Builder b = Item.builder(type).addSource(source);
        p.names().forEach(b::names);
        p.etAl().forEach(role -> b.etAl(role, true));
        String title = f.get("title");
        if (type == ItemType.LEGISLATION && title != null && title.startsWith("Российская Федерация.")) {
            // GOST 7.0.100-2018's heading before an act, "Российская Федерация. Законы. О морских портах …": no part of its title
            title = RUSSIAN_ACTS_HEADING.matcher(title).replaceFirst("");
        }
        b.set(Field.TITLE, title);
        b.set(Field.CONTAINER_TITLE, f.get("container-title"));
        String series = f.get("collection-title");
        Matcher numbered = series == null ? null : SERIES_NUMBER.matcher(series);
        if (numbered != null && numbered.matches()) {
            // "Research in Transportation Economics 17": the series and the work's number in it
            b.set(Field.COLLECTION_TITLE, numbered.group(1));
            b.set(Field.COLLECTION_NUMBER, numbered.group(2));
        } else {
            b.set(Field.COLLECTION_TITLE, series);
        }
        b.set(Field.VOLUME, f.get("volume"));
        b.set(Field.ISSUE, f.get("issue"));
        boolean pageIsLocator = !p.locator().isEmpty() && f.getOrDefault("page", "").equals(PAGE_ABBREVIATION.matcher(p.locator()).replaceFirst(""));
        if (f.containsKey("page") && !pageIsLocator && isPageCount(p.raw(), f)) {
            b.set(Field.NUMBER_OF_PAGES, f.get("page").strip()); // "Basic Books, 1997. 223 p.": the book's length
        } else {
            b.set(Field.PAGE, f.containsKey("page") && !pageIsLocator ? pages(f.get("page")) : null);
        }
        b.set(Field.LOCATOR, p.locator().isEmpty() ? null : p.locator());
        b.set(Field.NUMBER_OF_PAGES, f.getOrDefault("number-of-pages", b.get(Field.NUMBER_OF_PAGES).orElse(null)));
        arxiv(p.raw()).ifPresent(id -> b.set(Field.NUMBER, "arXiv:" + id));
        b.set(Field.NUMBER, f.getOrDefault("number", b.get(Field.NUMBER).orElse(null)));
        if (b.get(Field.PAGE).isEmpty() && !f.containsKey("number") && f.containsKey("container-title") && p.raw().contains("rticle")) {
            // APA 7's "Ocean Engineering, 220, Article 108456": an article numbered in place of pages
            Matcher article = ARTICLE_NUMBER.matcher(p.raw());
            if (article.find()) {
                b.set(Field.NUMBER, article.group(1));
            }
        }
        b.set(Field.EDITION, f.containsKey("edition") ? editionNumber(f.get("edition")) : null);
        if (f.containsKey("institution") && f.containsKey("publisher") && REPOSITORY.matcher(f.get("publisher")).find()
                && THESIS_GENRE.matcher(f.getOrDefault("genre", "").toLowerCase(Locale.ROOT)).find()) {
            b.set(Field.PUBLISHER, f.get("institution")); // a thesis's university; the publisher named after it holds it
            b.set(Field.ARCHIVE, f.get("publisher"));
        } else {
            b.set(Field.PUBLISHER, f.getOrDefault("publisher", f.get("institution")));
        }
        if (f.containsKey("archive")) {
            b.set(Field.ARCHIVE, f.get("archive"));
        }
        if (type == ItemType.PAPER_CONFERENCE && !f.containsKey("container-title") && f.containsKey("publisher")
                && PRESENTATION.matcher(f.getOrDefault("genre", "").toLowerCase(Locale.ROOT)).matches()) {
            // "… [Paper presentation]. International Harbour Congress, Antwerp, Belgium.": the meeting, read as a publisher
            b.set(Field.CONTAINER_TITLE, f.get("publisher"));
            b.set(Field.PUBLISHER, null);
        }
        if ((type == ItemType.DATASET || type == ItemType.SOFTWARE) && b.get(Field.PUBLISHER).isEmpty() && f.containsKey("container-title")
                && f.containsKey("title")
                && !f.containsKey("volume") && !f.containsKey("issue") && !f.containsKey("page")) {
            // "[Data set]. Zenodo.": the repository that publishes a dataset or software, as APA and Zotero have it
            b.set(Field.PUBLISHER, f.get("container-title"));
            b.set(Field.CONTAINER_TITLE, null);
        }
        boolean ukrainian = isCyrillic(p.raw()) && Languages.isUkrainian(p.raw());
        b.set(Field.PUBLISHER_PLACE, f.containsKey("publisher-place") ? place(f.get("publisher-place"), ukrainian) : null);
        if (type == ItemType.THESIS && !f.containsKey("publisher-place") && f.containsKey("publisher") && isThesisCity(f.get("publisher"))) {
            // "… / Кузнецов К. К. ; МГСУ. — Москва, 2012.": the thesis's city, read as its publisher
            b.set(Field.PUBLISHER, null);
            b.set(Field.PUBLISHER_PLACE, place(f.get("publisher"), ukrainian));
        }
        String genre = f.get("genre");
        // Nature's "Preprint at https://…": the genre without the word that leads on to the link
        b.set(Field.GENRE, genre != null && genre.endsWith(" at") && genre.length() > 3 ? genre.substring(0, genre.length() - 3) : genre);
        b.set(Field.SECTION, f.get("section"));
        b.set(Field.AUTHORITY, f.get("authority"));
        if (standard != null) {
            b.set(Field.NUMBER, standard.group(1));
            b.set(Field.AUTHORITY, standard.group(2).equals("RFC") ? null : standard.group(2)); // an RFC's body is not printed
        }
        b.set(Field.DOI, f.containsKey("DOI") ? Dois.clean(f.get("DOI")) : Dois.findFirst(p.raw()).orElse(null));
        b.set(Field.URL, f.get("URL"));
        b.set(Field.ISBN, f.containsKey("ISBN") ? f.get("ISBN").replaceFirst("(?i)^isbn:?\\s*", "").replaceAll("[—–]", "-") : null);
        identifiers(p.raw(), b);
        b.set(Field.VERSION, f.get("version"));
        if (type == ItemType.REPORT && b.get(Field.NUMBER).isPresent() && b.get(Field.NUMBER).equals(b.get(Field.ISSUE))) {
            b.set(Field.ISSUE, null); // "OECD Trade Policy Papers, No. 245": the report's number in its series, once
        }
        b.set(Field.LICENSE, f.get("license"));
        String note = f.get("note");
        // "(in press)", "(forthcoming)": printed where the date goes, or after the host; CSL's status, not a note
        Optional<String> noteStatus = FieldRules.statusAlone(note);
        noteStatus.or(() -> FieldRules.statusAlone(f.get("date"))).ifPresent(status -> b.set(Field.STATUS, status));
        if (noteStatus.isPresent()) {
            note = null;
        }
        // "available at" whose link was lost is flagged below as incomplete, not kept as a note
        if (f.containsKey("date") && FieldRules.statusAlone(f.get("date")).isEmpty()) {
            Matcher reissue = REISSUE.matcher(f.get("date").strip());
            if (reissue.matches()) { // "(1962/2012)": first published 1962, cited in the edition of 2012
                boolean slash = reissue.group(2) != null;
                b.issued(DateParts.ofYear(Integer.parseInt(slash ? reissue.group(2) : reissue.group(3))));
                b.originalDate(DateParts.ofYear(Integer.parseInt(slash ? reissue.group(1) : reissue.group(4))));
            } else {
                Dates.parse(fullerDate(p.raw(), f.get("date"), f.get("title"))).ifPresent(b::issued);
            }
        }
        if (p.raw().contains("riginal") || p.raw().contains("ublished")) {
            // APA's "(Original work published 1923)", Chicago's "First published 1923.": when the work first appeared
            Matcher original = ORIGINALLY_PUBLISHED.matcher(p.raw());
            if (original.find()) {
                b.originalDate(DateParts.ofYear(Integer.parseInt(original.group(1))));
            }
        }
        Matcher accessed = ACCESSED.matcher(p.raw());
        Optional<DateParts> accessDate = accessed.find() ? Dates.parse(accessed.group(1))
                : f.containsKey("accessed") ? Dates.parse(f.get("accessed")) : Optional.empty(); // GB/T 7714's "[2020-03-01]"
        if (accessDate.isEmpty() && p.raw().contains("cited")) {
            Matcher cited = CITED_DATE.matcher(p.raw());
            accessDate = cited.find() ? Dates.parse(cited.group(1)) : Optional.empty();
        }
        accessDate.ifPresent(b::accessed);
        if (type == ItemType.LEGISLATION && b.get(Field.NUMBER).isEmpty() && title != null && title.indexOf('№') > 0) {
            Matcher actNumber = ACT_NUMBER.matcher(title); // "… : Федеральный закон № 261-ФЗ": the act's number
            if (actNumber.find()) {
                b.set(Field.NUMBER, actNumber.group(1));
            }
        }
        if (type == ItemType.LEGISLATION && !f.containsKey("date") && f.containsKey("title")) {
            // an act dated in its title only, "… утв. распоряжением Правительства РФ от 28.09.2012": that date is the act's
            Dates.parse(f.get("title")).filter(d -> d.day() > 0).ifPresent(b::issued);
        }
        // nor an access statement, "[Accessed 3 March 2020]", once it is read as the accessed date
        b.set(Field.NOTE, note == null || LOST_LINK.matcher(note).matches() || note.equalsIgnoreCase(f.get("genre")) ? null
                : accessDate.isPresent() ? withoutAccessStatements(note) : note); // "[Press release]" is the genre alone
        if (isCyrillic(p.raw())) {
            b.set(Field.LANGUAGE, ukrainian ? "uk" : "ru");
        } else {
            ReferenceWords.printedLanguage(p.raw()).ifPresent(code -> b.set(Field.LANGUAGE, code));
        }
        String trimmed = p.raw().strip();
        if (LOST_LINK.matcher(trimmed).find()) {
            b.addWarning("incomplete: URL missing after '" + trimmed.replaceAll(
                    "(?s).*?((?iu:available|retrieved|режим|url|disponib|disponív|verfügbar|abrufbar|beschikbaar|dostępn|recuperado)[^,]*)$", "$1") + "'");
        }
        if (f.get("title") == null) {
            b.addWarning("missing title: no title recognised in this reference");
        }
        return b.build();
    }

    /** Reference works by the words of their names ("Encyclopaedia Britannica", "Oxford English Dictionary"). */
    private static final Pattern ENCYCLOPEDIA = Pattern.compile("encyclop|dictionary|wikipedia|энциклопед|словар|википеди");
    /** A news service's name, "BBC News", "Reuters", "RIA Novosti": a newspaper's kind when a story's day is given. */
    private static final Pattern NEWS_SERVICE = Pattern.compile("(?iU)\\b(?:news|reuters|associated press|bloomberg|"
            + "novosti|интерфакс|тасс|риа)\\b");
    /** A day in a date: a number of one or two digits beside a month or a year ("May 25, 2019", "25 May 2019"). */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");
    /** An arXiv identifier as printed: "arXiv:1706.03762", "arXiv:hep-th/9802109", "arxiv.org/abs/1810.04805". */
    private static final Pattern ARXIV = Pattern.compile("(?i)(?:\\barxiv\\s*:\\s*|arxiv\\.org/abs/)"
            + "(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z][a-z.-]*(?:\\.[a-z]{2})?/\\d{7}(?:v\\d+)?)");

    private static final Pattern ISSN = Pattern.compile("\\bISSN\\s*:?\\s*(\\d{4})\\s*[-–]\\s*(\\d{3}[\\dXx])\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMID = Pattern.compile("\\bPMID\\s*:?\\s*(\\d{1,9})\\b");
    /** "PMCID: PMC3218662", and Wikipedia's "PMC 3218662". */
    private static final Pattern PMCID = Pattern.compile("\\bPMC(?:ID\\s*:?\\s*(?:PMC\\s*)*|\\s?)(\\d{3,9})\\b");

    /**
     * The ISSN and PubMed identifiers a reference prints ("PMID: 20847270", "PMCID: PMC3218662", "ISSN:
     * 1465-6914"), which no labelled field holds: kept in the record rather than lost.
     */
    private static void identifiers(String raw, Item.Builder b) {
        if (raw.indexOf('I') < 0 && raw.indexOf('i') < 0) {
            return; // every mark holds an "I"
        }
        Matcher issn = ISSN.matcher(raw);
        if (issn.find()) {
            b.set(Field.ISSN, issn.group(1) + "-" + issn.group(2).toUpperCase(Locale.ROOT));
        }
        Matcher pmid = raw.contains("PMID") ? PMID.matcher(raw) : null;
        if (pmid != null && pmid.find()) {
            b.set(Field.PMID, pmid.group(1));
        }
        Matcher pmcid = raw.contains("PMC") ? PMCID.matcher(raw) : null;
        if (pmcid != null && pmcid.find()) {
            b.set(Field.PMCID, "PMC" + pmcid.group(1));
        }
    }

    /**
     * An old-style arXiv identifier printed without its "arXiv:" mark, as physics lists print it: "… (2001).
     * [hep-th/0011193]." Only the archives' own names, so that no other path with seven digits is taken for one.
     */
    private static final Pattern ARXIV_BARE = Pattern.compile("(?<![\\w/.-])((?:hep-(?:th|ph|ex|lat)|gr-qc|astro-ph"
            + "|cond-mat|quant-ph|nucl-(?:th|ex)|math-ph|nlin|chao-dyn|solv-int)(?:\\.[A-Za-z]{2})?/\\d{7}(?:v\\d+)?)(?![\\w/])");

    /**
     * The arXiv identifier a reference prints, which CSL keeps as the number ("arXiv:1706.03762"), as Zotero does;
     * also an old-style one printed bare ("[hep-th/0011193]").
     */
    static Optional<String> arxiv(String raw) {
        if (raw.indexOf('v') >= 0 || raw.indexOf('V') >= 0) {
            Matcher m = ARXIV.matcher(raw);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        if (raw.indexOf('/') < 0) {
            return Optional.empty();
        }
        Matcher bare = ARXIV_BARE.matcher(raw);
        return bare.find() ? Optional.of(bare.group(1)) : Optional.empty();
    }

    /**
     * "Официальный сайт Росморречфлота [Электронный ресурс]. URL: …": a Russian entry too short for the GOST
     * reader (one area after the title) keeps its medium designation in the labelled title; it names no part of
     * the work (the record's type says it is online). So do Vancouver's "[Internet]" and IEEE's "[Online]".
     */
    private static void designationsLeftInTitles(Map<String, String> fields) {
        for (String field : List.of("title", "container-title")) {
            String value = fields.get(field);
            String bare = value != null && value.indexOf('[') >= 0 ? GostParser.withoutDesignations(value) : value;
            if (bare != null && !bare.equals(value)) { // other brackets, "[Russian Arctic in a changing world]", stay
                String without = SpanText.clean(bare);
                if (without.isEmpty()) {
                    fields.remove(field);
                } else {
                    fields.put(field, without);
                }
            }
        }
    }

    /** A meeting's acronym and year, "ESOP 2019", "CSF 2021", "CHI '19": the name of proceedings printed short. */
    private static final Pattern MEETING_SHORT_NAME = Pattern.compile("\\p{Lu}[\\p{L}&-]*\\p{Lu}[\\p{L}&-]*\\s(?:(?:19|20)\\d\\d|['’]\\d\\d)");

    /** GOST's designation of an online resource, "[Электронный ресурс]" or (GOST 2018) "Текст : электронный". */
    /** A host named as a website, lower-case: GOST's "Росморречфлот : офиц. сайт", "official website", "портал". */
    private static final Pattern WEBSITE = Pattern.compile("офиц\\. сайт|официальный сайт|(?:^|\\s)сайт\\b|портал|офіційний сайт"
            + "|official (?:web ?site|site)|\\bwebsite\\b");

    private static boolean isElectronic(String lowerCaseRaw) {
        return lowerCaseRaw.contains("электронный ресурс") || lowerCaseRaw.contains(": электронный");
    }

    private static final Map<String, ItemType> GBT_TYPES = Map.ofEntries(Map.entry("J", ItemType.ARTICLE_JOURNAL),
            Map.entry("J/OL", ItemType.ARTICLE_JOURNAL), Map.entry("M", ItemType.BOOK), Map.entry("M/OL", ItemType.BOOK),
            Map.entry("D", ItemType.THESIS), Map.entry("C", ItemType.PAPER_CONFERENCE), Map.entry("N", ItemType.ARTICLE_NEWSPAPER),
            Map.entry("N/OL", ItemType.ARTICLE_NEWSPAPER), Map.entry("R", ItemType.REPORT), Map.entry("S", ItemType.STANDARD),
            Map.entry("P", ItemType.PATENT), Map.entry("EB/OL", ItemType.WEBPAGE), Map.entry("DB/OL", ItemType.DATASET));

    /** The codes of United States law and regulation that {@link LegalCitations} reads as a statute's container. */
    private static final Set<String> US_CODES = Set.of("U.S.C.", "U.S.C.A.", "U.S.C.S.", "C.F.R.");

    /**
     * Whether "in" (or "in:") stands outside the title in the lower-cased reference, where it opens a host: "… 1990.
     * In: Smith (ed.) …". The word inside the title, "Silt in tidal harbours", opens none.
     */
    private static boolean inMarkOutsideTitle(String raw, String title) {
        Matcher m = IN_MARK.matcher(raw);
        String t = title.toLowerCase(Locale.ROOT);
        int start = t.length() < 4 ? -1 : raw.indexOf(t);
        while (m.find()) {
            if (start < 0 || m.start() <= start || m.start() >= start + t.length()) { // "In" opening it opens a host read as the title
                return true;
            }
        }
        return false;
    }

    private static ItemType type(Parsed p) {
        Map<String, String> f = p.fields();
        if (f.containsKey("institution") && !f.containsKey("publisher")) { // the issuer, for the rules below
            f = new HashMap<>(f);
            f.put("publisher", f.get("institution"));
        }
        String raw = p.raw().toLowerCase(Locale.ROOT);
        if (!f.containsKey("container-title") && !f.containsKey("publisher") && arxiv(p.raw()).isPresent()) {
            return ItemType.ARTICLE; // a preprint: CSL's "article", as Zotero exports arXiv items
        }
        if (LAW_TITLE.matcher(f.getOrDefault("title", "")).find() || NationalActs.opensWithAnActsKind(f.getOrDefault("title", ""))) {
            return ItemType.LEGISLATION;
        }
        if (US_CODES.contains(f.getOrDefault("container-title", "")) || f.getOrDefault("number", "").startsWith("Pub. L.")) {
            return ItemType.LEGISLATION; // a statute by its place in the United States Code or the Statutes at Large
        }
        if (LegalCitations.TREATY_SERIES.contains(f.getOrDefault("container-title", "")) && !f.containsKey("author")) {
            return ItemType.TREATY;
        }
        String title = f.getOrDefault("title", "");
        if (f.containsKey("authority") || (title.contains(" v. ") && f.containsKey("volume") || title.contains(" v ") && p.raw().contains("["))
                && !f.containsKey("author") && f.containsKey("container-title") && f.containsKey("page")) {
            return ItemType.LEGAL_CASE; // as LegalCitations reads it: the parties, a reporter's volume and page
        }
        Matcher gbt = p.raw().indexOf('[') >= 0 ? GBT_TYPE_MARK.matcher(p.raw()) : null;
        if (gbt != null && gbt.find()) {
            return GBT_TYPES.get(gbt.group(1));
        }
        String container = f.getOrDefault("container-title", "").toLowerCase(Locale.ROOT);
        String genre = f.getOrDefault("genre", "").toLowerCase(Locale.ROOT);
        if (THESIS_GENRE.matcher(genre).find() || THESIS_RAW.matcher(raw).find()
                || raw.contains("дис.") || raw.contains("диссертаци")) { // GOST 2018 spells it out: "диссертация на соискание …"
            return ItemType.THESIS;
        }
        if (REPORT_GENRE.matcher(genre).find() || f.containsKey("number") && !f.containsKey("container-title")) {
            return ItemType.REPORT;
        }
        if (ENCYCLOPEDIA.matcher(container).find()) {
            return ItemType.ENTRY_ENCYCLOPEDIA;
        }
        if (genre.contains("patent")) {
            return ItemType.PATENT;
        }
        if (genre.equals("data set") || genre.equals("dataset")) {
            return ItemType.DATASET;
        }
        if (genre.endsWith("software") || f.containsKey("version") && PACKAGE.matcher(p.raw()).find()) {
            return ItemType.SOFTWARE; // also "R package version 0.2.1"
        }
        if (genre.startsWith("unpublished manuscript") || genre.startsWith("manuscript ") || genre.equals("unpublished raw data")) {
            return ItemType.MANUSCRIPT; // APA's "[Unpublished manuscript]. Department of …, University of …"
        }
        if (!genre.isEmpty() && PRESENTATION.matcher(genre).matches()) {
            return ItemType.PAPER_CONFERENCE; // "[Paper presentation]. International Harbour Congress, Antwerp.": a talk at a meeting
        }
        if (genre.contains("podcast") || genre.startsWith("tv ") || genre.startsWith("television ") || genre.startsWith("radio ")) {
            return ItemType.BROADCAST; // "[Audio podcast episode]", "[TV series episode]": CSL's broadcast
        }
        if (genre.startsWith("blog")) {
            return ItemType.POST_WEBLOG; // APA's "[Blog post]"
        }
        if (genre.equals("tweet") || genre.endsWith("facebook post") || genre.equals("online forum post")
                || genre.startsWith("instagram ") && !genre.endsWith("profile") || genre.equals("highlight") || genre.equals("image attached")) {
            return ItemType.POST; // APA's "[Tweet]": a post on social media, as Zotero types it
        }
        if (genre.equals("twitter profile") || genre.equals("facebook page") || genre.equals("instagram profile")) {
            return ItemType.WEBPAGE; // an account's page
        }
        if (GRAPHIC_WORK.matcher(genre).matches()) {
            return ItemType.GRAPHIC; // APA's "[Painting]", "[Photograph]", "[Clip art]"
        }
        if (genre.equals("album") || genre.equals("song") || genre.startsWith("song recorded by") || genre.startsWith("album recorded by")
                || genre.equals("speech audio recording")) {
            return ItemType.SONG; // APA's "[Album]", "[Song]": CSL's recording
        }
        if (genre.equals("mobile app") || genre.startsWith("apparatus")) {
            return ItemType.SOFTWARE;
        }
        if (genre.equals("database record")) {
            return ItemType.DATASET;
        }
        if (genre.equals("video") || genre.equals("film") || genre.equals("motion picture") || genre.equals("dvd")
                || genre.equals("video recording") || genre.equals("videorecording") || f.containsKey("director")
                || f.containsKey("producer")) {
            return ItemType.MOTION_PICTURE;
        }
        if (genre.equals("preprint") || isPreprintServer(container) && !f.containsKey("volume")
                || isPreprintServer(f.getOrDefault("publisher", "").toLowerCase(Locale.ROOT))) {
            return ItemType.ARTICLE; // "[Preprint]. SSRN.", "PsyArXiv.": CSL's preprint, as Zotero exports one
        }
        if (!container.isEmpty()) {
            if (PROCEEDINGS.matcher(container).find() || f.containsKey("editor") && MEETING_SHORT_NAME.matcher(f.get("container-title")).matches()) {
                return ItemType.PAPER_CONFERENCE; // also a meeting's short name with its editors, Springer's "(eds.) ESOP 2019"
            }
            if (!f.containsKey("volume") && !f.containsKey("editor")) {
                if (container.endsWith(" blog") || container.startsWith("blog ")) {
                    return ItemType.POST_WEBLOG; // "The Next Stage Blog": a post on a blog
                }
                if (MAGAZINE.matcher(container).find()) { // first: "The New York Times Magazine"
                    return ItemType.ARTICLE_MAGAZINE;
                }
                if (NEWSPAPER.matcher(container).find() || NEWS_SERVICE.matcher(container).find() && !f.containsKey("page")
                        && DAY_OF_MONTH.matcher(f.getOrDefault("date", "")).find()
                        || NEWSPAPER_ELSEWHERE.matcher(container).find() && f.containsKey("date")
                        && DAY_OF_MONTH.matcher(fullerDate(p.raw(), f.get("date"), f.get("title"))).find()) {
                    return ItemType.ARTICLE_NEWSPAPER; // "BBC News, May 25, 2019": a news service's story of a day
                }
            }
            if (f.containsKey("editor") || inMarkOutsideTitle(raw, f.getOrDefault("title", "")) && (f.containsKey("publisher")
                    || f.containsKey("publisher-place")) || raw.contains("//") && f.containsKey("publisher")) {
                return ItemType.CHAPTER;
            }
            if ((isElectronic(raw) || WEBSITE.matcher(container).find()) && f.containsKey("URL") && !f.containsKey("volume")
                    && !f.containsKey("issue") && !f.containsKey("page")) {
                // "[Электронный ресурс] // Московский центр Карнеги. 2016.", "// Росморречфлот : офиц. сайт": a site's page
                return ItemType.WEBPAGE;
            }
            return ItemType.ARTICLE_JOURNAL;
        }
        // a link to a DOI, or a link after a book's "Place: Publisher" imprint or ISBN, is where the book is read
        boolean pageLink = f.containsKey("URL") && !f.get("URL").toLowerCase(Locale.ROOT).contains("doi.org/")
                && !(f.containsKey("publisher-place") && f.containsKey("publisher") || f.containsKey("ISBN"));
        // an electronic book ("[Электронный ресурс] : монография. М. : Наука, 2015. 200 с. URL: …") is still a book
        boolean electronicBook = f.containsKey("publisher") && f.containsKey("publisher-place") || f.containsKey("number-of-pages");
        if (pageLink || LOST_LINK.matcher(p.raw().strip()).find() || isElectronic(raw) && !electronicBook) {
            return ItemType.WEBPAGE;
        }
        if (p.institutional()) {
            return ItemType.REPORT;
        }
        if (f.containsKey("collection-title") && f.containsKey("page") && IN_MARK.matcher(raw).find()) {
            return ItemType.CHAPTER; // "In: Lecture Notes in Computer Science, vol. 2345. …, pp. 12–20": pages of a volume
        }
        if (f.containsKey("publisher") || f.containsKey("publisher-place") || f.containsKey("ISBN")
                || f.containsKey("number-of-pages") || f.containsKey("editor") || f.containsKey("edition")) {
            return ItemType.BOOK;
        }
        boolean quotedTitle = f.containsKey("title") && quoted(p.raw(), f.get("title"));
        if (quotedTitle) {
            return ItemType.ARTICLE; // a quoted title is a part of something the reference does not name
        }
        return f.containsKey("title") && (f.containsKey("author") || f.containsKey("date")) ? ItemType.BOOK
                : ItemType.DOCUMENT;
    }

    /** Whether the title is printed inside quotation marks. */
    private static boolean quoted(String raw, String title) {
        int at = raw.indexOf(title);
        if (at <= 0) {
            return false;
        }
        int k = at - 1;
        while (k > 0 && raw.charAt(k) == ' ') {
            k--;
        }
        char c = raw.charAt(k);
        return c == '“' || c == '"' || c == '«';
    }

    /** "79–129" → "79-129"; an abbreviated range "612-20" → "612-620". */
    static String pages(String page) {
        String p = PAGES_WORD.matcher(page).replaceAll("").strip();
        Matcher m = PAGE_RANGE.matcher(p);
        if (!m.matches()) {
            return SPACED_DASHES.matcher(p).replaceAll("-");
        }
        String first = m.group(1);
        String last = m.group(2);
        if (last.length() < first.length()) {
            String expanded = first.substring(0, first.length() - last.length()) + last;
            if (Long.parseLong(expanded) > Long.parseLong(first)) {
                last = expanded;
            }
        }
        return first + "-" + last;
    }

    /** Whether {@code s} is a GOST abbreviation of a city ("М.", "СПб."). */
    static boolean isPlaceAbbreviation(String s) {
        return PLACES.containsKey(s.strip());
    }

    /** GOST abbreviations of cities expanded: "М." → "Москва"; in a Ukrainian reference (DSTU 8302) "К." is Київ and "Л." Львів. */
    static String place(String place, boolean ukrainian) {
        String p = place.strip();
        if (ukrainian) {
            String here = UKRAINIAN_PLACES.getOrDefault(p, UKRAINIAN_PLACES.get(p + "."));
            if (here != null) {
                return here;
            }
        }
        return PLACES.getOrDefault(p, PLACES.getOrDefault(p + ".", p));
    }

    /** Whether {@code name} is a city: of the resource list, a Russian one as GOST abbreviates or spells it. */
    private static boolean isThesisCity(String name) {
        String n = name.strip();
        return Places.isCity(n) || PLACES.containsKey(n) || PLACES.containsKey(n + ".") || PLACES.containsValue(n)
                || UKRAINIAN_PLACES.containsValue(n);
    }

    private static final Map<String, String> UKRAINIAN_PLACES = Map.of("К.", "Київ", "Х.", "Харків", "Л.", "Львів",
            "О.", "Одеса", "Д.", "Дніпро");

    /** Whether most letters of {@code s} are Cyrillic (U+0400–U+04FF); one pass, as every reference asks. */
    static boolean isCyrillic(String s) {
        boolean any = false;
        for (int i = 0; i < s.length() && !any; i++) { // most references have no Cyrillic letter: a quick scan first
            char c = s.charAt(i);
            any = c >= '\u0400' && c <= '\u04FF';
        }
        if (!any) {
            return false;
        }
        int cyr = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letters++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                if (c >= '\u0400' && c <= '\u04FF') {
                    cyr++;
                }
            }
        }
        return letters > 0 && cyr * 2 > letters;
    }

    /** APA's original and cited editions, "1962/2012", and the bracketed original year, "2003 [1910]". */
    private static final Pattern REISSUE = Pattern.compile("^\\(?(?:((?:1[5-9]|20)\\d\\d)\\s?/\\s?((?:1[5-9]|20)\\d\\d)"
            + "|((?:1[5-9]|20)\\d\\d)\\s?\\[((?:1[5-9]|20)\\d\\d)])\\)?$");

    /** A repository that holds theses: "Oxford Research Archive", "ProQuest Dissertations and Theses", "eScholarship". */
    private static final Pattern REPOSITORY = Pattern.compile("(?i)archive|repositor|proquest|dissertations|theses|"
            + "digital commons|eprints|dspace|scholarworks|escholarship");

    /**
     * The edition as CSL and biblatex want it, a number where the text gives one ("2nd ed" → "2", "Second
     * edition" → "2"), so that styles print "2nd ed." once; anything else ("Rev. ed.", "Kritische
     * Studienausgabe") as printed.
     */
    static String editionNumber(String edition) {
        String e = edition.strip();
        Matcher m = EDITION_NUMBER.matcher(e);
        if (m.matches()) {
            return Integer.toString(Integer.parseInt(m.group(1)));
        }
        Matcher w = WORD_EDITION.matcher(e);
        int ordinal = w.matches() ? ORDINALS.indexOf(w.group(1).toLowerCase(Locale.ROOT)) : -1;
        return ordinal >= 0 ? Integer.toString(ordinal + 1) : e;
    }

    /**
     * The date of the record where only a year was labelled but the text gives more: APA's "(2022, February
     * 24)", and Harvard's newspaper "Gerasimov, V. (2013) 'Title', Voyenno-Promyshlennyy Kurier, 27
     * February." with the day and month at the end (the labelled date stays the year, as the data sets label it).
     */
    static String fullerDate(String text, String date, String title) {
        if (!YEAR_ONLY.matcher(date).matches()) {
            return date;
        }
        String year = date.replaceAll("[()]", "");
        int open = text.indexOf("(" + year + ", ");
        if (open >= 0) { // APA's "(2022, February 24)" when only its year was labelled
            int close = text.indexOf(')', open);
            String monthDay = close < 0 ? "" : text.substring(open + year.length() + 3, close).strip();
            Optional<DateParts> full = monthDay.isEmpty() || monthDay.length() > 20 ? Optional.empty()
                    : Dates.parse(monthDay + " " + year);
            if (full.isPresent() && full.get().year() == Integer.parseInt(year) && full.get().month() > 0) {
                return monthDay + " " + year;
            }
        }
        String printedAgain = yearPrintedAgainWithItsMonth(text, year, title);
        if (printedAgain != null) {
            return printedAgain;
        }
        if (!endsWithDayOrMonth(text)) {
            return date;
        }
        Matcher m = DAY_MONTH_END.matcher(text);
        if (m.find()) {
            String dayMonth = m.group(1).strip().replaceFirst("\\.$", "");
            String word = dayMonth.replaceAll("[\\d.\\s]", "");
            if (Dates.isMonthOrSeason(word) && Dates.parse(dayMonth + " " + year).filter(d -> d.day() > 0).isPresent()) {
                return dayMonth + " " + year;
            }
        }
        return date;
    }

    /**
     * The year printed a second time with its month's name, and perhaps its day, as a newspaper's or a web page's date
     * follows its name: "(2010). Title. The Times, 3 January 2010.", "(2005): Titel. Frankfurter Allgemeine Zeitung, 12.
     * März 2005, S. 14.", as ISO text. Null where it is not so printed, and where the date is another's: an access date
     * ("Consulté le 4 août 2014", MLA's "19 June 1998 <http://…>"), a meeting's ("Rouen, 18-21 avril 1989", "Actes du
     * colloque … 2006"), or the title's own ("… for Year Ended September 30, 2007").
     */
    private static String yearPrintedAgainWithItsMonth(String text, String year, String title) {
        int first = text.indexOf(year);
        int again = first < 0 ? -1 : text.indexOf(year, first + year.length());
        if (again < 0) {
            return null;
        }
        int from = Math.max(0, again - 40);
        Matcher m = MONTH_BEFORE_YEAR.matcher(text).region(from, again);
        if (!m.find()) {
            return null;
        }
        int month = Dates.anyMonth(m.group(2));
        int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        String after = text.substring(again + year.length()).stripLeading();
        String lower = text.toLowerCase(Locale.ROOT);
        if (month == 0 || day > 31 || m.group(1) != null && m.start() > 0 && "-–".indexOf(text.charAt(m.start() - 1)) >= 0
                || after.startsWith("<") || after.startsWith("http") || after.startsWith("www.")
                || ReferenceWords.mayMentionAccess(text.substring(from, again))
                || ReferenceWords.PROCEEDINGS.matcher(lower).find() || MEETING.matcher(lower).find()
                || title != null && title.contains(text.substring(m.start(), again + year.length()))) {
            return null;
        }
        return new DateParts(Integer.parseInt(year), month, day).iso();
    }

    /** A month's name, and the day before it, right before a year: "3 January ", "12. März ", "3 de enero de ", "Avril ". */
    private static final Pattern MONTH_BEFORE_YEAR = Pattern.compile(
            "(?iu)(?:(?<![\\d.])(\\d{1,2})(?:er|º|°)?\\.?\\s+(?:de\\s+)?)?(\\p{L}{3,})\\.?,?\\s+(?:del?\\s+)?$");
    /** Meetings in the other languages of European references, whose dates are no publication's: "colloque", "Tagung". */
    private static final Pattern MEETING = Pattern.compile("colloque|congrès|conférence|journées|séminaire|seminaire|actes du"
            + "|tagung|kongress|congreso|jornadas|convegno|congresso|seminario|atti del|konferencja");

    /**
     * A report's or thesis's issuing university, laboratory or department is its {@code institution}, as
     * BibTeX, GROBID's and Cora's data name it (AnyStyle's data calls it the publisher; CSL output prints it
     * as the publisher either way). The labeller, trained on all three, mostly reads it as the publisher,
     * and now and then as the place ("PhD thesis, Universiteit Twente, Netherlands").
     */
    static void institutionReadAsPublisher(String raw, Map<String, String> f) {
        String place = f.get("publisher-place");
        if (place != null && !f.containsKey("publisher") && !f.containsKey("institution")
                && INSTITUTION_WORDS.matcher(place).find() && REPORT_OR_THESIS.matcher(raw).find()) {
            // "PhD thesis, Universiteit Twente, Netherlands": the university read as the place
            int comma = place.indexOf(',');
            String first = comma < 0 ? place : place.substring(0, comma);
            if (INSTITUTION_WORDS.matcher(first).find() && !PUBLISHING_HOUSE.matcher(first).find()) {
                f.put("institution", SpanText.clean(first));
                if (comma < 0) {
                    f.remove("publisher-place");
                } else {
                    f.put("publisher-place", SpanText.clean(place.substring(comma + 1)));
                }
                return;
            }
        }
        String publisher = f.get("publisher");
        String institution = f.get("institution");
        if (publisher != null && institution != null && raw.contains(institution + ", " + publisher)
                && publisher.length() <= 40 && !PUBLISHING_HOUSE.matcher(publisher).find()) {
            // "Laboratory for Computer Science, MIT": the laboratory's university is part of the issuer's name
            f.put("institution", institution + ", " + f.remove("publisher"));
            return;
        }
        if (publisher == null || f.containsKey("institution") || !INSTITUTION_WORDS.matcher(publisher).find()
                || PUBLISHING_HOUSE.matcher(publisher).find()
                || !REPORT_OR_THESIS.matcher(raw).find()) {
            return;
        }
        f.put("institution", f.remove("publisher"));
    }

    /**
     * Whether the labelled page of a work with no container is its number of pages: "223 p." after a book's
     * imprint (the data sets label it the page; the record calls it what it is).
     */
    private static boolean isPageCount(String raw, Map<String, String> f) {
        String page = f.get("page").strip();
        if (!page.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (raw.contains(" " + page + " pages")) {
            return true; // the ACM's "ACM, New York, NY, USA, 10 pages." and "Article 12 (June 2021), 25 pages."
        }
        if (f.containsKey("container-title")) {
            return false;
        }
        Matcher m = PAGE_TOTAL.matcher(raw);
        while (m.find()) {
            if (m.group(1).equals(page)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An edition that is its number: "2nd ed", "3rd edn.", "2d Ed.", "4th edition", "5. Aufl.", "2-е изд.", "2. vyd.",
     * "2e éd.", "3.ª ed.", "2版", "2".
     */
    private static final Pattern EDITION_NUMBER = Pattern.compile(
            "(?iu)^(\\d{1,3})(?:st|nd|rd|th|d|e|ème|re|a|ª|º|-?е|\\.ª|\\.º|\\.)?\\s*"
            + "(?:ed|edn|edition|éd|édition|edición|edição|aufl|auflage|изд|издание|vyd|wyd|izd|版)?\\.?$");

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    /** A count of pages, the number before its abbreviation: "223 p.", "368 pp.", "xii, 412 S.", "320 с.". */
    private static final Pattern PAGE_TOTAL = Pattern.compile("(?<![\\d–-]\\s?)(\\d{1,5})\\s?(?:pp?|S|pages|с)\\.?(?=[\\s,;.)]|$)");

    private static final Pattern PUBLISHING_HOUSE = Pattern.compile("(?i)press|verlag|publish|books|editions");

    private static final Pattern REPORT_OR_THESIS = Pattern.compile("(?i)\\b(?:thesis|dissertation|diss\\.|ph\\.?\\s?d\\b|"
            + "reports?\\b|tech\\.|TR[- ]?\\d|memo(?:randum)?\\b|working paper|master['’]?s\\b|M\\.\\s?S\\.)");

    private static final Pattern WORD_EDITION = Pattern.compile("(?iu)^(\\p{L}+)\\s+(?:ed|edn|edition)\\.?$");

    private static final Pattern YEAR_ONLY = Pattern.compile("^\\(?(?:1[5-9]|20)\\d\\d\\)?$");

    /** Whether the text ends with a letter or digit, perhaps before a full stop: a cheap test before {@link ReferenceWords#DAY_MONTH_END}. */
    private static boolean endsWithDayOrMonth(String text) {
        int end = text.endsWith(".") ? text.length() - 2 : text.length() - 1;
        return end > 0 && Character.isLetterOrDigit(text.charAt(end)) && text.lastIndexOf(", ") > 0;
    }
}
