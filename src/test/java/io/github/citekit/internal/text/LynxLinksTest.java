package io.github.citekit.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LynxLinksTest {

    @Test
    void takesOutGluedMarksAndTheListOfLinksKeepingTheLines() {
        String[] dump = {"   [1]Home | [2]About", "   As [3]Brown (2015) shows.", "References", "",
                "   Visible links:", "   1. file:///", "   2. file:///about", "   3. https://example.org/brown", "",
                "   Hidden links:", "   5. file://localhost/hidden"};
        assertArrayEquals(new String[] {"   Home | About", "   As Brown (2015) shows.", "", "", "", "", "", "", "", "", ""},
                LynxLinks.strip(dump));
    }

    @Test
    void readsLynxsHeadingsInItsUsersLanguage() {
        String[] dump = {"   [1]Главная | [2]Статьи", "   Как показал [3]Петров (2015).", "Ссылки", "",
                "   Видимых ссылок:", "   1. https://example.ru/", "   2. https://example.ru/articles", "   3. https://example.ru/p",
                "", "   Скрытых ссылок:", "   4. https://example.ru/hidden"};
        String[] out = LynxLinks.strip(dump);
        assertArrayEquals(new String[] {"   Главная | Статьи", "   Как показал Петров (2015)."},
                java.util.Arrays.copyOf(out, 2));
        assertArrayEquals(new String[9], java.util.Arrays.stream(out).skip(2).map(l -> l.isEmpty() ? null : l).toArray(String[]::new));
    }

    @Test
    void leavesAListOfLinksAloneWhereTheTextMarksFewOfThem() {
        // cited "[1]." and "[2]": numbers before punctuation or a space are citations, not lynx's marks
        String[] own = {"Shipping grew[1]. Insurers were cautious [2].", "References", "1. https://example.org/a",
                "2. https://example.com/b"};
        assertSame(own, LynxLinks.strip(own));
        // nor is a list whose numbers do not run up from 1 lynx's
        String[] gap = {"[2]Home [3]About", "References", "2. file:///", "3. file:///about"};
        assertSame(gap, LynxLinks.strip(gap));
        // nor one with anything but links after the heading
        String[] mixed = {"[1]Home [2]About", "References", "1. file:///", "2. Smith, A. (2014). Ports."};
        assertSame(mixed, LynxLinks.strip(mixed));
    }
}
