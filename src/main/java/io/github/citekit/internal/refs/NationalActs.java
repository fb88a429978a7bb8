package io.github.citekit.internal.refs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the national laws and decrees of European countries as their own lists cite them, by the act's kind, its number
 * and its date, and the official journal after it: France's "Loi n° 2022-217 du 21 février 2022 relative à …. Journal
 * officiel, 22 février 2022.", Germany's "Gesetz über … vom 12. März 2005 (BGBl. I S. 742).", Spain's "Ley 33/2010, de 5
 * de agosto, de …. BOE núm. 191.", Italy's "Legge 28 gennaio 1994, n. 84, …", Poland's "Ustawa z dnia 20 grudnia 1996 r.
 * o … (Dz. U. z 1997 r. Nr 9, poz. 44).", Portugal's and Brazil's "Lei nº 12.815, de 5 de junho de 2013.", the
 * Netherlands' "Wet van 8 maart 1996, …". The labeller, which learned from references to books and articles, splits such
 * a title at its date's full stops.
 */
final class NationalActs {
    private NationalActs() {
    }

    /** The kinds of act a reference to one opens with, and a German act's name that ends in one ("Hafengesetz"). */
    // words that are names too ("Lei Wang", "Orden, J.") count only with what follows them in an act's title
    private static final Pattern HEAD = Pattern.compile("^(?:Loi(?:\\s+organique)?\\s+(?:n[°º]|du\\s)|(?:Décret|Ordonnance|Arrêté)\\s"
            + "|(?:Gesetz|Verordnung)\\s|\\p{Lu}\\p{Ll}+(?:gesetz|verordnung)\\s"
            + "|Ley(?:\\s+Orgánica)?\\s+\\d|(?:Real\\s+Decreto(?:-ley|\\s+Legislativo)?|Decreto(?:-Lei|-legge|\\s+legislativo)?)\\s"
            + "|(?:Legge|D\\.\\s?Lgs\\.)\\s|(?:Ustawa|Rozporządzenie)\\s|Lei(?:\\s+Complementar)?\\s+n\\.?[°º]|Wet\\s+van\\s"
            // Russia's and Ukraine's acts cited without GOST's "//": "Указ Президента РФ от 26.10.2020 № 645 «…»"
            + "|(?:Федеральный(?:\\s+конституционный)?\\s+закон|Закон|Указ|Постановление|Распоряжение|Приказ|Наказ)\\s)");

    /** The first words of {@link #HEAD}, up to a space, a full stop or a hyphen: a set lookup before the pattern. */
    private static final java.util.Set<String> HEAD_WORDS = java.util.Set.of("Loi", "Décret", "Ordonnance", "Arrêté", "Gesetz",
            "Verordnung", "Ley", "Real", "Decreto", "Legge", "D", "Ustawa", "Rozporządzenie", "Lei", "Wet", "Федеральный", "Закон",
            "Указ", "Постановление", "Распоряжение", "Приказ", "Наказ");

    /** The first letters of {@link #HEAD_WORDS}. */
    private static final String HEAD_INITIALS = "LDOAGVRUWФЗУПРН";

    /** Whether {@code text}'s first word may open {@link #HEAD}: one of its words, or a German compound of "-gesetz". */
    private static boolean mayOpenAnAct(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == 0 || HEAD_INITIALS.indexOf(text.charAt(0)) < 0 && text.charAt(end - 1) != 'z' && text.charAt(end - 1) != 'g') {
            return false; // no head word opens so, and no "-gesetz" or "-verordnung" ends the word
        }
        String first = text.substring(0, end);
        return HEAD_WORDS.contains(first) || first.endsWith("gesetz") || first.endsWith("verordnung");
    }

    /** The act's date: "du 21 février 2022", "vom 12. März 2005", "z dnia 20 grudnia 1996", "de 5 de junho de 2013", "van 8 maart 1996", "28 gennaio 1994". */
    private static final Pattern DATE = Pattern.compile("(?:\\b(?:du|vom|z dnia|van|de|del)\\s+)?"
            + "(\\d{1,2}(?:er|º)?\\.?\\s+(?:de\\s+)?\\p{L}{3,}\\.?(?:\\s+(?:de\\s+)?(?:1[89]|20)\\d\\d)?)"
            + "|(?:от|від)\\s+(\\d{1,2}\\.\\d{2}\\.(?:1[89]|20)\\d\\d)"); // "от 26.10.2020"
    /** An act's number: "n° 2022-217", "nº 12.815", "n. 84", "33/2010", "Nr. 5". */
    private static final Pattern NUMBER = Pattern.compile("(?:\\b(?:n[°º]\\.?|n\\.|Nr\\.)|№)\\s*(\\d[\\d.-]*\\d|\\d)(?:-[\\p{L}IVX]+)?"
            + "|\\s(\\d{1,4}/(?:1[89]|20)\\d\\d)\\b");
    /** An official journal's name. */
    private static final Pattern GAZETTE = Pattern.compile("Journal officiel|JORF|BGBl\\.|Bundesgesetzblatt|BOE|Boletín Oficial"
            + "|Gazzetta Ufficiale|G\\.U\\.|Dz\\.\\s?U\\.|Dziennik Ustaw|Diário Oficial|Diário da República|Staatsblad|Stb\\.");
    /** Its page or position: "S. 742", "poz. 44", "p. 3". */
    private static final Pattern GAZETTE_PLACE = Pattern.compile("\\b(?:S\\.|poz\\.|p\\.|pág\\.)\\s*(\\d{1,6})");
    /** Its issue: "núm. 191", "n. 28", "Nr 9", "nº 105". */
    private static final Pattern GAZETTE_ISSUE = Pattern.compile("\\b(?:núm\\.|n\\.|Nr\\.?|n[°º]\\.?|No\\.?)\\s*(\\d{1,5})");

    /**
     * Whether a title is a national act's, its kind and its date: "Loi n° … du 21 février 2022 …", "Hafengesetz vom 12.
     * März 2005" (not "Закон и поступок", a book's title that opens with the word for law).
     */
    static boolean opensWithAnActsKind(String title) {
        return read(title).isPresent();
    }

    /** The fields of a national act, or empty where {@code text} is none. */
    static Optional<Map<String, String>> read(String text) {
        if (text.length() < 12 || !mayOpenAnAct(text) || !HEAD.matcher(text).lookingAt()) {
            return Optional.empty();
        }
        Matcher date = DATE.matcher(text);
        int from = 0;
        Optional<io.github.citekit.model.DateParts> parts = Optional.empty();
        while (date.find(from)) {
            String d = date.group(1) != null ? date.group(1) : date.group(2);
            String year = d.matches(".*\\d{4}$") ? "" : spanishYear(text);
            parts = Dates.parse(d + (year.isEmpty() ? "" : " " + year)).filter(p -> p.month() > 0);
            if (parts.isPresent()) {
                break;
            }
            from = date.end();
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        int titleEnd = sentenceEnd(text, date.end());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", SpanText.clean(text.substring(0, titleEnd)));
        f.put("date", parts.get().iso());
        Matcher number = NUMBER.matcher(text.substring(0, titleEnd));
        if (number.find()) {
            f.put("number", number.group(1) != null ? number.group().replaceFirst("^(?:n[°º]\\.?|n\\.|Nr\\.|№)\\s*", "") : number.group(2));
        }
        String rest = text.substring(titleEnd).replaceFirst("^[\\s.,]+", "");
        if (rest.startsWith("(") && rest.indexOf(')') > 0) {
            rest = rest.substring(1, rest.indexOf(')'));
        }
        Matcher gazette = GAZETTE.matcher(rest);
        if (gazette.find()) {
            f.put("container-title", gazette.group().equals("BGBl.") ? gazetteName(rest, gazette) : gazetteName(rest, gazette.start(), gazette.end()));
            Matcher issue = GAZETTE_ISSUE.matcher(rest);
            if (issue.find(gazette.end())) {
                f.put("issue", issue.group(1));
            }
            Matcher place = GAZETTE_PLACE.matcher(rest);
            if (place.find(gazette.end())) {
                f.put(place.group().startsWith("poz") ? "section" : "page", place.group(1));
            }
        } else if (!SpanText.clean(rest).isEmpty()) {
            f.put("note", SpanText.clean(rest)); // Brazil's summary of the act, "Dispõe sobre …"
        }
        return Optional.of(f);
    }

    /**
     * An official journal's whole name, from its first words on, as far as its words go: "Diário Oficial da União",
     * "Journal officiel de la République française", "Gazzetta Ufficiale della Repubblica Italiana".
     */
    private static String gazetteName(String rest, int start, int end) {
        Matcher word = Pattern.compile("\\G\\s+(\\p{Lu}\\p{L}+|de|la|del|della|da|do|des|du|der|van|het)(?=[\\s,.;)]|$)").matcher(rest);
        int at = end;
        int kept = end;
        while (word.find(at)) {
            at = word.end();
            if (Character.isUpperCase(word.group(1).charAt(0))) {
                kept = at; // a particle counts only before a capitalised word
            }
        }
        return rest.substring(start, kept);
    }

    /** Germany's Bundesgesetzblatt with its part: "BGBl. I", "BGBl. II". */
    private static String gazetteName(String rest, Matcher gazette) {
        Matcher part = Pattern.compile("\\G\\s*(I{1,3})\\b").matcher(rest);
        return part.find(gazette.end()) ? "BGBl. " + part.group(1) : "BGBl.";
    }

    /** Spain's act gives its year in its number alone, "Ley 33/2010, de 5 de agosto": that year, or "". */
    private static String spanishYear(String text) {
        Matcher m = Pattern.compile("\\s\\d{1,4}/((?:1[89]|20)\\d\\d)\\b").matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /**
     * Where the act's title ends after its date: at a full stop followed by a capital (not an abbreviation's "n. 84" or
     * "r. o portach", nor a day's "12. März"), or before an official journal in brackets.
     */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' && GAZETTE.matcher(text).region(i + 1, text.length()).lookingAt()) {
                return i;
            }
            if (c == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                return i;
            }
        }
        return text.length();
    }
}
