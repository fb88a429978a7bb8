package io.github.citekit.internal.extract;

import io.github.citekit.internal.text.AsciiClasses;
import io.github.citekit.model.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits written personal names ("Murad Ismayilov", "Ismayilov, Murad", "Дугин А.Г.") into parts. */
public final class Names {
    /** Particles that belong to the family name: "van der Waals", "de Roever", "von Helmholtz". */
    private static final List<String> PARTICLE_WORDS = List.of("van", "von", "vom", "vanden", "vander", "de", "der",
            "den", "des", "del", "della", "dei", "degli", "di", "da", "du", "la", "le", "dos", "das", "ter", "ten",
            "zu", "zur", "bin", "ibn", "al", "el");
    private static final Set<String> PARTICLES = java.util.stream.Stream.concat(PARTICLE_WORDS.stream(),
            java.util.stream.Stream.of("st.")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Lower-case name particles, as a regular expression. */
    public static final String PARTICLE = "(?:" + String.join("|", PARTICLE_WORDS) + ")";

    /** Whether {@code word}, in lower case, is a family name's particle: "van", "de", "der", "al". */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    private static final String INITIAL = "\\p{Lu}\\p{Ll}?\\.";
    /** "Дугин А.Г." or "Mackinder, H.J.": family name then initials. */
    private static final Pattern FAMILY_INITIALS = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?),?\\s+((?:" + INITIAL + "\\s*-?\\s*)+|\\p{Lu}\\.?\\s*\\p{Lu}?\\.?)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME_EDGES = Pattern.compile("^[,;.\\s]+|[,;\\s]+$");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern PERSON_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:" + PARTICLE + "\\s+){0,2}\\p{Lu}[\\p{L}'’-]+");
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?iu).*\\b(?:the|of|for|and|university|institute|center|centre|party|press|school|"
            + "college|department|ministry|foundation|council|institut|университет|институт|центр)\\b.*");
    private static final Pattern LIST_PARTS = Pattern.compile("\\s*(?:,\\s*(?:and|&)\\s+|\\s+and\\s+|\\s*&\\s*|;\\s*)");
    private static final Pattern NAME_BEFORE_NAME = Pattern.compile(",\\s*(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu})");

    /** What may follow a name, in any case: "Jr.", "Sr", "III", and Vancouver's "2nd", "3d". */
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd", "3d", "4th");
    /**
     * What may end a name after a space, in these cases only ("Gretz HF 3d", "King ML Jr", "John Smith III"):
     * "JR" and "SR" without a full stop are a Vancouver name's initials.
     */
    private static final Set<String> TRAILING_SUFFIXES = Set.of("JR.", "Jr.", "SR.", "Sr.", "Jr", "Sr", "2nd", "3rd",
            "3d", "4th", "II", "III", "IV");
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.\\s*-?\\s*)+\\p{Lu}?");
    private static final Pattern TWO_INITIALS = Pattern.compile("\\p{Lu}\\.\\p{Lu}");
    private static final Pattern BARE_INITIALS = Pattern.compile("\\p{Lu}{1,2}");
    private static final Pattern DOT_BEFORE_INITIAL = Pattern.compile("\\.\\s*(?=\\p{Lu})");
    /** Separators at a list's edges, also full-width ones ("舒仁輝 ，"), and a bracket left open at its end. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:，；：、\\s]+|[,;:，；：、\\s\\[(]+$");
    /** A footnote's mark after a name, "Furhmann, T.* & Blikstein, P.": no part of it. */
    private static final Pattern NOTE_MARK = Pattern.compile("(?<=[\\p{L}.])[*†‡]+");
    /** What {@link #splitAtCommas} splits at. */
    static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private Names() {
    }

    /**
     * Parses one personal name written in any of the common orders. Returns a literal name when the text
     * does not look like a person's name.
     */
    public static Name parse(String written) {
        String t = collapseSpaces(written.strip());
        t = NAME_EDGES.matcher(t).replaceAll("");
        if (t.isEmpty()) {
            return Name.literal(written.strip());
        }
        int comma = t.indexOf(',');
        if (comma > 0) {
            String family = t.substring(0, comma).strip();
            String given = t.substring(comma + 1).strip();
            int second = given.indexOf(',');
            if (second > 0 && isSuffix(given.substring(second + 1).strip())) { // "King, Martin Luther, Jr."
                return Name.of(family, normalizeInitials(given.substring(0, second)), given.substring(second + 1).strip());
            }
            if (!given.isEmpty() && !given.contains(",")) {
                Name withParticles = family.indexOf(' ') < 0 ? particlesAfterGiven(family, given) : null;
                return withParticles != null ? withParticles : Name.of(family, normalizeInitials(given));
            }
        }
        Suffixed suffixed = splitSuffix(t);
        if (suffixed != null && suffixed.name().contains(" ") && !spacedInitials(suffixed)) { // "John Smith III"
            return parse(suffixed.name()).withSuffix(suffixed.suffix());
        }
        Matcher fi = FAMILY_INITIALS.matcher(t);
        if (fi.matches()) {
            return Name.of(fi.group(1), normalizeInitials(fi.group(2)));
        }
        String[] tokens = t.split(" ");
        if (tokens.length == 1) {
            return Name.of(tokens[0], "");
        }
        if (tokens.length == 3 && PATRONYMIC.matcher(tokens[2]).matches() && !PATRONYMIC.matcher(tokens[1]).matches()) {
            return Name.of(tokens[0], tokens[1] + " " + tokens[2]); // "Иванов Иван Иванович": family, given, patronymic
        }
        int familyStart = tokens.length - 1;
        while (familyStart > 1 && PARTICLES.contains(tokens[familyStart - 1].toLowerCase(Locale.ROOT))) {
            familyStart--;
        }
        if (familyStart == 1 && PARTICLES.contains(tokens[0]) && tokens[0].equals(tokens[0].toLowerCase(Locale.ROOT))) {
            familyStart = 0; // "de Roever", "van der Waals": particles in lower case, no given name
        }
        String given = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, familyStart));
        String family = String.join(" ", java.util.Arrays.copyOfRange(tokens, familyStart, tokens.length));
        return Name.of(family, normalizeInitials(given));
    }

    /** A name and the suffix printed after it: "Gretz HF" and "3d". */
    private record Suffixed(String name, String suffix) {
    }

    /** The name and the suffix after its last space, or null when it ends with none. */
    private static Suffixed splitSuffix(String name) {
        // a suffix has at most three characters: only the last four can hold its space
        int stop = Math.max(-1, name.length() - 5);
        int space = name.length() - 1;
        while (space > stop && !Character.isWhitespace(name.charAt(space))) {
            space--;
        }
        if (space <= stop || !TRAILING_SUFFIXES.contains(name.substring(space + 1))) {
            return null;
        }
        String rest = name.substring(0, space).stripTrailing();
        return rest.isEmpty() ? null : new Suffixed(rest, name.substring(space + 1));
    }

    /**
     * Whether a trailing "II", "III" or "IV" is rather a Vancouver name's initials ("Smith II"): it is read
     * as a suffix only after two or more words ("John Smith III", "Fowler AA III").
     */
    private static boolean spacedInitials(Suffixed suffixed) {
        return suffixed.suffix().startsWith("I") && !suffixed.name().contains(" ");
    }

    /** Whether a word is a name's suffix: "Jr.", "Sr", "III", "2nd". */
    public static boolean isSuffix(String token) {
        return token.length() <= 3 && SUFFIXES.contains(token.toLowerCase(Locale.ROOT)); // none is longer
    }

    /** Whether {@code g} is initials already written as {@link #normalizeInitials} writes them: "J.", "J. P.". */
    private static boolean isSpacedInitials(String g) {
        int n = g.length();
        if (n < 2 || n % 3 != 2) {
            return false;
        }
        for (int i = 0; i < n; i += 3) {
            if (Character.getType(g.charAt(i)) != Character.UPPERCASE_LETTER || g.charAt(i + 1) != '.'
                    || i + 2 < n && g.charAt(i + 2) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code g} is initials with full stops and no spaces: "H.J.", "A.B.C.". */
    private static boolean isCompactInitials(String g) {
        int n = g.length();
        if (n < 4 || n % 2 != 0) {
            return false;
        }
        for (int i = 0; i < n; i += 2) {
            if (Character.getType(g.charAt(i)) != Character.UPPERCASE_LETTER || g.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Every {@code step}-th character of {@code g} from the first as an initial: "H. J.". */
    private static String spelled(String g, int step) {
        StringBuilder out = new StringBuilder(g.length() * 3);
        for (int i = 0; i < g.length(); i += step) {
            out.append(i == 0 ? "" : " ").append(g.charAt(i)).append('.');
        }
        return out.toString();
    }

    /** "H.J." becomes "H. J."; full given names are left alone. */
    public static String normalizeInitials(String given) {
        String g = given.strip();
        if (g.length() > 2 && g.indexOf('.') < 0 // a full given name: none of the patterns below can match
                || isSpacedInitials(g)) { // "J." or "J. P.", as most are printed: nothing to change
            return g;
        }
        if (isCompactInitials(g)) { // "H.J." -> "H. J.", as the patterns below would write it
            return spelled(g, 2);
        }
        if (!g.isEmpty() && Character.isUpperCase(g.codePointAt(0)) && DOTTED_INITIALS.matcher(g).matches()) {
            g = DOT_BEFORE_INITIAL.matcher(g).replaceAll(". ").strip();
            if (!g.endsWith(".") && g.length() > 0 && Character.isUpperCase(g.charAt(g.length() - 1))) {
                g = g + ".";
            }
        } else if (g.length() >= 3 && g.length() <= 5 && TWO_INITIALS.matcher(g).matches()) {
            g = g.charAt(0) + ". " + g.charAt(2) + ".";
        } else if (g.length() >= 1 && g.length() <= 4 && BARE_INITIALS.matcher(g).matches()) {
            g = spelled(g, 1); // "M" -> "M.", "HJ" -> "H. J."
        }
        return g;
    }

    /** Whether {@code text} names an organisation: "World Bank", "Tallinn University", "Институт Европы РАН". */
    public static boolean namesOrganisation(String text) {
        // the pattern, case-blind over Unicode, is slow; text in ASCII and Cyrillic letters is read word by word
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > 0x7F && !isCyrillicLetter(c)) {
                return ORGANISATION_WORD.matcher(text).find();
            }
        }
        for (int i = 0; i < n; ) {
            if (!isAsciiOrCyrillicWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isAsciiOrCyrillicWordChar(text.charAt(end))) {
                end++;
            }
            if (end - i >= 3 && isOrganisationWord(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** A character of a word as {@code \\w} reads it with UNICODE_CHARACTER_CLASS, among ASCII and Cyrillic. */
    private static boolean isAsciiOrCyrillicWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || isCyrillicLetter(c);
    }

    /** The letters of the Cyrillic block (not its signs and combining marks, U+0482 to U+0489). */
    private static boolean isCyrillicLetter(char c) {
        return c >= 0x0400 && c <= 0x0481 || c >= 0x048A && c <= 0x04FF;
    }

    /** Whether a whole word, in lower case, is one of {@link #ORGANISATION_WORDS} or opens with one of {@link #ORGANISATION_STEMS}. */
    private static boolean isOrganisationWord(String w) {
        if (ORGANISATION_WORDS.contains(w)) {
            return true;
        }
        for (String stem : ORGANISATION_STEMS) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Words that name an organisation rather than a person: a bank, a university, a ministry, a department. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("bank", "fund", "agency", "organisation", "organization", "statistics",
            "commission", "committee", "office", "association", "society", "union", "group", "forum", "nations", "bureau",
            "service", "administration", "authority", "corporation", "company", "council", "college", "school", "faculty",
            "academy", "ministry", "department", "center", "centre", "foundation", "party", "federation", "league", "board",
            "government", "parliament", "secretariat", "programme", "program", "network", "alliance", "assembly", "treasury",
            "court", "tribunal", "senate", "congress", "conference", "directorate", "cabinet", "chamber", "team",
            "consortium", "collaboration", "initiative", "stats", "министерство", "комитет", "агентство", "фонд", "банк", "совет",
            "служба", "правительство", "центр",
            // the other languages of European references: French, German, Spanish, Italian, Portuguese, Dutch, Polish
            "direction", "conseil", "agence", "observatoire", "secrétariat", "autorité", "fondation", "société", "sénat",
            "assemblée", "gouvernement", "amt", "verband", "stiftung", "gesellschaft", "verein", "kommission", "ausschuss",
            "bundesregierung", "secretaría", "consejo", "comisión", "agencia", "fundación", "sociedad", "asociación", "gobierno",
            "dirección", "consiglio", "commissione", "agenzia", "fondazione", "società", "associazione", "governo",
            "secretaria", "conselho", "comissão", "agência", "fundação", "sociedade", "associação", "commissie", "stichting",
            "vereniging", "gemeente", "rijksoverheid", "urząd", "komisja", "fundacja", "stowarzyszenie", "agencja",
            "towarzystwo");
    /** Beginnings of such words: "Institute", "Universität", "Laboratories", "Института". */
    private static final List<String> ORGANISATION_STEMS = List.of("institut", "universit", "laborator", "институт",
            "университет", "академи", "кафедр", "факультет", "minist", "bundes", "universid", "istitut", "instytut",
            "uniwersytet");
    /** The same words as a pattern, case-blind over Unicode, for text in other scripts. */
    static final Pattern ORGANISATION_WORD = Pattern.compile("(?iU)\\b(?:"
            + String.join("|", new java.util.TreeSet<>(ORGANISATION_WORDS)) + "|"
            + String.join("|", ORGANISATION_STEMS.stream().map(stem -> stem + "\\w*").toList()) + ")\\b");

    /** An editor's mark in brackets after the names, in the languages references use. */
    /** White space before a full stop, comma or semicolon, which no name has: PDF text's "Seljak ,U ." */
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+(?=[.,;])");

    /**
     * An aside in brackets after an inverted name's given names, which is no name of the list: a pen name's real name
     * ("Céline, Louis-Ferdinand (Louis-Ferdinand Destouches)"), a nickname ("Esty, Joshua (Jed)"). Group 1 is the name
     * before it. Roles in brackets are {@link #EDITOR_IN_PARENS}'s, and initials in brackets after a family name ("ALY
     * (M.I.)") no given names.
     */
    private static final Pattern ASIDE_AFTER_GIVEN = Pattern.compile("(,\\s?\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s\\p{Lu}\\.|\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?)"
            + "\\s\\((?!(?i:eds?|editors?|trans|transl|tr|hrsg|hg|dir|comp|coords?)\\.?\\))\\p{L}[^()]{1,60}\\)");

    private static final Pattern EDITOR_IN_PARENS = Pattern.compile(
            "(?iu)\\s*\\((?:eds?|editors?|hrsg|hg|dir|réd|éds?|coords?|orgs?|a cura di|red|ред)\\.?\\)");

    /** A Russian patronymic, which follows the given name: "Иванович", "Сергеевна", "Ильич", "Кузьминична". */
    private static final Pattern PATRONYMIC = Pattern.compile("\\p{IsCyrillic}+(?:ович|евич|ич|овна|евна|ична|инична)");

    /** "Иванов И. И.", "Petrova A.B.": a family name, then initials (as Russian bylines print them). */
    private static final Pattern FAMILY_THEN_INITIALS = Pattern.compile("\\p{Lu}(?:\\p{Ll}[\\p{L}'’]*|\\p{Lu}{2,})(?:-\\p{Lu}[\\p{L}'’]+)?\\s+(?:\\p{Lu}\\.\\s?-?){1,3}");

    /**
     * Whether {@code text} reads as a person's name: two to four capitalised words in given-family order, or a
     * family name and its initials ("Иванов И. И.").
     */
    public static boolean looksLikePersonName(String text) {
        String t = text.strip();
        return (PERSON_NAME.matcher(t).matches()
                || FAMILY_THEN_INITIALS.matcher(t).matches())
                && !NOT_A_PERSON.matcher(t).matches();
    }

    /**
     * A person's family name printed in capitals, as French and ABNT styles and Russian bylines print it
     * ("DUPONT J.", "SMITH, A.", "ИВАНОВ И. И."): in title case, as a catalogue records it; parts keep their
     * hyphens and apostrophes ("LE GALL-DURAND" → "Le Gall-Durand", "O'NEILL" → "O'Neill"). Organisations and
     * names of two letters are left as printed.
     */
    public static Name unshoutedFamily(Name n) {
        String f = n.family();
        if (n.isLiteral() || n.given().isEmpty() || f.length() < 3 || f.equals(f.toLowerCase(Locale.ROOT))) {
            return n;
        }
        if (!isShouted(f)) {
            return n;
        }
        StringBuilder out = new StringBuilder(f.length());
        boolean start = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return Name.of(out.toString(), n.given(), n.suffix());
    }

    /**
     * Whether a family name is printed in capitals: every word with a letter in capitals ("SMITH", "LE GALL-DURAND"),
     * or in small letters where it is a particle, with one word in capitals of two letters or more (ABNT's "SILVA,
     * João da" read as "da SILVA"). One pass, without case-mapped copies, as every name asks.
     */
    private static boolean isShouted(String family) {
        boolean shouted = false;
        boolean upper = false;
        boolean lower = false;
        int letters = 0;
        for (int i = 0; i <= family.length(); i++) {
            char c = i < family.length() ? family.charAt(i) : ' ';
            if (c == ' ') {
                if (upper && lower) {
                    return false; // a word in mixed case: "McDonald", "da Silva"
                }
                shouted |= upper && letters >= 2;
                if (upper && letters < 2) {
                    return false; // an initial
                }
                upper = false;
                lower = false;
                letters = 0;
            } else if (Character.isUpperCase(c)) {
                upper = true;
                letters++;
            } else if (Character.isLowerCase(c)) {
                lower = true;
                letters++;
            }
        }
        return shouted;
    }

    /** What {@code text.split("\\\\s")[0]} gives, without compiling that pattern on every call. */
    public static String firstWord(String text) {
        return SPACE.split(text)[0];
    }

    /** Splits "A, B and C" or "A and B" into single names. */
    public static List<String> splitList(String names) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_PARTS.split(names)) {
            for (String p : NAME_BEFORE_NAME.split(part)) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    /**
     * "J.", "J. P.", "J.-P.", "Ch.", "M" — but not a short name such as "Ji". The definition, which
     * {@link #onlyInitials} reads in one pass (a test holds the two equal).
     */
    static final Pattern ONLY_INITIALS = Pattern.compile("(?:(?:\\p{Lu}\\p{Ll}?\\.|\\p{Lu}(?=[\\s-]|$))\\s*-?\\s*){1,4}");

    /**
     * Whether all of {@code s} is what {@link #ONLY_INITIALS} matches, read in one pass: every name of a list
     * asks, and the regex's matcher cost more than the rest of the test. Each step has one way to go (a
     * capital is followed by a full stop, a small letter and a full stop, or a space, hyphen or the end), so
     * no backtracking is lost.
     */
    static boolean onlyInitials(String s) {
        int n = s.length();
        int i = 0;
        for (int units = 0; units < 4 && i < n; units++) {
            int c = s.codePointAt(i);
            if (Character.getType(c) != Character.UPPERCASE_LETTER) {
                return false;
            }
            int j = i + Character.charCount(c);
            int small = j < n && Character.getType(s.codePointAt(j)) == Character.LOWERCASE_LETTER
                    ? j + Character.charCount(s.codePointAt(j)) : -1;
            if (j < n && s.charAt(j) == '.') {
                i = j + 1; // "J."
            } else if (small >= 0 && small < n && s.charAt(small) == '.') {
                i = small + 1; // "Ch."
            } else if (j == n || AsciiClasses.isSpace(s.charAt(j)) || s.charAt(j) == '-') {
                i = j; // "M" before a space, a hyphen or the end
            } else {
                return false;
            }
            while (i < n && AsciiClasses.isSpace(s.charAt(i))) {
                i++;
            }
            if (i < n && s.charAt(i) == '-') {
                i++;
            }
            while (i < n && AsciiClasses.isSpace(s.charAt(i))) {
                i++;
            }
        }
        return i == n && n > 0;
    }

    private static final Pattern ENDS_WITH_INITIALS = Pattern.compile(
            "^(.*?\\p{L}{2,}[\\p{L}'’-]*)\\s+((?:\\p{Lu}\\p{Ll}?\\.\\s?-?\\s?){0,3}\\p{Lu}\\.?(?:-\\p{Lu}\\.?)?|\\p{Lu}{1,2})(?:\\s\\p{Ll}{1,3}\\.?)?$");
    static final Pattern STARTS_WITH_INITIALS = Pattern.compile("^((?:\\p{Lu}\\p{Ll}?\\.\\s*-?\\s*){1,4})(\\S.*)$");
    /** "et al.", "and others", "[и др.]", German "u. a." (in lower case: "U. A." are initials), not the end of "Vetal". */
    private static final Pattern ET_AL = Pattern.compile("(?iu)(?:,?\\s*(?:(?<!\\p{L})et\\.?\\s*al\\.?|\\[(?<!\\p{L})et\\.?\\s*al\\.?]|(?<!\\p{L})and others|\\[?(?<!\\p{L})и\\s+др\\.?]?|(?<!\\p{L})(?-i:u\\.\\s*a\\.)"
            + "|(?<=[\\p{IsHan}\\p{IsHangul}])\\s(?:外|외|등)(?:\\s?\\d{1,2}\\s?(?:人|인|명))?))\\s*$"); // "박장식 외", "王一童 外 5人": and others
    private static final Pattern BARE_INITIAL = Pattern.compile("(?<=\\s)(\\p{Lu})(?=\\s|$)");
    /** The family part of an inverted name: "Mearsheimer", "de Waal", "van der Berg". */
    private static final Pattern INVERTED_FAMILY = Pattern.compile("(?:" + PARTICLE + "\\s+){1,2}\\p{Lu}[\\p{L}'’-]+");
    /** The given part of an inverted name: "Murad", "John J.", "Svante E.", "Mary Ann", "J. Edgar". */
    /** Two capitalised words: a Spanish double surname, "García López", or a Dutch "Van Rossum". */
    private static final Pattern TWO_WORD_FAMILY = Pattern.compile("\\p{Lu}[\\p{L}'’-]+\\s\\p{Lu}[\\p{L}'’-]+");
    /** One given name, perhaps with an initial after it: "María", "María J.". */
    private static final Pattern ONE_GIVEN_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}\\.)?");
    private static final Pattern INVERTED_GIVEN = Pattern.compile("(?:\\p{Lu}\\.\\s?)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.?|\\p{Lu}[\\p{L}'’-]+)){0,2}");
    /** "Willa and Edwin Muir", "Ann & Bo Roe": two given names, then one family name. */
    private static final Pattern COUPLE = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+(?:and|&)\\s+(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}[\\p{L}'’-]+)");
    /** The words that join two names only after an initial's full stop, as {@link #LIST_SEPARATOR} tries them. */
    private static final List<String> AFTER_INITIAL_WORDS = List.of("y", "e", "en", "i", "och", "og");
    /** Their first letters: a cheap test before them. */
    private static final String AFTER_INITIAL_FIRSTS = AFTER_INITIAL_WORDS.stream().map(w -> w.substring(0, 1)).distinct()
            .reduce("", String::concat);
    /** The words between names, in the order {@link #LIST_SEPARATOR} tries them. */
    private static final List<String> LIST_WORDS = List.of("and", "&", "и", "et", "und");
    /**
     * Between names: "and", "&", "и", "et", "und", ";" (with a word after it too: "Cumming, S.; and Martin,
     * J."), and the German "/" ("Keupp, H./Röhrle, B.").
     */
    static final Pattern LIST_SEPARATOR = Pattern.compile("(?i)\\s*(?:,\\s*(?:" + String.join("|", LIST_WORDS)
            + ")\\s+|\\s+(?:" + String.join("|", LIST_WORDS) + ")\\s+|\\s*&\\s*|;\\s*(?:(?:"
            + String.join("|", LIST_WORDS) + ")\\s+)?|\\s*/\\s*"
            // Spanish's, Portuguese's, Italian's, Dutch's, Polish's and the Nordic languages' "and" after an initial's
            // full stop, "Pérez, A. y Ruiz, M.", "De Vries, K. en Jansen, M." (between two words they may join one
            // family name, "Ortega y Gasset")
            // (the capital's test outside the pattern's case-blindness, under which \\p{Lu} takes "y" too)
            + "|(?<=\\.)\\s+(?-i:" + String.join("|", AFTER_INITIAL_WORDS) + ")\\s+(?=(?-i:\\p{Lu})))");

    /** A family name's particles in small letters before it, as JSS writes "van de Wiel MA", "ter Braak CJF". */
    private static final String VANCOUVER_PARTICLES = "(?:" + PARTICLE + "\\s){0,3}";
    /** Vancouver's "Holmes DR": a family name, then one or two initials run together. */
    private static final Pattern VANCOUVER_NAME = Pattern.compile(VANCOUVER_PARTICLES + "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?\\s\\p{Lu}{1,2}");
    /** "Ioannidis JPA", "Weijers JWH", "ter Braak CJF": three or four initials, which alone read as a family name in capitals. */
    private static final Pattern VANCOUVER_THREE = Pattern.compile("(" + VANCOUVER_PARTICLES + "\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?)\\s(\\p{Lu}{3,4})");

    /**
     * Whether a list of names is Vancouver's: every name is a family name and initials run together, and
     * those with one or two initials ("Lau J", "Holmes DR") are at least as many as those with three or four.
     * Then "Ioannidis JPA" is a family name and three initials, not "JPA" a family name in capitals after a
     * given name, as "Jun WANG" and "Jae KIM" are among "Wei LI"s. Capitals without a vowel ("Powell MJD") are
     * initials wherever they stand, and count with the short ones.
     */
    private static boolean vancouverList(String[] chunks) {
        if (java.util.Arrays.stream(chunks).noneMatch(Names::hasCapitalRun)) {
            return false; // no "JPA": nothing for the rule to read
        }
        int short1 = 0;
        int long3 = 0;
        // "Powell MJD", "Andrews DWK": capitals without a vowel are no family name, so initials even alone
        int unvoiced = 0;
        int parts = 0;
        for (int c = 0; c < chunks.length; c++) {
            String[] split = splitAtCommas(chunks[c]);
            for (int k = 0; k < split.length; k++) {
                String p = split[k].strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (c == chunks.length - 1 && k == split.length - 1 && p.endsWith(".")) {
                    p = p.substring(0, p.length() - 1); // the list's last initials before the title's full stop
                }
                parts++;
                short1 += VANCOUVER_NAME.matcher(p).matches() ? 1 : 0;
                Matcher three = VANCOUVER_THREE.matcher(p);
                if (three.matches()) {
                    boolean vowel = three.group(2).chars().anyMatch(ch -> "AEIOUYÄÖÜ".indexOf(ch) >= 0);
                    long3 += vowel ? 1 : 0;
                    unvoiced += vowel ? 0 : 1;
                }
            }
        }
        return long3 + unvoiced > 0 && short1 + unvoiced >= long3 && short1 + long3 + unvoiced == parts;
    }

    /** Whether three capitals or more follow a space ("Ioannidis JPA"), as {@link #VANCOUVER_THREE} needs. */
    private static boolean hasCapitalRun(String text) {
        int run = 0;
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && (run > 0 || afterSpace)) {
                if (++run == 3) {
                    return true;
                }
            } else {
                run = 0;
            }
            afterSpace = c == ' ';
        }
        return false;
    }

    /** "JWH" as "J. W. H.". */
    private static String dotted(String run) {
        StringBuilder b = new StringBuilder();
        run.codePoints().forEach(cp -> b.append(b.length() == 0 ? "" : " ").appendCodePoint(cp).append('.'));
        return b.toString();
    }

    /**
     * Splits a printed list of names in any common style — "Family, I., Family, I. & Family, I.",
     * "I. Family, I. Family, and I. Family", "Family I. I., Family I. I." (GOST), "Given Family and Given
     * Family", "Family, Given" — into names. "et al." and "и др." are dropped.
     */
    public static List<Name> parseList(String written) {
        String t = collapseSpaces(written.strip());
        if (t.contains(" .") || t.contains(" ,") || t.contains(" ;")) {
            t = SPACE_BEFORE_MARK.matcher(t).replaceAll(""); // a PDF's "Komatsu,E .& Seljak ,U ." is "Komatsu,E.& Seljak,U."
        }
        if (t.indexOf('(') >= 0) {
            t = EDITOR_IN_PARENS.matcher(t).replaceAll(""); // "Rossi, M. (a cura di)": the role, not a name
            t = ASIDE_AFTER_GIVEN.matcher(t).replaceAll("$1"); // "Céline, Louis-Ferdinand (Louis-Ferdinand Destouches)"
        }
        if (mayEndWithEtAl(t)) {
            t = ET_AL.matcher(t).replaceAll("").strip();
        }
        if (t.indexOf('*') >= 0 || t.indexOf('†') >= 0 || t.indexOf('‡') >= 0) {
            t = NOTE_MARK.matcher(t).replaceAll("");
        }
        if (t.contains(". . .") || t.contains("...") || t.indexOf('…') >= 0) {
            t = ELLIPSIS_BEFORE_NAME.matcher(t).replaceAll("..., "); // "Miller, S., . . . Zhang, L.": APA's last author apart
        }
        if (!t.isEmpty() && (",;: ，；：、".indexOf(t.charAt(0)) >= 0 || ",;: ，；：、[(".indexOf(t.charAt(t.length() - 1)) >= 0)) {
            t = EDGE_PUNCTUATION.matcher(t).replaceAll("");
        }
        List<Name> out = new ArrayList<>();
        if (t.isEmpty()) {
            return out;
        }
        Matcher couple = t.indexOf(' ') > 0 && (t.contains(" and ") || t.contains(" & ")) ? COUPLE.matcher(t) : null;
        if (couple != null && couple.matches() && GivenNames.contains(couple.group(1)) && GivenNames.contains(couple.group(2))) {
            // "Willa and Edwin Muir": two given names share the family name after the second
            return List.of(Name.of(couple.group(3), couple.group(1)), Name.of(couple.group(3), couple.group(2)));
        }
        String[] chunks = splitAtListSeparators(t);
        // "Kowalski, Jan; Nowak, Anna", "Doe, John and Roe, Richard A.": every name inverted, with one comma each
        boolean eachInverted = chunks.length > 1
                && java.util.Arrays.stream(chunks).allMatch(ch -> ch.indexOf(',') > 0 && ch.indexOf(',') == ch.lastIndexOf(','));
        boolean vancouver = vancouverList(chunks);
        for (int c = 0; c < chunks.length; c++) {
            String[] parts = splitAtCommas(chunks[c]);
            int k = 0;
            while (k < parts.length) {
                String p = parts[k].strip();
                if (p.isEmpty()) {
                    k++;
                    continue;
                }
                String next = k + 1 < parts.length ? parts[k + 1].strip() : "";
                boolean singleWord = !p.contains(" ");
                String after = k + 2 < parts.length ? parts[k + 2].strip() : "";
                Suffixed suffixedFamily;
                Name inverted;
                Suffixed suffixedInitials = splitSuffix(next);
                if (isSuffix(p) && !out.isEmpty()) { // "Smith, J., Jr.", "Martin Luther King, Jr."
                    out.set(out.size() - 1, out.get(out.size() - 1).withSuffix(p));
                    k++;
                } else if (isSuffix(next) && onlyInitials(after)) { // "Attrep, Jr, M."
                    out.add(Name.of(p, normalizeInitials(after), next));
                    k += 3;
                } else if (suffixedInitials != null && onlyInitials(suffixedInitials.name())
                        && !spacedInitials(suffixedInitials)) { // "Ford, W.K. Jr."
                    out.add(Name.of(p, normalizeInitials(suffixedInitials.name()), suffixedInitials.suffix()));
                    k += 2;
                } else if (!next.isEmpty() && onlyInitials(next) && !isSuffix(next)) {
                    out.add(Name.of(p, normalizeInitials(next))); // Family, I.
                    k += 2;
                } else if (singleWord && (inverted = particlesAfterGiven(p, next)) != null) {
                    out.add(inverted); // "Broek, Hein van den"
                    k += 2;
                } else if (singleWord && k == 0 && parts.length == 2 && chunks.length == 1 && suffixedInitials != null
                        && INVERTED_GIVEN.matcher(suffixedInitials.name()).matches()) {
                    out.add(Name.of(p, suffixedInitials.name(), suffixedInitials.suffix())); // "Smith, John W. Jr."
                    k += 2;
                } else if (k == 0 && parts.length == 2 && (suffixedFamily = splitSuffix(p)) != null
                        && !suffixedFamily.name().contains(" ") && INVERTED_GIVEN.matcher(next).matches()
                        && !VANCOUVER_NAME.matcher(next).matches()) { // "Ivanov II, Petrov PP": two names, initials after each
                    out.add(Name.of(suffixedFamily.name(), next, suffixedFamily.suffix())); // "Wimsatt Jr., William Kurtz"
                    k += 2;
                } else if ((singleWord || p.charAt(0) >= 'a' && p.charAt(0) <= 'z' // a particle opens it
                        && INVERTED_FAMILY.matcher(p).matches()) && k == 0
                        && (parts.length == 2 || parts.length == 3 && isSuffix(parts[2].strip())
                                || c == 0 && naturalOrderFrom(parts, 2))
                        && INVERTED_GIVEN.matcher(next).matches()
                        && (next.length() < 2 || next.charAt(1) != '.' || p.indexOf('.') < 0) // not "M.Atiyah, N. Hitchin"
                        && (chunks.length == 1 || c == 0 && GivenNames.contains(firstWord(next)) || eachInverted)) {
                    // "Ismayilov, Murad": a lone inverted name; "Smith, John, and Kate Lee" and "Smith, John, Kate
                    // Lee, and Ann Roe": MLA inverts the first only; "Mearsheimer, John J" (the span lost its last
                    // full stop) keeps its initial's
                    out.add(Name.of(p, BARE_INITIAL.matcher(next).replaceAll("$1.")));
                    k += 2;
                } else if (k == 0 && parts.length == 2 && (chunks.length == 1 || eachInverted) && TWO_WORD_FAMILY.matcher(p).matches()
                        && (!GivenNames.contains(firstWord(p)) || isParticle(firstWord(p).toLowerCase(Locale.ROOT)))
                        && ONE_GIVEN_NAME.matcher(next).matches()
                        && GivenNames.contains(firstWord(next))) {
                    // "García López, María", "Van Rossum, Guido": a family name of two words inverted before one given
                    // name (a given name first, "John Smith, Mary", is two people)
                    out.add(Name.of(p, next));
                    k += 2;
                } else {
                    Matcher v = vancouver ? VANCOUVER_THREE.matcher(p) : null;
                    out.add(v != null && v.matches() ? Name.of(v.group(1), dotted(v.group(2))) : single(p));
                    k++;
                }
            }
        }
        // no letter, no person: APA's ellipsis for names left out ("Hong, J. J., ... & Lee, H. Y."; see omitsNames),
        // a bracket of "[et al.]", a footnote's star
        out.removeIf(n -> !hasLetter(n.family()) && !hasLetter(n.given()) && !hasLetter(n.literal()));
        out.replaceAll(Names::suffixOutOfFamily);
        return out;
    }

    /**
     * The name with a suffix that closes its family name taken out of it: "Gardner Jr ES" and "Gardner Jr., E. S."
     * are E. S. Gardner Jr., of the family Gardner.
     */
    private static Name suffixOutOfFamily(Name name) {
        int space = name.family().lastIndexOf(' ');
        if (space <= 0 || !name.suffix().isEmpty() || name.given().isEmpty()) {
            return name;
        }
        String last = name.family().substring(space + 1);
        String bare = last.endsWith(".") ? last.substring(0, last.length() - 1) : last;
        return isSuffix(bare) && !bare.equals(bare.toLowerCase(Locale.ROOT))
                ? new Name(name.family().substring(0, space).strip(), name.given(), name.literal(), last) : name;
    }

    /**
     * "Broek, Hein van den", "Humboldt, A. von": Chicago inverts a Dutch or German name with its particles
     * after the given names, and they belong to the family name ("van den Broek"). Null when the given names
     * do not end with particles in lower case, or are not given names before them. A given-first name
     * never ends with a particle, so this reads the two parts as one person wherever they stand in a list.
     */
    private static Name particlesAfterGiven(String family, String given) {
        String g = given.endsWith(".") ? given.substring(0, given.length() - 1) : given;
        String[] words = g.split(" ");
        int end = words.length;
        while (end > 1 && PARTICLES.contains(words[end - 1]) && words[end - 1].equals(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end == words.length) {
            return null;
        }
        String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
        if (!onlyInitials(first) && !INVERTED_GIVEN.matcher(first).matches()) {
            return null;
        }
        String particles = String.join(" ", java.util.Arrays.copyOfRange(words, end, words.length));
        return Name.of(particles + " " + family, normalizeInitials(first));
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * Whether a list of names marks some left out with an ellipsis, as APA does from the twenty-first author
     * on ("…, Hong, J. J., ... Lee, H. Y."): the record's list is incomplete, as after "et al.".
     */
    public static boolean omitsNames(String written) {
        return (written.contains("...") || written.contains(". . .") || written.indexOf('…') >= 0) && ELLIPSIS.matcher(written).find();
    }

    /** An ellipsis right before a name, with no "&" between: APA 7's last of more than twenty authors. */
    private static final Pattern ELLIPSIS_BEFORE_NAME = Pattern.compile("(?:\\.\\s?\\.\\s?\\.|…)\\s+(?=\\p{Lu})");
    private static final Pattern ELLIPSIS = Pattern.compile("(?:^|[,;&]\\s*)(?:\\.\\s?\\.\\s?\\.|…)\\s*(?:[,;&]|and\\s|$|\\p{Lu})");

    /** Whether {@code parts} from {@code from} on are all names in given-family order ("Kate Lee"), at least one. */
    private static boolean naturalOrderFrom(String[] parts, int from) {
        if (parts.length <= from) {
            return false;
        }
        for (int i = from; i < parts.length; i++) {
            String p = parts[i].strip();
            if (!p.contains(" ") || !GIVEN_FIRST.matcher(p).matches() || !GivenNames.contains(firstWord(p))) {
                return false;
            }
        }
        return true;
    }

    /** "Kate Lee", "Ann B. Roe": a given name (with perhaps an initial) and a family name. */
    private static final Pattern GIVEN_FIRST = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?\\s\\p{Lu}[\\p{L}'’-]+");

    /** Runs of white space as one space; most texts have none to collapse, and then no regex runs. */
    public static String collapseSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 128) { // printable ASCII: no white space
                continue;
            }
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** Whether a printed list of names ends with "et al.", "and others", "[и др.]" or "u. a.": more names than it gives. */
    public static boolean endsWithEtAl(String written) {
        String t = written.strip();
        return mayEndWithEtAl(t) && ET_AL.matcher(collapseSpaces(t)).find(); // the cheap test first: most lists end otherwise
    }

    /** A cheap test before {@link #ET_AL}: what it removes ends the text with one of these. */
    private static boolean mayEndWithEtAl(String s) {
        if (s.isEmpty() || "lLsSрР.]外외등人인명".indexOf(s.charAt(s.length() - 1)) < 0) { // the last letters below, in any case
            return false;
        }
        String end = s.substring(Math.max(0, s.length() - 6)).toLowerCase(Locale.ROOT);
        return end.endsWith("al") || end.endsWith("al.") || end.endsWith("others") || end.endsWith("др")
                || end.endsWith("др.") || end.endsWith("]") || end.endsWith("a.") || "外외등人인명".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * A cheap test before {@link #ENDS_WITH_INITIALS}: a name that ends with initials ends with a capital
     * or a full stop, perhaps before a short word in lower case.
     */
    private static boolean mayEndWithInitials(String p) {
        char last = p.charAt(p.length() - 1);
        if (Character.isUpperCase(last) || last == '.') {
            return true;
        }
        int space = p.lastIndexOf(' ');
        if (space <= 0 || p.length() - space > 5) {
            return false;
        }
        char before = p.charAt(space - 1);
        return Character.isUpperCase(before) || before == '.';
    }

    /**
     * {@code LIST_SEPARATOR.split(t)} by hand: the pattern, tried at every position of every name list, took a
     * tenth of the parser's time in regular expressions. A separator is found where its pattern finds it: at
     * the first character after white space that opens one (",", "&", ";", "/", or one of the words after a
     * space), the white space before it included.
     */
    static String[] splitAtListSeparators(String t) {
        List<String> parts = null;
        int n = t.length();
        int piece = 0; // where the current part starts, and where the search goes on
        for (int q = 0; q < n; q++) {
            if (isPatternSpace(t.charAt(q))) {
                continue;
            }
            int start = q;
            while (start > piece && isPatternSpace(t.charAt(start - 1))) {
                start--;
            }
            int end = separatorAt(t, q, start < q);
            if (end < 0) {
                continue;
            }
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.add(t.substring(piece, start));
            piece = end;
            q = end - 1;
        }
        if (parts == null) {
            return new String[] {t};
        }
        parts.add(t.substring(piece));
        int kept = parts.size();
        while (kept > 0 && parts.get(kept - 1).isEmpty()) {
            kept--;
        }
        return parts.subList(0, kept).toArray(new String[0]);
    }

    /**
     * Where the separator that opens at {@code q} (not white space) ends, or -1: ", and " (a comma, then a
     * word followed by white space), "&", ";" (and a word after it) or "/" with the white space after them,
     * or, after white space ({@code spaced}), a word followed by white space, as {@link #LIST_SEPARATOR}
     * reads them in turn.
     */
    private static int separatorAt(String t, int q, boolean spaced) {
        char c = t.charAt(q);
        if (c == ',') {
            int end = listWordAt(t, skipPatternSpace(t, q + 1));
            return end < 0 ? -1 : skipPatternSpace(t, end);
        }
        if (c == ';') {
            int end = skipPatternSpace(t, q + 1);
            int word = end < t.length() ? listWordAt(t, end) : -1;
            return word < 0 ? end : skipPatternSpace(t, word);
        }
        if (c == '&' || c == '/') {
            return skipPatternSpace(t, q + 1);
        }
        int end = spaced ? listWordAt(t, q) : -1;
        if (end < 0 && spaced && AFTER_INITIAL_FIRSTS.indexOf(c) >= 0) {
            for (String word : AFTER_INITIAL_WORDS) {
                int wordEnd = q + word.length();
                if (wordEnd >= t.length() || !t.startsWith(word, q) || !isPatternSpace(t.charAt(wordEnd))) {
                    continue;
                }
                int before = q - 1; // "Pérez, A. y Ruiz, M.": after an initial's full stop, before a capital
                while (before >= 0 && isPatternSpace(t.charAt(before))) {
                    before--;
                }
                int after = skipPatternSpace(t, wordEnd);
                if (before >= 0 && t.charAt(before) == '.' && after < t.length() && Character.isUpperCase(t.charAt(after))) {
                    return after;
                }
            }
        }
        return end < 0 ? -1 : skipPatternSpace(t, end);
    }

    /** The end of "and", "&", "и", "et" or "und" (ASCII letters in either case) at {@code j} when white space follows, or -1. */
    private static int listWordAt(String t, int j) {
        for (String word : LIST_WORDS) {
            int end = j + word.length();
            if (end < t.length() && isPatternSpace(t.charAt(end)) && asciiCaseEqual(t, j, word)) {
                return end;
            }
        }
        return -1;
    }


    /** Whether {@code word} stands at {@code j}, its ASCII letters in either case (as a pattern's {@code (?i)}). */
    private static boolean asciiCaseEqual(String t, int j, String word) {
        for (int k = 0; k < word.length(); k++) {
            char a = t.charAt(j + k);
            char w = word.charAt(k);
            if (a != w && !(w >= 'a' && w <= 'z' && a == w - 32)) {
                return false;
            }
        }
        return true;
    }

    private static int skipPatternSpace(String t, int i) {
        while (i < t.length() && isPatternSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@code COMMA.split(s)} by hand, as it runs for every chunk of every name list: the parts between
     * commas with the white space around each comma left out, trailing empty parts dropped.
     */
    static String[] splitAtCommas(String s) {
        int comma = s.indexOf(',');
        if (comma < 0) {
            return new String[] {s};
        }
        List<String> parts = new ArrayList<>();
        int from = 0; // where the last separator ended
        while (comma >= 0) {
            int start = comma;
            while (start > from && isPatternSpace(s.charAt(start - 1))) {
                start--;
            }
            int end = comma + 1;
            while (end < s.length() && isPatternSpace(s.charAt(end))) {
                end++;
            }
            parts.add(s.substring(from, start));
            from = end;
            comma = s.indexOf(',', end);
        }
        parts.add(s.substring(from));
        int kept = parts.size();
        while (kept > 0 && parts.get(kept - 1).isEmpty()) {
            kept--;
        }
        return parts.subList(0, kept).toArray(new String[0]);
    }

    /** What {@code \\s} matches in a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code p} opens as {@link #STARTS_WITH_INITIALS} needs: a capital, perhaps a small letter, a full stop. */
    static boolean mayStartWithInitial(String p) {
        if (p.isEmpty()) {
            return false;
        }
        int first = p.codePointAt(0);
        if (!Character.isUpperCase(first)) {
            return false;
        }
        int i = Character.charCount(first);
        if (i < p.length() && p.charAt(i) == '.') {
            return true;
        }
        if (i >= p.length()) {
            return false;
        }
        int second = p.codePointAt(i);
        int j = i + Character.charCount(second);
        return Character.isLowerCase(second) && j < p.length() && p.charAt(j) == '.';
    }

    /**
     * A Chinese, Japanese or Korean name written with a space between family and given name, family first: "松掛 暢",
     * "권 진", "가토 기요후미(加藤淸文)" (the name in Chinese characters after the Korean reading stays with the given name).
     */
    private static final Pattern CJK_FAMILY_GIVEN = Pattern.compile("([\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]{1,5})\\s"
            + "([\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]{1,8}(?:\\([\\p{IsHan}\\p{IsHangul}\\s]{2,10}\\))?)");

    /** A family name and its initials in brackets, as French humanities print them: "ALY (M.I.)", "Kefi (N.)", "HERBIN (Fr.-R.)". */
    private static final Pattern FAMILY_BRACKETED_INITIALS = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)\\s?"
            + "\\(((?:\\p{Lu}\\p{Ll}?\\.[\\s-]?){1,3})\\)");

    /** One name without commas: "Дугин А.Г.", "J. P. Smith", "Murad Ismayilov", "Stratfor", "Gretz HF 3d". */
    private static Name single(String p) {
        if (p.indexOf(' ') > 0 || p.indexOf('(') > 0) {
            Matcher cjk = p.charAt(0) > 0x2E7F ? CJK_FAMILY_GIVEN.matcher(p) : null; // no Latin or Cyrillic name opens so
            if (cjk != null && cjk.matches()) {
                return Name.of(cjk.group(1), cjk.group(2));
            }
            Matcher bracketed = p.endsWith(".)") ? FAMILY_BRACKETED_INITIALS.matcher(p) : null;
            if (bracketed != null && bracketed.matches()) {
                return Name.of(bracketed.group(1), normalizeInitials(bracketed.group(2).strip()));
            }
        }
        Suffixed suffixed = splitSuffix(p);
        if (suffixed != null && !isSuffix(suffixed.name()) && !spacedInitials(suffixed)) {
            return single(suffixed.name()).withSuffix(suffixed.suffix());
        }
        Matcher ends = mayEndWithInitials(p) ? ENDS_WITH_INITIALS.matcher(p) : null;
        if (ends != null && ends.matches() && !ends.group(1).contains(".")) {
            return Name.of(ends.group(1), normalizeInitials(ends.group(2)));
        }
        Matcher starts = mayStartWithInitial(p) ? STARTS_WITH_INITIALS.matcher(p) : null;
        if (starts != null && starts.matches()) {
            String rest = starts.group(2).strip();
            if (rest.contains(" ")) { // "R. Andrew McCallum": a given name after the initial
                Name n = parse(rest);
                return Name.of(n.family(), normalizeInitials(starts.group(1)) + " " + n.given());
            }
            return Name.of(rest, normalizeInitials(starts.group(1)));
        }
        if (!p.contains(" ")) {
            return Name.of(p, "");
        }
        return parse(p);
    }
}
