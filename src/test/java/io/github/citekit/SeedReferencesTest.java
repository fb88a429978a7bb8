package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.SourceKind;
import io.github.citekit.report.CitationRecord;
import io.github.citekit.report.DocumentReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The {@code references}, {@code citations} and {@code uncited_references} of the cataloguer's expectations. */
class SeedReferencesTest {
    private static final JsonNode EXPECTED = TestSupport.json("/seeds/expected.json");
    private static Bibliography bib;

    @BeforeAll
    static void run() {
        bib = Citekit.create().processDirectory(TestSupport.CORPUS);
    }

    private static List<Item> referencesOf(String document) {
        return bib.items().stream().filter(i -> i.sources().get(0).kind() == SourceKind.REFERENCE
                && i.sources().get(0).document().equals(document)).toList();
    }

    private static DocumentReport report(String document) {
        return bib.report().documents().stream().filter(d -> d.document().equals(document)).findFirst().orElseThrow();
    }

    @Test
    void allFifteenReferencesAreInTheBibliography() {
        assertEquals(15, bib.items().stream().filter(i -> i.sources().get(0).kind() == SourceKind.REFERENCE).count());
        assertEquals(15, bib.report().referenceCount());
    }

    @TestFactory
    Stream<DynamicTest> everyExpectedReference() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode doc : EXPECTED.get("documents")) {
            String name = doc.get("document").asText();
            JsonNode refs = doc.get("references");
            tests.add(DynamicTest.dynamicTest(name + " reference count",
                    () -> assertEquals(refs.size(), referencesOf(name).size())));
            for (int i = 0; i < refs.size(); i++) {
                int index = i;
                tests.add(DynamicTest.dynamicTest(name + " reference " + i,
                        () -> check(name + "#" + index, refs.get(index), referencesOf(name).get(index), index)));
            }
        }
        return tests.stream();
    }

    private static void check(String where, JsonNode e, Item item, int index) {
        assertEquals(index, item.sources().get(0).index(), where);
        assertEquals(e.get("raw").asText(), item.sources().get(0).text(), where + " provenance keeps the original text");
        List<String> types = strings(e.path("type_one_of"));
        if (types.isEmpty()) {
            types.add(e.get("type").asText());
        }
        assertTrue(types.contains(item.type().cslName()), where + " type " + item.type().cslName() + " not in " + types);
        checkNames(where + " author", e.get("author"), item.names(NameRole.AUTHOR));
        checkNames(where + " editor", e.get("editor"), item.names(NameRole.EDITOR));
        oneOf(where + " title", e, "title", item.title());
        oneOf(where + " publisher", e, "publisher", item.get(Field.PUBLISHER));
        for (String f : List.of("container-title", "volume", "issue", "page", "publisher-place")) {
            if (e.has(f)) {
                assertEquals(Optional.of(e.get(f).asText()), item.get(Field.fromCsl(f).orElseThrow()), where + " " + f);
            }
        }
        if (e.has("issued")) {
            JsonNode d = e.get("issued");
            Optional<DateParts> expected = d.isNull() ? Optional.empty() : Optional.of(new DateParts(d.get(0).asInt(),
                    d.size() > 1 ? d.get(1).asInt() : 0, d.size() > 2 ? d.get(2).asInt() : 0));
            assertEquals(expected, item.issued(), where + " issued");
        }
        if (e.has("language")) {
            assertEquals(Optional.of(e.get("language").asText()), item.get(Field.LANGUAGE), where + " language");
        }
        if (e.has("incomplete")) {
            assertTrue(item.warnings().stream().anyMatch(w -> w.startsWith("incomplete")), where + " flagged incomplete");
        }
        if (e.has("locator_or_page")) {
            String v = e.get("locator_or_page").asText();
            assertTrue(item.get(Field.PAGE).equals(Optional.of(v)) || item.get(Field.LOCATOR).equals(Optional.of(v)),
                    where + " locator " + item);
        }
    }

    private static void oneOf(String where, JsonNode e, String field, Optional<String> actual) {
        String key = field + "_one_of";
        if (e.has(key)) {
            List<String> ok = new ArrayList<>();
            boolean nullOk = false;
            for (JsonNode v : e.get(key)) {
                if (v.isNull()) {
                    nullOk = true;
                } else {
                    ok.add(SeedArticlesTest.norm(v.asText()));
                }
            }
            boolean pass = actual.map(a -> ok.contains(SeedArticlesTest.norm(a))).orElse(nullOk);
            assertTrue(pass, where + " " + actual + " not in " + ok);
        } else if (e.has(field)) {
            assertEquals(Optional.of(SeedArticlesTest.norm(e.get(field).asText())), actual.map(SeedArticlesTest::norm), where);
        }
    }

    private static void checkNames(String where, JsonNode expected, List<Name> actual) {
        List<Name> names = new ArrayList<>();
        if (expected != null) {
            for (JsonNode n : expected) {
                names.add(n.has("literal") ? Name.literal(n.get("literal").asText())
                        : Name.of(n.get("family").asText(), n.get("given").asText()));
            }
        }
        assertEquals(names, actual, where);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void citationsLinkToTheirEntries() {
        for (JsonNode doc : EXPECTED.get("documents")) {
            if (!doc.has("citations")) {
                continue;
            }
            DocumentReport r = report(doc.get("document").asText());
            Map<String, Integer> counts = new HashMap<>();
            for (CitationRecord c : r.citations()) {
                counts.merge(c.text(), 1, Integer::sum);
            }
            int total = 0;
            for (JsonNode c : doc.get("citations")) {
                String text = c.get("text").asText();
                assertEquals(c.get("count").asInt(), counts.getOrDefault(text, 0), "count of " + text + " in " + counts);
                for (CitationRecord found : r.citations()) {
                    if (found.text().equals(text)) {
                        assertEquals(List.of(c.get("reference_index").asInt()), found.references(), text);
                    }
                }
                total += c.get("count").asInt();
            }
            assertEquals(total, r.citations().size(), "no other citations: " + r.citations());
            List<Integer> uncited = new ArrayList<>();
            doc.get("uncited_references").forEach(u -> uncited.add(u.asInt()));
            assertEquals(uncited, r.uncited());
            for (JsonNode not : doc.get("not_citations")) {
                assertTrue(r.citations().stream().noneMatch(c -> c.text().equals(not.asText())), not.asText());
            }
        }
    }
}
