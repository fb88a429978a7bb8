package io.github.citekit.internal.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
            Set<String> names = new HashSet<>();
            try (InputStream in = GivenNames.class.getResourceAsStream("given-names.txt")) {
                if (in == null) {
                    throw new IllegalStateException("given-names.txt missing from the citekit jar");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        names.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(names);
        }
    }
}
