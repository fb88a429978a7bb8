package io.github.citekit.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cross-validation folds keep a string and its copies in other files together. */
class FoldsTest {
    private static LabelledReference item(String id, String raw) {
        return new LabelledReference(id, raw, "en", Map.of(), Map.of());
    }

    @Test
    void copiesOfOneStringShareAFold() {
        // the CORA strings are in cora.jsonl, anystyle-core.jsonl and grobid-train.jsonl, with PDF spacing
        // in GROBID's copy
        String cora = "A. Smith. Learning to parse. Machine Learning, 3:1-20, 1990.";
        String grobid = "A .Smith .Learning to parse .Machine Learning ,3 :1 -20 ,1990 .";
        for (int folds : new int[] {3, 5, 10}) {
            assertEquals(ReferenceEvaluation.fold(item("cora-7", cora), folds),
                    ReferenceEvaluation.fold(item("grobid-train-4512", grobid), folds));
        }
        assertEquals(ReferenceEvaluation.fold(item("a", "Пушкин А. С., 1990."), 5), ReferenceEvaluation.fold(item("b", "ПУШКИН А.С. 1990"), 5));
    }

    @Test
    void differentStringsSpreadOverAllFolds() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(ReferenceEvaluation.fold(item("x-" + i, "Author " + i + ". Title " + i + ". 2001."), 5));
        }
        assertEquals(Set.of(0, 1, 2, 3, 4), seen);
    }
}
