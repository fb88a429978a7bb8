package io.github.citekit.internal.extract;

import io.github.citekit.internal.ResourceLines;
import java.util.Set;

/**
 * Common given names (about 5,300, in six Western European languages; the resource {@code given-names.txt}
 * names its source). Used where only knowing a first name tells a person from a phrase: "Geoffrey Sloan"
 * against "Peasant Russia".
 */
public final class GivenNames {
    private GivenNames() {
    }

    /** Whether {@code word}, as written ("Geoffrey"), is a common given name. */
    public static boolean contains(String word) {
        return Loaded.NAMES.contains(word);
    }

    /** Read on first use only. */
    private static final class Loaded {
        static final Set<String> NAMES = load();

        private static Set<String> load() {
            return Set.copyOf(ResourceLines.of(GivenNames.class, "given-names.txt"));
        }
    }
}
