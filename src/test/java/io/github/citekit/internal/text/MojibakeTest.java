package io.github.citekit.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.citekit.Citekit;
import io.github.citekit.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UTF-8 once read as Windows-1252 is read again; correct text is left as it is. */
class MojibakeTest {

    @Test
    void misDecodedRunsAreReadAgain() {
        assertEquals("Mönkemöller H, Kühne Ä", Mojibake.repair("MÃ¶nkemÃ¶ller H, KÃ¼hne Ã„"));
        assertEquals("interleukin-1β and TNF-α", Mojibake.repair("interleukin-1Î² and TNF-Î±"));
        assertEquals("“Harbours” – a review", Mojibake.repair("â€œHarboursâ€\u009d â€“ a review"));
        assertEquals("Гавань", Mojibake.repair("Ð“Ð°Ð²Ð°Ð½ÑŒ"));
        // correct letters beside a mis-decoded run stay as they are
        assertEquals("Schäfer A, Schühlen H", Mojibake.repair("Schäfer A, SchÃ¼hlen H"));
    }

    @Test
    void correctTextIsLeftAlone() {
        for (String text : List.of("SÃO PAULO", "ANDRÉ’S HARBOUR", "café, naïve, Åström", "Ölçer–Güneş", "plain ASCII", "")) {
            assertSame(text, Mojibake.repair(text), text);
        }
    }

    @Test
    void aRecordIsRepairedAndItsSourceKeepsTheTextAsGiven() {
        String raw = "KÃ¶hler P, Mensah K. Role of interleukin-1Î² in harbour workers' asthma. Thorax 2001; 56:12-18.";
        Item item = Citekit.create().parseReferences("refs.txt", List.of(raw)).get(0);
        assertEquals("Role of interleukin-1β in harbour workers' asthma", item.title().orElse(""));
        assertEquals("Köhler", item.authors().get(0).family());
        assertEquals(raw, item.sources().get(0).text());
    }
    @Test
    void aDocumentIsReadAsItWasWritten() {
        var bib = Citekit.create().processText("doc.txt", """
                Harbour Workers and the Sea Air: a Study from MÃ¼nster

                Jana KÃ¶hler

                Abstract
                We study the harbour.

                References
                MÃ¼ller, A. (2001). Ports and lungs. Thorax, 56, 12-18.
                """);
        assertEquals(List.of("Harbour Workers and the Sea Air: a Study from Münster", "Ports and lungs"),
                bib.items().stream().map(i -> i.title().orElse("")).toList());
        assertEquals("Müller", bib.items().get(1).authors().get(0).family());
    }
}
