package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.report.DocumentReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Text that pdftotext wrote from a two-column paper: with {@code -layout}, its list read one column after the other;
 * plain, its entries in the order pdftotext read their blocks.
 */
class PdfLayoutTest {

    /** pdftotext -layout of src/test/resources/two-column-layout.ms, set by groff -ms and ps2pdf. */
    private static final Path PAPER = Path.of("src/test/resources/two-column-layout.txt");

    @Test
    void aTwoColumnListGivesEachEntryItsOwnFieldsAndEveryNumberItsEntry() throws Exception {
        Bibliography result = Citekit.create().processText("paper.txt", Files.readString(PAPER));
        DocumentReport report = result.report().documents().get(0);
        List<Item> items = result.items();
        assertEquals(33, items.size(), "the paper and its 32 entries");
        assertEquals(Optional.of("Port Congestion in Northern Europe: Evidence from Ten Ports"), items.get(0).title());
        for (Item entry : items.subList(1, items.size())) {
            assertTrue(entry.title().isPresent() && entry.authors().size() <= 3, entry.toString());
        }
        // the left column's last entry runs on at the head of the right column
        Item hughes = items.get(17);
        assertEquals(List.of(Name.of("Hughes", "H.")), hughes.authors());
        assertEquals(Optional.of("34-65"), hughes.get(Field.PAGE));
        // left and right columns' entries side by side on one line each keep their own imprint
        Item olsen = items.get(13);
        assertEquals(Optional.of("Geography of Shipping"), olsen.title());
        assertEquals(Optional.of("Springer"), olsen.get(Field.PUBLISHER));
        assertEquals(Optional.of("New York"), olsen.get(Field.PUBLISHER_PLACE));
        Item clark = items.get(28);
        assertEquals(ItemType.BOOK, clark.type());
        assertEquals(Optional.of("Economics of Seaports"), clark.title());
        assertEquals(Optional.of("Springer"), clark.get(Field.PUBLISHER));
        // its line numbers are not the file's, and the report says so
        assertEquals(List.of("document: 2 pages set in columns side by side read column by column; line numbers count the"
                + " lines as read"), report.warnings());
        String links = TestSupport.links(report);
        assertTrue(links.startsWith("[1]->[0] [2]->[1] [7]->[6] [5]->[4] [11]->[10] [1]->[0] [5]->[4] [2]->[1] [7]->[6]"
                + " [8]->[7]"), links);
        assertTrue(links.endsWith("[10]->[9] [12]->[11] [20]->[19] [31]->[30]"), links);
    }

    /** pdftotext's plain text of the same paper. */
    private static final Path PLAIN = Path.of("src/test/resources/two-column-plain.txt");

    @Test
    void theSamePaperInPdftotextsPlainReadingOrder() throws Exception {
        // pdftotext reads the two columns' blocks in turn, "[18] J. Jensen …", "[1]" set apart over "A. Smith …",
        // "[19] I. Irving …": the list is numbered out of order, and [17] stands before its heading, in the body
        Bibliography result = Citekit.create().processText("paper.txt", Files.readString(PLAIN));
        List<String> entries = result.items().stream().flatMap(i -> i.sources().stream())
                .filter(s -> s.kind() == io.github.citekit.model.SourceKind.REFERENCE)
                .sorted(java.util.Comparator.comparingInt(io.github.citekit.model.Source::index))
                .map(io.github.citekit.model.Source::text).toList();
        assertEquals(31, entries.size(), String.join("\n", entries));
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 32).filter(n -> n != 17).boxed().toList(),
                entries.stream().map(e -> Integer.parseInt(e.substring(1, e.indexOf(']')))).sorted().toList());
        assertTrue(entries.contains("[1] A. Smith and B. Jones, \"Port congestion and ship waiting times,\" Maritime Policy &"
                + " Management, vol. 41, no. 3, pp. 245–260, 2014."), String.join("\n", entries));
        String links = TestSupport.links(result.report().documents().get(0));
        assertTrue(links.startsWith("[1]->[1] [2]->[3] [7]->[11] [5]->[9]"), links);
    }
}
