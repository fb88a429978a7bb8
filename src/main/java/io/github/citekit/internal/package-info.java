/**
 * Implementation of citekit's pipeline. Nothing here is API: it may change in any release.
 * Reach it through {@link io.github.citekit.Citekit}.
 */
package io.github.citekit.internal;
