package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.report.DocumentReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an unnumbered reference list is cut into entries: by line, or by wrapped lines joined. */
class ReferenceListLinesTest {

    private static DocumentReport report(String text) {
        return TestSupport.report("lines.txt", text);
    }

    private static final String HEAD = """
            Cardiogenic Shock Revisited
            Jane Doe

            Abstract
            We review the trials (Holmes et al. 1995), the registry of Anderson et al. (1991) and the theory (Shmueli 1987).

            References
            """;

    @Test
    void aListWiderThanAPageColumnHasOneEntryPerLine() {
        // lines of a web page or a word processor, wider than any PDF column: entries that end without a full
        // stop and open in Vancouver's or a given name's order are no wrapped lines of the one before
        String text = HEAD + """
                D. Sexty, PoS LATTICE 2014 (2015) [arXiv:1410.8813 [hep-lat]]
                Oded Shmueli. Decidability and expressiveness aspects of logic queries. In Proceedings of the Sixth Symposium on Principles of Database Systems (PODS), pages 237-249, 1987.
                Holmes DR, Bates EX, Kleimen NS. Contemporary reperfusion therapy for cardiogenic shock: the GUSTO-I trial experience. J Am Coll Cardiol 1995; 26:668-674
                Anderson FA Jr, Wheeler HB, Goldberg RJ, Hosmer DW, Patwardhan NA. A population based perspective of the hospital incidence and case-fatality rates of deep vein thrombosis. Arch Intern Med 1991; 151:933-938
                T. Yamazaki et al., Phys. Rept. 514, 1 (2012)
                """;
        DocumentReport r = report(text);
        assertEquals(5, r.references());
        assertEquals("(Holmes et al. 1995)->[2] Anderson et al. (1991)->[3] (Shmueli 1987)->[1]", TestSupport.links(r));
    }

    @Test
    void namesWithParticlesAreCitedWithOrWithoutThem() {
        String text = """
                Harbours of Two Continents
                Jane Doe

                Abstract
                Van der Berg (2010) and de Souza (2012) describe ports (van der Berg, 2010; de Souza, 2012), as does Berg (2010).

                References
                van der Berg, H. (2010). Ports and their basins. Maritime Review, 1, 1-2.
                de Souza, M. (2012). Harbours of the south. Maritime Review, 3, 3-4.
                """;
        DocumentReport r = report(text);
        assertEquals(2, r.references());
        // the last, "Berg (2010)", names the family without its particle
        assertEquals("Van der Berg (2010)->[0] de Souza (2012)->[1] (van der Berg, 2010; de Souza, 2012)->[0, 1] Berg (2010)->[0]",
                TestSupport.links(r));
    }

    @Test
    void aShortListOfWholeOneLineEntriesOneOpeningWithThe() {
        String text = """
                Why Port Congestion Persists
                Posted on March 3, 2022 by Tom Reyes

                Congestion did not ease (UNCTAD). Lines blame labour (Drewry); economists point to demand (Jeffrey Sachs).
                The problem is structural (The Next Stage).

                Sources
                UNCTAD. Review of Maritime Transport 2021. Geneva: United Nations, 2021.
                Drewry. "Port congestion tracker." Drewry Maritime Research, January 2022. https://www.drewry.co.uk/port-congestion
                Jeffrey Sachs, "The global supply chain crisis," Project Syndicate, November 2021.
                The Next Stage. "Ports after the pandemic." The Next Stage Blog, 12 December 2021.
                """;
        DocumentReport r = report(text);
        // four lines, each a whole entry: the last had been joined to the one before, while "The Next Stage" read as a
        // title (an organisation before a quoted title is the author, and an author opens an entry)
        assertEquals(4, r.references());
        assertEquals("(UNCTAD)->[0] (Drewry)->[1] (Jeffrey Sachs)->[2] (The Next Stage)->[3]", TestSupport.links(r));
    }

    @Test
    void harvardsUndatedAgencyThreeNarrativeNamesAndMlasAuthorAndPage() {
        String harvard = """
                Harbours and Heat
                Jane Doe

                Abstract
                According to the EPA (n.d.), ports are warm. Berardi, Okafor and Mensah (2014) agree, unlike Europe, Lee (2014).

                Reference list
                Berardi, U., Okafor, A. and Mensah, K. (2014) 'Green roofs on port buildings', Applied Energy, 115, pp. 411-428.
                EPA (n.d.) Heat Island Effect. Available at: https://www.epa.gov/heatislands (Accessed: 3 March 2020).
                """;
        DocumentReport h = report(harvard);
        // the agency before "(n.d.)" is the entry's author; the first of three names stands before the last two; a
        // place before a name that cites no entry is no author
        assertEquals("EPA (n.d.)->[1] Berardi, Okafor and Mensah (2014)->[0] Lee (2014)->[]", TestSupport.links(h));
        String mla = """
                Memory and Monuments
                Anna Keller

                Abstract
                Memory is contested (Young 12), a palimpsest (Huyssen, Present Pasts 81) of ghosts (Ladd 3-5), as (Table 2) shows.

                Works Cited
                Huyssen, Andreas. Present Pasts: Urban Palimpsests and the Politics of Memory. Stanford UP, 2003.
                Ladd, Brian. The Ghosts of Berlin: Confronting German History in the Urban Landscape. U of Chicago P, 1997.
                Young, James E. "The Counter-Monument: Memory against Itself." Critical Inquiry, vol. 18, no. 2, 1992, pp. 267-96.
                """;
        assertEquals("(Young 12)->[2] (Huyssen, Present Pasts 81)->[0] (Ladd 3-5)->[1]", TestSupport.links(report(mla)));
    }

    @Test
    void lettersAfterANarrativeYearAYearAloneAfterASemicolonAndNumbersEachWithItsLocator() {
        String text = """
                Harbours of Two Continents
                Jane Doe

                Abstract
                Roe et al. (2001a, b) agree. Dredging is dear (Roe, 2001a; 2003).

                References
                Roe, R., Poe, P., & Loe, L. (2001a). Silt in ports. Journal of Ports, 3, 1-9.
                Roe, R., Poe, P., & Loe, L. (2001b). More silt. Journal of Ports, 3, 10-19.
                Roe, R. (2003). A survey of silt. Journal of Ports, 5, 10-19.
                """;
        assertEquals("Roe et al. (2001a, b)->[0, 1] (Roe, 2001a; 2003)->[0, 2]", TestSupport.links(report(text)));
        String russian = """
                ЗАИЛЕНИЕ МАЛЫХ ГАВАНЕЙ

                Петрова А. С.

                Аннотация. Ил накапливается быстро [1, с. 5; 3], как и прежде [2, с. 7; 3, с. 9].

                Список литературы
                1. Сидоров С. С. Ил. М. : Наука, 2015. 320 с.
                2. Иванов И. И. Гавани // Вестник портов. 2010. № 2. С. 10–20.
                3. Петров П. П. Приливы. СПб. : Питер, 2012. 100 с.
                """;
        assertEquals("[1, с. 5; 3]->[0, 2] [2, с. 7; 3, с. 9]->[1, 2]", TestSupport.links(report(russian)));
    }

    @Test
    void aWrappedListOfLikeEntriesIsCutWhereEachOpensAsTheOneBefore() {
        // no names, no full stops: only their common opening tells where each ends
        String text = """
                Silt in Small Harbours
                Jane Doe

                Abstract
                We review the meetings of the working group and their reports.

                References
                Meeting #126, August 18-23, 2019, Bruges, Belgium, with the working groups on
                dredging and silt held in Ghent on the days before, 2019
                Meeting #92, Ljubljana, SI, 26th-30th Aug, 2019, hosted by the port authority
                of Koper and the Slovenian maritime administration, 2019
                Meeting #33 Sophia Antipolis, France, 2nd-6th September 2019
                Meeting #107, Prague, Czech Republic, 26th-30th August 2019, with the joint
                session on harbour basins and tidal silt of the two working groups, 2019
                """;
        assertEquals(4, report(text).references());
    }

    @Test
    void oneBulletedEntryAmongUnmarkedOnesMarksNoList() {
        String text = HEAD + """
                Shmueli, O. (1987). Decidability and expressiveness aspects of logic queries. In Proceedings of PODS, 237-249.
                • Holmes, D. R., Bates, E. X., & Kleimen, N. S. (1995). Contemporary reperfusion therapy for cardiogenic shock. J Am Coll Cardiol, 26, 668-674.
                Anderson, F. A., Wheeler, H. B., & Goldberg, R. J. (1991). A population based perspective of deep vein thrombosis. Arch Intern Med, 151, 933-938.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("(Holmes et al. 1995)->[1] Anderson et al. (1991)->[2] (Shmueli 1987)->[0]", TestSupport.links(r));
        assertEquals(List.of(), r.uncited());
    }

    @Test
    void aWrappedEntryEndsWhereItsLastLineLeftRoomForTheNextWord() {
        // a PDF dump's column: "Holmes DR," and "Oded Shmueli." open no entry the way "Family, I." does, but
        // the line before each ended with room to spare, and a full stop
        String text = HEAD + """
                Anderson FA Jr, Wheeler HB, Goldberg RJ, Hosmer DW, Patwardhan NA. A population based
                perspective of the hospital incidence and case-fatality rates of deep vein thrombosis.
                Arch Intern Med 1991; 151:933-938.
                Holmes DR, Bates EX, Kleimen NS. Contemporary reperfusion therapy for cardiogenic shock:
                the GUSTO-I trial experience. J Am Coll Cardiol 1995; 26:668-674.
                Oded Shmueli. Decidability and expressiveness aspects of logic queries. In Proceedings
                of the Sixth Symposium on Principles of Database Systems (PODS), pages 237-249, 1987.
                T. Yamazaki et al., Phys. Rept. 514, 1 (2012).
                """;
        DocumentReport r = report(text);
        assertEquals(4, r.references());
        assertEquals("(Holmes et al. 1995)->[1] Anderson et al. (1991)->[0] (Shmueli 1987)->[2]", TestSupport.links(r));
    }

    @Test
    void vancouverOpeningsAndEntriesEndingWithAPageAreFoundInAWrappedColumn() {
        // the first entry's last line fills the column, so only the next one's Vancouver opening tells; the
        // astronomers' entries end with a page and no full stop
        String text = """
                Galaxies and Genes
                Jane Doe

                Abstract
                We cite (Fitch 1970), (Wang and Silk 1994) and (Arnaud et al. 2001) here.

                References
                Anderson FA Jr, Wheeler HB, Goldberg RJ, Hosmer DW. A population based perspective of the
                hospital incidence of deep vein thrombosis in the community. Arch Intern Med 1991; 151:933-938.
                Fitch WM. Distinguishing homologous from analogous proteins. Syst Zool 1970; 19:99-113.
                Wang, B., Silk, J., 1994, ApJ, 427, 759
                Arnaud, M., Neumann, D. M., Aghanim, N., Gastaud, R., Majerowicz, S., et al. 2001, A&A,
                365, L67
                Smith, J. 2003, A catalogue of clusters of galaxies observed with the survey telescope, MNRAS,
                340, 1-20
                """;
        DocumentReport r = report(text);
        assertEquals(5, r.references());
        assertEquals("(Fitch 1970)->[1] (Wang and Silk 1994)->[2] (Arnaud et al. 2001)->[3]", TestSupport.links(r));
    }

    @Test
    void aWrappedLineOpeningWithANumberOfAnotherStyleContinuesItsEntry() {
        String text = """
                Zooming Interfaces
                Jane Doe

                Abstract
                Zooming was proposed early [2] and studied since [1, 3]; oil maps too [5].

                References
                [1] Perlin, K., & Fox, D., Pad: An alternative approach to the computer interface, Proceedings of
                SIGGRAPH 93, 57-64, 1993.
                [2] Bederson, B. B., & Hollan, J. D., Pad++: A zooming graphical interface, Proceedings of UIST (UIST
                94) 17-26, ACM, New York, 1994.
                [3] Furnas, G. W., Generalized fisheye views, Proceedings of CHI 86, 16-23, 1986.
                [4] Goudie, M. A., The Elbow area of Saskatchewan. Oil in Canada, Technical Section, p 18
                - 22, April 30, 1956.
                [5] Smith, J., Maps of oil, Oil in Canada, 3, 1-4, 1957.
                """;
        DocumentReport r = report(text);
        assertEquals(5, r.references());
        assertEquals("[2]->[1] [1, 3]->[0, 2] [5]->[4]", TestSupport.links(r));
    }

    @Test
    void anOpenRangeAtALineEndIsNotJoinedToTheNextEntrysNumber() {
        // GOST's "1978–" (a set still appearing) at a line's end was joined to "2." as a word broken at a dash,
        // and entry 2 lost its number and its place
        String text = """
                О метафизике
                Иванова А. А.

                Аннотация
                Хайдеггер [1] и Пико [2, с. 12] писали об этом; Кант тоже [3].

                Список литературы
                1. Heidegger M. Gesamtausgabe. 4 Abteilungen. I. Abteilung. — Frankfurt am Main : Klostermann, 1978–
                2. Пико делла Мирандола Д. Речь о достоинстве человека / пер. Л. Брагиной. — М. : Наука, 1985.
                3. Кант И. Сочинения в шести томах. Т. 4. Ч. 1. — М. : Мысль, 1965. — 544 с.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("[1]->[0] [2, с. 12]->[1] [3]->[2]", TestSupport.links(r));
    }

    @Test
    void twoVolumesOfOneWorkAreNoRunningHead() {
        // the two lines are one with their numbers aside, as a page's head is: they were taken out of the text
        String text = """
                О Камю
                Иванова А. А.

                Аннотация
                Об абсурде (Камю, 1998) писали многие (Бахтин, 1994).

                Список литературы
                Камю А. Собрание сочинений. В 5 т. Т. 3 : пер. с фр. — Харьков : Фолио, 1998. — 575 с. — (Вершины).
                Бахтин М. М. К философии поступка // Работы 20-х годов. — Киев : Next, 1994.
                Гегель Г. В. Ф. Феноменология духа / пер. с нем. Г. Шпета. — СПб. : Наука, 1992. — 443 с.
                Декарт Р. Сочинения в двух томах : пер. с лат. и фр. Т. 1. — М. : Мысль, 1989. — 654 с.
                Кант И. Сочинения в шести томах. Т. 4. Ч. 1. — М. : Мысль, 1965. — 544 с.
                Камю А. Собрание сочинений. В 5 т. Т. 4 : пер. с фр. — Харьков : Фолио, 1998. — 620 с. — (Вершины).
                """;
        DocumentReport r = report(text);
        assertEquals(6, r.references());
    }

    @Test
    void aNumberedEntryNamingASuggestedCitationDoesNotEndItsList() {
        // "Cite this as:" ends a list where a repository's page foot prints it; as entry 2 it had taken entries
        // 2 and 3 with it
        String text = """
                Oncology Notes
                Jane Doe

                Abstract
                We cite [1], [2] and [3].

                References
                [1] Alison MR, Sarraf CE. Apoptosis: regulation and relevance to toxicology. Hum Exp Toxicol 1995; 14: 234-247.
                [2] Cite this as: TBM 2011;1:110-122
                [3] Reiter R. A theory of diagnosis from first principles. Artificial Intelligence 1987; 33: 57-95.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("[1]->[0] [2]->[1] [3]->[2]", TestSupport.links(r));
    }

    @Test
    void aPdfColumnsWrappedEntriesAreStillJoined() {
        String text = HEAD + """
                Anderson, F. A., Wheeler, H. B., and Goldberg, R. J. (1991). A population
                based perspective of the hospital incidence of deep vein thrombosis. Arch
                Intern Med, 151, 933-938.
                Holmes, D. R., Bates, E. X., and Kleimen, N. S. (1995). Contemporary
                reperfusion therapy for cardiogenic shock. J Am Coll Cardiol, 26, 668-674.
                Shmueli, O. (1987). Decidability and expressiveness aspects of logic
                queries. In Proceedings of PODS, 237-249.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("(Holmes et al. 1995)->[1] Anderson et al. (1991)->[0] (Shmueli 1987)->[2]", TestSupport.links(r));
    }

    @Test
    void entriesEndingWithAPageOrASemicolonOneToALineAreEntriesOfTheirOwn() {
        // astronomers' and chemists' lists, one entry to a line but no wider than a column: an entry ends with a
        // page, or with the ";" of a compound reference, and the next line opens with a name
        String text = """
                Clusters and Porphyrins
                Jane Doe

                Abstract
                We cite (Anders and Grevesse 1989), (Arnaud 1996), (Collman 1977) and (Battersby and Hartley 1978).

                References
                Anders, E., & Grevesse, N. 1989, Geochim. Cosmochim. Acta, 53, 197
                Arnaud, K. A. 1996, ASP Conf. Ser., 101, 17
                Aschenbach, B., Egger, R., & Trumper, J. 1995, Nature, 373, 587
                J. P. COLLMAN. Acc. Chem. Res. 10, 265 (1977);
                A. R. BATTERSBY, S. G. HARTLEY et M. D. TURNBULL. Tetrahedron Lett. 3169 (1978);
                A. R. BATTERSBY et A. D. HAMILTON. J. Chem. Soc. Chem. Commun. 117 (1980).
                """;
        DocumentReport r = report(text);
        assertEquals(6, r.references());
        assertEquals("(Anders and Grevesse 1989)->[0] (Arnaud 1996)->[1] (Collman 1977)->[3] (Battersby and Hartley 1978)->[4]",
                TestSupport.links(r));
    }

    @Test
    void physicsStyleNamesWithBareInitialsOpenEntries() {
        // IOP's "Family I and Family I year": no comma or full stop after the initials
        String text = """
                Logarithmic Fields
                Jane Doe

                Abstract
                We cite (Astashkevich 1997), (Cardy 1999) and (Dubail et al. 2010).

                References
                Astashkevich A 1997 On the structure of Verma module over Virasoro and Neveu-Schwarz algebras Commun. Math. Phys. 186 531-62
                Cardy J 1999 Logarithmic correlations in quenched random magnets and polymers (arxiv:cond-mat/9911024)
                Dubail J, Jacobsen J L and Saleur H 2010 Conformal field theory at c = 0 Nucl. Phys. B 834 399
                Frauendorf S and Meng J 1997 Nucl. Phys. A 617 131
                """;
        DocumentReport r = report(text);
        assertEquals(4, r.references());
        assertEquals("(Astashkevich 1997)->[0] (Cardy 1999)->[1] (Dubail et al. 2010)->[2]", TestSupport.links(r));
    }

    @Test
    void wrappedEndsOfEntriesThatAreMostlyNumbersAreNoRunningHead() {
        // "102, no. 14, p. 146401, 2009." and "82, no. 24, p. 241102, 2010." are one line with their numbers aside, as a
        // page's head is; they were taken out, and each entry lost its end
        String text = """
                Topological Matter
                Jane Doe

                Abstract
                We cite (Essin et al. 2009), (Turner et al. 2010) and (Fu 2011).

                References
                Essin, A. M., Moore, J. E., and Vanderbilt, D. "Magnetoelectric polarizability
                and axion electrodynamics in crystalline insulators," Phys. Rev. Lett., vol.
                102, no. 14, p. 146401, 2009.
                Fu, L. "Topological crystalline insulators," Phys. Rev. Lett., vol. 106, p. 106802, Mar 2011.
                Turner, A. M., Zhang, Y., and Vishwanath, A. "Entanglement and inversion
                symmetry in three-dimensional topological band insulators," Phys. Rev. B, vol.
                82, no. 24, p. 241102, 2010.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("(Essin et al. 2009)->[0] (Turner et al. 2010)->[2] (Fu 2011)->[1]", TestSupport.links(r));
        List<String> pages = Citekit.create().processText("topo.txt", text).items().stream()
                .map(i -> i.get(io.github.citekit.model.Field.PAGE).orElse("")).filter(p -> !p.isEmpty()).sorted().toList();
        assertEquals(List.of("106802", "146401", "241102"), pages);
    }

    @Test
    void particlesEtAlKoreanNamesAndStandardsOpenEntries() {
        // each entry ends without a full stop or with one, and opens in a way a "Family, I." list reader missed
        String text = """
                Mixed Lists
                Jane Doe

                Abstract
                We cite (Suzuki et al. 1993), (Folkman 1985), (van Bueren 1992), (성춘택 2017) and (Williams 1995).

                References
                Monto, et al., Blood 79, 2670 (1990)
                Suzuki, et al., Biochem. Mol. Bio. Int. 1993, 31(4), 693-700
                Folkman, 1985, Advances in Cancer Research, eds. Klein and Weinhouse, Academic Press, New York, pp. 175-203
                van Bueren J, Larkin DP, Simpson RA. Inactivation of human immunodeficiency virus. J Virol 1992; 66:12-19.
                성춘택, 2017, 한국 구석기고고학사 시론, 한국상고사학보 98, pp.5-41.
                권 진. (2013). 현대 패션에 나타난 확장형 소매의 구성 특성 분석. 한국디자인문화학회지, 19(3), 1-9.
                C. K. I. Williams. Combining deformable models and neural networks. Machine Learning, 1995.
                3GPP TS 23.501: "System Architecture for the 5G System". 2019.
                """;
        DocumentReport r = report(text);
        assertEquals(8, r.references());
        assertEquals("(Suzuki et al. 1993)->[1] (Folkman 1985)->[2] (van Bueren 1992)->[3] (성춘택 2017)->[4] (Williams 1995)->[6]",
                TestSupport.links(r));
    }

    @Test
    void aYearGluedToItsMonthOrAWorkInPreparationEndsAnEntry() {
        // the entry before must name a year (or say why it has none) for a line opening with a name to start
        // the next: "Sep2012" and "In preparation." had not counted
        String text = """
                Bargaining and Insulators
                Jane Doe

                Abstract
                We cite (Rubinstein 1982) and (Smith 2001).

                References
                Fang, C., "Topological insulators," Phys. Rev. B, vol. 86, p. 115112, Sep2012 .
                Rubinstein, A. (1982). Perfect equilibrium in a bargaining model. Econometrica, 50, 97-109.
                Corley, S., and Jacobson, T. In preparation.
                Smith, J. 2001, ApJ, 5, 6
                """;
        DocumentReport r = report(text);
        assertEquals(4, r.references());
        assertEquals("(Rubinstein 1982)->[1] (Smith 2001)->[3]", TestSupport.links(r));
    }

    @Test
    void aPageBreakInsideANumberedListNeitherEndsItNorCutsAnEntry() {
        // pdftotext's page break: the page's number, a form feed, the next page's running head; and a download
        // line the reader does not know as a page's foot
        String text = """
                Zooming Interfaces
                Jane Doe

                Abstract
                Zooming was proposed early [2] and studied since [1, 3]; maps too [4].

                References
                [1] Perlin, K., & Fox, D., Pad: An alternative approach to the computer interface, Proceedings of
                SIGGRAPH 93, 57-64, 1993.
                [2] Bederson, B. B., & Hollan, J. D., Pad++: A zooming graphical interface, Proceedings of the
                Symposium on User Interface Software and Technology,

                7
                \fJ. Doe et al. / Journal of Things 12 (2020) 70–79

                ACM, New York, 17-26, 1994.
                [3] Furnas, G. W., Generalized fisheye views, Proceedings of CHI 86, 16-23, 1986.

                Downloaded from https://example.org/things on 5 May 2020

                [4] Smith, J., Maps of oil, Oil in Canada, 3, 1-4, 1957.
                """;
        DocumentReport r = report(text);
        assertEquals(4, r.references());
        assertEquals("[2]->[1] [1, 3]->[0, 2] [4]->[3]", TestSupport.links(r));
        assertEquals("[2] Bederson, B. B., & Hollan, J. D., Pad++: A zooming graphical interface, Proceedings of the "
                + "Symposium on User Interface Software and Technology, ACM, New York, 17-26, 1994.", entries(text).get(1));
    }

    @Test
    void pagesNumberedWithDashesOrAsPageNOfMAreNoPartOfAnEntry() {
        // groff prints "- 7 -" over a page, Word "Page 7 of 12" under it
        for (String number : List.of("- 7 -", "–7–", "Page 7 of 12", "Page 7")) {
            String text = """
                    Zooming Interfaces
                    Jane Doe

                    Abstract
                    Zooming was proposed early [2] and studied since [1, 3].

                    References
                    [1] Perlin, K., & Fox, D., Pad: An alternative approach to the computer interface, Proceedings of
                    SIGGRAPH 93, 57-64, 1993.
                    [2] Bederson, B. B., & Hollan, J. D., Pad++: A zooming graphical interface, ACM, New York, 17-26, 1994.

                    %s

                    [3] Furnas, G. W., Generalized fisheye views, Proceedings of CHI 86, 16-23, 1986.
                    """.formatted(number);
            DocumentReport r = report(text);
            assertEquals(3, r.references(), number);
            assertEquals("[2] Bederson, B. B., & Hollan, J. D., Pad++: A zooming graphical interface, ACM, New York, 17-26, 1994.",
                    entries(text).get(1), number);
        }
    }

    @Test
    void aNumberOnALineOfItsOwnOpensTheEntryBelowIt() {
        // pdftotext sets a list's labels apart from their entries: "[1]", a blank line, the entry
        for (String style : List.of("[%d]", "%d.")) {
            StringBuilder text = new StringBuilder("""
                    Zooming Interfaces
                    Jane Doe

                    Abstract
                    Zooming was proposed early [2] and studied since [1, 3].

                    References

                    """);
            String[] entries = {"Perlin, K., & Fox, D., Pad: An alternative approach to the computer interface,\nProceedings of SIGGRAPH 93, 57-64, 1993.",
                    "Bederson, B. B., & Hollan, J. D., Pad++: A zooming graphical interface,\nACM, New York, 17-26, 1994.",
                    "Furnas, G. W., Generalized fisheye views, Proceedings of CHI 86,\n16-23, 1986."};
            for (int n = 1; n <= 3; n++) {
                text.append(String.format(style, n)).append("\n\n").append(entries[n - 1]).append("\n\n");
            }
            DocumentReport r = report(text.toString());
            assertEquals(3, r.references(), style);
            assertEquals("[2]->[1] [1, 3]->[0, 2]", TestSupport.links(r), style);
            assertEquals(String.format(style, 3) + " Furnas, G. W., Generalized fisheye views, Proceedings of CHI 86, 16-23, 1986.",
                    entries(text.toString()).get(2), style);
        }
    }

    @Test
    void numbersSetApartAmongNumberedEntriesAreNotJoinedToTheTextBelow() {
        // pdftotext's reading order of two columns: the right column's "[18] …" between the left's "[1]" and its entry;
        // four numbers of a list of nineteen are no whole numbering read out of order (PdfLayoutTest has one), so
        // neither are the numbers set apart joined nor does an entry take the other column's
        String text = """
                Zooming Interfaces
                Jane Doe

                Abstract
                Zooming was proposed early [2] and studied since [1, 18].

                References

                [18] J. Jensen and P. Petrov, "Measuring gate queues in European ports," Marit. Econ. Logist., 2022.

                [1]

                A. Smith and B. Jones, "Port congestion and ship waiting times," Maritime Policy & Management, 2014.

                [19] I. Irving, Economics of Harbours. Oxford: Routledge, 1997.

                [2]

                C. Brown, Shipping Economics. London: Routledge, 2009.
                """;
        for (String entry : entries(text)) {
            assertFalse(entry.contains("Smith") && entry.contains("Irving") || entry.contains("Brown") && entry.contains("Irving"), entry);
        }
    }

    @Test
    void aNarrowColumnsLineAfterARangesDashOrAVolumesMarkGoesOnWithItsEntry() {
        String text = """
                Learning Things
                Jane Doe

                Abstract
                Learning was modelled early (Plunkett and Marchman 1991) and since (Lu et al. 2016; Rumelhart 1986).

                References
                Lu, H.-I., Schemmer, M., & Spielman, I. B. (2016).
                Geometrical pumping with a Bose-Einstein
                condensate. Phys. Rev. Lett., vol.
                116, p. 200402.
                Plunkett, K., & Marchman, V. (1991). U-shaped
                learning and frequency effects in a multilayered
                perceptron. Cognition, 38, 43 -
                102.
                Rumelhart, D. E. (1986). Parallel Distributed
                Processing. Cambridge, MA: MIT Press.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("(Plunkett and Marchman 1991)->[1] (Lu et al. 2016; Rumelhart 1986)->[0, 2]", TestSupport.links(r));
        assertEquals("Plunkett, K., & Marchman, V. (1991). U-shaped learning and frequency effects in a multilayered perceptron."
                + " Cognition, 38, 43 -102.", entries(text).get(1));
    }

    @Test
    void aNarrowColumnsLineOpeningWithOneAfterAVolumesMarkGoesOnWithItsEntry() {
        // GOST in a narrow column: "Т. 4. Ч." + "1. — М. : …" and "Vol." + "1. The Rising Sign" are no list starting again
        String text = """
                О структурализме
                Иванов И. И.

                Аннотация
                Структурализм изучали многие [1; 2], и мы тоже [3].

                Список литературы
                1. Кант И. Сочинения в шести томах. Т. 4. Ч.
                1. — М. : Мысль, 1965. — 544 с.
                2. Dosse F. History of Structuralism. Vol.
                1. The Rising Sign, 1945-1966. — Minneapolis :
                University of Minnesota Press, 1997. — 480 p.
                3. Soames S. Direct Reference // Philosophical
                Topics. — 1987. — Vol. 15, no.
                1. — P. 47–87.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("[1; 2]->[0, 1] [3]->[2]", TestSupport.links(r));
        assertEquals("3. Soames S. Direct Reference // Philosophical Topics. — 1987. — Vol. 15, no. 1. — P. 47–87.",
                entries(text).get(2));
    }

    @Test
    void aPageBreakInsideAnUnnumberedEntryDoesNotCutIt() {
        // a blank line parts the entries of an unnumbered list, but not at a page break, where the next line is
        // read as any other: the line before did not end an entry, and "Hospital Incidence" opens none
        String text = HEAD + """
                Anderson, F. A., Wheeler, H. B., and Goldberg, R. J. (1991). A Population Based Perspective of the

                12
                \fJ. Doe et al. / Journal of Things 12 (2020) 10–19

                Hospital Incidence of Deep Vein Thrombosis. Arch Intern Med, 151, 933-938.
                Holmes, D. R., Bates, E. X., and Kleimen, N. S. (1995). Contemporary reperfusion therapy for
                cardiogenic shock. J Am Coll Cardiol, 26, 668-674.

                Shmueli, O. (1987). Decidability and expressiveness aspects of logic queries. In Proceedings of
                PODS, 237-249.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("(Holmes et al. 1995)->[1] Anderson et al. (1991)->[0] (Shmueli 1987)->[2]", TestSupport.links(r));
    }

    @Test
    void aLineWellShortOfTheColumnEndsItsEntryWhateverItEndsWith() {
        // GROBID-style entries end without a full stop; the next opens with given names first, which no pattern
        // knows; but the line before left more than two fifths of the column empty, as only an entry's last does
        String text = HEAD + """
                Anderson, F. A., Wheeler, H. B., and Goldberg, R. J. 1991. A population based perspective of
                the hospital incidence and case-fatality rates of deep vein thrombosis in the community.
                Arch Intern Med
                Oded Shmueli 1987. Decidability and expressiveness aspects of logic queries. In Proceedings
                of the Sixth Symposium on Principles of Database Systems (PODS), pages 237-249, 1987,
                ACM Press
                Holmes, D. R., Bates, E. X., and Kleimen, N. S. 1995. Contemporary reperfusion therapy for
                cardiogenic shock: the GUSTO-I trial experience. J Am Coll Cardiol 26:668-674.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("(Holmes et al. 1995)->[2] Anderson et al. (1991)->[0] (Shmueli 1987)->[1]", TestSupport.links(r));
    }

    @Test
    void givenNamesFirstOpenAnEntryWhenTheLabellerReadsThemAsAuthors() {
        // every line fills the column, and "Tim Berners-Lee, Robert Cailliau," opens no "Family, I." pattern;
        // the reference labeller reads the line's opening as a whole reference's authors
        String text = """
                Planning and the Web
                Jane Doe

                Abstract
                We cite (Chapman 1987), (Berners-Lee et al. 1992) and (Heffes and Lucantoni 1986).

                References
                Chapman, D. 1987. Planning for conjunctive goals. Artificial Intelligence, 32(3), 333-377, in
                the special issue on planning and scheduling for autonomous systems and their agents, 1987.
                Tim Berners-Lee, Robert Cailliau, Jean-Francois Groff, and Bernd Pollermann. World-Wide Web:
                the information universe. Electronic Networking: Research, Applications and Policy 2, 1992.
                Harry Heffes and David Lucantoni. A Markov modulated characterization of packetized voice and
                data traffic and related statistical multiplexer performance. IEEE JSAC, 4(6), 856-868, 1986.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("(Chapman 1987)->[0] (Berners-Lee et al. 1992)->[1] (Heffes and Lucantoni 1986)->[2]", TestSupport.links(r));
    }

    @Test
    void aPublisherOrAJournalOpeningAWrappedLineContinuesItsEntry() {
        // the guard of the test above: the line before fills the column and ends with a full stop, but the
        // labeller reads "Prentice Hall" as a publisher and "Journal of the ACM" as a journal, not as authors;
        // "Hamish Hamilton" stands before its place's colon, "Howard." ends a name that "Richard" began, and
        // "Springer-Verlag, New York" is shaped as "Family, Given" but read as a publisher and its place, and
        // "Also in R. Brachman …" says where else the work was printed
        String text = """
                Formal Design
                Jane Doe

                Abstract
                We cite (Wilkinson 1987) and (Hopcroft and Ullman 1989).

                References
                Wilkinson, B. 1987. Digital System Design for Engineers and the Art of Computer Architecture.
                Prentice Hall, Englewood Cliffs, NJ.
                Hopcroft, J. E., and Ullman, J. D. 1989. Formal languages and their relation to automata theory.
                Journal of the ACM, 36(4), 929-965.
                Smith, J. 1990. Automata and their languages in the design of digital systems for engineers.
                MIT Press, Cambridge, MA.
                Fukuyama, F. 1995. Trust: The Social Virtues and the Creation of Prosperity in Modern Nations.
                Hamish Hamilton: London.
                Barthes, R. 1988. The Kitchen of Meaning. In The Semiotic Challenge, 157-159. Trans. Richard
                Howard. New York: Hill and Wang.
                Spirtes, P., Glymour, C., and Scheines, R. 1993. Causation, Prediction, and Search in Science.
                Springer-Verlag, New York.
                Minsky, M. 1968. Matter, mind and models. In Semantic Information Processing, MIT Press, 403-409.
                Also in R. Brachman and H. Levesque, Readings in Knowledge Representation, Morgan Kaufmann.
                """;
        DocumentReport r = report(text);
        assertEquals(7, r.references());
        assertEquals("(Wilkinson 1987)->[0] (Hopcroft and Ullman 1989)->[1]", TestSupport.links(r));
    }

    @Test
    void aFewNumbersAmongManyLinesMarkNoList() {
        // three lines of 28 open with a number, one of them a wrapped "27. 1995.": too few for a numbered
        // list, in which every other line would be continued
        StringBuilder list = new StringBuilder();
        for (int k = 0; k < 25; k++) {
            list.append("Author").append((char) ('A' + k)).append(", J. (").append(1990 + k).append("). Title number ").append(k)
                    .append(". Journal of Things, ").append(k + 1).append(", 1-").append(k + 9).append(".\n");
        }
        String text = HEAD.replace("We review", "We cite (AuthorC 1992) and we review") + list
                + "6. Myers T, Egelhoff J. Glioblastoma multiforme presenting as osteoblastic metastases. Neuroradiology\n"
                + "27. 1995.\n"
                + "[5] Caini, C., Cruickshank, H. Delay- and Disruption-Tolerant Networking. IEEE, 2015.\n";
        DocumentReport r = report(text);
        assertEquals(27, r.references()); // 25, Myers with its "27. 1995.", Caini
        assertEquals("(AuthorC 1992)->[2]", TestSupport.links(r).split(" \\(Holmes")[0]);
    }

    @Test
    void anEntryWithoutAYearEndsBeforeANameWithInitials() {
        // the first entry names no year; its last line fills the column, and only the next line's "Fikes, R. E.,"
        // tells that an entry opens there
        String text = """
                Planning Robots
                Jane Doe

                Abstract
                We cite (Fikes et al. 1972) and (Nilsson 1980).

                References
                Comer, D. E. Internetworking with TCP/IP: principles, protocols and architecture of the network.
                Internetworking: Research and Experience, volume 1 of the series on networks, pages 3-26.
                Fikes, R. E., Hart, P. E., & Nilsson, N. J. (1972). Learning and executing generalized robot
                plans. Artificial Intelligence, 3, 251-288, the journal's special issue on robot planning.
                Nilsson, N. J. (1980). Principles of Artificial Intelligence. Tioga Publishing, Palo Alto, CA.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("(Fikes et al. 1972)->[1] (Nilsson 1980)->[2]", TestSupport.links(r));
    }

    @Test
    void aReferenceMetTwiceWordForWordIsNoRunningHead() {
        // two chapters' lists name one book: the two lines are one with their numbers aside, as a page's head
        // is, but a head changes its page number and seldom ends with a full stop
        String text = """
                Optimization in Two Chapters
                Jane Doe

                Abstract
                We cite (Fletcher 1987), (Horn 1986) and (Nilsson 1986).

                References
                R. Fletcher. Practical Methods of Optimization. John Wiley & Sons, 1987.
                B. K. P. Horn. Robot Vision. MIT Press, Cambridge, MA, 1986.

                Further Reading
                R. Fletcher. Practical Methods of Optimization. John Wiley & Sons, 1987.
                N. J. Nilsson. Probabilistic logic. Artificial Intelligence, 28(1) 71-87, 1986.
                """;
        DocumentReport r = report(text);
        assertEquals(4, r.references());
        assertEquals("(Fletcher 1987)->[0] (Horn 1986)->[1] (Nilsson 1986)->[3]", TestSupport.links(r));
    }

    @Test
    void aCitationLineInsideAListIsAPagesFootWhenEntriesGoOnAfterIt() {
        // "Cite this as:" ends a list where a repository's page foot prints it after the last entry; where three
        // entries follow, it stood at a page's foot inside the list and is left out of it
        String text = HEAD + """
                Anderson, F. A., Wheeler, H. B., and Goldberg, R. J. (1991). A population based perspective. Arch Intern Med, 151, 933-938.
                Cite this as: TBM 2011;1:110-122
                Holmes, D. R., Bates, E. X., and Kleimen, N. S. (1995). Contemporary reperfusion therapy. J Am Coll Cardiol, 26, 668-674.
                Jones, K. (2001). Ports. Marine Policy, 5, 1-9.
                Shmueli, O. (1987). Decidability and expressiveness aspects of logic queries. In Proceedings of PODS, 237-249.
                """;
        DocumentReport r = report(text);
        assertEquals(4, r.references());
        assertEquals("(Holmes et al. 1995)->[1] Anderson et al. (1991)->[0] (Shmueli 1987)->[3]", TestSupport.links(r));
    }

    @Test
    void listsUnderTheHeadingsOfThesesAndOtherLanguagesAreFound() {
        // Russian theses' "Список использованных источников", APA's "Reference List", IEEE's "VI. REFERENCES",
        // German, French and Spanish names, and the other European languages' (Polish "Literatura" had been none)
        for (String heading : List.of("Список использованных источников", "Список источников и литературы", "Reference List",
                "VI. REFERENCES", "Literaturverzeichnis", "Références bibliographiques", "Referencias", "Works Consulted",
                // Ukrainian, Polish, Czech, Dutch, Swedish, Turkish
                "Список використаних джерел", "Література", "Literatura", "Bibliografia", "Seznam použité literatury",
                "Literatuurlijst", "Referenser", "Kaynakça")) {
            String text = HEAD.replace("References\n", heading + "\n") + """
                    Holmes, D. R., Bates, E. X., and Kleimen, N. S. (1995). Contemporary reperfusion therapy. J Am Coll Cardiol, 26, 668-674.
                    Shmueli, O. (1987). Decidability and expressiveness aspects of logic queries. In Proceedings of PODS, 237-249.
                    """;
            DocumentReport r = report(text);
            assertEquals(2, r.references(), heading);
            assertEquals("(Holmes et al. 1995)->[0] Anderson et al. (1991)->[] (Shmueli 1987)->[1]", TestSupport.links(r), heading);
        }
    }

    @Test
    void aWrappedGostEntryGoesOnAfterTranslatorsAndSecondPublishers() {
        // "/ пер. с англ." ends a line before the translators' initials, and "М. : Гнозис;" before a second
        // publisher and its year: neither is the next entry's author
        String text = """
                О постмодерне
                Иванова А. А.

                Аннотация
                Об этом писали (Сокал, 2002), (Лакан, 2010) и (Лиотар, 1998).

                Список литературы
                Лиотар Ж.-Ф. Состояние постмодерна / пер. с фр. Н. А. Шматко. — М. : Институт
                экспериментальной социологии ; СПб : Алетейя, 1998. — 160 с. — (Gallicinium).
                Сокал А., Брикмон Ж. Интеллектуальные уловки. Критика философии постмодерна / пер. с англ.
                А. Костиковой, Д. Кралечкина ; предисл. С. П. Капицы. — М. : Дом интеллектуальной книги,
                2002. — 248 с.
                Лакан Ж. Тревога (Семинар, Книга X (1962/63)) / пер. с фр. А. Черноглазова. — М. : Гнозис;
                Логос, 2010. — 424 с.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("(Сокал, 2002)->[1] (Лакан, 2010)->[2] (Лиотар, 1998)->[0]", TestSupport.links(r));
    }

    @Test
    void aNarrowUnnumberedGostColumnIsCutWhereItsEntriesOpen() {
        // pdftotext -raw of a two-column Russian paper: no numbers, no indents, a column of 48 characters. "Ю. Се-" +
        // "менова, …" moves "менова," up when the word is joined, which leaves the line below short of the column as
        // it was not in print ("В 3 т. …" goes on after the host's title); "— М. : …" after a line that ended short
        // goes on with its entry (GOST's dash between areas)
        String text = """
                О портах Севера
                Иванова А. А.

                Аннотация
                Об этом писали (Петров, 2001), (Сидоров, 1998), (Орлов, 2005) и (Кузнецов, 2010).

                Список литературы
                Петров П. П. Порты Севера и их грузы / пер. с
                англ. Ю. Семенова. — М. : Наука, 2001. — 200 с.
                Сидоров С. С. Морские пути / пер. с нем. Ю. Се-
                менова, Ю. Стефанова // Собрание сочинений.
                В 3 т. Т. 2 : пер. с нем. — СПб. : Нева, 1998.
                — С. 59—162. — (Морская библиотека).
                Орлов О. О. Ледоколы и каналы Арктики. Книга
                первая. Грузовые пути : пер. с англ.
                — М. : Транспорт, 2005. — 384 с.
                Кузнецов К. К. Каботаж и портовые сборы в
                северных морях России // Морской вестник.
                — 2010. — № 3. — С. 45—67.
                Ларсен Л. Порты, проливы и каботажное судоход-
                ство Дании и южной Норвегии / пер. с дат.
                Н. Ивановой, О. Орловой. — СПб. : Нева, 2005.
                Устройство швартовное [Текст] : пат. 2187888 Рос.
                Федерация : МПК7 B 63 B 21/00 / В. И. Чугаев.
                """;
        List<String> entries = entries(text);
        assertEquals(List.of(
                "Петров П. П. Порты Севера и их грузы / пер. с англ. Ю. Семенова. — М. : Наука, 2001. — 200 с.",
                "Сидоров С. С. Морские пути / пер. с нем. Ю. Семенова, Ю. Стефанова // Собрание сочинений. В 3 т. Т. 2 : пер. с"
                        + " нем. — СПб. : Нева, 1998. — С. 59—162. — (Морская библиотека).",
                "Орлов О. О. Ледоколы и каналы Арктики. Книга первая. Грузовые пути : пер. с англ. — М. : Транспорт, 2005. — 384 с.",
                "Кузнецов К. К. Каботаж и портовые сборы в северных морях России // Морской вестник. — 2010. — № 3. — С. 45—67.",
                // translators' initials and names after "пер. с дат." (from Danish), as after "пер. с англ."
                "Ларсен Л. Порты, проливы и каботажное судоходство Дании и южной Норвегии / пер. с дат. Н. Ивановой, О."
                        + " Орловой. — СПб. : Нева, 2005.",
                // a patent, which no name opens: its title and the medium in brackets after an entry that ended
                "Устройство швартовное [Текст] : пат. 2187888 Рос. Федерация : МПК7 B 63 B 21/00 / В. И. Чугаев."),
                entries);
        assertEquals("(Петров, 2001)->[0] (Сидоров, 1998)->[1] (Орлов, 2005)->[2] (Кузнецов, 2010)->[3]",
                TestSupport.links(report(text)));
    }

    @Test
    void aPageBreakInsideANoteNeitherEndsTheNotesNorLosesTheRest() {
        // note 2 runs over a page break; the line after it opens with no number, and the notes went on to 3
        String text = """
                Ports and Trials
                Jane Doe

                Abstract
                Trials grew.1 Ports grew.2 Shipping grew.3

                Notes
                1 Smith, J. Ports and Power. London: Verso, 2019, 47.
                2 Petrelli N, Douglass HO Jr, Herrera L. The modulation of fluorouracil with leucovorin
                in metastatic colorectal carcinoma: a prospective randomized phase III trial.

                1
                Doe et al. / Journal of Things 12 (2020) 20–29

                Gastrointestinal Tumor Study Group. J Clin Oncol 1989; 7: 1419-26.
                3 Gentner, D. and Markman, A. B. (1992). Analogy Watershed or Waterloo? Structural alignment.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("1->[0] 2->[1] 3->[2]", TestSupport.links(r));
    }

    @Test
    void aNoteThatGivesALinkWithoutAYearIsAReferenceNotAContentNote() {
        String text = """
                Lambda Notes
                Jane Doe

                Abstract
                Calculi matter.1 So does this.2

                Notes
                1 Felleisen, M. Programming languages and lambda calculi. URL: www.cs.rice.edu/~matthias/mono.ps.
                2 The exception is one that proves the rule, as the saying goes.
                """;
        DocumentReport r = report(text);
        assertEquals(1, r.references());
        assertEquals("1->[0]", TestSupport.links(r));
    }

    @Test
    void aListWhoseBrokenWordsPdftotextMendedOnTheLineAbove() {
        // pdftotext writes a word broken at a line's end whole and joins the line below to it: some lines of the
        // list are two lines long, and the column is as wide as the others, not as those
        String text = """
                Queues at the Gates
                Jane Doe

                Abstract
                Trucks wait at the gates (Evans and Jensen 2019), as ships do at berths (Aldous and Brennan 2014).

                References
                Aldous, R., & Brennan, K. (2014). Ship waiting times and berth productivity in the ports
                of the North Sea. Maritime Policy & Management, 41(3), 245–260.
                Brown, C. (2009). Shipping economics and the organisation of liner trades in Europe and Asia: a study of conferences and alliances since 1960. London: Routledge.
                Carter, M., Dahl, P., & Evans, S. (2017). Hinterland access by rail and the choice of port
                by shippers in central Europe. Transportation Research Part A: Policy and Practice, 66,
                1–12.
                Dunmore, L. (2011). Yard stacking rules for container terminals under uncertain arrival times of trucks and vessels. In Proceedings of the International Conference
                on Ports (pp. 34–65). Hamburg: Springer.
                Evans, E., & Jensen, J. (2019). Measuring gate queues in Asian ports. Maritime Economics
                & Logistics, 86(4), 232–384.
                Fischer, A. (2020). Dwell times in the Baltic ports. Journal of Transport Geography, 60,
                38–73.
                Garcia, G. (1995). Geography of seaports. Oxford: Elsevier.
                Hughes, H., & Irving, I. (2008). Gate appointment systems and the queues of trucks at container terminals: evidence from Antwerp. Maritime Policy
                & Management, 35(2), 101–119.
                """;
        List<String> entries = entries(text);
        assertEquals(List.of("Aldous", "Brown", "Carter", "Dunmore", "Evans", "Fischer", "Garcia", "Hughes"),
                entries.stream().map(e -> e.substring(0, e.indexOf(','))).toList(), String.join("\n", entries));
        assertTrue(entries.get(3).endsWith("on Ports (pp. 34–65). Hamburg: Springer."), entries.get(3));
        assertEquals("(Evans and Jensen 2019)->[4] (Aldous and Brennan 2014)->[0]", TestSupport.links(report(text)));
    }

    @Test
    void anEntryRunsOnAcrossPdftotextsColumnAndPageBreaks() {
        // pdftotext's plain text of a two-column paper: a blank line where one column ends and the next begins,
        // and at a page's foot its number right under the last line, a blank line and a form feed
        String text = """
                Queues at the Gates
                Jane Doe

                Abstract
                Trucks wait at the gates (Evans and Jensen 2019), as ships do at berths (Hughes 2008).

                References
                Aldous, R., & Brennan, K. (2014). Ship waiting times and berth
                productivity in the ports of the North Sea. Maritime Policy &
                Management, 41(3), 245–260.
                Brown, C. (2009). Shipping economics. In R. Moodley & A. Lago (Eds.)

                Liner Trades in Europe and Asia. London: Routledge.
                Carter, M., Dahl, P., & Evans, S. (2017). Hinterland access by rail
                and the choice of port by shippers. Transportation Research Part A,
                66, 1–12.
                Dunmore, L. (2011). Yard stacking rules for container terminals. In
                Proceedings of the International Conference on Ports (pp. 34–65).
                Hamburg: Springer.
                Evans, E., & Jensen, J. (2019). Measuring gate queues in Asian ports.
                Maritime Economics & Logistics, 86(4), 232–384.
                Fischer, A. (2020). Dwell times in the Baltic ports. Journal of Trans-
                port Geography, 60, 38–73.
                Garcia, G. (1995). Geography of seaports and their hinterlands in the
                Baltic and the North Sea. Journal of Maritime
                2

                \fResearch, 11, 341–356.
                Hughes, H. (2008). Gate appointment systems and the queues of trucks.
                Maritime Policy & Management, 35(2), 101–119.
                Ibsen, K., & Larsen, T. (2015). Pilotage in the Baltic Sea. Journal of
                Navigation, 68(2), 301–318.
                Jones, P. (2012). Tugs and towage: competition in European ports.
                Maritime Economics & Logistics, 14(1), 88–104.
                Klein, U. (2018). Hafenwirtschaft. Berlin: Springer.
                """;
        List<String> entries = entries(text);
        assertEquals(List.of("Aldous", "Brown", "Carter", "Dunmore", "Evans", "Fischer", "Garcia", "Hughes", "Ibsen",
                "Jones", "Klein"),
                entries.stream().map(e -> e.split("[ ,]")[0]).toList(), String.join("\n", entries));
        assertTrue(entries.get(1).endsWith("(Eds.) Liner Trades in Europe and Asia. London: Routledge."), entries.get(1));
        assertTrue(entries.get(6).endsWith("Journal of Maritime Research, 11, 341–356."), entries.get(6));
    }

    /** The texts of a one-document run's reference entries, in order. */
    private static List<String> entries(String text) {
        return TestSupport.entries(Citekit.create().processText("lines.txt", text));
    }

    @Test
    void placesPublishersIdentifiersAndJournalsOpeningAWrappedLineContinueTheirEntry() {
        // a PDF column of APA and proceedings entries: each second line below opens as a name would
        // ("Mahwah, NJ", "J. Climate", "Boston, Massachusetts", "DOI :") or follows an end that no entry has
        // ("Ed.", "St.", an open bracket)
        String text = HEAD + """
                Anderson, F. A., & Wheeler, H. B. (1991). Deep vein thrombosis. In R. Lerner
                (Ed.), Handbook of developmental science (pp. 281-298).
                Mahwah, NJ, US: Lawrence Erlbaum.
                Holmes, D. R., & Bates, E. X. (1995). Reperfusion therapy and the monsoons.
                J. Climate, 14, 4073-4090.
                DOI : 10.1175/1520-0442(2001)014
                Shmueli, O. (1987). Decidability of logic queries. In Proceedings of the Sixth
                Symposium on Principles of Database Systems, pages 251-255, St.
                Charles, IL, August 1987.
                Kibler, D., & Langley, P. (1988). Machine learning as an experimental science.
                In Proceedings of User Interface Software and Technology (UIST
                94) 17-26, ACM, New York.
                Fahlman, S. E. (1990). The cascade-correlation learning architecture. In E.
                Neuhold, Ed.
                North-Holland, Amsterdam, 237-277.
                Gentner, D. (1992). Analogy and structural alignment. National Conference on
                Artificial Intelligence, pp. 538-544.
                Boston, Massachusetts.
                Abrahamson, K. (1989). A simple parallel tree contraction algorithm (1989 ed.).
                Tobias, R. (1991). Thurber, James. Encyclopedia Americana. 1991 ed.
                Taylor, P. J. (2001). Genetic variation. Journal of Mammalogy, 3, 1-9.
                """;
        List<String> entries = entries(text);
        assertEquals(9, entries.size(), String.join("\n", entries));
        assertEquals("Anderson, F. A., & Wheeler, H. B. (1991). Deep vein thrombosis. In R. Lerner (Ed.), Handbook "
                + "of developmental science (pp. 281-298). Mahwah, NJ, US: Lawrence Erlbaum.", entries.get(0));
        assertEquals("Holmes, D. R., & Bates, E. X. (1995). Reperfusion therapy and the monsoons. J. Climate, 14, "
                + "4073-4090. DOI : 10.1175/1520-0442(2001)014", entries.get(1));
        assertEquals("Shmueli, O. (1987). Decidability of logic queries. In Proceedings of the Sixth Symposium on "
                + "Principles of Database Systems, pages 251-255, St. Charles, IL, August 1987.", entries.get(2));
        assertEquals("Kibler, D., & Langley, P. (1988). Machine learning as an experimental science. In Proceedings "
                + "of User Interface Software and Technology (UIST 94) 17-26, ACM, New York.", entries.get(3));
        assertEquals("Fahlman, S. E. (1990). The cascade-correlation learning architecture. In E. Neuhold, Ed. "
                + "North-Holland, Amsterdam, 237-277.", entries.get(4));
        assertEquals("Gentner, D. (1992). Analogy and structural alignment. National Conference on Artificial "
                + "Intelligence, pp. 538-544. Boston, Massachusetts.", entries.get(5));
        // an edition's "ed." ends an entry, an editor's "Ed." does not
        assertEquals("Tobias, R. (1991). Thurber, James. Encyclopedia Americana. 1991 ed.", entries.get(7));
        assertEquals("(Holmes et al. 1995)->[1] Anderson et al. (1991)->[0] (Shmueli 1987)->[2]", TestSupport.links(report(text)));
    }

    @Test
    void aTitlesJournalAnIssueADateAloneAndLowerCaseWordsContinueTheirEntry() {
        String text = HEAD + """
                Anderson, F. A., Wheeler, H. B., & Goldberg, R. J. (1991).
                A population based perspective of deep vein thrombosis.
                Physical Review A, 40, 404-421.
                Holmes, D. R. (1995). Reperfusion and the Vapnik-Chervonenkis dimension. Journal of the ACM, 36
                (4), 929-965. doi:
                10.1145/76359.76371
                Shmueli, O. (1987). Decidability of logic queries. Proceedings of the European Conference, pp. 3-20
                Vienna.
                Kibler, D. (1988). Cost-effectiveness league tables: more harm than good? Soc
                Sci Med 1988; 37: 33-40.
                Fahlman, S. E. (1990). Superconducting nanowire single
                -photon detectors and the cascade-correlation learning architecture. National Conference
                on Artificial Intelligence, pp. 147-152
                San Jose, CA. AAAI Press.
                """;
        List<String> entries = entries(text);
        assertEquals(List.of(
                "Anderson, F. A., Wheeler, H. B., & Goldberg, R. J. (1991). A population based perspective of deep vein "
                        + "thrombosis. Physical Review A, 40, 404-421.",
                "Holmes, D. R. (1995). Reperfusion and the Vapnik-Chervonenkis dimension. Journal of the ACM, 36 (4), "
                        + "929-965. doi: 10.1145/76359.76371",
                "Shmueli, O. (1987). Decidability of logic queries. Proceedings of the European Conference, pp. 3-20 "
                        + "Vienna.",
                "Kibler, D. (1988). Cost-effectiveness league tables: more harm than good? Soc Sci Med 1988; 37: 33-40.",
                "Fahlman, S. E. (1990). Superconducting nanowire single-photon detectors and the cascade-correlation "
                        + "learning architecture. National Conference on Artificial Intelligence, pp. 147-152 San Jose, "
                        + "CA. AAAI Press."), entries);
        assertEquals("(Holmes et al. 1995)->[1] Anderson et al. (1991)->[0] (Shmueli 1987)->[2]", TestSupport.links(report(text)));
    }

    @Test
    void twoImprintsAlikeButForTheirPagesAreNoRunningHead() {
        // the rest of two entries from one book, each after "М. :": the same words, other numbers, as a page's
        // head would be; but a page's head does not follow a colon
        String text = """
                Психоанализ и язык
                Иван Петров

                Аннотация
                Мы читаем Фрейда [1; 4] и Лакана [2].

                Список литературы
                1. Фрейд З. Я и Оно : пер. с нем. // Психика: структура и функционирование. — М. :
                Академический проект, 2007. — С. 130—179.
                2. Lacan J. Le stade du miroir // Écrits. — Paris : Seuil, 1966. — P. 93—100.
                3. Рикёр П. Время и рассказ : пер. с фр. — М. ; СПб. : Университетская книга, 2000. — 313 с.
                4. Фрейд З. Печаль и меланхолия // Психика: структура и функционирование. — М. :
                Академический проект, 2007. — С. 208—223.
                """;
        List<String> entries = entries(text);
        assertEquals(4, entries.size(), String.join("\n", entries));
        assertEquals("1. Фрейд З. Я и Оно : пер. с нем. // Психика: структура и функционирование. — М. : "
                + "Академический проект, 2007. — С. 130—179.", entries.get(0));
        assertEquals("4. Фрейд З. Печаль и меланхолия // Психика: структура и функционирование. — М. : "
                + "Академический проект, 2007. — С. 208—223.", entries.get(3));
    }

    @Test
    void aNumberOpeningAWrappedLineOfAnUnnumberedListIsNoMarkerBeforeAnIdentifier() {
        String text = HEAD + """
                Holmes, D. R., & Bates, E. X. (1995). Reperfusion therapy. Proceedings of the National Academy of
                Sciences of the United States of America 108.
                16. PMID:21464311 PMCID:PMC3081016, pp. 6626-6631.
                Anderson, F. A., & Wheeler, H. B. (1991). Waves. Philosophical Magazine and Journal of Science, 2(11), 559--
                572. DOI=10.1080/14786440109462720.
                Shmueli, O. (1987). Decidability of logic queries. In Proceedings of PODS, 237-249.
                """;
        List<String> entries = entries(text);
        assertEquals(3, entries.size(), String.join("\n", entries));
        assertEquals("Holmes, D. R., & Bates, E. X. (1995). Reperfusion therapy. Proceedings of the National Academy of "
                + "Sciences of the United States of America 108. 16. PMID:21464311 PMCID:PMC3081016, pp. 6626-6631.",
                entries.get(0));
        assertEquals("(Holmes et al. 1995)->[0] Anderson et al. (1991)->[1] (Shmueli 1987)->[2]", TestSupport.links(report(text)));
    }

    @Test
    void aNarrowColumnsEntryGoesOnForLinesAfterAPageBreak() {
        // two columns: the entry that a page break cuts after a full stop goes on for four lines on the next page
        String text = """
                Zooming Interfaces
                Jane Doe

                Abstract
                Zooming was proposed early [2] and studied since [1, 3].

                References
                [1] Perlin, K., & Fox, D., Pad: An alternative
                approach to the computer interface. SIGGRAPH
                93, 57-64, 1993.
                [2] Brouwer L. E. J. Collected Works. Vol. 2.

                7
                \fJ. Doe et al. / Journal of Things 12 (2020) 70–79

                Geometry, analysis, topology and mechanics,
                ed. by H. Freudenthal. Amsterdam; Oxford:
                North-Holland Publishing Co.; New York:
                American Elsevier, 1976.
                [3] Furnas, G. W., Generalized fisheye views,
                Proceedings of CHI 86, 16-23, 1986.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("[2]->[1] [1, 3]->[0, 2]", TestSupport.links(r));
        assertEquals("[2] Brouwer L. E. J. Collected Works. Vol. 2. Geometry, analysis, topology and mechanics, ed. by "
                + "H. Freudenthal. Amsterdam; Oxford: North-Holland Publishing Co.; New York: American Elsevier, 1976.",
                entries(text).get(1));
    }

    @Test
    void volumesOfOneWorkInANarrowNumberedColumnAreNoRunningHeads() {
        // two volumes' entries, alike but for their numbers, 38 lines apart in a two-column list of four-line
        // entries: each line of them recurs as a page's head would, but a numbered entry's number advances once an
        // entry, and a line that ends with a dash goes on
        StringBuilder list = new StringBuilder();
        for (int k = 1; k <= 12; k++) {
            if (k == 2 || k == 11) {
                list.append(k).append(". Камю А. Собрание сочинений. В 5 т. Т. ").append(k == 2 ? 4 : 5).append(" : пер.\n")
                        .append("с фр. — Харьков : Фолио, 1998. — ").append(k == 2 ? 620 : 410).append(" с. —\n")
                        .append("(Вершины).\n");
            } else {
                list.append(k).append(". Иванов И. И. Статья номер ").append(k).append(" о долгом\n")
                        .append("пути и его странных поворотах // Вестник\n")
                        .append("Санкт-Петербургского университета. — 2015.\n")
                        .append("— Т. 5, № 2. — С. ").append(10 + k).append("—").append(20 + k).append(".\n");
            }
        }
        String text = """
                Мир абсурда
                Иван Петров

                Аннотация
                Мы читаем Камю [2; 11].

                Список литературы
                """ + list;
        List<String> entries = entries(text);
        assertEquals(12, entries.size(), String.join("\n", entries));
        assertEquals("2. Камю А. Собрание сочинений. В 5 т. Т. 4 : пер. с фр. — Харьков : Фолио, 1998. — 620 с. — (Вершины).",
                entries.get(1));
        assertEquals("11. Камю А. Собрание сочинений. В 5 т. Т. 5 : пер. с фр. — Харьков : Фолио, 1998. — 410 с. — (Вершины).",
                entries.get(10));
    }

    @Test
    void aShortNoteRepeatedFarDownANarrowColumnIsNoRunningHead() {
        // Chicago's short note for one work, twice, nine notes apart in four-line notes: its first line recurs
        // with only its number changed, as a page's head would, but a note's number advances once a note
        StringBuilder notes = new StringBuilder();
        for (int k = 1; k <= 14; k++) {
            if (k == 4 || k == 13) {
                notes.append(k).append(" Stinchcombe, Regulated secretion from\n").append("hemopoietic, ").append(k * 4).append(".\n");
            } else {
                notes.append(k).append(" Smith, J. A Long Title of a Study Number ").append(k).append("\n")
                        .append("about Ports and Their Hinterlands. Oxford:\n")
                        .append("Clarendon Press, and London: Macmillan,\n")
                        .append("19").append(50 + k).append(".\n");
            }
        }
        String text = """
                Ports and Secretion
                Jane Doe

                Abstract
                Ports matter.4 So does secretion.13

                Notes
                """ + notes;
        List<String> entries = entries(text);
        assertEquals(14, entries.size(), String.join("\n", entries));
        assertEquals("4 Stinchcombe, Regulated secretion from hemopoietic, 16.", entries.get(3));
        assertEquals("13 Stinchcombe, Regulated secretion from hemopoietic, 52.", entries.get(12));
    }
    @Test
    void aSpacedDashBrokenAtALinesStartContinuesItsEntry() {
        // a title's " - " broken before the dash: the wrapped line looks like a bulleted one, but goes on in lower case
        String text = HEAD + """
                Holmes DR, Bates EX, Kleimen NS. Contemporary reperfusion therapy for cardiogenic shock
                - implications for the GUSTO-I trial experience. J Am Coll Cardiol 1995; 26:668-674.
                Anderson FA, Wheeler HB, Goldberg RJ. A population based perspective of the hospital
                incidence of deep vein thrombosis. Arch Intern Med 1991; 151:933-938.
                Shmueli O. Decidability and expressiveness aspects of logic queries. In: Proceedings of
                the Sixth Symposium on Principles of Database Systems. 1987: 237-249.
                - Supplementary tables. Bethesda: National Library of Medicine; 1999.
                """;
        List<String> entries = entries(text);
        assertEquals(4, entries.size(), String.join("\n", entries));
        assertEquals("Holmes DR, Bates EX, Kleimen NS. Contemporary reperfusion therapy for cardiogenic shock - implications for the"
                + " GUSTO-I trial experience. J Am Coll Cardiol 1995; 26:668-674.", entries.get(0));
        // a dash before a capital still marks an entry of its own
        assertEquals("Supplementary tables. Bethesda: National Library of Medicine; 1999.", entries.get(3));
    }
    @Test
    void aNumberAloneRightAfterAnEntryEndingWithACommaIsTheEntrysNotAPagesNumber() {
        // a narrow column broke "…, 179," before the page; a page's number stands apart, after a blank line
        String text = HEAD + """
                Holmes, D. R., & Bates, E. X. 1995, ApJ, 427,
                759

                Anderson, F. A., & Wheeler, H. B. 1991, ApJS,
                151, 933

                17

                Shmueli, O. 1987, PASP, 99, 237
                """;
        List<String> entries = entries(text);
        assertEquals(List.of("Holmes, D. R., & Bates, E. X. 1995, ApJ, 427, 759", "Anderson, F. A., & Wheeler, H. B. 1991, ApJS, 151, 933",
                "Shmueli, O. 1987, PASP, 99, 237"), entries);
    }

    @Test
    void wikipediasCaretNotesAreEntriesNumberedByTheirPlace() {
        // "^ a b Osei, Kofi (2004). …" had run the three notes together into one record, and "[2]", "[3]" linked nothing
        String text = """
                Port of Takoradi

                From Wikipedia, the free encyclopedia

                The Port of Takoradi is Ghana's oldest port.[1] It ships bauxite and manganese.[2][3] Silt is a problem.[1]

                References
                ^ a b Osei, Kofi (2004). "Silt in tidal harbours". Marine Geology. 120 (2): 33–51.
                ^ "Takoradi Port expansion completed". BBC News. 12 June 2019. Retrieved 3 March 2020.
                ^ Lind, Peter (2009). Dredging Small Harbours. Accra: Ghana Universities Press. ISBN 978-9964-3-0123-4.
                """;
        DocumentReport r = report(text);
        assertEquals(3, r.references());
        assertEquals("[1]->[0] [2]->[1] [3]->[2] [1]->[0]", TestSupport.links(r));
    }

    @Test
    void aGostEntryEndedByItsPagesOrExtentIsFollowedByTheNextWhateverOpensIt() {
        // a title-first entry ("… : стат. сб. / Росстат.") and an organisation's ("Росстат. …") had been joined to the
        // entry before, which had ended with its pages
        String text = """
                Порты

                Иванов И. И.

                Аннотация
                Текст [1; 2; 3; 4].

                Список литературы
                Петров П. П. Грузы Севера // Вопросы экономики. 2015. № 3. С. 10–20.
                Транспорт в России : стат. сб. / Росстат. М., 2020. 100 с.
                Росстат. Транспорт в России. М. : Росстат, 2020. 100 с.
                Сидоров С. С. Порты. М. : Наука, 2010. 200 с.
                """;
        assertEquals(4, report(text).references());
    }
}
