package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.LabelRuns.relabelled;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Label rules for the words of references in French, German, Spanish, Italian, Portuguese, Dutch, Polish and Russian
 * that the labeller, which learned from references mostly in English, reads as a title's, a host's or a volume: a date
 * with its month's name ("12. März 2005", "3 de enero de 2010"), an access statement ("consulté le 3 janvier 2022",
 * "zuletzt abgerufen am 4. Juni 2021"), the words that lead to a link ("Disponível em:"), a medium's mark ("[en ligne]"),
 * a newspaper and its day ("Gazeta Wyborcza, 7 maja 2019, s. 5"), volume and issue marks ("Jg.", "T.", "Nr."), an APA
 * chapter's book after "En"/"Dans"/"Em", a report's short title, a title's first words, GOST's database note. They label
 * these as the labeller labels their English counterparts.
 */
final class EuropeanLabels {
    private EuropeanLabels() {
    }

    /** The word an access statement turns on: "consulté", "abgerufen", "Zugriff", "consultado", "acesso", "dostęp". */
    private static final Set<String> ACCESS_HEADS = Set.of("consulté", "consultée", "consulte", "consultation", "abgerufen",
            "aufgerufen", "zugegriffen", "zugriff", "consultado", "consultada", "consulta", "recuperado", "accedido",
            "consultato", "consultazione", "accesso", "acesso", "acessado", "geraadpleegd", "bezocht", "dostęp", "dostępu",
            "звернення");
    /** A word before the head that the statement opens with: "zuletzt abgerufen", "date de consultation", "data dostępu". */
    private static final Set<String> ACCESS_OPENERS = Set.of("zuletzt", "letzter", "ultimo", "último", "dernière", "date",
            "fecha", "data", "дата", "laatst");
    /** What stands between the head and the day: "le", "am", "el", "em", "il", "op", "dnia", "on". */
    private static final Set<String> ACCESS_LINKS = Set.of("le", "am", "el", "en", "em", "il", "op", "dnia", "on", "z", ":");
    /** The word before a link: "…, sur https://…", "…, de https://…", "…, unter https://…". */
    private static final Set<String> LINK_WORDS = Set.of("sur", "de", "desde", "en", "em", "unter", "von", "van", "su", "da", "op",
            "via", "z", "w", "from");
    /** The words that say a link follows: "Disponible sur :", "Disponível em:", "Online verfügbar unter". */
    private static final Set<String> LINK_CUES = Set.of("disponible", "disponibles", "disponível", "disponibile", "verfügbar",
            "abrufbar", "beschikbaar", "dostępne", "dostępny", "dostępna", "consultable");
    /** The length of the shortest of {@link #LINK_CUES}: a shorter word is none of them. */
    private static final int LINK_CUE_SHORTEST = LINK_CUES.stream().mapToInt(String::length).min().orElse(0);
    /** A medium's mark in brackets, which the labeller knows in English ("[online]"): its words, lower-case. */
    private static final Set<String> MEDIUM_MARKS = Set.of("en ligne", "en línea", "em linha", "on-line", "online",
            "online-ausgabe", "internet", "ressource électronique", "recurso electrónico", "recurso eletrônico",
            "elektronische ressource", "online-ressource", "w internecie");

    /**
     * Whether {@code text} may hold a word the access, link and medium rules look for: a few string searches, so that
     * those rules are not run over the references that have none.
     */
    static boolean mayHaveCues(String text) {
        for (String stem : STEMS) {
            if (text.indexOf(stem) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Parts of {@link #ACCESS_HEADS}, {@link #LINK_CUES} and {@link #MEDIUM_MARKS} without their first letter, so that case does not matter. */
    private static final List<String> STEMS = List.of("onsult", "bgerufen", "ufgerufen", "ugriff", "ugegriffen", "ecuperado",
            "ccedido", "cesso", "cessado", "eraadpleegd", "ezocht", "ostęp", "вернення", "isponib", "erfügbar", "brufbar",
            "eschikbaar", " ligne]", " línea]", " linha]", "nline-", "Ressource", "ecurso", "nternet]", "nternecie]");

    /**
     * An access statement in another language, "Consulté le 12 février 2020, sur https://…", "(zuletzt abgerufen am 4.
     * Juni 2021)", "Acesso em: 10 set. 2020": from its first word to the date's year, and the word that leads on to a
     * link, it is the note, as the labeller reads "Retrieved February 12, 2020, from" and "accessed 3 January 2022". The
     * labeller, which does not know these words, had read it as the container, a publisher or a place.
     */
    static List<String> accessStatement(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!ACCESS_HEADS.contains(lower(tokens, i))) {
                continue;
            }
            int start = i;
            if (start >= 1 && ACCESS_OPENERS.contains(lower(tokens, start - 1))) {
                start--;
            } else if (start >= 2 && Set.of("de", "di", "do").contains(lower(tokens, start - 1))
                    && ACCESS_OPENERS.contains(lower(tokens, start - 2))) {
                start -= 2; // "date de consultation", "fecha de consulta", "data di consultazione"
            }
            int k = i + 1;
            while (k < n && k <= i + 3 && ACCESS_LINKS.contains(lower(tokens, k))) {
                k++;
            }
            int end = dateEnd(tokens, k);
            if (end < 0) {
                continue;
            }
            int c = end + 1 < n && tokens.get(end + 1).text().equals(",") ? end + 2 : end + 1;
            if (c + 1 < n && LINK_WORDS.contains(lower(tokens, c)) && isLink(tokens, c + 1)) {
                end = c;
            }
            return relabelled(labels, start, end, "note");
        }
        return labels;
    }

    /**
     * A date with its month's name in another language, "12. März 2005", "3 de enero de 2010", "7 maja 2019", that the
     * labeller read as a volume, a note or the end of its host ("Gazeta Wyborcza, 7 maja"): the date's. A month named as
     * in English ("14 april 2016") is the labeller's to read, and a date in a title, or after an access word, is left.
     */
    static List<String> dateWithItsMonthsName(List<Token> tokens, List<String> labels) {
        List<String> out = labels;
        for (int y = 1; y < tokens.size(); y++) {
            if (!Features.isYear(tokens.get(y).text())) {
                continue;
            }
            int start = dateStart(tokens, y, false);
            if (start >= 0 && !Character.isDigit(tokens.get(start).text().charAt(0)) && isName(out.get(start))) {
                continue; // a month without its day, read as a name: "Tran Thi Mai 2019", "Mayo 2015" may be names
            }
            if (start < 0 || out.subList(start, y + 1).stream().allMatch("date"::equals)
                    || out.subList(start, y + 1).contains("title") || accessWordBefore(tokens, start)
                    || start > 0 && (out.get(start - 1).equals("date") || Features.isYear(tokens.get(start - 1).text()))) {
                // "2015 12 de abril de 2016": a second date right after the first is another's (Vancouver's day cited)
                continue;
            }
            out = relabelled(out, start, y, "date");
        }
        return out;
    }

    /**
     * A newspaper's name and its day in another language read into the title with the article's, "Porty w Polsce. Gazeta
     * Wyborcza, 7 maja 2019, s. 5.", "Portos do Brasil. Folha de S.Paulo, São Paulo, 5 de agosto de 2017.": where no host
     * is labelled, the words after the title's last full stop up to the comma before the date are the host (a known place
     * at their end its place), and the date is the date's.
     */
    static List<String> newspaperAndDayReadIntoTitle(List<Token> tokens, List<String> labels) {
        int from = labels.indexOf("title");
        if (from < 0 || labels.contains("container-title")) {
            return labels;
        }
        int to = LabelRuns.runEnd(labels, from);
        for (int y = from + 4; y <= to; y++) {
            if (!Features.isYear(tokens.get(y).text())) {
                continue;
            }
            int start = dateStart(tokens, y, false);
            if (start < from + 3 || !tokens.get(start - 1).text().equals(",") || !onlyPagesAfter(tokens, y + 1, to)) {
                continue;
            }
            int stop = -1;
            for (int k = start - 3; k > from && stop < 0; k--) {
                // the title's full stop, not an abbreviation's inside the name ("Folha de S.Paulo")
                if (tokens.get(k).text().equals(".") && !LabelRuns.isInitialLetter(tokens.get(k - 1).text())
                        && LabelRuns.isCapitalisedWord(tokens.get(k + 1).text())) {
                    stop = k;
                }
            }
            if (stop < 0 || start - 2 - stop > 12) {
                continue;
            }
            int nameEnd = start - 2;
            int comma = -1;
            for (int k = nameEnd; k > stop + 1 && comma < 0; k--) {
                comma = tokens.get(k).text().equals(",") ? k : -1;
            }
            boolean place = comma > 0 && Places.isPlace(LabelRuns.text(tokens, comma + 1, nameEnd));
            List<String> out = relabelled(labels, stop, to, Labels.OTHER);
            out = relabelled(out, stop + 1, place ? comma - 1 : nameEnd, "container-title");
            if (place) {
                out = relabelled(out, comma + 1, nameEnd, "publisher-place");
            }
            return relabelled(out, start, y, "date");
        }
        return labels;
    }

    /**
     * APA's chapter in another language, "En M. Sánchez (Ed.), Economía del mar (pp. 25-50).", "Dans M. Martin (dir.),
     * Économie de la mer (p. 25-50).": the book's title after the editors' mark, up to the pages in brackets or the full
     * stop, left out of every field, is the container.
     */
    static List<String> bookAfterTheEditorsLeftOut(List<Token> tokens, List<String> labels) {
        int editor = labels.indexOf("editor");
        if (editor < 2 || labels.contains("container-title")) {
            return labels;
        }
        String in = tokens.get(editor - 1).text().equals(":") ? tokens.get(editor - 2).text() : tokens.get(editor - 1).text();
        if (!(RoleLabels.IN_WORDS.contains(in) || in.equals("W"))) {
            return labels;
        }
        int n = tokens.size();
        int open = LabelRuns.runEnd(labels, editor) + 1;
        String mark = open + 1 < n ? tokens.get(open + 1).text() : "";
        if (open + 2 >= n || !tokens.get(open).text().equals("(")
                || !(RoleLabels.BRACKETED_EDITOR_MARKS.contains(mark) || mark.equals("a"))) { // "(Ed.)", "(dir.)", "(a cura di)"
            return labels;
        }
        int close = open + 2;
        while (close < n && close <= open + 5 && !tokens.get(close).text().equals(")")) {
            close++;
        }
        if (close + 2 >= n || !tokens.get(close).text().equals(")") || !tokens.get(close + 1).text().equals(",")
                || !LabelRuns.isCapitalisedWord(tokens.get(close + 2).text())) {
            return labels;
        }
        int end = close + 2;
        while (end < n && labels.get(end).equals(Labels.OTHER) && !tokens.get(end).text().equals(".")
                && !tokens.get(end).text().equals("(")) {
            end++;
        }
        if (end >= n || end == close + 2 || !(tokens.get(end).text().equals(".") || tokens.get(end).text().equals("("))) {
            return labels;
        }
        return relabelled(labels, close + 2, end - 1, "container-title");
    }

    /**
     * A report's short title in words the labeller does not know, "CBS (2021). Havenoverslag 2020. Amsterdam: CBS.",
     * left out (its year read as a second date), or left out with its imprint read as the title ("… Havenoverslag 2020.
     * Den Haag: Centraal Bureau voor de Statistiek."): the sentence right after the date is the title, and a known
     * place with the words after its colon are the place and the publisher.
     */
    static List<String> reportTitleLeftOut(List<Token> tokens, List<String> labels) {
        int date = labels.indexOf("date");
        if (date < 1 || labels.contains("container-title")) {
            return labels;
        }
        int n = tokens.size();
        int start = LabelRuns.runEnd(labels, date) + 1;
        if (start + 2 >= n || !tokens.get(start).text().equals(")") || !tokens.get(start + 1).text().equals(".")
                || !LabelRuns.isCapitalisedWord(tokens.get(start + 2).text())) {
            return labels;
        }
        start += 2;
        int stop = start;
        while (stop < n && labels.get(stop).equals(Labels.OTHER) && !tokens.get(stop).text().equals(".")) {
            stop++;
        }
        if (stop + 1 < n && labels.get(stop).equals("date") && Features.isYear(tokens.get(stop).text())) {
            stop++; // "Havenoverslag 2020": its year read as a second date
        }
        if (stop >= n || stop == start || !tokens.get(stop).text().equals(".") || stop + 1 >= n) {
            return labels;
        }
        int after = stop + 1;
        if (!labels.contains("title")) {
            return labels.get(after).equals("publisher-place") || labels.get(after).equals("publisher")
                    ? relabelled(labels, start, stop - 1, "title") : labels;
        }
        if (!labels.get(after).equals("title") || labels.contains("publisher")) {
            return labels;
        }
        int end = LabelRuns.runEnd(labels, after);
        int colon = after + 1;
        while (colon <= end && colon <= after + 3 && !tokens.get(colon).text().equals(":")) {
            colon++;
        }
        if (colon + 1 > end || !Places.isPlace(LabelRuns.text(tokens, after, colon - 1))) {
            return labels;
        }
        int last = end;
        while (last > colon && LabelRuns.isPunctuation(tokens.get(last).text())) {
            last--;
        }
        List<String> out = relabelled(labels, start, stop - 1, "title");
        out = relabelled(out, after, colon - 1, "publisher-place");
        out.set(colon, Labels.OTHER);
        out = relabelled(out, colon + 1, last, "publisher");
        for (int k = last + 1; k <= end; k++) {
            out.set(k, Labels.OTHER);
        }
        return out;
    }

    /**
     * GOST's access note for a document read in a database, "Доступ из справ.-правовой системы «КонсультантПлюс».",
     * "Режим доступа: для зарегистрир. пользователей.", left out of every field at the end: the note. (With a link
     * after it, "Режим доступа: http://…" only leads to the link.)
     */
    static List<String> gostAccessNoteLeftOut(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int k = Math.max(1, n - NOTE_REACH); k + 1 < n; k++) { // a note at the end: only its last tokens are looked at
            String t = tokens.get(k).text();
            if (!(t.equals("Доступ") || t.equals("Режим")) || !labels.get(k).equals(Labels.OTHER)
                    || !(tokens.get(k - 1).text().equals(".") || tokens.get(k - 1).text().equals("]"))) {
                continue;
            }
            int last = n - 1;
            while (last > k && LabelRuns.isPunctuation(tokens.get(last).text()) && !tokens.get(last).text().equals("»")) {
                last--;
            }
            for (int j = k; j <= last; j++) {
                if (!labels.get(j).equals(Labels.OTHER) || isLink(tokens, j)) {
                    return labels;
                }
            }
            return last - k >= 2 ? relabelled(labels, k, last, "note") : labels;
        }
        return labels;
    }

    /**
     * A title's first words after the names' comma left out, "Fernand Braudel, La Méditerranée et le monde
     * méditerranéen …, Paris, …": where the title read starts with a lower-case word, the few words between the names
     * and it are its start.
     */
    static List<String> titleStartLeftOut(List<Token> tokens, List<String> labels) {
        int title = labels.indexOf("title");
        if (title < 3 || !Character.isLowerCase(tokens.get(title).text().codePointAt(0))) {
            return labels;
        }
        int k = title - 1;
        while (k > 0 && labels.get(k).equals(Labels.OTHER) && !LabelRuns.isPunctuation(tokens.get(k).text())) {
            k--;
        }
        if (k == title - 1 || title - k - 1 > 6 || !tokens.get(k).text().equals(",")
                || !(labels.get(k - 1).equals("author") || labels.get(k - 1).equals("editor"))
                || !LabelRuns.isCapitalisedWord(tokens.get(k + 1).text())) {
            return labels;
        }
        return relabelled(labels, k + 1, title - 1, "title");
    }

    /**
     * Another language's mark of a work without its year in the date's brackets, "(o. J.)", "(s. f.)", "(b. d.)", "(б.
     * г.)", that the labeller read into the title or left out: the date's, as it reads "(n.d.)".
     */
    static List<String> undatedMark(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int i = 0; i + 5 < n && i < UNDATED_REACH; i++) {
            String open = tokens.get(i).text();
            if (!(open.equals("(") || open.equals("[")) || !tokens.get(i + 2).text().equals(".") || !tokens.get(i + 4).text().equals(".")
                    || !UNDATED_MARKS.contains(tokens.get(i + 1).text() + tokens.get(i + 3).text())) {
                continue;
            }
            int close = i + 5;
            if (!(tokens.get(close).text().equals(")") || tokens.get(close).text().equals("]"))
                    || labels.subList(i + 1, i + 4).stream().allMatch("date"::equals)) {
                return labels;
            }
            List<String> out = relabelled(labels, i + 1, i + 3, "date");
            for (int k = i + 4; k < n && k <= close + 1 && LabelRuns.isPunctuation(tokens.get(k).text()); k++) {
                out.set(k, Labels.OTHER); // its full stop, the bracket and the colon or stop after it
            }
            return out;
        }
        return labels;
    }

    /** The undated marks' two letters: German's "o. J.", Spanish's "s. f.", French's and Portuguese's "s. d.", Polish's "b. d.", Russian's "б. г.". */
    private static final Set<String> UNDATED_MARKS = Set.of("oJ", "sf", "sd", "bd", "бг", "sa");
    /** How far into a reference {@link #undatedMark} looks: the date's brackets follow the names. */
    private static final int UNDATED_REACH = 40;

    /**
     * A chapter's book and its editors after it, as Italian, Spanish and Portuguese notes print them: "I porti, in Storia
     * dei porti, a cura di L. Bianchi, Bologna, …", "«Los puertos», en Historia de los puertos, coord. por M. Sánchez,
     * Madrid, …": the mark is no field's and the names after it are the editors (the labeller had read them as an
     * author, or the mark into their names), and the words after "in" / "en" that the title ran on into are the book.
     */
    static List<String> editorsAfterTheirBook(List<Token> tokens, List<String> labels) {
        int n = tokens.size();
        for (int m = 3; m + 2 < n; m++) {
            if (!tokens.get(m - 1).text().equals(",")) {
                continue; // the cheap test first: a comma before the mark
            }
            int names = editorMarkEnd(tokens, m);
            if (names < 0) {
                continue;
            }
            int last = names;
            while (last + 1 < n && (LabelRuns.isCapitalisedWord(tokens.get(last + 1).text())
                    || LabelRuns.isInitialLetter(tokens.get(last + 1).text()) || tokens.get(last + 1).text().equals("."))) {
                last++;
            }
            while (last > names && tokens.get(last).text().equals(".") && !LabelRuns.isInitialLetter(tokens.get(last - 1).text())) {
                last--;
            }
            if (last <= names || !LabelRuns.isCapitalisedWord(tokens.get(last).text())) {
                return labels;
            }
            List<String> out = relabelled(labels, m, names, Labels.OTHER);
            out = relabelled(out, names + 1, last, "editor");
            // the book: after the title's ", in", up to the comma before the mark
            int in = m - 2;
            while (in > 1 && !(RoleLabels.IN_WORDS.contains(tokens.get(in).text()) && tokens.get(in - 1).text().equals(",")
                    && labels.get(in).equals("title"))) {
                in--;
            }
            if (in > 1 && in + 1 < m - 1 && LabelRuns.isCapitalisedWord(tokens.get(in + 1).text())) {
                out = relabelled(out, in - 1, in, Labels.OTHER);
                out = relabelled(out, in + 1, m - 2, "container-title");
            }
            return out;
        }
        return labels;
    }

    /**
     * Where an editor's mark that opens at {@code m} ends, or -1: "a cura di", "coord. por", "ed. por", "dir. de",
     * "hrsg. von", "sous la direction de", "org. por", "a cargo de".
     */
    private static int editorMarkEnd(List<Token> tokens, int m) {
        String t = tokens.get(m).text();
        if ((t.equals("a")) && m + 2 < tokens.size() && (tokens.get(m + 1).text().equals("cura") && tokens.get(m + 2).text().equals("di")
                || tokens.get(m + 1).text().equals("cargo") && tokens.get(m + 2).text().equals("de"))) {
            return m + 2;
        }
        if (m + 2 < tokens.size() && AFTER_BOOK_MARKS.contains(t) && tokens.get(m + 1).text().equals(".")
                && BY_WORDS.contains(tokens.get(m + 2).text())) {
            return m + 2;
        }
        if (t.equals("sous") && m + 3 < tokens.size() && tokens.get(m + 1).text().equals("la")
                && tokens.get(m + 2).text().equals("direction") && tokens.get(m + 3).text().equals("de")) {
            return m + 3;
        }
        return -1;
    }

    /** The short editor's marks after a book's title, before "por", "de", "von", "par": "coord.", "ed.", "dir.", "hrsg.", "org.", "éd.". */
    private static final Set<String> AFTER_BOOK_MARKS = Set.of("coord", "ed", "dir", "hrsg", "Hrsg", "org", "éd", "comp");
    private static final Set<String> BY_WORDS = Set.of("por", "de", "von", "par", "da", "di");

    /**
     * A translator's mark read as the title's last word, "Hafenpolitik. Übers. von J. Smith.", "… Trad. de …": no part of
     * the title.
     */
    static List<String> translatorMarkReadIntoTitle(List<Token> tokens, List<String> labels) {
        int title = labels.indexOf("title");
        if (title < 0 || !labels.contains("translator")) {
            return labels;
        }
        int end = LabelRuns.runEnd(labels, title);
        int word = end;
        while (word > title && LabelRuns.isPunctuation(tokens.get(word).text())) {
            word--;
        }
        if (word - 1 <= title || !TRANSLATOR_MARKS.contains(tokens.get(word).text()) || !tokens.get(word - 1).text().equals(".")) {
            return labels;
        }
        return relabelled(labels, word - 1, end, Labels.OTHER);
    }

    /** Translators' marks: German's "Übers.", French's, Spanish's and Italian's "Trad.", Polish's "Tłum.", Portuguese's "Tradução". */
    private static final Set<String> TRANSLATOR_MARKS = Set.of("Übers", "Übersetzt", "Trad", "Traduit", "Traducción", "Tradução",
            "Traduzione", "Tłum", "Przeł");

    /** How many tokens from the end {@link #gostAccessNoteLeftOut} looks for the note's first word. */
    private static final int NOTE_REACH = 16;

    /** Whether tokens {@code from} to {@code to} hold only marks and a page with its mark: ", s. 5.", ", S. 14". */
    private static boolean onlyPagesAfter(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            String t = tokens.get(k).text();
            if (!(LabelRuns.isPunctuation(t) || PAGE_MARKS.contains(t) || t.equals("p") || t.equals("pp") || LabelRuns.isDigits(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words in another language that lead to a link, "Disponible sur :", "Disponível em:", "Online verfügbar unter",
     * read as a genre or into the title: outside every field, as the labeller leaves "Available at:" (the data label them
     * as the note at times, which is kept); the link after them is the URL.
     */
    static List<String> linkCue(List<Token> tokens, List<String> labels) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().length() < LINK_CUE_SHORTEST || !LINK_CUES.contains(lower(tokens, i))) {
                continue;
            }
            int start = i > 0 && lower(tokens, i - 1).equals("online") ? i - 1 : i;
            int k = i + 1;
            while (k < tokens.size() && k <= i + 4 && !isLink(tokens, k) && (LINK_WORDS.contains(lower(tokens, k))
                    || Set.of(":", "à", "l'adresse", "internecie", "na", "pod", "adresem", "a", "all'indirizzo", "im")
                            .contains(lower(tokens, k)))) {
                k++;
            }
            if (k < tokens.size() && isLink(tokens, k)) {
                List<String> out = new java.util.ArrayList<>(labels);
                for (int c = start; c < k; c++) {
                    if (!labels.get(c).equals("note")) {
                        out.set(c, Labels.OTHER);
                    }
                }
                out.set(k, "URL");
                return out.equals(labels) ? labels : out;
            }
        }
        return labels;
    }

    /**
     * A medium's mark in brackets after the title, "[en ligne]", "[recurso electrónico]", read into the title or as the
     * genre: no field's, as the labeller leaves English's "[online]".
     */
    static List<String> mediumMark(List<Token> tokens, List<String> labels) {
        for (int open = 1; open < tokens.size(); open++) {
            if (!tokens.get(open).text().equals("[") || !(labels.get(open).equals("title") || labels.get(open + 1 < tokens.size() ? open + 1 : open).equals("genre"))) {
                continue;
            }
            int close = open + 1;
            StringBuilder words = new StringBuilder();
            for (; close < tokens.size() && close <= open + 4 && !tokens.get(close).text().equals("]"); close++) {
                if (words.length() > 0 && tokens.get(close).spaceBefore()) {
                    words.append(' ');
                }
                words.append(tokens.get(close).text());
            }
            if (close < tokens.size() && tokens.get(close).text().equals("]")
                    && MEDIUM_MARKS.contains(words.toString().toLowerCase(Locale.ROOT))
                    && (close + 1 == tokens.size() || !labels.get(close + 1).equals("title"))) {
                return relabelled(labels, open, close, Labels.OTHER);
            }
        }
        return labels;
    }

    /**
     * A host's page after German's, Polish's or Spanish's page mark, "Frankfurter Allgemeine Zeitung, 12. März 2005, S.
     * 14.", "Gazeta Wyborcza, 7 maja 2019, s. 5.", "El País, 3 de enero de 2010, pág. 12", that the labeller left out or
     * read into the title: the page, as it reads English's "p. 14", where a host is labelled and no page.
     */
    static List<String> pageAfterItsMarkLeftOut(List<Token> tokens, List<String> labels) {
        if (labels.contains("page") || !labels.contains("container-title")) {
            return labels;
        }
        int n = tokens.size();
        for (int k = 3; k < n; k++) {
            if (!LabelRuns.isDigits(tokens.get(k).text()) || !tokens.get(k - 1).text().equals(".")
                    || !PAGE_MARKS.contains(tokens.get(k - 2).text()) || !tokens.get(k - 3).text().equals(",")
                    || labels.get(k).equals("container-title") || labels.get(k).equals("date")) {
                continue;
            }
            int end = k + 2 < n && tokens.get(k + 1).text().equals("-") && LabelRuns.isDigits(tokens.get(k + 2).text()) ? k + 2 : k;
            if (end + 1 < n && !(tokens.get(end + 1).text().equals(".") || tokens.get(end + 1).text().equals(","))) {
                continue;
            }
            List<String> out = relabelled(labels, k - 3, k - 1, Labels.OTHER);
            return relabelled(out, k, end, "page");
        }
        return labels;
    }

    /**
     * A volume's mark in another language read as the end of its journal's name, "Zeitschrift für Verkehr, Jg. 12",
     * "Journal de Mathématiques, T. 5", "Revue, tome 3": no field's, as the labeller leaves English's "Vol.".
     */
    static List<String> volumeMarkReadIntoContainer(List<Token> tokens, List<String> labels) {
        if (!labels.contains("volume") || !labels.contains("container-title")) {
            return labels;
        }
        for (int m = 2; m + 1 < tokens.size(); m++) {
            if (!labels.get(m).equals("container-title") || !tokens.get(m - 1).text().equals(",")
                    || !labels.get(m - 2).equals("container-title")) {
                continue;
            }
            String mark = lower(tokens, m);
            if (!(VOLUME_MARKS.contains(mark) || ReferenceWords.VOLUME_WORDS.contains(mark))) {
                continue;
            }
            int number = tokens.get(m + 1).text().equals(".") ? m + 2 : m + 1;
            if (number < tokens.size() && labels.get(number).equals("volume")) {
                return relabelled(labels, m - 1, number - 1, Labels.OTHER);
            }
        }
        return labels;
    }

    /**
     * Volume marks of other languages besides {@link ReferenceWords#VOLUME_WORDS}, lower-case: German's "Jg.", French's
     * "T.", Spanish's "tomo", Polish's "R.", Dutch's "Jrg.".
     */
    private static final Set<String> VOLUME_MARKS = Set.of("jg", "jahrg", "jahrgang", "t", "tomo", "tom", "rocznik", "r", "årg",
            "jaargang", "jrg", "anno", "año", "année");

    /**
     * The one number after another language's issue mark, "Die Zeit, Nr. 23", "Revista, núm. 4", read as the volume
     * where no other volume is read: the issue, as the labeller reads English's "No. 23".
     */
    static List<String> issueMarkedAsVolume(List<Token> tokens, List<String> labels) {
        int volume = labels.indexOf("volume");
        if (volume < 2 || labels.contains("issue") || LabelRuns.runEnd(labels, volume) != volume
                || labels.lastIndexOf("volume") != volume) {
            return labels;
        }
        int mark = tokens.get(volume - 1).text().equals(".") || tokens.get(volume - 1).text().equals("°") ? volume - 2 : volume - 1;
        String t = lower(tokens, mark);
        boolean marked = ISSUE_MARKS.contains(t) || t.equals("n") && tokens.get(mark + 1).text().equals("°");
        return marked && labels.get(mark).equals(Labels.OTHER) ? relabelled(labels, volume, volume, "issue") : labels;
    }

    /**
     * Issue marks of other languages, lower-case: German's "Nr." and "Heft", Spanish's "núm.", French's "n°" (also the
     * tokenizer's "n" and "°"), Polish's "zeszyt", Dutch's "afl.". Not English's "No.", which the labeller knows.
     */
    private static final Set<String> ISSUE_MARKS = Set.of("nr", "heft", "nummer", "numéro", "número", "numero", "núm", "nº", "n°",
            "zeszyt", "afl", "aflevering");

    /** Page marks of other languages: German's "S.", Polish's "s." and "str.", Spanish's "pág." and "págs.". */
    private static final Set<String> PAGE_MARKS = Set.of("S", "s", "str", "pág", "págs", "pag");

    /**
     * Where a date that starts at {@code k} ends: the index of its year, for "12 février 2020", "4. Juni 2021", "15 de
     * mayo de 2020", "10 set. 2020", "12.06.2020", "2020-06-12"; else -1.
     */
    static int dateEnd(List<Token> tokens, int k) {
        int n = tokens.size();
        if (k + 4 < n && HostLabels.isDay(tokens.get(k).text()) && isDateSeparator(tokens.get(k + 1).text())
                && HostLabels.isDay(tokens.get(k + 2).text()) && tokens.get(k + 3).text().equals(tokens.get(k + 1).text())
                && Features.isYear(tokens.get(k + 4).text())) {
            return k + 4; // "12.06.2020", "12/06/2020"
        }
        if (k + 4 < n && Features.isYear(tokens.get(k).text()) && tokens.get(k + 1).text().equals("-")
                && HostLabels.isDay(tokens.get(k + 2).text()) && tokens.get(k + 3).text().equals("-") && HostLabels.isDay(tokens.get(k + 4).text())) {
            return k + 4; // "2020-06-12"
        }
        for (int y = k + 1; y < n && y <= k + 6; y++) {
            if (Features.isYear(tokens.get(y).text())) {
                return dateStart(tokens, y, true) == k ? y : -1;
            }
        }
        return -1;
    }

    /**
     * The first index of a date in another language that ends with the year at {@code y}: a month's name or abbreviation
     * (with its full stop), "de" or "del" between, and the day before it if there is one ("12.", "1er", "3 de"); else -1.
     * With {@code english}, an English month's name counts too ("consulté le 3 March 2020").
     */
    static int dateStart(List<Token> tokens, int y, boolean english) {
        int j = y - 1;
        if (j >= 0 && isOneOf(tokens, j, "de", "del")) {
            j--;
        }
        boolean stop = j >= 0 && tokens.get(j).text().equals(".");
        if (stop) {
            j--;
        }
        if (j < 0) {
            return -1;
        }
        String word = tokens.get(j).text();
        if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
            return -1;
        }
        boolean other = Dates.isOtherMonthName(word) || stop && Dates.isOtherMonthAbbreviation(word);
        // "April", "September" are English's too: the labeller's own, but for the access statements' dates
        if (english ? !other && !Dates.isMonthOrSeason(word) : !other || Dates.isMonthOrSeason(word) || Dates.month(word) > 0) {
            return -1;
        }
        int month = j;
        if (j >= 2 && (tokens.get(j - 1).text().equals("-") || tokens.get(j - 1).text().equals("–"))
                && Dates.otherMonth(tokens.get(j - 2).text()) > 0) {
            return j - 2; // an issue's months, "novembre-dicembre 2000"
        }
        j--;
        if (j >= 0 && isOneOf(tokens, j, "de")) {
            j--;
        } else if (j >= 0 && tokens.get(j).text().equals(".")) {
            j--; // German's "12. März"
        } else if (j >= 1 && isOneOf(tokens, j, "er", "º", "°") && !tokens.get(j).spaceBefore()) {
            j--; // French's "1er janvier", Spanish's "1º de enero": the tokenizer's "1" and "er"
        }
        if (j < 0 || !HostLabels.isDay(tokens.get(j).text())) {
            return month;
        }
        // a meeting's days, "22-24 mai 1989": the first day opens the date
        return j >= 2 && (tokens.get(j - 1).text().equals("-") || tokens.get(j - 1).text().equals("–")) && HostLabels.isDay(tokens.get(j - 2).text()) ? j - 2 : j;
    }

    private static boolean isName(String label) {
        return label.equals("author") || label.equals("editor") || label.equals("translator");
    }

    /** An access word in the few tokens before {@code start}: "consulté le", "abgerufen am", "accessed". */
    private static boolean accessWordBefore(List<Token> tokens, int start) {
        for (int k = Math.max(0, start - 3); k < start; k++) {
            String w = lower(tokens, k);
            if (ACCESS_HEADS.contains(w) || w.equals("accessed") || w.equals("retrieved") || w.equals("viewed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateSeparator(String t) {
        return t.equals(".") || t.equals("/");
    }

    private static boolean isLink(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        return t.regionMatches(true, 0, "http", 0, 4) || t.regionMatches(true, 0, "www.", 0, 4);
    }

    private static boolean isOneOf(List<Token> tokens, int i, String... words) {
        String w = tokens.get(i).text();
        for (String word : words) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
