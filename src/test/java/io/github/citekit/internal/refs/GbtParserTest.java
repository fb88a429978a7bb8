package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.ParsedReference.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** China's GB/T 7714 references, written for these tests in the forms the standard gives. */
class GbtParserTest {
    @Test
    void aJournalArticleWithEtAlAndOneInLatinScript() {
        Map<String, String> f = GbtParser.parse("王丽, 李明, 等. 港口规划研究[J]. 中国港口, 2012, 10(4): 92-93.").orElseThrow();
        assertEquals("王丽, 李明, et al.", f.get("author"));
        assertEquals("港口规划研究", f.get("title"));
        assertEquals("中国港口", f.get("container-title"));
        assertEquals("2012", f.get("date"));
        assertEquals("10", f.get("volume"));
        assertEquals("4", f.get("issue"));
        assertEquals("92-93", f.get("page"));
        Item latin = parse("SMITH J, JONES A B. Port governance reform[J]. Marine Policy, 2010, 34(2): 123-145. DOI:10.1016/j.marpol.2009.06.001.");
        assertEquals(ItemType.ARTICLE_JOURNAL, latin.type());
        assertEquals(Optional.of("Port governance reform"), latin.title());
        assertEquals(Optional.of("Marine Policy"), latin.get(Field.CONTAINER_TITLE));
        assertEquals(Optional.of("123-145"), latin.get(Field.PAGE));
        assertEquals(Optional.of("10.1016/j.marpol.2009.06.001"), latin.get(Field.DOI));
        assertEquals(List.of("Smith", "Jones"), latin.authors().stream().map(Name::family).toList());
        Item issueOnly = parse("王秦. 社交网络时代个人信息传播[J]. 中国报业, 2014(3): 70-71.");
        assertEquals(Optional.of("3"), issueOnly.get(Field.ISSUE));
        assertEquals(Optional.empty(), issueOnly.get(Field.VOLUME));
        assertTrue(parse("王丽, 李明, 等. 港口规划研究[J]. 中国港口, 2012, 10(4): 92-93.").etAl(NameRole.AUTHOR));
    }

    @Test
    void booksThesesPartsOfProceedingsNewspapersAndWebPages() {
        Item book = parse("张三. 港口经济学[M]. 2版. 北京: 科学出版社, 2010: 45-67.");
        assertEquals(ItemType.BOOK, book.type());
        assertEquals(Optional.of("港口经济学"), book.title());
        assertEquals(Optional.of("北京"), book.get(Field.PUBLISHER_PLACE));
        assertEquals(Optional.of("科学出版社"), book.get(Field.PUBLISHER));
        Item thesis = parse("李四. 港口治理研究[D]. 上海: 复旦大学, 2015.");
        assertEquals(ItemType.THESIS, thesis.type());
        assertEquals(Optional.of("复旦大学"), thesis.get(Field.PUBLISHER));
        Item paper = parse("王五. 港口与城市[C]//赵六. 港口论文集. 北京: 人民交通出版社, 2018: 12-20.");
        assertEquals(ItemType.PAPER_CONFERENCE, paper.type());
        assertEquals(Optional.of("港口论文集"), paper.get(Field.CONTAINER_TITLE));
        assertEquals(List.of("赵六"), paper.names(NameRole.EDITOR).stream().map(n -> n.family().isEmpty() ? n.literal() : n.family()).toList());
        assertEquals(Optional.of("12-20"), paper.get(Field.PAGE));
        Item news = parse("陈静. 港口城市的转型[N]. 人民日报, 2019-05-06(3).");
        assertEquals(ItemType.ARTICLE_NEWSPAPER, news.type());
        assertEquals(Optional.of(new DateParts(2019, 5, 6)), news.issued());
        assertEquals(Optional.of("3"), news.get(Field.PAGE));
        Item web = parse("国家统计局. 2019年统计公报[EB/OL]. (2020-02-28)[2020-03-01]. http://www.stats.gov.cn/tjsj/zxfb/t20200228.html.");
        assertEquals(ItemType.WEBPAGE, web.type());
        assertEquals(Optional.of(new DateParts(2020, 3, 1)), web.accessed());
        assertEquals(Optional.of("http://www.stats.gov.cn/tjsj/zxfb/t20200228.html"), web.get(Field.URL));
    }

    @Test
    void aChineseArticlesListUnderItsHeadingWithItsCitations() {
        String text = """
                港口城市转型研究

                港口规划是城市发展的重要内容[1]。已有研究讨论了港口经济[2-3]，也有学者关注治理问题[4]。

                参考文献：
                [1] 王丽, 李明, 等. 港口规划研究[J]. 中国港口, 2012, 10(4): 92-93.
                [2] 张三. 港口经济学[M]. 2版. 北京: 科学出
                版社, 2010: 45-67.
                [3] 李四. 港口治理研究[D]. 上海: 复旦大学, 2015.
                [4] SMITH J, JONES A B. Port governance reform[J]. Marine Policy, 2010, 34(2): 123-145.
                """;
        assertEquals(Optional.of("参考文献"), io.github.citekit.internal.text.ListHeadings.name("参考文献："));
        assertEquals(Optional.of("참고문헌"), io.github.citekit.internal.text.ListHeadings.name("참고문헌"));
        var bib = io.github.citekit.Citekit.create(io.github.citekit.Options.builder().dedupe(false).build()).processText("doc.txt", text);
        var r = bib.report().documents().get(0);
        assertEquals(4, r.references());
        Map<String, List<Integer>> links = new java.util.LinkedHashMap<>();
        r.citations().forEach(c -> links.put(c.text(), c.references()));
        assertEquals(Map.of("[1]", List.of(0), "[2-3]", List.of(1, 2), "[4]", List.of(3)), links);
        assertEquals(Optional.of("科学出版社"), bib.items().stream().filter(i -> i.type() == ItemType.BOOK).findFirst().orElseThrow()
                .get(Field.PUBLISHER), "a line broken between two Chinese characters is joined without a space");
        assertEquals(List.of(ItemType.ARTICLE_JOURNAL, ItemType.BOOK, ItemType.THESIS, ItemType.ARTICLE_JOURNAL),
                bib.items().stream().filter(i -> i.sources().get(0).kind() == io.github.citekit.model.SourceKind.REFERENCE)
                        .map(Item::type).toList());
    }

    @Test
    void otherStylesThatBorrowTheMarkAreLeftToTheLabeller() {
        assertFalse(GbtParser.applies("Smith, J. [1] Port governance. Marine Policy, 2010."), "a number in brackets is no kind");
        assertEquals(Optional.empty(), GbtParser.parse("马达, 郑甲苏, The Environment Characteristic Protection, 城市更新[J], p.95, 2015."));
        assertEquals(Optional.empty(), GbtParser.parse("王秦, '社交网络时代个人信息传播 [J],' 中国报业, Vol.10, pp.70-71, 2014."));
        Item borrowed = parse("王秦, '社交网络时代个人信息传播 [J],' 中国报业, Vol.10, pp.70-71, 2014.");
        assertEquals(ItemType.ARTICLE_JOURNAL, borrowed.type(), "the mark still gives the kind");
    }
}
