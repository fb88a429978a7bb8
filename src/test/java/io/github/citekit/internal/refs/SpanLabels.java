package io.github.citekit.internal.refs;

import java.util.ArrayList;
import java.util.List;

/** Token labels written as spans of a reference's text, for the tests of the label rules. */
final class SpanLabels {
    private SpanLabels() {
    }

    /**
     * The labels of {@code text}'s tokens: each {@code "label:words"} gives its label to the tokens inside the first
     * occurrence of those words after the previous span; every other token is "O".
     */
    static List<String> labels(String text, String... spans) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<String> labels = new ArrayList<>();
        tokens.forEach(t -> labels.add(Labels.OTHER));
        int from = 0;
        for (String span : spans) {
            String label = span.substring(0, span.indexOf(':'));
            String words = span.substring(span.indexOf(':') + 1);
            int start = text.indexOf(words, from);
            if (start < 0) {
                throw new IllegalArgumentException(words + " not in " + text);
            }
            int end = start + words.length();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= start && tokens.get(i).end() <= end) {
                    labels.set(i, label);
                }
            }
            from = end;
        }
        return labels;
    }

    /** The text of the tokens that {@code labels} give {@code label}, joined by spaces. */
    static String words(String text, List<String> labels, String label) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (labels.get(i).equals(label)) {
                out.add(tokens.get(i).text());
            }
        }
        return String.join(" ", out);
    }
}
