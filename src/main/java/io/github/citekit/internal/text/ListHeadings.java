package io.github.citekit.internal.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings over reference lists and notes, in English, Russian, Ukrainian, the other languages of Europe and
 * Chinese, Japanese and Korean ("参考文献", "참고문헌"), and Wikipedia's ("Citations", "Einzelnachweise", "Przypisy"): one list for the document reader, the article finder and the list finder, which all have to know
 * where a list begins.
 */
public final class ListHeadings {
    /** The names a list goes by, lower-case, as a regular expression's alternatives. */
    public static final String NAMES = "references?|reference list|list of references|references and (?:notes|further reading)"
            + "|notes and references|references cited|cited references|(?:selected )?bibliography|bibliography and references"
            + "|works (?:cited|consulted)|cited works|sources cited|literature(?: cited)?|cited literature|sources(?: and literature)?"
            + "|notes|endnotes|footnotes|further reading|citations"
            + "|список (?:использованной |цитируемой |рекомендуемой )?литературы|список использованных источников(?: и литературы)?"
            + "|список источников(?: и литературы)?|литература(?: и источники)?|использованная литература|библиографический список"
            + "|библиография|источники(?: и литература)?|примечания"
            + "|literaturverzeichnis|literatur|quellenverzeichnis|quellen(?: und literatur)?|anmerkungen|einzelnachweise|fu(?:ß|ss)noten|belege"
            + "|références(?: bibliographiques)?|bibliographie|notes et références"
            + "|referencias(?: bibliográficas)?|referências(?: bibliográficas)?|bibliografía|bibliografia|riferimenti bibliografici|notas"
            // Ukrainian, Polish, Czech, Dutch, the Nordic languages, Finnish, Hungarian, Turkish
            + "|список (?:використаної |використаних )?(?:літератури|джерел)|список використаних джерел(?: і літератури)?|література"
            + "|використана література|джерела|примітки"
            + "|literatura(?: cytowana)?|piśmiennictwo|przypisy|bibliografie|seznam (?:použité )?literatury|použitá literatura"
            + "|literatuur(?:lijst)?|referenties|(?:voet)?noten|bronnen|fonti|litteratur(?:liste|förteckning)?|referenser|lähteet|kirjallisuus|irodalom"
            + "|felhasznált irodalom|kaynakça|kaynaklar"
            + "|参考文献|參考文獻|参考资料|參考資料|主要参考文献|引用文献|참고문헌|참고 문헌|注释|注釋";

    /** A heading line: the name alone, perhaps numbered ("7. References", "VI. REFERENCES") and with a colon. */
    private static final Pattern HEADING = Pattern.compile("(?iu)^(?:\\d+\\.?\\s+|[IVX]+\\.\\s+)?(" + NAMES + ")\\s*[:：]?$");

    private ListHeadings() {
    }

    /**
     * A word's first capital set apart from the rest of it: pdftotext's text of a heading in small capitals, whose
     * first letter is in a larger font ("R EFERENCES", "VI. R EFERENCES", IEEEtran's section headings).
     */
    private static final Pattern SMALL_CAPITALS = Pattern.compile("(?<!\\p{L})(\\p{Lu}) (?=\\p{Lu}{2,}(?!\\p{L}))");

    /** The list's name when {@code line} is a heading over a reference list or notes, lower-cased as written. */
    public static Optional<String> name(String line) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches() && line.length() <= 40 && line.indexOf(' ') > 0 && line.equals(line.toUpperCase(java.util.Locale.ROOT))) {
            m = HEADING.matcher(SMALL_CAPITALS.matcher(line).replaceAll("$1"));
        }
        return m.matches() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** Whether a list of this name holds notes (numbered notes, endnotes) rather than references. */
    public static boolean namesNotes(String name) {
        return name.contains("note") || name.startsWith("примеч") || name.startsWith("примітк") || name.equals("anmerkungen") || name.equals("notas")
                || name.startsWith("注") || name.equals("einzelnachweise") || name.equals("przypisy") || name.endsWith("noten");
    }
}
