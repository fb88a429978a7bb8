package io.github.citekit.internal.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.github.citekit.internal.refs.SpanLabels.labels;
import static io.github.citekit.internal.refs.SpanLabels.words;

import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Journal names from JabRef's list, and the label rules that use them to find where a journal begins in
 * references that print no mark between the title and the journal.
 */
class JournalNamesTest {
    private static final ReferenceParser PARSER = ReferenceParser.shipped();

    @Test
    void namesMatchWrittenOutAbbreviatedAndSpacedAsPdfTextHasThem() {
        JournalNames names = JournalNames.shipped();
        for (String name : List.of("Marine Pollution Bulletin", "Mar. Pollut. Bull.", "Mar Pollut Bull", "Mar .Pollut .Bull",
                "N Engl J Med", "Physics of Atomic Nuclei", "Science")) {
            List<Token> tokens = Tokenizer.tokenize(name);
            assertTrue(names.isName(tokens, 0, lastWord(tokens)), name);
        }
        for (String notName : List.of("Marine Pollution", "Pollution Bulletin", "Harbour dredging", "Norway Mar Pollut Bull")) {
            List<Token> tokens = Tokenizer.tokenize(notName);
            assertFalse(names.isName(tokens, 0, lastWord(tokens)), notName);
        }
    }

    private static int lastWord(List<Token> tokens) {
        int i = tokens.size() - 1;
        while (!Character.isLetterOrDigit(tokens.get(i).text().codePointAt(0))) {
            i--;
        }
        return i;
    }

    @Test
    void aJournalEndingTheTitleBeforeTheVolumeIsTheContainer() {
        String text = "Lind K, Berg M. Harbour dredging and the decline of eelgrass meadows Mar Pollut Bull 2004; 48:1021-1029.";
        List<String> read = labels(text, "author:Lind K, Berg M", "title:Harbour dredging and the decline of eelgrass meadows Mar Pollut Bull",
                "date:2004", "volume:48", "page:1021-1029");
        List<String> fixed = HostLabels.journalNamedAtTitleEnd(Tokenizer.tokenize(text), read);
        assertEquals("Harbour dredging and the decline of eelgrass meadows", words(text, fixed, "title"));
        assertEquals("Mar Pollut Bull", words(text, fixed, "container-title"));
        // a one-word journal only where a capital breaks the title's sentence
        String one = "Berg SR, Lind PG. The prevalence of asthma in adult harbour workers QJM 2001; 94:311-317.";
        List<String> oneRead = labels(one, "author:Berg SR, Lind PG", "title:The prevalence of asthma in adult harbour workers QJM",
                "date:2001", "volume:94", "page:311-317");
        assertEquals("QJM", words(one, HostLabels.journalNamedAtTitleEnd(Tokenizer.tokenize(one), oneRead), "container-title"));
        String philosophy = "Smith J. Essays on the philosophy of Science 2004; 48:1-9.";
        List<String> philosophyRead = labels(philosophy, "author:Smith J", "title:Essays on the philosophy of Science", "date:2004",
                "volume:48", "page:1-9");
        assertEquals(philosophyRead, HostLabels.journalNamedAtTitleEnd(Tokenizer.tokenize(philosophy), philosophyRead),
                "after \"of\" the capital is the title's");
        String book = "Smith J. Studies of eelgrass meadows Mar Pollut Bull. Oslo: Fiskeri, 2004.";
        List<String> bookRead = labels(book, "author:Smith J", "title:Studies of eelgrass meadows Mar Pollut Bull", "publisher-place:Oslo",
                "publisher:Fiskeri", "date:2004");
        assertEquals(bookRead, HostLabels.journalNamedAtTitleEnd(Tokenizer.tokenize(book), bookRead),
                "no date, volume or pages right after the title: not a journal's place");
    }

    @Test
    void theTitlesLastWordsReadIntoTheJournalGoBackAndTheJournalsFirstWordsToo() {
        String text = "Chen D, Low D. Resistance of pneumococci to fluoroquinolones in Canada N Engl J Med 1999; 341:233-239.";
        List<String> read = labels(text, "author:Chen D, Low D", "title:Resistance of pneumococci to fluoroquinolones in",
                "container-title:Canada N Engl J Med", "date:1999", "volume:341", "page:233-239");
        List<String> fixed = HostLabels.titleEndReadIntoJournal(Tokenizer.tokenize(text), read);
        assertEquals("Resistance of pneumococci to fluoroquinolones in Canada", words(text, fixed, "title"));
        assertEquals("N Engl J Med", words(text, fixed, "container-title"));
        String cue = "Olsen F, Berg W. A model of port authorization, to appear in ACM Transactions on Database Systems.";
        List<String> cueRead = labels(cue, "author:Olsen F, Berg W", "title:A model of port authorization",
                "container-title:to appear in ACM Transactions on Database Systems");
        assertEquals(cueRead, HostLabels.titleEndReadIntoJournal(Tokenizer.tokenize(cue), cueRead), "\"to appear in\" is no title's end");
        String sentence = "Srinivas P. Medical admissions in University Hospital, Kuala Lumpur. Med J Malaysia 1996; 51:210-214.";
        List<String> sentenceRead = labels(sentence, "author:Srinivas P", "title:Medical admissions in University Hospital",
                "container-title:Kuala Lumpur. Med J Malaysia", "date:1996", "volume:51", "page:210-214");
        List<String> sentenceFixed = HostLabels.titleEndReadIntoJournal(Tokenizer.tokenize(sentence), sentenceRead);
        assertEquals("Medical admissions in University Hospital , Kuala Lumpur", words(sentence, sentenceFixed, "title"));
        assertEquals("Med J Malaysia", words(sentence, sentenceFixed, "container-title"));
        String abbreviated = "MacDonald R. A review of Cernilton for prostatic hyperplasia Br J Urol Int 2000; 85:836-841.";
        List<String> abbreviatedRead = labels(abbreviated, "author:MacDonald R", "title:A review of Cernilton for prostatic hyperplasia",
                "container-title:Br J Urol Int", "date:2000", "volume:85", "page:836-841");
        assertEquals(abbreviatedRead, HostLabels.titleEndReadIntoJournal(Tokenizer.tokenize(abbreviated), abbreviatedRead),
                "\"Br J\" opens an abbreviated journal whose last words are another's name");
        String start = "Olsen JA. Sediment toxicity in harbour workers Cancer Metastasis Rev 1999; 18:21-39.";
        List<String> startRead = labels(start, "author:Olsen JA", "title:Sediment toxicity in harbour workers Cancer",
                "container-title:Metastasis Rev", "date:1999", "volume:18", "page:21-39");
        List<String> startFixed = HostLabels.titleEndReadIntoJournal(Tokenizer.tokenize(start), startRead);
        assertEquals("Sediment toxicity in harbour workers", words(start, startFixed, "title"));
        assertEquals("Cancer Metastasis Rev", words(start, startFixed, "container-title"));
    }

    @Test
    void aJournalCitedWithoutTheArticlesTitleAndCjkTitlesInWesternPunctuation() {
        String physics = "A. Smith, Physics of Atomic Nuclei 69, 1914 (2006).";
        List<String> read = labels(physics, "author:A. Smith", "title:Physics of Atomic Nuclei", "volume:69", "page:1914", "date:2006");
        assertEquals("Physics of Atomic Nuclei", words(physics, HostLabels.journalReadAsTitle(Tokenizer.tokenize(physics), read),
                "container-title"));
        String book = "A. Smith, Physics of Atomic Nuclei, Springer, 2006.";
        List<String> bookRead = labels(book, "author:A. Smith", "title:Physics of Atomic Nuclei", "publisher:Springer", "date:2006");
        assertEquals(bookRead, HostLabels.journalReadAsTitle(Tokenizer.tokenize(book), bookRead), "a book of that name");
        String cjk = "王丽, 李明. 港口规划研究. 中国港口. 2012;10(4):92-93.";
        List<String> cjkRead = labels(cjk, "author:王丽, 李明", "title:港口规划研究. 中国港口", "date:2012", "volume:10", "issue:4",
                "page:92-93");
        List<String> cjkFixed = CjkRules.journalAfterFullStopInCjkTitle(Tokenizer.tokenize(cjk), cjkRead);
        assertEquals("港口规划研究", words(cjk, cjkFixed, "title"));
        assertEquals("中国港口", words(cjk, cjkFixed, "container-title"));
        String comma = "王丽, 2012, 港口规划研究, 中国港口 25-2, 港口学会.";
        List<String> commaRead = labels(comma, "author:王丽", "date:2012", "title:港口规划研究, 中国港口 25-2, 港口学会");
        List<String> commaFixed = CjkRules.journalAfterFullStopInCjkTitle(Tokenizer.tokenize(comma), commaRead);
        assertEquals("港口规划研究", words(comma, commaFixed, "title"));
        assertEquals("中国港口", words(comma, commaFixed, "container-title"), "the journal ends before its volume");
        java.util.Map<String, String> names = new java.util.HashMap<>(java.util.Map.of("author", "张毅, 孙洪坤, 城市港口规划研究, 中国港口"));
        CjkRules.cjkTitleReadAsAuthor(names);
        assertEquals("张毅, 孙洪坤", names.get("author"));
        assertEquals("城市港口规划研究", names.get("title"));
        assertEquals("中国港口", names.get("container-title"));
        java.util.Map<String, String> people = new java.util.HashMap<>(java.util.Map.of("author", "张毅, 孙洪坤, 王丽"));
        CjkRules.cjkTitleReadAsAuthor(people);
        assertEquals("张毅, 孙洪坤, 王丽", people.get("author"), "names are short");
    }

    @Test
    void aContainerWithNoTitleIsPartedAtAJournalsNameOrIsABooksTitleBeforeItsImprint() {
        String lind = "Lind, Karl, Harbour Dredging and Eelgrass, Marine Pollution Bulletin 59, pp 433–460 (2004)";
        List<String> read = labels(lind, "author:Lind, Karl", "container-title:Harbour Dredging and Eelgrass, Marine Pollution Bulletin",
                "volume:59", "page:433–460", "date:2004");
        List<String> fixed = HostLabels.titleReadIntoJournal(Tokenizer.tokenize(lind), read);
        assertEquals("Harbour Dredging and Eelgrass", words(lind, fixed, "title"));
        assertEquals("Marine Pollution Bulletin", words(lind, fixed, "container-title"));
        String growth = "K. Akahane, J. Cryst. Growth 245 (2002), pp. 31-36.";
        List<String> growthRead = labels(growth, "author:K. Akahane", "container-title:J. Cryst. Growth", "volume:245", "date:2002",
                "page:31-36");
        assertEquals(growthRead, HostLabels.titleReadIntoJournal(Tokenizer.tokenize(growth), growthRead),
                "a journal's whole abbreviated name is not parted at its last word");
        String book = "INSEE, 2009, Le commerce en France, Paris, INSEE.";
        List<String> bookRead = labels(book, "author:INSEE", "date:2009", "container-title:Le commerce en France",
                "publisher-place:Paris", "publisher:INSEE");
        assertEquals("Le commerce en France", words(book, HostLabels.titleReadAsContainer(Tokenizer.tokenize(book), bookRead), "title"));
        String workshop = "Smith, J., 2009, Workshop on Port Logistics, Paris, INRIA.";
        List<String> workshopRead = labels(workshop, "author:Smith, J.", "date:2009", "container-title:Workshop on Port Logistics",
                "publisher-place:Paris", "publisher:INRIA");
        assertEquals(workshopRead, HostLabels.titleReadAsContainer(Tokenizer.tokenize(workshop), workshopRead),
                "a workshop's name stays the container");
    }

    @Test
    void aJournalsFirstWordReadAsTheLastAuthorsGoesBackToTheJournal() {
        String text = "Lind K.A. and Berg M.J. Limnol. Oceanogr. 44, 1999, P. 101-118.";
        List<String> read = labels(text, "author:Lind K.A. and Berg M.J. Limnol", "container-title:Oceanogr", "volume:44",
                "date:1999", "page:101-118");
        List<String> fixed = NameLabels.journalStartReadAsAuthor(Tokenizer.tokenize(text), read);
        assertEquals("Lind K . A . and Berg M . J .", words(text, fixed, "author"));
        assertEquals("Limnol . Oceanogr", words(text, fixed, "container-title"));
        String whole = "Smith J. Nature 31, 1986, 657.";
        List<String> wholeRead = labels(whole, "author:Smith J", "container-title:Nature", "volume:31", "date:1986", "page:657");
        assertEquals(wholeRead, NameLabels.journalStartReadAsAuthor(Tokenizer.tokenize(whole), wholeRead),
                "an author's name before a journal named whole stays the author's");
    }

    @Test
    void aJournalsSeriesNumberIsTheJournalsWhenTheVolumeFollowsIt() {
        String text = "Cardot, J. 1909. Mousses du Japon. Bulletin de la Société Botanique de Genève, ser. 2, 1(3):120-132.";
        List<String> read = labels(text, "author:Cardot, J.", "date:1909", "title:Mousses du Japon",
                "container-title:Bulletin de la Société Botanique de Genève, ser", "volume:2", "issue:3", "page:120-132");
        List<String> fixed = NumberLabels.seriesNumberReadAsVolume(Tokenizer.tokenize(text), read);
        assertEquals("Bulletin de la Société Botanique de Genève , ser . 2", words(text, fixed, "container-title"));
        assertEquals("1", words(text, fixed, "volume"));
        String alone = "Smith, J. 1996, in Astronomical Data Analysis, ASP Conf. Ser. 101, 17.";
        List<String> aloneRead = labels(alone, "author:Smith, J.", "date:1996", "container-title:Astronomical Data Analysis, ASP Conf. Ser",
                "volume:101", "page:17");
        assertEquals(aloneRead, NumberLabels.seriesNumberReadAsVolume(Tokenizer.tokenize(alone), aloneRead),
                "no volume after the series' number: it is the volume");
    }

    @Test
    void aJournalReadIntoTheAuthorsOfAShortCitationIsTheJournal() {
        String text = "Berg and Olsen, Brain Pathol. (2011) 21(2): 101-109.";
        List<String> read = labels(text, "author:Berg and Olsen, Brain Pathol", "date:2011", "volume:21", "issue:2", "page:101-109");
        List<String> fixed = NameLabels.journalReadIntoAuthors(Tokenizer.tokenize(text), read);
        assertEquals("Berg and Olsen", words(text, fixed, "author"));
        assertEquals("Brain Pathol", words(text, fixed, "container-title"));
        String initials = "Smith, J. Phys. 13 (2003) 52-61.";
        List<String> initialsRead = labels(initials, "author:Smith, J. Phys", "volume:13", "date:2003", "page:52-61");
        assertEquals(initialsRead, NameLabels.journalReadIntoAuthors(Tokenizer.tokenize(initials), initialsRead),
                "an initial is no journal's first word");
    }

    @Test
    void aProceedingsAcronymInBracketsStaysWhole() {
        String text = "Renals, S. (1989). Phoneme classification. In Proceedings of the Joint Conference on Neural Networks (IJCNN89), Vol. 1, 461-467.";
        List<String> read = labels(text, "author:Renals, S.", "date:1989", "title:Phoneme classification",
                "container-title:Proceedings of the Joint Conference on Neural Networks (IJCNN", "volume:89", "page:461-467");
        List<String> fixed = HostLabels.bracketLeftOpenInContainer(Tokenizer.tokenize(text), read);
        assertEquals("Proceedings of the Joint Conference on Neural Networks ( IJCNN 89 )", words(text, fixed, "container-title"));
        String editors = "Smith, J. Fields. In Markov Random Fields (R. Chellappa and A. Jain, eds.), Academic Press, 1993.";
        List<String> editorsRead = labels(editors, "author:Smith, J.", "title:Fields", "container-title:Markov Random Fields (R",
                "editor:Chellappa and A. Jain", "publisher:Academic Press", "date:1993");
        assertEquals(editorsRead, HostLabels.bracketLeftOpenInContainer(Tokenizer.tokenize(editors), editorsRead),
                "editors in brackets are no acronym's");
    }

    @Test
    void aListedJournalReadAsThePublisherIsTheContainer() {
        java.util.Map<String, String> magazine = new java.util.HashMap<>(java.util.Map.of("title", "Knowledge based program analysis",
                "publisher", "IEEE Software"));
        ImprintFields.journalReadAsPublisher(magazine);
        assertEquals("IEEE Software", magazine.get("container-title"));
        assertEquals(null, magazine.get("publisher"));
        java.util.Map<String, String> press = new java.util.HashMap<>(java.util.Map.of("title", "Port governance",
                "publisher", "MIT Press"));
        ImprintFields.journalReadAsPublisher(press);
        assertEquals("MIT Press", press.get("publisher"), "a press is no journal");
        java.util.Map<String, String> head = new java.util.HashMap<>(java.util.Map.of("author", "Leukemia", "date", "2009",
                "volume", "23", "page", "1587-1597"));
        NameFields.journalReadAsAuthor(head);
        assertEquals("Leukemia", head.get("container-title"), "a journal's page head: \"Leukemia (2009) 23, 1587-1597\"");
        assertEquals(null, head.get("author"));
        java.util.Map<String, String> named = new java.util.HashMap<>(java.util.Map.of("author", "Leukemia", "title", "Annual report",
                "volume", "23"));
        NameFields.journalReadAsAuthor(named);
        assertEquals("Leukemia", named.get("author"), "with a title, the name is its author's");
        java.util.Map<String, String> placed = new java.util.HashMap<>(java.util.Map.of("title", "Soil survey",
                "publisher", "Science", "publisher-place", "Washington"));
        ImprintFields.journalReadAsPublisher(placed);
        assertEquals("Science", placed.get("publisher"), "a publisher with its place stays one");
    }

    @Test
    void theShippedParserFindsTheJournalInVancouverWithoutAMark() {
        for (String[] entry : List.of(
                new String[] {"Lind K, Berg M. Harbour dredging and the decline of eelgrass meadows Mar Pollut Bull (2004) 48:1021-1029.",
                    "Harbour dredging and the decline of eelgrass meadows", "Mar Pollut Bull"},
                new String[] {"Lind K, Berg M. Harbour dredging and the decline of eelgrass meadows Marine Pollution Bulletin 2004; 48:1021-1029.",
                    "Harbour dredging and the decline of eelgrass meadows", "Marine Pollution Bulletin"},
                new String[] {"王丽, 李明. 港口规划研究. 中国港口. 2012;10(4):92-93.", "港口规划研究", "中国港口"})) {
            Item item = PARSER.toItem(PARSER.parse(entry[0]), Source.reference("t.txt", 0, entry[0]));
            assertEquals(Optional.of(entry[1]), item.title(), entry[0]);
            assertEquals(Optional.of(entry[2]), item.get(Field.CONTAINER_TITLE), entry[0]);
        }
    }

    @Test
    void aContainerWithNoTitleEndingInAListedJournalWithNoMarkBeforeItHoldsTheTitle() {
        String text = "Osei K, Farrow P. Silt transport in tidal harbours Science 2004; 301:55-59.";
        List<String> read = labels(text, "author:Osei K, Farrow P", "container-title:Silt transport in tidal harbours Science",
                "date:2004", "volume:301", "page:55-59");
        List<String> fixed = HostLabels.titleReadIntoJournal(Tokenizer.tokenize(text), read);
        assertEquals("Silt transport in tidal harbours", words(text, fixed, "title"));
        assertEquals("Science", words(text, fixed, "container-title"));
        String named = "Osei K. Proceedings of the Royal Society of London Science 2004; 301:55-59.";
        List<String> namedRead = labels(named, "author:Osei K", "container-title:Proceedings of the Royal Society of London Science",
                "date:2004", "volume:301", "page:55-59");
        assertEquals(namedRead, HostLabels.titleReadIntoJournal(Tokenizer.tokenize(named), namedRead),
                "no title's words before it: all one name");
    }

    @Test
    void aJournalsAbbreviatedFirstWordsReadIntoTheTitleEvenWhereTheRestIsAJournalToo() {
        String text = "Osei K 2004 Silt transport in tidal harbours Int. J. Mod. Phys. B 18 3693-702";
        List<String> read = labels(text, "author:Osei K", "date:2004", "title:Silt transport in tidal harbours Int",
                "container-title:J. Mod. Phys. B", "volume:18", "page:3693-702");
        List<String> fixed = HostLabels.titleEndReadIntoJournal(Tokenizer.tokenize(text), read);
        assertEquals("Silt transport in tidal harbours", words(text, fixed, "title"));
        assertEquals("Int . J . Mod . Phys . B", words(text, fixed, "container-title"));
        String plain = "Osei K. Silt in the harbours of Bulgaria Cancer Res 2004; 18:3693-702.";
        List<String> plainRead = labels(plain, "author:Osei K", "title:Silt in the harbours of Bulgaria", "container-title:Cancer Res",
                "date:2004", "volume:18", "page:3693-702");
        assertEquals(plainRead, HostLabels.titleEndReadIntoJournal(Tokenizer.tokenize(plain), plainRead),
                "a full word before a journal's name stays the title's");
    }
}
