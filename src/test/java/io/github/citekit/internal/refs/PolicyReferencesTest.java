package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ParsedReference.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The forms of international organisations' publications: the IMF's and the World Bank's, the UN's, WHO's, the OECD's. */
class PolicyReferencesTest {
    @Test
    void anAcronymAndItsNameBeforeTheYearAreTheAuthor() {
        String text = "IMF (International Monetary Fund). 2021. World Economic Outlook: Managing Divergent Recoveries. Washington, DC, April.";
        // as the labeller read it: all of the opening one title
        List<String> read = SpanLabels.labels(text, "title:IMF (International Monetary Fund). 2021. World Economic Outlook: Managing "
                + "Divergent Recoveries", "publisher-place:Washington, DC", "date:April");
        List<String> mended = NameLabels.acronymAndNameBeforeTheYear(Tokenizer.tokenize(text), read);
        assertEquals("IMF ( International Monetary Fund )", SpanLabels.words(text, mended, "author"));
        assertEquals("World Economic Outlook : Managing Divergent Recoveries", SpanLabels.words(text, mended, "title"));

        Item outlook = parse(text);
        assertEquals(List.of(Name.literal("IMF (International Monetary Fund)")), outlook.names(NameRole.AUTHOR));
        assertEquals(Optional.of("World Economic Outlook: Managing Divergent Recoveries"), outlook.title());
        assertEquals(2021, outlook.issued().orElseThrow().year());
        // an author read elsewhere: the opening organisation is left as read
        String other = "Interstate Technology Regulatory Council (ITRC). 2001. Field Reference. Diffusion Sampler Group. April.";
        List<String> otherRead = SpanLabels.labels(other, "publisher:Interstate Technology Regulatory Council (ITRC)", "date:2001",
                "title:Field Reference", "author:Diffusion Sampler Group", "date:April");
        assertEquals(otherRead, NameLabels.acronymAndNameBeforeTheYear(Tokenizer.tokenize(other), otherRead));
    }

    @Test
    void aLicenceAndASalesNumberAreNoPlaceNorTitle() {
        Item who = parse("World Health Organization. Port health guidelines. Geneva: World Health Organization; 2019. Licence: CC BY-NC-SA 3.0 IGO.");
        assertEquals(Optional.of("CC BY-NC-SA 3.0 IGO"), who.get(Field.LICENSE));
        assertEquals(Optional.of("Geneva"), who.get(Field.PUBLISHER_PLACE), "the licence had been read as the place");
        assertEquals(Optional.of("World Health Organization"), who.get(Field.PUBLISHER));

        Item unctad = parse("United Nations Conference on Trade and Development (UNCTAD) (2021). Review of Maritime Transport 2021. "
                + "United Nations publication. Sales No. E.21.II.D.21. New York and Geneva.");
        assertEquals(Optional.of("Review of Maritime Transport 2021"), unctad.title());
        assertEquals(Optional.of("E.21.II.D.21"), unctad.get(Field.NUMBER));
        assertEquals(ItemType.REPORT, unctad.type());
    }

    @Test
    void aPaperInASeriesHasItsNumberOnce() {
        Item paper = parse("OECD (2020), \"Port congestion and trade\", OECD Trade Policy Papers, No. 245, OECD Publishing, Paris, "
                + "https://doi.org/10.1787/def-en.");
        assertEquals(ItemType.REPORT, paper.type());
        assertEquals(Optional.of("245"), paper.get(Field.NUMBER));
        assertEquals(Optional.empty(), paper.get(Field.ISSUE));
        assertEquals(Optional.of("OECD Trade Policy Papers"), paper.get(Field.COLLECTION_TITLE));
    }
}
