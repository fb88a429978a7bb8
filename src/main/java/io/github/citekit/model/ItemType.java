package io.github.citekit.model;

import java.util.Locale;
import java.util.Optional;

/** The CSL item types citekit produces or reads; {@link #cslName()} is the CSL-JSON spelling. */
public enum ItemType {
    /** A generic article, manuscript or preprint; also citekit's choice when nothing tells more. */
    ARTICLE("article"),
    /** An article in a scholarly journal or digest. */
    ARTICLE_JOURNAL("article-journal"),
    /** An article in a magazine or magazine-like web publication. */
    ARTICLE_MAGAZINE("article-magazine"),
    /** An article in a newspaper. */
    ARTICLE_NEWSPAPER("article-newspaper"),
    /** A book or monograph. */
    BOOK("book"),
    /** A chapter or contribution in an edited book. */
    CHAPTER("chapter"),
    /** A paper in conference proceedings. */
    PAPER_CONFERENCE("paper-conference"),
    /** A report, working or research paper. */
    REPORT("report"),
    /** A thesis or dissertation. */
    THESIS("thesis"),
    /** A web page. */
    WEBPAGE("webpage"),
    /** A blog post. */
    POST_WEBLOG("post-weblog"),
    /** An online post (forum, social media). */
    POST("post"),
    /** A generic document. */
    DOCUMENT("document"),
    /** An edited collection as a whole. */
    COLLECTION("collection"),
    /** A manuscript. */
    MANUSCRIPT("manuscript"),
    /** A pamphlet. */
    PAMPHLET("pamphlet"),
    /** A dataset. */
    DATASET("dataset"),
    /** Software. */
    SOFTWARE("software"),
    /** An encyclopedia entry. */
    ENTRY_ENCYCLOPEDIA("entry-encyclopedia"),
    /** A standard. */
    STANDARD("standard"),
    /** A patent. */
    PATENT("patent"),
    /** A speech or talk. */
    SPEECH("speech"),
    /** A piece of legislation. */
    LEGISLATION("legislation"),
    /** A court case. */
    LEGAL_CASE("legal_case"),
    /** A treaty or convention between states. */
    TREATY("treaty"),
    /** A film or video. */
    MOTION_PICTURE("motion_picture"),
    /** An episode of a television or radio series, or of a podcast. */
    BROADCAST("broadcast"),
    /** A painting, photograph, drawing or other visual work. */
    GRAPHIC("graphic"),
    /** A recording of music or of speech: a song, an album. */
    SONG("song");

    private final String cslName;

    ItemType(String cslName) {
        this.cslName = cslName;
    }

    /** The CSL-JSON name of this type, such as {@code article-journal}. */
    public String cslName() {
        return cslName;
    }

    /** The type with the given CSL-JSON name, if citekit knows it. */
    public static Optional<ItemType> fromCsl(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ItemType t : values()) {
            if (t.cslName.equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
