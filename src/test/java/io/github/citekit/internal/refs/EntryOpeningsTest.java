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

    @Test
    void apaAndVancouverOpeningsStartAnEntryThatLostItsFullStop() {
        String entry = "Smith, J. (2001). Planning for Contingencies: A Decision-based Approach";
        assertTrue(EntryOpenings.opensStrongly(new StringBuilder(entry), "Anderson, H. (2001). Postmodern collaborative"));
        assertTrue(EntryOpenings.opensStrongly(new StringBuilder(entry), "Rao, A. S., Georgeff, M. P., & Sonenberg, E. (1991). Social"));
        assertTrue(EntryOpenings.opensStrongly(new StringBuilder("Binney J., 2008, Galactic Dynamics, Princeton Uni. Press"),
                "Matsui H, Murakami M, Wynns GC, Conroy CW, Mead A. Membrane"));
        // after an entry without a year that ended as entries end; IOP's spaced initials
        assertTrue(EntryOpenings.opensStrongly(new StringBuilder("S. Keshav. Comparison of rate-based service disciplines. In SIGCOMM."),
                "Lewis, D. (1973). Counterfactuals. Harvard University Press."));
        assertTrue(EntryOpenings.opensStrongly(new StringBuilder("Cardy J 1999 Conformal invariance J. Phys. A 20 L891"),
                "Blom M R, Bertolini A, Hennes E, Schimmel A 2013 Performance"));
        // a wrapped list of names, and a line after an initial or a comma, go on
        assertFalse(EntryOpenings.opensStrongly(new StringBuilder("Smith J, Jones K, Brown L,"), "Davis M, Evans N. Title. 2001."));
        assertFalse(EntryOpenings.opensStrongly(new StringBuilder("Smith, J. (2001). Essays, eds. L. Coly & J. D. S."),
                "Hauptman, H., & Karle, J. (1953). Solution"));
        assertFalse(EntryOpenings.opensStrongly(new StringBuilder("Spirtes, P., Glymour, C.,"), "Scheines, R. (1993). Causation."));
        // a title's words are no names
        assertFalse(EntryOpenings.opensStrongly(new StringBuilder(entry), "Planning Under Uncertainty (2001). Wiley."));
    }

    @Test
    void vancouversColonCollaborationsAndTheSameAuthorsDashOpenEntries() {
        StringBuilder entry = new StringBuilder("Smith, J. (2001). Sensory receptors. Ecology (1996) 77:670-677.");
        assertTrue(EntryOpenings.nextEntry(entry, "Bergren DR: Sensory receptor activation by mediators of defense"));
        assertTrue(EntryOpenings.nextEntry(entry, "Virgo and LIGO Scientific collaborations, B.P. Abbott et al."));
        assertTrue(EntryOpenings.nextEntry(entry, "ATLAS Collab. (G. Aad et al.), Phys. Lett. B 716, 1 (2012)."));
        assertTrue(EntryOpenings.nextEntry(entry, "-, R. Colacito, and T. J. Sargent, \"Benefits of Monetary Policy\""));
        // a journal's section letter before a colon is no Vancouver initial
        assertFalse(EntryOpenings.nextEntry(new StringBuilder("Tranchida J, Thibaudeau P and Nicolis S 2016"),
                "Physica B: Condensed Matter 486 57-59"));
    }

    @Test
    void aGostPartsMarkOrAnInitialWantsTheNumberOnTheNextLine() {
        assertTrue(EntryOpenings.wantsANumber(new StringBuilder("Гусейнов А. А. Закон // Этическая мысль. Ежегодник. Вып.")));
        assertTrue(EntryOpenings.wantsANumber(new StringBuilder("// Логос. Международный ежегодник. Кн.")));
        assertTrue(EntryOpenings.wantsANumber(new StringBuilder("Поппер К. Логика / пер. с англ. И.")));
        assertFalse(EntryOpenings.wantsANumber(new StringBuilder("Поппер К. Логика. — М. : Прогресс, 1983.")));
        // an abbreviation at the end goes on in lower case; a sentence's end does not
        assertTrue(continues("Иванов И. И. Экономика строительного комплекса : дис. … канд.", "экон. наук : 08.00.05."));
        assertFalse(continues("Иванов И. И. Экономика. — М. : Наука, 2001. — 300 с. Second edition.", "de Waal, T. (2003)."));
    }
}
