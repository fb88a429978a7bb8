package io.github.citekit.internal.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written readings of name lists (splits, gates, organisation words) agree with the patterns they stand for. */
class NamesByHandTest {
    private static final List<String> PIECES = List.of("Smith", "J.", "and", "AND", "aNd", "et", "Et", "ET", "und", "UND", "и", "И",
            "&", ";", "/", ",", " ", "  ", "\t", "\n", "\u00a0", "Ch.", "é", "\uD835\uDC00.", "al.", "x", "Dorothy",
            "y", "e", "en", "EN", "i", "och", "og", "Y");

    private static String random(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(10);
        for (int i = 0; i < n; i++) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return b.toString();
    }

    /** Runs {@code check} on 200,000 strings of the pieces, drawn with {@code seed}. */
    private static void onRandomStrings(long seed, java.util.function.Consumer<String> check) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 200_000; trial++) {
            check.accept(random(random));
        }
    }

    @Test
    void splitsAtCommasAsThePatternDoes() {
        for (String s : List.of("", ",", ", ,", "a", "Smith, J.", " Smith , J. ,", ",a", " , a", "a,,b", "a , , b",
                "Smith, J., Lee, K.")) {
            assertArrayEquals(Names.COMMA.split(s), Names.splitAtCommas(s), "'" + s + "'");
        }
        onRandomStrings(20261126, s -> assertArrayEquals(Names.COMMA.split(s), Names.splitAtCommas(s), "'" + s + "'"));
    }

    @Test
    void splitsListsAsThePatternDoes() {
        assertArrayEquals(new String[] {"Smith, J.", "Lee, K.", "Roe, R."}, Names.splitAtListSeparators("Smith, J. and Lee, K.; Roe, R."));
        assertArrayEquals(new String[] {"Smith, J., Andrews, K."}, Names.splitAtListSeparators("Smith, J., Andrews, K."));
        // AAAI's and the Chicago manual's "; and" before the last name, and "; &"
        assertArrayEquals(new String[] {"Vander Linden, K.", "Cumming, S.", "Martin, J."},
                Names.splitAtListSeparators("Vander Linden, K.; Cumming, S.; and Martin, J."));
        assertArrayEquals(new String[] {"Hartman, Erin", "Pappas, Athina"}, Names.splitAtListSeparators("Hartman, Erin; & Pappas, Athina"));
        // the other languages' "and" after an initial's full stop: Dutch's "en", Polish's "i", Swedish's "och"
        assertArrayEquals(new String[] {"De Vries, K.", "Jansen, M."}, Names.splitAtListSeparators("De Vries, K. en Jansen, M."));
        assertArrayEquals(new String[] {"Kowalski, J.", "Nowak, A."}, Names.splitAtListSeparators("Kowalski, J. i Nowak, A."));
        // between two words it joins no names ("Ortega y Gasset"), nor before a lower-case word
        assertArrayEquals(new String[] {"Ortega y Gasset, J."}, Names.splitAtListSeparators("Ortega y Gasset, J."));
        assertArrayEquals(new String[] {"Smith, J. i nowak"}, Names.splitAtListSeparators("Smith, J. i nowak"));
        onRandomStrings(20261127,
                s -> assertArrayEquals(Names.LIST_SEPARATOR.split(s), Names.splitAtListSeparators(s), "'" + s + "'"));
    }

    @Test
    void gatesInitialsAsThePatternNeeds() {
        onRandomStrings(20261128, s -> {
            if (Names.STARTS_WITH_INITIALS.matcher(s).matches()) {
                assertEquals(true, Names.mayStartWithInitial(s), "'" + s + "'");
            }
        });
        assertFalse(Names.mayStartWithInitial("Smith"));
        assertEquals(true, Names.mayStartWithInitial("Ch. Smith"));
    }

    @Test
    void findsOrganisationWordsAsThePatternDoes() {
        List<String> pieces = List.of("World", "Bank", "BANK", "bank1", "x", "Universities", "universit", "Institut",
                "Институт", "ИНСТИТУТЫ", "центр", "Центра", "_", " ", ",", "-", "ı", "Ѐ", "҂", "\u0483", "é", "Team",
                "teams", "of", "Labs", "Laboratory", "Fund", "k", "\u212A", "Ministerium", "minist", "Amt", "amt", "Bundes",
                "Universidad", "Stiftung", "Rijksoverheid");
        Random random = new Random(20261129);
        int found = 0;
        for (int trial = 0; trial < 200_000; trial++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String s = b.toString();
            boolean expected = Names.ORGANISATION_WORD.matcher(s).find();
            found += expected ? 1 : 0;
            assertEquals(expected, Names.namesOrganisation(s), "'" + s + "'");
        }
        assertEquals(true, found > 20_000, "the strings name organisations often enough: " + found);
    }
}
