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
}
