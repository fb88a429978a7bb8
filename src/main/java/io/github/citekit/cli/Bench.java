package io.github.citekit.cli;

import io.github.citekit.internal.dedupe.Clusters;
import io.github.citekit.internal.eval.LabelledReference;
import io.github.citekit.internal.eval.Perturbed;
import io.github.citekit.internal.refs.ReferenceParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code citekit bench …}: throughput figures, measured on data, not in tests. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures speed and memory.",
        subcommands = {Bench.References.class, Bench.Dedupe.class})
final class Bench implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("citekit bench: name what to measure: references or dedupe (see --help)");
        return 1;
    }

    static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    /** Reference parsing on one thread. */
    @Command(name = "references", mixinStandardHelpOptions = true,
            description = "Parses the raw strings of FILE.jsonl repeatedly on one thread; prints references per second.")
    static final class References implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE.jsonl")
        List<Path> files;

        @Option(names = "--seconds", defaultValue = "10", description = "measuring time (default ${DEFAULT-VALUE})")
        int seconds;

        // the JIT compiles the parser's large methods for several seconds; 3 s of warm-up measured part of that
        @Option(names = "--warmup", defaultValue = "10", description = "warm-up time before measuring, seconds (default ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--against", split = ",", paramLabel = "JAR",
                description = "other builds' citekit-cli.jar to compare with in this one JVM: whole passes over the strings "
                        + "alternate between this build and each, in an order that turns every round; prints each one's median "
                        + "and best microseconds per reference")
        List<Path> against = List.of();

        @Option(names = "--passes", defaultValue = "12", description = "measured passes of each build with --against (default ${DEFAULT-VALUE})")
        int passes;

        @Override
        public Integer call() throws Exception {
            List<String> raws = files.stream().flatMap(f -> LabelledReference.read(f).stream()).map(LabelledReference::raw).toList();
            if (!against.isEmpty()) {
                return compare(raws);
            }
            ReferenceParser parser = ReferenceParser.shipped();
            long sink = 0;
            long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
            for (int i = 0; System.nanoTime() < warmEnd; i++) {
                sink += parser.parse(raws.get(i % raws.size())).fields().size();
            }
            System.gc();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            long count = 0;
            long peak = 0;
            while (System.nanoTime() < end) {
                for (int k = 0; k < 1000; k++) {
                    sink += parser.parse(raws.get((int) (count++ % raws.size()))).fields().size();
                }
                peak = Math.max(peak, usedHeapMb());
            }
            double secs = (System.nanoTime() - start) / 1e9;
            System.gc();
            long live = usedHeapMb(); // the model, its caches and the input strings
            System.out.printf(Locale.ROOT, "references: %d parsed in %.1f s on one thread = %.0f references/s "
                    + "(%d distinct strings; heap in use at most %d MB, %d MB live after a collection; checksum %d)%n",
                    count, secs, count / secs, raws.size(), peak, live, sink);
            return 0;
        }

        /**
         * Runs of separate JVMs drift by 10% and more on a shared machine, more than one change costs; passes that
         * alternate in one JVM see the same drift. Every build, this one too, is loaded from its jar by a class loader of
         * its own and called the same way, so that none gains from being called directly; the order turns every round,
         * as a pass right after another build's runs a few percent faster.
         */
        private int compare(List<String> raws) throws Exception {
            for (Path jar : against) {
                if (!java.nio.file.Files.isRegularFile(jar)) {
                    System.err.println("citekit bench: " + jar + ": no such jar");
                    return 2;
                }
            }
            List<Path> jars = new java.util.ArrayList<>();
            jars.add(Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            jars.addAll(against);
            int n = jars.size();
            Object[] parsers = new Object[n];
            java.lang.reflect.Method[] parse = new java.lang.reflect.Method[n];
            for (int k = 0; k < n; k++) {
                ClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jars.get(k).toUri().toURL()},
                        ClassLoader.getPlatformClassLoader());
                Class<?> c;
                try {
                    c = loader.loadClass(ReferenceParser.class.getName());
                } catch (ClassNotFoundException | LinkageError e) {
                    System.err.println("citekit bench: " + jars.get(k) + ": no citekit-cli.jar build there (its reference parser cannot be loaded)");
                    return 2;
                }
                parsers[k] = c.getMethod("shipped").invoke(null);
                parse[k] = c.getMethod("parse", String.class);
            }
            long[][] nanos = new long[n][passes];
            // the JIT compiles each build's copy of the parser apart: three whole rounds at least before measuring
            long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
            int warmRounds = 0;
            for (int round = 0; round < passes; round++) {
                boolean measured = warmRounds >= 3 && System.nanoTime() >= warmEnd;
                for (int j = 0; j < n; j++) {
                    int k = (j + round) % n;
                    long start = System.nanoTime();
                    for (String raw : raws) {
                        parse[k].invoke(parsers[k], raw);
                    }
                    if (measured) {
                        nanos[k][round] = System.nanoTime() - start;
                    }
                }
                if (!measured) {
                    warmRounds++;
                    round = -1; // warming up: the measured rounds start at 0
                }
            }
            for (int k = 0; k < n; k++) {
                long[] t = nanos[k].clone();
                java.util.Arrays.sort(t);
                System.out.printf(Locale.ROOT, "%s%s: median %.1f µs per reference, best %.1f (%d passes over %d strings)%n",
                        k == 0 ? "this build, " : "", jars.get(k), t[passes / 2] / 1e3 / raws.size(), t[0] / 1e3 / raws.size(),
                        passes, raws.size());
            }
            return 0;
        }
    }

    /** Deduplication at scale on synthetic perturbed records. */
    @Command(name = "dedupe", mixinStandardHelpOptions = true,
            description = "Generates N records from FILE.jsonl by perturbation (1-4 copies of each work) and clusters them; "
                    + "prints time, heap and pairwise F1 against the generated truth.")
    static final class Dedupe implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE.jsonl")
        List<Path> files;

        @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", description = "record counts")
        List<Integer> sizes;

        @Override
        public Integer call() {
            for (int n : sizes) {
                Perturbed.Data data = Perturbed.generate(files, n, 42L);
                System.gc();
                long before = usedHeapMb();
                long start = System.nanoTime();
                Clusters.Result r = Clusters.find(data.items(), i -> "#" + i);
                double secs = (System.nanoTime() - start) / 1e9;
                var scores = io.github.citekit.internal.eval.DedupeEvaluation.Scores.pairwise(r.groups(),
                        java.util.Arrays.stream(data.work()).boxed().toList(), data.items().size(), secs);
                System.out.printf(Locale.ROOT, "dedupe: %,d records clustered in %.1f s (%,.0f records/s); heap %d MB "
                        + "(%d MB before); %d clusters; pairwise P %.4f R %.4f F1 %.4f%n", data.items().size(), secs,
                        data.items().size() / secs, usedHeapMb(), before, r.groups().size(), scores.precision(),
                        scores.recall(), scores.f1());
            }
            return 0;
        }
    }
}
