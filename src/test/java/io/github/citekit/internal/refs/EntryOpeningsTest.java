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
    void aLineOpeningAsTheEntryBeforeOpenedOpensTheNextOfALikeList() {
        assertTrue(EntryOpenings.opensAsTheEntryBefore(new StringBuilder("Meeting #126 Bruges, Belgium 19-23 August 2019"),
                "Meeting #92, Ljubljana, SI, 26th-30th Aug, 2019"));
        assertTrue(EntryOpenings.opensAsTheEntryBefore(new StringBuilder("Harbourworks Agency. 2010. Silt in ports. Geneva: HA."),
                "Harbourworks Agency. 2011. Tides and silt. Geneva: HA."));
        // the entry so far has not ended, a common word opens many entries, another word opens this one
        assertFalse(EntryOpenings.opensAsTheEntryBefore(new StringBuilder("Meeting #126, August 18-23,"), "Meeting #92, 2019"));
        assertFalse(EntryOpenings.opensAsTheEntryBefore(new StringBuilder("Journal of Silt. 2010. Tides. 4, 1-9."), "Journal of Silt, 5."));
        assertFalse(EntryOpenings.opensAsTheEntryBefore(new StringBuilder("Meeting #126, Bruges, 2019."), "Meetings of the Council."));
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
    @Test
    void aNumberInBracketsOpeningALineMarksAnEntry() {
        assertTrue(EntryOpenings.opensWithBracketedNumber("[10]http://cern.ch/garfield."));
        assertTrue(EntryOpenings.opensWithBracketedNumber("[ 43]N. Vilenkin, A. Klimyk, Representation of Lie Groups"));
        assertTrue(EntryOpenings.opensWithBracketedNumber("[52] T. Nubbemeyer, M. Kaumanns, Opt. Lett. 25, 575 (2000)."));
        // a wrapped line's bracket holds no number alone: a category, an identifier, a year, a range of references
        assertFalse(EntryOpenings.opensWithBracketedNumber("[hep-lat/0305004]."));
        assertFalse(EntryOpenings.opensWithBracketedNumber("[2006] Oxford: Clarendon."));
        assertFalse(EntryOpenings.opensWithBracketedNumber("[12, 13] and the works cited there."));
        assertFalse(EntryOpenings.opensWithBracketedNumber("[Reprinted: Int. J. Mod. Phys. B 10, 1755 (1996)]."));
    }

    @Test
    void aStandardsDesignationOpensAnEntryAfterOneWithoutAYear() {
        StringBuilder entry = new StringBuilder("3GPP TS 23.401: \"General Packet Radio Service (GPRS) enhancements; Stage 2\".");
        assertTrue(EntryOpenings.nextEntry(entry, "3GPP TS 23.402: \"Architecture enhancements for non-3GPP accesses\"."));
        assertTrue(EntryOpenings.nextEntry(entry, "ISO/IEC 23090-6: \"Immersive media metrics\"."));
        assertTrue(EntryOpenings.nextEntry(entry, "Recommendation ITU-R BT.500-13: \"Methodology for the subjective assessment\"."));
        // the entry must have ended: a standard's designation cited inside a title goes on with it
        assertFalse(EntryOpenings.nextEntry(new StringBuilder("3GPP TS 23.401: \"Enhancements to the procedures of"),
                "3GPP TS 23.402: \"Architecture enhancements\"."));
    }

    @Test
    void afterAWholeVancouverArticleACapitalOpensTheNextEntry() {
        StringBuilder article = new StringBuilder("Holmes DR, Bates EX. Reperfusion therapy for cardiogenic shock. J Am Coll Cardiol 1995; 26:668-674.");
        assertTrue(EntryOpenings.opensAfterAWholeArticle(article, "The Cardiac Insufficiency Bisoprolol Study II (CIBIS-II): a randomised"));
        assertTrue(EntryOpenings.opensAfterAWholeArticle(new StringBuilder("Criteria for diagnosis. Lancet 1990 Jan 5;335(8):1078-80."),
                "Prevention of stroke by antihypertensive drug treatment in older persons"));
        // what PubMed adds after the pages, a lower-case word, or an article that has not reached its pages
        assertFalse(EntryOpenings.opensAfterAWholeArticle(article, "Epub 1995 Mar 3."));
        assertFalse(EntryOpenings.opensAfterAWholeArticle(article, "Erratum in: J Am Coll Cardiol 1996; 27:1."));
        assertFalse(EntryOpenings.opensAfterAWholeArticle(article, "and the registry that followed it."));
        assertFalse(EntryOpenings.opensAfterAWholeArticle(new StringBuilder("Holmes DR, Bates EX. Reperfusion therapy. J Am Coll Cardiol 1995;"),
                "Supplement 2: 26-34."));
    }

    @Test
    void chineseJapaneseAndKoreanNamesBeforeTheYearOrACommaOpenAnEntry() {
        StringBuilder entry = new StringBuilder("김경화, 노이즈 듣기: 소음의 소리 정체성, 음악이론연구 제 27집, 2019, pp.140-163.");
        assertTrue(EntryOpenings.nextEntry(entry, "中井えり子 (2015). 大学図書館と特殊コレクション. カレントアウェアネス, 323, 8-12."));
        assertTrue(EntryOpenings.nextEntry(entry, "北鄕繁 & 鈴木輝之 (1973), 砂と粘土の混合土の土質工學的性質."));
        assertTrue(EntryOpenings.nextEntry(entry, "이경렬․박명진(2016), 스크린 유형과 광고주 업종에 따른 동영상광고의 노출효과."));
        assertTrue(EntryOpenings.nextEntry(entry, "오다쇼고(小田省吾), 京城尊都の 由來, 朝鮮 제197호, 1931."));
        assertTrue(EntryOpenings.nextEntry(entry, "米田美代治, 1940, 慶州望德寺の研究, 朝鮮と建築19(4), pp.31-42."));
        // a journal's name in kana before a comma, or a long name before its number, is no author
        assertFalse(EntryOpenings.nextEntry(entry, "アーカイブズ, 71, 2019."));
        assertFalse(EntryOpenings.nextEntry(entry, "日本造船学会誌, 869, p.638."));
        assertFalse(EntryOpenings.nextEntry(entry, "한국노년학, 28(4), 815-829."));
    }

    @Test
    void aNumberGluedToTheNamesAfterItOpensAnEntry() {
        StringBuilder entry = new StringBuilder("Ryle G. The Concept of Mind. London: Hutchinson, 1949.");
        assertTrue(EntryOpenings.opensWithGluedNumber(entry, "17.Creed PA, Hicks RE, Machin MA. Behavioural plasticity and mental health."));
        assertTrue(EntryOpenings.opensWithGluedNumber(entry, "2-Trimba R, Spivak JM, Bendo JA. Conjoined nerve roots of the lumbar spine."));
        // a chemical's name, or a number glued to a word that opens no reference
        assertFalse(EntryOpenings.opensWithGluedNumber(entry, "2-Amino-4-nitrophenol and its salts in hair dyes."));
        assertFalse(EntryOpenings.opensWithGluedNumber(entry, "3.Aufl. Stuttgart: Thieme, 1999."));
    }

    @Test
    void aLinksFileNameAndAFrenchForthcomingEndAnEntry() {
        // the link broken by a space, as lines joined from a PDF leave it: its end alone is no link
        assertTrue(EntryOpenings.nextEntry(new StringBuilder("Smith, J. 2016. Studies of the pixel module. PhD thesis. http://hss.ulb.uni-bonn.de/"
                + "2016/4348/4348. htm"), "Ottnad, J., Studies on field distortions, 2017."));
        assertTrue(EntryOpenings.nextEntry(new StringBuilder("Smith, J. Studies of the pixel module. http://hss.ulb.uni-bonn.de/ dateien/t0042.pdf"),
                "Lupberger, M., & Desch, K. (2015). The pixel-TPC."));
        assertTrue(EntryOpenings.nextEntry(new StringBuilder("M. BOLTE, M. MASSAUX et J. ZAREMBOVITCH. Inorg. Chim. Acta. À paraître."),
                "F. C. FREDERICK et K. E. JOHNSON. J. Electrochem. Soc. 2070 (1981)."));
        // a format's name is no file's name
        assertFalse(EntryOpenings.nextEntry(new StringBuilder("Smith, J. Studies of the pixel module, a thesis written in html"),
                "Lupberger, M., & Desch, K. (2015). The pixel-TPC."));
    }
}
