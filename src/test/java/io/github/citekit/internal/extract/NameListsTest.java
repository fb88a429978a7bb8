package io.github.citekit.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a list of names as printed is split into persons, for the forms that PDF text and other scripts bring. */
class NameListsTest {

    private static Name name(String family, String given) {
        return new Name(family, given, "");
    }

    @Test
    void particlesAfterAnInvertedNamesGivenNamesBelongToTheFamilyName() {
        // Chicago inverts "Hein van den Broek" as "Broek, Hein van den": one person, not "Broek" and "van den, Hein"
        assertEquals(List.of(name("van den Broek", "Hein")), Names.parseList("Broek, Hein van den"));
        assertEquals(List.of(name("von Humboldt", "A.")), Names.parseList("Humboldt, A. von."));
        assertEquals(List.of(name("van den Broek", "Hein"), name("Hall", "Peter")),
                Names.parseList("Broek, Hein van den, and Peter Hall"));
        assertEquals(name("de Gaulle", "Charles"), Names.parse("Gaulle, Charles de"));
        // particles before the family name, or a given name alone, are read as before
        assertEquals(List.of(name("van den Broek", "Hein")), Names.parseList("Hein van den Broek"));
        assertEquals(List.of(name("de Souza", "Ana")), Names.parseList("de Souza, Ana"));
        assertEquals(name("Broek", "Hein"), Names.parse("Broek, Hein"));
    }

    @Test
    void spacesBeforeTheMarksThatPdfTextLeavesAreNoPartOfANames() {
        assertEquals(List.of(name("Okafor", "E."), name("Mensah", "U.")), Names.parseList("Okafor,E .& Mensah ,U ."));
        assertEquals(List.of(name("Brandt", "P. D."), name("Ruiz", "R. S."), name("Diallo", "D.")),
                Names.parseList("Brandt,P .D .,Ruiz ,R .S .,& Diallo ,D ."));
    }

    @Test
    void chineseJapaneseAndKoreanNamesPutTheFamilyNameFirst() {
        assertEquals(List.of(name("高橋", "誠")), Names.parseList("高橋 誠"));
        assertEquals(List.of(name("김", "민준"), name("이", "서연")), Names.parseList("김 민준, 이 서연"));
        assertEquals(List.of(name("松本", "健一"), name("森", "かおり")), Names.parseList("松本 健一 , 森 かおり"));
        // the name in Chinese characters after its Korean reading stays with the given name
        assertEquals(List.of(name("가토", "기요후미(加藤淸文)")), Names.parseList("가토 기요후미(加藤淸文)"));
        // written in Latin letters, the order cannot be told and stays as printed
        assertEquals(List.of(name("Makoto", "Takahashi")), Names.parseList("Takahashi Makoto"));
    }

    @Test
    void marksWithoutLettersAreNoPersons() {
        // APA's ellipsis before the last author: the names between are left out, as after "et al."
        String apa = "Okafor, B. H., Mensah, K. J., ... & Diallo, H. Y.";
        assertEquals(List.of(name("Okafor", "B. H."), name("Mensah", "K. J."), name("Diallo", "H. Y.")), Names.parseList(apa));
        assertTrue(Names.omitsNames(apa));
        assertTrue(Names.omitsNames("Okafor, B. H., Mensah, K. J., . . . Diallo, H. Y."));
        assertTrue(Names.omitsNames("Okafor, B. H., … Diallo, H. Y."));
        assertFalse(Names.omitsNames("Okafor, B. H. and Mensah, K. J."));
        assertFalse(Names.omitsNames("Okafor, B...H."), "an ellipsis inside a name's text marks no names left out");
        // "[et al.]", a footnote's star after initials, a full-width comma after a CJK name
        assertEquals(List.of(name("Andrade", "Carla Ruiz")), Names.parseList("Carla Ruiz Andrade [et al.]"));
        assertTrue(Names.endsWithEtAl("Carla Ruiz Andrade [et al.]"));
        assertEquals(List.of(name("Okafor", "T."), name("Mensah", "P.")), Names.parseList("Okafor, T.* & Mensah, P."));
        assertEquals(List.of(name("舒仁輝", "")), Names.parseList("舒仁輝 ，"));
    }

    @Test
    void andOthersInChineseJapaneseAndKorean() {
        assertEquals(List.of(new Name("박민준", "", "")), Names.parseList("박민준 외"));
        assertTrue(Names.endsWithEtAl("박민준 외"));
        assertTrue(Names.endsWithEtAl("王小明 外 5人"));
        assertTrue(Names.endsWithEtAl("이서연 외 3인"));
        // the same character inside a name, with no space before it, is the name's
        assertFalse(Names.endsWithEtAl("김등"));
    }

    @Test
    void initialsInBracketsAfterTheFamilyName() {
        // French humanities' "NOM (I.)"
        assertEquals(List.of(name("ALY", "M. I."), name("NAGEB", "R."), name("HERBIN", "Fr.-R.")),
                Names.parseList("ALY (M.I.), NAGEB (R.), HERBIN (Fr.-R.)"));
        assertEquals(List.of(name("Kefi", "N.")), Names.parseList("Kefi (N.)"));
    }

    @Test
    void anAsideAfterTheGivenNamesIsNoName() {
        assertEquals(List.of(name("Céline", "Louis-Ferdinand")), Names.parseList("Céline, Louis-Ferdinand (Louis-Ferdinand Destouches)"));
        assertEquals(List.of(name("Esty", "Joshua")), Names.parseList("Esty, Joshua (Jed)"));
        // a role in brackets is taken out as before, and the names after an aside are kept
        assertEquals(List.of(name("Smith", "J.")), Names.parseList("Smith, J. (Ed.)"));
        assertEquals(List.of(name("Gorky", "Maxim"), name("Tolstoy", "Aleksey")),
                Names.parseList("Gorky, Maxim (Alexei Peshkov), and Aleksey Tolstoy"));
    }

    @Test
    void aFamilyNameOfTwoWordsInvertedBeforeOneGivenName() {
        assertEquals(List.of(name("García López", "María")), Names.parseList("García López, María"));
        assertEquals(List.of(name("Di Michele", "Andrea")), Names.parseList("Di Michele, Andrea"));
        assertEquals(List.of(name("Van Rossum", "Guido")), Names.parseList("Van Rossum, Guido"), "a particle that is a given name too");
        // a given name first is two people
        assertEquals(List.of(name("Smith", "John"), name("Jones", "Mary")), Names.parseList("John Smith, Mary Jones"));
    }
}
