package io.github.citekit.cli;

import io.github.citekit.internal.eval.LabelledReference;
import io.github.citekit.internal.refs.CrfModel;
import io.github.citekit.internal.refs.CrfTraining;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code citekit train-references}: rebuilds the shipped reference labeller from labelled data. */
@Command(name = "train-references", mixinStandardHelpOptions = true,
        description = "Trains the reference labeller (a linear-chain CRF) on FILE.jsonl files and writes the model.")
final class TrainReferences implements Callable<Integer> {
    static final int EPOCHS = 8;
    static final long SEED = 20261124L;

    @Parameters(arity = "1..*", paramLabel = "FILE.jsonl", description = "labelled reference strings")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
    Path out;

    @Option(names = "--epochs", defaultValue = "" + EPOCHS, description = "training passes (default ${DEFAULT-VALUE})")
    int epochs;

    @Override
    public Integer call() throws IOException {
        List<LabelledReference> data = new ArrayList<>();
        files.forEach(f -> data.addAll(LabelledReference.read(f)));
        long start = System.nanoTime();
        CrfModel model = CrfTraining.train(data, epochs, SEED);
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".model", ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            model.write(o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        System.err.printf("citekit: trained on %d references in %.0f s; %d features -> %s%n", data.size(),
                (System.nanoTime() - start) / 1e9, model.featureCount(), out);
        return 0;
    }
}
