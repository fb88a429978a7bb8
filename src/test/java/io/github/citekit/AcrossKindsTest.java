package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.Item;
import io.github.citekit.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records of one work found in different places of a corpus become one record listing every source. */
class AcrossKindsTest {

    @Test
    void aCitedCorpusArticleAndAReferenceCitedTwiceMerge(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("a.txt"), """
                Ports and Shipping in the Caucasus
                By Karen Jones, Caspian Institute, Baku

                DOI: 10.5555/ports.2011

                Abstract
                This article studies ports and shipping routes in the Caucasus region.

                The body of the article follows here.
                """);
        Files.writeString(corpus.resolve("b.txt"), """
                Small States and Trade

                Trade matters for small states [1], and so do ports [2].

                References

                1. Smith, J. (2010). Trade and growth in small states. Journal of Economic Studies, 45(4), 612-620.
                2. Jones, K. (2011). Ports and shipping in the Caucasus. Caspian Review, 3(2), 10-25. https://doi.org/10.5555/ports.2011
                """);
        Files.writeString(corpus.resolve("c.txt"), """
                Growth Without Borders

                As argued before (Smith 2010), growth follows trade.

                Bibliography

                - J. Smith, "Trade and Growth in Small States," Journal of Economic Studies 45:4 (2010), 612–20.
                """);
        Bibliography bib = Citekit.create().processDirectory(corpus);
        Item ports = bib.items().stream().filter(i -> i.title().orElse("").startsWith("Ports")).findFirst().orElseThrow();
        assertEquals(List.of(SourceKind.ARTICLE, SourceKind.REFERENCE), ports.sources().stream().map(s -> s.kind()).toList());
        assertEquals("10.5555/ports.2011", ports.doi().orElseThrow());
        assertEquals(List.of("Caspian Institute, Baku"), ports.affiliations());
        Item smith = bib.items().stream().filter(i -> i.title().orElse("").toLowerCase().startsWith("trade and growth"))
                .findFirst().orElseThrow();
        assertEquals(List.of("b.txt", "c.txt"), smith.sources().stream().map(s -> s.document()).toList());
        assertEquals(2, bib.report().merges().size());
        assertTrue(bib.items().stream().filter(i -> i.title().orElse("").toLowerCase().startsWith("trade and growth")).count() == 1);
    }

    @Test
    void aRussianWorkCitedInCyrillicAndInTransliterationIsOneRecord(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("a.txt"), """
                Ports One

                Anna Petrova
                Tallinn University

                Abstract
                Text [1].

                References

                1. Дугин А. Г. Основы геополитики. М. : Арктогея, 1997. 608 с.
                """);
        Files.writeString(corpus.resolve("b.txt"), """
                Ports Two

                John Smith
                Oxford University

                Abstract
                Text (Dugin 1997).

                References

                Dugin, A. G. (1997). Osnovy geopolitiki [Foundations of geopolitics]. Moscow: Arktogeya.
                """);
        Bibliography bib = Citekit.create().processDirectory(corpus);
        List<Item> dugin = bib.items().stream().filter(i -> !i.authors().isEmpty()
                && List.of("Дугин", "Dugin").contains(i.authors().get(0).family())).toList();
        assertEquals(1, dugin.size(), "one work in two scripts");
        assertEquals(2, dugin.get(0).sources().size());
        assertEquals(1, bib.report().merges().size());
    }
}
