/**
 * Reading and writing records as BibTeX/biblatex ({@link io.github.citekit.format.BibTeX}) and as
 * CSL-JSON ({@link io.github.citekit.format.CslJson}).
 */
package io.github.citekit.format;
