package io.github.citekit.internal.text;

import java.util.regex.Pattern;

/** Removes the light Markdown that web and repository texts carry from a field value. */
public final class Markup {
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*])[*_]{1,2}(?=\\S)(.+?)(?<=\\S)[*_]{1,2}(?![\\p{L}\\p{N}*])");
    private static final Pattern ANGLE_LINK = Pattern.compile("<((?:https?://|doi:|www\\.)[^<>\\s]+)>");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\((?:https?://)[^)\\s]+\\)");

    private Markup() {
    }

    /** The text with {@code *emphasis*}, {@code <links>} and {@code [text](url)} reduced to their text. */
    public static String strip(String text) {
        String t = text;
        if (t.indexOf("](") >= 0) {
            t = MD_LINK.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('<') >= 0) {
            t = ANGLE_LINK.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) { // most texts have none: skip the regex
            t = EMPHASIS.matcher(t).replaceAll("$1");
        }
        return t;
    }
}
