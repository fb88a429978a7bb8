/** What a run found and missed, per document: the data behind {@code report.json}. */
package io.github.citekit.report;
