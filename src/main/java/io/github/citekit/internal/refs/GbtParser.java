package io.github.citekit.internal.refs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References in China's national standard GB/T 7714 (the style of CNKI's exports and of most Chinese journals), read by
 * rules as GOST's are: the standard marks every work's kind after its title, so the mark parts the reference into
 * "Authors. Title" and a source whose shape the kind gives.
 * <pre>
 * 王丽, 李明, 等. 港口规划研究[J]. 中国港口, 2012, 10(4): 92-93.
 * 张三. 港口经济学[M]. 2版. 北京: 科学出版社, 2010: 45-67.
 * 李四. 港口治理研究[D]. 上海: 复旦大学, 2015.
 * 王五. 港口与城市[C]//赵六. 港口论文集. 北京: 人民交通出版社, 2018: 12-20.
 * 国家统计局. 统计公报[EB/OL]. (2020-02-28)[2020-03-01]. http://www.stats.gov.cn/.
 * </pre>
 * The fields come in the evaluation data's shape, as {@link GostParser#parse} gives them.
 */
final class GbtParser {
    /** The mark of the work's kind after its title, followed by the source's separator or the end. */
    private static final Pattern MARK = Pattern.compile("\\s?\\[(J|M|D|C|N|R|S|P|Z|A|G|EB/OL|J/OL|M/OL|C/OL|D/OL|N/OL|DB/OL|CP/OL)]"
            + "(?=\\s*(?:[.．,，:：]|//|$))");
    /** The full stop that ends the author list: ". " or "." before a Chinese, Japanese or Korean character. */
    private static final Pattern AUTHORS_END = Pattern.compile("[.．](?:\\s+|(?=[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]))");
    /** "等" or "et al" closing an author list. */
    private static final Pattern ET_AL = Pattern.compile("(?i)[,，]?\\s*(?:等|et\\s+al\\.?)\\s*$");
    /** A journal's source: "中国港口, 2012, 10(4): 92-93", "中国报业, 2014(3): 70-71". */
    private static final Pattern JOURNAL = Pattern.compile("^(?<journal>[^,，]+?)\\s*[,，]\\s*(?<year>(?:1[5-9]|20)\\d\\d)"
            + "(?:\\s*[,，]\\s*(?<volume>[^,，(（:：.．]+))?\\s*(?:[(（](?<issue>[^)）]+)[)）])?\\s*(?:[:：]\\s*(?<pages>\\d[\\d\\s,+\\-–—]*))?"
            + "\\s*(?:[.．]\\s*(?<rest>.*))?$");
    /** A newspaper's source: "人民日报, 2019-05-06(3)". */
    private static final Pattern NEWSPAPER = Pattern.compile("^(?<paper>[^,，]+?)\\s*[,，]\\s*(?<date>(?:1[5-9]|20)\\d\\d(?:-\\d{1,2}){0,2})"
            + "\\s*(?:[(（](?<page>[^)）]+)[)）])?\\s*(?:[.．]\\s*(?<rest>.*))?$");
    /** An imprint: "北京: 科学出版社, 2010: 45-67", "New York: Wiley, 2010". */
    private static final Pattern IMPRINT = Pattern.compile("^(?<place>[^:：.．]{1,40}?)\\s*[:：]\\s*(?<publisher>[^,，:：]+?)\\s*[,，]\\s*"
            + "(?<year>(?:1[5-9]|20)\\d\\d)[a-z]?\\s*(?:[:：]\\s*(?<pages>\\d[\\d\\s,+\\-–—]*))?\\s*(?:[.．]\\s*(?<rest>.*))?$");
    /** An online work's dates: "(2020-02-28)[2020-03-01]", either alone. */
    private static final Pattern ONLINE_DATES = Pattern.compile("^(?:[(（](?<published>[^)）]+)[)）])?\\s*(?:\\[(?<cited>[^\\]]+)])?\\s*[.．]?\\s*(?<rest>.*)$");
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)\\S+[^\\s.,;)\\]]");
    private static final Pattern DOI = Pattern.compile("(?i)(?:DOI\\s*[:：]\\s*)?(10\\.\\d{4,9}/\\S+[^\\s.,;)\\]])");
    /** An edition statement segment: "2版", "第3版", "2nd ed". */
    private static final Pattern EDITION = Pattern.compile("^(?:第?\\s?\\d+\\s?版|\\d+(?:st|nd|rd|th)\\s+ed(?:n|ition)?\\.?)$");
    /** An editor's role after the names: "主编", "编", "ed.", "eds.". */
    private static final Pattern EDITOR_ROLE = Pattern.compile("(?i)\\s*(?:[,，]\\s*)?(?:主编|编|eds?\\.?)\\s*$");

    private GbtParser() {
    }

    /** Whether {@code text} carries GB/T 7714's mark of a work's kind after a title. */
    static boolean applies(String text) {
        if (!hasMarkShape(text)) {
            return false;
        }
        Matcher m = MARK.matcher(text);
        return m.find() && m.start() > 0;
    }

    /** Whether an opening bracket holds one to five capitals and slashes before its closing one: a cheap test first. */
    private static boolean hasMarkShape(String text) {
        for (int at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
            int k = at + 1;
            while (k < text.length() && k - at <= 6 && (text.charAt(k) >= 'A' && text.charAt(k) <= 'Z' || text.charAt(k) == '/')) {
                k++;
            }
            if (k > at + 1 && k < text.length() && text.charAt(k) == ']') {
                return true;
            }
        }
        return false;
    }

    /** The fields of a GB/T 7714 reference, or empty when it does not read as one. */
    static Optional<Map<String, String>> parse(String text) {
        String t = text.strip();
        Matcher mark = MARK.matcher(t);
        if (!mark.find() || mark.start() == 0) {
            return Optional.empty();
        }
        String kind = mark.group(1);
        Map<String, String> f = new LinkedHashMap<>();
        String head = t.substring(0, mark.start()).strip();
        Matcher authorsEnd = AUTHORS_END.matcher(head);
        if (head.startsWith("'") || head.startsWith("\"") || head.startsWith("“")) {
            return Optional.empty(); // a quoted title: another style that borrowed the mark
        }
        if (authorsEnd.find() && authorsEnd.start() > 0) {
            String authors = head.substring(0, authorsEnd.start()).strip();
            Matcher etAl = ET_AL.matcher(authors);
            f.put("author", etAl.find() ? authors.substring(0, etAl.start()).strip() + ", et al." : authors);
            head = head.substring(authorsEnd.end()).strip();
        }
        if (head.isEmpty() || !f.containsKey("author") && (head.contains(", ") || head.contains("，"))) {
            return Optional.empty(); // "马达, 郑甲苏, The Environment …, 城市更新[J]": names and title parted by commas
        }
        f.put("title", head);
        String source = t.substring(mark.end()).strip();
        Matcher link = LINK.matcher(source);
        if (link.find()) {
            f.put("URL", link.group());
            source = (source.substring(0, link.start()) + source.substring(link.end())).strip();
        }
        Matcher doi = DOI.matcher(source);
        if (doi.find()) {
            f.put("DOI", doi.group(1));
            source = (source.substring(0, doi.start()) + source.substring(doi.end())).strip();
        }
        source = source.replaceFirst("^[.．,，]\\s*", "").replaceFirst("[.．,，\\s]+$", "");
        if (source.startsWith("//")) {
            if (!readHost(source.substring(2).strip(), f)) {
                return Optional.empty();
            }
        } else if (kind.startsWith("J")) {
            Matcher j = JOURNAL.matcher(source);
            if (j.matches()) {
                f.put("container-title", j.group("journal").strip());
                f.put("date", j.group("year"));
                putIfPresent(f, "volume", j.group("volume"));
                putIfPresent(f, "issue", j.group("issue"));
                putIfPresent(f, "page", j.group("pages"));
            } else {
                return Optional.empty();
            }
        } else if (kind.startsWith("N")) {
            Matcher n = NEWSPAPER.matcher(source);
            if (n.matches()) {
                f.put("container-title", n.group("paper").strip());
                f.put("date", n.group("date"));
                putIfPresent(f, "page", n.group("page"));
            } else {
                return Optional.empty();
            }
        } else if (kind.contains("OL") && !kind.startsWith("M")) {
            Matcher o = ONLINE_DATES.matcher(source);
            if (o.matches()) {
                putIfPresent(f, "date", o.group("published"));
                putIfPresent(f, "accessed", o.group("cited"));
            }
        } else if (!readImprint(source, kind, f)) {
            return Optional.empty();
        }
        String date = f.get("date");
        Matcher year = date == null ? null : Pattern.compile("(?:1[5-9]|20)\\d\\d").matcher(date);
        if (year != null && year.find()) {
            f.put("year", year.group());
        }
        return Optional.of(f);
    }

    /** A part's host after "//": "赵六. 港口论文集. 北京: 人民交通出版社, 2018: 12-20"; whether it names one. */
    private static boolean readHost(String host, Map<String, String> f) {
        String[] parts = host.split("[.．]\\s+|[.．](?=[\\p{IsHan}\\p{IsHangul}])", -1);
        int imprint = -1;
        for (int i = 0; i < parts.length && imprint < 0; i++) {
            if (IMPRINT.matcher(String.join(". ", Arrays.copyOfRange(parts, i, parts.length)).strip()).matches()) {
                imprint = i;
            }
        }
        int end = imprint < 0 ? parts.length : imprint;
        if (end >= 2) {
            f.put("editor", EDITOR_ROLE.matcher(parts[0].strip()).replaceFirst(""));
            f.put("container-title", String.join(". ", Arrays.copyOfRange(parts, 1, end)).strip());
        } else if (end == 1) {
            f.put("container-title", parts[0].strip());
        }
        if (imprint >= 0) {
            readImprint(String.join(". ", Arrays.copyOfRange(parts, imprint, parts.length)), "C", f);
        }
        return end >= 1;
    }

    /** A book's, thesis's or report's source: an edition, then "Place: Publisher, Year: Pages"; whether it reads so. */
    private static boolean readImprint(String source, String kind, Map<String, String> f) {
        String s = source;
        int stop = s.indexOf('.') >= 0 ? s.indexOf('.') : s.indexOf('．');
        if (stop > 0 && EDITION.matcher(s.substring(0, stop).strip()).matches()) {
            f.put("edition", s.substring(0, stop).strip());
            s = s.substring(stop + 1).strip();
        }
        Matcher m = IMPRINT.matcher(s);
        if (!m.matches()) {
            return false;
        }
        f.put("publisher-place", m.group("place").strip());
        // a thesis's or report's issuer is its institution, as the reference parser names it (see institutionReadAsPublisher)
        f.put(kind.equals("D") || kind.equals("R") ? "institution" : "publisher", m.group("publisher").strip());
        f.put("date", m.group("year"));
        putIfPresent(f, "page", m.group("pages"));
        return true;
    }

    private static void putIfPresent(Map<String, String> f, String key, String value) {
        if (value != null && !value.isBlank()) {
            f.put(key, value.strip());
        }
    }
}
