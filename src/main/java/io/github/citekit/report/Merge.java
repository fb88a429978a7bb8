package io.github.citekit.report;

import java.util.List;

/**
 * Records merged into one because they describe the same work.
 *
 * @param key the merged record's citation key
 * @param members the source labels of the merged records, in document order
 * @param evidence the matches that joined them
 * @param conflicts the fields they disagreed on and what was chosen
 */
public record Merge(String key, List<String> members, List<PairEvidence> evidence, List<Conflict> conflicts) {

    /** Copies the lists. */
    public Merge {
        members = List.copyOf(members);
        evidence = List.copyOf(evidence);
        conflicts = List.copyOf(conflicts);
    }
}
