package io.github.citekit.internal.refs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads labelled tokens back into field values: each run of one label is a span, cleaned and joined. */
public final class Spans {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    private Spans() {
    }

    /** The field values of a labelled reference, in the reference data's shape (with {@code year}). */
    public static Map<String, String> fields(String raw, List<Token> tokens, List<String> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            String label = labels.get(i);
            int j = i;
            while (j + 1 < tokens.size() && labels.get(j + 1).equals(label)) {
                j++;
            }
            if (!label.equals(Labels.OTHER)) {
                String value = SpanText.clean(raw.substring(tokens.get(i).start(), tokens.get(j).end()));
                if (!value.isEmpty()) {
                    out.merge(label, value, (a, b) -> a + separator(label) + b);
                }
            }
            i = j + 1;
        }
        out.computeIfPresent("DOI", (k, v) -> io.github.citekit.internal.extract.Dois.clean(v));
        String date = out.get("date");
        if (date != null) {
            Matcher m = YEAR.matcher(date);
            if (m.find()) {
                out.put("year", m.group(1));
            }
        }
        return out;
    }

    private static String separator(String label) {
        return switch (label) {
            case "author", "editor", "translator", "page" -> ", ";
            case "publisher", "note" -> "; ";
            default -> " ";
        };
    }
}
