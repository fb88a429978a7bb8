package io.github.citekit.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks that {@code lynx -dump} adds to a web page's text: a number in brackets glued to each link's text
 * ("[5]Smith and Jones 2014", "[1]Home"), and the page's links listed at the end under its own heading "References"
 * ("   1. https://example.org/", "   2. file:///about"), perhaps parted into "Visible links:" and "Hidden links:" (in
 * a Russian locale "Ссылки", "Видимых ссылок:", "Скрытых ссылок:").
 * That list is lynx's, not the page's: read as a reference list, each link became a record, and each mark a numeric
 * citation of it. Both are taken out; the lines stay, blank, so that line numbers still count the file's lines.
 */
final class LynxLinks {
    /**
     * lynx's heading over its list, in the language of its user's locale: "References", "Ссылки", "Verweise",
     * "Références", "Viitteet", … (a few words of letters).
     */
    private static final Pattern HEADING = Pattern.compile("\\p{L}+(?: \\p{L}+){0,2}");
    /** "Visible links:", "Hidden links:", "Видимых ссылок:", "Liens cachés :": a few words and a colon. */
    private static final Pattern PART = Pattern.compile("\\p{L}+(?: \\p{L}+){0,2} ?:");
    /** A listed link: its number and one word, an address with a scheme ("https:", "file:", "mailto:"). */
    private static final Pattern LINK = Pattern.compile("(\\d{1,5})\\.\\s+[a-zA-Z][a-zA-Z+.-]{1,15}:\\S*");
    /**
     * A link's mark glued to its text: "[5]Smith", "[12]https://…", "[3]“Ports”"; not a citation before its punctuation,
     * "shown[1].".
     */
    private static final Pattern MARK = Pattern.compile("\\[(\\d{1,5})](?=[\\p{L}\\p{N}\"“‘'«(/])");

    private LynxLinks() {
    }

    /**
     * The lines with lynx's link list and marks taken out, where the text ends with such a list, numbered from 1
     * upwards, and the text before it marks at least half of the links listed; the lines as they are otherwise.
     */
    static String[] strip(String[] lines) {
        int heading = -1;
        int count = 0;
        for (int i = lines.length - 1; i >= 0; i--) {
            String t = lines[i].strip();
            if (t.isEmpty() || PART.matcher(t).matches()) {
                continue;
            }
            if (HEADING.matcher(t).matches()) {
                heading = i;
                break;
            }
            if (!LINK.matcher(t).matches()) {
                return lines;
            }
            count++;
        }
        int last = heading < 0 || count == 0 ? -1 : lastNumber(lines, heading + 1);
        if (last < 0) {
            return lines;
        }
        boolean[] marked = new boolean[last + 1];
        int marks = 0;
        for (int i = 0; i < heading; i++) {
            Matcher m = MARK.matcher(lines[i]);
            while (m.find()) {
                int k = Integer.parseInt(m.group(1));
                if (k >= 1 && k <= last && !marked[k]) {
                    marked[k] = true;
                    marks++;
                }
            }
        }
        if (marks * 2 < count) { // hidden links have no mark; a page's own bracketed numbers are rarely glued to a word
            return lines;
        }
        String[] out = lines.clone();
        for (int i = 0; i < heading; i++) {
            Matcher m = MARK.matcher(out[i]);
            StringBuilder s = new StringBuilder();
            while (m.find()) {
                int k = Integer.parseInt(m.group(1));
                m.appendReplacement(s, k >= 1 && k <= last ? "" : Matcher.quoteReplacement(m.group()));
            }
            m.appendTail(s);
            out[i] = s.toString();
        }
        for (int i = heading; i < out.length; i++) {
            out[i] = "";
        }
        return out;
    }

    /**
     * The last number of the links listed after the heading, where they are numbered from 1 upwards (lynx leaves out the
     * numbers of links it lists nowhere); -1 otherwise.
     */
    private static int lastNumber(String[] lines, int from) {
        int last = 0;
        for (int i = from; i < lines.length; i++) {
            Matcher m = LINK.matcher(lines[i].strip());
            if (m.matches()) {
                int k = Integer.parseInt(m.group(1));
                if (last == 0 ? k != 1 : k <= last) {
                    return -1;
                }
                last = k;
            }
        }
        return last;
    }
}
