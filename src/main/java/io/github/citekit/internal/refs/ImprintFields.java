package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.FieldRules.COUNTRIES;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules over a reference's imprint once its labels are read into fields: publisher, place and the issuing body
 * parted where the labeller joined or swapped them ("Dover, New York", "EPFL Press, Lausanne", a country read as the
 * publisher). {@link FieldRules#refine} runs them in its order.
 */
final class ImprintFields {
    private ImprintFields() {
    }

    /**
     * European imprints print "Place, Publisher" ("Bologna, Il Mulino Editore", "Paris, Presses universitaires
     * de France"): when no publisher is labelled and the place's last part names a publisher by its word
     * ("Press", "Verlag", "Éditions", "Editore", …), that part is the publisher. A place's last part is
     * otherwise a state or country ("Cambridge, MA"), so a part without such a word stays.
     */
    static void publisherReadIntoPlace(Map<String, String> f) {
        String place = f.get("publisher-place");
        if (place == null || f.containsKey("publisher")) {
            return;
        }
        int comma = place.lastIndexOf(", ");
        if (comma <= 0 || !PUBLISHER_WORD.matcher(place.substring(comma + 2)).find()) {
            return;
        }
        f.put("publisher", place.substring(comma + 2).strip());
        f.put("publisher-place", place.substring(0, comma).strip());
    }

    /**
     * "Dover, New York", "Paris, Economica", "New York City, NY, Routledge": with no publisher labelled, a place read
     * over a publisher's name beside it. The parts that {@link Places} knows are the place; the others, before or
     * after them and none a place, are the publisher; where the publisher comes first, the place after it must open with
     * a listed city, as a town the list lacks is printed before its state ("Easton, PA"). Two places ("Cambridge, MA")
     * or two unknown parts ("Makua, Cuwabo") stay as they are.
     */
    static void publisherBesidePlace(Map<String, String> f) {
        String place = f.get("publisher-place");
        if (place == null || f.containsKey("publisher") || place.indexOf(',') < 0) {
            return;
        }
        String[] parts = place.split(",");
        int n = parts.length;
        int head = 0;
        while (head < n && Places.isPlace(parts[head])) {
            head++;
        }
        int tail = n;
        while (tail > 0 && Places.isPlace(parts[tail - 1])) {
            tail--;
        }
        int cut; // the comma that parts place and publisher, counted from the start
        boolean placeFirst;
        if (head > 0 && head < n && noPlaceIn(parts, head, n)) {
            cut = head;
            placeFirst = true;
        } else if (tail < n && tail > 0 && Places.isCity(parts[tail]) && noPlaceIn(parts, 0, tail)) {
            // "Kluwer, Dordrecht", but not "Bled, Slovenia" or "Easton, PA", where the town is the one not listed
            cut = tail;
            placeFirst = false;
        } else {
            return;
        }
        int at = nthComma(place, cut);
        String first = place.substring(0, at).strip();
        String second = place.substring(at + 1).strip();
        String publisher = placeFirst ? second : first;
        if (publisher.length() <= 3 || !Character.isUpperCase(publisher.codePointAt(0)) || NOT_A_PUBLISHER.matcher(publisher).matches()
                || Places.isMisspeltRegion(publisher)) {
            // (and not "Ljubljana, SI", a country's code, or "Zurich, Swizerland")
            return;
        }
        f.put("publisher", publisher);
        f.put("publisher-place", placeFirst ? first : second);
    }

    /**
     * "EPFL Press, Lausanne", "John Wiley &amp; Sons, Brisbane", "VCH Verlagsgesellschaft, Weinheim": with no place labelled,
     * a publisher whose last parts are a listed city (and its state or country), or a country alone, is the publisher
     * before them and the place in them. "Little, Brown, and Company" and "Wiley, Inc" name no place, and "…, Easton,
     * PA" a town the list lacks: they stay.
     */
    static void placeReadIntoPublisher(Map<String, String> f) {
        String publisher = f.get("publisher");
        if (publisher == null || f.containsKey("publisher-place") || publisher.indexOf(',') < 0) {
            return;
        }
        String[] parts = publisher.split(",");
        int tail = parts.length;
        while (tail > 1 && Places.isPlace(parts[tail - 1])) {
            tail--;
        }
        if (tail == parts.length || !(Places.isCity(parts[tail]) || tail == parts.length - 1 && Places.isCountry(parts[tail]))
                || !noPlaceIn(parts, 0, tail)) {
            return;
        }
        int at = nthComma(publisher, tail);
        String name = publisher.substring(0, at).strip();
        if (name.length() <= 3) {
            return;
        }
        f.put("publisher", name);
        f.put("publisher-place", publisher.substring(at + 1).strip());
    }

    /**
     * "Springer-Verlag Berlin", "Georg Thieme Verlag Stuttgart", "Springer Berlin Heidelberg", "Prentice Hall PTR New
     * Jersey": with no place labelled, a publisher that ends, with no comma, in places of the list (a city first, or a
     * state or country alone) is the publisher before them and the place in them. A place after "of", "de" or "and"
     * ("University Press of Kansas", "Presses universitaires de France") is the publisher's name.
     */
    static void placeAfterPublisherWithoutComma(Map<String, String> f) {
        String publisher = f.get("publisher");
        if (publisher == null || f.containsKey("publisher-place") || publisher.indexOf(',') >= 0 || publisher.indexOf(' ') < 0) {
            return;
        }
        String[] words = publisher.split(" ");
        int n = words.length;
        int start = n; // where the places start: the longest end of up to three words that is places, one or several
        for (int k = Math.min(3, n - 1); k >= 1 && start == n; k--) {
            String[] end = Arrays.copyOfRange(words, n - k, n);
            boolean places = Places.isPlace(String.join(" ", end));
            for (int i = 0; !places && i < k && Places.isPlace(end[i]); i++) {
                places = i == k - 1;
            }
            if (places && Character.isUpperCase(end[0].charAt(0))) {
                start = n - k;
            }
        }
        if (start == n || start == 0 || JOINING_WORDS.contains(words[start - 1].toLowerCase(Locale.ROOT))) {
            return;
        }
        for (int i = 0; i < start; i++) {
            if (words[i].regionMatches(true, 0, "univ", 0, 4) || words[i].equals("TU")) {
                return; // "Tec. Univ. München", "Universität Wien": a university is named by its city
            }
        }
        String place = String.join(" ", Arrays.copyOfRange(words, start, n));
        String first = words[start];
        if (!(Places.isCity(first) || Places.isCity(place) || start == n - 1 && Places.isCountry(first)
                || Places.isPlace(place) && place.indexOf(' ') > 0)) {
            return;
        }
        f.put("publisher", String.join(" ", Arrays.copyOfRange(words, 0, start)));
        f.put("publisher-place", place);
    }

    /**
     * "Rio de Janeiro: Aeroplano", "Boston - Little, Brown & Co": with no place labelled, a publisher that opens with a
     * known place before a colon or a spaced dash holds the place and the publisher. And "Hamish Hamilton: London.", the
     * publisher printed before its place: a publisher that is a known city, beside a place that is none, are the two
     * the other way round.
     */
    static void placeReadIntoPublisherBeforeIt(Map<String, String> f) {
        String publisher = f.get("publisher");
        if (publisher == null) {
            return;
        }
        String place = f.get("publisher-place");
        if (place == null) {
            Matcher m = publisher.indexOf(':') < 0 && !publisher.contains(" - ") ? null : PLACE_THEN_PUBLISHER.matcher(publisher);
            if (m != null && m.matches() && Places.isPlace(m.group(1).strip())) {
                f.put("publisher-place", m.group(1).strip());
                f.put("publisher", m.group(2).strip());
            }
        } else if (Places.isCity(publisher) && !Places.isPlace(place) && !PUBLISHER_WORD.matcher(publisher).find()
                && place.indexOf(',') < 0) {
            f.put("publisher", place);
            f.put("publisher-place", publisher);
        }
    }

    /**
     * "Proc. of SIGDBS Conf., Tokyo, October, 1994" and MLA's "Berkeley: U of California, 1997. Print.": a month or the
     * medium read into the place's end. The medium is no place; the month goes to the date where the date is a year.
     */
    static void monthOrMediumReadIntoPlace(Map<String, String> f) {
        String place = f.get("publisher-place");
        int comma = place == null ? -1 : place.lastIndexOf(',');
        String last = comma < 0 ? "" : place.substring(comma + 1).strip();
        if (last.length() < 3 || last.length() > 10 || "JFMASONDPW".indexOf(last.charAt(0)) < 0) {
            return; // the last part, at a glance, is no month's or medium's word: "New York, NY"
        }
        Matcher m = PLACE_THEN_MONTH_OR_MEDIUM.matcher(place);
        if (!m.matches()) {
            return;
        }
        f.put("publisher-place", m.group(1).strip());
        String date = f.get("date");
        if (m.group(3) != null && date != null && date.strip().matches("\\d{4}")) {
            f.put("date", m.group(3) + " " + date.strip());
        }
    }

    private static final Pattern PLACE_THEN_MONTH_OR_MEDIUM = Pattern.compile("^(.+?),\\s*(?:(Print|Web|Online)|((?:January|February"
            + "|March|April|May|June|July|August|September|October|November|December)))\\.?$");

    /** A place, then a colon or a spaced dash, then the rest: "Rio de Janeiro: Aeroplano", "Boston - Little, Brown". */
    private static final Pattern PLACE_THEN_PUBLISHER = Pattern.compile("^(\\p{Lu}[\\p{L} .'-]{1,30}?)\\s*(?::|\\s-\\s)\\s*(\\p{Lu}.+)$");

    /** The words that join a publisher's name to a place it names: "of", "de", "and". */
    private static final Set<String> JOINING_WORDS = Set.of("of", "de", "du", "des", "di", "del", "della", "da", "do",
            "für", "and", "&", "und", "et", "y", "e", "the", "in", "at", "am", "an", "der");

    /** Where the {@code n}th comma of {@code text} stands (n from 1): the comma after the {@code n}th of its parts. */
    private static int nthComma(String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(',', at + 1);
        }
        return at;
    }

    private static boolean noPlaceIn(String[] parts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Places.isPlace(parts[i]) || parts[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * IEEE's "…, Long Beach, CA, USA, 2017": a country read as the publisher right after the place is the
     * end of the place.
     */
    static void countryReadAsPublisher(String text, Map<String, String> f) {
        String publisher = f.get("publisher");
        String place = f.get("publisher-place");
        if (publisher != null && place != null && COUNTRIES.contains(publisher)
                && text.contains(place + ", " + publisher)) {
            f.put("publisher-place", place + ", " + publisher);
            f.remove("publisher");
        }
    }

    /**
     * Chicago's "… Dilemma. South Bend, IN: University of Notre Dame Press": with a publisher but no place
     * labelled, the place read into the title's end, where a colon and the publisher follow it, is the place.
     */
    static void placeReadIntoTitle(String text, Map<String, String> f) {
        String title = f.get("title");
        String publisher = f.get("publisher");
        if (title == null || publisher == null || f.containsKey("publisher-place")) {
            return;
        }
        Matcher m = TITLE_THEN_PLACE.matcher(title);
        if (!m.matches()) {
            return;
        }
        Matcher imprint = Pattern.compile(Pattern.quote(m.group(2)) + "((?:,\\s*\\p{Lu}{2})?)\\s*:\\s*" + Pattern.quote(publisher)).matcher(text);
        if (imprint.find()) {
            f.put("title", m.group(1).strip());
            f.put("publisher-place", m.group(2) + imprint.group(1));
        }
    }

    /**
     * "Reasoning about Change. Cambridge, MA: MIT Press.": the city read into the title's end, with the state or
     * country after it labelled the place, is the place's first part.
     */
    static void cityReadIntoTitle(String text, Map<String, String> f) {
        String title = f.get("title");
        String place = f.get("publisher-place");
        if (title == null || place == null || !(STATE_CODE.matcher(place).matches() || COUNTRIES.contains(place))) {
            return;
        }
        int stop = title.lastIndexOf(". ");
        if (stop < 0) {
            return;
        }
        String city = title.substring(stop + 2);
        if (city.length() >= 3 && city.length() <= 30 && Character.isUpperCase(city.charAt(0)) && city.split(" ").length <= 3
                && text.contains(city + ", " + place)) {
            f.put("title", title.substring(0, stop));
            f.put("publisher-place", city + ", " + place);
        }
    }

    /** An edition statement after the publisher and a semicolon is not the publisher's. */
    static void editionReadIntoPublisher(Map<String, String> f) {
        String publisher = f.get("publisher");
        Matcher m = publisher == null ? null : PUBLISHER_THEN_EDITION.matcher(publisher);
        if (m != null && m.matches()) {
            f.put("publisher", m.group(1).strip());
            f.putIfAbsent("edition", m.group(2));
        }
    }

    /**
     * MLA's "Morrison, Toni. Beloved. Knopf, 1987.": with no title and no container labelled, a publisher
     * span that holds a sentence and then a name is the title and the publisher.
     */
    static void titleReadIntoPublisher(String text, Map<String, String> f) {
        String publisher = f.get("publisher");
        if (publisher == null || f.containsKey("title") || f.containsKey("container-title")) {
            return;
        }
        Matcher m = TITLE_STOP_PUBLISHER.matcher(publisher);
        if (m.matches() && !PUBLISHER_ABBREVIATION.matcher(m.group(1)).find()) {
            f.put("title", m.group(1).strip());
            f.put("publisher", m.group(2).strip());
        }
    }

    /**
     * "Arkhangelsk, SAFU Publ., 2013. 281 p.": the imprint of a Russian reference transliterated for an English
     * "References" list, as Russian journals print one after the Cyrillic list (the publisher's name, then "Publ."),
     * labelled whole as the journal, the publisher or the place. The part before the comma is the place.
     */
    static void transliteratedImprint(Map<String, String> f) {
        for (String field : List.of("container-title", "publisher", "publisher-place")) {
            String value = f.get(field);
            if (value == null || !(value.endsWith(" Publ") || value.endsWith(" Publ."))) {
                continue;
            }
            Matcher m = PLACE_THEN_TRANSLITERATED_PUBLISHER.matcher(value);
            if (m.matches() && (field.equals("container-title") || !f.containsKey("container-title"))) {
                f.remove(field);
                f.put("publisher-place", m.group(1));
                f.put("publisher", m.group(2));
            }
            return; // the first field so ended is the imprint, read or not
        }
    }

    /** "St. Petersburg, Nauka Publ": a place of up to three words, a comma, and the publisher's name before "Publ". */
    private static final Pattern PLACE_THEN_TRANSLITERATED_PUBLISHER = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,2}),\\s+(\\S.*?\\sPubl\\.?)$");

    /**
     * "Harandi, M. T. (1990). Knowledge based program analysis. IEEE Software.": with no container and no place, a
     * publisher that is all of a listed journal's name is the journal (a magazine's name reads as its publisher's).
     */
    static void journalReadAsPublisher(Map<String, String> f) {
        String publisher = f.get("publisher");
        if (publisher == null || f.containsKey("container-title") || f.containsKey("publisher-place") || !f.containsKey("title")) {
            return;
        }
        if (FieldRules.isJournalName(publisher)) {
            f.put("container-title", f.remove("publisher"));
        }
    }

    /** Words after a place that are not a publisher: a month, or a medium ("Tokyo, October", "Berkeley, Print"). */
    private static final Pattern NOT_A_PUBLISHER = Pattern.compile("(?iu)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?"
            + "|print|online|web|internet|\\d.*");

    /** A word that publishers' names abbreviate, "Cambridge Univ. Press", "Smith Bros. Ltd.". */
    private static final Pattern PUBLISHER_ABBREVIATION = Pattern.compile(
            "(?i)\\b(?:univ|co|inc|ltd|bros|dept|natl|intl|assoc|soc|acad|publ|corp|govt|inst)$");

    /** Amazon's "(Cengage Learning; 1 edition, 1976)": the publisher, then the edition after a semicolon. */
    private static final Pattern PUBLISHER_THEN_EDITION = Pattern.compile("^(.+?);\\s*(\\d+(?:st|nd|rd|th)?\\s+(?:edition|ed\\.?|edn\\.?))$");

    static final Pattern PUBLISHER_WORD = Pattern.compile("(?iu)\\b(?:press|presses|verlag|publishers?|publishing|"
            + "books|éditions|editions|editore|editrice|edizioni|editorial|ediciones|editora|edições|forlag|förlag|wydawnictwo|"
            + "wydawnictwa|nakladatelství|kiadó|uitgeverij|издательство|изд-во)\\b");

    /** A state's or province's two-letter code: "MA", "NY", "ON". */
    private static final Pattern STATE_CODE = Pattern.compile("\\p{Lu}{2}");

    /** "Beloved. Knopf": a short title, a full stop, then the publisher's capitalised words. */
    private static final Pattern TITLE_STOP_PUBLISHER = Pattern.compile(
            "^(\\p{Lu}[^.]{0,60}?\\p{Ll}{3,})\\.\\s+(\\p{Lu}[^.]*)$");

    /** A title's last sentence when it is a few capitalised words: "… Brazilian Dilemma. South Bend". */
    private static final Pattern TITLE_THEN_PLACE = Pattern.compile("^(.{3,}?)\\.\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2}(?:\\s\\(\\p{Lu}{2}\\))?)$");

    /** Words and a year read as the date: "Meiner 2005", "Warszawa 2017". */
    private static final Pattern WORDS_BEFORE_YEAR = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,3})\\s((?:1[5-9]|20)\\d\\d)$");

    /**
     * German's and Polish's imprint, with no comma before the year: "Hamburg: Meiner 2005.", "…, Warszawa 2017.".
     * Words read into the date with the year are the publisher after the place's colon, or the place where they are
     * a known one or follow the publisher; a month or a season stays the date's.
     */
    static void wordsReadIntoDate(String text, Map<String, String> f) {
        String date = f.get("date");
        if (date == null || date.length() < 7 || !Character.isUpperCase(date.charAt(0)) || date.indexOf(' ') < 0) {
            return;
        }
        Matcher m = WORDS_BEFORE_YEAR.matcher(date);
        if (!m.matches()) {
            return;
        }
        String words = m.group(1);
        for (String word : words.split(" ")) {
            if (Dates.isMonthOrSeason(word)) {
                return;
            }
        }
        int at = text.indexOf(date);
        if (at >= 2 && text.startsWith(": ", at - 2) && !f.containsKey("publisher") && f.containsKey("publisher-place")) {
            f.put("publisher", words);
        } else if (!f.containsKey("publisher-place") && (Places.isCity(words) || Places.isPlace(words)
                || f.containsKey("publisher") && at >= 2 && text.startsWith(", ", at - 2))) { // "…, Wydawnictwo Morskie, Gdańsk 2016"
            f.put("publisher-place", words);
        } else {
            return;
        }
        f.put("date", m.group(2));
    }

    /** Whether {@code word} is one of {@link #PUBLISHER_WORD}'s: "Wydawnictwo", "Verlag", "Press". */
    private static boolean isPublisherWord(String word) {
        return PUBLISHER_WORD.matcher(word).matches();
    }

    /**
     * "Kowalski J., Porty morskie w Polsce, Wydawnictwo Naukowe PWN, Warszawa 2017.": with no publisher labelled, the
     * title's last part after a comma that a publisher's word opens or closes is the publisher.
     */
    static void publisherReadIntoTitleEnd(Map<String, String> f) {
        String title = f.get("title");
        int comma = title == null || f.containsKey("publisher") || f.containsKey("container-title") ? -1 : title.lastIndexOf(", ");
        if (comma < 3) {
            return;
        }
        String tail = title.substring(comma + 2).strip();
        int space = tail.indexOf(' ');
        if (space < 0 || tail.length() > 60) {
            return;
        }
        String first = tail.substring(0, space);
        String last = tail.substring(tail.lastIndexOf(' ') + 1);
        if (Character.isUpperCase(tail.charAt(0)) && (isPublisherWord(first) || isPublisherWord(last))) {
            f.put("title", title.substring(0, comma).strip());
            f.put("publisher", tail);
        }
    }

    /** A name of family and initials, as Polish and Czech lists print it: "Nowak J.", "Novák J. A.". */
    private static final Pattern FAMILY_THEN_INITIALS = Pattern.compile("\\p{Lu}[\\p{L}'’-]+\\s(?:\\p{Lu}\\.\\s?){1,3}");

    /**
     * "Nowak J., Porty Bałtyku, Wydawnictwo Morskie, Gdańsk 2016.": the title and the publisher read into the authors.
     * With no title, the authors' part that a publisher's word opens, and all after it, is the publisher, and the part
     * just before it the title, where every part before that is a name of family and initials.
     */
    static void titleAndPublisherReadAsAuthors(Map<String, String> f) {
        String authors = f.get("author");
        if (authors == null || f.containsKey("title") || f.containsKey("publisher") || authors.indexOf(", ") < 0) {
            return;
        }
        boolean named = false; // a cheap test first: a publisher's word after one of the commas
        for (int at = authors.indexOf(", "); at >= 0 && !named; at = authors.indexOf(", ", at + 2)) {
            int space = authors.indexOf(' ', at + 2);
            named = space > 0 && isPublisherWord(authors.substring(at + 2, space));
        }
        if (!named) {
            return;
        }
        String[] parts = authors.split(", ");
        int publisher = -1;
        for (int i = 2; i < parts.length && publisher < 0; i++) {
            int space = parts[i].indexOf(' ');
            if (space > 0 && isPublisherWord(parts[i].substring(0, space))) {
                publisher = i;
            }
        }
        if (publisher < 0) {
            return;
        }
        for (int i = 0; i < publisher - 1; i++) {
            if (!FAMILY_THEN_INITIALS.matcher(parts[i].strip()).matches()) {
                return;
            }
        }
        f.put("author", String.join(", ", Arrays.copyOfRange(parts, 0, publisher - 1)));
        f.put("title", parts[publisher - 1].strip());
        f.put("publisher", String.join(", ", Arrays.copyOfRange(parts, publisher, parts.length)).strip());
    }

    /**
     * "R Core Team (2020). R: A language and environment for statistical computing. R Foundation for Statistical
     * Computing, Vienna, Austria.": with a place, and no volume, issue, pages or publisher, a container that names an
     * organisation, and no periodical or meeting, is the publisher.
     */
    static void organisationReadAsContainer(Map<String, String> f) {
        String container = f.get("container-title");
        if (container == null || f.containsKey("publisher") || !f.containsKey("publisher-place") || f.containsKey("volume")
                || f.containsKey("issue") || f.containsKey("page") || !f.containsKey("title")) {
            return;
        }
        String lower = container.toLowerCase(Locale.ROOT);
        if (io.github.citekit.internal.extract.Names.namesOrganisation(container) && !ReferenceWords.PERIODICAL_WORD.matcher(container).find()
                && !FieldRules.isJournalName(container) && !ReferenceWords.PROCEEDINGS.matcher(lower).find()
                && !EVENT_WORD.matcher(lower).find()) {
            f.put("publisher", f.remove("container-title"));
        }
    }

    private static final Pattern EVENT_WORD = Pattern.compile("\\b(?:meet|session|seminar|colloquium|forum|summit|convention"
            + "|poster|team|record|school)"); // "meet" also begins a "Meet -ing" that a PDF broke
}
