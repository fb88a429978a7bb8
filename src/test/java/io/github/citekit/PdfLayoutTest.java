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

/** Text that {@code pdftotext -layout} wrote from a two-column paper: its list read one column after the other. */
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
}
