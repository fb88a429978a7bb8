package io.github.citekit.internal.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Labelled runs become field values: which runs join and which are dropped. */
class SpansTest {

    /** Labels each token by the word's label marker: "Title/title", punctuation and unmarked words "O". */
    private static Map<String, String> read(String... marked) {
        StringBuilder raw = new StringBuilder();
        List<String> labels = new ArrayList<>();
        for (String m : marked) {
            int slash = m.lastIndexOf('/');
            String text = slash > 0 ? m.substring(0, slash) : m;
            String label = slash > 0 ? m.substring(slash + 1) : Labels.OTHER;
            if (raw.length() > 0) {
                raw.append(' ');
            }
            for (Token t : Tokenizer.tokenize(text)) {
                labels.add(label);
            }
            raw.append(text);
        }
        return Spans.fields(raw.toString(), Tokenizer.tokenize(raw.toString()), labels);
    }

    @Test
    void aSecondDateVolumeOrContainerRunIsAnotherWorksAndDropped() {
        Map<String, String> f = read("Kramer/author", "Phys./container-title", "34/volume", "(1987)/date", ", Erratum:",
                "Z. Phys./container-title", "42/volume", "(1989)/date");
        assertEquals("Phys", f.get("container-title"));
        assertEquals("34", f.get("volume"));
        assertEquals("1987", f.get("date"));
        assertEquals("1987", f.get("year"));
    }

    @Test
    void aDateRunWithoutAYearIsCompletedByTheNext() {
        assertEquals("Spring 1998", read("Spring/date", ",", "1998/date").get("date"));
    }

    @Test
    void aSecondTitleRunIsTheContainerWhenNoneIsLabelled() {
        Map<String, String> f = read("Glaucoma drainage devices/title", ".", "Seminars in ophthalmology/title", "25/volume");
        assertEquals("Glaucoma drainage devices", f.get("title"));
        assertEquals("Seminars in ophthalmology", f.get("container-title"));
        Map<String, String> g = read("Title one/title", "In", "Other words/title", "Journal/container-title");
        assertEquals("Title one", g.get("title"));
        assertEquals("Journal", g.get("container-title"));
    }

    @Test
    void namesAndPagesStillJoin() {
        Map<String, String> f = read("Smith, J./author", "and", "Jones, K./author", "pp. 1-2/page", ";", "5-6/page");
        assertEquals("Smith, J, Jones, K", f.get("author"));
        assertEquals("pp. 1-2, 5-6", f.get("page"));
    }

    @Test
    void aSecondImprintsPlaceIsKeptApartButOnePlaceInRunsIsNot() {
        assertEquals("London; Washington, DC", read("London/publisher-place", ":", "Chatham House/publisher", ";",
                "Washington, DC/publisher-place", ":", "Brookings/publisher").get("publisher-place"));
        assertEquals("Cambridge MA", read("Cambridge/publisher-place", ",", "MA/publisher-place", ":", "MIT Press/publisher")
                .get("publisher-place"));
    }

    @Test
    void anUnlabelledNumberRightAfterTheJournalIsItsVolume() {
        List<Token> t = Tokenizer.tokenize("Lipkin, Phys. Lett. B 348, 604 (1995).");
        List<String> labels = new ArrayList<>(List.of("author", "O", "container-title", "container-title",
                "container-title", "container-title", "container-title", "O", "O", "page", "O", "date", "O", "O"));
        assertEquals(t.size(), labels.size());
        List<String> repaired = NumberLabels.volumeAfterJournal(t, labels);
        assertEquals("volume", repaired.get(7));
        assertEquals("O", repaired.get(8));
        // a year after the journal is not a volume, and a labelled volume is left alone
        List<Token> y = Tokenizer.tokenize("Nature 1950");
        assertEquals(List.of("container-title", "O"), NumberLabels.volumeAfterJournal(y, List.of("container-title", "O")));
        labels.set(9, "volume");
        assertEquals(labels, NumberLabels.volumeAfterJournal(t, labels));
    }

    @Test
    void openingWordsBeforeAVolumeWithNoTitleAreTheJournalUnlessTheyHoldInitials() {
        List<Token> t = Tokenizer.tokenize("Die Nahrung 36 (1992) 600-602");
        List<String> labels = List.of("author", "author", "O", "O", "date", "O", "page", "page", "page");
        assertEquals(t.size(), labels.size());
        assertEquals(List.of("container-title", "container-title"), HostLabels.journalFirst(t, labels).subList(0, 2));
        List<Token> person = Tokenizer.tokenize("Disch, Thomas M. 334.");
        List<String> personLabels = List.of("author", "author", "author", "author", "O", "O", "O");
        assertEquals(person.size(), personLabels.size());
        assertEquals(personLabels, HostLabels.journalFirst(person, personLabels));
    }

    @Test
    void aContainerLosesItsInAndATrailingVolumeWord() {
        assertEquals("The Dialogic Imagination", read("In/container-title", "The/container-title",
                "Dialogic/container-title", "Imagination/container-title").get("container-title"));
        assertEquals("AdvancedAcceleratorConcepts", read("inAdvancedAcceleratorConcepts/container-title").get("container-title"));
        assertEquals("Aust Vet J", read("Aust/container-title", "Vet/container-title", "J/container-title",
                "Vol/container-title", "79/volume").get("container-title"));
        assertEquals("Journal f. prakt. Chemie", read("Journal/container-title", "f./container-title",
                "prakt./container-title", "Chemie./container-title", "Band/container-title", "327/volume").get("container-title"));
        // words that only start like the cues stay
        assertEquals("Inorganic Chemistry Novel", read("Inorganic/container-title", "Chemistry/container-title",
                "Novel/container-title").get("container-title"));
    }

    @Test
    void aLinkLosesWhatPdfTextGluesToIt() {
        assertEquals("https://www.bbc.com/news/x-28802646",
                read("https://www.bbc.com/news/x-28802646(accessed/URL", ":", "August", "2014).").get("URL"));
        assertEquals("http://a.org/r.pdf", read("http://a.org/r.pdf,NACA/URL").get("URL"));
        assertEquals("http://arxiv.org/abs/0908.1674v1", read("http://arxiv.org/abs/0908.1674v1;http://arxiv.org/pdf/0908.1674v1/URL").get("URL"));
        assertEquals("https://example.org/a?b=1,2", read("https://example.org/a?b=1,2/URL").get("URL"));
    }

    @Test
    void aStrayNumberReadAsTheDateGivesWayToTheYear() {
        assertEquals("2013", read("Preprint,", "arXiv:1306.", "5364/date", ",", "2013/date", ".").get("date"));
        assertEquals("Spring 1998", read("Spring/date", "1998/date").get("date"));
        assertEquals("1987", read("(1987)/date", ", Erratum", "(1989)/date").get("date"));
    }

    @Test
    void theYearReadAsAPageRunIsNotAPage() {
        assertEquals("169-174", read("Smith/author", "(1991)/date", "Ports.", "1991/page", ",", "169-174/page").get("page"));
        assertEquals("1991", read("Smith/author", "(1991)/date", "Ports, p.", "1991/page").get("page"));
    }

    @Test
    void containerCuesAreLookedForWhereverThePatternFindsThem() {
        List<String> pieces = List.of("In", "in", "IN", ":", " ", ",", ".", "..", "vol", "Vol", "VOLS", "No", "bd",
                "т", "вып", "Т", "Journal", "x", "\n", "\t", "\u2028", "J");
        java.util.Random random = new java.util.Random(20261126);
        int found = 0;
        for (int trial = 0; trial < 200_000; trial++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String v = b.toString();
            if (Spans.CONTAINER_CUES.matcher(v).find()) {
                found++;
                assertEquals(true, Spans.mayHoldContainerCue(v), "'" + v + "'");
            }
        }
        assertEquals(true, found > 10_000, "the random strings hold cues: " + found);
        assertEquals(false, Spans.mayHoldContainerCue("Journal of Physics"));
        assertEquals(true, Spans.mayHoldContainerCue("Journal of Physics, vol."));
    }
}
