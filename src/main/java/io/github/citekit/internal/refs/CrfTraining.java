package io.github.citekit.internal.refs;

import io.github.citekit.internal.eval.LabelledReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.CRFParameters;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.classification.sgd.protos.CRFModelProto;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.Parameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MutableSequenceDataset;
import org.tribuo.sequence.SequenceExample;

/**
 * Trains the reference labeller with Tribuo's linear-chain CRF (AdaGrad, fixed seed) from labelled
 * reference strings, and keeps the learned weights as a compact {@link CrfModel}. Only the development
 * commands use this class; Tribuo is an optional dependency.
 */
public final class CrfTraining {
    /** Features seen fewer times than this in training are dropped. */
    static final int MIN_FEATURE_COUNT = 2;
    /** AdaGrad's initial learning rate (0.05 and 0.2 did no better on held-out folds). */
    static final double LEARNING_RATE = 0.1;
    /**
     * A feature whose weights are all smaller than this is dropped from the shipped model: at 0.1 a third
     * of the features go, with no loss on a held-out fold (at 0.2, -0.2 points).
     */
    static final float MIN_WEIGHT = 0.1f;

    private CrfTraining() {
    }

    /**
     * Trains a model.
     *
     * @param data labelled reference strings
     * @param epochs passes over the data
     * @param seed the random seed, for a reproducible model
     */
    public static CrfModel train(List<LabelledReference> data, int epochs, long seed) {
        Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
        Logger.getLogger("com.oracle.labs.mlrg.olcut").setLevel(Level.WARNING);
        List<List<List<String>>> features = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledReference r : data) {
            List<Token> tokens = Tokenizer.tokenize(r.raw());
            if (tokens.isEmpty()) {
                continue;
            }
            List<List<String>> f = Features.of(tokens);
            f.forEach(list -> list.forEach(x -> counts.merge(x, 1, Integer::sum)));
            features.add(f);
            labels.add(Alignment.labels(r.raw(), tokens, r.expected()));
        }
        LabelFactory factory = new LabelFactory();
        MutableSequenceDataset<Label> dataset = new MutableSequenceDataset<>(
                new SimpleDataSourceProvenance("citekit reference strings", factory), factory);
        for (int s = 0; s < features.size(); s++) {
            List<Example<Label>> tokens = new ArrayList<>();
            for (int i = 0; i < features.get(s).size(); i++) {
                LinkedHashSet<String> kept = new LinkedHashSet<>();
                for (String x : features.get(s).get(i)) {
                    if (counts.get(x) >= MIN_FEATURE_COUNT) {
                        kept.add(x);
                    }
                }
                kept.add("b");
                String[] names = kept.toArray(new String[0]);
                double[] values = new double[names.length];
                java.util.Arrays.fill(values, 1.0);
                tokens.add(new ArrayExample<>(new Label(labels.get(s).get(i)), names, values));
            }
            dataset.add(new SequenceExample<>(tokens));
        }
        // the 4-argument constructor: minibatches above 1 are broken in Tribuo 4.3.2's CRF trainer
        CRFTrainer trainer = new CRFTrainer(new AdaGrad(LEARNING_RATE, 0.1), epochs, -1, seed);
        CRFModel model = (CRFModel) trainer.train(dataset);
        return compact(model);
    }

    private static CrfModel compact(CRFModel model) {
        CRFParameters params;
        try {
            CRFModelProto proto = model.serialize().getSerializedData().unpack(CRFModelProto.class);
            params = (CRFParameters) Parameters.deserialize(proto.getParams());
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot read the trained CRF's parameters", e);
        }
        Tensor[] t = params.get();
        DenseVector biases = (DenseVector) t[0];
        DenseMatrix featureWeights = (DenseMatrix) t[1];
        DenseMatrix transitions = (DenseMatrix) t[2];
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        int l = outputs.size();
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < l; k++) {
            labels.add(outputs.getOutput(k).getLabel());
        }
        float[] bias = new float[l];
        float[][] transition = new float[l][l];
        for (int a = 0; a < l; a++) {
            bias[a] = (float) biases.get(a);
            for (int b = 0; b < l; b++) {
                transition[a][b] = (float) transitions.get(a, b);
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        for (int f = 0; f < featureMap.size(); f++) {
            float[] w = new float[l];
            float max = 0;
            for (int k = 0; k < l; k++) {
                w[k] = (float) featureWeights.get(k, f);
                max = Math.max(max, Math.abs(w[k]));
            }
            if (max >= MIN_WEIGHT) {
                weights.put(featureMap.get(f).getName(), w);
            }
        }
        return new CrfModel(labels, bias, transition, weights);
    }
}
