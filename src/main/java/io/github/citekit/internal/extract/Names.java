package io.github.citekit.internal.extract;

import io.github.citekit.model.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits written personal names ("Murad Ismayilov", "Ismayilov, Murad", "Дугин А.Г.") into parts. */
public final class Names {
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della",
            "di", "da", "du", "la", "le", "dos", "das", "ter", "ten", "bin", "ibn", "al", "el", "st.");
    /** Lower-case name particles, as a regular expression. */
    static final String PARTICLE = "(?:van|von|de|der|den|del|della|di|da|du|la|le|dos|das|ter|ten|bin|ibn|al|el)";
    private static final String INITIAL = "\\p{Lu}\\p{Ll}?\\.";
    /** "Дугин А.Г." or "Mackinder, H.J.": family name then initials. */
    private static final Pattern FAMILY_INITIALS = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?),?\\s+((?:" + INITIAL + "\\s*-?\\s*)+|\\p{Lu}\\.?\\s*\\p{Lu}?\\.?)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /**
     * Parses one personal name written in any of the common orders. Returns a literal name when the text
     * does not look like a person's name.
     */
    public static Name parse(String written) {
        String t = SPACES.matcher(written.strip()).replaceAll(" ");
        t = t.replaceAll("^[,;.\\s]+|[,;\\s]+$", "");
        if (t.isEmpty()) {
            return Name.literal(written.strip());
        }
        int comma = t.indexOf(',');
        if (comma > 0) {
            String family = t.substring(0, comma).strip();
            String given = t.substring(comma + 1).strip();
            if (!given.isEmpty() && !given.contains(",")) {
                return Name.of(family, normalizeInitials(given));
            }
        }
        Matcher fi = FAMILY_INITIALS.matcher(t);
        if (fi.matches()) {
            return Name.of(fi.group(1), normalizeInitials(fi.group(2)));
        }
        String[] tokens = t.split(" ");
        if (tokens.length == 1) {
            return Name.of(tokens[0], "");
        }
        int familyStart = tokens.length - 1;
        while (familyStart > 1 && PARTICLES.contains(tokens[familyStart - 1].toLowerCase(Locale.ROOT))) {
            familyStart--;
        }
        if (tokens.length >= 2 && isSuffix(tokens[tokens.length - 1])) {
            familyStart = Math.max(1, tokens.length - 2);
        }
        String given = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, familyStart));
        String family = String.join(" ", java.util.Arrays.copyOfRange(tokens, familyStart, tokens.length));
        return Name.of(family, normalizeInitials(given));
    }

    private static boolean isSuffix(String token) {
        return token.matches("(?i)jr\\.?|sr\\.?|ii|iii|iv");
    }

    /** "H.J." becomes "H. J."; full given names are left alone. */
    public static String normalizeInitials(String given) {
        String g = given.strip();
        if (g.matches("(?:\\p{Lu}\\p{Ll}?\\.\\s*-?\\s*)+\\p{Lu}?")) {
            g = g.replaceAll("\\.\\s*(?=\\p{Lu})", ". ").strip();
            if (!g.endsWith(".") && g.length() > 0 && Character.isUpperCase(g.charAt(g.length() - 1))) {
                g = g + ".";
            }
        } else if (g.matches("\\p{Lu}\\.\\p{Lu}")) {
            g = g.charAt(0) + ". " + g.charAt(2) + ".";
        }
        return g;
    }

    /** Whether {@code text} reads as a person's name in given-family order: two to four capitalised words. */
    public static boolean looksLikePersonName(String text) {
        String t = text.strip();
        return t.matches("(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:" + PARTICLE + "\\s+){0,2}\\p{Lu}[\\p{L}'’-]+")
                && !t.matches("(?iu).*\\b(?:the|of|for|and|university|institute|center|centre|party|press|school|"
                        + "college|department|ministry|foundation|council|institut|университет|институт|центр)\\b.*");
    }

    /** Splits "A, B and C" or "A and B" into single names. */
    public static List<String> splitList(String names) {
        List<String> out = new ArrayList<>();
        for (String part : names.split("\\s*(?:,\\s*(?:and|&)\\s+|\\s+and\\s+|\\s*&\\s*|;\\s*)")) {
            for (String p : part.split(",\\s*(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu})")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }
}
