package io.github.citekit.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DOIs are found in their common forms and cleaned of what surrounds them, but not of their own characters. */
class DoisTest {

    @Test
    void prefixesAndTrailingPunctuationGo() {
        assertEquals("10.1000/jes.2010.7", Dois.clean("https://doi.org/10.1000/JES.2010.7."));
        assertEquals("10.1000/jes.2010.7", Dois.clean("doi: 10.1000/JES.2010.7"));
        assertEquals(List.of("10.1000/a.1", "10.1000/b.2"),
                List.copyOf(Dois.findAll("see doi:10.1000/a.1, and https://dx.doi.org/10.1000/b.2).")));
    }

    @Test
    void whatPdfExtractionGluesToTheEndGoes() {
        assertEquals("10.1103/physrevd.92.034519", Dois.clean("10.1103/PhysRevD.92.034519.URL"));
        assertEquals("10.1038/nrn2947", Dois.clean("10.1038/nrn2947[doi]"));
        assertEquals("10.1088/0264-9381/33/5/055008", Dois.clean("10.1088/0264-9381/33/5/055008[arXiv"));
    }

    @Test
    void aDoisOwnBracketsStay() {
        assertEquals("10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0",
                Dois.clean("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"));
        assertEquals("10.1061/(asce)0733-9429(1986)112:12(1117", Dois.clean("10.1061/(ASCE)0733-9429(1986)112:12(1117"));
    }

    @Test
    void aYearOrANoteGluedInBracketsGoesAndASpacedDoiIsReadAfterItsMark() {
        assertEquals("10.1039/c9ee00453j", Dois.clean("10.1039/c9ee00453j(2019"));
        assertEquals("10.14191/atmos.2019.29.5.551", Dois.clean("10.14191/atmos.2019.29.5.551(inKoreanWithEnglishAbstract"));
        assertEquals(List.of("10.1093/jb/mvg083"), List.copyOf(Dois.findAll("Biochem. 133:651-657. doi: 10. 1093/jb/mvg083.")));
        assertEquals(List.of("10.1103/physreve.49.55"), List.copyOf(Dois.findAll("E 49 (1994) 55-69.doi :10.1103 /PhysRevE.49.55.")));
        assertEquals(List.of(), List.copyOf(Dois.findAll("Vol. 10. 1093 pages / 12 plates")), "no mark, no DOI");
    }
}
