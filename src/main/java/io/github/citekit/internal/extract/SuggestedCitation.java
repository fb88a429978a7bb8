package io.github.citekit.internal.extract;

import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Name;
import io.github.citekit.internal.text.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository cover page's "Suggested Citation" of the article itself, read as an APA-style entry:
 * {@code Family, I. (2019). Title. *Journal*, 109(2), 5-10. https://doi.org/…}.
 *
 * @param text the citation as printed
 * @param authors the authors it names
 * @param fields the fields it gives (title, container-title, volume, issue, page, DOI)
 * @param issued the year it gives
 */
public record SuggestedCitation(String text, List<Name> authors, java.util.Map<Field, String> fields,
        Optional<DateParts> issued) {
    private static final Pattern HEADING = Pattern.compile("(?iu).*\\b(?:suggested citation|recommended citation|cite (?:this|as))\\s*:?\\s*(.*)$");
    private static final Pattern APA = Pattern.compile(
            "^(?<authors>.+?)\\s*\\((?<year>\\d{4})[a-z]?(?:,[^)]*)?\\)\\.\\s*(?<title>.+?[.?!])\\s+(?<container>\\*[^*]+\\*|[^,]+?),"
            + "\\s*(?<volume>\\d+)(?:\\s*\\((?<issue>[^)]+)\\))?(?:,\\s*(?<pages>\\d+(?:\\s*[-–]\\s*\\d+)?))?");
    private static final Pattern APA_AUTHOR = Pattern.compile(
            "((?:" + Names.PARTICLE + "\\s+){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?),\\s*((?:\\p{Lu}\\.\\s?(?:-\\s?\\p{Lu}\\.\\s?)?)+)");

    /** Looks for a suggested citation among {@code lines}; the heading may carry it or precede it. */
    public static Optional<SuggestedCitation> find(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher h = HEADING.matcher(lines.get(i));
            if (!h.matches()) {
                continue;
            }
            String text = h.group(1).strip();
            int j = i + 1;
            while (text.isEmpty() && j < lines.size()) {
                text = lines.get(j++).strip();
            }
            if (!text.isEmpty()) {
                return parse(text);
            }
        }
        return Optional.empty();
    }

    /** Parses one APA-style citation of a journal article. */
    public static Optional<SuggestedCitation> parse(String text) {
        Matcher m = APA.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        List<Name> authors = new ArrayList<>();
        Matcher a = APA_AUTHOR.matcher(m.group("authors"));
        while (a.find()) {
            authors.add(Name.of(a.group(1), Names.normalizeInitials(a.group(2))));
        }
        java.util.EnumMap<Field, String> fields = new java.util.EnumMap<>(Field.class);
        String title = m.group("title");
        if (title.endsWith(".")) {
            title = title.substring(0, title.length() - 1);
        }
        fields.put(Field.TITLE, Markup.strip(title).strip());
        fields.put(Field.CONTAINER_TITLE, Markup.strip(m.group("container")).strip());
        fields.put(Field.VOLUME, m.group("volume"));
        if (m.group("issue") != null) {
            fields.put(Field.ISSUE, m.group("issue").strip());
        }
        if (m.group("pages") != null) {
            fields.put(Field.PAGE, m.group("pages").replaceAll("\\s*[-–]\\s*", "-"));
        }
        Dois.findFirst(text).ifPresent(d -> fields.put(Field.DOI, d));
        return Optional.of(new SuggestedCitation(text, List.copyOf(authors), java.util.Map.copyOf(fields),
                Optional.of(DateParts.ofYear(Integer.parseInt(m.group("year"))))));
    }
}
