package io.github.citekit.format;

import io.github.citekit.model.ItemType;
import java.util.Map;

/** The CSL ↔ biblatex type mapping, after citeproc-java and biblatex's own documentation. */
final class FieldMapping {
    private FieldMapping() {
    }

    /** biblatex entry type and, where one type serves several CSL types, the entrysubtype. */
    record BibType(String type, String subtype) {
    }

    static BibType toBib(ItemType t) {
        return switch (t) {
            case ARTICLE_JOURNAL -> new BibType("article", "");
            case ARTICLE_MAGAZINE -> new BibType("article", "magazine");
            case ARTICLE_NEWSPAPER -> new BibType("article", "newspaper");
            case BOOK -> new BibType("book", "");
            case CHAPTER -> new BibType("incollection", "");
            case PAPER_CONFERENCE -> new BibType("inproceedings", "");
            case REPORT -> new BibType("report", "");
            case THESIS -> new BibType("thesis", "");
            case WEBPAGE -> new BibType("online", "");
            case POST_WEBLOG -> new BibType("online", "weblog");
            case POST -> new BibType("online", "post");
            case COLLECTION -> new BibType("collection", "");
            case MANUSCRIPT -> new BibType("unpublished", "");
            case PAMPHLET -> new BibType("booklet", "");
            case DATASET -> new BibType("dataset", "");
            case SOFTWARE -> new BibType("software", "");
            case ENTRY_ENCYCLOPEDIA -> new BibType("inreference", "");
            case STANDARD -> new BibType("standard", "");
            case PATENT -> new BibType("patent", "");
            case SPEECH -> new BibType("misc", "speech");
            case LEGISLATION -> new BibType("legislation", "");
            case LEGAL_CASE -> new BibType("jurisdiction", "");
            case TREATY -> new BibType("legal", ""); // biblatex's type for treaties, which pandoc reads as "treaty"
            case MOTION_PICTURE -> new BibType("video", ""); // read by pandoc as "motion_picture"
            case BROADCAST -> new BibType("misc", "broadcast");
            case GRAPHIC -> new BibType("artwork", ""); // biblatex-apa's and pandoc's type for a visual work
            case SONG -> new BibType("music", ""); // pandoc reads @music and @audio as "song"
            case ARTICLE -> new BibType("misc", "article");
            case DOCUMENT -> new BibType("misc", "");
        };
    }

    private static final Map<String, ItemType> FROM_BIB = Map.ofEntries(
            Map.entry("article", ItemType.ARTICLE_JOURNAL), Map.entry("book", ItemType.BOOK),
            Map.entry("mvbook", ItemType.BOOK), Map.entry("inbook", ItemType.CHAPTER),
            Map.entry("incollection", ItemType.CHAPTER), Map.entry("inproceedings", ItemType.PAPER_CONFERENCE),
            Map.entry("conference", ItemType.PAPER_CONFERENCE), Map.entry("proceedings", ItemType.BOOK),
            Map.entry("report", ItemType.REPORT), Map.entry("techreport", ItemType.REPORT),
            Map.entry("thesis", ItemType.THESIS), Map.entry("phdthesis", ItemType.THESIS),
            Map.entry("mastersthesis", ItemType.THESIS), Map.entry("online", ItemType.WEBPAGE),
            Map.entry("www", ItemType.WEBPAGE), Map.entry("electronic", ItemType.WEBPAGE),
            Map.entry("collection", ItemType.COLLECTION), Map.entry("unpublished", ItemType.MANUSCRIPT),
            Map.entry("booklet", ItemType.PAMPHLET), Map.entry("dataset", ItemType.DATASET),
            Map.entry("software", ItemType.SOFTWARE), Map.entry("inreference", ItemType.ENTRY_ENCYCLOPEDIA),
            Map.entry("standard", ItemType.STANDARD), Map.entry("patent", ItemType.PATENT),
            Map.entry("legislation", ItemType.LEGISLATION), Map.entry("jurisdiction", ItemType.LEGAL_CASE),
            Map.entry("legal", ItemType.TREATY), Map.entry("video", ItemType.MOTION_PICTURE),
            Map.entry("movie", ItemType.MOTION_PICTURE), Map.entry("manual", ItemType.REPORT),
            Map.entry("artwork", ItemType.GRAPHIC), Map.entry("image", ItemType.GRAPHIC),
            Map.entry("music", ItemType.SONG), Map.entry("audio", ItemType.SONG),
            Map.entry("misc", ItemType.DOCUMENT));

    static ItemType fromBib(String type, String subtype) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        String s = subtype.toLowerCase(java.util.Locale.ROOT);
        if (t.equals("article")) {
            return switch (s) {
                case "magazine" -> ItemType.ARTICLE_MAGAZINE;
                case "newspaper" -> ItemType.ARTICLE_NEWSPAPER;
                default -> ItemType.ARTICLE_JOURNAL;
            };
        }
        if (t.equals("online")) {
            return switch (s) {
                case "weblog" -> ItemType.POST_WEBLOG;
                case "post" -> ItemType.POST;
                default -> ItemType.WEBPAGE;
            };
        }
        if (t.equals("misc")) {
            return switch (s) {
                case "article" -> ItemType.ARTICLE;
                case "speech" -> ItemType.SPEECH;
                case "broadcast" -> ItemType.BROADCAST;
                default -> ItemType.DOCUMENT;
            };
        }
        return FROM_BIB.getOrDefault(t, ItemType.DOCUMENT);
    }

    /** biblatex {@code langid} values for BCP 47 tags. */
    private static final Map<String, String> LANGIDS = Map.ofEntries(Map.entry("en", "english"), Map.entry("ru", "russian"),
            Map.entry("de", "ngerman"), Map.entry("fr", "french"), Map.entry("uk", "ukrainian"), Map.entry("es", "spanish"),
            Map.entry("it", "italian"), Map.entry("pl", "polish"), Map.entry("pt", "portuguese"), Map.entry("nl", "dutch"),
            Map.entry("sv", "swedish"), Map.entry("cs", "czech"), Map.entry("fi", "finnish"), Map.entry("da", "danish"),
            Map.entry("nb", "norsk"), Map.entry("el", "greek"), Map.entry("tr", "turkish"), Map.entry("hu", "magyar"),
            Map.entry("la", "latin"));

    static String langid(String bcp47) {
        return LANGIDS.getOrDefault(bcp47, bcp47);
    }

    static String bcp47(String langid) {
        String l = langid.toLowerCase(java.util.Locale.ROOT).strip();
        for (var e : LANGIDS.entrySet()) {
            if (e.getValue().equals(l)) {
                return e.getKey();
            }
        }
        return switch (l) {
            case "german" -> "de";
            case "american", "british", "usenglish", "ukenglish" -> "en";
            default -> l;
        };
    }

    /**
     * biblatex's {@code pubstate} keys, which its styles print in the document's language, for the statuses
     * printed in references (lower case); a status without a key is written as printed.
     */
    private static final Map<String, String> PUBSTATES = Map.ofEntries(Map.entry("in press", "inpress"),
            Map.entry("inpress", "inpress"), Map.entry("im druck", "inpress"), Map.entry("sous presse", "inpress"),
            Map.entry("в печати", "inpress"), Map.entry("у друку", "inpress"), Map.entry("in corso di stampa", "inpress"), Map.entry("forthcoming", "forthcoming"),
            Map.entry("to appear", "forthcoming"), Map.entry("à paraître", "forthcoming"), Map.entry("a paraître", "forthcoming"),
            Map.entry("submitted", "submitted"), Map.entry("submitted for publication", "submitted"), Map.entry("soumis", "submitted"),
            Map.entry("in preparation", "inpreparation"), Map.entry("prepublished", "prepublished"));

    /** The CSL status for each pubstate key, as English prints it. */
    private static final Map<String, String> STATUSES = Map.of("inpress", "in press", "forthcoming", "forthcoming",
            "submitted", "submitted", "inpreparation", "in preparation", "prepublished", "prepublished");

    static String pubstate(String status) {
        String s = status.strip();
        return PUBSTATES.getOrDefault(s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "), s);
    }

    static String status(String pubstate) {
        String s = pubstate.strip();
        return STATUSES.getOrDefault(s.toLowerCase(java.util.Locale.ROOT), s);
    }
}
