package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.report.DocumentReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blog post's text as three programs write it from its HTML (src/test/resources/web-post.html): {@code lynx -dump}
 * (2.9.0), {@code w3m -dump} (0.5.3) and {@code pandoc -t plain} (2.17). Each gives the post's three references and
 * its three citations, one of them broken over two lines.
 */
class WebPageTextTest {

    private static final List<String> ENTRIES = List.of(
            "Smith, A. and Jones, B. (2014). Port congestion and ship waiting times. Maritime Policy & Management, 41(3),"
                    + " 245–260. https://doi.org/10.1080/03088839.2014.123456",
            "Brown, C. (2015). Container Terminals and the Arctic. London: Routledge.",
            "Lee, K. (2018). Insuring the ice. Arctic Review, 9, 1–20.");

    private static Bibliography read(String resource) throws Exception {
        return Citekit.create().processText(resource, Files.readString(Path.of("src/test/resources", resource)));
    }

    @Test
    void lynxsLinkMarksAndItsListOfLinksAreNeitherCitationsNorReferences() throws Exception {
        // lynx glues "[5]" to each link's text and lists the page's links at the end under "References": read as they
        // were, the ten links (file:///about, file:///privacy, …) became records, and each mark a citation of one
        Bibliography b = read("web-post.lynx.txt");
        assertEquals(ENTRIES, TestSupport.entries(b));
        DocumentReport r = b.report().documents().get(0);
        assertEquals("(Smith and Jones 2014)->[0] (Lee 2018)->[2] Brown (2015)->[1]", TestSupport.links(r));
        assertTrue(r.unresolved().isEmpty(), r.unresolved().toString());
    }

    @Test
    void w3mAndPandocTextsGiveTheSameReferencesAndCitations() throws Exception {
        for (String resource : List.of("web-post.w3m.txt", "web-post.pandoc.txt")) {
            Bibliography b = read(resource);
            assertEquals(ENTRIES, TestSupport.entries(b), resource);
            // pandoc wraps "As Brown" + "(2015) shows": the narrative citation is read across the line break
            assertEquals("(Smith and Jones 2014)->[0] (Lee 2018)->[2] Brown (2015)->[1]",
                    TestSupport.links(b.report().documents().get(0)), resource);
        }
    }

    @Test
    void aListOfLinksCitedByNumbersThatAreNotGluedToWordsIsTheDocumentsOwn() {
        // a post's own sources, each a bare link, cited "[1]" and "[2]": no lynx here, both are references
        String text = "Ports and Power\nAnna Karlsson\n\nShipping grew [1], and insurers were cautious [2].\n\nReferences\n\n"
                + "1. https://example.org/shipping-report\n2. https://example.com/insurers\n";
        DocumentReport r = TestSupport.report("post.txt", text);
        assertEquals(2, r.references());
        assertEquals("[1]->[0] [2]->[1]", TestSupport.links(r));
    }
}
