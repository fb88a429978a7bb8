package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.Name;
import io.github.citekit.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code articles} entry of the cataloguer's {@code expected.json} for the user's corpus, field by
 * field. Expectations are "text alone", per document: sidecars, merging and sibling inference are off here.
 */
class SeedArticlesTest {
    private static final JsonNode EXPECTED = TestSupport.json("/seeds/expected.json");
    private static Bibliography bib;

    @BeforeAll
    static void run() {
        bib = Citekit.create(Options.builder().sidecars(false).dedupe(false).inferFromSiblings(false).build())
                .processDirectory(TestSupport.CORPUS);
    }

    private static List<Item> articlesOf(String document) {
        List<Item> out = new ArrayList<>();
        for (Item item : bib.items()) {
            item.sources().stream()
                    .filter(s -> s.document().equals(document) && s.kind() == SourceKind.ARTICLE)
                    .findFirst().ifPresent(s -> out.add(item));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyExpectedArticle() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode doc : EXPECTED.get("documents")) {
            String name = doc.get("document").asText();
            JsonNode expectedArticles = doc.get("articles");
            tests.add(DynamicTest.dynamicTest(name + " article count", () ->
                    assertEquals(expectedArticles.size(), articlesOf(name).size(), name)));
            for (int i = 0; i < expectedArticles.size(); i++) {
                int index = i;
                tests.add(DynamicTest.dynamicTest(name + " article " + i, () ->
                        checkArticle(name, index, expectedArticles.get(index), articlesOf(name).get(index))));
            }
        }
        return tests.stream();
    }

    private static void checkArticle(String doc, int index, JsonNode e, Item item) {
        String where = doc + "#" + index;
        assertEquals(index, item.sources().get(0).index(), where + " source index");
        // type
        List<String> types = new ArrayList<>();
        e.path("type_one_of").forEach(t -> types.add(t.asText()));
        if (types.isEmpty()) {
            types.add(e.get("type").asText());
        }
        assertTrue(types.contains(item.type().cslName()), where + " type " + item.type().cslName() + " not in " + types);
        // title
        if (e.get("title").isNull()) {
            assertEquals(Optional.empty(), item.title(), where + " title must be absent");
            assertTrue(item.warnings().stream().anyMatch(w -> w.startsWith("missing title")), where + " reports missing title");
        } else {
            assertEquals(norm(e.get("title").asText()), item.title().map(SeedArticlesTest::norm).orElse(null), where + " title");
        }
        // authors
        JsonNode authors = e.get("author");
        if (authors == null || authors.isNull()) {
            assertTrue(item.authors().isEmpty(), where + " authors must be absent: " + item.authors());
        } else {
            List<Name> expected = new ArrayList<>();
            authors.forEach(a -> expected.add(Name.of(a.get("family").asText(), a.get("given").asText())));
            assertEquals(expected, item.authors(), where + " authors");
        }
        // affiliations
        List<String> affiliations = new ArrayList<>();
        e.path("affiliation").forEach(a -> affiliations.add(a.asText()));
        assertEquals(affiliations, item.affiliations(), where + " affiliations");
        // DOI: as printed for this article, or absent
        String doi = e.has("DOI") ? e.get("DOI").asText() : e.has("DOI_printed_here") ? e.get("DOI_printed_here").asText() : null;
        assertEquals(Optional.ofNullable(doi), item.doi(), where + " DOI");
        // abstract
        if (e.has("abstract_starts")) {
            String abs = item.get(Field.ABSTRACT).map(SeedArticlesTest::norm).orElse("");
            assertTrue(abs.startsWith(norm(e.get("abstract_starts").asText())), where + " abstract starts: " + abs);
            if (e.has("abstract_ends")) {
                assertTrue(abs.endsWith(norm(e.get("abstract_ends").asText())), where + " abstract ends: " + abs);
            }
        } else {
            assertEquals(Optional.empty(), item.get(Field.ABSTRACT), where + " abstract must be absent");
        }
        // container, volume/issue, pages, year, licence, language
        String container = e.has("container-title") ? e.get("container-title").asText()
                : e.has("container-title_or_publisher") ? e.get("container-title_or_publisher").asText() : null;
        if (container == null) {
            assertEquals(Optional.empty(), item.get(Field.CONTAINER_TITLE), where + " container must be absent");
        } else {
            assertEquals(container, item.get(Field.CONTAINER_TITLE).or(() -> item.get(Field.PUBLISHER)).orElse(null),
                    where + " container");
        }
        if (e.has("issue_or_volume")) {
            String v = e.get("issue_or_volume").asText();
            assertTrue(item.get(Field.VOLUME).equals(Optional.of(v)) || item.get(Field.ISSUE).equals(Optional.of(v)),
                    where + " volume or issue " + v);
        } else {
            assertEquals(Optional.empty(), item.get(Field.VOLUME), where + " volume must be absent");
            assertEquals(Optional.empty(), item.get(Field.ISSUE), where + " issue must be absent");
        }
        assertEquals(Optional.ofNullable(e.has("page") ? e.get("page").asText() : null), item.get(Field.PAGE), where + " page");
        if (e.has("issued") && !e.get("issued").isNull()) {
            assertEquals(e.get("issued").asInt(), item.issued().map(d -> d.year()).orElse(-1), where + " year");
        } else {
            assertEquals(Optional.empty(), item.issued(), where + " issued must be absent");
        }
        assertEquals(Optional.ofNullable(e.has("license") ? e.get("license").asText() : null), item.get(Field.LICENSE),
                where + " licence");
        assertEquals(Optional.of(e.get("language").asText()), item.get(Field.LANGUAGE), where + " language");
    }

    @Test
    void mustNotContainStringsAppearNowhere() {
        String all = bib.toBibTeX() + bib.toCslJson() + bib.report().toJson();
        int checked = 0;
        for (JsonNode doc : EXPECTED.get("documents")) {
            for (JsonNode a : doc.get("articles")) {
                for (JsonNode s : a.path("must_not_contain")) {
                    assertFalse(all.contains(s.asText()), "output contains '" + s.asText() + "'");
                    checked++;
                }
            }
        }
        assertEquals(3, checked);
    }

    @Test
    void sharedDoiIsMarkedAmbiguousOnBothArticles() {
        List<Item> issue = articlesOf("000_ec74cd6972789231.txt");
        for (int i = 0; i < 2; i++) {
            assertTrue(issue.get(i).warnings().stream().anyMatch(w -> w.startsWith("ambiguous DOI 10.3929/ethz-b-000328891")),
                    "article " + i + " warnings: " + issue.get(i).warnings());
        }
        assertTrue(issue.get(2).warnings().stream().noneMatch(w -> w.startsWith("ambiguous DOI")));
    }

    @Test
    void reportListsMissingFieldsPerDocument() {
        var d001 = bib.report().documents().stream().filter(d -> d.document().startsWith("001")).findFirst().orElseThrow();
        assertEquals(1, d001.articles());
        assertEquals(List.of("title", "author", "issued"), d001.missing().get(0).fields());
    }

    /** Typographic and straight quotes and apostrophes compare equal, as expected.json allows. */
    static String norm(String s) {
        return s.replaceAll("[’‘]", "'").replaceAll("[“”]", "\"").replaceAll("\\s+", " ").strip();
    }
}
