package io.github.citekit.internal.refs;


import io.github.citekit.internal.extract.Names;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules over a reference's names once its labels are read into fields: editors and translators read as authors, a
 * title's first word read as a name or a name read into the title. {@link FieldRules#refine} runs them in its order.
 */
final class NameFields {
    private NameFields() {
    }

    /**
     * Chicago's "Twain, Mark. Adventures of Huckleberry Finn. Edited by Sculley Bradley, …": the names after
     * "Edited by" read as more authors are the editors.
     */
    static void editorsReadAsAuthors(String text, Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("editor") || author.indexOf(", ") < 0 || text.indexOf(" by ") < 0) {
            return;
        }
        Matcher edited = EDITED_BY.matcher(text);
        while (edited.find()) {
            String after = text.substring(edited.end());
            for (int comma = author.indexOf(", "); comma >= 0; comma = author.indexOf(", ", comma + 1)) {
                String tail = author.substring(comma + 2);
                if (tail.length() > 3 && after.startsWith(tail) && text.indexOf(author.substring(0, comma)) < edited.start()) {
                    f.put("author", author.substring(0, comma));
                    f.put("editor", tail);
                    return;
                }
            }
        }
    }

    /**
     * "Colin S. Gray, Geoffrey Sloan, eds., Geopolitics…" and "Gray, Colin S., and Geoffrey Sloan, eds.
     * Geopolitics…": the labeller read the first name as the author and the rest as editors, but one list
     * opens the reference and the plural mark after it makes them all editors.
     */
    static void coEditorReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        String editor = f.get("editor");
        if (author == null || editor == null || text.indexOf("ds") < 0 && text.indexOf("Hrsg") < 0 && text.indexOf("Hgg") < 0
                && text.indexOf("ред") < 0) {
            return;
        }
        int a = text.indexOf(author);
        int e = a < 0 ? -1 : text.indexOf(editor, a + author.length());
        if (a < 0 || a > 8 || e < 0) { // a reference number at most before the list
            return;
        }
        String gap = text.substring(a + author.length(), e);
        String editorEnd = text.substring(e + editor.length());
        if (LIST_GAP.matcher(gap).matches() && PLURAL_EDITORS.matcher(editorEnd).lookingAt()) {
            f.remove("author");
            f.put("editor", SpanText.clean(text.substring(a, e + editor.length())));
        }
    }

    /**
     * "Stein, Stanley J. Vassouras, a Brazilian Coffee County" and "Kubik, Reinhold, Händels Rinaldo: Geschichte":
     * the title's first words read into the author span, one name with a full given name, when the title
     * goes on right after them; a known given name there starts another person, not the title.
     */
    static void titleStartReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        String title = f.get("title");
        if (author == null || title == null) {
            return;
        }
        Matcher m = NAME_THEN_WORDS.matcher(author);
        if (!m.matches()) {
            // "Orland Figes, Peasant Russia, Civil War: …", "Mathilde von Bulow, West Germany, Cold War Europe …"
            int comma = author.indexOf(", ");
            if (comma < 0 || comma != author.lastIndexOf(',') || author.lastIndexOf(' ', comma) < 0) {
                return; // one comma only, after a name of two words: cheap tests before the pattern
            }
            m = GIVEN_FIRST_THEN_TWO_WORDS.matcher(author);
            if (!m.matches() || !io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(m.group(1)))) {
                return;
            }
        }
        if (io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(m.group(2)))) {
            return;
        }
        for (String separator : List.of(", ", ": ", ". ", " ")) {
            if (text.contains(m.group(2) + separator + title)) {
                f.put("author", m.group(1));
                f.put("title", m.group(2) + separator + title);
                return;
            }
        }
    }

    /**
     * Physics' "A. D. Linde, Chaotic Inflation, Phys. Lett., B129, (1983)." and "C. W. Misner, K. S. Thorne, J. A.
     * Wheeler, Gravitation, W.H. Freeman (1973).": with no title labelled, the last of a list of names printed with
     * their initials first, when it has no initial, is the title (unless it opens with a known given name).
     */
    static void titleReadAsLastAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("title")) {
            return;
        }
        int comma = author.lastIndexOf(", ");
        if (comma < 0) {
            return;
        }
        String last = author.substring(comma + 2).strip();
        if (!Character.isUpperCase(author.charAt(0)) || author.length() < 2 || author.charAt(1) != '.' && author.charAt(1) != ' ') {
            return; // the first name does not open with an initial: a cheap test before the patterns
        }
        for (String name : author.substring(0, comma).split(",")) {
            if (!INITIALS_FIRST.matcher(name.strip()).matches()) {
                return;
            }
        }
        if (!PLAIN_WORDS.matcher(last).matches() || last.length() < 4 || last.contains(" and ") || GROUP_WORD.matcher(last).find()
                || io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(last))
                || last.indexOf(' ') < 0 && text.contains(last + ".")) { // "Usp. Fiz. Nauk": a journal's abbreviated word
            return;
        }
        f.put("author", author.substring(0, comma).strip());
        f.put("title", last);
    }

    /**
     * Vancouver's "Toutanova K. BERT: Pre-training of …": a title's first word before its colon read as the
     * end of the authors (a name and its initials, then the word) goes back to the title.
     */
    static void titleWordReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        String title = f.get("title");
        if (author == null || title == null || !followsColon(text, title)) {
            return;
        }
        Matcher m = null;
        if (author.indexOf(". ") >= 0) {
            m = INITIALS_THEN_WORD.matcher(author);
            if (!m.matches()) {
                // "…; Weiler, H.A. Vitamin D: An overview …"
                m = INITIALS_THEN_WORDS.matcher(author);
                if (!m.matches() || io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(m.group(2)))) {
                    m = null;
                }
            }
        }
        if (m == null && endsWithAcronym(author)) {
            m = NAMES_THEN_ACRONYM.matcher(author); // "…, Michel Dagenais, ARITO: Cyber-attack response …"
            if (!m.matches()) {
                return;
            }
        }
        if (m != null && text.contains(m.group(2) + ": " + title)) {
            f.put("author", m.group(1));
            f.put("title", m.group(2) + ": " + title);
        }
    }

    /** Whether {@code title} stands in {@code text} right after ": ", found without building the joined string. */
    private static boolean followsColon(String text, String title) {
        for (int at = text.indexOf(title, 2); at >= 0; at = text.indexOf(title, at + 1)) {
            if (text.charAt(at - 1) == ' ' && text.charAt(at - 2) == ':') {
                return true;
            }
        }
        return false;
    }

    /** Whether the part after a name list's last ", " is an acronym of two capitals or more: "…, ARITO". */
    private static boolean endsWithAcronym(String author) {
        int comma = author.lastIndexOf(", ");
        if (comma < 0 || author.length() - comma - 2 < 2) {
            return false;
        }
        for (int i = comma + 2; i < author.length(); i++) {
            char c = author.charAt(i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '-')) {
                return false;
            }
        }
        return Character.isUpperCase(author.charAt(comma + 2));
    }

    /** A translator's statement read into the end of the title or the container ("… Trans. Richard Howard"). */
    static void translatorReadInto(String key, Map<String, String> f) {
        String value = f.get(key);
        Matcher m = value == null || f.containsKey("translator") || !(value.contains("rans") || value.contains("rad")
                || value.contains("Übers")) ? null : TRANSLATOR_AT_END.matcher(value);
        if (m != null && m.matches()) {
            f.put(key, m.group(1).strip());
            f.put("translator", m.group(2).strip());
        }
    }

    /**
     * Chicago's "Said, Edward. Orientalism. New York: Pantheon, 1978." and "Said, Edward W. Orientalism. …":
     * with no title and no container labelled, a one-word or short title was left unlabelled after the
     * author, or read into the given names after a middle initial (a given name does not go on past it).
     */
    static void titleLeftAfterAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("title") || f.containsKey("container-title")) {
            return;
        }
        Matcher initials = INVERTED_INITIALS_THEN_WORD.matcher(author);
        if (initials.matches() && !io.github.citekit.internal.extract.GivenNames.contains(initials.group(2))) {
            // "Smith, J. Ports": no given name follows initials but one such as "Hoover, J. Edgar"'s
            f.put("author", initials.group(1));
            f.put("title", SpanText.clean(author.substring(initials.start(2))));
            return;
        }
        Matcher runOn = INITIAL_THEN_WORDS.matcher(author);
        if (runOn.matches()) {
            String[] words = runOn.group(2).split("\\s+", 2);
            boolean suffix = Names.isSuffix(words[0]) || Names.isSuffix(TRAILING_STOP.matcher(words[0]).replaceFirst(""));
            String title = suffix ? (words.length > 1 ? words[1] : "") : runOn.group(2); // "Smith, John W. Jr. Ports"
            if (!title.isEmpty() && Character.isUpperCase(title.charAt(0))) {
                f.put("author", suffix ? runOn.group(1) + " " + words[0] : runOn.group(1));
                f.put("title", SpanText.clean(title));
            }
            return;
        }
        int a = text.indexOf(author);
        if (a < 0 || a > 8) {
            return;
        }
        Matcher m = SENTENCE_AFTER_AUTHOR.matcher(text.substring(a + author.length()));
        if (!m.find()) {
            return;
        }
        String title = m.group(1).strip();
        String after = text.substring(a + author.length() + m.end() - 1);
        if (title.length() < 5 && title.indexOf(' ') < 0 && !PLACE_AND_COLON.matcher(after).lookingAt()) {
            return; // a journal's abbreviated word, "Usp. Fiz. Nauk"; "Emma. London: …" is a title before its imprint
        }
        for (var e : f.entrySet()) {
            if (e.getValue().contains(title) || title.contains(e.getValue())) {
                return; // the sentence is, or holds, another field: "Thèse, Université d'Orléans"
            }
        }
        f.put("title", title);
    }

    /**
     * "Ports. (2020). In Encyclopaedia Britannica.": an entry of a reference work, printed as APA does an
     * authorless entry, whose title the labeller read as a one-word author: with no title and a container
     * after "In", that word is the title. ("Stratfor. (2016). Title." has its title and keeps its author.)
     */
    static void entryTitleReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        String container = f.get("container-title");
        if (author == null || container == null || f.containsKey("title") || author.contains(" ") || author.contains(",")
                || !text.contains("In " + container)) {
            return;
        }
        f.put("title", f.remove("author"));
    }

    /**
     * "White, P. Northern Sea. London: Verso, 2020." and "Mary Brown, Arctic Shipping (Oslo: …)": with no
     * title labelled, a short title of capitalised words read into the author span is taken back, when
     * the author is one name and what follows it cannot be a name (its first word is no known given name
     * and it follows the initials that end an inverted name, or a comma after a "Given Family" pair).
     */
    static void titleReadAsAuthor(String text, Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("title")) {
            return;
        }
        Matcher m = INVERTED_NAME_THEN_WORDS.matcher(author);
        if (!m.matches()) {
            m = NAME_THEN_WORDS.matcher(author); // "Debussy, Claude, Pelléas et Mélisande (New York: Dover, 1985)"
        }
        if (!m.matches()) {
            m = GIVEN_FIRST_THEN_WORDS.matcher(author);
            if (!m.matches() || !io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(m.group(1)))) {
                m = NAMES_STOP_THEN_WORDS.matcher(author);
                if (!m.matches() || !(m.group(1).contains(",") || m.group(1).contains(" and "))) {
                    return;
                }
            }
        }
        String words = m.group(2);
        if (io.github.citekit.internal.extract.GivenNames.contains(Names.firstWord(words)) || !text.contains(words)) {
            return;
        }
        f.put("author", m.group(1).strip());
        f.put("title", SpanText.clean(words));
    }

    /**
     * "Colin S. Gray, Geoffrey Sloan, Geopolitics, Geography and Strategy": where the authors are written
     * given name first and the title begins with one more "Given Family" before a comma, whose first word
     * is a known given name, that pair is the last author, not the start of the title ("Orland Figes,
     * Peasant Russia, Civil War" keeps its title).
     */
    static void coAuthorReadAsTitle(String text, Map<String, String> f) {
        String author = f.get("author");
        String title = f.get("title");
        if (author == null || title == null || author.contains(",") && !author.contains(" and ")
                || !text.contains(author + ", ")) { // what the test below needs, without its regexes
            return;
        }
        String last = ALL_BUT_LAST_NAME.matcher(author).replaceFirst("");
        Matcher m = TITLE_AFTER_NAME.matcher(title);
        if (GIVEN_FIRST_NAME.matcher(last).matches() && m.matches() && text.contains(author + ", " + m.group(1) + ", ")
                && io.github.citekit.internal.extract.GivenNames.contains(m.group(1).substring(0, m.group(1).indexOf(' ')))) {
            f.put("author", author + ", " + m.group(1));
            f.put("title", m.group(2));
        }
    }

    /**
     * "Jeffrey Mankoff, Russia's Latest Land Grab, Foreign Affairs, 2014": with no author labelled, a
     * reference that opens with a known given name and a family name before a comma opens with its author.
     */
    static void authorReadAsTitle(String text, Map<String, String> f) {
        String title = f.get("title");
        if (f.containsKey("author") || f.containsKey("editor") || title == null) {
            return;
        }
        Matcher m = TITLE_AFTER_NAME.matcher(title);
        if (m.matches() && text.strip().startsWith(m.group(1) + ",")
                && io.github.citekit.internal.extract.GivenNames.contains(m.group(1).substring(0, m.group(1).indexOf(' ')))) {
            f.put("author", m.group(1));
            f.put("title", m.group(2));
        }
    }

    /** A journal abbreviation's first word read as the last author's ("K. Mannheim Astropart. Phys.") goes to the journal. */
    static void journalWordInAuthors(String text, Map<String, String> f) {
        String author = f.get("author");
        String container = f.get("container-title");
        if (author == null || container == null) {
            return;
        }
        int at = text.indexOf(author);
        int c = at < 0 ? -1 : text.indexOf(container, at + author.length());
        if (c < 0 || !FULL_STOPS.matcher(text.substring(at + author.length(), c)).matches()) {
            return;
        }
        Matcher m = AUTHOR_THEN_JOURNAL_WORD.matcher(author);
        if (m.matches()) {
            f.put("author", m.group(1));
            f.put("container-title", SpanText.clean(text.substring(at + m.start(2), c + container.length())));
        }
    }

    /** An editor span that "Translated by" introduces, or "(trans.)" follows, names the translators. */
    static void translatorNamedAsEditor(String text, Map<String, String> f) {
        String editor = f.get("editor");
        if (editor == null || f.containsKey("translator")) {
            return;
        }
        int at = text.indexOf(editor);
        if (at < 0) {
            return;
        }
        String before = text.substring(Math.max(0, at - 30), at);
        if (TRANSLATED_BEFORE.matcher(before).find() || TRANSLATED_AFTER.matcher(text.substring(at + editor.length())).find()) {
            f.put("translator", f.remove("editor"));
        }
    }

    /**
     * A page's head or a short citation that opens with its journal, "Leukemia (2005) 19, 1234-1240" and "World J
     * Gastroenterol 2005; 11: 1-5": with no title and no container, an author span that is all of a listed journal's
     * name, followed by a volume, issue or pages, is the journal.
     */
    static void journalReadAsAuthor(Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("container-title") || f.containsKey("title")
                || !(f.containsKey("volume") || f.containsKey("issue") || f.containsKey("page")) || !FieldRules.isJournalName(author)) {
            return;
        }
        f.put("container-title", f.remove("author"));
    }

    private static final Pattern ALL_BUT_LAST_NAME = Pattern.compile("^.*(?:,\\s|\\sand\\s)");

    /**
     * The end of an author span that runs straight into the container: a full name with initials ("K.
     * Mannheim", "R. W. WALKER.") and then one capitalised word, perhaps after an initial-like letter,
     * that an abbreviation's full stop follows: "Astropart", "React", "Z. Anorg".
     */
    private static final Pattern AUTHOR_THEN_JOURNAL_WORD = Pattern.compile(
            "^(.*\\p{Lu}\\.\\s*\\p{Lu}[\\p{L}'-]+)\\.?\\s+((?:\\p{Lu}\\.\\s*)?\\p{Lu}\\p{Ll}+)$");

    private static final Pattern EDITED_BY = Pattern.compile("(?i)\\b(?:edited|ed\\.)\\s+by\\s+");

    private static final Pattern FULL_STOPS = Pattern.compile("\\.[\\s.]*");

    private static final Pattern GIVEN_FIRST_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)*\\s\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");

    /** "Mary Brown, Arctic Shipping": a given name first, then after the last comma capitalised words. */
    private static final Pattern GIVEN_FIRST_THEN_WORDS = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?\\s\\p{Lu}[\\p{L}'’-]+),\\s(\\p{Lu}\\p{Ll}+(?:\\s\\S+){1,8})$");

    /**
     * One name given name first, a family name's particles allowed ("Mathilde von Bulow"), then after a comma two to
     * four words, each with a small letter: where a title follows, the start of that title ("Preston GM, Agre P." is
     * Vancouver's two names).
     */
    private static final Pattern GIVEN_FIRST_THEN_TWO_WORDS = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?(?:\\s(?:von|van|de|du|da|di|del|der|den|la|le))*\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*),\\s"
            + "(\\p{Lu}\\p{Ll}+(?:\\s(?:\\p{Lu}\\p{Ll}|\\p{Ll})[\\p{L}'’-]*){1,3})$");

    /** A collaboration or a suffix after the names: "LCTPC Collaboration", "JR". */
    private static final Pattern GROUP_WORD = Pattern.compile("(?i)\\b(?:collaboration|collab|group|team|consortium|jr|sr)\\b");

    /** A name with its initials first: "A. D. Linde", "G.P. Salam and G. Soyez". */
    private static final Pattern INITIALS_FIRST = Pattern.compile("^(?:\\p{Lu}\\.\\s?-?){1,3}\\s?\\p{Lu}[\\p{L}'’-]+.*");

    /** Vancouver's last author and its initials, then one word: "Toutanova K. BERT", "Lee K. GloVe". */
    private static final Pattern INITIALS_THEN_WORD = Pattern.compile("^(.*\\p{Lu}[\\p{L}'’-]+\\s\\p{Lu}{1,3})\\.\\s+(\\p{Lu}[\\p{L}\\d-]*)$");

    /** Names (a list, or one inverted) ending with initials and their stop, then one to three words: "Weiler, H.A. Vitamin D". */
    private static final Pattern INITIALS_THEN_WORDS = Pattern.compile(
            "^(.*[,;].*\\p{Lu}\\.)\\s+(\\p{Lu}[\\p{L}\\d'’-]*(?:\\s[\\p{L}\\d'’-]+){0,2})$");

    /** Names, then an acronym after a comma: "Michel Dagenais, ARITO". */
    private static final Pattern NAMES_THEN_ACRONYM = Pattern.compile("^(.*\\p{Ll}.*),\\s+(\\p{Lu}{2,}[\\p{Lu}\\d-]*)$");

    /** An inverted name whose given names run on past a middle initial: "Said, Edward W. Orientalism". */
    private static final Pattern INITIAL_THEN_WORDS = Pattern.compile("^([^,]+,\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.)\\s+(\\p{Lu}.*)$");

    /** An inverted name's initials, then a capitalised word: "Smith, J. Ports", "Hoover, J. Edgar". */
    private static final Pattern INVERTED_INITIALS_THEN_WORD = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+,\\s+(?:\\p{Lu}\\.\\s?){1,3})\\s*(\\p{Lu}\\p{Ll}+)(?:\\s(?![^,&]*\\band\\b)[^,&]*)?$");

    /** "White, P. Northern Sea": an inverted name with its initials, then capitalised words. */
    private static final Pattern INVERTED_NAME_THEN_WORDS = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+,\\s(?:\\p{Lu}\\.\\s?(?:-\\s?\\p{Lu}\\.\\s?)?){1,3})\\s*(\\p{Lu}\\p{Ll}+(?:\\s\\S+){1,8})$");

    /** What may stand between an author span and an editor span that continues the same list: ", ", ", and ", " & ". */
    private static final Pattern LIST_GAP = Pattern.compile("^\\.?[,;]?\\s*(?:(?:and|&)\\s+)?$");

    /**
     * "Smith, John. Harbours" and "Kafka, Franz, and Max Brod. Tagebücher": names ending in a full word
     * (not an initial) and a full stop, then capitalised words (MLA's and Chicago's bibliographies).
     */
    private static final Pattern NAMES_STOP_THEN_WORDS = Pattern.compile(
            "^(\\p{Lu}[^.]*\\p{Ll}{2,})\\.\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\S+){0,8})$");

    /** An inverted name with a full given name, then a few capitalised words: "Stein, Stanley J. Vassouras". */
    private static final Pattern NAME_THEN_WORDS = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+,\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?)(?:(?<=\\.)|[.,])\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,3})$");

    /** A place and the colon before its publisher: "London: ", "New York: ". */
    private static final Pattern PLACE_AND_COLON = Pattern.compile("\\p{Lu}[\\p{L}.\\s-]{1,30}:\\s");

    /** Words with no initial and no full stop: a title's, not a name's. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?:\\s[\\p{L}\\d'’-]+){0,7}$");

    /** A plural editor mark right after a list of names: ", eds.", " (eds.)", ", Hrsg.". */
    private static final Pattern PLURAL_EDITORS = Pattern.compile("^[,.]?\\s*\\(?(?:eds|Eds|Hrsg|Hgg|ред)\\.?\\)?(?=[\\s,.:]|$)");

    /** After the author: a full stop, a capitalised sentence, a full stop, then a word. */
    private static final Pattern SENTENCE_AFTER_AUTHOR = Pattern.compile("^\\.?\\s+(\\p{Lu}[^.:]{0,120}?[\\p{Ll}\\d?!])[.?!]?\\.\\s+\\p{L}"); // a journal's "Fiz. 31", "Res. (2002)" go on with no word

    private static final Pattern TITLE_AFTER_NAME = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?(?:\\s(?:de|van|von|der|den|da|di|du|la|le))*"
            + "\\s\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?),\\s(\\S.*)$");

    private static final Pattern TRAILING_STOP = Pattern.compile("\\.$");

    /** "(trans.)", "trans." just after a name span. */
    private static final Pattern TRANSLATED_AFTER = Pattern.compile("(?iu)^\\s*,?\\s*\\(?(?:trans|transl|tr)\\.?\\)?(?:[\\s,.]|$)");

    /** "Translated by", "trans.", "Traduction de", "Trad. fr. par" just before a name span. */
    private static final Pattern TRANSLATED_BEFORE = Pattern.compile(
            "(?iu)(?:\\btranslated|\\btransl?\\.|\\btraduction|\\btrad\\.?(?:\\s*fr\\.)?|\\bübersetzt|\\bпер\\.)\\s*(?:by|de|par|von|с\\s+\\p{L}+\\.)?\\s*$");

    /**
     * "… Œuvres II, Trad fr. par Maurice de Gandillac", "… The Semiotic Challenge. Trans. Richard Howard": names
     * in full words or initials ("Phil. Trans. Roy. Soc." is a journal, not a translator).
     */
    private static final Pattern TRANSLATOR_AT_END = Pattern.compile("^(.+?)[.,]\\s+(?:Trans(?:l(?:ated)?)?\\.?(?:\\s+by)?|"
            + "Traduction\\s+de|Traduit\\s+par|Trad\\.?(?:\\s*fr\\.)?\\s+par|Übersetzt\\s+von|Übers\\.\\s+v(?:on|\\.))\\s+"
            + "((?:\\p{Lu}\\.\\s*|\\p{Lu}\\p{Ll}+\\s+)*(?:(?:de|van|von|der|la|le|du)\\s+)?\\p{Lu}\\p{Ll}{2,}[\\p{L}'’-]*"
            + "(?:\\s+(?:and|et|und)\\s+(?:\\p{Lu}\\.\\s*|\\p{Lu}\\p{Ll}+\\s+)*\\p{Lu}\\p{Ll}{2,}[\\p{L}'’-]*)?)$");
}
