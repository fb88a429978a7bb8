/** The command line, a thin layer over {@link io.github.citekit.Citekit}; not part of the library API. */
package io.github.citekit.cli;
