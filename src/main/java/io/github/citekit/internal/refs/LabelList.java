package io.github.citekit.internal.refs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Labels with the first and last place of each, so that {@code contains} and {@code indexOf} need no scan. */
final class LabelList extends java.util.AbstractList<String> implements java.util.RandomAccess {
    private final String[] labels;
    private final Map<String, int[]> places = new HashMap<>();

    private LabelList(List<String> labels) {
        this.labels = labels.toArray(new String[0]);
        for (int i = 0; i < this.labels.length; i++) {
            int at = i;
            places.computeIfAbsent(this.labels[i], k -> new int[] {at, at})[1] = i;
        }
    }

    /** {@code labels} itself when it is one already (a rule that changed nothing returns its input). */
    static List<String> of(List<String> labels) {
        return labels instanceof LabelList ? labels : new LabelList(labels);
    }

    @Override
    public String get(int i) {
        return labels[i];
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public boolean contains(Object o) {
        return places.containsKey(o);
    }

    @Override
    public int indexOf(Object o) {
        int[] p = places.get(o);
        return p == null ? -1 : p[0];
    }

    @Override
    public int lastIndexOf(Object o) {
        int[] p = places.get(o);
        return p == null ? -1 : p[1];
    }
}
