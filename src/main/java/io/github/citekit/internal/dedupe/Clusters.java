package io.github.citekit.internal.dedupe;

import io.github.citekit.model.Item;
import io.github.citekit.report.PairEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the records that describe the same work. Candidate pairs come from blocking keys (a DOI, the
 * first two title words, the two rarest title words, first author and year), so cost grows about
 * linearly; matched pairs are joined strongest first, and a join that would put different trusted DOIs,
 * years more than one apart, or different editions in one cluster is refused.
 */
public final class Clusters {
    /** Blocks larger than this (common words) yield no pairs; their records meet in other blocks. */
    static final int MAX_BLOCK = 400;

    private Clusters() {
    }

    /**
     * The clusters found.
     *
     * @param groups every cluster of two or more records, as indices into the input, in input order
     * @param evidence per cluster (same order), the pairs that joined it
     * @param nearMisses similar pairs kept apart, with the reason
     */
    public record Result(List<List<Integer>> groups, List<List<PairEvidence>> evidence, List<PairEvidence> nearMisses) {
    }

    /** Clusters {@code items}; {@code label} names a record in the evidence. */
    public static Result find(List<Item> items, java.util.function.IntFunction<String> label) {
        int n = items.size();
        List<Profile> profiles = items.parallelStream().map(Profile::new).toList();
        Map<String, Integer> df = new HashMap<>();
        for (Profile p : profiles) {
            for (String w : new HashSet<>(p.titleWords)) {
                df.merge(w, 1, Integer::sum);
            }
        }
        record Candidate(int a, int b, PairDecision d) {
        }
        // blocks as a sorted array of (40-bit key hash, record) packed in longs: compact enough for millions
        long[] entries = blockEntries(profiles, df);
        java.util.Arrays.sort(entries);
        List<int[]> ranges = new ArrayList<>();
        for (int from = 0; from < entries.length;) {
            int to = from + 1;
            while (to < entries.length && (entries[to] >>> 24) == (entries[from] >>> 24)) {
                to++;
            }
            if (to - from >= 2 && to - from <= MAX_BLOCK) {
                ranges.add(new int[] {from, to});
            }
            from = to;
        }
        // blocks are scored in parallel; results are sorted afterwards, so the outcome does not depend on it
        List<List<Candidate>> scored = ranges.parallelStream().map(r -> {
            List<Candidate> out = new ArrayList<>();
            for (int x = r[0]; x < r[1]; x++) {
                for (int y = x + 1; y < r[1]; y++) {
                    int a = (int) (entries[x] & 0xFFFFFF); // entries of one block sort by record: a < b
                    int b = (int) (entries[y] & 0xFFFFFF);
                    if (a == b) {
                        continue;
                    }
                    PairDecision d = PairMatcher.decide(profiles.get(a), profiles.get(b));
                    if (d.match() || d.nearMiss()) {
                        out.add(new Candidate(a, b, d));
                    }
                }
            }
            return out;
        }).toList();
        List<Candidate> matches = new ArrayList<>();
        List<PairEvidence> nearMisses = new ArrayList<>();
        Set<Long> counted = new HashSet<>();
        for (List<Candidate> list : scored) {
            for (Candidate c : list) {
                if (!counted.add((long) c.a() * n + c.b())) {
                    continue; // met again in another block
                }
                if (c.d().match()) {
                    matches.add(c);
                } else {
                    nearMisses.add(evidence(label, c.a(), c.b(), c.d()));
                }
            }
        }
        matches.sort(Comparator.comparingDouble((Candidate c) -> -c.d().titleSimilarity())
                .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
        UnionFind uf = new UnionFind(profiles);
        Map<Integer, List<PairEvidence>> joined = new HashMap<>();
        for (Candidate c : matches) {
            String refused = uf.union(c.a(), c.b());
            if (refused == null) {
                joined.computeIfAbsent(c.a(), k -> new ArrayList<>()).add(evidence(label, c.a(), c.b(), c.d()));
            } else if (!refused.isEmpty()) {
                nearMisses.add(evidence(label, c.a(), c.b(), new PairDecision(false, c.d().titleSimilarity(),
                        c.d().authorOverlap(), c.d().doi(), c.d().yearGap(), refused)));
            }
        }
        TreeMap<Integer, List<Integer>> byRoot = new TreeMap<>();
        Map<Integer, Integer> firstOfRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int r = uf.find(i);
            firstOfRoot.putIfAbsent(r, i);
            byRoot.computeIfAbsent(firstOfRoot.get(r), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<List<PairEvidence>> evidence = new ArrayList<>();
        for (List<Integer> g : byRoot.values()) {
            if (g.size() > 1) {
                groups.add(g);
                List<PairEvidence> ev = new ArrayList<>();
                g.forEach(i -> ev.addAll(joined.getOrDefault(i, List.of())));
                evidence.add(ev);
            }
        }
        nearMisses.sort(Comparator.comparing(PairEvidence::first).thenComparing(PairEvidence::second));
        return new Result(groups, evidence, nearMisses);
    }

    /**
     * How alike two records are, for choosing among several candidates of one cluster (record linkage
     * between two sources without duplicates of their own): title, then author and year agreement.
     */
    public static double affinity(Item a, Item b) {
        Profile pa = new Profile(a);
        Profile pb = new Profile(b);
        double authors = PairMatcher.authorOverlap(pa, pb);
        double years = pa.year > 0 && pb.year > 0 ? (pa.year == pb.year ? 1 : 0) : 0.5;
        return PairMatcher.titleSimilarity(pa, pb) + 0.5 * Math.max(0, authors) + 0.3 * years;
    }

    private static PairEvidence evidence(java.util.function.IntFunction<String> label, int a, int b, PairDecision d) {
        return new PairEvidence(label.apply(a), label.apply(b), d.doi(), round(d.titleSimilarity()),
                round(d.authorOverlap()), d.yearGap(), d.match() ? "merged" : "kept apart: " + reason(d));
    }

    /** Why a near miss was kept apart: its veto, or else titles too far apart for what else agrees. */
    private static String reason(PairDecision d) {
        return d.veto().isEmpty()
                ? "titles alike at " + round(d.titleSimilarity()) + ", under " + PairMatcher.TITLE_MATCH
                        + " (or " + PairMatcher.TITLE_CONTAINED + " with the same authors and year)"
                : d.veto();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static long[] blockEntries(List<Profile> profiles, Map<String, Integer> df) {
        if (profiles.size() >= 1 << 24) {
            throw new IllegalArgumentException("at most 16,777,215 records at once");
        }
        List<long[]> perRecord = new ArrayList<>(profiles.size());
        int total = 0;
        for (int i = 0; i < profiles.size(); i++) {
            Set<String> keys = keys(profiles.get(i), df);
            long[] e = new long[keys.size()];
            int k = 0;
            for (String key : keys) {
                e[k++] = (hash(key) & ~0xFFFFFFL) | i;
            }
            perRecord.add(e);
            total += e.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] e : perRecord) {
            System.arraycopy(e, 0, all, at, e.length);
            at += e.length;
        }
        return all;
    }

    /** A 64-bit FNV-1a hash; blocks compare its upper 40 bits. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h & 0x7FFFFFFFFFFFFFFFL; // non-negative, so packed entries sort by key
    }

    private static Set<String> keys(Profile p, Map<String, Integer> df) {
        Set<String> keys = new LinkedHashSet<>();
        p.dois.forEach(d -> keys.add("d:" + d));
        if (!p.pmid.isEmpty()) {
            keys.add("p:" + p.pmid);
        }
        List<String> w = p.titleWords;
        if (w.size() >= 2) {
            keys.add("t:" + w.get(0) + " " + w.get(1));
        } else if (w.size() == 1) {
            keys.add("t:" + w.get(0));
        }
        w.stream().filter(x -> x.length() >= 4).distinct()
                .sorted(Comparator.comparingInt((String x) -> df.getOrDefault(x, 0)).thenComparing(x -> x))
                .limit(2).forEach(x -> keys.add("r:" + x));
        if (!p.families.isEmpty()) {
            keys.add("a:" + Profile.fold(p.families.iterator().next()) + (p.year > 0 ? p.year : ""));
        }
        return keys;
    }

    /** Union–find whose joins are checked against what a cluster may not hold. */
    private static final class UnionFind {
        private final int[] parent;
        private final List<Set<String>> dois = new ArrayList<>();
        private final int[] minYear;
        private final int[] maxYear;
        private final List<Set<String>> editions = new ArrayList<>();
        /** Per cluster, the years of its journal records and of its conference records. */
        private final List<Set<Integer>> journalYears = new ArrayList<>();
        private final List<Set<Integer>> conferenceYears = new ArrayList<>();

        UnionFind(List<Profile> profiles) {
            int n = profiles.size();
            parent = new int[n];
            minYear = new int[n];
            maxYear = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                Profile p = profiles.get(i);
                dois.add(new HashSet<>(p.dois));
                minYear[i] = p.year > 0 ? p.year : Integer.MAX_VALUE;
                maxYear[i] = p.year > 0 ? p.year : Integer.MIN_VALUE;
                editions.add(p.edition.isEmpty() ? new HashSet<>() : new HashSet<>(Set.of(p.edition)));
                int kind = PairMatcher.venueKind(p.container);
                journalYears.add(kind > 0 && p.year > 0 ? new HashSet<>(Set.of(p.year)) : new HashSet<>());
                conferenceYears.add(kind < 0 && p.year > 0 ? new HashSet<>(Set.of(p.year)) : new HashSet<>());
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** Whether a DOI of {@code a} and one of {@code b} have the same registrant (the part before the "/"). */
        private static boolean shareARegistrant(Set<String> a, Set<String> b) {
            Set<String> registrants = new HashSet<>();
            a.forEach(d -> registrants.add(d.substring(0, Math.max(0, d.indexOf('/')))));
            return b.stream().anyMatch(d -> registrants.contains(d.substring(0, Math.max(0, d.indexOf('/')))));
        }

        /** Joins the clusters of a and b: null when joined, "" when already one, else why not. */
        String union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return "";
            }
            if (!dois.get(ra).isEmpty() && !dois.get(rb).isEmpty()
                    && java.util.Collections.disjoint(dois.get(ra), dois.get(rb)) && shareARegistrant(dois.get(ra), dois.get(rb))) {
                // (DOIs of two registrants, a repository's and a publisher's, may name one work: the pair matched on it)
                return "their clusters hold different DOIs";
            }
            int lo = Math.min(minYear[ra], minYear[rb]);
            int hi = Math.max(maxYear[ra], maxYear[rb]);
            if (lo != Integer.MAX_VALUE && hi - lo > 2) { // a report, its conference paper, its journal version
                return "their clusters span years " + lo + "–" + hi;
            }
            Set<String> ed = new HashSet<>(editions.get(ra));
            ed.addAll(editions.get(rb));
            if (ed.size() > 1) {
                return "their clusters hold editions " + ed;
            }
            Set<Integer> journals = new HashSet<>(journalYears.get(ra));
            journals.addAll(journalYears.get(rb));
            Set<Integer> conferences = new HashSet<>(conferenceYears.get(ra));
            conferences.addAll(conferenceYears.get(rb));
            if (!journals.isEmpty() && !conferences.isEmpty() && !journals.equals(conferences)) {
                return "their clusters hold a conference paper and a later journal version";
            }
            int root = Math.min(ra, rb);
            int other = root == ra ? rb : ra;
            parent[other] = root;
            dois.get(root).addAll(dois.get(other));
            minYear[root] = Math.min(minYear[root], minYear[other]);
            maxYear[root] = Math.max(maxYear[root], maxYear[other]);
            editions.set(root, ed);
            journalYears.set(root, journals);
            conferenceYears.set(root, conferences);
            return null;
        }
    }
}
