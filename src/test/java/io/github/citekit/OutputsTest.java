package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.citekit.model.Item;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written bibliography: committed copy up to date, valid CSL-JSON, deterministic. */
class OutputsTest {

    @Test
    void committedBibliographyIsWhatTheCodeGenerates(@TempDir Path out) throws Exception {
        Citekit.create().processDirectory(TestSupport.CORPUS).writeTo(out);
        for (String f : new String[] {Bibliography.BIBTEX_FILE, Bibliography.CSL_JSON_FILE, Bibliography.REPORT_FILE}) {
            assertEquals(Files.readString(out.resolve(f)), Files.readString(TestSupport.BIBLIOGRAPHY.resolve(f)),
                    "bibliography/" + f + " is stale: run the README's main command and commit the result");
        }
    }

    @Test
    void cslJsonIsValidAgainstTheCslSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/csl/csl-data.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode items = new ObjectMapper().readTree(Citekit.create().processDirectory(TestSupport.CORPUS).toCslJson());
        assertTrue(items.size() >= 7);
        Set<ValidationMessage> errors = schema.validate(items);
        assertEquals(Set.of(), errors);
        // and the validator does reject what the schema forbids
        ((com.fasterxml.jackson.databind.node.ObjectNode) items.get(0)).put("affiliation", "not a CSL variable");
        assertTrue(!schema.validate(items).isEmpty());
        // the kinds and variables the corpus lacks: laws, cases, document symbols, archives, original dates, "et al."
        String references = """
                Ports in law

                References

                1. Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации» // Собрание законодательства РФ. 2006. № 31. Ст. 3448.
                2. Smith v. Jones, 123 F.3d 456, 460 (9th Cir. 1997).
                3. European Commission. (2020). A new industrial strategy for Europe (COM(2020) 102 final). Brussels.
                4. Lee, K. (2015). Harbour cities [Doctoral dissertation, Harvard University]. ProQuest Dissertations and Theses Global.
                5. Kuhn, T. S. (1962/2012). The structure of scientific revolutions (4th ed.). University of Chicago Press.
                6. Kofman, M. et al. (2017) Lessons from Crimea. Santa Monica, CA: RAND Corporation.
                7. United Nations Convention on the Law of the Sea, December 10, 1982, 1833 U.N.T.S. 397, art. 234.
                8. Smith J, Lee K. Gene regulation in yeast. Genome Biol. 2010;11(3):R25. PMID: 20847270; PMCID: PMC3218662. ISSN: 1474-760X.
                9. Brooks, M. R., and K. Cullinane, eds. 2007. Devolution, Port Governance and Port Performance. Research in Transportation Economics 17. Amsterdam: Elsevier.
                10. Wickham, H., & Henry, L. (2023). tidyr: Tidy messy data (Version 1.3.0) [Computer software]. https://CRAN.R-project.org/package=tidyr
                11. Miller, S. (Host). (2021, May 4). Silt and sand (No. 12) [Audio podcast episode]. In Coastal Talk. Sea Media. https://example.org/podcast/12
                12. Martin, Paul (2012). "Les ports de la Manche" (in French). Revue de géographie. 14 (2): 45–60.
                """;
        JsonNode kinds = new ObjectMapper().readTree(Citekit.create().processText("kinds.txt", references).toCslJson());
        assertEquals(Set.of(), schema.validate(kinds));
        Set<String> types = new java.util.TreeSet<>();
        Set<String> variables = new java.util.TreeSet<>();
        kinds.forEach(k -> {
            types.add(k.get("type").asText());
            k.fieldNames().forEachRemaining(variables::add);
        });
        assertTrue(types.containsAll(Set.of("legislation", "legal_case", "treaty", "report", "thesis", "software", "broadcast")),
                types.toString());
        assertTrue(variables.containsAll(Set.of("section", "authority", "number", "archive", "original-date", "custom",
                "PMID", "PMCID", "ISSN", "collection-number", "version", "language")), variables.toString());
    }

    @Test
    void noFilesGiveAnEmptyBibliographyEvenWhenSkippingUnreadableOnes() {
        Bibliography none = Citekit.create(Options.builder().skipUnreadable(true).build()).processFiles(List.of());
        assertEquals(List.of(), none.items());
        assertEquals(List.of(), none.report().skipped());
    }

    @Test
    void twoRunsGiveIdenticalBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        Citekit.create().processDirectory(TestSupport.CORPUS).writeTo(a);
        Citekit.create().processDirectory(TestSupport.CORPUS).writeTo(b);
        for (String f : new String[] {Bibliography.BIBTEX_FILE, Bibliography.CSL_JSON_FILE, Bibliography.REPORT_FILE}) {
            assertEquals(-1L, Files.mismatch(a.resolve(f), b.resolve(f)), f);
        }
    }

    @Test
    void citationKeysAreUniqueAsciiAndMatchIds() throws Exception {
        Bibliography bib = Citekit.create().processDirectory(TestSupport.CORPUS);
        JsonNode items = new ObjectMapper().readTree(bib.toCslJson());
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String key = bib.items().get(i).citationKey().orElseThrow();
            assertTrue(key.matches("[a-z0-9]+"), key);
            assertTrue(keys.add(key), "duplicate key " + key);
            assertEquals(key, items.get(i).get("id").asText());
            assertEquals(key, items.get(i).get("citation-key").asText());
        }
        Item ismayilov = bib.items().stream().filter(it -> it.doi().equals(java.util.Optional.of("10.3929/ethz-b-000334381")))
                .findFirst().orElseThrow();
        assertEquals("ismayilov2019azerbaijan", ismayilov.citationKey().orElseThrow());
    }

    @Test
    void sidecarFieldsWinAndProvenanceSaysSo() {
        Bibliography bib = Citekit.create().processDirectory(TestSupport.CORPUS);
        Item report = bib.items().stream().filter(i -> i.sources().get(0).document().startsWith("001")).findFirst().orElseThrow();
        assertEquals("report", report.type().cslName());
        assertEquals("Azerbaijan’s Relations with Russia: Closer by Default?", report.title().orElseThrow());
        assertEquals("Shiriyev", report.authors().get(0).family());
        assertEquals("Chatham House", report.get(io.github.citekit.model.Field.PUBLISHER).orElseThrow());
        assertEquals("Research Paper", report.get(io.github.citekit.model.Field.COLLECTION_TITLE).orElseThrow());
        assertEquals("2019-03", report.issued().orElseThrow().iso());
        var sidecar = report.sources().get(1);
        assertEquals("001_adbb20ff3b254e6b.bib", sidecar.document());
        assertEquals("sidecar", sidecar.kind().label());
        assertTrue(sidecar.fields().containsAll(java.util.List.of("title", "author", "publisher", "issued")));
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());

        Bibliography off = Citekit.create(Options.builder().sidecars(false).build()).processDirectory(TestSupport.CORPUS);
        Item bare = off.items().stream().filter(i -> i.sources().get(0).document().startsWith("001")).findFirst().orElseThrow();
        assertTrue(bare.title().isEmpty());
        assertEquals(1, bare.sources().size());
    }
}
