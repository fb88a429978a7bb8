package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.citekit.report.CitationRecord;
import io.github.citekit.report.DocumentReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Note references (superscripts, flattened marks) are linked to the entries of a notes list. */
class NoteCitationsTest {

    /** The notes list both documents end with. */
    private static final String NOTES = """
            Notes
            1 Jonathan Wright, Ports and Power (London: Verso, 2019), 45.
            2 A. Ivanova, "Insuring the Black Sea," Maritime Policy 12, no. 3 (2021): 201-219.
            3 Marc Dupont, Shipping Lanes (Paris: Seuil, 2015).
            """;

    private static DocumentReport report(String text) {
        return TestSupport.report("notes.txt", text);
    }

    @Test
    void notesThatDifferOnlyInTheirNumbersAreNoRunningHeads() {
        // "2 Ibid., 47." and "3 Ibid., 49.", "4 Wright, Ports and Power, 51." and "8 …, 53." are one line with its
        // numbers aside, as a page's running head is; they were taken out of the text as one, and their marks
        // linked to nothing. A note whose year has a letter ("(1994a)") or that is "to appear" is a reference, and
        // one that opens with dashes for the authors before ("--, and T. H. Jagger") a note of its own.
        String text = """
                Grain Corridors After the War
                By Helena Marsh

                Exports doubled.1 Premiums stayed high.2 Lines avoided the route.3 Ports grew.4 Then they shrank.5
                Lanes moved.6 Insurers left.7 Ports recovered.8 Problems stayed hard.9 Optics helped.10 Storms came.11

                Notes
                1 Jonathan Wright, Ports and Power (London: Verso, 2019), 45.
                2 Ibid., 47.
                3 Ibid., 49.
                4 Wright, Ports and Power, 51.
                5 Marc Dupont, Shipping Lanes (Paris: Seuil, 2015), 12.
                6 Dupont, Shipping Lanes, 14.
                7 Jonathan Wright, "Insuring the Black Sea," Maritime Policy 12, no. 3 (2021): 201.
                8 Wright, Ports and Power, 53.
                9 Gent, I. P., and T. Walsh. (1994a). Easy problems are sometimes hard. Artificial Intelligence 70.
                10 D. M. Chiarulli and C. Qiao. Locality based control algorithms. Applied Optics, to appear.
                11 --, and T. H. Jagger, 2004: A hierarchical approach to hurricane modeling. J. Climate, 17, 1-20.
                """;
        DocumentReport r = report(text);
        assertEquals(11, r.references());
        assertEquals("1->[0] 2->[1] 3->[2] 4->[3] 5->[4] 6->[5] 7->[6] 8->[7] 9->[8] 10->[9] 11->[10]", TestSupport.links(r));
    }

    @Test
    void aNoteThatNamesARecommendedCitationDoesNotEndTheNotes() {
        String text = """
                Zirconia in the Lab
                By Helena Marsh

                Zirconia was studied early.1 Its uses grew.2 Theses followed.3 And so did reviews.4

                Notes
                1 Jonathan Wright, Ceramics (London: Verso, 2019), 45.
                2 Marc Dupont, Oxides (Paris: Seuil, 2015), 12.
                3 Recommended Citation Anazia, Oge, "Chemistry of Zirconia and Its Bioanalytical Applications" (2009). Masters Theses. Paper 127.
                4 Ann Roe, "Zirconia Reviewed," Materials Today 12, no. 3 (2021): 201.
                """;
        DocumentReport r = report(text);
        assertEquals(4, r.references());
        assertEquals("1->[0] 2->[1] 3->[2] 4->[3]", TestSupport.links(r));
    }

    @Test
    void flattenedMarksAfterPunctuationAndWordsLinkToNotes() {
        String text = """
                Grain Corridors After the War
                By Helena Marsh

                Exports through the Danube ports doubled in a year.1 Insurers, however, kept their
                premiums high,2 and shipping lines avoided the northern route altogether3 until the
                spring. The MH17 inquiry and COVID-19 are not notes, nor is 3.5 per cent, nor p.2 or No.3.

                """ + NOTES;
        DocumentReport r = report(text);
        assertEquals("1->[0] 2->[1] 3->[2]", TestSupport.links(r));
        assertEquals(List.of(), r.uncited());
    }

    @Test
    void aNoteThatCitesTwoWorksInFullIsAnEntryForEach() {
        String text = """
                The Politics of Harbours
                By Thomas Wright

                Historians have disagreed about the causes.1 Others followed.2

                Notes
                1. See Karel Davids, "Harbours and Hinterlands," Journal of Maritime History 12, no. 2 (2010): 101–20; and Peter Hall, Cities in Civilization (New York: Pantheon, 1998), 310.
                2. Anna Berg, Ports (London: Verso; New York: Norton, 2001), 12.
                """;
        DocumentReport r = report(text);
        // the second note's semicolon stands inside its imprint's brackets: one work
        assertEquals(3, r.references());
        assertEquals("1->[0, 1] 2->[2]", TestSupport.links(r));
        java.util.List<io.github.citekit.model.Item> items = io.github.citekit.Citekit.create().processText("notes.txt", text).items();
        io.github.citekit.model.Item hall = items.stream().filter(it -> it.title().orElse("").equals("Cities in Civilization"))
                .findFirst().orElseThrow();
        // "Cities in Civilization" is a title, not a chapter "in" a book: "310" is the page cited
        assertEquals(java.util.Optional.of("310"), hall.get(io.github.citekit.model.Field.LOCATOR));
        assertEquals(java.util.Optional.empty(), hall.get(io.github.citekit.model.Field.PAGE));
        io.github.citekit.model.Item davids = items.stream().filter(it -> it.title().orElse("").equals("Harbours and Hinterlands"))
                .findFirst().orElseThrow();
        assertEquals(java.util.Optional.of("101-120"), davids.get(io.github.citekit.model.Field.PAGE));
    }

    @Test
    void germanNotesSignalIbidAndPagePinpoint() {
        String german = """
                Hafenstädte im Wandel
                Hans Müller

                Die Hafenstädte veränderten sich nach 1850.1 Hamburg wuchs schneller als Bremen.2

                Anmerkungen
                1 Vgl. Schmidt, Peter: Hamburg und die Welt. Hamburg 2005, S. 45.
                2 Ebd., S. 52.
                """;
        DocumentReport r = report(german);
        // "Ebd." had been no entry at all; "Vgl." and "S. 45" had been read into the record
        assertEquals("1->[0] 2->[1]", TestSupport.links(r));
        java.util.List<io.github.citekit.model.Item> items = io.github.citekit.Citekit.create()
                .processText("notes.txt", german).items();
        io.github.citekit.model.Item schmidt = items.stream().filter(it -> it.title().orElse("").equals("Hamburg und die Welt"))
                .findFirst().orElseThrow();
        assertEquals(java.util.Optional.of("Hamburg"), schmidt.get(io.github.citekit.model.Field.PUBLISHER_PLACE));
        assertEquals(java.util.Optional.of("S. 45"), schmidt.get(io.github.citekit.model.Field.LOCATOR));
        assertEquals(java.util.Optional.empty(), schmidt.get(io.github.citekit.model.Field.CONTAINER_TITLE));
    }

    @Test
    void aFlattenedRangeBeforeTheSentencesFullStopLinksToEachNote() {
        // Vancouver's superscript "falls³⁻⁵." flattened by a PDF: the range stands before the full stop
        String text = """
                Grain Corridors After the War
                By Helena Marsh

                Exports through the Danube ports doubled1,2 and insurers raised premiums1-3. Shipping lines
                avoided the route3; tables 2.5 and a version3.1 release are no notes.

                """ + NOTES;
        DocumentReport r = report(text);
        assertEquals("1,2->[0, 1] 1-3->[0, 1, 2] 3->[2]", TestSupport.links(r));
    }

    @Test
    void superscriptsSupTagsAndMarkdownMarksLinkToNumberedEntries() {
        String text = """
                Grain Corridors After the War
                By Helena Marsh

                Exports through the Danube ports doubled in a year.¹ Insurers kept premiums high<sup>2</sup>
                and lines avoided the northern route.[^3] A mark without a note⁹ links to nothing.

                """ + NOTES;
        DocumentReport r = report(text);
        assertEquals("¹->[0] <sup>2</sup>->[1] [^3]->[2]", TestSupport.links(r));
        assertEquals(List.of(), r.citations().stream().filter(c -> c.references().isEmpty())
                .map(CitationRecord::text).toList());
    }

    @Test
    void aNoteCitesTheEarlierWorkItNamesInShortAfterItsFirst() {
        String text = """
                Arctic Shipping and the Law of the Sea
                By Anna Berg

                Russia calls the route an internal waterway.1 Others dispute this.2 It returns later.3

                Notes
                1 Michael Byers, International Law and the Arctic (Cambridge: Cambridge University Press, 2013), 150.
                2 Donald R. Rothwell, "Arctic Ocean Shipping," Ocean Development and International Law 29, no. 3 (1998): 201–20; see also Byers, International Law and the Arctic, 155.
                3 J. Ashley Roach, "Arctic Straits," Marine Policy 44 (2014): 30–42; cf. Smith, Unknown Book, 12.
                """;
        DocumentReport r = report(text);
        // a work named in short that no earlier note gives is not linked to anything else
        assertEquals("1->[0] 2->[1, 0] 3->[2]", TestSupport.links(r));
    }

    @Test
    void aLawReviewsNotesLinkEveryMarkIncludingIdAndSupra() {
        // "Id. at 590." had been dropped as a content note, so mark 2 linked nothing; "See, e.g.," had been read as
        // two authors of the note's first work
        String text = """
                Nudges and the Administrative State
                By Maria Lopez

                Behavioural tools now shape regulation.1 Critics say defaults manipulate choosers.2 The courts have
                not settled the question,3 though early cases point one way.4 Congress acted in 2010.5

                Notes
                1 See Cass R. Sunstein, Nudging: A Very Short Guide, 37 J. Consumer Pol'y 583, 585 (2014) (discussing defaults).
                2 Id. at 590.
                3 See, e.g., Richard A. Posner, Economic Analysis of Law 45 (9th ed. 2014); Brown v. Board of Education, 347 U.S. 483 (1954).
                4 Sunstein, supra note 1, at 588.
                5 Patient Protection and Affordable Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010).
                """;
        Bibliography result = Citekit.create().processText("brief.txt", text);
        assertEquals("1->[0] 2->[1] 3->[2, 3] 4->[4] 5->[5]", TestSupport.links(result.report().documents().get(0)));
        java.util.List<io.github.citekit.model.Item> items = result.items();
        io.github.citekit.model.Item posner = items.stream().filter(i -> i.title().equals(java.util.Optional.of(
                "Economic Analysis of Law"))).findFirst().orElseThrow();
        assertEquals(java.util.List.of(io.github.citekit.model.Name.of("Posner", "Richard A.")), posner.authors(),
                "the signal is no author");
        assertEquals(1, items.stream().filter(i -> i.title().equals(java.util.Optional.of("Nudging: A Very Short Guide")))
                .count(), "the note, \"Id.\" and \"supra\" cite one work");
    }
}
