package io.github.citekit.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationKeysTest {

    private static Item item(Name author, int year, String title) {
        Item.Builder b = Item.builder(ItemType.BOOK).set(Field.TITLE, title);
        if (author != null) {
            b.addName(NameRole.AUTHOR, author);
        }
        if (year > 0) {
            b.issued(DateParts.ofYear(year));
        }
        return b.build();
    }

    @Test
    void familyYearFirstSignificantWord() {
        assertEquals("ismayilov2019azerbaijan", CitationKeys.base(item(Name.of("Ismayilov", "Murad"), 2019, "Azerbaijan and Russia")));
        assertEquals("gray1999geopolitics", CitationKeys.base(item(Name.of("Gray", "Colin S."), 1999, "The Geopolitics")));
        assertEquals("deroever2000world", CitationKeys.base(item(Name.of("de Roever", "W.-P."), 2000, "A World Reformed?")));
    }

    @Test
    void cyrillicIsTransliterated() {
        assertEquals("dugin2012teoria", CitationKeys.base(item(Name.of("Дугин", "А. Г."), 2012, "Теория многополярного мира")));
        assertEquals("lukanovicgeopolitika", CitationKeys.base(item(Name.of("Лукьянович", "Н. В."), 0, "Геополитика")));
    }

    @Test
    void organisationsAndMissingAuthors() {
        assertEquals("stratfor2016russias", CitationKeys.base(item(Name.literal("Stratfor"), 2016, "Russia’s evolving role")));
        assertEquals("geopoliticalanalysis", CitationKeys.base(item(null, 0, "Geopolitical analysis of the relations")));
    }

    @Test
    void duplicatesGetSuffixesInOrder() {
        Item a = item(Name.of("Smith", "J."), 2010, "Growth");
        List<Item> keyed = CitationKeys.assign(List.of(a, a, item(Name.of("Jones", "K."), 2011, "Trade"), a));
        assertEquals(List.of("smith2010growtha", "smith2010growthb", "jones2011trade", "smith2010growthc"),
                keyed.stream().map(i -> i.citationKey().orElseThrow()).toList());
    }

    @Test
    void asciiFormAgreesWithTheTransliteratorAndPatternsItStandsFor() {
        com.ibm.icu.text.Transliterator toAscii = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        List<String> pieces = List.of("Russia", "'s", "’", "`", " ", "  ", "-", "Дугин", "Čapek", "ß", "2019", ".", ",",
                "ÆON", "İstanbul", "\t", "北京", "x", "A", "—", "ǅ");
        java.util.Random random = new java.util.Random(20261126);
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.toString();
            String expected = toAscii.transliterate(text).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", " ").strip();
            assertEquals(expected, CitationKeys.ascii(text), "'" + text + "'");
        }
    }
}
