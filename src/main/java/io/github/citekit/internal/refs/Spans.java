package io.github.citekit.internal.refs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads labelled tokens back into field values: each run of one label is a span, cleaned and joined. */
public final class Spans {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    /** Fields printed once: a second run of the label is not more of the value (see {@link #addRun}). */
    private static final java.util.Set<String> ONCE = java.util.Set.of("volume", "issue", "container-title", "title");

    /**
     * Whether {@link #CONTAINER_CUES} can match {@code v}: it opens with "in", or its last word (before at
     * most one full stop) is a cue, or it ends with a line break (where the pattern's end also matches).
     * The pattern's unanchored half is tried at every position of every container, so it runs only then.
     */
    static boolean mayHoldContainerCue(String v) {
        int n = v.length();
        if (n == 0) {
            return false;
        }
        if (n >= 2 && v.regionMatches(true, 0, "in", 0, 2)) {
            return true;
        }
        char last = v.charAt(n - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return true;
        }
        int end = last == '.' ? n - 1 : n;
        int start = end;
        while (start > 0 && " \t\n\u000B\f\r,.".indexOf(v.charAt(start - 1)) < 0) {
            start--;
        }
        return start > 0 && start < end && VOLUME_CUES.contains(v.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** The volume or issue words that may end a container's span; {@link #CONTAINER_CUES} is built from them. */
    private static final List<String> VOLUME_CUES = List.of("vol", "vols", "volume", "band", "bd", "heft", "no", "nr",
            "tome", "вып", "т");

    /**
     * A leading "In" (also glued by PDF extraction, "inAdvanced") and a trailing volume or issue word
     * ("Aust Vet J Vol", "Chemie. Band") belong to the areas around a container, not to its title.
     */
    static final Pattern CONTAINER_CUES = Pattern.compile(
            "^(?:(?i:in)(?::\\s*|\\s+)|in(?=\\p{Lu}))|[\\s,.]+(?i:" + String.join("|", VOLUME_CUES) + ")\\.?$");

    /**
     * What follows a link with no space in PDF text: an access note ("(accessed", ".(Accessed"), a second
     * link (";http"), or a few words after a comma (",in press", ",NACA").
     */
    private static final Pattern URL_GLUED = Pattern.compile("(?i)(?:\\.?\\((?:accessed|retrieved|viewed)\\b.*|;\\s*https?:.*|,\\s*\\p{L}[\\p{L}\\s]*)$");

    private Spans() {
    }

    /** The field values of a labelled reference, in the reference data's shape (with {@code year}). */
    public static Map<String, String> fields(String raw, List<Token> tokens, List<String> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        String previous = Labels.OTHER; // the label of the last labelled run
        while (i < tokens.size()) {
            String label = labels.get(i);
            int j = i;
            while (j + 1 < tokens.size() && labels.get(j + 1).equals(label)) {
                j++;
            }
            if (!label.equals(Labels.OTHER)) {
                String value = SpanText.clean(raw.substring(tokens.get(i).start(), tokens.get(j).end()));
                if (!value.isEmpty()) {
                    if (label.equals("publisher-place") && out.containsKey(label) && previous.equals("publisher")) {
                        // "London: Chatham House; Washington, DC: Brookings": a second imprint's place
                        out.merge(label, value, (a, b) -> a + "; " + b);
                    } else {
                        addRun(out, label, value, !laterLabelled(labels, j, "container-title"));
                    }
                }
                previous = label;
            }
            i = j + 1;
        }
        out.computeIfPresent("DOI", (k, v) -> io.github.citekit.internal.extract.Dois.clean(v));
        out.computeIfPresent("URL", (k, v) -> {
            String u = SpanText.clean(URL_GLUED.matcher(v).replaceFirst(""));
            return u.isEmpty() ? null : u;
        });
        out.computeIfPresent("container-title", (k, v) -> {
            String c = SpanText.clean(mayHoldContainerCue(v) ? CONTAINER_CUES.matcher(v).replaceAll("") : v);
            return c.isEmpty() ? null : c;
        });
        String date = out.get("date");
        if (date != null) {
            Matcher m = YEAR.matcher(date);
            if (m.find()) {
                out.put("year", m.group(1));
            }
        }
        String page = out.get("page");
        String year = out.get("year");
        if (page != null && year != null && page.contains(", ")) {
            // "1991, 169-174": the year read as a page run as well
            String kept = String.join(", ", java.util.Arrays.stream(page.split(", ")).filter(p -> !p.equals(year)).toList());
            out.put("page", kept.isEmpty() ? page : kept);
        }
        return out;
    }

    /**
     * Adds one run of a label. Most runs of a label that recurs join its value (names, pages, notes), but
     * a work has one title, one container, one volume and issue, and one date: a second run of these is a
     * labelling slip or another work's (an erratum's year, a reprint's journal), and is dropped; except that
     * a second title run when no container is labelled anywhere is the container ("Title. Journal").
     */
    private static void addRun(Map<String, String> out, String label, String value, boolean noContainerLater) {
        if (label.equals("title") && out.containsKey("title") && !out.containsKey("container-title") && noContainerLater) {
            out.put("container-title", value);
        } else if (label.equals("date") && out.containsKey("date")) {
            String first = out.get("date");
            if (!hasYear(first) && first.chars().allMatch(Character::isDigit) && hasYear(value)) {
                out.put(label, value); // a stray number ("5364" of an arXiv id), then the year: the year
            } else if (!hasYear(first)) {
                out.merge(label, value, (a, b) -> a + " " + b); // "Spring" then "1998"
            }
        } else if (!(ONCE.contains(label) && out.containsKey(label))) {
            out.merge(label, value, (a, b) -> a + separator(label) + b);
        }
    }

    private static boolean laterLabelled(List<String> labels, int after, String label) {
        for (int k = after + 1; k < labels.size(); k++) {
            if (labels.get(k).equals(label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasYear(String value) {
        return YEAR.matcher(value).find();
    }

    private static String separator(String label) {
        return switch (label) {
            case "author", "editor", "translator", "director", "producer", "page", "institution" -> ", "; // "Dept. X, Univ. Y"
            case "publisher", "note" -> "; ";
            default -> " ";
        };
    }
}
