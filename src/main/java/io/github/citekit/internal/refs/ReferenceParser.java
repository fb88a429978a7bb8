package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.FieldRules.DAY_MONTH_END;
import static io.github.citekit.internal.refs.FieldRules.INSTITUTION_WORDS;
import static io.github.citekit.internal.refs.LabelRuns.hasLetter;
import static io.github.citekit.internal.refs.LabelRuns.isCapitalisedWord;
import static io.github.citekit.internal.refs.LabelRuns.isDigits;
import static io.github.citekit.internal.refs.LabelRuns.isInitialAt;
import static io.github.citekit.internal.refs.LabelRuns.isInitialLetter;
import static io.github.citekit.internal.refs.LabelRuns.isOneRun;
import static io.github.citekit.internal.refs.LabelRuns.isPunctuation;
import static io.github.citekit.internal.refs.LabelRuns.isWordToken;
import static io.github.citekit.internal.refs.LabelRuns.lastWord;
import static io.github.citekit.internal.refs.LabelRuns.lettered;
import static io.github.citekit.internal.refs.LabelRuns.relabelled;
import static io.github.citekit.internal.refs.LabelRuns.runEnd;

import io.github.citekit.internal.extract.Dois;
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
 * are here (and, for Chinese, Japanese and Korean references, in {@link CjkRules}); those over the fields the labels
 * give are in {@link FieldRules}.
 */
public final class ReferenceParser {
    /** A note's signal before the work it cites: "See", "See also", "Cf." (not the surname in "See, J." or "See JA"). */
    private static final Pattern SIGNAL = Pattern.compile("^(?:[Ss]ee(?:\\s+also)?|[Cc]f\\.)\\s+(?=\\p{Lu}\\p{Ll}|(?:\\p{Lu}\\.\\s?)+\\p{Lu}\\p{Ll})");
    /** A note's second work after its first: "…: 201–20; see also Byers, International Law, 150." */
    private static final Pattern SECOND_WORK = Pattern.compile("(?i);\\s+(?:see(?:\\s+also)?|cf\\.|compare)\\s+(?=\\p{Lu})");
    static final Pattern ANY_YEAR = Pattern.compile("\\b(?:1[5-9]|20)\\d\\d\\b");
    private static final Pattern PAGE_ABBREVIATION = Pattern.compile("^pp?\\.\\s*");
    private static final Pattern PAGES_WORD = Pattern.compile("(?iu)^(?:pp?\\.|pages?|с\\.|s\\.)\\s*");
    private static final Pattern SPACED_DASHES = Pattern.compile("\\s*[–—]+\\s*");
    /** A list or note number before the entry: "[12]", "(12)", "12.", "12)", and a note's bare "12 Name". */
    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:(?:\\[\\d{1,3}]|\\(\\d{1,3}\\)|\\d{1,3}[.)]|\\d{1,3}(?=\\s+\\p{Lu}))\\s+"
            + "|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\\s*)");
    static final Pattern LOST_LINK = Pattern.compile("(?iu)(?:available (?:at|from|online)|retrieved from|"
            + "режим доступа|url)\\s*:?\\s*\\.?$");
    static final Pattern ACCESSED = Pattern.compile("(?iu)(?:accessed|retrieved|viewed|consulted|"
            + "дата обращения)\\s*(?:on\\s*)?:?\\s*([^)\\]]{4,30}?\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})");
    /** Vancouver's day of access, "2020 Mar 3", in group 1. */
    private static final String VANCOUVER_DAY = "((?:1[5-9]|20)\\d\\d\\s\\p{L}{3,}\\.?(?:\\s\\d{1,2})?)";
    /** Vancouver's access date: "[cited 2020 Mar 3]", "[updated 2020 Jan 5; cited 2020 Mar 3]". */
    private static final Pattern CITED_DATE = Pattern.compile("(?iu)\\[(?:updated [^;\\]]*;\\s*)?cited\\s+" + VANCOUVER_DAY + "]");
    /** The same as a note, without its brackets: "cited 2020 Mar 3". */
    private static final Pattern CITED_NOTE = Pattern.compile("(?iu)cited\\s+" + VANCOUVER_DAY);
    /** What may follow an access date in a note: APA 6's "Retrieved March 3, 2020, from". */
    private static final Pattern AFTER_ACCESS = Pattern.compile("(?i)[\\s,.]*(?:from)?[\\s.]*");
    private static final Pattern PAGE_RANGE = Pattern.compile("^(\\d+)\\s*[-–—]+\\s*(\\d+)$");
    private static final Map<String, String> PLACES = Map.of("М.", "Москва", "СПб.", "Санкт-Петербург",
            "Л.", "Ленинград", "К.", "Киев", "Мн.", "Минск", "Пг.", "Петроград", "Ростов н/Д", "Ростов-на-Дону",
            "Н. Новгород", "Нижний Новгород", "M.", "Москва");

    /**
     * A Russian law, decree or code by its designation: "Федеральный закон от 27.07.2006 № 149-ФЗ …",
     * "Указ Президента РФ от 02.07.2021 № 400 …", "Гражданский кодекс Российской Федерации". An act's name
     * needs its date or number, so that a book called "Закон и порядок" stays a book.
     */
    private static final Pattern LAW_TITLE = Pattern.compile("^(?:(?:(?:Федеральный|Федеральный конституционный|Областной)\\s+)?"
            + "[Зз]акон|Указ|Постановление|Распоряжение|Приказ)\\s.*(?:\\bот\\s+\\d{1,2}\\.\\d{2}\\.\\d{4}|№\\s?\\d)"
            + "|^(?:Конституция|(?:[\\p{L}-]+\\s+){1,2}кодекс|Кодекс)\\s+(?:Российской Федерации|РФ|РСФСР|СССР)"
            // an act approved by a decree: "Стратегия …: утв. Указом Президента РФ от 26.10.2020 № 645"
            + "|:\\s*утв(?:\\.|ержден[аоы]?)\\s+(?:[Уу]казом|[Пп]остановлением|[Рр]аспоряжением|[Пп]риказом)\\s.*(?:\\bот\\s+\\d{1,2}\\.\\d{2}\\.\\d{4}|№\\s?\\d)");
    static final Pattern THESIS_GENRE = Pattern.compile("thesis|diss|дис|phd|master");
    private static final Pattern THESIS_RAW = Pattern.compile("\\b(?:phd|ph\\.d\\.|doctoral) (?:diss|thesis)");
    private static final Pattern REPORT_GENRE = Pattern.compile("report|working paper|technical|tech\\. rep|отчет|доклад");
    static final Pattern PROCEEDINGS = Pattern.compile("proc\\.|proceedings|conference|symposium|workshop|congress|"
            + "paper presented at|annual meeting|конференц|конф\\.|симпозиум|съезд|форум");
    static final Pattern IN_MARK = Pattern.compile("\\bin:? ");

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

    /**
     * A court case as the Bluebook cites it: "Brown v. Board of Education, 347 U.S. 483 (1954).", "Roe v.
     * Wade, 410 U.S. 113, 153 (1973)" (a pinpoint page after the first), "Smith v. Jones, 123 F.3d 456 (9th
     * Cir. 1997)" (the court before the year).
     */
    private static final Pattern LEGAL_CASE = Pattern.compile("^(?<title>[^,()]{2,120}?\\sv\\.\\s[^()]{2,160}?),\\s(?<volume>\\d{1,4})\\s"
            + "(?<reporter>\\p{Lu}[\\p{L}\\d.' ]{0,24}?)\\s(?<page>\\d{1,5})(?:,\\s(?<pin>\\d{1,5}(?:[–-]\\d{1,5})?))?"
            + "\\s\\((?<court>[^()]*?)\\s?(?<year>(?:1[6-9]|20)\\d\\d)\\)\\.?$");

    /**
     * A UN, EU or OECD document's symbol in parentheses after its title: "(A/RES/70/1)", "(E/CN.4/2005/L.10)",
     * "(OECD/LEGAL/0449)", "(COM(2020) 102 final)", "(SWD(2019) 1 final)".
     */
    /** An EU document's symbol: "COM(2020) 102 final", "SWD(2019) 1 final", "C(2021) 45". */
    private static final String EU_SYMBOL = "(?:COM|SEC|SWD|JOIN|C)\\s?\\((?:19|20)\\d\\d\\)\\s?\\d{1,4}(?:\\s(?:final|rev\\.?\\s?\\d?))?";
    private static final Pattern DOCUMENT_SYMBOL = Pattern.compile("\\s?\\(([A-Z]{1,8}(?:\\.\\d{1,3})?(?:/(?=[A-Z\\d])[A-Za-z\\d.]+){2,5}"
            + "|" + EU_SYMBOL + ")\\)");

    /**
     * An EU document's symbol printed as a sentence of its own: "A New Industrial Strategy for Europe. COM(2020)
     * 102 final. Brussels." (with the stop after it, so that the sentences around it stay apart).
     */
    private static final Pattern EU_SYMBOL_SENTENCE = Pattern.compile("(?<=[.,])\\s(" + EU_SYMBOL + ")(?:[.,;]|$)");

    /**
     * A treaty as the Bluebook cites it: "United Nations Convention on the Law of the Sea, December 10, 1982,
     * 1833 U.N.T.S. 397, art. 234." (the date of signature, then the treaty series' volume and first page, and
     * perhaps the article cited).
     */
    private static final String TREATY_SERIES_NAMES = "(?:U\\.N\\.T\\.S\\.|U\\.S\\.T\\.|T\\.I\\.A\\.S\\.|I\\.L\\.M\\.|Stat\\.|E\\.T\\.S\\.|C\\.E\\.T\\.S\\.|"
            + "L\\.N\\.T\\.S\\.|Bevans|O\\.J\\.(?:\\s\\(\\p{Lu}\\))?)";
    private static final Pattern TREATY = Pattern.compile("^(?<title>[^,()]{0,200}?\\b(?:Convention|Treaty|Agreement|Protocol|Charter|Accord)\\b"
            + "[^,()]{0,160}?),\\s(?<date>(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s\\d{1,2},\\s|\\d{1,2}\\s\\p{Lu}\\p{Ll}{2,8}\\.?\\s)?(?:1[6-9]|20)\\d\\d),\\s"
            + "(?<volume>\\d{1,5})\\s(?<series>" + TREATY_SERIES_NAMES + ")\\s(?<page>\\d{1,6})"
            + "(?:,\\s\\d{1,5}\\s" + TREATY_SERIES_NAMES + "\\s\\d{1,6})*" // a parallel citation in another series
            + "(?:,\\s(?<pin>(?:art|arts|para|annex)\\.?\\s[\\d\\p{Lu}][\\w()–-]*(?:\\.\\d+)?))?\\.?$");

    /** A cheap test before {@link #EU_SYMBOL_SENTENCE}: one of its series' names before a bracket. */
    private static boolean mayHoldEuSymbol(String text) {
        return text.contains("COM(") || text.contains("SEC(") || text.contains("SWD(") || text.contains("JOIN(")
                || text.contains("COM (") || text.contains("SWD (");
    }

    /** The fields of a treaty that {@link #TREATY} matched. */
    private static Map<String, String> treaty(Matcher m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", m.group("title").strip());
        f.put("date", m.group("date"));
        f.put("year", m.group("date").substring(m.group("date").length() - 4));
        f.put("container-title", m.group("series"));
        f.put("volume", m.group("volume"));
        f.put("page", m.group("page"));
        return f;
    }

    /** The fields of a court case that {@link #LEGAL_CASE} matched. */
    private static Map<String, String> legalCase(Matcher m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", m.group("title").strip());
        f.put("container-title", m.group("reporter").strip());
        f.put("volume", m.group("volume"));
        f.put("page", m.group("page"));
        if (!m.group("court").isBlank()) {
            f.put("authority", m.group("court").strip());
        }
        f.put("date", m.group("year"));
        f.put("year", m.group("year"));
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
        if (text.length() > 4 && "SsCc".indexOf(text.charAt(0)) >= 0 && ANY_YEAR.matcher(text).find()) {
            // a note's "See Mary Brown, …, 2018": the work starts after the signal ("See Supplemental
            // Material", citing no dated work, is a note as printed)
            text = SIGNAL.matcher(text).replaceFirst("");
        }
        // a note's pinpoint after the imprint, "(London: Verso, 2019), p. 514": read the reference without it
        Matcher pin = PINPOINT.matcher(text);
        String locator = "";
        // a bare number, "(Oxford: Clarendon Press, 2001), 45", only after a "Place: Publisher" imprint
        if (endsWithDigit(text) && mayEndWithPinpoint(text) && pin.find() && isImprint(pin.group(1)) && !IN_CONTAINER.matcher(text).find()
                && (pin.group(2).startsWith("p") || pin.group(1).contains(":"))) {
            locator = pin.group(2).strip();
            text = text.substring(0, pin.end(1) + 1);
        }
        // an official document's symbol in parentheses, "(COM(2020) 102 final)", "(A/RES/70/1)": its number,
        // read apart, as its slashes and inner brackets would split the title around it
        String symbol = "";
        Matcher designation = (text.indexOf('/') >= 0 || text.contains(") ")) && capitalAfterBracket(text)
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
        List<Token> tokens = Tokenizer.tokenize(text);
        Optional<Map<String, String>> gbt = GbtParser.applies(text) ? GbtParser.parse(text) : Optional.empty();
        Optional<Map<String, String>> gost = gbt.isEmpty() && GostParser.applies(text) ? GostParser.parse(text) : Optional.empty();
        Map<String, String> fields;
        boolean institutional = false;
        Matcher legalCase = text.contains(" v. ") ? LEGAL_CASE.matcher(text) : null;
        Matcher treaty = text.indexOf('.') >= 0 && (text.contains("U.N.T.S.") || text.contains("Stat.") || text.contains("U.S.T.")
                || text.contains("I.L.M.") || text.contains("T.S.") || text.contains("O.J.") || text.contains("Bevans"))
                ? TREATY.matcher(text) : null;
        if (gbt.isPresent()) {
            fields = new LinkedHashMap<>(gbt.get());
        } else if (gost.isPresent()) {
            fields = new LinkedHashMap<>(gost.get());
        } else if (treaty != null && treaty.matches()) {
            fields = treaty(treaty);
            if (treaty.group("pin") != null) {
                locator = treaty.group("pin"); // "art. 234": the article cited
            }
        } else if (legalCase != null && legalCase.matches()) {
            fields = legalCase(legalCase);
            if (legalCase.group("pin") != null) {
                locator = legalCase.group("pin"); // "410 U.S. 113, 153": the page cited within the case
            }
        } else {
            fields = tokens.isEmpty() ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(Spans.fields(text, tokens, correctedLabels(tokens)));
            FieldRules.refine(text, fields);
            authorAsPublisher(fields);
            institutionReadAsPublisher(text, fields);
            doiFromText(text, fields);
            spacedLink(text, fields);
            institutional = fields.containsKey("institution");
        }
        Map<NameRole, List<Name>> names = new LinkedHashMap<>();
        Set<NameRole> etAl = EnumSet.noneOf(NameRole.class);
        for (NameRole role : NameRole.values()) {
            String span = fields.get(role.cslName());
            if (span != null) {
                List<Name> list = Names.parseList(span);
                if (Names.endsWithEtAl(span)) {
                    etAl.add(role);
                }
                if (list.size() == 1 && list.get(0).given().isEmpty() && !list.get(0).family().isEmpty()
                        && !Character.isLowerCase(list.get(0).family().charAt(0)) // "von Dullemen" is a person
                        && role == NameRole.AUTHOR && !isCyrillic(span)) {
                    list = List.of(Name.literal(list.get(0).family())); // a lone word: an organisation
                } else if (!span.contains(",") && (!span.contains(".") || endsWithOrganisationWord(span))
                        && Names.namesOrganisation(span)) {
                    // "U.S. Energy Information Administration": no person's name ends with "Administration"
                    // "World Bank", "United Nations", "GTEx Consortium" (with no "et al." after it)
                    list = List.of(Name.literal(SpanText.clean(ET_AL_AFTER.matcher(span).replaceFirst(""))));
                }
                names.put(role, list.stream().map(Names::unshoutedFamily).toList());
            }
        }
        dropStatementOfResponsibility(text, names, fields);
        if (!symbol.isEmpty()) {
            fields.put("number", symbol);
        }
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

    /** "U.S. Department of State", "U.K. Ministry of Defence": a country's abbreviation, not initials. */
    private static final Pattern COUNTRY_ABBREVIATION = Pattern.compile("(?:U\\.S\\.(?:A\\.)?|U\\.K\\.|E\\.U\\.|U\\.N\\.)\\s");

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
    private List<String> correctedLabels(List<Token> tokens) {
        // the rules ask "is there a title?" many times: a list that answers from an index (rebuilt only when a
        // rule changes a label) keeps that from costing a scan each time
        List<String> labels = LabelList.of(model.labelTokens(tokens));
        labels = LabelList.of(monthReadAsAuthor(tokens, labels));
        labels = LabelList.of(monthDayReadAsTitle(tokens, labels));
        labels = LabelList.of(corporateAuthorFirst(tokens, labels));
        labels = LabelList.of(acronymLeftOutBeforeDate(tokens, labels));
        labels = LabelList.of(journalFirst(tokens, labels));
        labels = LabelList.of(linkLeftOutside(tokens, labels));
        labels = LabelList.of(titleAfterEditorMark(tokens, labels));
        labels = LabelList.of(titleAfterNamesColon(tokens, labels));
        labels = LabelList.of(publisherWithInitialsAfterPlace(tokens, labels));
        labels = LabelList.of(publisherLeftAfterPlace(tokens, labels));
        labels = LabelList.of(noDateReadAsAuthor(tokens, labels));
        labels = LabelList.of(titleReadAsContainer(tokens, labels));
        labels = LabelList.of(titleLeftUnlabelled(tokens, labels));
        labels = LabelList.of(journalReadIntoTitle(tokens, labels));
        labels = journalBoundaries(tokens, labels);
        labels = titleEdges(tokens, labels);
        labels = LabelList.of(titleReadIntoJournal(tokens, labels));
        labels = LabelList.of(siteLeftBeforeLink(tokens, labels));
        labels = LabelList.of(volumeAfterJournal(tokens, labels));
        labels = LabelList.of(seriesNumberReadAsVolume(tokens, labels));
        labels = LabelList.of(bracketLeftOpenInContainer(tokens, labels));
        return markedVolumeLeftOut(tokens, labels);
    }

    /**
     * The rules that find where a journal begins by its name, and the CJK ones: a method of their own, which the JIT
     * compiles apart, so that the rules above keep the inlining they had.
     */
    private static List<String> journalBoundaries(List<Token> tokens, List<String> labels) {
        List<String> out = LabelList.of(journalInTitlesLastPart(tokens, labels));
        out = LabelList.of(journalNamedAtTitleEnd(tokens, out));
        out = LabelList.of(journalReadAsTitle(tokens, out));
        out = LabelList.of(journalStartReadAsAuthor(tokens, out));
        out = LabelList.of(journalReadIntoAuthors(tokens, out));
        out = LabelList.of(yearReadIntoTitle(tokens, out));
        out = LabelList.of(titleEndReadIntoJournal(tokens, out));
        return CjkRules.hasCjk(tokens) ? CjkRules.cjkRules(tokens, out) : out;
    }

    /**
     * The rules where a title meets the names, its host or the numbers after it: a method of their own, compiled apart
     * for the reason above.
     */
    private static List<String> titleEdges(List<Token> tokens, List<String> labels) {
        List<String> out = LabelList.of(titleInTwoSentences(tokens, labels));
        out = LabelList.of(lastFamilyNameReadIntoTitle(tokens, out));
        out = LabelList.of(titleFirstWordReadAsAuthor(tokens, out));
        out = LabelList.of(laterPageRunsOfOtherNumbers(tokens, out));
        out = LabelList.of(secondVolumeRunIsThePage(tokens, out));
        out = LabelList.of(pageLeftOutAfterVolume(tokens, out));
        out = LabelList.of(proceedingsCitedWhole(tokens, out));
        out = LabelList.of(bookReadAsContainer(tokens, out));
        out = LabelList.of(editorsAfterTheirMark(tokens, out));
        out = LabelList.of(wordsWithoutInitialsEndingNames(tokens, out));
        out = LabelList.of(collaborationFirst(tokens, out));
        out = LabelList.of(familyNameLeftAfterInitial(tokens, out));
        return LabelList.of(journalLeftOutBetweenDateAndVolume(tokens, out));
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

    /** The words that close a collaboration's name: "ALICE Collaboration", "Double Chooz Collab.", "Particle Data Group". */
    private static final List<String> COLLABORATION_WORDS = List.of("collaboration", "collaborations", "collab", "group", "consortium");

    private static boolean isCollaborationWord(String t) {
        for (String w : COLLABORATION_WORDS) {
            if (t.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
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

    /** Words that name a group of authors wherever it stands: wider than {@link #COLLABORATION_WORDS}, which open physics' lists. */
    private static final Set<String> GROUP_WORDS = Set.of("collaboration", "collaborations", "group", "team", "consortium",
            "committee", "investigators", "project");

    /** Whether tokens {@code from} to {@code to} hold a word that names a group of authors: "LCTPC Collaboration". */
    private static boolean namesGroup(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (GROUP_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** What follows a family name after a comma as part of it: "A. A. Alves, Jr.", "E. W. GARBISCH, JR." */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "jun", "sen");

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

    /** Words that say the names after them are editors': "Hrsg. von", "Edited by", "Éditeurs :", "Sous la direction de". */
    private static final Pattern EDITORS_NAMED_AFTER = Pattern.compile("(?iu)(?:\\b(?:hrsg|hg)\\.?\\s*v(?:on|\\.)|\\bherausgegeben\\s+von"
            + "|\\bedited\\s+by|\\beds?\\.\\s*by|\\béditeurs?\\s*:|\\bsous\\s+la\\s+direction\\s+de|\\ba\\s+cura\\s+di)\\s*$");

    /**
     * Names after a mark that makes them editors ("Die Häfen. Hrsg. von L. Brandt.", "Dans Coastal processes. Éditeur :
     * L. Brandt.") are editors, wherever the labeller read them as more authors.
     */
    static List<String> editorsAfterTheirMark(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("author");
        if (first < 0) {
            return labels;
        }
        int start = runEnd(labels, first) + 1;
        while (start < tokens.size() && !labels.get(start).equals("author")) {
            start++;
        }
        if (start >= tokens.size() || start < 2) {
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
        StringBuilder before = new StringBuilder();
        for (int i = Math.max(0, names - 6); i < names; i++) {
            before.append(tokens.get(i).spaceBefore() ? " " : "").append(tokens.get(i).text());
        }
        if (!EDITORS_NAMED_AFTER.matcher(before).find()) {
            return labels;
        }
        List<String> out = relabelled(labels, names, runEnd(labels, names), "editor");
        for (int i = start; i < names; i++) {
            out.set(i, Labels.OTHER);
        }
        return out;
    }

    /**
     * Astronomy's "Wigner, E., &amp; Witmer, E. 1928, ZPhy, 51, 859": the journal, often an ADS code, between the year and
     * the volume. Left unlabelled where no journal is read, it is the journal.
     */
    static List<String> journalLeftOutBetweenDateAndVolume(List<Token> tokens, List<String> labels) {
        int volume = labels.indexOf("volume");
        if (volume < 3 || labels.contains("container-title") || !tokens.get(volume - 1).text().equals(",")) {
            return labels;
        }
        int end = volume - 2;
        int start = end;
        while (start >= 0 && labels.get(start).equals(Labels.OTHER) && !tokens.get(start).text().equals(",")) {
            start--;
        }
        if (start < 0 || start == end || !tokens.get(start).text().equals(",") || start == 0 || !labels.get(start - 1).equals("date")
                || !isWordToken(tokens.get(start + 1).text())) {
            return labels;
        }
        return relabelled(labels, start + 1, end, "container-title");
    }

    /**
     * A book with no other title read as its container, before its publisher ("Bars, I.: Extra Dimensions in Space and
     * Time, p. 27. Springer, Berlin (2009)"): with no editors and no "In" before it, no journal's or conference's name,
     * and not both a volume and pages, the work is the book, and that is its title.
     */
    static List<String> bookReadAsContainer(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("container-title");
        int publisher = labels.indexOf("publisher");
        if (first < 0 || publisher < first || labels.contains("title") || labels.contains("editor") || labels.contains("issue")
                || labels.contains("volume") && labels.contains("page")) { // a journal's volume and pages, its publisher after
            return labels;
        }
        int last = runEnd(labels, first);
        int end = lastWord(tokens, first, last);
        String opening = tokens.get(first).text();
        if (labels.lastIndexOf("container-title") != last || opening.equalsIgnoreCase("in") || first > 0
                && tokens.get(first - 1).text().equalsIgnoreCase("in") || namesProceedings(tokens, first, last + 1)
                || JournalNames.shipped().isName(tokens, first, end)) {
            return labels;
        }
        for (int i = 0; i < first; i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals("in") || EDITOR_WORDS.contains(word) || word.startsWith("editor")) {
                return labels;
            }
        }
        return relabelled(labels, first, last, "title");
    }

    /**
     * A conference's proceedings cited whole, with no paper's title and no volume ("Proceedings of the 7th Mediterranean
     * Conference on Control and Automation (MED99) Haifa, Israel", "in Proceedings of the Third European Ceramic Society
     * Conference, Madrid, 1993"): the proceedings are the work, so their name is its title, without the "in".
     */
    static List<String> proceedingsCitedWhole(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("container-title");
        if (first < 0 || labels.contains("title") || labels.contains("volume") || labels.contains("issue")
                || labels.contains("editor")) { // "K. Lee, editor. Proc. …": a part of the edited volume, as Cora's data has it
            return labels;
        }
        int last = runEnd(labels, first);
        if (labels.lastIndexOf("container-title") != last || !namesProceedings(tokens, first, last + 1)) {
            return labels;
        }
        for (int i = 0; i < first; i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (EDITOR_WORDS.contains(word) || word.equals("editor") || word.equals("editors")) {
                return labels; // the names before were its editors', whatever the labeller read them as
            }
        }
        List<String> out = relabelled(labels, first, last, "title");
        String opening = tokens.get(first).text();
        if ((opening.equals("in") || opening.equals("In")) && first < last) {
            out.set(first, Labels.OTHER);
            if (tokens.get(first + 1).text().equals(":")) {
                out.set(first + 1, Labels.OTHER);
            }
        }
        return out;
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

    /** The longest title {@link #titleLeftUnlabelled} takes, in tokens: longer sentences the labeller does label. */
    private static final int LEFT_TITLE_TOKENS = 12;

    /**
     * "Jones, K. 2018. Essays. Journal …", "Adams, A. "Paper." In …", "Zed, Z. (2019) Title. (Accessed: …)":
     * a title of a word or two is often left outside every field by the labeller. When no title is labelled,
     * the first unlabelled sentence after the names and date (begun after a full stop, a bracket or an
     * opening quotation mark, ended by a full stop, a question mark or a closing quotation mark, and followed
     * only by labelled fields or cue words) is the title.
     */
    static List<String> titleLeftUnlabelled(List<Token> tokens, List<String> labels) {
        if (labels.contains("title")) {
            return labels;
        }
        int n = tokens.size();
        boolean named = false;
        int s = 0;
        for (; s < n; s++) {
            String label = labels.get(s);
            if (label.equals("author") || label.equals("editor") || label.equals("date")) {
                named = true;
            } else if (!label.equals(Labels.OTHER)) {
                return labels; // another field comes before any title
            } else if (named && hasLetter(tokens.get(s).text())) {
                break;
            }
        }
        if (s >= n || s == 0 || !opensSentence(tokens.get(s - 1).text())) {
            return labels;
        }
        int e = s;
        while (e < n && e - s < LEFT_TITLE_TOKENS && labels.get(e).equals(Labels.OTHER)
                && !closesSentence(tokens.get(e).text()) && !opensSentence(tokens.get(e).text())) {
            e++;
        }
        if (e >= n || !closesSentence(tokens.get(e).text()) || !labels.get(e).equals(Labels.OTHER)) {
            return labels;
        }
        String first = tokens.get(s).text();
        String last = tokens.get(e - 1).text().toLowerCase(Locale.ROOT);
        boolean quoted = isQuote(tokens.get(s - 1).text());
        if (!quoted && (!Character.isUpperCase(first.codePointAt(0)) || e - s == 1 && first.length() < 5
                || tokens.get(e).text().equals(".") && Features.isClosedClass(last))) {
            return labels; // "Vol. 3", "Available at", "report no. 87"; a journal's abbreviated word: "Circ. Res."
        }
        for (int k = e + 1; k < n && labels.get(k).equals(Labels.OTHER); k++) {
            String t = tokens.get(k).text();
            if (hasLetter(t) && !Features.isClosedClass(t.toLowerCase(Locale.ROOT))) {
                return labels; // more unlabelled words follow: the sentence is not plainly the title
            }
        }
        List<String> out = new java.util.ArrayList<>(labels);
        int end = tokens.get(e).text().equals("?") || tokens.get(e).text().equals("!") ? e + 1 : e;
        for (int k = s; k < end; k++) {
            out.set(k, "title");
        }
        return out;
    }

    private static boolean isQuote(String token) {
        return token.length() == 1 && "\"“‘«'„".indexOf(token.charAt(0)) >= 0;
    }

    private static boolean opensSentence(String token) {
        return token.equals(".") || token.equals(")") || token.equals("]") || isQuote(token);
    }

    private static boolean closesSentence(String token) {
        return token.equals(".") || token.equals("?") || token.equals("!")
                || token.length() == 1 && "\"”’»".indexOf(token.charAt(0)) >= 0;
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

    /** "(imprint), p. 514" at the end: group 1 the parenthesis' content, group 2 the pinpoint. */
    private static final Pattern PINPOINT = Pattern.compile("\\(([^()]*)\\)\\s*,\\s*((?:pp?\\.\\s*)?\\d+(?:\\s*[-–]\\s*\\d+)?)\\.?\\s*$");
    private static final Pattern IMPRINT_WORD = Pattern.compile("\\p{L}{2,}");
    /** "in Book (…), pp. 415-45": after a container the pages are the chapter's, not a pinpoint. */
    private static final Pattern IN_CONTAINER = Pattern.compile("(?i)\\bin:?\\s|//");

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
    private static boolean isVolumeNumber(String token) {
        return VOLUME_NUMBER.matcher(token).matches() && !Features.isYear(token);
    }

    private static final java.util.Set<String> ORDINAL_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th", "d");

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
        if (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && isVolumeNumber(tokens.get(k).text())
                && !(k + 1 < tokens.size() && ORDINAL_SUFFIXES.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT)))) {
            // (not "2nd ed.": an edition, not a volume)
            List<String> out = new java.util.ArrayList<>(labels);
            out.set(k, "volume");
            return out;
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
            if (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && isVolumeNumber(tokens.get(k).text())) {
                List<String> out = new java.util.ArrayList<>(labels);
                out.set(k, "volume");
                return out;
            }
        }
        return labels;
    }

    private static final Set<String> VOLUME_WORDS = Set.of("vol", "vols", "volume", "bd", "band", "tome"); // not "v": "…0608197v2"

    /**
     * "Sov. Phys. JETP 12 (1961) 1014", "Die Nahrung 36 (1992)": a reference that opens with its journal has
     * no author and no title. When the labeller reads the opening words as the author, there is no title
     * and no journal, the words hold no initials, and a volume or bare number follows them, those words
     * are the journal.
     */
    static List<String> journalFirst(List<Token> tokens, List<String> labels) {
        if (labels.isEmpty() || !labels.get(0).equals("author") || labels.contains("title")
                || labels.contains("container-title")) {
            return labels;
        }
        int end = openingRunEnd(labels);
        if (labels.subList(end + 1, labels.size()).contains("author")) {
            return labels;
        }
        for (int i = 0; i <= end && i + 1 < tokens.size(); i++) { // initials ("R. W. Walker") mean people, whatever follows
            String t = tokens.get(i).text();
            if (t.length() == 1 && Character.isUpperCase(t.charAt(0)) && tokens.get(i + 1).text().equals(".")) {
                return labels;
            }
        }
        int k = end + 1;
        while (k < tokens.size() && isPunctuation(tokens.get(k).text()) && !tokens.get(k).text().equals("(")) {
            k++;
        }
        boolean volumeNext = k < tokens.size() && (labels.get(k).equals("volume")
                || isVolumeNumber(tokens.get(k).text())
                || tokens.get(k).text().equalsIgnoreCase("vol"));
        if (!volumeNext) {
            return labels;
        }
        return relabelled(labels, 0, end, "container-title");
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
        int end = openingRunEnd(labels);
        if (labels.get(0).equals("title") && !(namesOrganisation(tokens, end) && endsWithAcronym(tokens, end))) {
            return labels; // APA puts an authorless work's title first: "Title. (2003)."
        }
        if (labels.get(0).equals("container-title") && !(namesOrganisation(tokens, end) && !namesPeriodical(tokens, end)
                && labels.contains("title"))) {
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
                if (Dates.isMonthOrSeason(t) || OTHER_MONTHS.contains(t.toLowerCase(Locale.ROOT))) {
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

    /** Months of the French, German, Spanish and Italian references that print APA's dates ("(2014, Avril)"). */
    private static final Set<String> OTHER_MONTHS = Set.of("janvier", "février", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "januar", "februar",
            "märz", "juni", "juli", "oktober", "dezember", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio",
            "giugno", "luglio", "settembre", "ottobre", "dicembre");

    private static final Pattern PERIODICAL_WORD = Pattern.compile("(?iU)\\b(?:journal|proceedings|bulletin|review|"
            + "transactions|annals|letters|quarterly|magazine|news|zeitschrift|вестник|журнал|известия)\\b");

    /** Whether tokens up to {@code end} name a journal or magazine ("Bulletin of the … Society"). */
    private static boolean namesPeriodical(List<Token> tokens, int end) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= end; i++) {
            run.append(tokens.get(i).text()).append(' ');
        }
        return PERIODICAL_WORD.matcher(run).find();
    }

    /** Whether tokens up to {@code end} end with an acronym in parentheses: "… Development (UNCTAD)". */
    private static boolean endsWithAcronym(List<Token> tokens, int end) {
        return end >= 2 && tokens.get(end).text().equals(")") && tokens.get(end - 2).text().equals("(")
                && tokens.get(end - 1).text().length() >= 2 && tokens.get(end - 1).text().chars().allMatch(Character::isUpperCase);
    }

    /** Whether tokens 0 to {@code end} name an organisation ("United Nations Conference on Trade and Development"). */
    private static boolean namesOrganisation(List<Token> tokens, int end) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= end; i++) {
            run.append(' ').append(tokens.get(i).text());
        }
        return Names.namesOrganisation(run.toString());
    }

    /** The last index of the run of one label that opens {@code labels}. */
    private static int openingRunEnd(List<String> labels) {
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

    /** Editor marks, lower-cased: "(Hg.)", "(Hrsg.)", "(ed.)", "(eds.)", "(dir.)". */
    private static final java.util.Set<String> EDITOR_WORDS = java.util.Set.of("hg", "hrsg", "ed", "eds", "dir");

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
     * Vancouver as PubMed prints it, "Port governance reform. Maritime Policy & Management. 2010 Mar;37(2):123-45.":
     * with no container labelled, a title followed by its date and then ";" and the volume holds the journal in
     * its last sentence, a run of capitalised words (and "&", "of", "and", "the", "in", "for", "on").
     */
    static List<String> journalReadIntoTitle(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int first = labels.indexOf("title");
        int last = labels.lastIndexOf("title");
        if (first < 0 || last - first < 3 || labels.subList(first, last + 1).stream().anyMatch(l -> !l.equals("title"))) {
            return labels;
        }
        // after the title: ".", the date, ";" and the volume
        int k = last + 1;
        while (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && isPunctuation(tokens.get(k).text())) {
            k++;
        }
        int dateStart = k;
        while (k < tokens.size() && labels.get(k).equals("date")) {
            k++;
        }
        if (k == dateStart || k + 1 >= tokens.size() || !tokens.get(k).text().equals(";") || !labels.get(k + 1).equals("volume")) {
            return labels;
        }
        int stop = -1;
        for (int i = last - 1; i > first + 1; i--) {
            String t = tokens.get(i).text();
            if (t.equals(".")) {
                stop = i;
                break;
            }
            if (!Character.isUpperCase(t.codePointAt(0)) && !JOURNAL_SMALL_WORDS.contains(t) && !t.equals("(") && !t.equals(")")) {
                return labels; // a lower-case word: still the title's sentence ("Surg Infect (Larchmt)" is a journal's)
            }
        }
        if (stop < 0 || stop == last - 1) {
            return labels;
        }
        List<String> out = relabelled(labels, stop + 1, last, "container-title");
        out.set(stop, Labels.OTHER);
        return out;
    }

    /** Words that mark a volume's or an issue's number: "Vol.", "Nr.", "No.", "Heft", "Bd.", "t.". */
    private static final Set<String> NUMBER_MARKS = Set.of("vol", "vols", "volume", "bd", "band", "tome", "t", "nr", "no", "num",
            "heft", "issue", "n", "nº", "№");

    /** Words that name a periodical in more languages than {@link #PERIODICAL_WORD}, for a title's last part. */
    private static final Pattern PERIODICAL_PART = Pattern.compile("(?iU)\\b(?:journal|journals|proceedings|bulletin|bulletins|"
            + "review|reviews|transactions|annals|annales|letters|quarterly|magazine|news|newsletter|zeitschrift|blätter|berichte|"
            + "mitteilungen|jahrbuch|revue|rivista|revista|cahiers|acta|archiv|archives|archivos|anales|studies|research|"
            + "reports|gazette|bollettino|boletín|tijdschrift|wetenschap|wochenschrift|вестник|журнал|известия)\\b");

    /**
     * "Die Vielfalt der Verbände. Information zur politischen Bildung, Nr. 253", "On the best first order linear shell
     * theory, Progress in Applied Mechanics 192 (1963)": with no container labelled and the numbers of an article after
     * the title, the title's last sentence or last comma-part is the journal where it names one, by JabRef's list or by
     * a periodical's word ("Zeitschrift", "Review", "Bulletin", "Revue", "wetenschap").
     */
    static List<String> journalInTitlesLastPart(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int first = labels.indexOf("title");
        if (first < 0) {
            return labels;
        }
        int last = runEnd(labels, first);
        if (last - first < 5 || labels.lastIndexOf("title") != last) {
            return labels;
        }
        int k = last + 1;
        while (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && (isPunctuation(tokens.get(k).text())
                || NUMBER_MARKS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
            k++;
        }
        if (k >= tokens.size() || !(labels.get(k).equals("volume") || labels.get(k).equals("page") || labels.get(k).equals("issue")
                || labels.get(k).equals("date") && (labels.contains("volume") || labels.contains("page")))) {
            return labels;
        }
        for (int i = last - 1; i > first + 2; i--) {
            String t = tokens.get(i).text();
            boolean stop = t.equals(".") && tokens.get(i - 1).text().length() > 2 && isWordToken(tokens.get(i - 1).text());
            if (!stop && !t.equals(",")) {
                continue;
            }
            int from = i + 1;
            if (from > last || !isWordToken(tokens.get(from).text()) || lettered(tokens, first, i) < 3) {
                return labels;
            }
            StringBuilder part = new StringBuilder();
            for (int j = from; j <= last; j++) {
                part.append(tokens.get(j).text()).append(' ');
            }
            if (JournalNames.shipped().isName(tokens, from, lastWord(tokens, from, last)) || PERIODICAL_PART.matcher(part).find()) {
                List<String> out = relabelled(labels, from, last, "container-title");
                out.set(i, Labels.OTHER);
                return out;
            }
            return labels; // only the last part
        }
        return labels;
    }

    /**
     * Vancouver with no mark after the title, "Amino acids … of minus-strand DNA J Virol (1996) 70:6151": with no
     * container labelled and the title followed by its date, volume or pages, a journal's name or standard
     * abbreviation ending the title is the container. A name of one word ("… diabetes mellitus QJM 2001; 94")
     * only after a lower-case word other than "of", "and", … ("Philosophy of Science" is a title), so that a
     * capital breaks the title's sentence.
     */
    static List<String> journalNamedAtTitleEnd(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int first = labels.indexOf("title");
        int last = labels.lastIndexOf("title");
        if (first < 0 || last - first < 4 || !isWordToken(tokens.get(last).text()) || !isOneRun(labels, first, last, "title")) {
            return labels;
        }
        int k = nextField(tokens, labels, last + 1, true);
        if (k >= tokens.size() || !JOURNAL_EVIDENCE.contains(labels.get(k))) {
            return labels;
        }
        JournalNames names = JournalNames.shipped();
        // a listed name has at most a dozen words (and their marks): no need to look further back
        for (int j = Math.max(first + 1, last - NAME_REACH); j <= last; j++) {
            String word = tokens.get(j).text();
            if (!Character.isUpperCase(word.codePointAt(0)) || lettered(tokens, first, j) < 3 || !names.isName(tokens, j, last)) {
                continue;
            }
            String before = tokens.get(j - 1).text();
            boolean oneWord = j == last;
            boolean lowerWordBefore = isWordToken(before) && Character.isLowerCase(before.codePointAt(0))
                    && !JOURNAL_SMALL_WORDS.contains(before) && !TITLE_SMALL_WORDS.contains(before);
            // "Familial aggregation of stroke. The Framingham Study. Stroke (1993) 24:1366"
            boolean sentenceBefore = before.equals(".") && isWordToken(tokens.get(j - 2).text());
            if (oneWord && !lowerWordBefore && !sentenceBefore) {
                continue;
            }
            List<String> out = relabelled(labels, j, last, "container-title");
            if (before.equals(".") || before.equals(",")) {
                out.set(j - 1, Labels.OTHER);
            }
            return out;
        }
        return labels;
    }

    /**
     * The American Meteorological Society's "Emanuel, K. A., and A. H. Sobel, 2007a: Use of a genesis potential index
     * …": with no date labelled, a year (with its letter) and a colon read as the title's first words are the date.
     */
    static List<String> yearReadIntoTitle(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("title");
        if (first < 0 || labels.contains("date") || first + 3 >= tokens.size() || !Features.isYear(tokens.get(first).text())) {
            return labels;
        }
        int colon = first + 1;
        String next = tokens.get(colon).text();
        if (next.length() == 1 && Character.isLowerCase(next.charAt(0)) && !tokens.get(colon).spaceBefore()) {
            colon++; // "2007a"
        }
        if (!tokens.get(colon).text().equals(":") || !labels.get(colon + 1).equals("title")) {
            return labels;
        }
        List<String> out = relabelled(labels, first, colon - 1, "date");
        out.set(colon, Labels.OTHER);
        return out;
    }

    /**
     * Short citations with no title, "Mischel and Cloughesy, Brain Pathol. (2003) 13(1): 52-61" and "C. P. Mak et A.
     * Brossi. Heterocycles, 12, 1413 (1979)": with no title and no container labelled, a listed journal's name read
     * into the end of the author span, after a comma, full stop or bracket and before the date, volume or pages, is
     * the journal.
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
        int k = nextField(tokens, labels, end + 1, false);
        if (k >= tokens.size() || !JOURNAL_EVIDENCE.contains(labels.get(k))) {
            return labels;
        }
        JournalNames names = JournalNames.shipped();
        for (int j = Math.max(a0 + 1, end - NAME_REACH); j <= a1; j++) {
            String before = tokens.get(j - 1).text();
            String word = tokens.get(j).text();
            if (!(before.equals(",") || before.equals(".") || before.equals("(") || before.equals(";"))
                    || !Character.isUpperCase(word.codePointAt(0)) || word.length() < 2) {
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
        return labels;
    }

    /**
     * A proceedings' acronym in brackets, "… Neural Networks (IJCNN89)", "(UIST 94)", "(II/2)": the container read up to
     * the bracket's inside, with the rest of it read as a volume or issue, goes on to the closing bracket.
     */
    static List<String> bracketLeftOpenInContainer(List<Token> tokens, List<String> labels) {
        int c0 = labels.indexOf("container-title");
        if (c0 < 0) {
            return labels;
        }
        int c1 = runEnd(labels, c0);
        int open = -1;
        for (int i = c1; i >= c0; i--) {
            String t = tokens.get(i).text();
            if (t.equals(")")) {
                return labels;
            }
            if (t.equals("(")) {
                open = i;
                break;
            }
        }
        if (open < 0 || open == c1) {
            return labels;
        }
        for (int k = c1 + 1; k < tokens.size() && k <= c1 + 3; k++) {
            String t = tokens.get(k).text();
            if (t.equals(")")) {
                return relabelled(labels, c1 + 1, k, "container-title");
            }
            String label = labels.get(k);
            if (!(label.equals("volume") || label.equals("issue") || label.equals(Labels.OTHER))
                    || !(isWordToken(t) || t.equals("-") || t.equals("/"))) {
                return labels;
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
        if (k >= tokens.size() || !labels.get(k).equals("volume") || !isVolumeNumber(tokens.get(k).text())) {
            return labels;
        }
        int next = k + 1;
        if (next < tokens.size() && tokens.get(next).text().equals(",")) {
            next++;
        }
        if (next >= tokens.size() || !isVolumeNumber(tokens.get(next).text()) || labels.get(next).equals("page")) {
            return labels;
        }
        List<String> out = relabelled(labels, c1 + 1, k, "container-title");
        if (k + 1 < next) {
            out.set(k + 1, Labels.OTHER);
        }
        out.set(next, "volume");
        return out;
    }

    private static final Set<String> SERIES_WORDS = Set.of("ser", "serie", "series", "série", "sér");

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
     * Physics' "V. Aynutdinov et al. Physics of Atomic Nuclei, V69, 11 (2006) p1914.": with no container labelled, a
     * title that is all of a journal's name or standard abbreviation, followed by a volume or pages, is the journal
     * (such styles print no article title).
     */
    static List<String> journalReadAsTitle(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int first = labels.indexOf("title");
        int last = labels.lastIndexOf("title");
        if (first <= 0 || !isOneRun(labels, first, last, "title")) {
            return labels;
        }
        int k = nextField(tokens, labels, last + 1, true);
        if (k >= tokens.size() || !(labels.get(k).equals("volume") || labels.get(k).equals("page"))
                || !JournalNames.shipped().isName(tokens, first, lastWord(tokens, first, last))) {
            return labels;
        }
        return relabelled(labels, first, last, "container-title");
    }

    /**
     * The title's last words read as the journal's first, "… fluoroquinolones in Canada N Engl J Med 1999;" and
     * "… tentative mapping of a locus involved in spermatogenesis Genomics 1991;": when the container right after
     * the title is not itself a journal's name but ends with one, and what stands before that name reads as the
     * end of a title (a lower-case word first, or the title ending on "in", "of", …), those words are the title's.
     */
    static List<String> titleEndReadIntoJournal(List<Token> tokens, List<String> labels) {
        int c0 = labels.indexOf("container-title");
        if (c0 <= 0 || !labels.contains("title")) {
            return labels;
        }
        int c1 = lastWord(tokens, c0, runEnd(labels, c0));
        int t = c0 - 1;
        while (t > 0 && labels.get(t).equals(Labels.OTHER) && isPunctuation(tokens.get(t).text())) {
            t--;
        }
        if (!labels.get(t).equals("title") || c1 - c0 < 1) {
            return labels;
        }
        JournalNames names = JournalNames.shipped();
        String opening = tokens.get(c0).text();
        String titleEnd = tokens.get(t).text();
        // an abbreviation's full stop between them, left out of both: "… fusion products Int. J. Mod. Phys. B 08"
        boolean abbreviationStop = t == c0 - 2 && tokens.get(c0 - 1).text().equals(".") && !tokens.get(c0 - 1).spaceBefore();
        if (t == c0 - 1 || abbreviationStop) {
            // the other way: "… of eelgrass meadows Marine Pollution Bulletin 2004;", the journal's first words read
            // into the title's end; even where the rest is a journal's name too, if those words are abbreviations
            // ("… lung carcinoma Proc Am Assoc Cancer Res 1999;", "… to albumin CRC Crit Rev Clin Lab Sci 1980;")
            for (int j = t; j > t - 4 && j > 0 && labels.get(j).equals("title") && isWordToken(tokens.get(j).text()); j--) {
                if (Character.isUpperCase(tokens.get(j).text().codePointAt(0)) && names.isName(tokens, j, c1)
                        && labels.get(j - 1).equals("title") && lettered(tokens, labels.indexOf("title"), j) >= 3
                        && (!names.isName(tokens, c0, c1) || abbreviatedWords(tokens, j, t))) {
                    return relabelled(labels, j, c0 - 1, "container-title");
                }
            }
        }
        boolean titleGoesOn = t == c0 - 1 && (JOURNAL_SMALL_WORDS.contains(titleEnd) || TITLE_SMALL_WORDS.contains(titleEnd));
        boolean lowerOpening = isWordToken(opening) && Character.isLowerCase(opening.codePointAt(0));
        boolean adjacent = t == c0 - 1 && isWordToken(titleEnd);
        boolean sentences = false;
        for (int i = c0 + 1; i < c1 && !sentences && !titleGoesOn && !lowerOpening && !adjacent; i++) {
            sentences = tokens.get(i).text().equals(".") && tokens.get(i - 1).text().length() > 5;
        }
        if (!titleGoesOn && !lowerOpening && !adjacent && !sentences || names.isName(tokens, c0, c1)) {
            return labels;
        }
        for (int j = Math.max(c0 + 1, c1 - NAME_REACH); j <= c1; j++) {
            String word = tokens.get(j).text();
            if (!Character.isUpperCase(word.codePointAt(0)) || !names.isName(tokens, j, c1)) {
                continue;
            }
            // "… in University Hospital, Kuala Lumpur. Med J Malaysia": the title's last sentence ends before the
            // journal; "… and its inhibitor ICAD Nature": a few words right after the title, with no mark
            boolean sentenceBefore = tokens.get(j - 1).text().equals(".") && tokens.get(j - 2).text().length() > 5;
            boolean fewWords = adjacent && lettered(tokens, c0, j) <= 3 && noAbbreviatedWord(tokens, c0, j); // not "Br J Urol Int"
            if (!titleGoesOn && !lowerOpening && !sentenceBefore && !fewWords) {
                continue;
            }
            int prefixEnd = j - 1;
            while (prefixEnd > c0 && isPunctuation(tokens.get(prefixEnd).text())) {
                prefixEnd--;
            }
            String prefixLast = tokens.get(prefixEnd).text().toLowerCase(Locale.ROOT);
            if (JOURNAL_SMALL_WORDS.contains(prefixLast) || TITLE_SMALL_WORDS.contains(prefixLast)) {
                return labels; // "to appear in ACM Transactions …": a cue before the journal
            }
            // words of a title, not a journal's abbreviated ones ("Int. J. Mod. Phys."): no word before a full stop
            // inside them
            for (int i = c0; i < prefixEnd; i++) {
                if (tokens.get(i + 1).text().equals(".") && isWordToken(tokens.get(i).text())) {
                    return labels;
                }
            }
            for (int i = t + 1; i <= prefixEnd; i++) {
                if (tokens.get(i).text().equals("<") || tokens.get(i).text().equals(">")) {
                    return labels; // markup left in the text ("<italic>"), not words
                }
            }
            List<String> out = relabelled(labels, t + 1, prefixEnd, "title");
            for (int i = prefixEnd + 1; i < j; i++) {
                out.set(i, Labels.OTHER);
            }
            return out;
        }
        return labels;
    }

    /**
     * A title of two sentences that the labeller read as two titles ("… in the native membrane environment. Effects of pH,
     * temperature … J Biol Chem 283"): with the journal after both, the second is no journal, and was dropped; the full
     * stop between them joins them.
     */
    /** Words that open a publisher's name: a sentence after the title that opens with one is the imprint. */
    private static final Set<String> PUBLISHING_WORDS = Set.of("editions", "éditions", "edizioni", "ediciones", "editora",
            "verlag", "press", "presses", "publishing", "publishers", "publications", "imprimerie");

    static List<String> titleInTwoSentences(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("title");
        if (first < 0 || labels.lastIndexOf("title") - first < 2 || labels.lastIndexOf("container-title") < labels.lastIndexOf("title")) {
            return labels;
        }
        int end = runEnd(labels, first);
        if (end + 2 < labels.size() && tokens.get(end + 1).text().equals(".") && labels.get(end + 1).equals(Labels.OTHER)
                && labels.get(end + 2).equals("title") && tokens.get(end + 2).spaceBefore()
                && !tokens.get(end + 2).text().equalsIgnoreCase("in") // "Title. In Proceedings …": a book
                && !PUBLISHING_WORDS.contains(tokens.get(end + 2).text().toLowerCase(Locale.ROOT))) { // "Title. Editions …"
            List<String> out = new java.util.ArrayList<>(labels);
            out.set(end + 1, "title");
            return out;
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
        if (!(after.equals(",") || after.equals(":")) || !labels.get(w + 2).equals("title") || isInitialLetter(tokens.get(w + 2).text())
                || !isFamilyFirstList(tokens, first, w - 2)) {
            return labels;
        }
        List<String> out = relabelled(labels, w, w + 1, "title");
        out.set(w - 1, Labels.OTHER);
        return out;
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

    /** A run of one to three capitals that initials print as ("M", "KP", "RHW"). */
    private static boolean isInitials(String t) {
        return !t.isEmpty() && t.length() <= 3 && isAllCaps(t);
    }

    private static boolean isAllCaps(String t) {
        return t.codePoints().allMatch(Character::isUpperCase);
    }

    /** Words after which a number is an identifier's or another work's, not this work's pages. */
    private static final Set<String> NOT_PAGES_AFTER = Set.of("erratum", "ibid", "doi", "pii", "issn", "isbn", "uci", "arxiv",
            "pmid", "pmcid");

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

    /** Words that open a title as often as they are a name: left to the title. */
    private static final Set<String> TITLE_OPENINGS = Set.of("The", "A", "An", "On", "In", "Of", "For", "To", "Towards",
            "Toward", "From", "New", "How", "Why", "What", "When", "Is", "Are", "Do", "Does", "Can", "Some", "Note", "Notes");

    /** Whether the words from {@code from} to {@code to} (inclusive) are capitalised and as short as a journal's abbreviated ones. */
    private static boolean abbreviatedWords(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            String t = tokens.get(i).text();
            if (t.length() > 5 || !Character.isUpperCase(t.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether no capitalised word from {@code from} up to {@code to} (exclusive) is as short as a journal's abbreviated ones. */
    private static boolean noAbbreviatedWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = tokens.get(i).text();
            if (Character.isUpperCase(t.codePointAt(0)) && t.length() < 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first place from {@code from} on that is not an unlabelled mark (nor, with {@code volumeWords}, an
     * unlabelled "Vol." or "v."): where the next field starts.
     */
    private static int nextField(List<Token> tokens, List<String> labels, int from, boolean volumeWords) {
        int k = from;
        while (k < tokens.size() && labels.get(k).equals(Labels.OTHER) && (isPunctuation(tokens.get(k).text())
                || volumeWords && (VOLUME_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) || tokens.get(k).text().equals("v")))) {
            k++;
        }
        return k;
    }

    /** The most tokens a listed journal's name spans (twelve words and their marks): how far back a rule looks for one. */
    private static final int NAME_REACH = 24;

    /** The fields that follow a journal's name, after a title. */
    private static final Set<String> JOURNAL_EVIDENCE = Set.of("date", "volume", "issue", "page");
    /** Words a title's sentence goes on after, besides {@link #JOURNAL_SMALL_WORDS}. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("to", "with", "by", "from", "at", "as", "a", "an", "into", "among",
            "between", "via", "during", "after", "under", "over", "against", "without", "within", "through");

    private static boolean isAcronym(String token) {
        return token.length() >= 2 && token.chars().allMatch(Character::isUpperCase);
    }

    /** Whether two words from {@code from} up to {@code to} (exclusive) are in lower case and longer than "of the": a title's words. */
    private static boolean hasLowerCaseWords(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to && words < 2; i++) {
            String t = tokens.get(i).text();
            if (t.length() > 3 && Character.isLowerCase(t.codePointAt(0))) {
                words++;
            }
        }
        return words >= 2;
    }

    private static final Set<String> JOURNAL_SMALL_WORDS = Set.of("&", "of", "and", "the", "in", "for", "on", "-", ":");

    /**
     * ACS's "Smith, A.; Jones, B. Port Governance Reform. Marit. Policy Manag. 2010, 37, 123–145.": with no title
     * labelled, a container read from the names to the year whose first sentence has two words or more before
     * its full stop, none of them abbreviated, holds the title in that sentence.
     */
    static List<String> titleReadIntoJournal(List<Token> tokens, List<String> labels) {
        if (labels.contains("title")) {
            return labels;
        }
        int first = labels.indexOf("container-title");
        if (first <= 0) {
            return labels;
        }
        int last = first;
        while (last + 1 < tokens.size() && labels.get(last + 1).equals("container-title")) {
            last++;
        }
        boolean dated = false;
        for (int i = 0; i < first; i++) {
            String l = labels.get(i);
            dated |= l.equals("date");
            if (!l.equals("author") && !l.equals("date") && !(l.equals(Labels.OTHER) && isPunctuation(tokens.get(i).text()))) {
                return labels; // "In" or another field before it: not ACS's or APA's order
            }
        }
        // "Turing, Alan, Computing Machinery and Intelligence, Mind 59, pp 433–460 (1950)": a journal's name after
        // the last comma or full stop
        int lastWord = last;
        while (lastWord > first && !isWordToken(tokens.get(lastWord).text())) {
            lastWord--;
        }
        boolean journalOnly = JournalNames.shipped().isName(tokens, first, lastWord); // "J. Cryst. Growth", not "Growth"
        for (int i = lastWord - 1; i > first + 1 && !journalOnly; i--) {
            String t = tokens.get(i).text();
            if ((t.equals(",") || t.equals(".") && tokens.get(i - 1).text().length() > 3) && lettered(tokens, first, i) >= 2
                    && JournalNames.shipped().isName(tokens, i + 1, lastWord)) {
                List<String> out = relabelled(labels, first, i - 1, "title");
                out.set(i, Labels.OTHER);
                return out;
            }
            if (t.equals(",") || t.equals(".")) {
                break;
            }
        }
        // Vancouver with no mark at all, "Picker LJ. Lymphocyte homing and homeostasis Science 1996; 272:6": the longest
        // listed journal that ends the span, after three words or more, two of them in lower case
        for (int s = first + 3; s <= lastWord && !journalOnly; s++) {
            Token start = tokens.get(s);
            if (start.spaceBefore() && Character.isUpperCase(start.text().codePointAt(0)) && isWordToken(tokens.get(s - 1).text())
                    && hasLowerCaseWords(tokens, first, s) && JournalNames.shipped().isName(tokens, s, lastWord)) {
                return relabelled(labels, first, s - 1, "title");
            }
        }
        int words = 0;
        // Elsevier's "A. Smith, B. Jones, Port governance reform, Marit. Policy Manag. 37 (2010) 123–145.": the title
        // ends at the last comma before an abbreviated journal name
        for (int i = last - 2; i > first + 1; i--) {
            if (tokens.get(i).text().equals(",")) {
                String next = tokens.get(i + 1).text();
                boolean abbreviatedJournal = Character.isUpperCase(next.codePointAt(0)) && next.length() <= 6
                        && tokens.get(i + 2).text().equals(".") && i + 3 <= last;
                boolean plainTitle = tokens.subList(first, i).stream().noneMatch(t -> t.text().equals(".")); // not "J. Phys. G, Nucl."
                if (abbreviatedJournal && plainTitle && lettered(tokens, first, i) >= 2) {
                    List<String> out = relabelled(labels, first, i - 1, "title");
                    out.set(i, Labels.OTHER);
                    return out;
                }
                break;
            }
        }
        for (int i = first; i < last; i++) {
            String t = tokens.get(i).text();
            if (t.equals(".")) {
                // APA's "Kim, S. (2019). Shipping. Marine Policy, 99": after the date, a title of one word
                boolean fullJournal = tokens.subList(i + 1, last + 1).stream().noneMatch(k -> k.text().equals("."))
                        && !(last + 1 < tokens.size() && tokens.get(last + 1).text().equals(".")); // not "Astrophys. J."
                boolean oneWordTitle = dated && words == 1 && lettered(tokens, i + 1, last + 1) >= 2 && fullJournal;
                // a journal's abbreviated words are short ("Genet.", "Trans."), and an acronym opens many ("IEEE Trans.");
                // a one-word title before a journal written out may be short too ("Ports. Maritime Policy")
                int before = tokens.get(i - 1).text().length();
                boolean abbreviated = before < (oneWordTitle ? 4 : 6) || isAcronym(tokens.get(first).text());
                if (words < 2 && !oneWordTitle || abbreviated || i + 2 > last) {
                    return labels;
                }
                List<String> out = relabelled(labels, first, i - 1, "title");
                out.set(i, Labels.OTHER);
                return out;
            }
            if (hasLetter(t)) {
                if (t.length() < 3 && !JOURNAL_SMALL_WORDS.contains(t.toLowerCase(Locale.ROOT)) && !t.equals("A")) {
                    return labels; // an abbreviated word ("J", "Int") opens the journal, not a title
                }
                words++;
            }
        }
        return labels;
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
     * "Putin, V. (2007). Speech … at the Munich Conference on Security Policy. Retrieved from http://…": the
     * only sentence after the names and date read as a container (its "Conference" looks like a proceedings')
     * is the title, when nothing of a container follows it (no volume, issue or pages) and no "In" or "//"
     * comes before it.
     */
    static List<String> titleReadAsContainer(List<Token> tokens, List<String> labels) {
        if (labels.contains("title") || !labels.contains("container-title") || labels.contains("volume")
                || labels.contains("issue") || labels.contains("page") || labels.contains("editor")) {
            return labels;
        }
        int n = tokens.size();
        int s = 0;
        boolean named = false;
        for (; s < n && !labels.get(s).equals("container-title"); s++) {
            String label = labels.get(s);
            if (label.equals("author") || label.equals("date")) {
                named = true;
            } else if (!label.equals(Labels.OTHER) || !isPunctuation(tokens.get(s).text())) {
                return labels; // "In", "//" or another field before the container
            }
        }
        int e = s;
        while (e < n && labels.get(e).equals("container-title")) {
            e++;
        }
        int words = 0;
        for (int k = s; k < e; k++) {
            String t = tokens.get(k).text();
            if (t.equals(".")) {
                return labels; // "Inorg. Chim. Acta", "Phys. Rev.": an abbreviated journal, its article cited without a title
            }
            words += hasLetter(t) ? 1 : 0;
        }
        if (!named || s == 0 || labels.subList(e, n).contains("container-title")) {
            return labels;
        }
        boolean sentence = tokens.get(s - 1).text().equals(".") || tokens.get(s - 1).text().equals(")");
        // "INSEE, 2009, Le commerce en France, Paris, INSEE.": a book's imprint after it, and no journal's name
        boolean imprinted = (labels.contains("publisher") || labels.contains("publisher-place")) && words >= 2
                && !JournalNames.shipped().isName(tokens, s, e - 1) && !namesProceedings(tokens, s, e);
        if (!(sentence && words >= 4) && !imprinted) {
            return labels;
        }
        return relabelled(labels, s, e - 1, "title");
    }

    /** Whether the tokens from {@code from} up to {@code to} (exclusive) name a conference or its proceedings. */
    private static boolean namesProceedings(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(tokens.get(i).text().toLowerCase(Locale.ROOT)).append(' ');
        }
        return PROCEEDINGS.matcher(text.toString().replace(" .", ".")).find();
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

    /** Inverted names and a colon: "Müller, Klaus:", "Schmidt, A.; Weber, B.:", "Keupp, H./Röhrle, B.:". */
    private static final Pattern NAMES_THEN_COLON = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’-]+,\\s(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)"
            + "(?:\\s?(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){0,2}(?:\\s*[;/]\\s*|\\s+(?:und|and|u\\.|&)\\s+)?)+?\\s*:\\s");

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
        StringBuilder head = new StringBuilder();
        for (int i = 0; i <= colon; i++) {
            head.append(i > 0 && tokens.get(i).spaceBefore() ? " " : "").append(tokens.get(i).text());
        }
        if (!NAMES_THEN_COLON.matcher(head.append(' ')).lookingAt()) {
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

    /** "Ibid., p. 12", "Ibidem", "Там же. С. 41": a note that repeats the work of the note before it. */
    private static final Pattern REPEAT = Pattern.compile("(?iu)^(?:ibid(?:em)?\\.?|там\\s+же\\.?)[\\s,.;:]*(.*?)\\.?$");
    /** "Brown, op. cit., 52", "Иванов И. И. Указ. соч. С. 41": a note that repeats an earlier work by that author. */
    private static final Pattern EARLIER = Pattern.compile("(?iu)^(\\p{L}[\\p{L}'’ .-]{0,60}?)[,.]?\\s+(?:op\\.\\s?cit|loc\\.\\s?cit|указ\\.\\s?соч)\\."
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
        if (same.lookingAt() && !before.isEmpty()) {
            return withAuthorsOf(before, text.substring(same.end()), source);
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
     * are kept.
     */
    private Item withAuthorsOf(List<Name> before, String rest, Source source) {
        Name first = before.get(0);
        String written = first.isLiteral() ? first.literal()
                : first.given().isEmpty() ? first.family() : first.family() + ", " + first.given();
        Item item = toItem(parse(written + rest), source);
        for (NameRole role : List.of(NameRole.AUTHOR, NameRole.EDITOR)) {
            List<Name> names = item.names(role);
            if (!names.isEmpty() && names.get(0).equals(first)) {
                List<Name> all = new java.util.ArrayList<>(before);
                all.addAll(names.subList(1, names.size()));
                return item.toBuilder().names(role, all).build();
            }
        }
        return item;
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

    /** The dashes or rules that stand for the authors of the entry before: "———", "——", "---", "___". */
    private static final Pattern SAME_AUTHORS = Pattern.compile("^(?:[—―]+|-{2,}|_{2,})(?=\\s*[.,])");

    /** An earlier entry's record again, with this entry's source and its own locator, if it gives one. */
    private static Item repeated(Item work, Source source, String locator) {
        Item.Builder again = work.toBuilder().sources(List.of(source));
        if (!locator.strip().isEmpty()) {
            again.set(Field.LOCATOR, locator.strip()); // a bare "Ibid." cites the same place as the note before
        }
        return again.build();
    }

    /** A series' name and the work's number in it: "Lecture Notes in Computer Science 2345", "…, vol. 17". */
    private static final Pattern SERIES_NUMBER = Pattern.compile(
            "(?iu)^(.*?\\p{L}.*?)[,;:]?\\s+(?:(?:vols?|v|no|nr|n°|№|вып|т)\\.?\\s*)?(\\d{1,4})$");

    /** The parsed reference as a record, with its source. */
    public Item toItem(Parsed p, Source source) {
        Map<String, String> f = p.fields();
        Matcher number = NUMBER.matcher(p.raw());
        Matcher standard = standardAt(Markup.strip(number.lookingAt() ? p.raw().substring(number.end()) : p.raw()));
        Item.Builder b = Item.builder(standard != null ? ItemType.STANDARD : type(p)).addSource(source);
        p.names().forEach(b::names);
        p.etAl().forEach(role -> b.etAl(role, true));
        b.set(Field.TITLE, f.get("title"));
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
        b.set(Field.EDITION, f.containsKey("edition") ? editionNumber(f.get("edition")) : null);
        if (f.containsKey("institution") && f.containsKey("publisher") && REPOSITORY.matcher(f.get("publisher")).find()
                && THESIS_GENRE.matcher(f.getOrDefault("genre", "").toLowerCase(Locale.ROOT)).find()) {
            b.set(Field.PUBLISHER, f.get("institution")); // a thesis's university; the publisher named after it holds it
            b.set(Field.ARCHIVE, f.get("publisher"));
        } else {
            b.set(Field.PUBLISHER, f.getOrDefault("publisher", f.get("institution")));
        }
        b.set(Field.PUBLISHER_PLACE, f.containsKey("publisher-place") ? place(f.get("publisher-place")) : null);
        b.set(Field.GENRE, f.get("genre"));
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
        String note = f.get("note");
        // "available at" whose link was lost is flagged below as incomplete, not kept as a note
        if (f.containsKey("date")) {
            Matcher reissue = REISSUE.matcher(f.get("date").strip());
            if (reissue.matches()) { // "(1962/2012)": first published 1962, cited in the edition of 2012
                boolean slash = reissue.group(2) != null;
                b.issued(DateParts.ofYear(Integer.parseInt(slash ? reissue.group(2) : reissue.group(3))));
                b.originalDate(DateParts.ofYear(Integer.parseInt(slash ? reissue.group(1) : reissue.group(4))));
            } else {
                Dates.parse(fullerDate(p.raw(), f.get("date"))).ifPresent(b::issued);
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
        // nor an access statement, "[Accessed 3 March 2020]", once it is read as the accessed date
        b.set(Field.NOTE, note != null && (LOST_LINK.matcher(note).matches()
                || accessDate.isPresent() && isAccessStatement(note)) ? null : note);
        if (isCyrillic(p.raw())) {
            b.set(Field.LANGUAGE, "ru");
        }
        String trimmed = p.raw().strip();
        if (LOST_LINK.matcher(trimmed).find()) {
            b.addWarning("incomplete: URL missing after '" + trimmed.replaceAll("(?s).*?((?i:available|retrieved|режим|url)[^,]*)$", "$1") + "'");
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
    /** Newspapers by the words of their names ("The New York Times", "Daily Telegraph", "Российская газета"). */
    static final Pattern NEWSPAPER = Pattern.compile("(?iU)\\b(?:times|post(?!-)|gazette|herald|tribune|guardian|"
            + "telegraph|daily|chronicle|observer|wall street journal|le monde|газета|ведомости|коммерсантъ|известия|"
            + "правда)\\b");
    /** Magazines by the words of their names ("The Economist", "Foreign Policy", "Time Magazine"). */
    static final Pattern MAGAZINE = Pattern.compile("(?iU)\\b(?:magazine|economist|newsweek|new yorker|"
            + "the atlantic|forbes|fortune|wired|foreign policy|time magazine|огонёк|огонек)\\b|^time$");

    /** An arXiv identifier as printed: "arXiv:1706.03762", "arXiv:hep-th/9802109", "arxiv.org/abs/1810.04805". */
    private static final Pattern ARXIV = Pattern.compile("(?i)(?:\\barxiv\\s*:\\s*|arxiv\\.org/abs/)"
            + "(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z][a-z.-]*(?:\\.[a-z]{2})?/\\d{7}(?:v\\d+)?)");

    private static final Pattern ISSN = Pattern.compile("\\bISSN\\s*:?\\s*(\\d{4})\\s*[-–]\\s*(\\d{3}[\\dXx])\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMID = Pattern.compile("\\bPMID\\s*:?\\s*(\\d{1,9})\\b");
    private static final Pattern PMCID = Pattern.compile("\\bPMCID\\s*:?\\s*(?:PMC\\s*)*(\\d{3,9})\\b");

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
        Matcher pmcid = raw.contains("PMCID") ? PMCID.matcher(raw) : null;
        if (pmcid != null && pmcid.find()) {
            b.set(Field.PMCID, "PMC" + pmcid.group(1));
        }
    }

    /** The arXiv identifier a reference prints, which CSL keeps as the number ("arXiv:1706.03762"), as Zotero does. */
    static Optional<String> arxiv(String raw) {
        if (raw.indexOf('v') < 0 && raw.indexOf('V') < 0) {
            return Optional.empty();
        }
        Matcher m = ARXIV.matcher(raw);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** GOST's designation of an online resource, "[Электронный ресурс]" or (GOST 2018) "Текст : электронный". */
    private static boolean isElectronic(String lowerCaseRaw) {
        return lowerCaseRaw.contains("электронный ресурс") || lowerCaseRaw.contains(": электронный");
    }

    /** The treaty series {@link #TREATY} reads as a treaty's container. */
    private static final Set<String> TREATY_SERIES = Set.of("U.N.T.S.", "U.S.T.", "T.I.A.S.", "I.L.M.", "Stat.", "E.T.S.",
            "C.E.T.S.", "L.N.T.S.", "Bevans", "O.J.", "O.J. (L)", "O.J. (C)");

    /**
     * China's GB/T 7714 marks each work's kind after its title, "医学生BMI与体质测试指标相关性[J].中国公共卫生,2017,33(12)": a
     * journal article, [M] a book, [D] a thesis, [C] a conference's proceedings, [N] a newspaper, [R] a report, [S] a
     * standard, [P] a patent, [EB/OL] a web page.
     */
    static final Pattern GBT_TYPE_MARK = Pattern.compile("\\s?\\[(J|M|D|C|N|R|S|P|EB/OL|J/OL|M/OL|DB/OL|N/OL)]");
    private static final Map<String, ItemType> GBT_TYPES = Map.ofEntries(Map.entry("J", ItemType.ARTICLE_JOURNAL),
            Map.entry("J/OL", ItemType.ARTICLE_JOURNAL), Map.entry("M", ItemType.BOOK), Map.entry("M/OL", ItemType.BOOK),
            Map.entry("D", ItemType.THESIS), Map.entry("C", ItemType.PAPER_CONFERENCE), Map.entry("N", ItemType.ARTICLE_NEWSPAPER),
            Map.entry("N/OL", ItemType.ARTICLE_NEWSPAPER), Map.entry("R", ItemType.REPORT), Map.entry("S", ItemType.STANDARD),
            Map.entry("P", ItemType.PATENT), Map.entry("EB/OL", ItemType.WEBPAGE), Map.entry("DB/OL", ItemType.DATASET));

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
        if (LAW_TITLE.matcher(f.getOrDefault("title", "")).find()) {
            return ItemType.LEGISLATION;
        }
        if (TREATY_SERIES.contains(f.getOrDefault("container-title", "")) && !f.containsKey("author")) {
            return ItemType.TREATY;
        }
        if (f.containsKey("authority") || f.getOrDefault("title", "").contains(" v. ") && !f.containsKey("author")
                && f.containsKey("container-title") && f.containsKey("volume") && f.containsKey("page")) {
            return ItemType.LEGAL_CASE; // as LEGAL_CASE reads it: the parties, a reporter's volume and page
        }
        Matcher gbt = p.raw().indexOf('[') >= 0 ? GBT_TYPE_MARK.matcher(p.raw()) : null;
        if (gbt != null && gbt.find()) {
            return GBT_TYPES.get(gbt.group(1));
        }
        String container = f.getOrDefault("container-title", "").toLowerCase(Locale.ROOT);
        String genre = f.getOrDefault("genre", "").toLowerCase(Locale.ROOT);
        if (THESIS_GENRE.matcher(genre).find() || THESIS_RAW.matcher(raw).find()
                || raw.contains("дис.")) {
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
        if (genre.endsWith("software")) {
            return ItemType.SOFTWARE;
        }
        if (genre.startsWith("blog")) {
            return ItemType.POST_WEBLOG; // APA's "[Blog post]"
        }
        if (genre.equals("tweet") || genre.endsWith("facebook post") || genre.equals("online forum post")) {
            return ItemType.POST; // APA's "[Tweet]": a post on social media, as Zotero types it
        }
        if (genre.equals("video") || genre.equals("film") || genre.equals("motion picture")) {
            return ItemType.MOTION_PICTURE;
        }
        if (!container.isEmpty()) {
            if (PROCEEDINGS.matcher(container).find()) {
                return ItemType.PAPER_CONFERENCE;
            }
            if (!f.containsKey("volume") && !f.containsKey("editor")) {
                if (MAGAZINE.matcher(container).find()) { // first: "The New York Times Magazine"
                    return ItemType.ARTICLE_MAGAZINE;
                }
                if (NEWSPAPER.matcher(container).find() || NEWS_SERVICE.matcher(container).find() && !f.containsKey("page")
                        && DAY_OF_MONTH.matcher(f.getOrDefault("date", "")).find()) {
                    return ItemType.ARTICLE_NEWSPAPER; // "BBC News, May 25, 2019": a news service's story of a day
                }
            }
            if (f.containsKey("editor") || IN_MARK.matcher(raw).find() && (f.containsKey("publisher")
                    || f.containsKey("publisher-place")) || raw.contains("//") && f.containsKey("publisher")) {
                return ItemType.CHAPTER;
            }
            if (isElectronic(raw) && f.containsKey("URL") && !f.containsKey("volume") && !f.containsKey("issue")
                    && !f.containsKey("page")) {
                return ItemType.WEBPAGE; // "[Электронный ресурс] // Московский центр Карнеги. 2016.": a site's page
            }
            return ItemType.ARTICLE_JOURNAL;
        }
        // a link to a DOI, or a link after a book's "Place: Publisher" imprint or ISBN, is where the book is read
        boolean pageLink = f.containsKey("URL") && !f.get("URL").toLowerCase(Locale.ROOT).contains("doi.org/")
                && !(f.containsKey("publisher-place") && f.containsKey("publisher") || f.containsKey("ISBN"));
        if (pageLink || LOST_LINK.matcher(p.raw().strip()).find() || isElectronic(raw)) {
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

    /** GOST abbreviations of cities expanded: "М." → "Москва". */
    static String place(String place) {
        String p = place.strip();
        return PLACES.getOrDefault(p, PLACES.getOrDefault(p + ".", p));
    }

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
    static String fullerDate(String text, String date) {
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
        if (f.containsKey("container-title") || !page.chars().allMatch(Character::isDigit)) {
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

    /** Whether the text ends with a letter or digit, perhaps before a full stop: a cheap test before {@link FieldRules#DAY_MONTH_END}. */
    private static boolean endsWithDayOrMonth(String text) {
        int end = text.endsWith(".") ? text.length() - 2 : text.length() - 1;
        return end > 0 && Character.isLetterOrDigit(text.charAt(end)) && text.lastIndexOf(", ") > 0;
    }
}
