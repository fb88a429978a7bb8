package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.LabelRuns.isDigits;
import static io.github.citekit.internal.refs.ReferenceWords.ACCESSED;
import static io.github.citekit.internal.refs.ReferenceWords.ACCESS_WORDS;
import static io.github.citekit.internal.refs.ReferenceWords.ANY_YEAR;
import static io.github.citekit.internal.refs.ReferenceWords.IN_MARK;
import static io.github.citekit.internal.refs.ReferenceWords.ISSUE_MARKS;

import io.github.citekit.internal.text.AsciiClasses;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules over a reference's numbers and dates once its labels are read into fields: volume, issue and page parted
 * where the labeller joined them or read one as another ("277497 -529", "689 66", "J. Chem. Soc. 2674 (1958)"), a date
 * found where it was read as something else. {@link FieldRules#refine} runs them in its order.
 */
final class NumberFields {
    /** The words before an access date: "accessed", "retrieved", "дата обращения". */

    private NumberFields() {
    }

    /**
     * "Science, 220 (4598), 671-680": with no issue labelled, the number in brackets right after the volume (not a year)
     * is the issue, and is taken out of the pages if it was read into them ("14(16-17), 2921-2943"). Read by hand: the
     * rule asks of every reference with a volume, and most brackets after one hold the year.
     */
    static void issueLeftOutAfterVolume(String text, Map<String, String> f) {
        String volume = f.get("volume");
        if (volume == null || f.containsKey("issue") || volume.isEmpty() || !isDigits(volume)) {
            return;
        }
        String issue = null;
        for (int at = text.indexOf(volume); at >= 0 && issue == null; at = text.indexOf(volume, at + 1)) {
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            if (Character.isLetterOrDigit(before) || before == '.' || before == '-' || before == '/' || before == '_') {
                continue; // inside a number or an identifier ("S0304-3959(13)")
            }
            int k = at + volume.length();
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            if (k < text.length() && text.charAt(k) == '(') {
                int close = text.indexOf(')', k);
                String inside = close < 0 ? "" : text.substring(k + 1, close).strip();
                if (ISSUE_INSIDE.matcher(inside).matches() && !ANY_YEAR.matcher(inside).find()) {
                    issue = inside.replaceAll("\\s+", "");
                }
            }
        }
        if (issue == null) {
            return;
        }
        String page = f.get("page");
        if (page != null && page.replaceAll("\\s+", "").equals(issue)) {
            return; // "vol. 6 (391-394)": the pages themselves
        }
        f.put("issue", issue);
        if (page != null && page.replaceAll("\\s+", "").startsWith(issue + ",")) {
            f.put("page", page.substring(page.indexOf(',') + 1).strip());
        }
    }

    /**
     * "Journal of the American Society, Volume 7, Number 3, May 2002": with a volume and no issue labelled, a number
     * after an issue's mark that no field holds is the issue. Read by hand from each number back to its mark, as the
     * rule asks of every reference with a volume.
     */
    static void markedIssueLeftOut(String text, Map<String, String> f) {
        if (!f.containsKey("volume") || f.containsKey("issue")) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) || i > 0 && Character.isDigit(text.charAt(i - 1))) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && text.charAt(j) == ' ') {
                j--;
            }
            if (j >= 0 && text.charAt(j) == '.') {
                j--;
            }
            while (j >= 0 && text.charAt(j) == ' ') {
                j--;
            }
            int wordEnd = j + 1;
            while (j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '°')) {
                j--;
            }
            if (wordEnd - (j + 1) < 2 || wordEnd - (j + 1) > 6 || j >= 0 && Character.isLetterOrDigit(text.charAt(j))
                    || !ISSUE_MARKS.contains(text.substring(j + 1, wordEnd).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Matcher n = ISSUE_NUMBER.matcher(text).region(i, text.length());
            if (!n.lookingAt() || n.end() < text.length() && (Character.isDigit(text.charAt(n.end()))
                    || text.charAt(n.end()) == '.' && n.end() + 1 < text.length() && Character.isDigit(text.charAt(n.end() + 1)))) {
                return;
            }
            String number = n.group();
            for (String v : f.values()) {
                if (holdsNumber(v, number)) {
                    return; // read as something else already
                }
            }
            f.put("issue", number.replaceAll("\\s+", ""));
            return;
        }
    }

    /** Whether {@code number} stands in {@code text} with no digit on either side. */
    private static boolean holdsNumber(String text, String number) {
        for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
            int after = at + number.length();
            if ((at == 0 || !Character.isDigit(text.charAt(at - 1))) && (after >= text.length() || !Character.isDigit(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "New York: Harper & Row, 1974–1978.": in a book (no container) with no date labelled, pages that are a
     * span of years are the date (an article's "1910-1917" are its pages).
     */
    static void yearsReadAsPages(Map<String, String> f) {
        String page = f.get("page");
        if (page != null && !f.containsKey("date") && !f.containsKey("container-title") && YEARS.matcher(page.strip()).matches()) {
            String date = f.remove("page").strip();
            f.put("date", date);
            f.put("year", date.substring(0, 4));
        }
    }

    /**
     * "Authority in Byzantine Provincial Society, 950-1100. Cambridge: …, 2004." and "The Frankish World, 750-900, London,
     * 1996": a book's (no container) span of years printed at its title's end, read as its pages while the date is read
     * apart, is the title's.
     */
    static void titlesYearsReadAsPages(String text, Map<String, String> f) {
        String page = f.get("page");
        String title = f.get("title");
        if (page == null || title == null || !f.containsKey("date") || f.containsKey("container-title") || f.containsKey("volume")
                || !TITLE_YEARS.matcher(page.strip()).matches()) {
            return;
        }
        for (String separator : List.of(", ", ": ", " ")) {
            if (text.contains(title + separator + page)) {
                f.put("title", title + separator + page);
                f.remove("page");
                return;
            }
        }
    }

    /** A span of years, from the Middle Ages on: "950-1100", "1580–1822", "1917-1921". */
    private static final Pattern TITLE_YEARS = Pattern.compile("(?:[5-9]\\d\\d|1\\d{3}|20\\d\\d)\\s?[-–]\\s?(?:1?\\d{3}|20\\d\\d)");

    /** "… Dover Publications, 1987 ISBN 0486653633": an ISBN's ten or thirteen digits read as pages. */
    static void isbnReadAsPage(String text, Map<String, String> f) {
        String page = f.get("page");
        if (page == null || f.containsKey("ISBN") || !ISBN_DIGITS.matcher(page).matches()) {
            return;
        }
        int at = text.indexOf(page);
        if (at > 0 && ISBN_BEFORE.matcher(text.substring(Math.max(0, at - 12), at)).find()) {
            f.put("ISBN", f.remove("page"));
        }
    }

    /** "(n.d.)" or ", n.d." with no date labelled: the work is undated, as printed. */
    static void undated(String text, Map<String, String> f) {
        if (!f.containsKey("date") && text.contains("n.") && NO_DATE.matcher(text).find()) {
            f.put("date", "n.d.");
        }
    }

    /**
     * What a number labelled the volume is by the word printed next to it: before "p." or "pp." it counts a
     * book's pages ("216 pp", as the data sets label them); after "sec." it is a newspaper's section, not a
     * volume.
     */
    static void numberReadAsVolume(String text, Map<String, String> f) {
        String volume = f.get("volume");
        if (volume == null || !VOLUME_NUMBER_TOKEN.matcher(volume).matches()) {
            return;
        }
        int found = -1;
        for (int at = text.indexOf(volume); at >= 0; at = text.indexOf(volume, at + 1)) {
            int end = at + volume.length();
            boolean alone = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '.')
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == 'p');
            if (alone) {
                if (found >= 0) {
                    return; // printed more than once: no telling which
                }
                found = at;
            }
        }
        if (found < 0) {
            return;
        }
        // (a lone "No. 83" stays the volume, as GROBID's and Cora's data label a journal's only number)
        if (endsWithSection(text, found)) {
            f.remove("volume");
        } else if (PAGES_AFTER.matcher(text).region(found + volume.length(), text.length()).lookingAt()
                && !f.containsKey("page") && !f.containsKey("container-title")) {
            f.put("page", f.remove("volume"));
        }
    }

    /**
     * In a journal of {@link #UNNUMBERED_JOURNAL}, the one number read as the volume is the page ("J. Chem. Soc.
     * 2674 (1958)"), and a volume that is the year is only the year ("J. Chem. Soc. (Lond.) 1956, 835").
     */
    static void journalWithoutVolumes(Map<String, String> f) {
        String volume = f.get("volume");
        String container = f.get("container-title");
        if (volume == null || container == null || container.indexOf("oc") < 0 && container.indexOf("OC") < 0 // "Soc", any case
                || !UNNUMBERED_JOURNAL.matcher(container.strip()).matches()) {
            return;
        }
        if (f.getOrDefault("date", "").contains(volume.strip()) && f.containsKey("page")) {
            f.remove("volume");
        } else if (!f.containsKey("page") && VOLUME_NUMBER_TOKEN.matcher(volume.strip()).matches()) {
            f.put("page", f.remove("volume"));
        }
    }

    /**
     * A reference to {@link #PROCEEDINGS_OF_SCIENCE}: "PoS" is the journal and the conference its volume, and the
     * year in brackets after them the date where the conference's own year was read as it ("PoS Lattice 2014
     * (2015) 209" appeared in 2015).
     */
    static void proceedingsOfScience(String text, Map<String, String> f) {
        if (text.indexOf("oS") < 0 && text.indexOf("OS") < 0) {
            return; // the cheap test first: most references name no such thing
        }
        Matcher m = PROCEEDINGS_OF_SCIENCE.matcher(text);
        if (!m.find() || f.getOrDefault("title", "").contains(m.group())) {
            return; // "POS Taggers 2010" in a title is parts of speech
        }
        String volume = m.group(2) != null ? m.group(2) : m.group(3);
        f.put("container-title", m.group(1));
        f.put("volume", volume);
        Matcher year = YEAR_IN_PARENTHESES.matcher(text);
        String date = f.get("date");
        int end = m.end();
        if (year.find(end)) {
            end = year.end();
            if (date == null || volume.endsWith(date.strip())) {
                f.put("date", year.group(1));
                f.put("year", year.group(1));
            }
        }
        Matcher page = PAGE_NUMBER_AFTER.matcher(text);
        if (!f.containsKey("page") && page.find(end)) {
            f.put("page", page.group(1)); // "PoS(EPS-HEP2021)455", where the journal was read to the page's end
        }
    }

    /**
     * Whether {@code text} before {@code end} ends with "sec", "sec." or "Sec. " (a word of its own), as
     * the regular expression {@code (?i)\\bsec\\.?\\s*$} says, without its search from the text's start.
     */
    private static boolean endsWithSection(String text, int end) {
        int e = end;
        while (e > 0 && AsciiClasses.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > 0 && text.charAt(e - 1) == '.') {
            e--;
        }
        return e >= 3 && (text.charAt(e - 3) | 0x20) == 's' && (text.charAt(e - 2) | 0x20) == 'e'
                && (text.charAt(e - 1) | 0x20) == 'c' && (e == 3 || !AsciiClasses.isWordChar(text.charAt(e - 4)));
    }

    /**
     * "Periodontol 2000 2003;33:36-53": a journal whose name ends with a year ("Periodontology 2000"), read with the
     * issue's year as one date. The first is the journal's, the second the date.
     */
    static void journalsYearReadIntoDate(String text, Map<String, String> f) {
        String date = f.get("date");
        String container = f.get("container-title");
        Matcher m = date == null || container == null || date.length() < 9 ? null : TWO_YEARS.matcher(date.strip());
        if (m == null || !m.matches() || !text.contains(container + " " + m.group(1))) {
            return;
        }
        f.put("container-title", container + " " + m.group(1));
        f.put("date", m.group(2));
        f.put("year", m.group(2));
    }

    /**
     * "Speeches and Writings, 1832–1858, ed. … (New York: Library of America, 1989)": a span of years
     * printed right after the title, read as the date when a single year follows later in the reference,
     * is the title's end; the later year is the date.
     */
    static void titlesYearsReadAsDate(String text, Map<String, String> f) {
        String title = f.get("title");
        String date = f.get("date");
        if (title == null || date == null || !YEARS.matcher(date).matches()) {
            return;
        }
        int at = text.indexOf(title + ", " + date);
        if (at < 0) {
            return;
        }
        Matcher later = LATER_YEAR.matcher(text);
        if (later.find(at + title.length() + 2 + date.length())) {
            f.put("title", title + ", " + date);
            f.put("date", later.group(1));
            f.put("year", later.group(1));
        }
    }

    /**
     * "In Cowan, J. D., … (Eds.), Advances in Neural Information Processing Systems 6. Morgan Kaufmann.": an edited
     * volume's number printed as part of its name, with no "Vol." before it, stays in the name, as the data's
     * labellers (Cora's, AnyStyle's) record such books; a journal's bare volume, with no editors, is no part of it.
     */
    static void numberedSeriesVolume(String text, Map<String, String> f) {
        String container = f.get("container-title");
        String volume = f.get("volume");
        if (container == null || volume == null || !f.containsKey("editor") || !volume.chars().allMatch(Character::isDigit)
                || VOLUME_MARK_AT_END.matcher(container).find() || container.split(" ").length < 3
                || SERIAL_WORD.matcher(container).find() || Character.isUpperCase(container.charAt(1))) {
            return; // not a journal's or a series' volume ("Lecture Notes in Physics 818", "CCSL 29", "ASTM STP 715")
        }
        int at = text.indexOf(container + " " + volume);
        if (at < 0 || !IN_MARK.matcher(text.substring(0, at).toLowerCase(Locale.ROOT)).find()) {
            return; // a chapter "In" the volume; an edited book's series and number ("eds. … Research in X 17") stay apart
        }
        int end = at + container.length() + 1 + volume.length();
        Matcher acronym = PARENTHESISED_ACRONYM.matcher(text).region(end, text.length());
        String issue = f.get("issue");
        if (acronym.lookingAt() && (issue == null || acronym.group().contains(issue))) {
            // "Advances in Neural Information Processing Systems 5 (NIPS*92)": the conference's short name too
            f.put("container-title", container + " " + volume + acronym.group());
            f.remove("volume");
            f.remove("issue");
        } else if (issue == null && (end == text.length() || ".(,".indexOf(text.charAt(end)) >= 0)) {
            f.put("container-title", container + " " + volume);
            f.remove("volume");
        }
    }

    /**
     * Older journals' volumes in Roman numerals, as Chicago cites them ("Harvard Business Review, XLIII
     * (January-February, 1965), pp. 49-62."), which the labeller leaves outside every field.
     */
    static void romanVolume(String text, Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("volume")) {
            return;
        }
        String publisher = f.get("publisher");
        if (publisher != null && ROMAN_NUMERAL.matcher(publisher).matches()) {
            f.put("volume", f.remove("publisher")); // "…, VII, 1998, p. 56-86": read as a publisher
            return;
        }
        int at = text.indexOf(container);
        if (at < 0) {
            return;
        }
        Matcher m = ROMAN_VOLUME.matcher(text).region(at + container.length(), text.length());
        if (m.lookingAt()) {
            f.put("volume", m.group(1));
            if (m.group(1).equals(f.get("publisher"))) {
                f.remove("publisher"); // "Annales du Musée National des Antiquités, VII, 1998": no publisher "VII"
            }
        }
    }

    /**
     * With no volume labelled, a lone number in the pages that is printed just before the page range (an
     * issue in parentheses between them at most) is the volume.
     */
    static void volumeReadIntoPages(String text, Map<String, String> f) {
        String page = f.get("page");
        if (page == null || f.containsKey("volume")) {
            return;
        }
        Matcher m = VOLUME_THEN_RANGE.matcher(page);
        if (m.matches()) {
            String firstPage = m.group(2).replaceFirst("^(\\d+).*", "$1");
            if (Pattern.compile("\\b" + m.group(1) + "\\s*(?:\\(\\s*\\d+\\s*\\))?\\s*[,:]?\\s*" + firstPage + "\\b").matcher(text).find()) {
                f.put("volume", m.group(1));
                f.put("page", m.group(2));
            }
            return;
        }
        // a journal's "Nucl. Phys. A, 444 (1985) 678" and ACS's "BMJ 2005, 330, 1347": one page after the year in
        // brackets, or the volume after the year; in a note, "(… 1989), 28, 29" are two pages
        Matcher one = VOLUME_THEN_PAGE.matcher(page);
        if (one.matches() && f.containsKey("container-title") && (Pattern.compile("\\b" + one.group(1)
                + "\\s*\\(\\s*(?:1[5-9]|20)\\d\\d\\s*\\)\\s*[,:]?\\s*" + one.group(2) + "\\b").matcher(text).find()
                || Pattern.compile("\\b(?:1[5-9]|20)\\d\\d,\\s*" + one.group(1) + ",\\s*" + one.group(2) + "\\b").matcher(text).find())) {
            f.put("volume", one.group(1));
            f.put("page", one.group(2));
        }
    }

    /**
     * IOP's "Phys. Lett. B 689 66" and "2015 JINST 10 P11006", with a journal: two numbers read as one volume (with no
     * page) or as one page (with no volume) are the volume and the page.
     */
    static void volumeAndPageInOneField(Map<String, String> f) {
        if (!f.containsKey("container-title")) {
            return;
        }
        String key = f.containsKey("page") ? (f.containsKey("volume") ? null : "page") : f.containsKey("volume") ? "volume" : null;
        Matcher m = key == null ? null : (key.equals("page") ? VOLUME_SPACE_ARTICLE : VOLUME_SPACE_PAGE).matcher(f.get(key).strip());
        if (m != null && m.matches()) {
            f.put("volume", m.group(1));
            f.put("page", m.group(2));
        }
    }

    /**
     * The Institute of Physics' "Commun. Math. Phys. 277 497–529" as PDF extraction glues it, "277497 -529": with a
     * journal but no volume, a first page of five or six digits before a shorter last page is the volume and a page of
     * three digits, where that page comes before the last ("277 | 497–529", "40 | 212–8"; "17782-66" stays).
     */
    static void volumeGluedToPages(Map<String, String> f) {
        String page = f.get("page");
        if (page == null || f.containsKey("volume") || !f.containsKey("container-title")) {
            return;
        }
        Matcher m = GLUED_RANGE.matcher(page.strip());
        if (!m.matches()) {
            return;
        }
        String digits = m.group(1);
        String start = digits.substring(digits.length() - 3);
        String end = m.group(2);
        String fullEnd = start.substring(0, 3 - end.length()) + end; // "212" and "8" end at 218
        if (start.charAt(0) == '0' || Integer.parseInt(fullEnd) <= Integer.parseInt(start)) {
            return;
        }
        f.put("volume", digits.substring(0, digits.length() - 3));
        f.put("page", start + "-" + end);
    }

    /**
     * Whether {@code number} occurs after white space and before an optional comma and white space, as the
     * day in {@link #MONTH_DAY_YEAR} does: a cheap test before that regex.
     */
    private static boolean standsBeforeAYear(String text, String number) {
        for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
            int end = at + number.length();
            if (end < text.length() && text.charAt(end) == ',') {
                end++;
            }
            if (at > 0 && Character.isWhitespace(text.charAt(at - 1)) && end + 1 < text.length()
                    && Character.isWhitespace(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some occurrence of {@code number} follows a month's name, white space and perhaps a full stop
     * between: what a match of {@link #MONTH_DAY_YEAR} whose day is {@code number} needs (its month word is
     * the whole run of letters there), tested without the regex's search over the text.
     */
    private static boolean followsAMonth(String text, String number) {
        for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
            int e = at;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e == at) {
                continue;
            }
            if (e > 0 && text.charAt(e - 1) == '.') {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (e - b >= 3 && Dates.month(text.substring(b, e)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, October 10, 2016, available at": a day the labeller read as the volume. It is dropped, and the
     * date becomes the full date when it held only that year.
     */
    static void dayReadAsVolume(String text, Map<String, String> f) {
        String volume = f.get("volume");
        if (volume == null || !DAY.matcher(volume).matches()) {
            return;
        }
        Matcher m = standsBeforeAYear(text, volume) && followsAMonth(text, volume) ? MONTH_DAY_YEAR.matcher(text) : null;
        while (m != null && m.find()) {
            if (m.group(3).equals(volume) && Dates.month(m.group(2)) > 0) {
                f.remove("volume");
                String date = f.get("date");
                if (date == null || date.equals(m.group(4))) {
                    f.put("date", m.group(1));
                    f.put("year", m.group(4));
                }
                return;
            }
        }
        // "The Daily Paper, 12 March": a day before its month
        for (int at = text.indexOf(volume + " "); at >= 0; at = text.indexOf(volume + " ", at + 1)) {
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            if (Character.isLetterOrDigit(before) || ".:/(-".indexOf(before) >= 0) {
                continue;
            }
            Matcher word = MONTH_WORD.matcher(text).region(at + volume.length() + 1, text.length());
            if (word.lookingAt() && Dates.month(word.group()) > 0) {
                f.remove("volume");
                return;
            }
        }
    }

    /**
     * "Ports reopen, 12.03.2019": a numeric day, month and year is the full date, read whole (the labeller
     * takes the year for the date and the day for a volume). An access date is left alone.
     */
    static void numericDate(String text, Map<String, String> f) {
        String year = f.get("year");
        // ".2019" is rare otherwise: no regex over every reference
        Matcher m = year == null || !text.contains("." + year) ? null : DAY_MONTH_YEAR.matcher(text);
        if (m == null || !m.find() || !m.group(3).equals(year) || !f.getOrDefault("date", "").equals(year)
                || Integer.parseInt(m.group(2)) > 12 || Integer.parseInt(m.group(1)) > 31) {
            return;
        }
        Matcher accessed = ACCESSED.matcher(text);
        if (accessed.find() && accessed.start(1) <= m.start() && m.end() <= accessed.end()) {
            return;
        }
        f.put("date", m.group());
        for (String k : List.of("volume", "issue")) {
            String v = f.get(k);
            if (v != null && (v.equals(m.group(1)) || v.equals(m.group(2)))) {
                f.remove(k); // the day or month read as a volume or issue
            }
        }
    }

    /** A date read only from the access date ("дата обращения: 12.03.2019") is not the work's date. */
    static void accessDateIsNotTheDate(String text, Map<String, String> f) {
        String date = f.get("date");
        Matcher undated = date == null ? null : UNDATED_THEN_MORE.matcher(date);
        if (undated != null && undated.matches()) {
            // "(n.d.). … Retrieved May 5, 2019, from …": the work has no date, and the day it was read is no date of it
            Matcher accessed = ACCESSED.matcher(text);
            while (accessed.find()) {
                if (accessed.group().contains(undated.group(2))) {
                    f.put("date", undated.group(1));
                    f.remove("year");
                    return;
                }
            }
        }
        Matcher joined = date == null ? null : ACCESS_WORD_INSIDE.matcher(date);
        if (joined != null && joined.find()) {
            // two runs joined, the second the access date: "Table 23-10-0003-01 … (accessed 12 Jan 2022)"
            String before = date.substring(0, joined.start()).strip();
            Matcher year = LATER_YEAR.matcher(before);
            if (year.find()) {
                f.put("date", before);
                f.put("year", year.group(1));
            } else {
                f.remove("date");
                f.remove("year");
            }
            return;
        }
        int at = date == null ? -1 : text.indexOf(date);
        if (at < 0 || text.indexOf(date, at + 1) >= 0) {
            return;
        }
        // only the few words before the date can make it an access date: no search of the whole text
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), at + date.length() + 1);
        if (!ReferenceWords.mayMentionAccess(text.substring(from, to))) {
            return;
        }
        Matcher accessed = ACCESSED.matcher(text).region(from, to);
        if (accessed.find() && at >= accessed.start() && at + date.length() <= accessed.end()) {
            f.remove("date");
            f.remove("year");
        }
    }

    /** An undated mark (its last full stop perhaps cleaned off) and a second run joined to it, "n.d May 5, 2019". */
    private static final Pattern UNDATED_THEN_MORE = Pattern.compile("(" + ReferenceWords.UNDATED_MARK + "\\.?)\\s+(\\S.*)");

    /** An access word after the start of a date span: the work's date, if any, stands before it. */
    private static final Pattern ACCESS_WORD_INSIDE = Pattern.compile("(?iu)(?<=\\S)\\s+(?:" + String.join("|", ACCESS_WORDS) + ")\\b");

    private static final Pattern ISBN_BEFORE = Pattern.compile("(?i)ISBN(?:-1[03])?\\s*:?\\s*$");

    private static final Pattern ISBN_DIGITS = Pattern.compile("(?:\\d{9}[\\dXx]|97[89]\\d{10})");

    /** What an issue's brackets hold: "4598", "16-17", "3/4". */
    private static final Pattern ISSUE_INSIDE = Pattern.compile("\\d{1,5}(?:\\s*[-–/]\\s*\\d{1,5})?");


    /** An issue's number after its mark: "15", "1-4", "3/4". */
    private static final Pattern ISSUE_NUMBER = Pattern.compile("\\d{1,4}(?:\\s?[-–/]\\s?\\d{1,4})?");

    private static final Pattern LATER_YEAR = Pattern.compile("(?<![\\d–—-])((?:1[5-9]|20)\\d\\d)(?![\\d–—-])");

    private static final Pattern NO_DATE = Pattern.compile("(?<![\\p{L}.])n\\.\\s?d\\.?(?![\\p{L}])");

    private static final Pattern PAGES_AFTER = Pattern.compile("\\s?pp?\\b");

    private static final Pattern PAGE_NUMBER_AFTER = Pattern.compile("\\G\\s*,?\\s*(\\d{1,4})\\b");

    /** A conference's short name in brackets after an edited volume's number: " (NIPS*92)". */
    private static final Pattern PARENTHESISED_ACRONYM = Pattern.compile(" \\(\\p{Lu}{2,}[*'’-]?\\s?\\d{2,4}\\)");

    /**
     * Proceedings of Science, whose volume is its conference's name and year: "PoS LATTICE2015, 075 (2016)",
     * "PoS(ICRC2017)655", and, as PDF extraction glues them, "PoSLATTICE 2011 (2011) 011".
     */
    private static final Pattern PROCEEDINGS_OF_SCIENCE = Pattern.compile(
            "(?<![\\[\\w])(PoS|POS)\\s*(?:\\(\\s*(\\p{Lu}[\\p{L}-]*\\s?\\d{2,4})\\s*\\)|(\\p{Lu}[\\p{L}-]*\\s?\\d{2,4})(?![\\w.]))");

    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]{1,7}");

    /** A volume in Roman numerals after the journal's name, before its date or pages: ", XLIII (January–February, 1965)". */
    private static final Pattern ROMAN_VOLUME = Pattern.compile("^,?\\s((?=[MDCLXVI]{2,}\\b)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
            + "(?=\\s?\\(|,\\s)");

    /** Words of a periodical's or a series' name, whose bare number is a volume: "Lecture Notes in Physics 818". */
    private static final Pattern SERIAL_WORD = Pattern.compile("(?i)\\b(?:journal|zeitschrift|review|revue|rivista|revista|"
            + "transactions|quarterly|annals|bulletin|series|studies|notes|supplement)\\b");

    private static final Pattern TWO_YEARS = Pattern.compile("^((?:1[5-9]|20)\\d\\d)\\s+((?:1[5-9]|20)\\d\\d)$");

    /**
     * Journals that number no volumes and are cited by year and page: the Chemical Society's ("J. Chem. Soc. 272
     * (1948)", "J. Chem. Soc., Dalton Trans. 600 (1979)", "J. Chem. Soc., Chem. Commun.") and the Bulletin de la
     * Société chimique de France.
     */
    private static final Pattern UNNUMBERED_JOURNAL = Pattern.compile("(?i)(?:J\\.?\\s*Chem\\.?\\s*Soc\\.?(?:\\s*\\(Lond(?:on|\\.)?\\))?"
            + "(?:\\s*,?\\s*(?:Chem\\.?\\s*Commun|Dalton\\s*Trans|(?:Perkin|Faraday)\\s*Trans(?:\\.?\\s*(?:1|2|I|II))?))?"
            + "|Bull\\.?\\s*Soc\\.?\\s*Chim\\.?\\s*(?:Fr|France))\\.?");

    private static final Pattern VOLUME_MARK_AT_END = Pattern.compile("(?i)\\b(?:vol|volume|band|bd|t|tome)\\.?$");

    private static final Pattern VOLUME_NUMBER_TOKEN = Pattern.compile("\\d{1,5}[A-Z]?");

    /** ACS's "2019, 141 (12), 4567–4575" read as pages "141, 4567-4575": a number, a comma, then a page range. */
    private static final Pattern VOLUME_THEN_RANGE = Pattern.compile("^(\\d{1,4}),\\s*(\\d+\\s*[-–]\\s*\\d+)$");

    /** A span of years: "1974–1978", "1832–1858", "1889-96". */
    private static final Pattern YEARS = Pattern.compile("^(?:1[5-9]|20)\\d\\d\\s*[–—-]\\s*(?:\\d\\d|(?:1[5-9]|20)\\d\\d)$");

    private static final Pattern YEAR_IN_PARENTHESES = Pattern.compile("\\G\\s*,?\\s*\\(\\s*((?:1[89]|20)\\d\\d)\\s*\\)");

    private static final Pattern DAY = Pattern.compile("\\d{1,2}");

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:1[5-9]|20)\\d\\d)(?![\\d.]\\d)");

    /** A run of five or six digits, then a shorter last page: "277497 -529", "40212-8". */
    private static final Pattern GLUED_RANGE = Pattern.compile("^(\\d{5,6})\\s*[-–]+\\s*(\\d{1,3})$");

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)\\b((\\p{L}{3,})\\.?\\s+(\\d{1,2}),?\\s+((?:1[5-9]|20)\\d\\d))\\b");

    private static final Pattern MONTH_WORD = Pattern.compile("\\p{L}{3,}\\b");

    /** The same read as pages: only with an article number's letter, as "p. 112 114" are two pages. */
    private static final Pattern VOLUME_SPACE_ARTICLE = Pattern.compile("^(\\d{1,4})\\s+(\\p{Lu}\\d{1,6})$");

    /** A volume and a page read as one field: "689 66", "V349 665", or an article number after the volume, "10 P11006". */
    private static final Pattern VOLUME_SPACE_PAGE = Pattern.compile("^[Vv]?(\\d{1,4})\\s+(\\p{Lu}?\\d{1,6})$");

    private static final Pattern VOLUME_THEN_PAGE = Pattern.compile("^(\\d{1,6}),\\s*(\\d{1,7})$");
}
