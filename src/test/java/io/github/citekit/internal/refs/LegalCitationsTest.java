package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ParsedReference.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Bluebook's and OSCOLA's citations of articles, books, cases and statutes, read whole. */
class LegalCitationsTest {
    private static final ReferenceParser PARSER = ParsedReference.PARSER;

    @Test
    void aLawReviewArticleHasItsFirstPageAsPageAndThePinpointAsLocator() {
        Item a = parse("Cass R. Sunstein, Nudging: A Very Short Guide, 37 J. Consumer Pol'y 583, 585 (2014).");
        assertEquals(ItemType.ARTICLE_JOURNAL, a.type());
        assertEquals(List.of(Name.of("Sunstein", "Cass R.")), a.authors());
        assertEquals(Optional.of("Nudging: A Very Short Guide"), a.title());
        assertEquals(Optional.of("J. Consumer Pol'y"), a.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("37"), a.get(Field.VOLUME));
        assertEquals(Optional.of("583"), a.get(Field.PAGE));
        assertEquals(Optional.of("585"), a.get(Field.LOCATOR));
        assertEquals(2014, a.issued().orElseThrow().year());
        Item two = parse("Richard H. Thaler & Cass R. Sunstein, Libertarian Paternalism, 93 Am. Econ. Rev. 175 (2003) "
                + "(arguing for defaults).");
        assertEquals(List.of(Name.of("Thaler", "Richard H."), Name.of("Sunstein", "Cass R.")), two.authors());
        assertEquals(Optional.of("Libertarian Paternalism"), two.title(), "the journal's volume is no part of the title");
        assertEquals(Optional.of("Am. Econ. Rev."), two.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("175"), two.get(Field.PAGE));
        assertEquals(Optional.of("arguing for defaults"), two.get(Field.NOTE), "the explanatory parenthetical");
    }

    @Test
    void aBluebookBookHasNoPublisherAndItsPageIsTheLocator() {
        Item book = parse("Richard A. Posner, Economic Analysis of Law 45 (9th ed. 2014).");
        assertEquals(ItemType.BOOK, book.type());
        assertEquals(Optional.of("Economic Analysis of Law"), book.title());
        assertEquals(Optional.empty(), book.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("9"), book.get(Field.EDITION));
        assertEquals(Optional.of("45"), book.get(Field.LOCATOR));
        assertEquals(Optional.empty(), book.get(Field.PUBLISHER), "\"9th ed.\" is no publisher");
        // a chemist's reference without a title, whose authors' initials end in a full stop, is no such book
        Item chem = parse("G. W. Okafor, D. M. Lind et C. J. Berardi. J. Chem. Soc. Chem. Commun. 1053 (1980).");
        assertEquals(3, chem.authors().size(), chem.authors().toString());
        assertEquals(Optional.of("1053"), chem.get(Field.PAGE));
    }

    @Test
    void unitedStatesStatutesAreLegislationWithTheirCodeAndSection() {
        Item code = parse("Clean Air Act, 42 U.S.C. §§ 7401–7671q (2018).");
        assertEquals(ItemType.LEGISLATION, code.type());
        assertEquals(Optional.of("Clean Air Act"), code.title());
        assertEquals(List.of(), code.authors(), "the act's name is no author");
        assertEquals(Optional.of("U.S.C."), code.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("42"), code.get(Field.VOLUME));
        assertEquals(Optional.of("§§ 7401–7671q"), code.get(Field.SECTION));
        Item law = parse("Patient Protection and Affordable Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010).");
        assertEquals(ItemType.LEGISLATION, law.type(), "a public law in the Statutes at Large is no treaty");
        assertEquals(Optional.of("Pub. L. No. 111-148"), law.get(Field.NUMBER));
        assertEquals(Optional.of("Stat."), law.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("124"), law.get(Field.VOLUME));
        assertEquals(Optional.of("119"), law.get(Field.PAGE));
        assertEquals(2010, law.issued().orElseThrow().year());
    }

    @Test
    void englishCasesHaveTheirCourtAndReport() {
        Item neutral = parse("R v Smith [2001] UKHL 23, [2001] 1 AC 146.");
        assertEquals(ItemType.LEGAL_CASE, neutral.type());
        assertEquals(Optional.of("R v Smith"), neutral.title());
        assertEquals(List.of(), neutral.authors(), "the parties are no authors");
        assertEquals(Optional.of("UKHL"), neutral.get(Field.AUTHORITY));
        assertEquals(Optional.of("23"), neutral.get(Field.NUMBER));
        assertEquals(Optional.of("AC"), neutral.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("1"), neutral.get(Field.VOLUME));
        assertEquals(Optional.of("146"), neutral.get(Field.PAGE));
        Item reported = parse("Donoghue v Stevenson [1932] AC 562 (HL).");
        assertEquals(ItemType.LEGAL_CASE, reported.type());
        assertEquals(Optional.of("HL"), reported.get(Field.AUTHORITY));
        assertEquals(Optional.of("562"), reported.get(Field.PAGE));
        assertEquals(1932, reported.issued().orElseThrow().year());
        Item alone = parse("Miller v Secretary of State for Exiting the European Union [2017] UKSC 5 [45].");
        assertEquals(ItemType.LEGAL_CASE, alone.type());
        assertEquals(Optional.of("UKSC"), alone.get(Field.AUTHORITY));
        assertEquals(Optional.of("5"), alone.get(Field.NUMBER));
        assertEquals(Optional.of("[45]"), alone.get(Field.LOCATOR), "the paragraph cited");
    }

    @Test
    void oscolaBooksAndArticles() {
        Item book = parse("HLA Hart, The Concept of Law (3rd edn, OUP 2012) 45.");
        assertEquals(ItemType.BOOK, book.type());
        assertEquals("Hart", book.authors().get(0).family());
        assertEquals(Optional.of("OUP"), book.get(Field.PUBLISHER), "the publisher, not a place");
        assertEquals(Optional.empty(), book.get(Field.PUBLISHER_PLACE));
        assertEquals(Optional.of("3"), book.get(Field.EDITION));
        assertEquals(Optional.of("45"), book.get(Field.LOCATOR));
        assertEquals("Hart", parse("Hart HLA, The Concept of Law (3rd edn, OUP 2012).").authors().get(0).family(),
                "the bibliography's family name first");
        Item quoted = parse("Paul Craig, 'Theory, \"Pure Theory\" and Values in Public Law' [2005] PL 440.");
        assertEquals(ItemType.ARTICLE_JOURNAL, quoted.type());
        assertEquals(Optional.of("Theory, \"Pure Theory\" and Values in Public Law"), quoted.title());
        assertEquals(Optional.of("PL"), quoted.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("440"), quoted.get(Field.PAGE));
        assertEquals(2005, quoted.issued().orElseThrow().year());
        Item volume = parse("Jeffrey Jowell, 'Beyond the Rule of Law' (1999) 62 MLR 671, 675.");
        assertEquals(Optional.of("MLR"), volume.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("62"), volume.get(Field.VOLUME));
        assertEquals(Optional.of("671"), volume.get(Field.PAGE));
        assertEquals(Optional.of("675"), volume.get(Field.LOCATOR));
    }

    @Test
    void idAndSupraRepeatAnEarlierNotesWork() {
        Source first = Source.reference("t.txt", 0, "1");
        Item sunstein = PARSER.toItem("1 Cass R. Sunstein, Nudging: A Very Short Guide, 37 J. Consumer Pol'y 583, 585 (2014).",
                first, List.of());
        Item posner = PARSER.toItem("2 Richard A. Posner, Economic Analysis of Law 45 (9th ed. 2014).",
                Source.reference("t.txt", 1, "2"), List.of(sunstein));
        Item id = PARSER.toItem("3 Id. at 47.", Source.reference("t.txt", 2, "3"), List.of(sunstein, posner));
        assertEquals(posner.title(), id.title(), "\"Id.\" is the work of the note before");
        assertEquals(Optional.of("47"), id.get(Field.LOCATOR));
        Item supra = PARSER.toItem("4 Sunstein, supra note 1, at 590.", Source.reference("t.txt", 3, "4"),
                List.of(sunstein, posner, id));
        assertEquals(sunstein.title(), supra.title());
        assertEquals(Optional.of("590"), supra.get(Field.LOCATOR));
    }
}
