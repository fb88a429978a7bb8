package io.github.citekit;

/**
 * How citekit processes a corpus. Build one with {@link #builder()}; {@link #defaults()} is what the
 * command line uses unless told otherwise.
 *
 * @param sidecars whether {@code NAME.bib}/{@code NAME.json} next to {@code NAME.txt} supply metadata
 */
public record Options(boolean sidecars) {

    /** The defaults: sidecars on. */
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

        private Builder() {
        }

        /** Whether sidecar metadata files are read (default true). */
        public Builder sidecars(boolean on) {
            this.sidecars = on;
            return this;
        }

        /** The options. */
        public Options build() {
            return new Options(sidecars);
        }
    }
}
