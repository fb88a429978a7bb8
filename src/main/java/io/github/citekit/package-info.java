/**
 * citekit turns a folder of scholarly and policy article texts into a deduplicated bibliography in BibTeX
 * and CSL-JSON. Start at {@link io.github.citekit.Citekit}; records are in {@link io.github.citekit.model},
 * formats in {@link io.github.citekit.format}, the run report in {@link io.github.citekit.report}.
 */
package io.github.citekit;
