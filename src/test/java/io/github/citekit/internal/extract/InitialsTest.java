package io.github.citekit.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass test for initials agrees with the regular expression it replaces. */
class InitialsTest {

    @Test
    void readsInitialsAsTheRegexDoes() {
        for (String s : List.of("J.", "J. P.", "J.-P.", "Ch.", "M", "HJ", "J P", "A. B. C. D.", "A. B. C. D. E.",
                "Jo", "J.P", "Дж.", "А. Г.", "J. Smith", "", " J.", "J. ", "J.-", "-J.", "J.\n", "J\u2028")) {
            assertEquals(Names.ONLY_INITIALS.matcher(s).matches(), Names.onlyInitials(s), "'" + s + "'");
        }
        assertTrue(Names.onlyInitials("J.-P."));
        assertTrue(Names.onlyInitials("Ch."));
        assertFalse(Names.onlyInitials("Ji"));
        assertFalse(Names.onlyInitials("A. B. C. D. E."));
    }

    @Test
    void agreesWithTheRegexOnRandomStrings() {
        char[] alphabet = {'J', 'P', 'h', 'o', '.', '-', ' ', '\t', 'Д', 'ж', 'x', 'Ⅰ', '\n', ','};
        Random random = new Random(20261125);
        for (int trial = 0; trial < 200_000; trial++) {
            char[] s = new char[random.nextInt(12)];
            for (int i = 0; i < s.length; i++) {
                s[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(s);
            assertEquals(Names.ONLY_INITIALS.matcher(text).matches(), Names.onlyInitials(text), "'" + text + "'");
        }
    }
}
