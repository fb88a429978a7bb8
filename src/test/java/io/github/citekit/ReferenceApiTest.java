package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parsing reference strings, merging duplicates and making keys through the facade, as embedders do. */
class ReferenceApiTest {
    private static final Citekit CITEKIT = Citekit.create();
    private static final String FAHLMAN = "Fahlman, S. E. and Lebiere, C. (1990). The cascade-correlation "
            + "learning architecture. NIPS 2, 524-532.";
    private static final String KIBLER = "Kibler, D. and Langley, P. (1988). Machine learning as an experimental "
            + "science. EWSL, 81-92.";
    private static final String FAHLMAN_AGAIN = "S. E. Fahlman and C. Lebiere. The Cascade-Correlation Learning "
            + "Architecture. NIPS 2, pp. 524-532, 1990.";

    @Test
    void decomposedAccentsAreComposedAndTheProvenanceKeepsTheStringAsGiven() {
        String decomposed = "Le\u0301vy, J. (2018). Les routes de la socie\u0301te\u0301 arctique. Paris: Presses de Sciences Po.";
        Item book = CITEKIT.parseReference(decomposed);
        assertEquals(Optional.of("Les routes de la société arctique"), book.title());
        assertEquals(List.of(Name.of("Lévy", "J.")), book.authors());
        assertEquals(decomposed, book.sources().get(0).text());
    }

    @Test
    void parsesEachStringIntoOneRecordInOrder() {
        List<Item> items = CITEKIT.parseReferences("list.txt", List.of(
                "Дугин А.Г. Основы геополитики. М. : Арктогея, 1997. 608 с.",
                "   ",
                "Winnerstig, M. 2000: “A World Reformed?”\n(Stockholm: Stockholm University)."));
        assertEquals(3, items.size());

        Item dugin = items.get(0);
        assertEquals(ItemType.BOOK, dugin.type());
        assertEquals(List.of(Name.of("Дугин", "А. Г.")), dugin.authors());
        assertEquals(Optional.of("Москва"), dugin.get(Field.PUBLISHER_PLACE));
        assertEquals(Optional.of("608"), dugin.get(Field.NUMBER_OF_PAGES));
        assertEquals(Optional.of("dugin1997osnovy"), dugin.citationKey());
        assertEquals(List.of(Source.reference("list.txt", 0, "Дугин А.Г. Основы геополитики. М. : Арктогея, 1997. 608 с.")),
                dugin.sources());

        Item blank = items.get(1);
        assertEquals(ItemType.DOCUMENT, blank.type());
        assertTrue(blank.fields().isEmpty());
        assertEquals(List.of("empty line: no reference to parse"), blank.warnings());

        // the line break inside the string reads as a space: the place and publisher after it are found
        Item winnerstig = items.get(2);
        assertEquals(Optional.of("A World Reformed?"), winnerstig.title());
        assertEquals(Optional.of("Stockholm"), winnerstig.get(Field.PUBLISHER_PLACE));
        assertEquals(Optional.of("Stockholm University"), winnerstig.get(Field.PUBLISHER));
        assertEquals(2, items.get(2).sources().get(0).index());
    }

    @Test
    void oneStringIsParsedAsTheFirstOfAList() {
        Item item = CITEKIT.parseReference(KIBLER);
        assertEquals(List.of(Name.of("Kibler", "D."), Name.of("Langley", "P.")), item.authors());
        assertEquals(Optional.of("Machine learning as an experimental science"), item.title());
        assertEquals(Optional.of("81-92"), item.get(Field.PAGE));
        assertEquals(Optional.of("kibler1988machine"), item.citationKey());
    }

    @Test
    void keysAreUniqueAmongTheStrings() {
        List<Item> items = CITEKIT.parseReferences("list.txt", List.of(FAHLMAN, KIBLER, FAHLMAN_AGAIN));
        assertEquals(List.of("fahlman1990cascadea", "kibler1988machine", "fahlman1990cascadeb"),
                items.stream().map(i -> i.citationKey().orElseThrow()).toList());
    }

    @Test
    void duplicatesAreMergedWhereTheirFirstMemberStood() {
        List<Item> items = CITEKIT.parseReferences("list.txt", List.of(FAHLMAN, KIBLER, FAHLMAN_AGAIN));
        Deduplication d = CITEKIT.deduplicate(items);
        assertEquals(List.of(List.of(0, 2)), d.clusters());
        assertEquals(2, d.items().size());
        Item merged = d.items().get(0);
        assertEquals(List.of("list.txt#reference/0", "list.txt#reference/2"),
                merged.sources().stream().map(Source::label).toList());
        assertEquals(Optional.of("524-532"), merged.get(Field.PAGE));
        assertEquals(Optional.of("fahlman1990cascadea"), merged.citationKey());
        assertEquals(items.get(1), d.items().get(1));

        // keys made again for the merged list drop the letters that the duplicate had called for
        assertEquals(List.of("fahlman1990cascade", "kibler1988machine"),
                CITEKIT.assignCitationKeys(d.items()).stream().map(i -> i.citationKey().orElseThrow()).toList());
    }

    @Test
    void recordsOfDifferentWorksStayApart() {
        Deduplication d = CITEKIT.deduplicate(CITEKIT.parseReferences("list.txt", List.of(FAHLMAN, KIBLER)));
        assertEquals(List.of(), d.clusters());
        assertEquals(2, d.items().size());
    }

    @Test
    void noNullIsTakenForAReference() {
        java.util.List<String> withNull = new java.util.ArrayList<>(List.of(KIBLER));
        withNull.add(null);
        NullPointerException e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> CITEKIT.parseReferences("list.txt", withNull));
        assertEquals("references[1] is null", e.getMessage());
    }
}
