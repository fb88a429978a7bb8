package io.github.citekit.internal.refs;

import java.util.regex.Pattern;

/**
 * What Wikipedia's citation templates print besides the reference itself: the medium of a linked file, "(PDF)", and
 * the identifiers of databases CSL has no field for, "Bibcode:2010JCoR...26..712S. S2CID 13512345. JSTOR 25736123.
 * OCLC 123456789. hdl:10026.1/1234.". The labeller has seen none of them and reads them as places or titles; they are
 * left out before it reads the reference (the entry's provenance keeps its text whole).
 */
final class WikipediaMarks {
    /**
     * A file's medium after its title, "(PDF)", "[PDF]", "(PDF, 2.3 MB)", Wikipedia's archive note's "(PDF)", and ISO 690's
     * and IEEE's "[online]" ("Schlick in Häfen [online]. Berlin: Springer, 2009", where the labeller lost the title).
     */
    private static final Pattern MEDIUM = Pattern.compile("\\s?(?:[(\\[]PDF(?:,\\s*[\\d.,]+\\s*[KMkm]i?B)?[)\\]]|\\[(?:online|Online|ONLINE)\\s?])");
    /** A database's identifier as the templates print it, after a full stop or at the start, up to its own stop. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<=^|[.;,]\\s)(?:Bibcode:\\S+?|S2CID\\s\\d+|JSTOR\\s\\d+|OCLC\\s\\d+"
            + "|LCCN\\s\\S+?|CiteSeerX\\s[\\d.]+\\d|OSTI\\s\\d+|SSRN\\s\\d+|hdl:\\S+?|ERIC\\s(?:ED|EJ)\\d+|Zbl\\s[\\d.]+\\d"
            + "|eISSN\\s\\d{4}-\\d{3}[\\dX])(?:\\.(?=\\s|$)|(?=[;,]?\\s|$))[;,]?\\s?");

    private WikipediaMarks() {
    }

    /** {@code text} without the marks, or {@code text} itself when it holds none (most do not: one search decides). */
    static String strip(String text) {
        if (!mayHoldMarks(text)) {
            return text;
        }
        String out = MEDIUM.matcher(text).replaceAll("");
        out = IDENTIFIER.matcher(out).replaceAll("");
        return out.strip();
    }

    private static boolean mayHoldMarks(String text) {
        return text.contains("PDF") || text.contains("nline") || text.contains("NLINE") || text.contains("Bibcode") || text.contains("S2CID") || text.contains("JSTOR ")
                || text.contains("OCLC ") || text.contains("hdl:") || text.contains("LCCN ") || text.contains("CiteSeerX")
                || text.contains("OSTI ") || text.contains("SSRN ") || text.contains("ERIC ") || text.contains("Zbl ")
                || text.contains("eISSN ");
    }
}
