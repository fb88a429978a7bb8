package io.github.citekit.internal.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decoding that skips hopeless previous labels finds exactly the path of a textbook Viterbi. */
class ViterbiTest {

    /** Textbook Viterbi over all label pairs, with back pointers; ties to the lowest label id. */
    private static List<String> textbook(List<String> labels, float[][] transition, float[][] score) {
        int n = score.length;
        int l = labels.size();
        float[][] delta = new float[n][l];
        int[][] back = new int[n][l];
        delta[0] = score[0].clone();
        for (int i = 1; i < n; i++) {
            for (int cur = 0; cur < l; cur++) {
                float best = Float.NEGATIVE_INFINITY;
                for (int prev = 0; prev < l; prev++) {
                    float v = delta[i - 1][prev] + transition[prev][cur];
                    if (v > best) {
                        best = v;
                        back[i][cur] = prev;
                    }
                }
                delta[i][cur] = best + score[i][cur];
            }
        }
        int arg = 0;
        for (int k = 1; k < l; k++) {
            if (delta[n - 1][k] > delta[n - 1][arg]) {
                arg = k;
            }
        }
        String[] path = new String[n];
        for (int i = n - 1; i >= 0; i--) {
            path[i] = labels.get(arg);
            arg = back[i][arg];
        }
        return List.of(path);
    }

    @Test
    void skippingHopelessLabelsChangesNoPath() {
        Random random = new Random(20261125);
        int differentFromGreedy = 0;
        for (int trial = 0; trial < 2000; trial++) {
            int l = 2 + random.nextInt(20);
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < l; k++) {
                labels.add("L" + k);
            }
            float spread = trial % 2 == 0 ? 1f : 8f; // weak and confident labellers
            float[][] transition = new float[l][l];
            for (float[] row : transition) {
                for (int c = 0; c < l; c++) {
                    row[c] = (float) random.nextGaussian() * 3f;
                }
            }
            CrfModel model = new CrfModel(labels, new float[l], transition, Map.of());
            float[][] score = new float[1 + random.nextInt(40)][l];
            for (float[] row : score) {
                for (int c = 0; c < l; c++) {
                    row[c] = (float) random.nextGaussian() * spread;
                }
            }
            List<String> expected = textbook(labels, transition, score);
            assertEquals(expected, model.viterbi(score), "trial " + trial);
            for (int i = 0; i < score.length; i++) {
                int argmax = 0;
                for (int c = 1; c < l; c++) {
                    if (score[i][c] > score[i][argmax]) {
                        argmax = c;
                    }
                }
                if (!expected.get(i).equals(labels.get(argmax))) {
                    differentFromGreedy++;
                    break;
                }
            }
        }
        // the transitions matter in these trials, so the comparison is not between two greedy decoders
        assertTrue(differentFromGreedy > 500, "paths that differ from per-token argmax: " + differentFromGreedy);
    }
}
