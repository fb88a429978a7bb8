package io.github.citekit;

import io.github.citekit.model.Item;
import java.util.List;

/**
 * What {@link Citekit#deduplicate} found: which records describe one work, and the records once each such
 * group is merged into one.
 *
 * @param clusters every group of two or more input records found to be one work, as 0-based positions in
 *     the input, each group in input order and the groups by their first position
 * @param items the input records with each group merged: a merged record stands where its group's first
 *     member stood, and the other members are gone; records in no group are unchanged
 */
public record Deduplication(List<List<Integer>> clusters, List<Item> items) {

    /** Copies the lists. */
    public Deduplication {
        clusters = clusters.stream().map(List::copyOf).toList();
        items = List.copyOf(items);
    }
}
