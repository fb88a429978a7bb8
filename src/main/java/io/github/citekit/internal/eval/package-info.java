/** Evaluation of reference parsing against labelled data, with the metric of the data's README. */
package io.github.citekit.internal.eval;
