package io.github.citekit.internal.refs;

/**
 * Which rare marks a reference holds, found with a few scans of its text (the string searches the JIT turns into
 * vector loops), so that the rules that need one are not run over the references that have none: a word in brackets
 * (a status, an editor's mark), a quotation mark, German's Heft ("…, H. 3") and Auflage, a reprint, proceedings
 * opening a sentence, another European language's access or link words.
 *
 * @param bracket a round bracket opening on a letter, "(forthcoming)", "(Hg.)", not "(2010)"
 * @param editors Vancouver's editor mark after a comma, ", editors."
 * @param quote a quotation mark of any kind
 * @param heft German's issue mark after a comma, ", H."
 * @param auflage German's edition, "Aufl." or "Auflage"
 * @param reprint "Reprint" or "Reprinted"
 * @param proceedings "Proc." or "Proceedings" after a full stop
 * @param european a word of another European language's access statement, link cue or medium mark
 *                 ({@link EuropeanLabels#mayHaveCues})
 */
record TokenMarks(boolean bracket, boolean editors, boolean quote, boolean heft, boolean auflage, boolean reprint, boolean proceedings,
        boolean european) {

    static TokenMarks of(String text) {
        boolean quote = false;
        for (int i = 0; i < QUOTES.length() && !quote; i++) {
            quote = text.indexOf(QUOTES.charAt(i)) >= 0;
        }
        boolean bracket = false;
        for (int i = text.indexOf('('); i >= 0 && i + 1 < text.length() && !bracket; i = text.indexOf('(', i + 1)) {
            int next = text.charAt(i + 1) == ' ' && i + 2 < text.length() ? i + 2 : i + 1; // a PDF's "( Inpress )"
            bracket = Character.isLetter(text.charAt(next));
        }
        boolean editors = text.contains(", editor") || text.contains(", eds.") || text.contains(", ed.");
        return new TokenMarks(bracket, editors, quote, text.indexOf(", H.") >= 0 || text.indexOf(",H.") >= 0,
                text.indexOf("Aufl") >= 0, text.indexOf("Reprint") >= 0, text.indexOf(". Proc") >= 0 || text.indexOf(".Proc") >= 0,
                EuropeanLabels.mayHaveCues(text));
    }

    /** Every quotation mark the rules read, opening and closing. */
    private static final String QUOTES = "\"“”‘’«»'„";
}
