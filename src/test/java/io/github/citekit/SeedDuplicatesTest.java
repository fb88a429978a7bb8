package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.Source;
import io.github.citekit.model.SourceKind;
import io.github.citekit.report.Conflict;
import io.github.citekit.report.Merge;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code duplicates}, {@code doi_reasoning} and {@code inferred_from_sibling} expectations. */
class SeedDuplicatesTest {
    private static final String ISSUE = "000_ec74cd6972789231.txt";
    private static final String COVER = "002_b3e65fba253a0029.txt";
    private static Bibliography bib;

    @BeforeAll
    static void run() {
        bib = Citekit.create().processDirectory(TestSupport.CORPUS);
    }

    private static Item article(String document, int index) {
        return bib.items().stream().filter(i -> i.sources().stream().anyMatch(s -> s.kind() == SourceKind.ARTICLE
                && s.document().equals(document) && s.index() == index)).findFirst().orElseThrow();
    }

    @Test
    void theIsmayilovArticleIsOneRecordWithTheCoverPagesDoi() {
        Item merged = article(ISSUE, 1);
        assertEquals(merged, article(COVER, 0));
        assertEquals(Optional.of("10.3929/ethz-b-000334381"), merged.doi());
        assertEquals(List.of("10.3929/ethz-b-000328891"), merged.alternativeDois());
        assertEquals(Optional.of("Caucasus Analytical Digest"), merged.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("109"), merged.get(Field.VOLUME));
        assertEquals(Optional.of("5-10"), merged.get(Field.PAGE));
        assertEquals(2019, merged.issued().orElseThrow().year());
        assertEquals(List.of(Source.article(ISSUE, 1), Source.article(COVER, 0)), merged.sources());
        assertEquals("ismayilov2019azerbaijan", merged.citationKey().orElseThrow());
    }

    @Test
    void iskandaryanKeepsTheSharedDoi() {
        assertEquals(Optional.of("10.3929/ethz-b-000328891"), article(ISSUE, 0).doi());
    }

    @Test
    void exactlyOneMergeWithTheDoiConflictReported() {
        List<Merge> merges = bib.report().merges();
        assertEquals(1, merges.size());
        assertEquals(List.of(ISSUE + "#article/1", COVER + "#article/0"), merges.get(0).members());
        Conflict doi = merges.get(0).conflicts().stream().filter(c -> c.field().equals("DOI")).findFirst().orElseThrow();
        assertEquals("10.3929/ethz-b-000334381", doi.chosen());
        assertTrue(doi.reason().contains("10.3929/ethz-b-000328891 is printed under several articles"), doi.reason());
        assertEquals(21, bib.items().size(), "7 articles + 15 references - 1 duplicate");
    }

    @Test
    void siblingArticlesInheritTheIssueMarkedAsInferred() {
        for (int index : new int[] {0, 2}) {
            Item sibling = article(ISSUE, index);
            assertEquals(Optional.of("Caucasus Analytical Digest"), sibling.get(Field.CONTAINER_TITLE), "article " + index);
            assertEquals(Optional.of("109"), sibling.get(Field.VOLUME));
            assertEquals(2019, sibling.issued().orElseThrow().year());
            assertEquals(Optional.empty(), sibling.get(Field.PAGE), "pages are the article's own");
            Source inferred = sibling.sources().get(sibling.sources().size() - 1);
            assertEquals(SourceKind.INFERRED, inferred.kind());
            assertEquals(ISSUE, inferred.document());
            assertEquals(1, inferred.index(), "inferred from the identified sibling, article 1");
            assertEquals(List.of("container-title", "volume", "issued"), inferred.fields());
        }
    }

    @Test
    void optionsTurnMergingAndInferenceOff() {
        Bibliography plain = Citekit.create(Options.builder().dedupe(false).inferFromSiblings(false).build())
                .processDirectory(TestSupport.CORPUS);
        assertEquals(22, plain.items().size());
        assertTrue(plain.report().merges().isEmpty());
        Bibliography noSiblings = Citekit.create(Options.builder().inferFromSiblings(false).build())
                .processDirectory(TestSupport.CORPUS);
        assertEquals(21, noSiblings.items().size());
        assertTrue(noSiblings.items().get(0).get(Field.CONTAINER_TITLE).isEmpty());
    }
}
