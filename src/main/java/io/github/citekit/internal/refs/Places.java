package io.github.citekit.internal.refs;

import io.github.citekit.internal.ResourceLines;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Places that imprints name: publishing cities (the resource {@code publishing-places.txt}), the world's countries
 * (in English, from the JDK's locale data, and as imprints shorten them: "USA", "UK", "PR China"), US states and
 * Canadian provinces (by name, postal code and old abbreviation: "Calif.", "Mass.", "D.C."). A rule asks whether a
 * part of an imprint is a place, to tell "Dover, New York" (publisher, place) from "Cambridge, MA" (two places).
 */
final class Places {
    private static final String[] REGIONS = {
        "alabama", "al", "ala", "alaska", "ak", "arizona", "az", "ariz", "arkansas", "ar", "ark", "california", "ca", "calif",
        "colorado", "co", "colo", "connecticut", "ct", "conn", "delaware", "de", "del", "florida", "fl", "fla", "georgia", "ga",
        "hawaii", "hi", "idaho", "id", "illinois", "il", "ill", "indiana", "in", "ind", "iowa", "ia", "kansas", "ks", "kan",
        "kentucky", "ky", "louisiana", "la", "maine", "me", "maryland", "md", "massachusetts", "ma", "mass", "michigan", "mi",
        "mich", "minnesota", "mn", "minn", "mississippi", "ms", "miss", "missouri", "mo", "montana", "mt", "mont", "nebraska",
        "ne", "neb", "nevada", "nv", "nev", "new hampshire", "nh", "new jersey", "nj", "new mexico", "nm", "new york", "ny",
        "north carolina", "nc", "north dakota", "nd", "ohio", "oh", "oklahoma", "ok", "okla", "oregon", "or", "ore",
        "pennsylvania", "pa", "penn", "rhode island", "ri", "south carolina", "sc", "south dakota", "sd", "tennessee", "tn",
        "tenn", "texas", "tx", "tex", "utah", "ut", "vermont", "vt", "virginia", "va", "washington", "wa", "wash",
        "west virginia", "wv", "wisconsin", "wi", "wis", "wyoming", "wy", "wyo", "dc", "district of columbia",
        "alberta", "ab", "british columbia", "bc", "manitoba", "mb", "new brunswick", "nb", "newfoundland", "nl",
        "nova scotia", "ns", "ontario", "on", "ont", "prince edward island", "pe", "quebec", "québec", "qc", "saskatchewan", "sk",
        "usa", "us", "united states of america", "uk", "england", "scotland", "wales", "northern ireland", "great britain",
        "holland", "the netherlands", "netherlands", "korea", "south korea", "republic of korea", "pr china", "prc",
        "p r china", "roc", "russia", "ussr", "czech republic", "deutschland", "italia", "españa", "schweiz", "suisse",
        "österreich", "nederland", "sverige", "norge", "danmark", "suomi", "polska", "brasil", "méxico",
        "new south wales", "nsw", "victoria", "queensland", "qld", "tasmania", "western australia",
        "bavaria", "bayern", "baden-württemberg", "hesse", "hessen", "saxony", "sachsen", "north rhine-westphalia",
        "anhui", "fujian", "gansu", "guangdong", "guangxi", "guizhou", "hainan", "hebei", "heilongjiang", "henan", "hubei",
        "hunan", "jiangsu", "jiangxi", "jilin", "liaoning", "qinghai", "shaanxi", "shandong", "shanxi", "sichuan",
        "yunnan", "zhejiang", "xinjiang", "tibet", "inner mongolia", "ningxia"};

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> CITIES = cities();
    private static final Set<String> COUNTRIES = countries();
    private static final Set<String> NAMES = all();
    /** The one-word countries and regions of six letters or more, for {@link #isMisspeltRegion}. */
    private static final List<String> REGION_WORDS = NAMES.stream()
            .filter(n -> n.length() >= 6 && n.indexOf(' ') < 0 && !CITIES.contains(n)).sorted().toList();

    private Places() {
    }

    /** Whether {@code part}, the whole of it, is a place of this list ("New York", "N.Y.", "The Netherlands", "D. C."). */
    static boolean isPlace(String part) {
        return NAMES.contains(key(part));
    }

    /**
     * Whether {@code word} is one word a letter away from a country's or region's name of six letters or more:
     * "Swizerland", "Beligium", "Polland", as typed in references. (Two letters away would take in publishers:
     * "Gedisa" is two from "Georgia".)
     */
    static boolean isMisspeltRegion(String word) {
        String k = key(word);
        if (k.length() < 6 || k.indexOf(' ') >= 0) {
            return false;
        }
        for (String name : REGION_WORDS) {
            if (Math.abs(name.length() - k.length()) <= 1 && DISTANCE.apply(name, k) == 1) {
                return true;
            }
        }
        return false;
    }

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    /** Whether {@code part}, the whole of it, is a country ("Switzerland", "U.S.A.", "UK"), not a state or province. */
    static boolean isCountry(String part) {
        return COUNTRIES.contains(key(part));
    }

    /** Whether {@code part}, the whole of it, is a publishing city of the resource list ("New York", "München"). */
    static boolean isCity(String part) {
        return CITIES.contains(key(part));
    }

    /**
     * Lower-cased, full stops as spaces, spaces single, and letters standing alone joined: "D. C.", "D.C" and "DC"
     * all give "dc", "U.S.A." gives "usa", "St. Louis" gives "st louis".
     */
    private static String key(String part) {
        String[] words = SPACES.split(part.toLowerCase(Locale.ROOT).replace('.', ' ').trim());
        boolean letters = words.length > 1;
        for (String w : words) {
            letters &= w.length() == 1;
        }
        return String.join(letters ? "" : " ", words);
    }

    private static Set<String> all() {
        Set<String> names = new HashSet<>(CITIES);
        names.addAll(COUNTRIES);
        for (String region : REGIONS) {
            names.add(key(region));
        }
        return Set.copyOf(names);
    }

    private static Set<String> countries() {
        Set<String> names = new HashSet<>();
        for (String country : Locale.getISOCountries()) {
            names.add(key(new Locale("", country).getDisplayCountry(Locale.ENGLISH)));
        }
        for (String shortName : List.of("USA", "UK", "England", "Scotland", "Wales", "Russia", "Korea", "The Netherlands")) {
            names.add(key(shortName));
        }
        return Set.copyOf(names);
    }

    private static Set<String> cities() {
        Set<String> names = new HashSet<>();
        for (String city : ResourceLines.of(Places.class, "publishing-places.txt")) {
            names.add(key(city));
        }
        return Set.copyOf(names);
    }
}
