package io.github.citekit.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    /** The pieces with text in reading order, stripped, one per line. */
    private static String read(String text) {
        return Columns.readingOrder(text.split("\n", -1)).lines().stream().filter(p -> !p.isBlank())
                .map(String::strip).collect(Collectors.joining("\n"));
    }

    private static String twoColumns(List<String> left, List<String> right, int gutter) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "";
            String r = i < right.size() ? right.get(i) : "";
            s.append((l + " ".repeat(Math.max(0, gutter - l.length())) + r).stripTrailing()).append('\n');
        }
        return s.toString();
    }

    @Test
    void readsTheLeftColumnThenTheRight() {
        String text = twoColumns(List.of(
                "[1] A. Smith and B. Jones, \"Port congestion and",
                "    ship waiting times,\" Maritime Policy & Man-",
                "    agement, vol. 41, no. 3, pp. 245–260, 2014.",
                "[2] C. Brown, Shipping Economics. London:",
                "    Routledge, 2009."), List.of(
                "[3] F. Black, \"Hinterland access by rail,\" Transp.",
                "    Res. Part A, vol. 66, pp. 1–12, 2014.",
                "[4] G. Gray and H. Blue, Port Economics, 2nd ed.",
                "    New York: Wiley, 2017."), 54);
        assertEquals("""
                [1] A. Smith and B. Jones, "Port congestion and
                ship waiting times," Maritime Policy & Man-
                agement, vol. 41, no. 3, pp. 245–260, 2014.
                [2] C. Brown, Shipping Economics. London:
                Routledge, 2009.
                [3] F. Black, "Hinterland access by rail," Transp.
                Res. Part A, vol. 66, pp. 1–12, 2014.
                [4] G. Gray and H. Blue, Port Economics, 2nd ed.
                New York: Wiley, 2017.""", read(text));
    }

    @Test
    void aLineOverBothColumnsStaysBetweenTheRunsBeforeAndAfterIt() {
        String top = twoColumns(List.of("Ports compete for hinterland traffic and the",
                "rail lines that reach inland decide much of it,", "as the data of ten ports show."),
                List.of("Congestion raises the waiting times of ships", "and of trucks at the gates, which the",
                        "appointment systems cut by a third."), 52);
        String bottom = twoColumns(List.of("Below the table the left column goes on with", "its text, two lines of it."),
                List.of("And the right column ends the page with", "two lines as well."), 52);
        String text = top + "Table 1. Waiting times in ten ports of northern Europe, in hours per call, 2010 to 2020\n" + bottom;
        assertEquals("""
                Ports compete for hinterland traffic and the
                rail lines that reach inland decide much of it,
                as the data of ten ports show.
                Congestion raises the waiting times of ships
                and of trucks at the gates, which the
                appointment systems cut by a third.
                Table 1. Waiting times in ten ports of northern Europe, in hours per call, 2010 to 2020
                Below the table the left column goes on with
                its text, two lines of it.
                And the right column ends the page with
                two lines as well.""", read(text));
    }

    @Test
    void anIndentedOrSlightlyShiftedRightColumn() {
        String text = """
                [1] A. Smith, "Port congestion and ship                [5] F. Black, "Hinterland access by rail,"
                    waiting times," Maritime Policy & Man-                 Transp. Res. Part A, vol. 66, pp. 1–12,
                    agement, vol. 41, no. 3, pp. 245–260, 2014.         2014.
                [2] C. Brown, Shipping Economics. London: Rout-       [6] G. Gray, Port Economics, 2nd ed. New
                    ledge, 2009, with a long line near the gutter   [7] York: Wiley, 2017.
                [3] D. Green, "Container terminal capacity,"           [8] J. Orange, "Berth allocation," Oper.
                    in Proc. Int. Conf. Ports, 2012, pp. 11–19.            Res., vol. 60, no. 2, pp. 300–312, 2012.
                """;
        assertEquals("""
                [1] A. Smith, "Port congestion and ship
                waiting times," Maritime Policy & Man-
                agement, vol. 41, no. 3, pp. 245–260, 2014.
                [2] C. Brown, Shipping Economics. London: Rout-
                ledge, 2009, with a long line near the gutter
                [3] D. Green, "Container terminal capacity,"
                in Proc. Int. Conf. Ports, 2012, pp. 11–19.
                [5] F. Black, "Hinterland access by rail,"
                Transp. Res. Part A, vol. 66, pp. 1–12,
                2014.
                [6] G. Gray, Port Economics, 2nd ed. New
                [7] York: Wiley, 2017.
                [8] J. Orange, "Berth allocation," Oper.
                Res., vol. 60, no. 2, pp. 300–312, 2012.""", read(text));
    }

    @Test
    void bodyTextShortOfAGutterThatSmallerLettersFill() {
        // pdftotext -layout of an IEEE paper: the body's larger letters end up to 20 characters short of the
        // gutter, which the references' smaller letters beside them fill
        String text = twoColumns(List.of("The ports of grain shaped markets as the earlier studies",
                "reported [11], which we extend. The routes of cargo and", "of freight shaped the ports as many earlier studies",
                "reported [15], [30], which we extend here.", "", "R EFERENCES", "",
                "[1] K. Hwang and C. Ryoo, \"Symmetric identities,\" Symmetry, vol. 11,",
                "     no. 6, pp. 830–841, 2019."),
                List.of("[25] H. Pace and S. Hodawadekar, \"Crystal structure of the worm",
                        "     Nit protein,\" Curr. Biol., vol. 10, pp. 907–917, 2000.",
                        "[26] K. Zapp, \"Directions for use,\" Eur. Phys. J. C, vol. 74, 2014.",
                        "[27] L. Reichl, A Modern Course in Statistical Physics. New York:",
                        "     Wiley, 1998.", "[28] V. Aynutdinov et al., Astropart. Phys., vol. 25, p. 140."), 76);
        assertEquals(1, Columns.readingOrder(text.split("\n", -1)).columnPages(), text);
        assertEquals("""
                The ports of grain shaped markets as the earlier studies
                reported [11], which we extend. The routes of cargo and
                of freight shaped the ports as many earlier studies
                reported [15], [30], which we extend here.
                R EFERENCES
                [1] K. Hwang and C. Ryoo, "Symmetric identities," Symmetry, vol. 11,
                no. 6, pp. 830–841, 2019.
                [25] H. Pace and S. Hodawadekar, "Crystal structure of the worm
                Nit protein," Curr. Biol., vol. 10, pp. 907–917, 2000.
                [26] K. Zapp, "Directions for use," Eur. Phys. J. C, vol. 74, 2014.
                [27] L. Reichl, A Modern Course in Statistical Physics. New York:
                Wiley, 1998.
                [28] V. Aynutdinov et al., Astropart. Phys., vol. 25, p. 140.""", read(text));
    }

    @Test
    void columnsWhoseLinesTakeTurnsHaveNoEmptyLinesBetweenTheirLines() {
        // pdftotext -layout gives each baseline a line: the body's larger letters fall between the lines of the
        // references' smaller ones, and each column's line stands beside the other's empty one
        List<String> body = List.of("Ports compete for the traffic of their hinterland, and",
                "the rail lines that reach inland decide much of it, as", "the data of ten ports show. Congestion raises the",
                "waiting times of ships and of trucks at the gates.", "The ports of grain shaped markets as the earlier studies",
                "reported [11], which we extend. The routes of cargo and", "of freight shaped the ports as many earlier studies",
                "reported [15], [30], which we extend here.");
        List<String> references = List.of("Abel, A. (2001). Ports of the north. Maritime Review,",
                "    1, 1–20.", "Baker, B. (2002). Harbours and their basins. Oxford:", "    Clarendon Press.",
                "Aldous, R., and Brennan, K. (2014). Ship waiting times", "    in the ports of the North Sea. Maritime Policy &",
                "    Management, 41(3), 245–260.");
        List<String> left = new java.util.ArrayList<>(body.subList(0, 4));
        List<String> right = new java.util.ArrayList<>(references.subList(0, 4));
        for (int i = 4; i < 8; i++) { // from here on the two columns' lines take turns
            left.addAll(List.of(body.get(i), ""));
            right.addAll(i < 7 ? List.of("", references.get(i)) : List.of());
        }
        String text = twoColumns(left, right, 64);
        List<String> lines = Columns.readingOrder(text.split("\n", -1)).lines().stream().map(String::strip).toList();
        List<String> expected = new java.util.ArrayList<>(body);
        references.forEach(r -> expected.add(r.strip()));
        assertEquals(expected, lines.stream().filter(l -> !l.isEmpty()).toList(), text);
        // no empty line inside either column: each column's lines follow one another
        assertEquals(7, lines.indexOf(body.get(7)) - lines.indexOf(body.get(0)), text);
        assertEquals(6, lines.indexOf("Management, 41(3), 245–260.") - lines.indexOf(references.get(0)), text);
        // a paragraph's end in one column beside the other's text running on stays
        String paragraphs = twoColumns(List.of("The ports of grain shaped markets as the earlier studies",
                        "reported [11], which we extend.", "", "The routes of cargo and of freight shaped the ports",
                        "as many earlier studies reported [15]."),
                List.of("Congestion raises the waiting times of ships and", "of trucks at the gates, which appointment",
                        "systems cut by a third in the ports that adopted", "them early; dredging and berth allocation",
                        "matter too, as the data of ten ports show."), 64);
        assertEquals("", Columns.readingOrder(paragraphs.split("\n", -1)).lines().get(2).strip(), paragraphs);
    }

    @Test
    void aLastPageWhoseSecondColumnHasAFewLines() {
        List<String> left = new java.util.ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            left.add("Author, A. (20" + (10 + i) + "). Ports and their hinterlands in the");
            left.add("    year " + (2000 + i) + ". Maritime Review, " + i + ", 1–20.");
        }
        String text = twoColumns(left, List.of("Zeller, Z. (2019). Harbours of the north and",
                "    their trade. Oxford: Clarendon Press, pp.", "    1–20, with a preface by the editors of",
                "    the series in which it appeared."), 60);
        List<String> lines = Columns.readingOrder(text.split("\n", -1)).lines().stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        assertEquals(26, lines.size(), String.join("\n", lines));
        assertEquals("year 2011. Maritime Review, 11, 1–20.", lines.get(21));
        assertEquals("Zeller, Z. (2019). Harbours of the north and", lines.get(22));
    }

    @Test
    void aLinkRunningOverTheGutterAndAccentsComposedLeftOfIt() {
        List<String> left = List.of("[1] C. Acket and P. Bacher, Diviser par 4 les rejets",
                "    de CO2 dus à l'énergie : le scénario Negatep, 2014,",
                "    http://sauvonsleclimat.org/images/articles/pdf_files/best_of/negatep%202014.pdf",
                "[2] A. Lo, The adaptive markets hypothesis, 33 p.,",
                "    (žiūrėta 2010 m. lapkričio 15 d.), Prieiga per", "    interneta, 2004.");
        List<String> right = List.of("[5] R. Fagin and M. Vardi, A model-theoretic analysis",
                "    of knowledge, Journal of the ACM, 38(2), 1991.", "",
                "[6] V. Aynutdinov, Proceedings of the 10th Conference",
                "    on Instrumentation, Novosibirsk, Russia, 2008.", "");
        // pdftotext sets "ū" and "ė" as a letter and a combining mark each, composed into one before the
        // columns are read: the right column's text on that line stands two places left of the gutter
        List<String> decomposed = left.stream().map(l -> l.replace("žiūrėta", "žiu\u0304re\u0307ta")).toList();
        String text = twoColumns(decomposed, right, 62);
        String composed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        assertEquals(1, Columns.readingOrder(composed.split("\n", -1)).columnPages(), composed);
        assertEquals(String.join("\n", left.stream().map(String::strip).toList()) + "\n"
                + String.join("\n", right.stream().map(String::strip).filter(l -> !l.isEmpty()).toList()), read(composed));
    }

    @Test
    void oneColumnTablesAndSpacedLinesStayAsTheyAre() {
        String table = """
                Port                      Calls        Hours waiting
                Rotterdam                 29,000       4.1
                Antwerp                   14,500       3.2
                Hamburg                   8,100        5.0
                Gothenburg                6,300        1.9
                """;
        assertEquals(numbered(table), read(table), "a table's short keys are no column of text");
        assertEquals(0, Columns.readingOrder(table.split("\n", -1)).columnPages());
        String prose = """
                Ports  compete  for  hinterland  traffic,  and  the  rail  lines  that  reach  inland  decide
                much  of  it.  Congestion  raises  the  waiting  times  of  ships  and  of  trucks  at  the
                gates,  which  appointment  systems  cut  by  a  third  in  the  ports  that  adopted  them
                early;  dredging  and  berth  allocation  matter  too,  as  the  data  of  ten  ports  show.
                """;
        assertEquals(numbered(prose), read(prose), "justified text's double spaces fall at no one place");
        String contents = """
                1. Introduction                                                    1
                2. Data                                                            4
                3. Method                                                          9
                4. Results                                                        15
                """;
        assertEquals(numbered(contents), read(contents), "a page number's column is too narrow to read apart");
    }

    @Test
    void eachPageFindsItsOwnGutter() {
        String page1 = twoColumns(List.of("[1] A. Smith, Ports and their hinterlands,", "    London: Routledge, 2001.",
                "[2] B. Jones, Rail and the ports of the", "    North Sea, Oxford: Elsevier, 2005."),
                List.of("[3] C. Brown, The economics of seaports,", "    New York: Wiley, 2010.",
                        "[4] D. Green, Terminals and cranes in", "    Europe, Berlin: Springer, 2012."), 50);
        String page2 = twoColumns(List.of("[5] E. White, Dredging and the draught of ships in", "    Asia, Tokyo: Maruzen, 2015.",
                "[6] F. Black, Pilots and tugs in the Baltic Sea", "    ports, Riga: Zinatne, 2016."),
                List.of("[7] G. Gray, Port labour, London: Verso, 2017.", "[8] H. Blue, Gates and trucks, Paris: PUF,",
                        "    2018.", "[9] I. Red, Berths, Madrid: Alianza, 2019."), 58);
        assertEquals(2, Columns.readingOrder((page1 + "\f" + page2).split("\n", -1)).columnPages());
        String read = read(page1 + "\f" + page2);
        List<String> order = read.lines().map(l -> l.replace("\f", "")).filter(l -> l.startsWith("["))
                .map(l -> l.substring(0, 3)).toList();
        assertEquals(List.of("[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]", "[8]", "[9]"), order, read);
    }

    @Test
    void aPageOfThreeColumnsIsReadColumnByColumn() {
        List<List<String>> columns = List.of(
                List.of("Ports compete for the traffic", "of their hinterland, and the", "rail lines reaching inland",
                        "decide much of it, as the", "data of ten ports show."),
                List.of("Congestion raises waiting", "times of ships and of trucks", "at the gates, which the",
                        "appointment systems cut by", "a third in early adopters."),
                List.of("Dredging and the allocation", "of berths matter as well, and", "the tides set windows for",
                        "the deepest ships, as the", "pilots of the Elbe report."));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            text.append(String.format("%-34s%-34s%s%n", columns.get(0).get(i), columns.get(1).get(i), columns.get(2).get(i)));
        }
        assertEquals(String.join("\n", columns.get(0)) + "\n" + String.join("\n", columns.get(1)) + "\n"
                + String.join("\n", columns.get(2)), read(text.toString()));
    }

    private static String numbered(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(lines[i].strip());
            }
        }
        return String.join("\n", out);
    }
}
