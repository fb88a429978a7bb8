package io.github.citekit;

import java.util.Objects;

/**
 * Bad input or an output that cannot be written. The message names the file and, where it helps, the
 * line: {@code corpus/x.txt:12: invalid UTF-8}.
 */
public class CitekitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param file the file the problem is in
     * @param line the 1-based line, or 0 when no line applies
     * @param problem what is wrong, without the file name
     */
    public CitekitException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    /** As {@link #CitekitException(String, int, String)}, keeping the underlying cause. */
    public CitekitException(String file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = Objects.requireNonNull(file);
        this.line = line;
        this.problem = Objects.requireNonNull(problem);
    }

    private static String format(String file, int line, String problem) {
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }

    /** The file the problem is in. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when none applies. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file name and line. */
    public String problem() {
        return problem;
    }
}
