package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Documents written for these tests in the corpus's genres, worded differently from the seeds. */
class GenresTest {

    /** The head of a short article: title, byline, abstract, and the heading of its first section. */
    private static final String PORTS_AND_POWER = """
            Ports and Power

            Anna Petrova
            Tallinn University

            Abstract
            This article examines ports.

            Introduction

            """;

    private static List<Item> extract(String text) {
        return Citekit.create().processText("doc.txt", text).items();
    }

    @Test
    void anElsevierMastheadAndThePageFootInsideTheReferenceList() {
        String text = """
                Journal of Port Studies 12 (2021) 45–60

                Tidal Silt in Small Harbours
                Ama Owusu
                University of Ghana, Legon

                Abstract
                Silt accumulates in small harbours (Roe 2003).

                References
                Okafor, E., Bello, A., Nwosu, C., 2018. Dredging costs and port com-
                  petitiveness. Maritime Policy & Management 45 (3), 301–318.

                Journal of Port Studies 12 (2021) 45–60                                   59

                Roe, R., 2003. A Survey of Silt. Port Press, Accra.
                """;
        List<Item> items = Citekit.create().processText("silt.txt", text).items();
        Item article = items.get(0);
        // the masthead over the title gives the journal, volume, year and pages
        assertEquals(Optional.of("Journal of Port Studies"), article.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("12"), article.get(Field.VOLUME));
        assertEquals(Optional.of("45-60"), article.get(Field.PAGE));
        // the page's foot with its number is no reference: the article and two entries
        assertEquals(3, items.size());
    }

    @Test
    void aSpanishArticlesResumenHeadingAndTheListsY() {
        List<Item> items = extract("""
                Los puertos del Caribe

                María López

                Resumen
                Los puertos crecieron rápidamente.

                Referencias
                Pérez, A. y Ruiz, M. (2015). El comercio marítimo en Cuba. Revista de Historia Económica, 33(2), 201-230.
                Ortega y Gasset, J. (1930). La rebelión de las masas. Madrid: Revista de Occidente.
                """);
        assertEquals(Optional.of("Los puertos crecieron rápidamente."), items.get(0).get(Field.ABSTRACT));
        // "y" after an initial joins two persons; between two words it is part of one family name
        assertEquals(List.of(Name.of("Pérez", "A."), Name.of("Ruiz", "M.")), items.get(1).authors());
        assertEquals(List.of(Name.of("Ortega y Gasset", "J.")), items.get(2).authors());
    }

    @Test
    void aMarkdownBylineInItalicsWithBy() {
        Item article = extract("""
                # Open Data in Ports

                *By Lena Fischer*

                Ports publish more data than before.
                """).get(0);
        assertEquals(List.of(Name.of("Fischer", "Lena")), article.authors());
    }

    @Test
    void aTitleOfCapitalisedWordsOnlyOverABylineAloneBetweenBlankLines() {
        // "Designing Calm Notifications" reads as a name by its shape; the line under it names persons by their given
        // names, so the byline is that line and the title the one above
        Item article = extract("""
                Designing Calm Notifications

                Jane Doe and Kofi Mensah

                ABSTRACT
                Notifications interrupt work.
                """).get(0);
        assertEquals(Optional.of("Designing Calm Notifications"), article.title());
        assertEquals(List.of(Name.of("Doe", "Jane"), Name.of("Mensah", "Kofi")), article.authors());
    }

    @Test
    void aRussianTitleInCapitalsKeepsItsLatinNumeralsAndAcronyms() {
        Item article = extract("""
                ПОРТОВАЯ ПОЛИТИКА В XIX ВЕКЕ И IT-СИСТЕМЫ

                Петров П. П.

                Аннотация. Развитие портов шло неравномерно.
                """).get(0);
        assertEquals(Optional.of("Портовая политика в XIX веке и IT-системы"), article.title());
    }

    @Test
    void aRussianListAndItsTransliterationAreOneRecordEachInCyrillic() {
        String text = """
                РАЗВИТИЕ АРКТИЧЕСКИХ ПОРТОВ

                Смирнова Е. В.

                Аннотация. Северный морской путь рассматривается как коридор [1, 2].

                Список литературы
                1. Лукин Ю. Ф. Российская Арктика в изменяющемся мире. Архангельск : САФУ, 2013. 281 с.
                2. Додин Д. А. Устойчивое развитие Арктики : проблемы и перспективы. СПб. : Наука, 2005. 283 с.

                References
                1. Lukin Yu. F. Rossiyskaya Arktika v izmenyayushchemsya mire [Russian Arctic in a changing world]. Arkhangelsk, SAFU Publ., 2013. 281 p.
                2. Dodin D. A. Ustoychivoe razvitie Arktiki: problemy i perspektivy [Sustainable development of the Arctic]. St. Petersburg, Nauka Publ., 2005. 283 p.
                """;
        List<Item> items = Citekit.create().processText("arctic.txt", text).items();
        // the article and two works, each met in both lists
        assertEquals(3, items.size());
        Item lukin = items.stream().filter(it -> it.title().orElse("").startsWith("Российская")).findFirst().orElseThrow();
        assertEquals(2, lukin.sources().size());
        // the transliteration's fuller initials ("Yu." for "Ю.") do not put Latin names beside a Cyrillic title
        assertEquals(List.of(Name.of("Лукин", "Ю. Ф.")), lukin.authors());
    }

    @Test
    void aTitleWhoseLineEndsWithAColonGoesOnWithItsSubtitle() {
        String text = """
                Tidal Silt in Small Harbours:
                A Survey of Dredging Practice
                Jane Doe
                University of Ghana

                Abstract
                We review the dredging of small harbours.
                """;
        Item article = Citekit.create().processText("silt.txt", text).items().get(0);
        assertEquals(Optional.of("Tidal Silt in Small Harbours: A Survey of Dredging Practice"), article.get(Field.TITLE));
        assertEquals(List.of(new Name("Doe", "Jane", "")), article.authors());
    }

    @Test
    void namesPrintedInCapitalsAreTheByline() {
        String head = "TIDAL SILT IN SMALL HARBOURS\n%s\n\nAbstract\nWe review the dredging of small harbours.\n";
        List<Name> two = List.of(new Name("Doe", "Jane", ""), new Name("Mensah", "Kofi", ""));
        for (String byline : List.of("JANE DOE AND KOFI MENSAH", "By JANE DOE & KOFI MENSAH", "JANE DOE and KOFI MENSAH, University of Ghana")) {
            Item article = Citekit.create().processText("caps.txt", String.format(head, byline)).items().get(0);
            assertEquals(Optional.of("Tidal Silt in Small Harbours"), article.get(Field.TITLE), byline);
            assertEquals(two, article.authors(), byline);
        }
        // a name alone in capitals is no label to drop ("RESEARCH ARTICLE" is)
        Item one = Citekit.create().processText("one.txt", "RESEARCH ARTICLE\n\n" + String.format(head, "JANE DOE\nUniversity of Ghana"))
                .items().get(0);
        assertEquals(Optional.of("Tidal Silt in Small Harbours"), one.get(Field.TITLE));
        assertEquals(List.of(new Name("Doe", "Jane", "")), one.authors());
        assertEquals(List.of("University of Ghana"), one.affiliations());
        // an affiliation in capitals under a name in capitals is no label either
        Item shouted = Citekit.create().processText("shouted.txt", String.format(head, "JANE DOE\nUNIVERSITY OF GHANA")).items().get(0);
        assertEquals(List.of(new Name("Doe", "Jane", "")), shouted.authors());
        assertEquals(List.of("UNIVERSITY OF GHANA"), shouted.affiliations());
    }

    @Test
    void theAuthorsOverATitleInCapitalsAsRussianJournalsPrintThem() {
        String text = """
                УДК 627.7
                Петрова А. С.
                ЗАИЛЕНИЕ МАЛЫХ ГАВАНЕЙ
                Аннотация. Рассмотрено заиление малых гаваней.
                Ключевые слова: гавань, ил.

                Список литературы
                1. Иванов И. И. Ил и вода. М. : Наука, 2010. 320 с.
                """;
        Item article = Citekit.create().processText("ru.txt", text).items().get(0);
        assertEquals(Optional.of("Заиление малых гаваней"), article.get(Field.TITLE));
        assertEquals(List.of(new Name("Петрова", "А. С.", "")), article.authors());
        assertEquals(Optional.of("Рассмотрено заиление малых гаваней."), article.get(Field.ABSTRACT));
    }

    @Test
    void aMarkdownBylineInBoldAndADoiInTheMasthead() {
        String markdown = """
                # Tidal Silt in Small Harbours

                **Jane Doe** and **Kofi Mensah**

                ## Abstract

                We review the dredging of small harbours.
                """;
        Item md = Citekit.create().processText("silt.md", markdown).items().get(0);
        assertEquals(Optional.of("Tidal Silt in Small Harbours"), md.get(Field.TITLE));
        assertEquals(List.of(new Name("Doe", "Jane", ""), new Name("Mensah", "Kofi", "")), md.authors());
        String masthead = """
                Journal of Ports, Vol. 3, No. 2, 2019, pp. 1-20
                https://doi.org/10.1234/jp.2019.002

                Tidal Silt in Small Harbours
                Jane Doe

                Abstract
                We review the dredging of small harbours.
                """;
        Item printed = Citekit.create().processText("silt.txt", masthead).items().get(0);
        assertEquals(Optional.of("10.1234/jp.2019.002"), printed.get(Field.DOI));
        assertEquals(Optional.of("Journal of Ports"), printed.get(Field.CONTAINER_TITLE));
    }

    @Test
    void bylinesWithTheirMarksBracketsAndGradesAreReadAsNames() {
        String head = "Tidal Silt in Small Harbours\n%s\n\nAbstract\nWe review the dredging of small harbours.\n";
        List<Name> two = List.of(new Name("Doe", "Jane", ""), new Name("Mensah", "Kofi", ""));
        // names keyed to affiliations by digits, a star keyed to a note, IEEE's grades, affiliations in brackets
        Item keyed = Citekit.create().processText("keyed.txt", String.format(head,
                "\nJane Doe1, Kofi Mensah2\n1University of Ghana, Accra 2Massachusetts Institute of Technology")).items().get(0);
        assertEquals(Optional.of("Tidal Silt in Small Harbours"), keyed.get(Field.TITLE));
        assertEquals(two, keyed.authors());
        assertEquals(List.of("University of Ghana, Accra", "Massachusetts Institute of Technology"), keyed.affiliations());
        // an address's own number is no mark: the line stays one affiliation
        assertEquals(List.of("Department of Physics, Building 2 Main Street, Accra"), Citekit.create().processText("addr.txt",
                String.format(head, "Jane Doe\nDepartment of Physics, Building 2 Main Street, Accra")).items().get(0).affiliations());
        Item starred = Citekit.create().processText("star.txt", String.format(head,
                "Jane Doe*, Kofi Mensah\n*Corresponding author: jane.doe@ug.edu.gh")).items().get(0);
        assertEquals(two, starred.authors());
        assertEquals(List.of(), starred.affiliations(), "whom to write to is no affiliation");
        Item ieee = Citekit.create().processText("ieee.txt", String.format(head, "Jane Doe, Member, IEEE, and Kofi Mensah")).items().get(0);
        assertEquals(two, ieee.authors());
        assertEquals(List.of(), ieee.affiliations());
        Item bracketed = Citekit.create().processText("brackets.txt", String.format(head,
                "Jane Doe (University of Ghana) and Kofi Mensah (MIT)")).items().get(0);
        assertEquals(two, bracketed.authors());
        assertEquals(List.of("University of Ghana", "MIT"), bracketed.affiliations());
        // a line of the article's history under the byline gives the date, and no affiliation
        Item dated = Citekit.create().processText("dated.txt", String.format(head, "Jane Doe\nPublished: 3 March 2020")).items().get(0);
        assertEquals(List.of(new Name("Doe", "Jane", "")), dated.authors());
        assertEquals(Optional.of(new io.github.citekit.model.DateParts(2020, 3, 3)), dated.issued());
        assertEquals(List.of(), dated.affiliations());
    }

    @Test
    void bylinesWithALabelTitlesDegreesAndOrcidLinks() {
        String head = "Tidal Silt in Small Harbours\n%s\n\nAbstract\nWe review the dredging of small harbours.\n";
        List<Name> two = List.of(new Name("Doe", "Jane", ""), new Name("Mensah", "Kofi", ""));
        for (String byline : List.of("Authors: Jane Doe, Kofi Mensah", "by Jane Doe and Kofi Mensah",
                "Jane Doe, PhD, and Kofi Mensah, MSc", "Dr. Jane Doe and Prof. Kofi Mensah",
                "Jane Doe https://orcid.org/0000-0002-1825-0097, Kofi Mensah")) {
            Item article = Citekit.create().processText("by.txt", String.format(head, byline)).items().get(0);
            assertEquals(Optional.of("Tidal Silt in Small Harbours"), article.get(Field.TITLE), byline);
            assertEquals(two, article.authors(), byline);
        }
        // inverted names apart at semicolons; initials first, split at the commas; in a list of several, one known
        // given name is enough
        assertEquals(two, Citekit.create().processText("inv.txt", String.format(head, "Doe, Jane; Mensah, Kofi")).items().get(0).authors());
        assertEquals(List.of(new Name("Doe", "J.", ""), new Name("Mensah", "K.", "")),
                Citekit.create().processText("i.txt", String.format(head, "J. Doe, K. Mensah")).items().get(0).authors());
        assertEquals(List.of(new Name("Doe", "Jane", ""), new Name("Mensah", "Kofi", ""), new Name("Owusu", "Ama", "")),
                Citekit.create().processText("3.txt", String.format(head, "Jane Doe, Kofi Mensah, and Ama Owusu")).items().get(0).authors());
        // Russian names keyed by superscripts to their affiliations, under a title in capitals
        Item ru = Citekit.create().processText("ru.txt", "ЗАИЛЕНИЕ МАЛЫХ ГАВАНЕЙ\n\nПетрова А. С.¹, Иванов И. И.²\n"
                + "¹ МГИМО МИД России, Москва\n² ИМЭМО РАН, Москва\n\nАннотация. Рассмотрено заиление.\n").items().get(0);
        assertEquals(Optional.of("Заиление малых гаваней"), ru.get(Field.TITLE));
        assertEquals(List.of(new Name("Петрова", "А. С.", ""), new Name("Иванов", "И. И.", "")), ru.authors());
        assertEquals(List.of("МГИМО МИД России, Москва", "ИМЭМО РАН, Москва"), ru.affiliations());
    }

    @Test
    void aWebPagesBylineRightUnderItsHeadline() {
        for (String byline : List.of("Posted on March 3, 2020 by Jane Doe", "By Jane Doe | March 3, 2020")) {
            Item post = Citekit.create().processText("post.txt", "Tidal Silt in Small Harbours\n" + byline
                    + "\n\nHarbours silt up. This post looks at why.\n").items().get(0);
            assertEquals(Optional.of("Tidal Silt in Small Harbours"), post.get(Field.TITLE), byline);
            assertEquals(List.of(new Name("Doe", "Jane", "")), post.authors(), byline);
            assertEquals(Optional.of(new io.github.citekit.model.DateParts(2020, 3, 3)), post.issued(), byline);
        }
    }

    @Test
    void anElsevierHeaderWithLetteredAffiliationsAndLetterSpacedHeadings() {
        String text = """
                Tidal silt in small harbours
                Jane Doe a,*, Kofi Mensah b
                a University of Ghana, Accra, Ghana
                b Massachusetts Institute of Technology, Cambridge, USA

                A R T I C L E  I N F O
                Keywords: silt

                A B S T R A C T
                We review the dredging of small harbours.
                """;
        Item article = Citekit.create().processText("elsevier.txt", text).items().get(0);
        assertEquals(Optional.of("Tidal silt in small harbours"), article.get(Field.TITLE));
        assertEquals(List.of(new Name("Doe", "Jane", ""), new Name("Mensah", "Kofi", "")), article.authors());
        assertEquals(List.of("University of Ghana, Accra, Ghana", "Massachusetts Institute of Technology, Cambridge, USA"),
                article.affiliations());
        assertEquals(Optional.of("We review the dredging of small harbours."), article.get(Field.ABSTRACT));
    }

    @Test
    void aWorkingPapersSeriesLineAndDateAroundItsTitleAndByline() {
        String text = """
                Working Paper No. 12

                Tidal Silt in Small Harbours

                Jane Doe and Kofi Mensah

                March 2020

                Abstract
                We review the dredging of small harbours.
                """;
        Item paper = Citekit.create().processText("wp.txt", text).items().get(0);
        assertEquals(Optional.of("Tidal Silt in Small Harbours"), paper.get(Field.TITLE));
        assertEquals(List.of(new Name("Doe", "Jane", ""), new Name("Mensah", "Kofi", "")), paper.authors());
        assertEquals(Optional.of(new io.github.citekit.model.DateParts(2020, 3, 0)), paper.issued());
        assertEquals(ItemType.REPORT, paper.type());
        assertEquals(Optional.of("Working Paper"), paper.get(Field.GENRE));
        assertEquals(Optional.of("12"), paper.get(Field.NUMBER));
        // a web page's lead paragraph labelled "Summary:" is the abstract without its label
        Item post = Citekit.create().processText("post.txt", "Tidal Silt in Small Harbours\n\nJane Doe\n\n"
                + "Summary: Harbours silt up; we review why.\n\nHarbours silt up [1].\n").items().get(0);
        assertEquals(Optional.of("Harbours silt up; we review why."), post.get(Field.ABSTRACT));
    }

    @Test
    void issueLinesWithoutAVolumeAndInGostsFormAboveTheTitle() {
        String gost = """
                Вестник портов. 2019. № 2. С. 10–20.

                ЗАИЛЕНИЕ МАЛЫХ ГАВАНЕЙ

                А. С. Петрова, И. И. Иванов
                МГИМО МИД России, Москва

                Аннотация
                Рассмотрено заиление малых гаваней.
                """;
        Item ru = Citekit.create().processText("ru.txt", gost).items().get(0);
        assertEquals(Optional.of("Вестник портов"), ru.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("2"), ru.get(Field.ISSUE));
        assertEquals(Optional.of("10-20"), ru.get(Field.PAGE));
        assertEquals(Optional.of(io.github.citekit.model.DateParts.ofYear(2019)), ru.issued());
        assertEquals(List.of(new Name("Петрова", "А. С.", ""), new Name("Иванов", "И. И.", "")), ru.authors());
        String digest = """
                DIGEST OF PORT STUDIES
                Issue 4, 2021

                Tidal Silt in Small Harbours
                By Jane Doe

                Harbours silt up.
                """;
        Item en = Citekit.create().processText("digest.txt", digest).items().get(0);
        assertEquals(Optional.of("Digest of Port Studies"), en.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("4"), en.get(Field.ISSUE));
        assertEquals(Optional.empty(), en.get(Field.VOLUME));
        assertEquals(Optional.of(io.github.citekit.model.DateParts.ofYear(2021)), en.issued());
    }

    @Test
    void aLineOfNamesRightUnderTheTitleIsItsByline() {
        String text = """
                Silt in Small Harbours
                Jane Doe and K. Mensah

                Abstract
                We review the dredging of small harbours.

                References
                Doe, J. (2001). Silt. Journal of Ports, 3, 1-9.
                """;
        Item article = Citekit.create().processText("silt.txt", text).items().get(0);
        assertEquals(Optional.of("Silt in Small Harbours"), article.get(Field.TITLE));
        assertEquals(List.of(new Name("Doe", "Jane", ""), new Name("Mensah", "K.", "")), article.authors());
        // a title broken before a person it names goes on in its next line
        String named = text.replace("Silt in Small Harbours\nJane Doe and K. Mensah", "The Harbours of\nJane Doe");
        Item about = Citekit.create().processText("about.txt", named).items().get(0);
        assertEquals(Optional.of("The Harbours of Jane Doe"), about.get(Field.TITLE));
        assertEquals(List.of(), about.authors());
    }

    @Test
    void digestWithParticlesWrappedBylinesRunningHeadersAndALostTitle() {
        String text = """
                TRADE MONITOR No. 47, 12 March 2021 1

                Sanctions Fatigue in Central Asia
                By Pieter van der Berg and Aigerim Nurlanovna, Leiden
                Institute for Area Studies, Leiden
                doi:10.5555/etm.2021.047.02

                Summary
                Central Asian governments have learned to navigate sec-
                ondary sanctions without choosing sides.

                Governments in the region trade with every side of the
                conflict and secondary measures have rarely bitten.

                TRADE MONITOR No. 47, 12 March 2021 2

                Abstract
                Energy subsidies in the South Caucasus remain large.

                About the Author
                Nino Beridze is a researcher at the Tbilisi Energy Forum, Tbilisi.
                """;
        List<Item> items = extract(text);
        assertEquals(2, items.size());
        Item first = items.get(0);
        assertEquals(Optional.of("Sanctions Fatigue in Central Asia"), first.title());
        assertEquals(List.of(Name.of("van der Berg", "Pieter"), Name.of("Nurlanovna", "Aigerim")), first.authors());
        assertEquals(List.of("Leiden Institute for Area Studies, Leiden"), first.affiliations());
        assertEquals(Optional.of("10.5555/etm.2021.047.02"), first.doi());
        assertEquals(Optional.of("Central Asian governments have learned to navigate secondary sanctions without choosing sides."),
                first.get(Field.ABSTRACT));
        assertEquals(ItemType.ARTICLE_JOURNAL, first.type());
        Item second = items.get(1);
        assertEquals(Optional.empty(), second.title(), "a running header is not a title");
        assertEquals(List.of(Name.of("Beridze", "Nino")), second.authors());
        assertEquals(List.of("Tbilisi Energy Forum, Tbilisi"), second.affiliations());
    }

    @Test
    void aboutTheAuthorsWithTwoBiosNamesBothWhenTheBylineIsLost() {
        String text = """
                Grain Corridors After the War

                Abstract
                Exports through the Danube ports doubled in a year.

                Insurers kept their premiums high and the northern route stayed closed.

                About the Authors
                Helena Marsh is a senior fellow at the Baltic Policy Centre, Riga. She previously advised the
                port authority. Tomas Lind is a researcher at the Nordic Trade Institute, Oslo.
                """;
        Item item = extract(text).get(0);
        assertEquals(List.of(Name.of("Marsh", "Helena"), Name.of("Lind", "Tomas")), item.authors());
        assertEquals(List.of("Baltic Policy Centre, Riga", "Nordic Trade Institute, Oslo"), item.affiliations());
    }

    @Test
    void russianArticleWithUnprefixedByline() {
        String text = """
                Энергетическая политика России в Арктике
                Иван Петров, Институт мировой экономики, Москва
                DOI: 10.5555/rus.2022.15

                Аннотация
                В статье рассматриваются приоритеты энергетической поли-
                тики России в Арктике и на Севере страны.

                Введение
                Текст статьи о политике и об экономике региона.
                """;
        Item item = extract(text).get(0);
        assertEquals(Optional.of("Энергетическая политика России в Арктике"), item.title());
        assertEquals(List.of(Name.of("Петров", "Иван")), item.authors());
        assertEquals(List.of("Институт мировой экономики, Москва"), item.affiliations());
        assertEquals(Optional.of("10.5555/rus.2022.15"), item.doi());
        assertEquals(Optional.of("ru"), item.get(Field.LANGUAGE));
        assertTrue(item.get(Field.ABSTRACT).orElseThrow().startsWith("В статье рассматриваются приоритеты энергетической политики"));
        assertEquals("petrovenergeticeskaa", item.citationKey().orElseThrow().substring(0, 20));
    }

    @Test
    void coverPageWithApaCitationAndLicence() {
        String text = """
                Localising Climate Finance

                Okonkwo, Adaeze

                Suggested Citation:

                Okonkwo, A. (2020). Localising Climate Finance. *Journal of Development Policy*, 12(3), 45-67. <https://doi.org/10.5555/JDP.2020.0123>

                This work is licensed under <https://creativecommons.org/licenses/by/4.0/>.

                Localising Climate Finance

                By Adaeze Okonkwo, University of Nairobi, Nairobi

                Abstract

                County governments receive a *growing* share of adaptation finance.
                """;
        Item item = extract(text).get(0);
        assertEquals(Optional.of("Journal of Development Policy"), item.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("12"), item.get(Field.VOLUME));
        assertEquals(Optional.of("3"), item.get(Field.ISSUE));
        assertEquals(Optional.of("45-67"), item.get(Field.PAGE));
        assertEquals(2020, item.issued().orElseThrow().year());
        assertEquals(Optional.of("10.5555/jdp.2020.0123"), item.doi());
        assertEquals(Optional.of("CC BY 4.0"), item.get(Field.LICENSE));
        assertEquals(List.of(Name.of("Okonkwo", "Adaeze")), item.authors(), "the byline's full name wins over initials");
        assertEquals(Optional.of("County governments receive a growing share of adaptation finance."), item.get(Field.ABSTRACT));
    }

    @Test
    void gluedTitleAndPaywalledPage() {
        Item blog = extract("The Quiet Return of Trade PolicyThe tariffs imposed last year have changed how firms plan. "
                + "More text follows here.\n\nSecond paragraph.\n").get(0);
        assertEquals(Optional.of("The Quiet Return of Trade Policy"), blog.title());
        assertTrue(blog.authors().isEmpty());

        Item page = extract("""
                Why Small Ports Are Winning

                Regional harbours are quietly stealing business from the giants.

                The container trade has changed over the past decade in ways few expected […]

                Subscribe to Example Weekly today and get:

                  • Weekly briefings
                  • Forecasts
                Subscription Options
                Tomasz Zielinski
                Tomasz Zielinski is a correspondent for Example Weekly based in Gdansk.
                """).get(0);
        assertEquals(Optional.of("Why Small Ports Are Winning"), page.title());
        assertEquals(List.of(Name.of("Zielinski", "Tomasz")), page.authors());
        assertEquals(Optional.of("Example Weekly"), page.get(Field.CONTAINER_TITLE));
        assertEquals(ItemType.ARTICLE_MAGAZINE, page.type());
        assertEquals(Optional.of("Regional harbours are quietly stealing business from the giants."), page.get(Field.ABSTRACT));
        assertEquals(Optional.empty(), page.issued());
    }

    @Test
    void blogPostWithAPostedByLine() {
        Item post = extract("""
                Why Tariffs Came Back

                Posted by Lena Hoffmann on 3 May 2022

                The tariffs imposed last year have changed how firms plan their supply chains.

                More paragraphs follow here, with the argument in full and a conclusion at the end.
                """).get(0);
        assertEquals(Optional.of("Why Tariffs Came Back"), post.title());
        assertEquals(List.of(Name.of("Hoffmann", "Lena")), post.authors());
        assertEquals("2022-05-03", post.issued().orElseThrow().iso());
        assertEquals(Optional.of("The tariffs imposed last year have changed how firms plan their supply chains."),
                post.get(Field.ABSTRACT));
    }

    @Test
    void sectionHeadingIsNotATitle() {
        Item item = extract("1. Introduction\nSince 1991 the country has balanced its relations.\nMore text.\n").get(0);
        assertEquals(Optional.empty(), item.title());
        assertTrue(item.warnings().contains("missing title: no title is printed for this article"));
    }

    @Test
    void journalArticleWithAMastheadAStackedBylineAndAnUpperCaseReferencesHeading() {
        String text = """
                MARITIME POLICY REVIEW
                Vol. 3, No. 2, 2019, pp. 1-20

                Port Governance in the Black Sea Region

                Anna Petrova
                Tallinn University

                Abstract
                Ports in the Black Sea matter (Smith 2010). Governance reforms followed (Brown 2012).

                REFERENCES
                Brown, A. (2012). Small economies. Oxford: Oxford University Press.
                Smith, J. (2010). Trade and growth in small states. Journal of Economic Studies, 45(4), 612-620.
                """;
        var bib = Citekit.create().processText("doc.txt", text);
        Item article = bib.items().get(0);
        assertEquals(Optional.of("Port Governance in the Black Sea Region"), article.title());
        assertEquals(List.of("Petrova"), article.authors().stream().map(Name::family).toList());
        assertEquals(List.of("Tallinn University"), article.affiliations());
        assertEquals(Optional.of("Maritime Policy Review"), article.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("3"), article.get(Field.VOLUME));
        assertEquals(Optional.of("2"), article.get(Field.ISSUE));
        assertEquals(Optional.of("1-20"), article.get(Field.PAGE));
        assertEquals(2019, article.issued().orElseThrow().year());
        var report = bib.report().documents().get(0);
        assertEquals(2, report.references(), "the upper-case heading is kept, so the unnumbered list is found");
        assertEquals(List.of(List.of(1), List.of(0)), report.citations().stream().map(c -> c.references()).toList());
    }

    @Test
    void russianArticleWithAnUpperCaseTitleAClassificationCodeAndKeywords() {
        String text = """
                УДК 327.8

                ГЕОПОЛИТИКА ЧЕРНОМОРСКОГО РЕГИОНА

                И. И. Иванов
                Московский государственный университет, Москва, Россия

                Аннотация. В статье рассматриваются порты Черного моря.
                Ключевые слова: геополитика, порты.

                Введение
                Порты важны [1, с. 41]. Согласно Дугину [2], регион ключевой.

                Список литературы
                1. Иванов И. И. Название статьи // Вопросы экономики. 2015. Т. 5, № 2. С. 45–67.
                2. Дугин А. Г. Основы геополитики. М. : Арктогея, 1997. 608 с.
                """;
        var bib = Citekit.create().processText("doc.txt", text);
        Item article = bib.items().get(0);
        assertEquals(Optional.of("Геополитика черноморского региона"), article.title());
        assertEquals(List.of("Иванов"), article.authors().stream().map(Name::family).toList());
        assertEquals(Optional.of("В статье рассматриваются порты Черного моря."), article.get(Field.ABSTRACT));
        assertEquals(Optional.of("геополитика, порты"), article.get(Field.KEYWORD));
        assertEquals(Optional.of("ru"), article.get(Field.LANGUAGE));
        var report = bib.report().documents().get(0);
        assertEquals(2, report.references());
        assertEquals(List.of(List.of(0), List.of(1)), report.citations().stream().map(c -> c.references()).toList());
    }

    @Test
    void authorDateCitationsWithColonPinpointsAndNoDate() {
        String text = PORTS_AND_POWER + """
                As Lee and Kim (2015: 45) show, and Doe (n.d.) agrees, ports matter (Garcia 2015: 7-9; Doe n.d.).
                Some remarks (Note: 1990 figures) are not citations.

                References

                Doe, J. (n.d.). Undated work. Retrieved from https://example.org/doe
                Doe, J. (2019). Dated work. London: Routledge.
                Garcia, M. (2015). The Caspian. Oxford: Clarendon.
                Lee, K., & Kim, H. (2015). Ports in Asia. Marine Policy, 45(2), 1-10.
                """;
        var report = Citekit.create().processText("doc.txt", text).report().documents().get(0);
        assertEquals(List.of("Lee and Kim (2015: 45)", "Doe (n.d.)", "(Garcia 2015: 7-9; Doe n.d.)"),
                report.citations().stream().map(c -> c.text()).toList());
        assertEquals(List.of(List.of(3), List.of(0), List.of(2, 0)), report.citations().stream().map(c -> c.references()).toList());
        assertEquals(List.of(1), report.uncited());
        assertEquals(List.of(), report.unresolved());
    }

    @Test
    void notesWithSignalsShortTitlesAndANoteAfterAYear() {
        String text = """
                The Arctic Route

                By John Smith, Arctic Institute

                The route opened in 2019.1 Shipping grew.2

                Notes

                1 See Mary Brown, Arctic Shipping (Oslo: Polar Press, 2018), 45.
                2 The exception is one that proves the rule, and it is discussed at length by many observers of the region.
                3 Ibid., 52.

                Works Cited

                • Brown, Mary. Arctic Shipping. Oslo: Polar Press, 2018.
                • Green, Tom. "Ice Routes." Polar Record 55, no. 2 (2019): 100–110.

                Further Reading

                - White, P. Northern Sea. London: Verso, 2020.
                """;
        Bibliography bib = Citekit.create().processText("notes.txt", text);
        List<Item> references = bib.items().stream().filter(i -> i.type() != ItemType.ARTICLE || i.title().isEmpty()
                || !i.title().get().equals("The Arctic Route")).toList();
        assertEquals(List.of("Arctic Shipping", "Ice Routes", "Northern Sea"),
                references.stream().map(i -> i.title().orElse("")).toList());
        assertEquals(3, references.get(0).sources().size(), "note 1, its Ibid. and the Works Cited entry are one work");
        assertEquals(List.of("Brown"), references.get(0).authors().stream().map(Name::family).toList());
        assertEquals(List.of("White"), references.get(2).authors().stream().map(Name::family).toList());
        var report = bib.report().documents().get(0);
        assertEquals(List.of(List.of(0)), report.citations().stream().map(c -> c.references()).toList(),
                "'2019.1' marks note 1; note 2 is a content note, not an entry");
    }

    @Test
    void hangingIndentsABioAfterTheListAndAWrappedPageArea() {
        String text = """
                Ports of the Baltic

                Anna Petrova
                Tallinn University

                Abstract
                Baltic ports compete (Smith 2010).

                Bibliography

                Brown, A. 2019. The Baltic Gateway: Ports, Politics
                    and Power. London: Routledge.

                Smith, J. 2010. Trade Winds. Oxford: Oxford
                    University Press.

                Anna Petrova is a lecturer at Tallinn University. Her research focuses on Baltic ports since 2015.
                """;
        Bibliography bib = Citekit.create().processText("baltic.txt", text);
        assertEquals(2, bib.report().documents().get(0).references(), "the bio is no entry");
        assertTrue(bib.items().stream().anyMatch(i -> i.title().equals(Optional.of("The Baltic Gateway: Ports, Politics and Power"))));
        String russian = """
                Порты Балтики

                И. И. Иванов
                Институт Европы РАН

                Аннотация
                Порты конкурируют [1].

                1) Петров П. П. Балтийские порты. М. : Наука, 2015. 200 с.
                2) Сидоров С. С. Морская торговля // Вопросы экономики. 2018. № 5.
                С. 10–20.
                3) Кузнецов К. К. Флот. СПб. : Питер, 2019. 150 с.
                """;
        Item article = Citekit.create().processText("ru.txt", russian).items().stream()
                .filter(i -> i.title().equals(Optional.of("Морская торговля"))).findFirst().orElseThrow();
        assertEquals(Optional.of("10-20"), article.get(Field.PAGE), "'№ 5.' and 'С. 10–20.' are joined with a space");
        String links = PORTS_AND_POWER + """
                Ports grew [1, 2].

                References
                [1] Lee, H. (2019). Ports. Available at: https://example.org/en/
                ports/report
                [2] Kim, J. (2020). Harbours. Available at: https://example.org/harbours
                Accessed 3 March 2020.
                """;
        List<String> urls = Citekit.create().processText("links.txt", links).items().stream()
                .map(i -> i.get(Field.URL).orElse("")).filter(u -> !u.isEmpty()).sorted().toList();
        assertEquals(List.of("https://example.org/en/ports/report", "https://example.org/harbours"), urls,
                "a link broken after '/' continues; one that ends a word before 'Accessed' does not");
    }

    @Test
    void aJournalAbbreviationEndingInPOrSIsNoPinpoint() {
        // "Usp.42" read as the pinpoint "p.42" cut the names before their year, and linking threw
        String text = PORTS_AND_POWER + """
                As translated [Phys. Usp.42 ,545 ( 1999)], ports matter (Garcia 2015, p. 7).

                References

                Garcia, M. (2015). The Caspian. Oxford: Clarendon.
                """;
        var report = Citekit.create().processText("doc.txt", text).report().documents().get(0);
        assertEquals(List.of("(Garcia 2015, p. 7)"), report.citations().stream().map(c -> c.text()).toList());
        assertEquals(List.of(List.of(0)), report.citations().stream().map(c -> c.references()).toList());
    }

    @Test
    void possessivesSeveralYearsAndLetteredYearsInCitations() {
        String text = PORTS_AND_POWER + """
                Two works (Brown, 2012a, b) agree. Smith's (2010) study stands; Jones (2011, 2012) disagrees.

                References

                Brown, A. (2012a). Shipping lanes. London: Routledge.
                Brown, A. (2012b). Shipping routes. London: Routledge.
                Jones, K. (2011). Trade growth. Journal of Shipping, 4(1), 5-9.
                Jones, K. (2012). Trade decline. Journal of Shipping, 5(1), 5-9.
                Smith, J. (2010). Port power. Journal of Shipping, 3(1), 1-20.
                """;
        Bibliography bib = Citekit.create().processText("doc.txt", text);
        assertEquals(2, bib.items().stream().filter(i -> !i.authors().isEmpty() && i.authors().get(0).family().equals("Brown")).count(),
                "2012a and 2012b are two works, however alike their titles");
        var report = bib.report().documents().get(0);
        assertEquals(List.of("(Brown, 2012a, b)", "Smith's (2010)", "Jones (2011, 2012)"),
                report.citations().stream().map(c -> c.text()).toList());
        assertEquals(List.of(List.of(0, 1), List.of(4), List.of(2, 3)), report.citations().stream().map(c -> c.references()).toList());
        assertEquals(List.of(), report.uncited());
    }

    @Test
    void aCitationsNamesPickAmongTheFirstAuthorsWorksOfOneYear() {
        String text = PORTS_AND_POWER + """
                Trade grew (Smith and Jones 2010). Smith (2010) disagreed, as did Smith et al. (2010) and Smith & Lee (2010).

                References

                Smith, J. (2010). A theory of ports. Oxford: Clarendon.
                Smith, J., & Jones, K. (2010). Ports in history. History Review, 7, 11-20.
                Smith, J., Jones, K., & Lee, M. (2010). Port cities. Urban Studies, 4, 1-9.
                """;
        var report = Citekit.create().processText("doc.txt", text).report().documents().get(0);
        assertEquals(List.of("(Smith and Jones 2010)", "Smith (2010)", "Smith et al. (2010)", "Smith & Lee (2010)"),
                report.citations().stream().map(c -> c.text()).toList());
        // a second name that fits no entry's authors leaves every work of the year, as an author might have slipped
        assertEquals(List.of(List.of(1), List.of(0), List.of(2), List.of(0, 1, 2)),
                report.citations().stream().map(c -> c.references()).toList());
    }

    @Test
    void aRuleForTheAuthorsRepeatsThoseOfTheEntryBefore() {
        String text = PORTS_AND_POWER + """
                Kafka was translated early (Kafka 1984; Kafka and Brod 1951; Muir 1930).

                Bibliography

                Kafka, Franz. Der Process. Berlin: Die Schmiede, 1925.
                ———. The Trial. Translated by Willa Muir. New York: Schocken Books, 1984.
                ———, and Max Brod. Tagebücher. Frankfurt: Fischer, 1951.
                Muir, Edwin, and Willa Muir. Transition. London: Hogarth Press, 1926.
                ---. Kafka in English. London: Hogarth Press, 1930.
                ––– (1931). Kafka in Scotland. London: Hogarth Press.
                """;
        Bibliography bib = Citekit.create().processText("doc.txt", text);
        List<Item> refs = bib.items().stream().filter(i -> i.sources().get(0).kind() == io.github.citekit.model.SourceKind.REFERENCE)
                .sorted(java.util.Comparator.comparingInt(i -> i.sources().get(0).index())).toList();
        assertEquals(6, refs.size());
        assertEquals(List.of(new Name("Kafka", "Franz", "")), refs.get(1).authors(), "——— repeats the authors before");
        assertEquals("The Trial", refs.get(1).get(Field.TITLE).orElse(""));
        assertEquals("———. The Trial. Translated by Willa Muir. New York: Schocken Books, 1984.", refs.get(1).sources().get(0).text(),
                "the entry keeps its text as printed");
        assertEquals(List.of(new Name("Kafka", "Franz", ""), new Name("Brod", "Max", "")), refs.get(2).authors(),
                "a co-author after the rule is added; a one-word title after the names stays the title");
        assertEquals("Tagebücher", refs.get(2).get(Field.TITLE).orElse(""));
        assertEquals(List.of(new Name("Muir", "Edwin", ""), new Name("Muir", "Willa", "")), refs.get(4).authors(),
                "MLA's '---.' repeats every author");
        assertEquals(refs.get(4).authors(), refs.get(5).authors(), "en dashes before a bracketed year repeat them too");
        assertEquals("Kafka in Scotland", refs.get(5).get(Field.TITLE).orElse(""));
        var report = bib.report().documents().get(0);
        assertEquals(List.of(List.of(1, 2, 4)), report.citations().stream().map(c -> c.references()).toList());
    }

    @Test
    void theMeteorologistsDashesRepeatOneNameEach() {
        // the American Meteorological Society's style: a dash for each name repeated, in its place, and new names after
        List<Item> items = Citekit.create().parseReferences("refs.txt", List.of(
                "Okafor, C. N., L. M. Brandt, and P. Ruiz, 2001: Tidal ranges of West African harbours. J. Coastal Res., 17, 101-109.",
                "--, and L. M. Brandt, 2003: Silt and the harbour wall. J. Coastal Res., 19, 55-60.",
                "--, --, and S. Mensah, 2005: Harbours in a warming sea. Ocean Model., 9, 1-12.",
                "--, A. B. Diallo, and K. Asante, 2007: Dredging schedules. J. Coastal Res., 23, 200-210."));
        Function<Item, List<String>> families = item -> item.authors().stream().map(Name::family).toList();
        assertEquals(List.of("Okafor", "Brandt"), families.apply(items.get(1)), "the co-author is the entry before's second name");
        assertEquals(List.of("Okafor", "Brandt", "Mensah"), families.apply(items.get(2)), "two dashes, the first two names");
        assertEquals(List.of("Okafor", "Diallo", "Asante"), families.apply(items.get(3)),
                "before names the entry before does not have, the dash is its first name alone");
    }

    @Test
    void idemAndItsKinRepeatTheAuthorsBefore() {
        List<Item> items = Citekit.create().parseReferences("refs.txt", List.of(
                "Okafor, Chidi. Les ports de l'Afrique de l'Ouest. Paris: Karthala, 1999.",
                "Idem. Le port de Lagos. Paris: Karthala, 2003.",
                "Brandt, Lena. Häfen und Städte. Berlin: Springer, 2001.",
                "Eadem, Häfen am Meer, Berlin, Springer, 2004.",
                "Ders., Hafenstädte im Wandel, Berlin, Springer, 2006."));
        assertEquals(List.of(new Name("Okafor", "Chidi", "")), items.get(1).authors());
        assertEquals("Le port de Lagos", items.get(1).get(Field.TITLE).orElse(""));
        assertEquals(List.of(new Name("Brandt", "Lena", "")), items.get(3).authors());
        assertEquals(List.of(new Name("Brandt", "Lena", "")), items.get(4).authors());
        // a name that only begins so is a name
        assertEquals("Idema", Citekit.create().parseReferences("refs.txt", List.of(
                "Okafor, Chidi. Ports. Paris: Karthala, 1999.", "Idema, T. Harbours. Leiden: Brill, 2005.")).get(1).authors().get(0).family());
    }

    @Test
    void aDittoWithNoEntryBeforeItLeavesNoAuthorAndSaysSo() {
        List<Item> items = Citekit.create().parseReferences("refs.txt", List.of(
                "–––––. Harbours; or The Tide. A Lagos Tale. Edited by Kemi Okafor. Ibadan: Harbour Press, 2009.",
                "______. On Tidal Doctrine, trans. D. W. Bello. Ibadan, 1958."));
        assertEquals(List.of(), items.get(0).authors(), "an en-dash ditto, first in the list, names nobody");
        assertEquals("Harbours; or The Tide. A Lagos Tale", items.get(0).get(Field.TITLE).orElse(""),
                "the title's first words are not read as names");
        assertTrue(items.get(0).warnings().stream().anyMatch(w -> w.startsWith("missing authors: '–––––'")), items.get(0).warnings().toString());
        assertEquals(List.of(), items.get(1).authors());
        assertEquals("On Tidal Doctrine", items.get(1).get(Field.TITLE).orElse(""));
    }

    @Test
    void chicagoShortNotesRepeatTheWorkTheyShorten() {
        String text = PORTS_AND_POWER + """
                Capitalism has a history.1 Books do too.2 The argument returns.3 And again.4 A new work.5

                Notes

                1. Ellen Meiksins Wood, The Origin of Capitalism: A Longer View (London: Verso, 2002), 35.
                2. Robert Darnton, "What Is the History of Books?," Daedalus 111, no. 3 (1982): 65–83.
                3. Wood, Origin of Capitalism, 50.
                4. Darnton, "History of Books," 67.
                5. Wood, Empire of Capital, 12.
                6. The exception proves the rule, as noted above, 5.
                """;
        Bibliography bib = Citekit.create().processText("notes.txt", text);
        var report = bib.report().documents().get(0);
        assertEquals(5, report.references(), "a content note shaped like a short note, but a sentence, is no entry");
        assertEquals(List.of(List.of(0), List.of(1), List.of(2), List.of(3), List.of(4)),
                report.citations().stream().map(c -> c.references()).toList(), "a short note is an entry of the notes");
        Item wood = bib.items().stream().filter(i -> i.get(Field.TITLE).orElse("").startsWith("The Origin")).findFirst().orElseThrow();
        assertEquals(List.of(0, 2), wood.sources().stream().map(s -> s.index()).toList(), "note 3 shortens note 1");
        Item darnton = bib.items().stream().filter(i -> i.get(Field.TITLE).orElse("").startsWith("What Is")).findFirst().orElseThrow();
        assertEquals(List.of(1, 3), darnton.sources().stream().map(s -> s.index()).toList(),
                "a short title is the work's key words, not always its first ones");
        assertTrue(bib.items().stream().noneMatch(i -> i.get(Field.TITLE).orElse("").equals("Origin of Capitalism")));
        assertTrue(bib.items().stream().anyMatch(i -> i.sources().get(0).index() == 4 && i.authors().size() == 1),
                "a short form of no earlier work stays a work of its own");
    }

    @Test
    void aPolicyBriefWithItsSeriesLineBetweenHeadlineAndByline() {
        String text = """
                Arctic Shipping and Russian Policy

                Policy Brief No. 14

                Maria Lopez, Centre for Arctic Studies

                Russia's Arctic strategy rests on the Northern Sea Route, and its ports matter most in summer.
                """;
        Item brief = Citekit.create().processText("brief.txt", text).items().get(0);
        assertEquals(Optional.of("Arctic Shipping and Russian Policy"), brief.get(Field.TITLE));
        assertEquals(List.of(new Name("Lopez", "Maria", "")), brief.authors());
        // a report of the series' kind, with its number, as Zotero's report type and number hold them
        assertEquals(ItemType.REPORT, brief.type());
        assertEquals(Optional.of("Policy Brief"), brief.get(Field.GENRE));
        assertEquals(Optional.of("14"), brief.get(Field.NUMBER));
        assertEquals(List.of("Centre for Arctic Studies"), brief.affiliations());
    }

    @Test
    void econStorAndSsrnCoverPagesGiveTheirCitationsLinkAndLicence() {
        String econstor = """
                econstor
                A Service of the ZBW – Leibniz Information Centre for Economics

                Suggested Citation: Kowalski, Jan; Nowak, Anna (2021) : Port competition in the Baltic Sea region,
                Kiel Working Paper, No. 2187, Kiel Institute for the World Economy (IfW), Kiel

                This Version is available at:
                http://hdl.handle.net/10419/234567

                This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.

                KIEL WORKING PAPER No. 2187

                Port competition in the Baltic Sea region

                Jan Kowalski and Anna Nowak

                Abstract: We study competition among Baltic ports.

                1 Introduction
                Ports compete (Notteboom 2010).

                References
                Notteboom, T. (2010). Concentration and the formation of multi-port gateway regions. Journal of Transport Geography, 18(4), 567–583.
                """;
        Bibliography result = Citekit.create().processText("econstor.txt", econstor);
        Item paper = result.items().get(0);
        assertEquals(ItemType.REPORT, paper.type());
        assertEquals(Optional.of("Port competition in the Baltic Sea region"), paper.get(Field.TITLE));
        assertEquals(List.of(new Name("Kowalski", "Jan", ""), new Name("Nowak", "Anna", "")), paper.authors());
        assertEquals(Optional.of("Kiel Working Paper"), paper.get(Field.GENRE));
        assertEquals(Optional.of("2187"), paper.get(Field.NUMBER));
        assertEquals(Optional.of("Kiel Institute for the World Economy (IfW)"), paper.get(Field.PUBLISHER));
        assertEquals(Optional.of("Kiel"), paper.get(Field.PUBLISHER_PLACE));
        assertEquals(Optional.of("http://hdl.handle.net/10419/234567"), paper.get(Field.URL));
        assertEquals(Optional.of("CC BY-NC 4.0"), paper.get(Field.LICENSE));
        var report = result.report().documents().get(0);
        assertEquals(List.of(), report.unresolved(), "the cover's citation of the paper itself cites nothing");
        assertEquals(1, report.citations().size(), report.citations().toString());

        String ssrn = """
                Ports and Power

                John Doe
                Harvard Law School

                Abstract
                We examine the law of ports.

                1. Introduction
                Ports matter (Smith 2010).

                References
                Smith, J. (2010). Harbour law. Marine Policy, 34(2), 100-110.

                Suggested Citation: Doe, John and Roe, Richard A., Ports and Power (March 3, 2020). Journal of Maritime Law,
                Vol. 12, No. 3, 2020, Available at SSRN: https://ssrn.com/abstract=3551234 or http://dx.doi.org/10.2139/ssrn.3551234
                """;
        result = Citekit.create().processText("ssrn.txt", ssrn);
        assertEquals(2, result.items().size(), "the page foot's citation is no reference entry");
        Item article = result.items().get(0);
        assertEquals(List.of(new Name("Doe", "John", ""), new Name("Roe", "Richard A.", "")), article.authors(),
                "the citation names the co-author the byline left out");
        assertEquals(Optional.of("Journal of Maritime Law"), article.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("12"), article.get(Field.VOLUME));
        assertEquals(Optional.of("3"), article.get(Field.ISSUE));
        assertEquals(Optional.of("10.2139/ssrn.3551234"), article.get(Field.DOI));
        assertEquals(new io.github.citekit.model.DateParts(2020, 3, 3), article.issued().orElseThrow());
    }

    @Test
    void aWebPageWithNavigationAMastheadADatelineAndAPaywall() {
        String text = """
                Skip to main content
                Subscribe | Log in

                The Economist
                Europe | Northern exposure

                Russia bets on the Arctic

                The Kremlin wants a shipping lane. Will anyone use it?

                Mar 3rd 2023 | MOSCOW

                When Vladimir Putin visited the port of Sabetta in 2019, he promised that cargo would grow, and traffic rose

                Subscribe to continue reading
                Get unlimited access to The Economist. Already a subscriber? Log in
                """;
        Item page = Citekit.create().processText("web.txt", text).items().get(0);
        assertEquals(Optional.of("Russia bets on the Arctic"), page.get(Field.TITLE));
        assertEquals(Optional.of("The Kremlin wants a shipping lane. Will anyone use it?"), page.get(Field.ABSTRACT));
        assertEquals(Optional.of("The Economist"), page.get(Field.CONTAINER_TITLE));
        assertEquals(new io.github.citekit.model.DateParts(2023, 3, 3), page.issued().orElseThrow());
        assertEquals(ItemType.ARTICLE_MAGAZINE, page.type());
        assertTrue(page.warnings().stream().anyMatch(w -> w.equals("incomplete: the text stops at a paywall (line 15)")),
                page.warnings().toString());
    }

    @Test
    void aDigestsRunningHeadsGiveItsArticlesTheirIssueAndPagesAndEachCitesItsOwnList() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/digest-with-running-heads.txt"));
        Bibliography result = Citekit.create().processText("digest.txt", text);
        Item first = result.items().get(0);
        Item second = result.items().get(1);
        assertEquals(Optional.of("Shipping on the Northern Sea Route"), first.get(Field.TITLE));
        for (Item a : List.of(first, second)) {
            assertEquals(Optional.of("Arctic Policy Digest"), a.get(Field.CONTAINER_TITLE));
            assertEquals(Optional.of("7"), a.get(Field.ISSUE));
            assertEquals(new io.github.citekit.model.DateParts(2022, 5, 15), a.issued().orElseThrow());
        }
        assertEquals(Optional.of("2-3"), first.get(Field.PAGE), "from the head over its start to the last head inside it");
        assertEquals(Optional.of("3"), second.get(Field.PAGE));
        java.util.Map<String, List<Integer>> links = new java.util.LinkedHashMap<>();
        result.report().documents().get(0).citations().forEach(c -> links.put(c.text(), c.references()));
        // the second article cites its own list's entry, not the first article's entry of the same work
        assertEquals(List.of(3), links.get("(Gunnarsson 2021)"), links.toString());
        assertEquals(List.of(0), links.get("[1]"), links.toString());
    }

    @Test
    void aSeriesLineOverTheHeadlineAndChicagoNotesWithQuotedTitlesTreatiesAndASecondWork() {
        String text = """
                Policy Brief No. 12
                Shipping Lanes and Sovereignty in the High North

                Maria Svensson
                Nordic Institute of International Affairs

                Summary: Russia's claims rest on Article 234 of UNCLOS.1 Canada makes similar claims,2 and the
                United States disputes both.3 Ice loss may change the law.4 Russia has built icebreakers.5

                Notes
                1 United Nations Convention on the Law of the Sea, December 10, 1982, 1833 U.N.T.S. 397, art. 234.
                2 Michael Byers, International Law and the Arctic (Cambridge: Cambridge University Press, 2013), 131–35.
                3 See J. Ashley Roach, "Arctic Navigation," Ocean Development & International Law 49, no. 3 (2018): 201–20; see also Byers, International Law, 150.
                4 Pavel Baev, "Russia's Arctic Ambitions," Journal of Strategic Studies 41, no. 5 (2018): 101–120, https://doi.org/10.1080/01402390.2018.1434000.
                5 "Russia Launches New Icebreaker," BBC News, May 25, 2019, https://www.bbc.com/news/world-europe-48404166.
                """;
        Bibliography result = Citekit.create().processText("brief.txt", text);
        List<Item> items = result.items();
        Item brief = items.get(0);
        assertEquals(Optional.of("Shipping Lanes and Sovereignty in the High North"), brief.get(Field.TITLE));
        assertEquals(List.of(new Name("Svensson", "Maria", "")), brief.authors());
        assertEquals(Optional.of("12"), brief.get(Field.NUMBER));
        assertEquals(6, items.size(), "the article and its five notes' works");
        Item unclos = items.get(1);
        assertEquals(ItemType.TREATY, unclos.type());
        assertEquals(Optional.of("U.N.T.S."), unclos.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("1833"), unclos.get(Field.VOLUME));
        assertEquals(Optional.of("397"), unclos.get(Field.PAGE));
        assertEquals(Optional.of("art. 234"), unclos.get(Field.LOCATOR));
        Item roach = items.get(3);
        assertEquals(List.of(new Name("Roach", "J. Ashley", "")), roach.authors(), "'See' is the note's signal");
        assertEquals(Optional.of("201-220"), roach.get(Field.PAGE), "the second work's page is not the first's");
        assertEquals(Optional.empty(), roach.get(Field.PUBLISHER));
        Item baev = items.get(4);
        assertEquals(Optional.of("10.1080/01402390.2018.1434000"), baev.get(Field.DOI), "the next note is no part of the DOI");
        Item bbc = items.get(5);
        assertEquals(Optional.of("Russia Launches New Icebreaker"), bbc.get(Field.TITLE));
        assertEquals(ItemType.ARTICLE_NEWSPAPER, bbc.type());
        java.util.Map<String, List<Integer>> links = new java.util.LinkedHashMap<>();
        result.report().documents().get(0).citations().forEach(c -> links.put(c.text(), c.references()));
        assertEquals(List.of(4), links.get("5"), links.toString());
    }

    @Test
    void aBibliographyEntryOfAWorkANoteCitesIsCited() {
        String text = PORTS_AND_POWER + """
                Capitalism has a history.1 Books do too.2

                Notes

                1. Ellen Meiksins Wood, The Origin of Capitalism: A Longer View (London: Verso, 2002), 35.
                2. Robert Darnton, "What Is the History of Books?," Daedalus 111, no. 3 (1982): 65–83.

                Bibliography

                Darnton, Robert. "What Is the History of Books?" Daedalus 111, no. 3 (1982): 65–83.
                Laruelle, Marlene. Russian Eurasianism: An Ideology of Empire. Washington, DC: Woodrow Wilson Center Press, 2008.
                Wood, Ellen Meiksins. The Origin of Capitalism: A Longer View. London: Verso, 2002.
                """;
        var report = Citekit.create().processText("notes.txt", text).report().documents().get(0);
        assertEquals(5, report.references());
        assertEquals(List.of(List.of(0), List.of(1)), report.citations().stream().map(c -> c.references()).toList());
        assertEquals(List.of(3), report.uncited(), "the works the notes cite are cited in the bibliography too; Laruelle is not");
    }

    @Test
    void secondarySourcesBracketedYearsAndOrganisationsKnownByTheirAcronym() {
        String text = PORTS_AND_POWER + """
                Older work (Smith, 2010, as cited in Lee & Kim, 2015) is rarely read. Kim et al. [2018] found more.
                The Bank agrees (World Bank 2019), as does UNCTAD (2019).

                References

                Kim, S., Park, J., & Choi, H. (2018). Ice and trade. Ocean Studies, 3(1), 20–31.
                Lee, K., & Kim, S. (2015). Port governance in Asia (2nd ed.). Routledge.
                Smith, J., Jones, K., & Brown, A. (2010). Port power. Journal of Shipping, 3(1), 1–20.
                United Nations Conference on Trade and Development (UNCTAD). (2019). Review of maritime transport 2019. Geneva: United Nations.
                World Bank. (2019). Ports and logistics. Washington, DC: World Bank.
                """;
        var report = Citekit.create().processText("doc.txt", text).report().documents().get(0);
        assertEquals(5, report.references(), "an organisation with its acronym opens an entry of its own");
        assertEquals(List.of("(Smith, 2010, as cited in Lee & Kim, 2015)", "Kim et al. [2018]", "(World Bank 2019)", "UNCTAD (2019)"),
                report.citations().stream().map(c -> c.text()).toList());
        assertEquals(List.of(List.of(2, 1), List.of(0), List.of(4), List.of(3)),
                report.citations().stream().map(c -> c.references()).toList());
        assertEquals(List.of(), report.uncited());
    }

    @Test
    void aRussianBylineOfFamilyNamesAndInitials() {
        String text = """
                Арктические порты России

                Иванов И. И., Петров П. П.

                Развитие портов изучалось давно [1, с. 5].

                Список литературы

                1. Петров П. П. Порты Севера // Морской сборник. — 2015. — № 4. — С. 10–19.
                """;
        Item article = Citekit.create().processText("ru.txt", text).items().stream()
                .filter(i -> i.sources().get(0).kind() == io.github.citekit.model.SourceKind.ARTICLE).findFirst().orElseThrow();
        assertEquals(Optional.of("Арктические порты России"), article.get(Field.TITLE));
        assertEquals(List.of(new Name("Иванов", "И. И.", ""), new Name("Петров", "П. П.", "")), article.authors());
    }

    @Test
    void aRussianBylineOverAnAffiliationOfAcronymsAndAFullNameWithPatronymic() {
        for (String byline : List.of("И. И. Иванов", "Иванов Иван Иванович")) {
            String text = "Черноморский регион в современной геополитике\n\n" + byline + "\nМГИМО МИД России\n\n"
                    + "Аннотация. Статья посвящена портам.\n\nВведение\nТекст.\n";
            Item article = Citekit.create().processText("ru.txt", text).items().get(0);
            assertEquals(Optional.of("Черноморский регион в современной геополитике"), article.get(Field.TITLE), byline);
            assertEquals("Иванов", article.authors().get(0).family(), byline);
            assertEquals(List.of("МГИМО МИД России"), article.affiliations(), byline);
        }
        assertEquals(new Name("Иванов", "Иван Иванович", ""), io.github.citekit.internal.extract.Names.parse("Иванов Иван Иванович"));
        assertEquals(new Name("Петров", "Иван Иванович", ""), io.github.citekit.internal.extract.Names.parse("Иван Иванович Петров"));
    }

    @Test
    void aShoutedRussianTitleOverTwoNamesAndAnAffiliationWithItsCity() {
        String text = """
                УДК 327.8

                АРКТИЧЕСКАЯ ПОЛИТИКА РОССИИ: НОВЫЕ ВЫЗОВЫ

                И. И. Иванов, П. П. Петров
                МГИМО МИД России, Москва

                Аннотация. В статье рассматривается арктическая политика России в условиях санкций.

                Введение
                Грузопоток растет (Конышев, Сергунин,
                2011), а [1] с этим не согласен.

                Список литературы
                1. Дугин А. Г. Основы геополитики. М. : Арктогея, 1997. 608 с.
                2. Конышев В. Н., Сергунин А. А. Арктика в международной политике. М.: РИСИ, 2011. 194 с.
                """;
        Bibliography result = Citekit.create().processText("ru.txt", text);
        Item article = result.items().get(0);
        // the title in sentence case, with the proper name the text capitalises kept so
        assertEquals(Optional.of("Арктическая политика России: новые вызовы"), article.get(Field.TITLE));
        assertEquals(List.of(new Name("Иванов", "И. И.", ""), new Name("Петров", "П. П.", "")), article.authors());
        assertEquals(List.of("МГИМО МИД России, Москва"), article.affiliations());
        // a citation broken at the line end is read whole, on its first line
        java.util.Map<String, List<Integer>> links = new java.util.LinkedHashMap<>();
        result.report().documents().get(0).citations().forEach(c -> links.put(c.text(), c.references()));
        assertEquals(List.of(1), links.get("(Конышев, Сергунин, 2011)"), links.toString());
        assertEquals(List.of(0), links.get("[1]"), links.toString());
    }

    @Test
    void aMarkdownPostWithItsHeadingBylineAndFootnoteDefinitions() {
        String text = """
                # The Arctic Is Open for Business

                *By Maria Lopez — 3 March 2022*

                Shipping through the Arctic has tripled since 2010.[^1] Russia's port strategy[^2] depends on LNG.

                [^1]: Gunnarsson, B. (2021). Recent ship traffic on the Northern Sea Route. *Polar Geography*, 44(3), 210–227.
                [^2]: Ministry of Economic Development. *Strategy for the Arctic Zone to 2035*. Moscow, 2020.
                """;
        Bibliography result = Citekit.create().processText("post.md", text);
        Item post = result.items().get(0);
        assertEquals(Optional.of("The Arctic Is Open for Business"), post.get(Field.TITLE));
        assertEquals(List.of(new Name("Lopez", "Maria", "")), post.authors());
        assertEquals(new io.github.citekit.model.DateParts(2022, 3, 3), post.issued().orElseThrow());
        assertEquals(Optional.of("Polar Geography"), result.items().get(1).get(Field.CONTAINER_TITLE));
        java.util.Map<String, List<Integer>> links = new java.util.LinkedHashMap<>();
        result.report().documents().get(0).citations().forEach(c -> links.put(c.text(), c.references()));
        assertEquals(List.of(0), links.get("[^1]"), links.toString());
        assertEquals(List.of(1), links.get("[^2]"), links.toString());
    }

    @Test
    void anIeeeHeaderWithMembershipGradesAnEmDashAbstractAndIndexTerms() {
        String text = """
                Deep Learning for Port Traffic Forecasting
                Jane Smith, Member, IEEE, and Bob Lee
                Department of Civil Engineering, MIT, Cambridge, MA 02139, USA
                jane@mit.edu

                Abstract—We forecast port traffic with deep networks.

                Index Terms—ports, forecasting, deep learning.

                I. INTRODUCTION
                Port traffic forecasting has a long history [1].

                REFERENCES
                [1] G. E. P. Box and G. M. Jenkins, Time Series Analysis: Forecasting and Control. San Francisco, CA, USA: Holden-Day, 1970.
                """;
        Item article = Citekit.create().processText("ieee.txt", text).items().get(0);
        assertEquals(Optional.of("Deep Learning for Port Traffic Forecasting"), article.get(Field.TITLE));
        assertEquals(List.of(new Name("Smith", "Jane", ""), new Name("Lee", "Bob", "")), article.authors());
        assertEquals(Optional.of("We forecast port traffic with deep networks."), article.get(Field.ABSTRACT));
        assertEquals(Optional.of("ports, forecasting, deep learning"), article.get(Field.KEYWORD));
        assertEquals(List.of("Department of Civil Engineering, MIT, Cambridge, MA 02139, USA"), article.affiliations());
    }

    @Test
    void aRussianHeaderAllInCapitalsTitleAndByline() {
        String text = "ГЕОПОЛИТИКА ЧЕРНОМОРСКОГО РЕГИОНА\n\nИВАНОВ И. И., ПЕТРОВ П. П.\nМГИМО МИД России\n\n"
                + "Аннотация. Статья о регионе.\n\nВведение\nТекст.\n";
        Item article = Citekit.create().processText("ru.txt", text).items().get(0);
        assertEquals(Optional.of("Геополитика черноморского региона"), article.get(Field.TITLE));
        assertEquals(List.of(new Name("Иванов", "И. И.", ""), new Name("Петров", "П. П.", "")), article.authors());
        assertEquals(List.of("МГИМО МИД России"), article.affiliations());
    }

    @Test
    void numericCitationsWithSectionFigureAndTableLocators() {
        String text = PORTS_AND_POWER + """
                Cranes are scheduled [1, Sec. 3], throughput is forecast [2, Fig. 4] and ports ranked [3, Table 2].

                References

                [1] J. Smith, "Learning to schedule cranes," IEEE Trans. Intell. Transp. Syst., vol. 21, pp. 1500–1510, 2020.
                [2] M. Chen, "Port throughput forecasting," in Proc. IEEE Int. Conf. Big Data, 2019, pp. 45–52.
                [3] World Bank, "Container port performance index 2021," World Bank, Washington, DC, USA, Tech. Rep., 2022.
                """;
        var report = Citekit.create().processText("doc.txt", text).report().documents().get(0);
        assertEquals(List.of("[1, Sec. 3]", "[2, Fig. 4]", "[3, Table 2]"), report.citations().stream().map(c -> c.text()).toList());
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)), report.citations().stream().map(c -> c.references()).toList());
        assertEquals(List.of(), report.uncited());
    }

    @Test
    void numericCitationsAcrossBracketsAndInParentheses() {
        String text = PORTS_AND_POWER + """
                Ports matter [1]–[3]. Vancouver style uses parentheses (1, 2) or (3–4), and one number ends a clause (4).
                We (1) collect and (2) test; numbers (2 ports, 3 ships) and years (1990) are no citations.

                References

                1. Smith J. Port power. J Ship. 2010;3(1):1-20.
                2. Jones K. Trade growth. J Ship. 2011;4(1):5-9.
                3. Brown A. Shipping lanes. London: Routledge; 2012.
                4. Lee K. Ports in Asia. Mar Policy. 2015;45(2):1-10.
                """;
        var report = Citekit.create().processText("doc.txt", text).report().documents().get(0);
        assertEquals(List.of("[1]–[3]", "(1, 2)", "(3–4)", "(4)"), report.citations().stream().map(c -> c.text()).toList());
        assertEquals(List.of(List.of(0, 1, 2), List.of(0, 1), List.of(2, 3), List.of(3)),
                report.citations().stream().map(c -> c.references()).toList());
    }

    @Test
    void natureStyleSuperscriptsFlattenedByAPdfAndRefsInParentheses() {
        // superscript numbers lose their raise in a PDF's text: "before.1,2", "confirmed it3–5", "yeast.6";
        // "(ref. 7)" names its number; "CO2" and "p53" are no citations
        String text = PORTS_AND_POWER + """
                Cells were shown to divide before.1,2 Later work confirmed it3–5 and extended it to yeast.6 Some
                disagree (ref. 7), as CO2 and p53 levels vary.

                References

                1. Smith, J. Cell division. Nature 400, 1–5 (1999).
                2. Jones, K. More division. Cell 12, 4–9 (2001).
                3. Lee, M. Division again. Science 300, 10–12 (2003).
                4. Kim, H. Yeast. Genes Dev. 5, 1–2 (2004).
                5. Park, S. Yeast too. EMBO J. 6, 3–4 (2005).
                6. Chan, T. Budding. Yeast 7, 5–6 (2006).
                7. Wu, L. Against. PLoS Biol. 8, 7–8 (2007).
                """;
        var report = Citekit.create().processText("doc.txt", text).report().documents().get(0);
        assertEquals(List.of("1,2", "3–5", "6", "(ref. 7)"), report.citations().stream().map(c -> c.text()).toList());
        assertEquals(List.of(List.of(0, 1), List.of(2, 3, 4), List.of(5), List.of(6)),
                report.citations().stream().map(c -> c.references()).toList());
    }

    @Test
    void refsNamedInTheSentenceAndOneWordTitlesOfVancouverBooks() {
        // "as shown in ref. 7", "refs 8,9" and "(Refs. 2 and 12)" had linked nothing; "Smith J. Ports. London: Routledge;
        // 2019." had read the title as a second name, so the entry had no title
        String text = PORTS_AND_POWER + """
                Silt builds up quickly [1–3]. As shown in ref. 4, costs rise; refs 5,6 agree. Models (Refs. 2 and 7) predict more.

                References
                1. Osei K. Silt in harbours. Mar Geol. 2004;120:33-51.
                2. Lind P. Dredging costs. Port Technol. 2010;5:1-9.
                3. Roe R. Harbour silt. Estuaries. 2001;24:5-15.
                4. Dupont J. Les ports. Paris: Seuil; 2015.
                5. Smith J. Ports. London: Routledge; 2019.
                6. Brown K, Okafor J. Harbours. Oxford: OUP; 2018.
                7. Park C. Silt forecasts. Ocean Model. 2016;99:1-12.
                """;
        Bibliography result = Citekit.create().processText("doc.txt", text);
        var report = result.report().documents().get(0);
        assertEquals(List.of("[1–3]", "ref. 4", "refs 5,6", "(Refs. 2 and 7)"), report.citations().stream().map(c -> c.text()).toList());
        assertEquals(List.of(List.of(0, 1, 2), List.of(3), List.of(4, 5), List.of(1, 6)),
                report.citations().stream().map(c -> c.references()).toList());
        Item smith = result.items().stream().filter(i -> i.get(Field.PUBLISHER).equals(Optional.of("Routledge"))).findFirst().orElseThrow();
        assertEquals(Optional.of("Ports"), smith.title());
        assertEquals(List.of(Name.of("Smith", "J.")), smith.authors());
        Item brown = result.items().stream().filter(i -> i.get(Field.PUBLISHER).equals(Optional.of("OUP"))).findFirst().orElseThrow();
        assertEquals(Optional.of("Harbours"), brown.title());
        assertEquals(List.of(Name.of("Brown", "K."), Name.of("Okafor", "J.")), brown.authors());
        Item roe = result.items().stream().filter(i -> i.get(Field.VOLUME).equals(Optional.of("24"))).findFirst().orElseThrow();
        assertEquals(Optional.of("Estuaries"), roe.get(Field.CONTAINER_TITLE), "a journal's one-word name");
        assertEquals(Optional.of("Harbour silt"), roe.title());
    }

    @Test
    void aTaylorAndFrancisPdfDumpWithLetterMarksARunningHeadAndADoiBrokenAcrossLines() {
        // the byline's letter marks ("Jane Okafor a and Kofi Mensah b") had kept it in the title; the journal's year after
        // a comma had stayed in its name; a DOI broken after its last full stop had made its rest an entry; the page's
        // running head in capitals inside the list had been an entry too
        String text = """
                Maritime Policy & Management, 2021
                Vol. 48, No. 3, 301–320

                Silt and Trade in West African Harbours
                Jane Okafor a and Kofi Mensah b
                a University of Lagos, Nigeria; b University of Ghana, Accra

                ABSTRACT
                Silt rose after 2020 (Osei et al. 2021).

                References
                Lind, P., and T. Berg. 2014. “Dredging in Tidal Harbours: A Comparison of Port Manage-
                  ment Tools.” Transport Reviews 34 (2): 169–189.
                  https://doi.org/10.1080/01441647.2014.
                  891162.

                MARITIME POLICY & MANAGEMENT 319

                Osei, K., A. Roe, and J.-P. Dupont. 2021. “Silt after the Pandemic.” Maritime Economics &
                  Logistics 23: 179–210. https://doi.org/10.1057/s41278-020-00180-5.
                """;
        Bibliography result = Citekit.create().processText("dump.txt", text);
        Item article = result.items().get(0);
        assertEquals(Optional.of("Silt and Trade in West African Harbours"), article.title());
        assertEquals(List.of(Name.of("Okafor", "Jane"), Name.of("Mensah", "Kofi")), article.authors());
        assertEquals(Optional.of("Maritime Policy & Management"), article.get(Field.CONTAINER_TITLE));
        assertEquals(2021, article.issued().orElseThrow().year());
        assertEquals(Optional.of("301-320"), article.get(Field.PAGE));
        var report = result.report().documents().get(0);
        assertEquals(2, report.references(), "the DOI's rest and the running head are no entries");
        Item lind = result.items().stream().filter(i -> i.get(Field.CONTAINER_TITLE).equals(Optional.of("Transport Reviews")))
                .findFirst().orElseThrow();
        assertEquals(Optional.of("10.1080/01441647.2014.891162"), lind.get(Field.DOI));
    }

    @Test
    void anMdpiTitlePageWithItsKindItsSetApartByLineAndItsCitation() {
        // the "Citation:" line above the abstract had been read as the title, and the byline's marks set apart ("Okafor
        // 1,*"), the blank line under it and the blank lines between the blocks had hidden the authors
        String text = """
                water

                Article
                Tidal Silt in Small Harbours
                Ama Boateng 1,* and Lars Berg 2

                1 Department of Geography, University of Cape Coast, Cape Coast, Ghana
                2 Department of Earth Sciences, Uppsala University, Uppsala, Sweden; lars.berg@geo.uu.se
                * Correspondence: aboateng@ucc.edu.gh

                Received: 2 May 2022; Accepted: 9 June 2022; Published: 14 June 2022

                Citation: Boateng, A.; Berg, L. Tidal Silt in Small Harbours. Water 2022, 14, 1890. https://doi.org/10.3390/w14121890

                Abstract: Silt fills small harbours [1].

                References
                1. Osei, K.; Lind, P. Silt in tidal harbours. Mar. Geol. 2004, 120, 33–51.
                """;
        Bibliography result = Citekit.create().processText("water.txt", text);
        Item article = result.items().get(0);
        assertEquals(Optional.of("Tidal Silt in Small Harbours"), article.title(), "no \"Article\", no citation line");
        assertEquals(List.of(Name.of("Boateng", "Ama"), Name.of("Berg", "Lars")), article.authors());
        assertEquals(Optional.of("Water"), article.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("14"), article.get(Field.VOLUME));
        assertEquals(Optional.of("10.3390/w14121890"), article.get(Field.DOI));
        assertEquals(2022, article.issued().orElseThrow().year());
        // below a list's heading "Citation:" is no journal's heading: a reference may open with it
        var below = io.github.citekit.internal.extract.SuggestedCitation.find(List.of("References",
                "Citation: Boateng, A.; Berg, L. Tidal Silt in Small Harbours. Water 2022, 14, 1890."));
        assertEquals(Optional.empty(), below);
        assertTrue(io.github.citekit.internal.extract.SuggestedCitation.find(List.of("Tidal Silt in Small Harbours",
                "Citation: Boateng, A.; Berg, L. Tidal Silt in Small Harbours. Water 2022, 14, 1890.")).isPresent());
    }

    @Test
    void aPlosTitlePageWithItsEditorHistoryAndCitation() {
        // "Editor: …" had been read as the title; five lines of history, editor and citation had hidden the byline
        String text = """
                RESEARCH ARTICLE
                Tidal silt in small harbours
                Ama Boateng1*, Lars Berg2
                1 Department of Geography, University of Cape Coast, Cape Coast, Ghana, 2 Department of Earth Sciences, Uppsala University, Uppsala, Sweden
                * aboateng@ucc.edu.gh

                Citation: Boateng A, Berg L (2022) Tidal silt in small harbours. PLoS ONE 17(6): e0269999. https://doi.org/10.1371/journal.pone.0269999

                Editor: Kofi Mensah, University of Ghana, GHANA

                Received: December 3, 2021
                Accepted: May 20, 2022
                Published: June 10, 2022

                Abstract
                Silt fills small harbours [1].

                References
                1. Osei K, Lind P. Silt in tidal harbours. Mar Geol. 2004; 120: 33–51.
                """;
        Item article = Citekit.create().processText("plos.txt", text).items().get(0);
        assertEquals(Optional.of("Tidal silt in small harbours"), article.title());
        assertEquals(List.of(Name.of("Boateng", "Ama"), Name.of("Berg", "Lars")), article.authors(), "the byline's names, not the editor's");
        assertEquals(Optional.of("PLoS ONE"), article.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("17"), article.get(Field.VOLUME));
        assertEquals(Optional.of("6"), article.get(Field.ISSUE));
        assertEquals(Optional.of("e0269999"), article.get(Field.PAGE));
    }

    @Test
    void aRussianTitlePageWithACopyrightBylineSuperscriptsAndItsSeriesMasthead() {
        // "© Сидоров П.П.¹, …" had not been read as a byline (the title took it and the affiliations), its superscripts had
        // been linked as notes, and the masthead's series ("Серия: …") had hidden the journal, issue and pages
        String text = """
                Вестник Поморского университета. Серия: Естественные науки. 2020. № 2. С. 15–27.
                УДК 551.468

                ЗАИЛЕНИЕ МАЛЫХ ГАВАНЕЙ

                © Сидоров П.П.¹, Кузнецова М.А.²
                ¹ Поморский государственный университет, г. Архангельск
                ² Институт океанологии РАН, г. Москва

                Аннотация. Рассматривается заиление гаваней [1, с. 12].

                Список литературы
                1. Орлов В.В. Гавани Белого моря. Архангельск : Правда Севера, 2011. 200 с.
                """;
        Bibliography result = Citekit.create().processText("vestnik.txt", text);
        Item article = result.items().get(0);
        assertEquals(List.of(Name.of("Сидоров", "П. П."), Name.of("Кузнецова", "М. А.")), article.authors());
        assertEquals("заиление малых гаваней", article.title().orElseThrow().toLowerCase(java.util.Locale.ROOT));
        assertEquals(Optional.of("Вестник Поморского университета. Серия: Естественные науки"), article.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("2"), article.get(Field.ISSUE));
        assertEquals(Optional.of("15-27"), article.get(Field.PAGE));
        assertEquals(2020, article.issued().orElseThrow().year());
        assertEquals("[1, с. 12]->[0]", TestSupport.links(result.report().documents().get(0)), "the byline's marks are no notes");
    }

    @Test
    void aSpringerTitlePageWithItsDottedBylineCopyrightAndMasthead() {
        // "Accepted: … / Published online: …" and "© The Author(s) 2021" had been read as the title, the byline's "·" had
        // hidden its names, and the masthead's "Climatic Change (2021) 164:12–30" had been an unresolved citation
        String text = """
                Climatic Change (2021) 164:12–30
                https://doi.org/10.1007/s10584-021-03000-1

                ORIGINAL ARTICLE

                Sea level and silt in small harbours

                Ama Boateng1 · Lars Berg2

                Received: 3 March 2020 / Accepted: 2 January 2021 / Published online: 20 January 2021
                © The Author(s) 2021

                Abstract
                Silt rises with the sea (Osei and Lind 2004).

                References
                Osei, K., and P. Lind. 2004. Silt in tidal harbours. Marine Geology 120: 33–51.
                """;
        Bibliography result = Citekit.create().processText("springer.txt", text);
        Item article = result.items().get(0);
        assertEquals(Optional.of("Sea level and silt in small harbours"), article.title());
        assertEquals(List.of(Name.of("Boateng", "Ama"), Name.of("Berg", "Lars")), article.authors());
        assertEquals(Optional.of("Climatic Change"), article.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("164"), article.get(Field.VOLUME));
        assertEquals(Optional.of("12-30"), article.get(Field.PAGE));
        assertEquals(2021, article.issued().orElseThrow().year());
        assertEquals("(Osei and Lind 2004)->[0]", TestSupport.links(result.report().documents().get(0)), "the masthead cites nothing");
    }

    @Test
    void aFrontiersTitlePageWithItsCitationUnderItsHeading() {
        // the byline's marks "1*" set apart had hidden its names; Frontiers' citation names its last author after "and"
        String text = """
                ORIGINAL RESEARCH
                published: 2 May 2022
                doi: 10.3389/fmars.2022.812345

                Sea Level and Silt in Small Harbours

                Lars Berg 1*, Ama Boateng 2 and Kofi Osei 1

                1 Department of Earth Sciences, Uppsala University, Uppsala, Sweden, 2 Department of Geography, University of Cape Coast, Cape Coast, Ghana

                Citation:
                Berg L, Boateng A and Osei K (2022) Sea Level and Silt in Small Harbours. Front. Mar. Sci. 9:812345. doi: 10.3389/fmars.2022.812345

                INTRODUCTION
                Harbours silt up (Lind, 2009).

                REFERENCES
                Lind, P. (2009). Dredging small harbours. Coast. Eng. 56, 10–20.
                """;
        Item article = Citekit.create().processText("frontiers.txt", text).items().get(0);
        assertEquals(Optional.of("Sea Level and Silt in Small Harbours"), article.title());
        assertEquals(List.of(Name.of("Berg", "Lars"), Name.of("Boateng", "Ama"), Name.of("Osei", "Kofi")), article.authors());
        assertEquals(Optional.of("Front. Mar. Sci."), article.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("9"), article.get(Field.VOLUME));
        assertEquals(Optional.of("812345"), article.get(Field.PAGE));
    }

    @Test
    void cyrillicLettersAfterAYearTellAnAuthorsWorksApart() {
        // "2015а" and "2015б" (Cyrillic letters): the GOST reader had lost the book's title, and the citations of both
        // works, in brackets and in square brackets, had linked nothing
        String text = """
                Гавани Севера

                Орлов В. В.

                Аннотация
                Гавани мелеют (Сидоров, 2015а, 2015б). Ср. [Сидоров 2015а, с. 12].

                Список литературы
                Сидоров П. П. Гавани Белого моря. М. : Наука, 2015а. 200 с.
                Сидоров П. П. Заиление гаваней // Вопросы географии. 2015б. № 3. С. 10–20.
                """;
        Bibliography result = Citekit.create().processText("gavani.txt", text);
        Item book = result.items().stream().filter(i -> i.get(Field.PUBLISHER).equals(Optional.of("Наука"))).findFirst().orElseThrow();
        assertEquals(Optional.of("Гавани Белого моря"), book.title());
        assertEquals(2015, book.issued().orElseThrow().year());
        assertEquals("(Сидоров, 2015а, 2015б)->[0, 1] [Сидоров 2015а, с. 12]->[0]", TestSupport.links(result.report().documents().get(0)));
    }

    @Test
    void anIeeeRunningHeadGivesTheJournalVolumeIssueAndYear() {
        String text = """
                IEEE TRANSACTIONS ON OCEANIC ENGINEERING, VOL. 47, NO. 2, APRIL 2022 401

                Sonar Surveys of Silt in Small Harbours
                Lars Berg, Member, IEEE, and Ama Boateng, Senior Member, IEEE

                Abstract—Silt is surveyed by sonar [1].

                REFERENCES
                [1] K. Osei and P. Lind, “Silt in tidal harbours,” Mar. Geol., vol. 120, no. 2, pp. 33–51, 2004.
                """;
        Item article = Citekit.create().processText("ieee.txt", text).items().get(0);
        assertEquals(Optional.of("IEEE Transactions on Oceanic Engineering"), article.get(Field.CONTAINER_TITLE), "IEEE stays in capitals");
        assertEquals(Optional.of("47"), article.get(Field.VOLUME));
        assertEquals(Optional.of("2"), article.get(Field.ISSUE));
        assertEquals(2022, article.issued().orElseThrow().year());
        assertEquals(Optional.empty(), article.get(Field.PAGE), "401 is the page's number, not the article's pages");
    }

    @Test
    void aTitleOfCapitalisedWordsOverAShorterBylineOfUnlistedNames() {
        // both lines read as names; neither name is in the given-name list, and the byline was taken for the title
        Item article = Citekit.create().processText("law.txt", """
                Copyright Law and Harbour Data

                Ama Boateng

                Abstract
                Data about silt is owned by someone (Osei and Lind 2004).

                References
                Osei, K., and P. Lind. 2004. Silt in tidal harbours. Marine Geology 120: 33–51.
                """).items().get(0);
        assertEquals(Optional.of("Copyright Law and Harbour Data"), article.title());
        assertEquals(List.of(Name.of("Boateng", "Ama")), article.authors());
    }

    @Test
    void anEntryWhoseDateWasNotReadIsCitedByTheYearItPrints() {
        // a GOST-punctuated English entry whose year the parser leaves in its host's name ("Congress 2009"); the
        // citation still finds the entry of the author that prints the year
        String text = PORTS_AND_POWER + """
                Gravity was measured (DiFrancesco et al. 2009) and ports grew (Garcia 2015).

                References

                DiFrancesco D., Balmino G., Johannessen J., Visser P., Woodworth P. Gravity Gradiometry - Today and Tomorrow // Proceedings of the SAGA Biennial Congress 2009. P. 80-83.
                Garcia, M. (2015). The Caspian. Oxford: Clarendon.
                """;
        var bib = Citekit.create().processText("doc.txt", text);
        var report = bib.report().documents().get(0);
        assertEquals(List.of(List.of(0), List.of(1)), report.citations().stream().map(c -> c.references()).toList());
        assertEquals(java.util.Optional.empty(), bib.items().stream().filter(i -> i.title().orElse("").startsWith("Gravity"))
                .findFirst().orElseThrow().issued(), "the date is unread: the link comes from the printed year");
    }

    @Test
    void anEntryTheParserCouldNotTakeApartIsCitedByTheNameItOpensWithAndItsYear() {
        // the PDF's glued words leave the whole entry read as a title, with no author and no date; the text
        // still opens with the cited name and prints the year, and no other entry does
        String text = PORTS_AND_POWER + """
                Detectors were built (Giomataris et al. 1996) and ports grew (Garcia 2015).

                References

                Y. Giomataris, P. Rebourgeard, J. Robert, and G. Charpak, "MICROMEGAS:A high -granularityposition -sensitivegaseous detec -torforhigh particle - fluxenvironments, "Nucl. Instrum. MethodsPhys . Res.Section A, Accel ., Spectrometers,Detectors Assoc. Equip ., vol.376 ,no. 1, pp. 29- 35, Jun.1996. [Online ]. Available:http: // www.sciencedirect. com/science/articlepii/0168900296001751
                Garcia, M. (2015). The Caspian. Oxford: Clarendon.
                """;
        var bib = Citekit.create().processText("doc.txt", text);
        assertEquals(List.of(List.of(0), List.of(1)),
                bib.report().documents().get(0).citations().stream().map(c -> c.references()).toList());
        assertEquals(List.of(), bib.items().stream().filter(i -> i.title().orElse("").contains("MICROMEGAS"))
                .findFirst().orElseThrow().authors(), "no author was read: the link comes from the text");
    }

    @Test
    void aDigestWithSuperscriptEndnotesATableAndASecondArticlesList() {
        String text = """
                BALTIC REVIEW
                Vol. 3, No. 2, 2019, pp. 1-40

                Ports of Estonia

                Anna Petrova
                Tallinn University

                Abstract
                Estonian ports grew¹ and competed².

                Text of the first article.

                Endnotes
                ¹ Smith, J. (2010). Port power. Journal of Shipping, 3(1), 1-20.
                ² Lee, K. (2015). Ports in Asia. Marine Policy, 45(2), 1-10.

                Table 1. Port throughput, 2010–2018 (million tonnes)
                Tallinn 20 21 22

                Ports of Latvia

                Janis Ozols
                University of Latvia

                Abstract
                Latvian ports are older [1].

                Text of the second article.

                References
                [1] Brown, A. (2012). Shipping lanes. London: Routledge.
                """;
        Bibliography bib = Citekit.create().processText("digest.txt", text);
        var report = bib.report().documents().get(0);
        assertEquals(3, report.references(), "the table and the second article are not part of the last endnote");
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)), report.citations().stream().map(c -> c.references()).toList(),
                "each number cites the entry of its own article's list");
        assertTrue(bib.items().stream().anyMatch(i -> i.title().equals(Optional.of("Ports in Asia"))
                && i.get(Field.CONTAINER_TITLE).equals(Optional.of("Marine Policy"))));
    }

    @Test
    void keywordsAreStoredWhereverThePrintedBlockStands() {
        String before = """
                ПОРТЫ И ВЛАСТЬ

                Анна Петрова
                Таллинский университет

                Ключевые слова: порты, Черное море, геополитика

                Аннотация
                Статья рассматривает порты Черного моря.

                Введение

                Текст статьи.
                """;
        Item ru = Citekit.create().processText("ru.txt", before).items().get(0);
        assertEquals(Optional.of("Порты и власть"), ru.title(), "the keywords line is no title");
        assertEquals(Optional.of("порты, Черное море, геополитика"), ru.get(Field.KEYWORD));
        String after = """
                Ports and Power

                Anna Petrova
                Tallinn University

                Abstract
                This article examines the ports of the Black Sea.

                Keywords: ports; Black Sea; geopolitics,
                maritime security.

                Introduction

                The Black Sea has long been contested.
                """;
        Bibliography bib = Citekit.create().processText("en.txt", after);
        Item en = bib.items().get(0);
        assertEquals(Optional.of("ports, Black Sea, geopolitics, maritime security"), en.get(Field.KEYWORD));
        assertEquals(Optional.of("This article examines the ports of the Black Sea."), en.get(Field.ABSTRACT));
        assertTrue(bib.toBibTeX().contains("keywords = {ports, Black Sea, geopolitics, maritime security}"));
    }

    @Test
    void aLineOfNamesUnderAHeadlineIsTheByline() {
        String text = """
                Статья о портах

                И. И. Иванов, П. П. Петров
                Институт Европы РАН

                Порты важны для региона, и это видно по торговле [1].

                Список литературы
                1. Дугин А. Г. Основы геополитики. М. : Арктогея, 1997. 608 с.
                """;
        Item article = extract(text).get(0);
        assertEquals(Optional.of("Статья о портах"), article.title());
        assertEquals(List.of("Иванов", "Петров"), article.authors().stream().map(Name::family).toList());
        assertEquals(List.of("Институт Европы РАН"), article.affiliations());
    }

    @Test
    void aBepressCoverPagesRecommendedCitationGivesTheThesisAndItsTitle() {
        List<Item> items = extract("""
                Western Kentucky University
                TopSCHOLAR®

                Masters Theses & Specialist Projects

                5-2019

                Silt Management in Small Ports
                Ama Boateng
                Western Kentucky University

                Recommended Citation
                Boateng, Ama, "Silt Management in Small Ports" (2019). Masters Theses & Specialist Projects. Paper 3127.
                https://digitalcommons.wku.edu/theses/3127

                Abstract
                Small ports face rising dredging costs.

                Introduction
                """);
        Item thesis = items.get(0);
        assertEquals(ItemType.THESIS, thesis.type());
        assertEquals(Optional.of("Silt Management in Small Ports"), thesis.title(), "not the repository's series printed above it");
        assertEquals(Optional.of("Masters Theses & Specialist Projects"), thesis.get(Field.COLLECTION_TITLE));
        assertEquals(Optional.of("3127"), thesis.get(Field.COLLECTION_NUMBER));
        assertEquals(List.of(Name.of("Boateng", "Ama")), thesis.authors());
        assertEquals(2019, thesis.issued().orElseThrow().year());
    }
}

