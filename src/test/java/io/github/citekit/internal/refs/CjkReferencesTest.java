package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.SpanLabels.labels;
import static io.github.citekit.internal.refs.SpanLabels.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The label rules for Chinese, Japanese and Korean journal references printed in Western punctuation: where the
 * title ends and the journal begins, the marks that name a volume or an issue, and the journal's issuing body.
 * The references are composed in the forms such lists print.
 */
class CjkReferencesTest {

    @Test
    void aJournalSpanWithNoTitleBeforeItIsPartedAtItsLastFullStopOrComma() {
        String comma = "佐藤健, 2015, 港湾都市の形成と変容, 地理学評論 88, 12-30.";
        List<String> read = labels(comma, "author:佐藤健", "date:2015", "container-title:港湾都市の形成と変容, 地理学評論",
                "volume:88", "page:12-30");
        List<String> fixed = CjkRules.titleBeforeFullStopInCjkJournal(Tokenizer.tokenize(comma), read);
        assertEquals("港湾都市の形成と変容", words(comma, fixed, "title"));
        assertEquals("地理学評論", words(comma, fixed, "container-title"));
        assertEquals(",", Tokenizer.tokenize(comma).get(fixed.indexOf("container-title") - 1).text());
        assertEquals("O", fixed.get(fixed.indexOf("container-title") - 1), "the mark between them is neither's");

        String stop = "李华. 港口城市的空间结构. 城市规划学刊, 2018, 5: 33-40.";
        List<String> stopRead = labels(stop, "author:李华", "container-title:港口城市的空间结构. 城市规划学刊", "date:2018",
                "volume:5", "page:33-40");
        List<String> stopFixed = CjkRules.titleBeforeFullStopInCjkJournal(Tokenizer.tokenize(stop), stopRead);
        assertEquals("港口城市的空间结构", words(stop, stopFixed, "title"));
        assertEquals("城市规划学刊", words(stop, stopFixed, "container-title"));

        String titled = "李华. 港口城市. 城市规划学刊, 港口, 2018.";
        List<String> titledRead = labels(titled, "author:李华", "title:港口城市", "container-title:城市规划学刊, 港口", "date:2018");
        assertEquals(titledRead, CjkRules.titleBeforeFullStopInCjkJournal(Tokenizer.tokenize(titled), titledRead),
                "a title is already read");
        String latin = "Smith, J. Harbour towns, Urban Studies 12, 2015.";
        List<String> latinRead = labels(latin, "author:Smith, J.", "container-title:Harbour towns, Urban Studies", "volume:12",
                "date:2015");
        assertEquals(latinRead, CjkRules.titleBeforeFullStopInCjkJournal(Tokenizer.tokenize(latin), latinRead),
                "Latin journals are for the journal-name rules");
    }

    @Test
    void aTitleLeftUnlabelledBeforeTheJournalIsTheTitle() {
        String text = "정수진, 2012, 신라 토기의 편년, 고고학연구 제7권 제3호.";
        List<String> read = labels(text, "author:정수진", "date:2012", "container-title:고고학연구", "volume:7", "issue:3");
        List<String> fixed = CjkRules.cjkTitleLeftOut(Tokenizer.tokenize(text), read);
        assertEquals("신라 토기의 편년", words(text, fixed, "title"));
        assertEquals("O", fixed.get(fixed.indexOf("container-title") - 1), "the comma before the journal");
        List<String> authorRead = labels(text, "author:정수진, 2012, 신라 토기의 편년", "container-title:고고학연구", "volume:7",
                "issue:3");
        assertEquals(authorRead, CjkRules.cjkTitleLeftOut(Tokenizer.tokenize(text), authorRead),
                "words read as another field stay in it");
    }

    @Test
    void aNumberMarkedAsAVolumeOrAnIssueIsThatField() {
        String korean = "이민수, '항만 물류의 변화', 해운물류연구 제31권 제4호, 2015.";
        List<String> read = labels(korean, "author:이민수", "title:항만 물류의 변화", "container-title:해운물류연구", "volume:31",
                "volume:4", "date:2015");
        List<String> fixed = CjkRules.cjkVolumeAndIssueMarks(Tokenizer.tokenize(korean), read);
        assertEquals("31", words(korean, fixed, "volume"));
        assertEquals("4", words(korean, fixed, "issue"));

        String joined = "정수진, 2012, 신라 토기의 편년, 고고학연구7-3호.";
        List<String> joinedRead = labels(joined, "author:정수진", "date:2012", "title:신라 토기의 편년", "issue:7-3");
        List<String> joinedFixed = CjkRules.cjkVolumeAndIssueMarks(Tokenizer.tokenize(joined), joinedRead);
        assertEquals("7", words(joined, joinedFixed, "volume"));
        assertEquals("3", words(joined, joinedFixed, "issue"));
        assertEquals("고고학연구", words(joined, joinedFixed, "container-title"), "the journal left unlabelled before them");

        String japanese = "山田太郎 (2016), '賃金制度の実務', 労働事情 2031号 (労働出版, 2016).";
        List<String> japaneseRead = labels(japanese, "author:山田太郎", "date:2016", "title:賃金制度の実務", "date:2016");
        List<String> japaneseFixed = CjkRules.cjkVolumeAndIssueMarks(Tokenizer.tokenize(japanese), japaneseRead);
        assertEquals("2031", words(japanese, japaneseFixed, "issue"));
        assertEquals("労働事情", words(japanese, japaneseFixed, "container-title"));

        String dated = "김하나, '해양 정책', 주간해양, 제1544호 2014.";
        List<String> datedRead = labels(dated, "author:김하나", "title:해양 정책", "container-title:주간해양", "date:1544호 2014");
        List<String> datedFixed = CjkRules.cjkVolumeAndIssueMarks(Tokenizer.tokenize(dated), datedRead);
        assertEquals("1544", words(dated, datedFixed, "issue"));
        assertEquals("2014", words(dated, datedFixed, "date"), "neither the number nor its mark is the date's");

        String chinese = "王丽. 港口规划. 中国港口, 2012, 第3期: 11-14.";
        List<String> chineseRead = labels(chinese, "author:王丽", "title:港口规划", "container-title:中国港口", "date:2012",
                "volume:3", "page:11-14");
        assertEquals(chineseRead, CjkRules.cjkVolumeAndIssueMarks(Tokenizer.tokenize(chinese), chineseRead),
                "期 is left as the labeller read it");
        String pages = "王丽. 港口规划. 中国港口, 2012, 3: 11-14页.";
        List<String> pagesRead = labels(pages, "author:王丽", "title:港口规划", "container-title:中国港口", "date:2012",
                "volume:3", "page:11-14");
        assertEquals(pagesRead, CjkRules.cjkVolumeAndIssueMarks(Tokenizer.tokenize(pages), pagesRead));
    }

    @Test
    void aJournalsSocietyOrInstituteIsTheInstitutionAndAPublishingHouseIsNot() {
        String after = "박지훈, 2010, 해양 교통의 안전, 해양안전연구 12-3, 한국해양안전학회.";
        List<String> read = labels(after, "author:박지훈", "date:2010", "title:해양 교통의 안전", "container-title:해양안전연구",
                "volume:12", "issue:3");
        List<String> fixed = CjkRules.cjkIssuingBody(Tokenizer.tokenize(after), read);
        assertEquals("한국해양안전학회", words(after, fixed, "institution"));
        assertEquals("해양안전연구", words(after, fixed, "container-title"));

        String inside = "최수민, '항만 법제 연구,' 한국해사법학회, 해사법연구, 제30권, 2018.";
        List<String> insideRead = labels(inside, "author:최수민", "title:항만 법제 연구", "container-title:한국해사법학회, 해사법연구",
                "volume:30", "date:2018");
        List<String> insideFixed = CjkRules.cjkIssuingBody(Tokenizer.tokenize(inside), insideRead);
        assertEquals("한국해사법학회", words(inside, insideFixed, "institution"));
        assertEquals("해사법연구", words(inside, insideFixed, "container-title"));

        String house = "中村一郎, 1990, 古墳の研究, 考古学論叢 12, 雄山閣.";
        List<String> houseRead = labels(house, "author:中村一郎", "date:1990", "title:古墳の研究", "container-title:考古学論叢",
                "volume:12", "publisher:雄山閣");
        assertEquals(houseRead, CjkRules.cjkIssuingBody(Tokenizer.tokenize(house), houseRead));
        String society = "中村一郎, 1990, 古墳の研究, 日本考古学会.";
        List<String> societyRead = labels(society, "author:中村一郎", "date:1990", "title:古墳の研究", "publisher:日本考古学会");
        assertEquals(societyRead, CjkRules.cjkIssuingBody(Tokenizer.tokenize(society), societyRead),
                "a book's society stays its publisher: there is no journal");
    }

    @Test
    void theShippedParserReadsSuchReferences() {
        ReferenceParser parser = ReferenceParser.shipped();
        var fields = parser.parse("정수진, 2012, 신라 토기의 편년, 고고학연구 제7권 제3호, 한국고고학회, pp.12-40.").fields();
        assertEquals("7", fields.get("volume"));
        assertEquals("3", fields.get("issue"));
        assertEquals("한국고고학회", fields.get("institution"));
        assertEquals("2012", fields.get("year"));
        assertEquals("신라 토기의 편년", fields.get("title"));
    }
}
