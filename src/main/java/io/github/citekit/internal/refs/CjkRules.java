package io.github.citekit.internal.refs;

import static io.github.citekit.internal.refs.LabelRuns.isDigits;
import static io.github.citekit.internal.refs.LabelRuns.isOneRun;
import static io.github.citekit.internal.refs.LabelRuns.relabelled;
import static io.github.citekit.internal.refs.LabelRuns.runEnd;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for Chinese, Japanese and Korean references in Western punctuation ("張子和論補法. 遼寧中醫學院 學報,
 * 1984(4)", "고고학9-2호", "史林 67-5, 史學硏究會"): where the journal begins, the marks of volume and issue, the
 * issuing body. {@link ReferenceParser} runs them only for references with such characters.
 */
final class CjkRules {
    private CjkRules() {
    }

    /** The rules for Chinese, Japanese and Korean references, which only references with such words need. */
    static List<String> cjkRules(List<Token> tokens, List<String> labels) {
        List<String> out = LabelList.of(journalAfterFullStopInCjkTitle(tokens, labels));
        out = LabelList.of(titleBeforeFullStopInCjkJournal(tokens, out));
        out = LabelList.of(cjkTitleLeftOut(tokens, out));
        out = LabelList.of(cjkVolumeAndIssueMarks(tokens, out));
        return LabelList.of(cjkIssuingBody(tokens, out));
    }

    /** Whether a token starts with a character from U+2E80 on, where the CJK scripts begin: a cheap test before {@link #isCjk}. */
    static boolean hasCjk(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.text().charAt(0) >= '\u2E80') {
                return true;
            }
        }
        return false;
    }

    /**
     * Chinese, Japanese and Korean references in Western punctuation, "張子和論補法. 遼寧中醫學院 學報, 1984(4)" and
     * "敦煌石窟铜绿颜料的应用与来源, 敦煌研究, 74(4)": such titles end with "。" or no mark, so with no container
     * labelled, a title in these scripts with ". " or ", " inside holds the journal after it (up to the next ". ",
     * and not from a number on: "嶺南文史. 4月号"; after ", " up to the next comma or number: "史林 67-5, 史學硏究會").
     */
    static List<String> journalAfterFullStopInCjkTitle(List<Token> tokens, List<String> labels) {
        if (labels.contains("container-title")) {
            return labels;
        }
        int first = labels.indexOf("title");
        int last = labels.lastIndexOf("title");
        if (first < 0 || last - first < 2 || !isCjk(tokens.get(first).text()) || !isOneRun(labels, first, last, "title")) {
            return labels;
        }
        for (int i = first + 1; i < last; i++) {
            String mark = tokens.get(i).text();
            if (isCjkPartMark(tokens, i)) {
                int end = i + 1;
                while (end < last && !(tokens.get(end + 1).text().equals(".") && end + 2 <= last
                        && Character.isDigit(tokens.get(end + 2).text().codePointAt(0)))
                        && !(mark.equals(",") && (tokens.get(end + 1).text().equals(",")
                                || Character.isDigit(tokens.get(end + 1).text().codePointAt(0))))) {
                    end++;
                }
                List<String> out = relabelled(labels, i + 1, end, "container-title");
                out.set(i, Labels.OTHER);
                for (int k = end + 1; k <= last; k++) {
                    out.set(k, Labels.OTHER);
                }
                return out;
            }
        }
        return labels;
    }

    /**
     * The other way round: with no title labelled, a journal in these scripts with ". " or ", " inside holds the
     * title before it ("弥生時代小形仿製鏡について, 考古學雜誌 58", "張子和論補法. 河南中醫藥學刊"): journals' names hold no such
     * mark, titles may, so the last one parts them.
     */
    static List<String> titleBeforeFullStopInCjkJournal(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("container-title");
        if (first < 0 || labels.contains("title") || !isCjk(tokens.get(first).text())) {
            return labels;
        }
        int last = runEnd(labels, first);
        for (int i = last - 1; i > first; i--) {
            if (isCjkPartMark(tokens, i)) {
                List<String> out = relabelled(labels, first, i - 1, "title");
                out.set(i, Labels.OTHER);
                return out;
            }
        }
        return labels;
    }

    /**
     * A CJK title left unlabelled before the journal ("정수진, 2012, 신라 토기의 편년, 고고학연구 제7권"): with no title read,
     * the words in these scripts that no field holds, between the last mark and the journal, are the title.
     */
    static List<String> cjkTitleLeftOut(List<Token> tokens, List<String> labels) {
        int journal = labels.indexOf("container-title");
        if (journal < 2 || labels.contains("title") || !isCjk(tokens.get(journal).text())) {
            return labels;
        }
        int end = journal - 1;
        if (!labels.get(end).equals(Labels.OTHER) || !(tokens.get(end).text().equals(",") || tokens.get(end).text().equals("."))) {
            return labels;
        }
        end--;
        int start = end + 1;
        while (start > 0 && labels.get(start - 1).equals(Labels.OTHER) && (isCjk(tokens.get(start - 1).text())
                || start - 1 < end && "-‐·()（）".contains(tokens.get(start - 1).text()))) {
            start--;
        }
        while (start <= end && !isCjk(tokens.get(start).text())) {
            start++;
        }
        return start <= end && isCjk(tokens.get(end).text()) ? relabelled(labels, start, end, "title") : labels;
    }

    /** Marks written after a journal's volume ("第58巻", "제24권", "제24집") and after its issue ("第3号", "1506號", "제5호"). */
    private static final String CJK_VOLUME_MARKS = "巻卷권집輯";

    private static final String CJK_ISSUE_MARKS = "号號호";

    /**
     * A number that a CJK mark after it names a volume or an issue is that field, whatever the labeller read it as
     * (a volume for "第20號", a date for "제1631호 2016", nothing for "金融財政事情 1949号"); "고고학9-2호" is volume 9,
     * issue 2. The journal's name just before, left unlabelled where no journal is, is the journal. ("期" is left
     * alone: Chinese journals number their issues by it, but the data labels it the volume as often, where no
     * volume is printed.)
     */
    static List<String> cjkVolumeAndIssueMarks(List<Token> tokens, List<String> labels) {
        List<String> out = labels;
        for (int i = 1; i < tokens.size(); i++) {
            Token mark = tokens.get(i);
            if (mark.text().length() != 1 || mark.spaceBefore()) {
                continue;
            }
            boolean issue = CJK_ISSUE_MARKS.indexOf(mark.text().charAt(0)) >= 0;
            if (!issue && CJK_VOLUME_MARKS.indexOf(mark.text().charAt(0)) < 0 || !isDigits(tokens.get(i - 1).text())) {
                continue;
            }
            int number = i - 1;
            String was = labels.get(number);
            if (!(was.equals(Labels.OTHER) || was.equals("date") || was.equals("volume") || was.equals("issue"))) {
                continue;
            }
            if (out == labels) {
                out = new java.util.ArrayList<>(labels);
            }
            out.set(number, issue ? "issue" : "volume");
            if (labels.get(i).equals("date")) {
                out.set(i, Labels.OTHER); // "제1631호 2016": the mark is not the date's
            }
            int start = number;
            if (issue && number >= 2 && tokens.get(number - 1).text().equals("-") && !tokens.get(number - 1).spaceBefore()
                    && isDigits(tokens.get(number - 2).text())) {
                out.set(number - 2, "volume");
                out.set(number - 1, Labels.OTHER);
                start = number - 2;
            }
            if (!labels.contains("container-title")) {
                int k = start - 1;
                if (k >= 0 && tokens.get(k).text().equals("第") || k >= 0 && tokens.get(k).text().equals("제")) {
                    k--;
                }
                while (k >= 0 && out.get(k).equals(Labels.OTHER) && isCjk(tokens.get(k).text())) {
                    out.set(k, "container-title");
                    k--;
                }
            }
        }
        return out;
    }

    /** The last words of a society's or institute's name: "史學硏究會", "日本建築学会", "법학연구소", "국립국어원". */
    private static final List<String> CJK_BODY_ENDS = List.of("会", "會", "학회", "협회", "研究所", "硏究所", "연구소", "研究院",
            "연구원", "국어원");

    private static boolean isCjkBody(String token) {
        for (String end : CJK_BODY_ENDS) {
            if (token.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A CJK journal's issuing body, a society or an institute, is the institution, as for a report's issuer: after the
     * journal and its numbers ("史林 67-5, 史學硏究會", "서울법학 제26권 2호, 서울시립대학교 법학연구소"), where it was left
     * out, read as a second journal or as the publisher, or as one part of the journal's span ("建築學報. 中國建築學會",
     * "국해사법학회, 해사법연구"). A publishing house ("雄山閣") keeps its label.
     */
    static List<String> cjkIssuingBody(List<Token> tokens, List<String> labels) {
        int first = labels.indexOf("container-title");
        if (first < 0 || labels.contains("institution") || !isCjk(tokens.get(first).text())) {
            return labels;
        }
        int last = runEnd(labels, first);
        // one part of the journal's span
        int from = first;
        for (int i = first; i <= last; i++) {
            boolean partEnd = i == last || isCjkPartMark(tokens, i + 1);
            if (partEnd && isCjkBody(tokens.get(i).text()) && (from > first || i < last)) {
                List<String> out = relabelled(labels, from, i, "institution");
                out.set(from > first ? from - 1 : i + 1, Labels.OTHER);
                return out;
            }
            if (partEnd) {
                from = i + 2;
                i++;
            }
        }
        // after the journal: a run of CJK words not read as another field
        for (int i = last + 1; i < tokens.size(); i++) {
            String label = labels.get(i);
            if (!isCjk(tokens.get(i).text()) || !(label.equals(Labels.OTHER) || label.equals("container-title")
                    || label.equals("publisher"))) {
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && isCjk(tokens.get(end + 1).text()) && labels.get(end + 1).equals(label)) {
                end++;
            }
            if (isCjkBody(tokens.get(end).text())) {
                return relabelled(labels, i, end, "institution");
            }
            i = end;
        }
        return labels;
    }

    /** Whether token {@code i} is a ". " or ", " between two parts in CJK script (the first may end in a bracket). */
    private static boolean isCjkPartMark(List<Token> tokens, int i) {
        String mark = tokens.get(i).text();
        String before = tokens.get(i - 1).text();
        return (mark.equals(".") || mark.equals(",")) && tokens.get(i + 1).spaceBefore() && isCjk(tokens.get(i + 1).text())
                && (isCjk(before) || mark.equals(",") && "‐-)）".contains(before));
    }

    private static boolean isCjk(String token) {
        Character.UnicodeScript script = Character.UnicodeScript.of(token.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** A Chinese, Japanese or Korean run of seven characters or more: longer than a person's name. */
    private static final Pattern CJK_PHRASE = Pattern.compile("[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}‐\\-·]{7,}");

    /** Japanese quotation marks: 「…」 around an article's title, 『…』 around a journal's or a book's. */
    private static final Pattern ARTICLE_QUOTE = Pattern.compile("「([^「」]{1,300})」");
    private static final Pattern WORK_QUOTE = Pattern.compile("『([^『』]{1,300})』");

    /**
     * Japanese styles mark titles by their brackets, "山田太郎 (2019)「港湾の混雑と貿易」『海運経済研究』12(3), 45-67.": the
     * article's title in 「」 and its journal in 『』, or a book's title alone in 『』. The brackets say what the labeller,
     * which has met few of them, may not.
     */
    static void japaneseQuotes(String text, Map<String, String> f) {
        if (text.indexOf('」') < 0 && text.indexOf('』') < 0) {
            return;
        }
        Matcher article = ARTICLE_QUOTE.matcher(text);
        Matcher work = WORK_QUOTE.matcher(text);
        boolean hasArticle = article.find();
        boolean hasWork = work.find(hasArticle ? article.end() : 0);
        if (hasArticle) {
            f.put("title", article.group(1).strip());
            if (hasWork) {
                f.put("container-title", work.group(1).strip());
            }
        } else if (hasWork) {
            f.put("title", work.group(1).strip());
            f.remove("container-title");
            // a book's publisher follows its title: "『港湾経済論』東京大学出版会."
            String after = text.substring(work.end()).strip().replaceFirst("[.,。、]$", "").strip();
            if (!f.containsKey("publisher") && !after.isEmpty() && after.length() <= 30 && after.chars().noneMatch(Character::isDigit)
                    && isCjk(after)) {
                f.put("publisher", after);
            }
        } else {
            return;
        }
        // what the labeller read as the author may hold the titles too: the author is what precedes the first bracket
        String author = f.get("author");
        int open = text.indexOf(hasArticle ? '「' : '『');
        if (author != null && (author.contains("「") || author.contains("『") || !text.substring(0, open).contains(author))) {
            String before = text.substring(0, open).replaceFirst("\\s*[（(]\\d{4}[a-z]?[）)]\\s*$", "").strip();
            if (!before.isEmpty()) {
                f.put("author", before);
            }
        }
    }

    /**
     * "陳遵嬀, 二十八宿的演變, 中國天文學史, 권2, 1985.": with no title labelled, an author span in these scripts whose
     * part after a comma or full stop is a phrase longer than any name holds the title there, and the journal in the
     * part after it (when no container is labelled).
     */
    static void cjkTitleReadAsAuthor(Map<String, String> f) {
        String author = f.get("author");
        if (author == null || f.containsKey("title") || author.chars().noneMatch(c -> c >= 0x3040)) {
            return; // no character of these scripts (all stand at U+3040 and above): nothing to part
        }
        Matcher mark = CJK_PART_END.matcher(author);
        int from = 0;
        int previousEnd = -1;
        while (from < author.length()) {
            int end = mark.find(from) ? mark.start() : author.length();
            String part = author.substring(from, end).strip();
            if (previousEnd >= 0 && CJK_PHRASE.matcher(part).matches()) {
                f.put("author", author.substring(0, previousEnd).strip());
                f.put("title", part);
                String rest = end < author.length() ? author.substring(mark.end()).strip() : "";
                if (!rest.isEmpty() && !f.containsKey("container-title")) {
                    f.put("container-title", rest);
                }
                return;
            }
            if (end == author.length()) {
                return;
            }
            previousEnd = end;
            from = mark.end();
        }
    }

    private static final Pattern CJK_PART_END = Pattern.compile("[,，.]\\s*");
}
