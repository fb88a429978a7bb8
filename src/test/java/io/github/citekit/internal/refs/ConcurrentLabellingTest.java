package io.github.citekit.internal.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The labeller's caches are shared without locks: threads filling them at once label as one thread does. */
class ConcurrentLabellingTest {
    private static final List<String> REFERENCES = List.of(
            "Smith, J. (2010). The state of the art. Journal of Arts, 5(2), 1-10.",
            "Brown, A., & Lee, K. (2019). Ports and shipping. In M. Gray (Ed.), Handbook of trade (pp. 45–67). London: Verso.",
            "Дугин А. Г. Основы геополитики. М. : Арктогея, 1997. 608 с.",
            "Mackinder, H.J. The Geographical Pivot of History. The Geographical Journal 23, no. 4 (1904): 421–437.",
            "World Bank. 2020. Poverty and Shared Prosperity 2020. Washington, DC: World Bank. https://doi.org/10.1596/978-1-4648-1602-4",
            "[3] K. Toutanova, BERT: Pre-training of deep bidirectional transformers, arXiv:1810.04805, 2018.",
            "Gray CS, Sloan G. Geopolitics, geography and strategy. Frank Cass Publishers; 1999.");

    @Test
    void threadsFillingFreshCachesLabelAsOneThreadDoes() throws Exception {
        CrfModel sequential = fresh();
        List<List<String>> expected = new ArrayList<>();
        for (String reference : REFERENCES) {
            expected.add(sequential.labelTokens(Tokenizer.tokenize(reference)));
        }
        CrfModel shared = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    List<List<String>> got = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        for (int k = 0; k < REFERENCES.size(); k++) {
                            int i = (k + offset) % REFERENCES.size();
                            got.add(shared.labelTokens(Tokenizer.tokenize(REFERENCES.get(i))));
                        }
                    }
                    return got;
                }));
            }
            for (int t = 0; t < runs.size(); t++) {
                List<List<String>> got = runs.get(t).get();
                for (int j = 0; j < got.size(); j++) {
                    int i = (j % REFERENCES.size() + t) % REFERENCES.size();
                    assertEquals(expected.get(i), got.get(j), REFERENCES.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A model read anew, with empty caches. */
    private static CrfModel fresh() throws Exception {
        try (InputStream in = CrfModel.class.getResourceAsStream("reference-crf.bin.gz")) {
            return CrfModel.read(in);
        }
    }
}
