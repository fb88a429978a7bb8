package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ParsedReference.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.citekit.Citekit;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The transliterated reference lists that Russian journals print after their Cyrillic ones ("References": "Ivanov I.I.
 * Porty Rossii [Ports of Russia]. Moscow, Nauka Publ., 2010. 320 p. (In Russ.)"), GOST's order in Latin letters.
 */
class TransliteratedReferencesTest {
    @Test
    void aTransliteratedTitleAfterTheInitialsIsTheTitle() {
        String text = "Ivanov I.I. Porty Rossii [Ports of Russia]. Moscow, Nauka Publ., 2010. 320 p. (In Russ.)";
        // as the labeller read it: the title's words run on in the name
        List<String> read = SpanLabels.labels(text, "author:Ivanov I.I. Porty Rossii", "title:Ports of Russia",
                "publisher-place:Moscow", "publisher:Nauka Publ", "date:2010", "page:320");
        List<String> mended = NameLabels.titleAfterFamilyInitialsReadAsAuthor(Tokenizer.tokenize(text), read);
        assertEquals("Ivanov I . I .", SpanLabels.words(text, mended, "author"));
        assertEquals("Porty Rossii [ Ports of Russia ]", SpanLabels.words(text, mended, "title"));
        // a given name first: the word after the initial is the family name
        String given = "Jennifer N. Dang. Statistical analysis of stability control systems. Technical report, NHTSA, 2007.";
        List<String> names = SpanLabels.labels(given, "author:Jennifer N. Dang", "title:Statistical analysis of stability control systems");
        assertEquals(names, NameLabels.titleAfterFamilyInitialsReadAsAuthor(Tokenizer.tokenize(given), names));

        Item book = parse(text);
        assertEquals(List.of(Name.of("Ivanov", "I. I.")), book.names(NameRole.AUTHOR));
        assertEquals(Optional.of("Porty Rossii [Ports of Russia]"), book.title());
        assertEquals(Optional.of("ru"), book.get(Field.LANGUAGE));
        assertEquals(Optional.of("Porty Rossii"), parse("Ivanov I.I. Porty Rossii. Moscow: Nauka, 2010. 320 p.").title());
    }

    @Test
    void aTransliteratedJournalReadAsASecondAuthorIsTheJournal() {
        String text = "Smirnov V.V. Gidrotekhnika [Hydraulic engineering]. Trudy MGSU [Proceedings of MGSU], 2018, vol. 13, no. 4, "
                + "pp. 500–510.";
        List<String> read = SpanLabels.labels(text, "author:Smirnov V.V.", "title:Gidrotekhnika [Hydraulic engineering]",
                "author:Trudy MGSU", "date:2018", "volume:13", "issue:4", "page:500–510");
        List<String> mended = HostLabels.journalAfterTitleReadAsAuthor(Tokenizer.tokenize(text), read);
        assertEquals("Trudy MGSU [ Proceedings of MGSU ]", SpanLabels.words(text, mended, "container-title"));
        assertEquals("Smirnov V . V .", SpanLabels.words(text, mended, "author"));

        Item article = parse(text + " (In Russ., abstract in Eng.)");
        assertEquals(List.of(Name.of("Smirnov", "V. V.")), article.names(NameRole.AUTHOR));
        assertEquals(Optional.of("Trudy MGSU [Proceedings of MGSU]"), article.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("ru"), article.get(Field.LANGUAGE));
    }

    @Test
    void aRussianDegreesThesisIsAThesis() {
        Item thesis = parse("Ivanova A.A. Dnouklubochnye raboty v portakh [Dredging in ports]. Cand. Sci. (Eng.) Diss. Moscow, 2012. 150 p.");
        assertEquals(ItemType.THESIS, thesis.type());
        assertEquals(Optional.empty(), thesis.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("150"), thesis.get(Field.NUMBER_OF_PAGES));
    }

    @Test
    void theTransliteratedListsEntriesAreTheCyrillicListsWorks() {
        String article = """
                Заиление малых гаваней

                Петрова А. С.

                Аннотация. Рассмотрены причины заиления малых гаваней [1, 2].

                Список литературы
                1. Иванов И. И. Порты России. М.: Наука, 2010. 320 с.
                2. Петров П. П. Заиление гаваней // Вестник портов. 2019. № 2. С. 10–20.
                3. Сидоров С. С., Кузнецов К. К. Морские порты. СПб.: Питер, 2015. 200 с.

                References
                1. Ivanov I.I. Porty Rossii [Ports of Russia]. Moscow, Nauka Publ., 2010. 320 p. (In Russ.)
                2. Petrov P.P. Zailenie gavaney [Siltation of harbours]. Vestnik portov [Bulletin of Ports], 2019, no. 2, pp. 10–20. (In Russ.)
                3. Sidorov S.S., Kuznetsov K.K. Morskie porty [Sea ports]. Saint Petersburg, Piter Publ., 2015. 200 p. (In Russ.)
                """;
        var bib = Citekit.create().processText("art.txt", article);
        List<Item> works = bib.items().stream().filter(i -> i.type() != ItemType.ARTICLE_JOURNAL || i.get(Field.ABSTRACT).isEmpty()).toList();
        // each work once, with both of its entries as sources (Ivanov's two had stayed apart)
        assertEquals(3, works.size(), works.toString());
        works.forEach(w -> assertEquals(2, w.sources().size(), w.toString()));
    }

    @Test
    void aTransliteratedHostAndItsTranslationAreTheHost() {
        Item paper = parse("Kuznetsov K.K. Zailenie portov [Port siltation]. Materialy mezhdunarodnoi konferentsii \"Porty-2015\" "
                + "[Proceedings of the International Conference \"Ports-2015\"]. Moscow, 2015, pp. 10–20. (In Russ.)");
        assertEquals(Optional.of("Zailenie portov [Port siltation]"), paper.title());
        assertEquals(Optional.of("Materialy mezhdunarodnoi konferentsii \"Porty-2015\" [Proceedings of the International Conference "
                + "\"Ports-2015\"]"), paper.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("10-20"), paper.get(Field.PAGE));
        Item article = parse("Popov V., Orlov D. Gidrodinamika gavanei [Hydrodynamics of harbours]. Izvestiya RAN. Mekhanika zhidkosti "
                + "i gaza [Fluid Dynamics], 2017, no. 5, pp. 3–15.");
        // the translation's closing bracket had been left out of the journal's name
        assertEquals(Optional.of("Izvestiya RAN. Mekhanika zhidkosti i gaza [Fluid Dynamics]"), article.get(Field.CONTAINER_TITLE));
        assertEquals("IEEE Trans Rehabil Eng [Internet", FieldRules.closingQuoteLeftOut(
                "IEEE Trans Rehabil Eng [Internet]. 1994;2(4)", "IEEE Trans Rehabil Eng [Internet"), "a mark alone is left to the mark's rules");
    }

    @Test
    void gostOf2018SpellsOutAThesisAndPutsAnActsKindAfterItsTitle() {
        Item thesis = parse("Кузнецов, К. К. Гидротехника портов : специальность 05.23.07 : диссертация на соискание ученой степени "
                + "кандидата технических наук / Кузнецов Кирилл Кириллович ; Московский государственный строительный университет. — "
                + "Москва, 2012. — 150 с.");
        assertEquals(ItemType.THESIS, thesis.type(), "'диссертация' spelt out had made a book");
        assertEquals(Optional.of("Москва"), thesis.get(Field.PUBLISHER_PLACE), "the city had been the publisher");
        assertEquals(Optional.empty(), thesis.get(Field.PUBLISHER));

        Item act = parse("Российская Федерация. Законы. О морских портах в Российской Федерации : Федеральный закон № 261-ФЗ : "
                + "[принят Государственной думой 18 октября 2007 года]. — Москва : Проспект, 2020. — 48 с.");
        assertEquals(ItemType.LEGISLATION, act.type());
        assertEquals(Optional.of("261-ФЗ"), act.get(Field.NUMBER));
        assertEquals(true, act.title().orElseThrow().startsWith("О морских портах в Российской Федерации"), act.title().toString());
    }
}
