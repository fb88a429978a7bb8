package io.github.citekit;

/**
 * How citekit processes a corpus. Build one with {@link #builder()}; {@link #defaults()} is what the
 * command line uses unless told otherwise.
 *
 * @param sidecars whether {@code NAME.bib}/{@code NAME.json} next to {@code NAME.txt} supply metadata
 * @param dedupe whether records of the same work (across documents and kinds) are merged
 * @param inferFromSiblings whether articles of one issue document inherit its journal, issue and year once
 *     one of them is identified
 * @param skipUnreadable whether a document that cannot be read (empty, binary, not UTF-8, with a bad
 *     sidecar) is left out and listed in the report, rather than stopping the run
 */
public record Options(boolean sidecars, boolean dedupe, boolean inferFromSiblings, boolean skipUnreadable) {

    /** The options of earlier versions, which stop at a document that cannot be read. */
    public Options(boolean sidecars, boolean dedupe, boolean inferFromSiblings) {
        this(sidecars, dedupe, inferFromSiblings, false);
    }

    /** The defaults: everything on. */
    public static Options defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Options}. */
    public static final class Builder {
        private boolean sidecars = true;
        private boolean dedupe = true;
        private boolean inferFromSiblings = true;
        private boolean skipUnreadable = false;

        private Builder() {
        }

        /** Whether records of the same work are merged (default true). */
        public Builder dedupe(boolean on) {
            this.dedupe = on;
            return this;
        }

        /** Whether sibling articles of an issue inherit its identified journal, issue and year (default true). */
        public Builder inferFromSiblings(boolean on) {
            this.inferFromSiblings = on;
            return this;
        }

        /** Whether sidecar metadata files are read (default true). */
        public Builder sidecars(boolean on) {
            this.sidecars = on;
            return this;
        }

        /**
         * Whether a document that cannot be read is left out and listed in the report's {@code skipped}, with
         * its file, line and problem (default false: the run stops with a {@link CitekitException}).
         */
        public Builder skipUnreadable(boolean on) {
            this.skipUnreadable = on;
            return this;
        }

        /** The options. */
        public Options build() {
            return new Options(sidecars, dedupe, inferFromSiblings, skipUnreadable);
        }
    }
}
