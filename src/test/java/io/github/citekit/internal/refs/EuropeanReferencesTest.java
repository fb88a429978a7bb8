package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ParsedReference.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.Citekit;
import io.github.citekit.internal.extract.Languages;
import io.github.citekit.internal.extract.Names;
import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.report.DocumentReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * References in French, German, Spanish, Italian, Portuguese, Dutch, Polish, Russian and Ukrainian: their dates with the
 * months' names, access statements, links, newspapers and electronic resources. The label rules' tests start from labels
 * as the labeller gave them for such strings.
 */
class EuropeanReferencesTest {
    /** Each citation's text in the one document of {@code bib}, with the entries it links. */
    private static Map<String, List<Integer>> links(io.github.citekit.Bibliography bib) {
        DocumentReport r = bib.report().documents().get(0);
        Map<String, List<Integer>> links = new java.util.LinkedHashMap<>();
        r.citations().forEach(c -> links.put(c.text(), c.references()));
        return links;
    }

    private static Map<String, String> fields(String text, List<String> labels) {
        return Spans.fields(text, Tokenizer.tokenize(text), labels);
    }

    @Test
    void datesWithTheirMonthsNamedInOtherLanguages() {
        assertEquals(Optional.of(new DateParts(2019, 3, 15)), Dates.parse("15 mars 2019"));
        assertEquals(Optional.of(new DateParts(2005, 3, 12)), Dates.parse("12. März 2005"));
        assertEquals(Optional.of(new DateParts(2010, 1, 3)), Dates.parse("3 de enero de 2010"));
        assertEquals(Optional.of(new DateParts(2020, 1, 1)), Dates.parse("1er janvier 2020"));
        assertEquals(Optional.of(new DateParts(2012, 1, 21)), Dates.parse("21 gennaio 2012"));
        assertEquals(Optional.of(new DateParts(2020, 9, 10)), Dates.parse("10 set. 2020"));
        assertEquals(Optional.of(new DateParts(2016, 3, 4)), Dates.parse("4 maart 2016"));
        assertEquals(Optional.of(new DateParts(2019, 5, 7)), Dates.parse("7 maja 2019"));
        assertEquals(Optional.of(new DateParts(2020, 3, 12)), Dates.parse("12 березня 2020"));
        assertEquals(Optional.of(new DateParts(2010, 1, 0)), Dates.parse("enero de 2010"));
        assertEquals(Optional.of(new DateParts(2014, 10, 0)), Dates.parse("Okt. 2014"));
        // a meeting's days give its month, no one day
        assertEquals(Optional.of(new DateParts(1989, 5, 0)), Dates.parse("22-24 mai 1989"));
        // a word that is no month stays no month: the year alone
        assertEquals(Optional.of(DateParts.ofYear(2010)), Dates.parse("Universidad de 2010"));
        assertEquals(0, Dates.otherMonth("Bruxelles"));
        assertFalse(Dates.isOtherMonthName("janv"), "an abbreviation is no name");
        assertTrue(Dates.isOtherMonthAbbreviation("janv"));
    }

    @Test
    void anAccessStatementInAnotherLanguageIsTheNoteAndGivesTheAccessedDate() {
        String text = "Martin, P. (2018). Les ports français face au Brexit. Consulté le 12 février 2020, sur https://www.example.fr/ports";
        // as the labeller read it: the statement the container's, its year the date
        List<String> read = SpanLabels.labels(text, "author:Martin, P", "date:2018",
                "title:Les ports français face au Brexit", "container-title:Consulté le 12 février", "date:2020",
                "URL:https://www.example.fr/ports");
        List<String> mended = EuropeanLabels.accessStatement(Tokenizer.tokenize(text), read);
        assertEquals("Consulté le 12 février 2020 , sur", SpanLabels.words(text, mended, "note"));
        assertFalse(mended.contains("container-title"));
        assertEquals("2018", fields(text, mended).get("date"));

        // German, after the link, with the word that opens it; Polish's numeric date
        String german = "BMVI (2019): Nationales Hafenkonzept. https://www.bmvi.de/hk, zuletzt abgerufen am 4. Juni 2021.";
        List<String> germanRead = SpanLabels.labels(german, "author:BMVI", "date:2019", "title:Nationales Hafenkonzept",
                "URL:https://www.bmvi.de/hk", "container-title:zuletzt abgerufen am 4. Juni", "date:2021");
        assertEquals("zuletzt abgerufen am 4 . Juni 2021",
                SpanLabels.words(german, EuropeanLabels.accessStatement(Tokenizer.tokenize(german), germanRead), "note"));
        String polish = "Kowalski, J. (2019). Porty. Dostęp: 12.06.2020.";
        List<String> polishRead = SpanLabels.labels(polish, "author:Kowalski, J", "date:2019", "title:Porty",
                "publisher-place:Dostęp", "date:2020");
        assertEquals("Dostęp : 12 . 06 . 2020",
                SpanLabels.words(polish, EuropeanLabels.accessStatement(Tokenizer.tokenize(polish), polishRead), "note"));

        // the records: the accessed date, no note, no container
        for (String entry : List.of(text,
                "Ministère de la Mer. Stratégie portuaire [en ligne]. Paris, 2021. Disponible sur : https://www.mer.gouv.fr/s (consulté le 3 janvier 2022).",
                "Bundesministerium für Verkehr (2019): Nationales Hafenkonzept. Online verfügbar unter https://www.bmvi.de/hk, zuletzt abgerufen am 4. Juni 2021.",
                "López, A. (2015). Puertos y ciudad. Recuperado el 15 de mayo de 2020, de https://www.ejemplo.es/puertos",
                "Rossi, M. (2012). I porti italiani. Disponibile su https://www.esempio.it/porti (ultimo accesso 3 marzo 2021).",
                "Jansen, K. (2016). Havens in Nederland. Geraadpleegd op 14 april 2016, van https://www.voorbeeld.nl/havens")) {
            Item item = parse(entry);
            assertTrue(item.accessed().isPresent(), entry);
            assertFalse(item.get(Field.CONTAINER_TITLE).isPresent(), entry);
            assertFalse(item.get(Field.PUBLISHER).isPresent(), entry);
            assertFalse(item.get(Field.NOTE).isPresent(), entry);
            assertTrue(item.title().isPresent(), entry);
            assertEquals(ItemType.WEBPAGE, item.type(), entry);
        }
        Item french = parse(text);
        assertEquals(Optional.of("Les ports français face au Brexit"), french.title());
        assertEquals(Optional.of(new DateParts(2020, 2, 12)), french.accessed());
        assertEquals(2018, french.issued().orElseThrow().year());
        assertEquals(Optional.of("Stratégie portuaire"), parse("Ministère de la Mer. Stratégie portuaire [en ligne]. Paris, 2021. "
                + "Disponible sur : https://www.mer.gouv.fr/s (consulté le 3 janvier 2022).").title());
        // the words for access in general are no access statement: "acesso aberto", "accesso civico"
        assertFalse(parse("Silva, J. (2019). Revistas de acesso aberto, 2019. Revista Brasileira, 12(3), 1-10.").accessed().isPresent());
        assertFalse(parse("Rossi, M. (2019). Il diritto di accesso civico, 2019. Rivista italiana, 12(3), 1-10.").accessed().isPresent());
        // an access date that is the only date printed is no date of the work
        Item onlyAccessed = parse("http://www.icmje.org/recommendations.pdf [Consulté le 2 janvier 2016].");
        assertEquals(Optional.of(new DateParts(2016, 1, 2)), onlyAccessed.accessed());
        assertFalse(onlyAccessed.issued().isPresent());
    }

    @Test
    void everyAccessWordHasAStemTheQuickTestFinds() {
        for (String word : ReferenceWords.ACCESS_WORDS) {
            assertTrue(ReferenceWords.mayMentionAccess(word), word);
            String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            assertTrue(ReferenceWords.mayMentionAccess(capitalised), capitalised);
        }
        assertFalse(ReferenceWords.mayMentionAccess("Smith, J. (2010). Harbour silt. Journal of Ports, 12(3), 45-67."));
    }

    @Test
    void aLinkWithAYearInItGivesNoAccessDate() {
        Item item = parse("Martin, P. (2018). Ports and Brexit. Retrieved from https://www.example.org/2019/ports-brexit");
        assertFalse(item.accessed().isPresent());
        assertEquals(2018, item.issued().orElseThrow().year());
    }

    @Test
    void aNoteKeepsWhatIsNeitherTheAccessDateNorTheWordsBeforeTheLink() {
        Item item = parse("Barrón Cruz, M. G., 2013. La Bestia. Mexico City: Instituto Nacional de Ciencias Penales. "
                + "Available at http://www.inacipe.gob.mx/bestia.pdf. Accessed 5 May 2015.");
        assertEquals(Optional.of(new DateParts(2015, 5, 5)), item.accessed());
        assertFalse(item.get(Field.NOTE).isPresent());
        Item working = parse("Summerhill, William. “Sovereign Credibility.” Working draft prepared for the Hoover Seminar, "
                + "2007. http://www.example.edu/summerhill.pdf, accessed June 7, 2015.");
        assertEquals(Optional.of(new DateParts(2015, 6, 7)), working.accessed());
        working.get(Field.NOTE).ifPresent(note -> assertFalse(note.contains("accessed"), note));
    }

    @Test
    void aDateWithItsMonthsNameIsTheDate() {
        String german = "Müller, K. (2005): Hafenpolitik. Frankfurter Allgemeine Zeitung, 12. März 2005, S. 14.";
        List<String> germanRead = SpanLabels.labels(german, "author:Müller, K", "date:2005", "title:Hafenpolitik",
                "container-title:Frankfurter Allgemeine Zeitung", "volume:12");
        List<String> germanMended = EuropeanLabels.dateWithItsMonthsName(Tokenizer.tokenize(german), germanRead);
        assertEquals("2005 12 . März 2005", SpanLabels.words(german, germanMended, "date"));
        assertFalse(germanMended.contains("volume"));
        String spanish = "García, J. (2010). La reforma. El País, 3 de enero de 2010.";
        List<String> spanishRead = SpanLabels.labels(spanish, "author:García, J", "date:2010", "title:La reforma",
                "container-title:El País", "note:3 de enero de 2010");
        assertEquals("2010 3 de enero de 2010",
                SpanLabels.words(spanish, EuropeanLabels.dateWithItsMonthsName(Tokenizer.tokenize(spanish), spanishRead), "date"));
        String polish = "Kowalski, J. (2019). Porty. Gazeta Wyborcza, 7 maja 2019.";
        List<String> polishRead = SpanLabels.labels(polish, "author:Kowalski, J", "date:2019", "title:Porty",
                "container-title:Gazeta Wyborcza, 7 maja", "date:2019");
        List<String> polishMended = EuropeanLabels.dateWithItsMonthsName(Tokenizer.tokenize(polish), polishRead);
        assertEquals("Gazeta Wyborcza", fields(polish, polishMended).get("container-title"));
        String months = "Romano, G. Gli indesiderabili. La Nuova Storia Contemporanea, 4/6 (novembre-dicembre 2000), 81-96.";
        List<String> monthsRead = SpanLabels.labels(months, "author:Romano, G", "title:Gli indesiderabili",
                "container-title:La Nuova Storia Contemporanea", "volume:4/6", "date:2000", "page:81-96");
        assertEquals("novembre - dicembre 2000",
                SpanLabels.words(months, EuropeanLabels.dateWithItsMonthsName(Tokenizer.tokenize(months), monthsRead), "date"));

        // left alone: a month named as in English, a date inside a title, a date after an access word, a second date
        String dutch = "De Vries, K. (2016). Havens. NRC Handelsblad, 14 april 2016.";
        List<String> dutchRead = SpanLabels.labels(dutch, "author:De Vries, K", "date:2016", "title:Havens",
                "container-title:NRC Handelsblad", "volume:14", "date:april 2016");
        assertEquals(dutchRead, EuropeanLabels.dateWithItsMonthsName(Tokenizer.tokenize(dutch), dutchRead));
        String title = "Dupont, M. (1990). La journée du 14 juillet 1789. Revue historique, 12, 1-20.";
        List<String> titleRead = SpanLabels.labels(title, "author:Dupont, M", "date:1990",
                "title:La journée du 14 juillet 1789", "container-title:Revue historique", "volume:12", "page:1-20");
        assertEquals(titleRead, EuropeanLabels.dateWithItsMonthsName(Tokenizer.tokenize(title), titleRead));
        String named = "Tran Thi Mai 2019. Ports of Vietnam. Hanoi: Thế Giới.";
        List<String> namedRead = SpanLabels.labels(named, "author:Tran Thi Mai", "date:2019", "title:Ports of Vietnam",
                "publisher-place:Hanoi", "publisher:Thế Giới");
        assertEquals(namedRead, EuropeanLabels.dateWithItsMonthsName(Tokenizer.tokenize(named), namedRead),
                "a month's name without its day, read as a name, may be one: Vietnamese 'Mai'");
        String cited = "Bell E. Guidance Note. London: Helpdesk; 2015 12 de abril de 2016.";
        List<String> citedRead = SpanLabels.labels(cited, "author:Bell E", "title:Guidance Note", "publisher-place:London",
                "publisher:Helpdesk", "note:2015 12 de abril de 2016");
        assertEquals(citedRead, EuropeanLabels.dateWithItsMonthsName(Tokenizer.tokenize(cited), citedRead));
    }

    @Test
    void newspapersInOtherLanguagesWithTheirDayAndPage() {
        Item german = parse("Müller, K. (2005): Hafenpolitik im Wandel. Frankfurter Allgemeine Zeitung, 12. März 2005, S. 14.");
        assertEquals(ItemType.ARTICLE_NEWSPAPER, german.type());
        assertEquals(Optional.of(new DateParts(2005, 3, 12)), german.issued());
        assertEquals(Optional.of("14"), german.get(Field.PAGE), "a newspaper's page, not a place's and year's pinpoint");
        assertFalse(german.get(Field.VOLUME).isPresent());
        Item spanish = parse("García, J. (2010). La reforma portuaria. El País, 3 de enero de 2010.");
        assertEquals(ItemType.ARTICLE_NEWSPAPER, spanish.type());
        assertEquals(Optional.of(new DateParts(2010, 1, 3)), spanish.issued());
        assertFalse(spanish.get(Field.NOTE).isPresent());
        assertEquals(Optional.of(new DateParts(2012, 1, 21)),
                parse("Rossi, M. (2012). I porti italiani. Corriere della Sera, 21 gennaio 2012, p. 5.").issued());
        assertEquals(Optional.of(new DateParts(2021, 1, 1)),
                parse("Dupont, M. (2021). Le port du Havre. Ouest-France, 1er janvier 2021.").issued());
        // a journal whose name has a newspaper's word, cited by its year alone, stays a journal
        assertEquals(ItemType.ARTICLE_JOURNAL,
                parse("Stefan Huster, 'Die Beitragsbemessung in der Krankenversicherung', Juristen Zeitung(2002).").type());

        // the newspaper and its day read into the title, as the labeller read a Polish and a Brazilian one
        String polish = "Kowalski, J. (2019). Porty w Polsce. Gazeta Wyborcza, 7 maja 2019, s. 5.";
        List<String> polishRead = SpanLabels.labels(polish, "author:Kowalski, J", "date:2019",
                "title:Porty w Polsce. Gazeta Wyborcza, 7 maja 2019, s. 5");
        List<String> polishMended = EuropeanLabels.pageAfterItsMarkLeftOut(Tokenizer.tokenize(polish),
                EuropeanLabels.newspaperAndDayReadIntoTitle(Tokenizer.tokenize(polish), polishRead));
        Map<String, String> polishFields = fields(polish, polishMended);
        assertEquals("Porty w Polsce", polishFields.get("title"));
        assertEquals("Gazeta Wyborcza", polishFields.get("container-title"));
        assertEquals("2019 7 maja 2019", SpanLabels.words(polish, polishMended, "date"));
        assertEquals("5", polishFields.get("page"));
        String brazilian = "Silva, J. (2017). Portos do Brasil. Folha de S.Paulo, São Paulo, 5 de agosto de 2017.";
        List<String> brazilianRead = SpanLabels.labels(brazilian, "author:Silva, J", "date:2017",
                "title:Portos do Brasil. Folha de S.Paulo, São Paulo, 5 de agosto de 2017");
        Map<String, String> brazilianFields = fields(brazilian,
                EuropeanLabels.newspaperAndDayReadIntoTitle(Tokenizer.tokenize(brazilian), brazilianRead));
        assertEquals("Portos do Brasil", brazilianFields.get("title"));
        assertEquals("Folha de S.Paulo", brazilianFields.get("container-title"));
        assertEquals("São Paulo", brazilianFields.get("publisher-place"));
    }

    @Test
    void theYearPrintedAgainWithItsMonthIsTheIssuedDate() {
        Item times = parse("García, J. (2010). The port reform. The Times, 3 January 2010.");
        assertEquals(Optional.of(new DateParts(2010, 1, 3)), times.issued());
        assertEquals(ItemType.ARTICLE_NEWSPAPER, times.type());
        // not a meeting's days, an access date before a link, nor a date inside the title
        assertEquals(Optional.of(DateParts.ofYear(1998)), parse("Dove, Rita. \"Lady Freedom among Us.\" The Electronic Text "
                + "Center. Ed. David Seaman. 1998. Alderman Lib., U of Virginia. 19 June 1998 <http://etext.lib.virginia.edu/afam.html>.")
                .issued());
        assertEquals(Optional.of(DateParts.ofYear(2007)), parse("CPA. 2007. Report on the Audit of Financial Statements for "
                + "Year Ended September 30, 2007. Saipan: CPA.").issued());
        assertEquals(Optional.of(DateParts.ofYear(2006)), parse("Menjot, D. (2006). Le mouvement des libertés, actes du "
                + "colloque de Belfort, Belfort, 21 octobre 2006, Ville de Belfort, pp 9-30.").issued());
    }

    @Test
    void linkCuesAndMediumMarksInOtherLanguagesAreNoField() {
        String portuguese = "Silva, J. (2017). Portos do Brasil. Disponível em: https://www.folha.com.br/portos.";
        List<String> read = SpanLabels.labels(portuguese, "author:Silva, J", "date:2017", "title:Portos do Brasil",
                "genre:Disponível em", "note:https://www.folha.com.br/portos");
        List<String> mended = EuropeanLabels.linkCue(Tokenizer.tokenize(portuguese), read);
        assertFalse(mended.contains("genre"));
        assertEquals("https://www.folha.com.br/portos", SpanLabels.words(portuguese, mended, "URL"));
        // the data sets label such words as the note at times: those stay
        String french = "Plüss C. Antibacterial Prescribing. 2020. Disponible sur: www.anresis.ch/a.pdf";
        List<String> frenchRead = SpanLabels.labels(french, "author:Plüss C", "title:Antibacterial Prescribing",
                "date:2020", "note:Disponible sur: www.anresis.ch/a.pdf");
        List<String> frenchMended = EuropeanLabels.linkCue(Tokenizer.tokenize(french), frenchRead);
        assertEquals("Disponible sur :", SpanLabels.words(french, frenchMended, "note"));
        assertEquals("www.anresis.ch/a.pdf", SpanLabels.words(french, frenchMended, "URL"));

        String medium = "Ministère de la Mer. Stratégie portuaire [en ligne]. Paris, 2021.";
        List<String> mediumRead = SpanLabels.labels(medium, "author:Ministère de la Mer",
                "title:Stratégie portuaire [en ligne]", "publisher-place:Paris", "date:2021");
        assertEquals("Stratégie portuaire",
                fields(medium, EuropeanLabels.mediumMark(Tokenizer.tokenize(medium), mediumRead)).get("title"));
        assertTrue(EuropeanLabels.mayHaveCues(medium));
        assertFalse(EuropeanLabels.mayHaveCues("Smith, J. (2010). Harbour silt. Journal of Ports, 12(3), 45-67."));
    }

    @Test
    void russianAndUkrainianElectronicResourcesKeepTheirTitleApartFromTheNames() {
        Item russian = parse("Иванов И. Порты России [Электронный ресурс]. URL: https://example.ru/ports (дата обращения: 12.03.2020).");
        assertEquals(List.of(Name.of("Иванов", "И.")), russian.authors());
        assertEquals(Optional.of("Порты России"), russian.title());
        assertEquals(Optional.of(new DateParts(2020, 3, 12)), russian.accessed());
        assertFalse(russian.issued().isPresent(), "the access date is no date of the work");
        Item two = parse("Иванов И. И., Петров П. П. Порты России [Электронный ресурс]. URL: https://example.ru/ports "
                + "(дата обращения: 12.03.2020).");
        assertEquals(List.of(Name.of("Иванов", "И. И."), Name.of("Петров", "П. П.")), two.authors());
        assertEquals(Optional.of("Порты России"), two.title());
        Item ukrainian = parse("Шевченко Т. Порти України [Електронний ресурс]. Режим доступу: https://example.ua/ports "
                + "(дата звернення: 12.03.2020).");
        assertEquals(Optional.of("Порти України"), ukrainian.title());
        assertEquals(Optional.of(new DateParts(2020, 3, 12)), ukrainian.accessed());
        assertEquals(Optional.of("uk"), ukrainian.get(Field.LANGUAGE));

        // as the labeller read them: the title as more of the names
        String text = "Иванов И. И., Петров П. П. Порты России [Электронный ресурс]. URL: https://example.ru/ports";
        List<String> read = SpanLabels.labels(text, "author:Иванов И. И., Петров П. П. Порты России", "URL:https://example.ru/ports");
        List<String> mended = NameLabels.titleReadIntoCyrillicNames(Tokenizer.tokenize(text), read);
        assertEquals("Порты России", SpanLabels.words(text, mended, "title"));
        // names alone stay names: "Иванов И. И., Петров П. П." then a title the labeller read
        String named = "Иванов И. И., Петров П. П. Порты России. М.: Наука, 2010.";
        List<String> namedRead = SpanLabels.labels(named, "author:Иванов И. И., Петров П. П", "title:Порты России",
                "publisher-place:М.", "publisher:Наука", "date:2010");
        assertEquals(namedRead, NameLabels.titleReadIntoCyrillicNames(Tokenizer.tokenize(named), namedRead));
    }

    @Test
    void organisationsNamedInOtherLanguagesAreOneLiteralAuthor() {
        for (String name : List.of("Ministère de la Mer", "Bundesministerium für Verkehr", "Ministerio de Fomento",
                "Fundação João Pinheiro", "Gouvernement du Québec", "Universidad de Chile", "Statistisches Bundesamt",
                "Istituto Nazionale di Statistica", "Główny Urząd Statystyczny")) {
            assertTrue(Names.namesOrganisation(name), name);
        }
        assertFalse(Names.namesOrganisation("Marie Dupont"));
        assertFalse(Names.namesOrganisation("Klaus Müller"));
        assertEquals(List.of(Name.literal("Ministère de la Mer")),
                parse("Ministère de la Mer (2021). Stratégie nationale portuaire. Paris.").authors());
        // its title after the date read as a publisher, with only its place after it, is the title
        Item ministry = parse("Bundesministerium für Verkehr (2019): Nationales Hafenkonzept. Berlin.");
        assertEquals(List.of(Name.literal("Bundesministerium für Verkehr")), ministry.authors());
        assertEquals(Optional.of("Nationales Hafenkonzept"), ministry.title());
        assertEquals(Optional.of("Berlin"), ministry.get(Field.PUBLISHER_PLACE));
        assertFalse(ministry.get(Field.PUBLISHER).isPresent());
    }

    @Test
    void editionsVolumesAndIssuesMarkedInOtherLanguages() {
        assertEquals(Optional.of("2"), parse("Lefèvre, A. et Moreau, B. (2020). Géographie des ports européens. Paris : "
                + "Armand Colin, 2e éd.").get(Field.EDITION));
        Item german = parse("Schmidt, P. (2018): Der Hafen. In: Zeitschrift für Verkehr, Jg. 12, Nr. 3, S. 3-15.");
        assertEquals(Optional.of("Zeitschrift für Verkehr"), german.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("12"), german.get(Field.VOLUME));
        assertEquals(Optional.of("3"), german.get(Field.ISSUE));
        Item weekly = parse("Schmidt, P. (2018): Der Hafen. In: Die Zeit, Nr. 23, 30. Mai 2018, S. 3.");
        assertEquals(Optional.of("23"), weekly.get(Field.ISSUE));
        assertFalse(weekly.get(Field.VOLUME).isPresent());
        assertEquals(Optional.of(new DateParts(2018, 5, 30)), weekly.issued());

        // as the labeller read them: the volume's mark as the journal's last word, "Nr." 23 as the volume
        String marked = "Boussinesq, J. (1879). Complements. Journal de Mathématiques, T. 5, Paris.";
        List<String> markedRead = SpanLabels.labels(marked, "author:Boussinesq, J", "date:1879", "title:Complements",
                "container-title:Journal de Mathématiques, T", "volume:5", "publisher-place:Paris");
        assertEquals("Journal de Mathématiques",
                fields(marked, EuropeanLabels.volumeMarkReadIntoContainer(Tokenizer.tokenize(marked), markedRead)).get("container-title"));
        String numbered = "Lickint, F. (1935). Der Bronchialkrebs. Münchener Wochenschrift, n° 82, p. 1232-1234.";
        List<String> numberedRead = SpanLabels.labels(numbered, "author:Lickint, F", "date:1935", "title:Der Bronchialkrebs",
                "container-title:Münchener Wochenschrift", "volume:82", "page:1232-1234");
        Map<String, String> numberedFields = fields(numbered, EuropeanLabels.issueMarkedAsVolume(Tokenizer.tokenize(numbered), numberedRead));
        assertEquals("82", numberedFields.get("issue"));
        assertFalse(numberedFields.containsKey("volume"));
        // a volume and an issue both read stay as they are
        String both = "Schmidt, P. (2018): Der Hafen. In: Verkehr, Jg. 12, Nr. 3, S. 3-15.";
        List<String> bothRead = SpanLabels.labels(both, "author:Schmidt, P", "date:2018", "title:Der Hafen",
                "container-title:Verkehr", "volume:12", "issue:3", "page:3-15");
        assertEquals(bothRead, EuropeanLabels.issueMarkedAsVolume(Tokenizer.tokenize(both), bothRead));
    }

    @Test
    void aGermanArticlesListAndItsCitationsOfAnAgencyByItsAcronym() {
        String text = """
                Hafenpolitik im Wandel

                Klaus Müller
                Universität Hamburg

                Einleitung
                Die Presse berichtete ausführlich (Schmidt 2018, S. 3). Das Hafenkonzept des Bundes (BMVI 2019) setzt neue Ziele.

                Literaturverzeichnis
                BMVI – Bundesministerium für Verkehr und digitale Infrastruktur (2019): Nationales Hafenkonzept 2030. Online verfügbar unter https://www.bmvi.de/hafenkonzept, zuletzt abgerufen am 4. Juni 2021.
                Schmidt, P. (2018): Der Hamburger Hafen nach der Elbvertiefung. In: Die Zeit, Nr. 23, 30. Mai 2018, S. 3.
                """;
        var bib = Citekit.create().processText("hafen.txt", text);
        Map<String, List<Integer>> links = links(bib);
        assertEquals(List.of(0), links.get("(BMVI 2019)"));
        assertEquals(List.of(1), links.get("(Schmidt 2018, S. 3)"));
        Item agency = bib.items().stream().filter(i -> i.title().equals(Optional.of("Nationales Hafenkonzept 2030"))).findFirst().orElseThrow();
        assertEquals(Optional.of(new DateParts(2021, 6, 4)), agency.accessed());
        assertEquals(Optional.of("https://www.bmvi.de/hafenkonzept"), agency.get(Field.URL));
    }

    @Test
    void apaChaptersInOtherLanguagesHaveTheirBook() {
        String spanish = "Pérez, L. (2020). Tráfico marítimo. En M. Sánchez (Ed.), Economía del mar (pp. 25-50). Barcelona: Ariel.";
        List<String> read = SpanLabels.labels(spanish, "author:Pérez, L", "date:2020", "title:Tráfico marítimo",
                "editor:M. Sánchez", "page:25-50", "publisher-place:Barcelona", "publisher:Ariel");
        assertEquals("Economía del mar",
                fields(spanish, EuropeanLabels.bookAfterTheEditorsLeftOut(Tokenizer.tokenize(spanish), read)).get("container-title"));
        // Portuguese's "Em" too, the editors and the book read as the title or the host
        for (String entry : List.of("Pérez, L., Ruiz, M. y Díaz, C. (2020). Tráfico marítimo en el Mediterráneo. En M. Sánchez "
                + "(Ed.), Economía del mar (pp. 25-50). Barcelona: Ariel.",
                "Dupont, M. (2020). Le trafic maritime. Dans M. Martin (dir.), Économie de la mer (p. 25-50). Paris : Armand Colin.",
                "Souza, M. (2019). Logística do agronegócio. Em C. Costa (Org.), Economía del mar (pp. 25-50). Rio de Janeiro: FGV.")) {
            Item chapter = parse(entry);
            assertEquals(ItemType.CHAPTER, chapter.type(), entry);
            assertTrue(chapter.get(Field.CONTAINER_TITLE).orElseThrow().startsWith("Économie") || chapter.get(Field.CONTAINER_TITLE)
                    .orElseThrow().equals("Economía del mar"), entry);
            assertEquals(Optional.of("25-50"), chapter.get(Field.PAGE), entry);
        }
    }

    @Test
    void narrativeAndParentheticalCitationsJoinTwoAuthorsWithTheirLanguagesAnd() {
        String text = """
                Portos brasileiros

                João Silva
                Universidade de São Paulo

                Introdução
                Segundo Souza e Lima (2019, p. 45), a logística é decisiva. García y López (2015) lo confirman, como
                (García, 2015) antes. Für Deutschland (Müller u. a. 2005) gilt das auch.

                REFERÊNCIAS
                GARCÍA, J. Puertos. Madrid: Síntesis, 2015.
                GARCÍA, J.; LÓPEZ, A. Puertos y ciudad. Revista de Estudios Regionales, v. 103, p. 45-67, 2015.
                MÜLLER, K.; SCHMIDT, P.; WEBER, L. Häfen. Berlin: Springer, 2005.
                SOUZA, M.; LIMA, R. Logística do agronegócio. Rio de Janeiro: FGV, 2019.
                """;
        Map<String, List<Integer>> links = links(Citekit.create().processText("portos.txt", text));
        assertEquals(List.of(3), links.get("Souza e Lima (2019, p. 45)"));
        assertEquals(List.of(1), links.get("García y López (2015)"), "the work with López second, not García's own");
        assertEquals(List.of(0), links.get("(García, 2015)"));
        assertEquals(List.of(2), links.get("(Müller u. a. 2005)"));
    }

    @Test
    void nameListsJoinedByTheirLanguagesAndAfterAnInitial() {
        assertEquals(List.of(Name.of("De Vries", "K."), Name.of("Jansen", "M.")), parse("De Vries, K. en Jansen, M. (2016). Havens in "
                + "Nederland. Tijdschrift voor Economische en Sociale Geografie, 107(3), 300-315.").authors());
        assertEquals(List.of(Name.of("Kowalski", "J."), Name.of("Nowak", "A.")),
                parse("Kowalski, J. i Nowak, A. (2019). Porty w Polsce. Gdańsk: Wydawnictwo UG.").authors());
        assertEquals(List.of(Name.of("Andersson", "K."), Name.of("Berg", "L.")),
                parse("Andersson, K. och Berg, L. (2018). Hamnar i Sverige. Stockholm: Natur & Kultur.").authors());
    }

    @Test
    void aReportsShortTitleInAnotherLanguageIsTheTitle() {
        Item hague = parse("CBS (2021). Havenoverslag 2020. Den Haag: Centraal Bureau voor de Statistiek. Geraadpleegd op "
                + "14 april 2021, van https://www.cbs.nl/havens");
        assertEquals(Optional.of("Havenoverslag 2020"), hague.title());
        assertEquals(Optional.of("Den Haag"), hague.get(Field.PUBLISHER_PLACE));
        assertEquals(Optional.of("Centraal Bureau voor de Statistiek"), hague.get(Field.PUBLISHER));
        assertEquals(Optional.of(new DateParts(2021, 4, 14)), hague.accessed());
        assertFalse(hague.get(Field.NOTE).isPresent(), "the access statement, its 'van' too, is the accessed date");
        assertEquals(Optional.of("Havenoverslag 2020"),
                parse("CBS (2021). Havenoverslag 2020. Amsterdam: Centraal Bureau voor de Statistiek.").title());
        // as the labeller read it: the title left out, its year a second date; the imprint as the title
        String text = "CBS (2021). Havenoverslag 2020. Den Haag: Centraal Bureau voor de Statistiek.";
        List<String> read = SpanLabels.labels(text, "author:CBS", "date:2021", "date:2020",
                "title:Den Haag: Centraal Bureau voor de Statistiek");
        Map<String, String> mended = fields(text, EuropeanLabels.reportTitleLeftOut(Tokenizer.tokenize(text), read));
        assertEquals("Havenoverslag 2020", mended.get("title"));
        assertEquals("Den Haag", mended.get("publisher-place"));
        assertEquals("Centraal Bureau voor de Statistiek", mended.get("publisher"));
        // a title read as such, before an imprint the labeller read, stays
        String book = "Bakker, P. (2015). De haven van Rotterdam. Amsterdam: Boom.";
        List<String> bookRead = SpanLabels.labels(book, "author:Bakker, P", "date:2015", "title:De haven van Rotterdam",
                "publisher-place:Amsterdam", "publisher:Boom");
        assertEquals(bookRead, EuropeanLabels.reportTitleLeftOut(Tokenizer.tokenize(book), bookRead));
    }

    @Test
    void citationsOfAnAgencyByTheStartOfItsNameAndOfAPolishNameDeclined() {
        String text = """
                I porti italiani

                Marco Rossi
                Università di Genova

                Introduzione
                La riforma (Ministero delle Infrastrutture 2017) e, według Wiśniewskiego (2018, s. 15), i porti polacchi.

                Bibliografia
                Ministero delle Infrastrutture e dei Trasporti (2017). Piano strategico nazionale della portualità. Roma.
                Wiśniewski, P. (2018). Przeładunki w portach Bałtyku. Przegląd Komunikacyjny, nr 5, s. 10-20.
                """;
        Map<String, List<Integer>> links = links(Citekit.create().processText("porti.txt", text));
        assertEquals(List.of(0), links.get("(Ministero delle Infrastrutture 2017)"));
        assertEquals(List.of(1), links.get("Wiśniewskiego (2018, s. 15)"));
        assertTrue(CitationLinker.declinedIn("nowak", java.util.Set.of("nowaka")));
        assertTrue(CitationLinker.declinedIn("wiśniewska", java.util.Set.of("wiśniewskiej")));
        assertFalse(CitationLinker.declinedIn("smith", java.util.Set.of("smiths")));
    }

    @Test
    void gostPagesOfASiteAndDocumentsReadInALegalDatabase() {
        Item page = parse("Грузооборот морских портов России за 2021 год // Росморречфлот : офиц. сайт. URL: "
                + "http://www.morflot.gov.ru/news/2022 (дата обращения: 15.01.2022).");
        assertEquals(ItemType.WEBPAGE, page.type(), "a page of an official site");
        assertEquals(Optional.of(new DateParts(2022, 1, 15)), page.accessed());
        Item decree = parse("Стратегия развития морской портовой инфраструктуры России до 2030 года : утв. распоряжением "
                + "Правительства РФ от 28.09.2012 [Электронный ресурс]. Доступ из справ.-правовой системы «КонсультантПлюс».");
        assertTrue(decree.title().orElseThrow().endsWith("от 28.09.2012"), decree.title().orElseThrow());
        assertEquals(Optional.of("Доступ из справ.-правовой системы «КонсультантПлюс»"), decree.get(Field.NOTE));

        // as the labeller read it: the title up to the day, the rest left out
        String text = "Стратегия развития портов : утв. распоряжением Правительства РФ от 28.09.2012 [Электронный ресурс]. "
                + "Доступ из справ.-правовой системы «КонсультантПлюс».";
        List<String> read = SpanLabels.labels(text, "title:Стратегия развития портов : утв. распоряжением Правительства РФ от 28");
        List<String> mended = EuropeanLabels.gostAccessNoteLeftOut(Tokenizer.tokenize(text),
                NumberLabels.titlesDateCutAfterItsDay(Tokenizer.tokenize(text), read));
        assertTrue(SpanLabels.words(text, mended, "title").endsWith("от 28 . 09 . 2012"));
        assertEquals("Доступ из справ . - правовой системы « КонсультантПлюс »", SpanLabels.words(text, mended, "note"));
        // "Режим доступа:" before a link only leads to it
        String linked = "Порты. Режим доступа: http://example.ru/ports.";
        List<String> linkedRead = SpanLabels.labels(linked, "title:Порты", "URL:http://example.ru/ports");
        assertEquals(linkedRead, EuropeanLabels.gostAccessNoteLeftOut(Tokenizer.tokenize(linked), linkedRead));
    }

    @Test
    void anArticlesLanguageAmongTheOnesItsReferencesAreReadIn() {
        assertEquals(Optional.of("es"), Languages.detect("El artículo estudia la reforma portuaria y los puertos del Estado, "
                + "por el tráfico de las mercancías entre los puertos más grandes."));
        assertEquals(Optional.of("it"), Languages.detect("L'articolo analizza la riforma dei porti e il ruolo della logistica "
                + "nel sistema degli scali che sono stati riformati per il mercato."));
        assertEquals(Optional.of("pt"), Languages.detect("Este artigo analisa os portos do Brasil e o papel dos terminais com "
                + "foco em uma logística que não para de crescer pelo país."));
        assertEquals(Optional.of("nl"), Languages.detect("Dit artikel bespreekt het belang van de havens voor een economie "
                + "die met de overslag ook zijn groei niet verliest."));
        assertEquals(Optional.of("pl"), Languages.detect("Artykuł omawia rozwój portów w Polsce oraz ich znaczenie dla "
                + "gospodarki, która się zmienia i nie jest stabilna."));
        assertEquals(Optional.of("en"), Languages.detect("This article examines the ports of the Channel and the effect of "
                + "the new rules on trade that is carried by sea."));
        assertEquals(Optional.empty(), Languages.detect("Porty w Polsce"), "a few words tell no language");
    }

    @Test
    void notesInFrenchAndSpanishWithTheirSignalsAndRepeats() {
        String text = """
                La mer et l'État

                Pierre Lambert
                Université de Nantes

                Introduction
                Les ports ont été négligés.1 Braudel en a fait un objet central.2 La question reste ouverte.3 Le tableau change.4 Cette thèse a été discutée.5 Ivins le note.6

                Notes
                1 Voir Fernand Braudel, La Méditerranée et le monde méditerranéen à l'époque de Philippe II, Paris, Armand Colin, 1949, p. 45.
                2 Ibid., p. 52.
                3 Cf. Jean Meyer, « L'État et la mer », Revue historique, n° 612, 1999, p. 103-120.
                4 F. Braudel, op. cit., p. 60.
                5 J. Meyer, art. cit., p. 110.
                6 Véase José Vicens Vives, Historia económica de España, Barcelona, Teide, 1959, p. 45.
                """;
        var bib = Citekit.create().processText("notes.txt", text);
        Map<String, List<Integer>> links = links(bib);
        List<Item> works = bib.items().stream().filter(i -> i.sources().stream().anyMatch(s -> s.kind() == io.github.citekit.model.SourceKind.REFERENCE)).toList();
        Item braudel = works.stream().filter(i -> i.authors().equals(List.of(Name.of("Braudel", "Fernand")))).findFirst().orElseThrow();
        assertEquals(Optional.of("La Méditerranée et le monde méditerranéen à l'époque de Philippe II"), braudel.title());
        assertFalse(braudel.get(Field.PAGE).isPresent(), "p. 45 of a whole book is the page cited");
        assertEquals(3, braudel.sources().size(), "notes 1, 2 (Ibid.) and 4 (op. cit.) cite it");
        Item meyer = works.stream().filter(i -> i.authors().equals(List.of(Name.of("Meyer", "Jean")))).findFirst().orElseThrow();
        assertEquals(2, meyer.sources().size(), "note 5's 'art. cit.' cites note 3's article");
        assertEquals(Optional.of("103-120"), meyer.get(Field.PAGE));
        Item vicens = works.stream().filter(i -> i.title().equals(Optional.of("Historia económica de España"))).findFirst().orElseThrow();
        // "Véase" ("see") is no part of the name (a Spanish double surname is read as the last word, "Vives")
        assertEquals(List.of(Name.of("Vives", "José Vicens")), vicens.authors());
        assertEquals(3, works.size());
    }

    @Test
    void aNameThatStartsLikeARepeatIsNoRepeat() {
        String text = """
                Ports

                Ada Okafor
                University of Lagos

                Introduction
                Ports matter.1 They grow.2

                Notes
                1 Okafor, A. (2010). Lagos ports. Lagos: Harbour Press.
                2 Ibidapo-Obe, O. (2012). Ports of the Bight. Lagos: Tide Press.
                """;
        var bib = Citekit.create().processText("notes.txt", text);
        assertTrue(bib.items().stream().anyMatch(i -> i.title().equals(Optional.of("Ports of the Bight"))),
                "'Ibidapo-Obe' opens a new work, no 'Ibid.'");
    }

    @Test
    void nationalActsWithTheirNumberDateAndOfficialJournal() {
        Item loi = parse("Loi n° 2022-217 du 21 février 2022 relative à la différenciation, la décentralisation et la "
                + "déconcentration. Journal officiel, 22 février 2022.");
        assertEquals(ItemType.LEGISLATION, loi.type());
        assertEquals(Optional.of("Loi n° 2022-217 du 21 février 2022 relative à la différenciation, la décentralisation et la "
                + "déconcentration"), loi.title());
        assertEquals(Optional.of("2022-217"), loi.get(Field.NUMBER));
        assertEquals(Optional.of(new DateParts(2022, 2, 21)), loi.issued());
        assertEquals(Optional.of("Journal officiel"), loi.get(Field.CONTAINER_TITLE));
        Item gesetz = parse("Hafengesetz vom 12. März 2005 (BGBl. I S. 742).");
        assertEquals(Optional.of("Hafengesetz vom 12. März 2005"), gesetz.title());
        assertEquals(Optional.of("BGBl. I"), gesetz.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("742"), gesetz.get(Field.PAGE));
        Item ley = parse("Ley 33/2010, de 5 de agosto, de modificación de la Ley 48/2003 de régimen económico de los puertos. "
                + "BOE núm. 191, de 7 de agosto de 2010.");
        assertEquals(Optional.of(new DateParts(2010, 8, 5)), ley.issued(), "the year from the act's number");
        assertEquals(Optional.of("33/2010"), ley.get(Field.NUMBER));
        assertEquals(Optional.of("191"), ley.get(Field.ISSUE));
        Item ustawa = parse("Ustawa z dnia 20 grudnia 1996 r. o portach i przystaniach morskich (Dz. U. z 1997 r. Nr 9, poz. 44).");
        assertEquals(Optional.of("Ustawa z dnia 20 grudnia 1996 r. o portach i przystaniach morskich"), ustawa.title());
        assertEquals(Optional.of("Dz. U."), ustawa.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("44"), ustawa.get(Field.SECTION));
        Item lei = parse("Lei nº 12.815, de 5 de junho de 2013. Dispõe sobre a exploração. Diário Oficial da União, Brasília, 6 jun. 2013.");
        assertEquals(Optional.of("Diário Oficial da União"), lei.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of(new DateParts(2013, 6, 5)), lei.issued());
        assertEquals(Optional.of(new DateParts(1994, 1, 28)), parse("Legge 28 gennaio 1994, n. 84, Riordino della legislazione in "
                + "materia portuale. Gazzetta Ufficiale n. 28 del 4 febbraio 1994.").issued());
        // a name that is an act's word is a person's where no act's title follows it
        Item wang = parse("Lei Wang (2010). Ports of China. Journal of Ports, 12 March 2010.");
        assertEquals(ItemType.ARTICLE_JOURNAL, wang.type());
        assertEquals(List.of(Name.of("Wang", "Lei")), wang.authors());
        assertTrue(NationalActs.read("Leyton, A. (2010). Port cities. London: Verso.").isEmpty());
        // Russia's and Ukraine's acts cited without GOST's "//", and acts dated in their title only
        Item ukaz = parse("Указ Президента РФ от 26.10.2020 № 645 «О Стратегии развития Арктической зоны».");
        assertEquals(ItemType.LEGISLATION, ukaz.type());
        assertEquals(Optional.of("Указ Президента РФ от 26.10.2020 № 645 «О Стратегии развития Арктической зоны»"), ukaz.title());
        assertEquals(Optional.of("645"), ukaz.get(Field.NUMBER));
        assertEquals(Optional.of(new DateParts(2020, 10, 26)), ukaz.issued());
        assertEquals(Optional.of("4709-VI"), parse("Закон України від 17.05.2012 № 4709-VI «Про морські порти України».")
                .get(Field.NUMBER));
        assertEquals(Optional.of(new DateParts(2012, 9, 28)), parse("Стратегия развития портов : утв. распоряжением Правительства "
                + "РФ от 28.09.2012 [Электронный ресурс]. Доступ из справ.-правовой системы «КонсультантПлюс».").issued());
        // a book's chapter whose title opens with the word for law is no act
        assertEquals(ItemType.CHAPTER, parse("Гусейнов А. А. Закон и поступок // Этическая мысль. Ежегодник. Вып. 2. — М. : ИФ "
                + "РАН, 2001. — С. 3—26.").type());
    }

    @Test
    void worksWithoutTheirYearInOtherLanguagesAndTheirCitations() {
        Item undated = parse("Müller, K. (o. J.): Hafenpolitik. Hamburg: Meiner.");
        assertEquals(Optional.of("Hafenpolitik"), undated.title(), "'(o. J.)' is German's '(n.d.)', not the title's start");
        assertFalse(undated.issued().isPresent());
        // as the labeller read it
        String text = "Müller, K. (o. J.): Hafenpolitik. Hamburg: Meiner.";
        List<String> read = SpanLabels.labels(text, "author:Müller, K", "title:J.): Hafenpolitik", "publisher-place:Hamburg",
                "publisher:Meiner");
        assertEquals("Hafenpolitik", fields(text, EuropeanLabels.undatedMark(Tokenizer.tokenize(text), read)).get("title"));
        String doc = """
                Häfen ohne Jahr

                Klaus Weber
                Universität Bremen

                Einleitung
                Das Hafenkonzept (Müller o. J.) und die Studie von García (s.f.) sind undatiert. Müller (2005) ist datiert.

                Literatur
                García, J. (s.f.). Puertos y ciudad. Recuperado de https://www.ejemplo.es/puertos
                Müller, K. (o. J.): Hafenpolitik. Hamburg: Meiner.
                Müller, K. (2005): Hafenpolitik im Wandel. Hamburg: Meiner.
                """;
        Map<String, List<Integer>> links = links(Citekit.create().processText("undatiert.txt", doc));
        assertEquals(List.of(1), links.get("(Müller o. J.)"));
        assertEquals(List.of(0), links.get("von García (s.f.)"));
        assertEquals(List.of(2), links.get("Müller (2005)"));
    }

    @Test
    void aBooksEditorsAfterItAndATranslatorsMark() {
        Item italian = parse("Rossi, M., I porti, in Storia dei porti, a cura di L. Bianchi, Bologna, Il Mulino, 2012, pp. 45-67.");
        assertEquals(ItemType.CHAPTER, italian.type());
        assertEquals(Optional.of("I porti"), italian.title());
        assertEquals(Optional.of("Storia dei porti"), italian.get(Field.CONTAINER_TITLE));
        assertEquals(List.of(Name.of("Bianchi", "L.")), italian.names(io.github.citekit.model.NameRole.EDITOR));
        Item spanish = parse("Pérez, L., «Los puertos», en Historia de los puertos, coord. por M. Sánchez, Madrid, Síntesis, 2010, pp. 45-67.");
        assertEquals(List.of(Name.of("Pérez", "L.")), spanish.authors(), "the editor is no second author");
        assertEquals(List.of(Name.of("Sánchez", "M.")), spanish.names(io.github.citekit.model.NameRole.EDITOR));
        assertEquals(Optional.of("Historia de los puertos"), spanish.get(Field.CONTAINER_TITLE));
        Item translated = parse("Schmidt, P.: Hafenpolitik. Übers. von J. Smith. Berlin: Springer 2010.");
        assertEquals(Optional.of("Hafenpolitik"), translated.title());
        assertEquals(List.of(Name.of("Smith", "J.")), translated.names(io.github.citekit.model.NameRole.TRANSLATOR));
        // as the labeller read the Spanish one: the mark in the title, the editor as an author
        String text = "Pérez, L., «Los puertos», en Historia de los puertos, coord. por M. Sánchez, Madrid, Síntesis, 2010.";
        List<String> read = SpanLabels.labels(text, "author:Pérez, L", "title:Los puertos», en Historia de los puertos, coord",
                "author:por M. Sánchez", "publisher-place:Madrid, Síntesis", "date:2010");
        Map<String, String> mended = fields(text, EuropeanLabels.editorsAfterTheirBook(Tokenizer.tokenize(text), read));
        assertEquals("M. Sánchez", mended.get("editor"));
        assertEquals("Historia de los puertos", mended.get("container-title"));
        assertEquals("Pérez, L", mended.get("author"));
    }

    @Test
    void aSignalBeforeANameInCapitalsAndANameThatLooksLikeASignal() {
        assertEquals(List.of(Name.of("Silva", "J.")), parse("Ver: SILVA, J. Portos do Brasil. São Paulo: Atlas, 2017.").authors());
        assertEquals(List.of(Name.of("Silva", "J.")), parse("Cf. SILVA, J. Portos do Brasil. São Paulo: Atlas, 2017.").authors());
        // a Dutch family name and a Vancouver one that open like a signal stay names
        assertEquals(List.of(Name.of("Ver Steeg", "G.")), parse("Ver Steeg, G. (2014). Discovering structure in "
                + "high-dimensional data. arXiv preprint arXiv:1406.1222.").authors());
        assertEquals(Name.of("See", "J. A."), parse("See JA, Smith B. Harbour silt. J Ports. 2010;3:1-5.").authors().get(0));
    }

    @Test
    void aBookAndANewspapersArticleNamedAfterItAreTwoWorks() {
        String text = """
                Porty

                Anna Nowak
                Uniwersytet Gdański

                Wstęp
                Zob. książkę (Kowalski 2019) i artykuł w prasie (Kowalski 2019).

                Bibliografia
                Kowalski, J. (2019). Porty w Polsce. Gdańsk: Wydawnictwo Uniwersytetu Gdańskiego.
                Kowalski, J. (2019). Porty w Polsce. Gazeta Wyborcza, 7 maja 2019, s. 5.
                """;
        var bib = Citekit.create().processText("porty.txt", text);
        List<Item> works = bib.items().stream().filter(i -> i.title().equals(Optional.of("Porty w Polsce"))).toList();
        assertEquals(2, works.size(), "one author's book and an article of the same title in a newspaper are not merged");
        assertEquals(java.util.Set.of(ItemType.BOOK, ItemType.ARTICLE_NEWSPAPER), works.stream().map(Item::type).collect(
                java.util.stream.Collectors.toSet()));
    }
}
