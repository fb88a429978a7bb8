package io.github.citekit.internal.refs;

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
 * page ranges and GOST place abbreviations, access dates, lost links, and the item type.
 */
public final class ReferenceParser {
    /** A note's signal before the work it cites: "See", "See also", "Cf." (not the surname in "See, J." or "See JA"). */
    private static final Pattern SIGNAL = Pattern.compile("^(?:[Ss]ee(?:\\s+also)?|[Cc]f\\.)\\s+(?=\\p{Lu}\\p{Ll}|(?:\\p{Lu}\\.\\s?)+\\p{Lu}\\p{Ll})");
    /** A note's second work after its first: "…: 201–20; see also Byers, International Law, 150." */
    private static final Pattern SECOND_WORK = Pattern.compile("(?i);\\s+(?:see(?:\\s+also)?|cf\\.|compare)\\s+(?=\\p{Lu})");
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(?:1[5-9]|20)\\d\\d\\b");
    private static final Pattern PAGE_ABBREVIATION = Pattern.compile("^pp?\\.\\s*");
    private static final Pattern DASH_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)\\s*[–—]\\s*(?=\\d)");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern ALL_BUT_LAST_NAME = Pattern.compile("^.*(?:,\\s|\\sand\\s)");
    private static final Pattern FULL_STOPS = Pattern.compile("\\.[\\s.]*");
    private static final Pattern PAGES_WORD = Pattern.compile("(?iu)^(?:pp?\\.|pages?|с\\.|s\\.)\\s*");
    private static final Pattern SPACED_DASHES = Pattern.compile("\\s*[–—]+\\s*");
    /** A list or note number before the entry: "[12]", "(12)", "12.", "12)", and a note's bare "12 Name". */
    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:(?:\\[\\d{1,3}]|\\(\\d{1,3}\\)|\\d{1,3}[.)]|\\d{1,3}(?=\\s+\\p{Lu}))\\s+"
            + "|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\\s*)");
    private static final Pattern LOST_LINK = Pattern.compile("(?iu)(?:available (?:at|from|online)|retrieved from|"
            + "режим доступа|url)\\s*:?\\s*\\.?$");
    private static final Pattern ACCESSED = Pattern.compile("(?iu)(?:accessed|retrieved|viewed|consulted|"
            + "дата обращения)\\s*(?:on\\s*)?:?\\s*([^)\\]]{4,30}?\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})");
    /** Vancouver's day of access, "2020 Mar 3", in group 1. */
    private static final String VANCOUVER_DAY = "((?:1[5-9]|20)\\d\\d\\s\\p{L}{3,}\\.?(?:\\s\\d{1,2})?)";
    /** Vancouver's access date: "[cited 2020 Mar 3]", "[updated 2020 Jan 5; cited 2020 Mar 3]". */
    private static final Pattern CITED_DATE = Pattern.compile("(?iu)\\[(?:updated [^;\\]]*;\\s*)?cited\\s+" + VANCOUVER_DAY + "]");
    /** The same as a note, without its brackets: "cited 2020 Mar 3". */
    private static final Pattern CITED_NOTE = Pattern.compile("(?iu)cited\\s+" + VANCOUVER_DAY);
    /** What may follow an access date in a note: APA 6's "Retrieved March 3, 2020, from". */
    private static final Pattern AFTER_ACCESS = Pattern.compile("(?i)[\\s,.]*(?:from)?[\\s.]*");
    /** An access word left at the end of a container: "Wikipedia. Retrieved". */
    private static final Pattern TRAILING_ACCESS_WORD = Pattern.compile("(?iu)[.,]?\\s+(?:retrieved|accessed|available)$");
    /** "(Accessed: 3 March 2020)" ends like an imprint "(London: Verso 2020)" but is an access date. */
    private static final Pattern ACCESS_WORD = Pattern.compile("(?iu)accessed|retrieved|viewed|consulted|cited|дата обращения");
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
    private static final Pattern THESIS_GENRE = Pattern.compile("thesis|diss|дис|phd|master");
    private static final Pattern THESIS_RAW = Pattern.compile("\\b(?:phd|ph\\.d\\.|doctoral) (?:diss|thesis)");
    private static final Pattern REPORT_GENRE = Pattern.compile("report|working paper|technical|tech\\. rep|отчет|доклад");
    private static final Pattern PROCEEDINGS = Pattern.compile("proc\\.|proceedings|conference|symposium|workshop|congress|"
            + "paper presented at|annual meeting|конференц|конф\\.|симпозиум|съезд|форум");
    private static final Pattern IN_MARK = Pattern.compile("\\bin:? ");

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
            refine(text, fields);
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
        out = LabelList.of(proceedingsCitedWhole(tokens, out));
        out = LabelList.of(bookReadAsContainer(tokens, out));
        out = LabelList.of(editorsAfterTheirMark(tokens, out));
        out = LabelList.of(wordsWithoutInitialsEndingNames(tokens, out));
        out = LabelList.of(collaborationFirst(tokens, out));
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
        if (labels.get(comma + 1).equals("author") && isOneRun(labels, comma + 1, comma + 1, "author")) {
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

    private static final Pattern EDITOR_MARK = Pattern.compile("(?iu)^(?:\\.,?|,)?\\s*(?:\\(?(?:eds?|editors?|hrsg|hg|dir|réd|ред)\\.?\\)?"
            + "|\\((?:éds?|coords?|orgs?|a cura di)\\.?\\))[.,:]?(?:\\s|$)"); // "Org. Synth." is a journal: these in brackets only
    /** "Translated by", "trans.", "Traduction de", "Trad. fr. par" just before a name span. */
    private static final Pattern TRANSLATED_BEFORE = Pattern.compile(
            "(?iu)(?:\\btranslated|\\btransl?\\.|\\btraduction|\\btrad\\.?(?:\\s*fr\\.)?|\\bübersetzt|\\bпер\\.)\\s*(?:by|de|par|von|с\\s+\\p{L}+\\.)?\\s*$");
    /** "(trans.)", "trans." just after a name span. */
    private static final Pattern TRANSLATED_AFTER = Pattern.compile("(?iu)^\\s*,?\\s*\\(?(?:trans|transl|tr)\\.?\\)?(?:[\\s,.]|$)");
    private static final Pattern IMPRINT = Pattern.compile("\\((?:([^():]{2,40}):\\s*)?([^()]*?\\p{L}[^()]*?),?\\s+((?:1[5-9]|20)\\d\\d)\\)\\.?$");
    private static final Pattern GOST_IMPRINT = Pattern.compile("[–—-]\\s*(\\p{Lu}[\\p{L}-]*\\.?(?:\\s\\p{Lu}[\\p{L}-]*\\.?)?)\\s*:\\s*([^,.;:—–]+?)\\s*(?:[,.;]|$)");
    private static final Pattern SPACED_HYPHEN_PUBLISHER = Pattern.compile("^(.+?)\\s+[-–]\\s+(\\p{Lu}[\\p{L}]*(?:\\s+[\\p{L}]+){0,2})$");

    /**
     * Rules for what the labeller gets wrong in non-academic styles: names followed by "eds." are
     * editors; a book imprint in parentheses "(Publisher Year)" or "(Place: Publisher, Year)"; a GOST
     * imprint "– М. : Publisher"; a GOST title and publisher joined by a spaced hyphen; an organisation
     * that is all a web reference prints is its title; ranges written with dashes.
     */
    private static void refine(String text, Map<String, String> f) {
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

    /** A count of pages, the number before its abbreviation: "223 p.", "368 pp.", "xii, 412 S.", "320 с.". */
    private static final Pattern PAGE_TOTAL = Pattern.compile("(?<![\\d–-]\\s?)(\\d{1,5})\\s?(?:pp?|S|pages|с)\\.?(?=[\\s,;.)]|$)");

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
    private static final Pattern WORD_EDITION = Pattern.compile("(?iu)^(\\p{L}+)\\s+(?:ed|edn|edition)\\.?$");

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

    /** APA's original and cited editions, "1962/2012", and the bracketed original year, "2003 [1910]". */
    private static final Pattern REISSUE = Pattern.compile("^\\(?(?:((?:1[5-9]|20)\\d\\d)\\s?/\\s?((?:1[5-9]|20)\\d\\d)"
            + "|((?:1[5-9]|20)\\d\\d)\\s?\\[((?:1[5-9]|20)\\d\\d)])\\)?$");

    /** A day and a month, either order, that end the reference: ", 27 February.", ", Feb. 27". */
    private static final Pattern DAY_MONTH_END = Pattern.compile("(?iu),\\s+(\\d{1,2}\\s+\\p{L}{3,}\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2})\\.?$");

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

    private static final Pattern YEAR_ONLY = Pattern.compile("^\\(?(?:1[5-9]|20)\\d\\d\\)?$");

    /** Whether the text ends with a letter or digit, perhaps before a full stop: a cheap test before {@link #DAY_MONTH_END}. */
    private static boolean endsWithDayOrMonth(String text) {
        int end = text.endsWith(".") ? text.length() - 2 : text.length() - 1;
        return end > 0 && Character.isLetterOrDigit(text.charAt(end)) && text.lastIndexOf(", ") > 0;
    }

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

    private static final Pattern REPORT_OR_THESIS = Pattern.compile("(?i)\\b(?:thesis|dissertation|diss\\.|ph\\.?\\s?d\\b|"
            + "reports?\\b|tech\\.|TR[- ]?\\d|memo(?:randum)?\\b|working paper|master['’]?s\\b|M\\.\\s?S\\.)");
    private static final Pattern INSTITUTION_WORDS = Pattern.compile("(?i)univ|institut|laborator|\\blabs?\\b|\\bdept\\b|"
            + "department|college|school|\\bcent(?:er|re)\\b|research|faculty|[ée]cole");
    private static final Pattern PUBLISHING_HOUSE = Pattern.compile("(?i)press|verlag|publish|books|editions");

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

    /** APA's "Title [Doctoral dissertation, University of Leeds]": the bracket names the genre and the institution. */
    private static final Pattern THESIS_DESCRIPTION = Pattern.compile(
            "^(.+?)\\s*\\[((?i:(?:unpublished\\s+)?(?:doctoral|master['’]?s|ph\\.?\\s?d\\.?|bachelor['’]?s)\\s+(?:dissertation|thesis)))"
            + "(?:,\\s*([^\\]]+))?]$");
    /** APA 6's "Title (Master's thesis)": the same in parentheses, the institution after it. */
    private static final Pattern THESIS_IN_PARENTHESES = Pattern.compile(
            "^(.+?)\\s*\\(((?i:(?:unpublished\\s+)?(?:doctoral|master['’]?s|ph\\.?\\s?d\\.?|bachelor['’]?s)\\s+(?:dissertation|thesis)))"
            + "(?:,\\s*([^)]+))?\\)$");

    /** A repository that holds theses: "Oxford Research Archive", "ProQuest Dissertations and Theses", "eScholarship". */
    private static final Pattern REPOSITORY = Pattern.compile("(?i)archive|repositor|proquest|dissertations|theses|"
            + "digital commons|eprints|dspace|scholarworks|escholarship");

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
     * The record of one entry of a list or note sequence. An entry that only says "Ibid." (with perhaps
     * a page) repeats the work of the entry before it, and "Brown, op. cit., 52" the latest earlier work
     * whose first author is Brown: it gets that record, with its own source and its page, if it gives one,
     * as the locator, rather than a record of a work named "Ibid".
     *
     * @param earlier the records of the entries before, in order
     */
    /**
     * The longest text read as one reference, in characters. The labelled references run to 900; a longer text is
     * several run together or none, and the rules' patterns grow slow (or overflow the stack) on such lengths.
     */
    public static final int MAX_LENGTH = 2000;

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
    private static final Pattern NEWSPAPER = Pattern.compile("(?iU)\\b(?:times|post(?!-)|gazette|herald|tribune|guardian|"
            + "telegraph|daily|chronicle|observer|wall street journal|le monde|газета|ведомости|коммерсантъ|известия|"
            + "правда)\\b");
    /** Magazines by the words of their names ("The Economist", "Foreign Policy", "Time Magazine"). */
    private static final Pattern MAGAZINE = Pattern.compile("(?iU)\\b(?:magazine|economist|newsweek|new yorker|"
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
    private static final Pattern GBT_TYPE_MARK = Pattern.compile("\\s?\\[(J|M|D|C|N|R|S|P|EB/OL|J/OL|M/OL|DB/OL|N/OL)]");
    private static final Map<String, ItemType> GBT_TYPES = Map.ofEntries(Map.entry("J", ItemType.ARTICLE_JOURNAL),
            Map.entry("J/OL", ItemType.ARTICLE_JOURNAL), Map.entry("M", ItemType.BOOK), Map.entry("M/OL", ItemType.BOOK),
            Map.entry("D", ItemType.THESIS), Map.entry("C", ItemType.PAPER_CONFERENCE), Map.entry("N", ItemType.ARTICLE_NEWSPAPER),
            Map.entry("N/OL", ItemType.ARTICLE_NEWSPAPER), Map.entry("R", ItemType.REPORT), Map.entry("S", ItemType.STANDARD),
            Map.entry("P", ItemType.PATENT), Map.entry("EB/OL", ItemType.WEBPAGE), Map.entry("DB/OL", ItemType.DATASET));

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

    /**
     * The end of an author span that runs straight into the container: a full name with initials ("K.
     * Mannheim", "R. W. WALKER.") and then one capitalised word, perhaps after an initial-like letter,
     * that an abbreviation's full stop follows: "Astropart", "React", "Z. Anorg".
     */
    private static final Pattern AUTHOR_THEN_JOURNAL_WORD = Pattern.compile(
            "^(.*\\p{Lu}\\.\\s*\\p{Lu}[\\p{L}'-]+)\\.?\\s+((?:\\p{Lu}\\.\\s*)?\\p{Lu}\\p{Ll}+)$");

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

    /** Whether {@code text} has one of the words that {@link #ACCESSED} starts with: a cheap test before it. */
    private static boolean mentionsAccess(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("accessed") || t.contains("retrieved") || t.contains("viewed") || t.contains("consulted")
                || t.contains("дата обращения");
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:1[5-9]|20)\\d\\d)(?![\\d.]\\d)");

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
}
