/**
 * The bibliographic record model: immutable, CSL-shaped {@link io.github.citekit.model.Item}s with
 * names, dates and provenance. Every format reader and writer of citekit speaks this model.
 */
package io.github.citekit.model;
