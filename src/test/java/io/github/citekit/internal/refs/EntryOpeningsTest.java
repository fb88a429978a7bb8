package io.github.citekit.internal.refs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a wrapped line of an unnumbered list must go on with its entry, and where that must not hold it back. */
class EntryOpeningsTest {

    private static boolean continues(String current, String line) {
        return EntryOpenings.continues(new StringBuilder(current), line);
    }

    @Test
    void linesThatNoEntryOpensWithContinue() {
        String entry = "Smith, J. (2001). Handbook of developmental science (pp. 281-298).";
        assertTrue(continues(entry, "Mahwah, NJ, US: Lawrence Erlbaum."));
        assertTrue(continues(entry, "Irvine, CA: Morgan Kaufmann, pp. 24-30."));
        assertTrue(continues(entry, "San Jose, CA. AAAI Press."));
        assertTrue(continues(entry, "Bruxelles, Belgique : De Boeck."));
        assertTrue(continues(entry, "Melbourne, Australia."));
        assertTrue(continues(entry, "Vienna."));
        assertTrue(continues(entry, "DOI : 10.17958/ksmt.19.2.201704.242."));
        assertTrue(continues(entry, "URL http://arxiv.org/abs/1402.1200"));
        assertTrue(continues(entry, "(4), 929-965."));
        assertTrue(continues(entry, "In M. Bar-Asher and A. Dotan (eds), Studies in Hebrew."));
    }

    @Test
    void namesAndOtherOpeningsStillOpenEntries() {
        String entry = "Smith, J. (2001). Handbook of developmental science (pp. 281-298). Mahwah, NJ: Erlbaum.";
        assertFalse(continues(entry, "Jones, K. (2001). Ports. Marine Policy, 5, 1-9."));
        assertFalse(continues(entry, "Doi T, Ishikawa K. Title of a paper. J Jpn Soc 2001; 3: 1-9."));
        assertFalse(continues(entry, "van Dijk, T. (2001). Ports."));
        assertFalse(continues(entry, "Müller, Klaus: Titel. 3. Aufl. Berlin: Springer, 2001."));
        assertFalse(continues(entry, "H. WEIL. Beilstein, 43, 2605 (1910)."));
        assertFalse(continues(entry, "Washington, G. (1796). Farewell address."));
        assertFalse(continues(entry, "http://cern.ch/garfield"));
    }

    @Test
    void aJournalWithItsVolumeContinuesATitleOnlyWhereNoPagesCameYet() {
        assertTrue(continues("Huberman, B. A. (1989). Dynamics of computational ecosystems.", "Physical Review A, 40, 404-421."));
        assertTrue(continues("Smith, J. (2001). Reperfusion and the monsoons.", "J. Climate, 14, 4073-4090."));
        assertTrue(continues("Kibler, D. (1988). Cost-effectiveness league tables: more harm than good?", "Soc Sci Med 1988; 37: 33-40."));
        // a patent's list of journal references, one to a line, each with its pages
        assertFalse(continues("Cancer Research, 51, 672-675, Jan. 15, 1991.", "Cancer Research, 52, 6702-6704, Dec. 1, 1992"));
        assertFalse(continues("White, et al., New England J. Med. 320: 1197-1200 (1989).", "Nature, 329, 630-632 (1987)"));
    }

    @Test
    void entriesThatCannotHaveEndedContinue() {
        String next = "North-Holland, Amsterdam, 237-277.";
        assertTrue(continues("Fahlman, S. E. (1990). In E. Neuhold, Ed.", next));
        assertTrue(continues("Fahlman, S. E. (1990). In E. Neuhold (Ed.).", next));
        assertTrue(continues("Shmueli, O. (1987). In Proceedings, pages 251-255, St.", "Charles, IL, August 1987."));
        assertTrue(continues("Kibler, D. (1988). In Proceedings of User Interface Software and Technology (UIST", "94) 17-26."));
        assertTrue(continues("Johnson. 1982. Voles. In: Chapman, J. A.;", "Feldhamer, G. A., eds. Wild mammals."));
        assertTrue(continues("Spirtes, P., Glymour, C., & Scheines, R. (1993).", "Causation, Prediction, and Search."));
        assertTrue(continues("Smith, J. (2001). Ports. Marine Policy, 5, 1-9. doi:", "10.1016/j.marpol.2001.01.001"));
        assertTrue(continues("Nam, S. W. (2010). Superconducting nanowire single", "photon detectors. Appl. Phys. Lett."));
        // an edition's "ed." and a physicist's year end their entries
        assertFalse(continues("Tobias, R. Thurber, James. Encyclopedia Americana. 1991 ed.", "Taylor, P. J. (2001). Genetic variation."));
        assertFalse(continues("A. Kashaev, From state integrals to q-series, Math. Res. Lett. (2017).", "Michalski, R. (1983). A theory."));
        assertFalse(continues("L. Chen, H.-X. Wang and W. Li, arXiv:1701.00001 (2017).", "V. Tarasov and A. Varchenko, Completeness."));
    }
}
