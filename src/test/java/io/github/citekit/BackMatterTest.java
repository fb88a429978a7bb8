package io.github.citekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.citekit.report.DocumentReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the PDF text of real papers holds around and among its list's entries, and how they cite: appendices lettered
 * "A. R code" or "A" + "Notation", the authors' addresses under "Affiliation:", page heads without a number, tables
 * and figures floated among the entries, a contents page's "References", code. The Journal of Statistical Software
 * and the vignettes of R packages print all of them (scripts/vignettes.sh), and each had been read as entries or
 * citations.
 */
class BackMatterTest {

    private static final String BODY = "Robust Covariances in Practice\nJane Doe\n\n"
            + "We follow Zeileis, Köll, and Graham (2020) and the kernel of Andrews (1991); see also (Powell 2009).\n\n"
            + "References\n"
            + "Andrews DWK (1991). “Heteroskedasticity and Autocorrelation Consistent Covariance Matrix\n"
            + "Estimation.” Econometrica, 59(3), 817–858.\n"
            + "Powell MJD (2009). “The BOBYQA Algorithm for Bound Constrained Optimization without\n"
            + "Derivatives.” Technical Report DAMTP 2009/NA06, University of Cambridge.\n"
            + "Zeileis A, Köll S, Graham N (2020). “Various Versatile Variances: An Object-Oriented\n"
            + "Implementation of Clustered Covariances in R.” Journal of Statistical Software, 95(1), 1–36.\n";

    @Test
    void aLetteredAppendixAndTheAffiliationsAfterTheListAreNoEntries() {
        String text = BODY + "A. R code\n"
                + "The packages sandwich and lmtest are required for the applications in this paper.\n"
                + "To make the packages available, the following commands are necessary:\n"
                + "library(\"sandwich\")\n"
                + "A.1. Testing coefficients in cross-sectional data\n"
                + "Load the data and fit the model:\n"
                + "fm <- lm(y ~ x, data = d)\n"
                + "Affiliation:\n"
                + "Jane Doe\n"
                + "Department of Statistics\n"
                + "Universitätsstr. 15\n"
                + "6020 Innsbruck, Austria\n"
                + "E-mail: jane.doe@example.org\n";
        Bibliography result = Citekit.create().processText("paper.txt", text);
        List<String> entries = TestSupport.entries(result);
        assertEquals(3, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(2).endsWith("Journal of Statistical Software, 95(1), 1–36."), entries.get(2));
        // the serial comma's list of three names, and the single authors with three initials, find their entries
        DocumentReport report = result.report().documents().get(0);
        assertEquals("Zeileis, Köll, and Graham (2020)->[2] Andrews (1991)->[0] (Powell 2009)->[1]", TestSupport.links(report));
        assertEquals(List.of(), report.uncited());
    }

    @Test
    void plainTextsHeadsWithoutNumbersAndALetterSetApartFromItsTitle() {
        // pdftotext's plain text: each page opens with its number, then the head ("Jane Doe" on odd pages), and an
        // appendix's letter stands apart from its title
        String text = "\f1\n\nRobust Covariances in Practice\nJane Doe\n\nWe follow Zeileis, Köll, and Graham (2020).\n"
                + "\f2\n\nRobust Covariances in Practice\n\nMore on the kernel of Andrews (1991).\n"
                + "\f3\n\nJane Doe\n\nEven more, as in (Powell 2009).\n"
                + "\f4\n\nRobust Covariances in Practice\n\n" + BODY.substring(BODY.indexOf("References"), BODY.indexOf("Powell MJD"))
                + "\f5\n\nJane Doe\n\n" + BODY.substring(BODY.indexOf("Powell MJD"))
                + "\nA\n\nNotation\n\nA.1\n\nRandom variables in the model\n\nB Random-effects vector of dimension q.\n"
                + "Y Response vector of dimension n.\n";
        Bibliography result = Citekit.create().processText("paper.txt", text);
        List<String> entries = TestSupport.entries(result);
        assertEquals(3, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(0).startsWith("Andrews DWK (1991)") && entries.get(1).startsWith("Powell MJD (2009)"),
                String.join("\n", entries));
        assertTrue(entries.get(2).endsWith("95(1), 1–36."), entries.get(2));
    }

    @Test
    void aNameWithItsParticleInSmallLettersOpensAnEntryAndAnAndOpensTheCitationsLine() {
        // JSS sorts "van de Wiel MA (2001)" under v; a narrative citation broken before its "and"
        String text = "Permutation Tests\nJane Doe\n\nThe framework of Strasser\nand Weber (1999) uses the split-up\n"
                + "algorithm by van de Wiel (2001).\n\nReferences\n"
                + "Strasser H, Weber C (1999). “On the Asymptotic Theory of Permutation Statistics.” Math-\n"
                + "ematical Methods of Statistics, 8(2), 220–250.\n"
                + "van de Wiel MA (2001). “The Split-Up Algorithm: A Fast Symbolic Method for Computing\n"
                + "p-Values of Distribution-Free Statistics.” Computational Statistics, 16, 519–538.\n";
        Bibliography result = Citekit.create().processText("tests.txt", text);
        List<String> entries = TestSupport.entries(result);
        assertEquals(2, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(1).startsWith("van de Wiel MA (2001)."), entries.get(1));
        assertEquals("Strasser and Weber (1999)->[0] van de Wiel (2001)->[1]", TestSupport.links(result.report().documents().get(0)));
    }

    @Test
    void aListOfCitationsInBracketsOverFourLinesIsReadWhole() {
        String text = "Fitting Distributions\nJane Doe\n\n"
                + "The package is used for simple fits (Jaloustre\n"
                + "et al., 2011; Sak and Haksoz, 2011; Koch et al.,\n"
                + "2012; Marquetoux et al., 2012; Scholl,\n"
                + "2012), and (mainly, for teaching) in class.\n\n"
                + "References\n"
                + "Jaloustre, S., Cornu, M., and Morelli, E. (2011). Bayesian modeling of Clostridium growth. Food Microbiology, 28, 311–320.\n"
                + "Koch, F., Wiemers, C., and Hoffmann, T. (2012). Seed bank dynamics of a rare plant. Plant Ecology, 213, 1–12.\n"
                + "Marquetoux, N., Paul, M., and Roger, F. (2012). Estimating spatial contact rates. Preventive Veterinary Medicine, 105, 77–84.\n"
                + "Sak, H. and Haksoz, C. (2011). A copula-based simulation model for supply portfolio risk. Journal of Operational Risk, 6, 15–38.\n"
                + "Scholl, C. (2012). Dispersal of seeds. Journal of Ecology, 100, 1–9.\n";
        DocumentReport report = Citekit.create().processText("fit.txt", text).report().documents().get(0);
        assertEquals("(Jaloustre et al., 2011; Sak and Haksoz, 2011; Koch et al., 2012; Marquetoux et al., 2012; Scholl, 2012)"
                + "->[0, 3, 1, 2, 4]", TestSupport.links(report));
        assertEquals(List.of(), report.uncited());
    }

    @Test
    void aTableThatAPageSetsAmongTheEntriesIsLeftOut() {
        // pdftotext -raw: the page's head and number were taken out, and a table the page floated there, and a
        // figure's axis, stand between two entries; the list goes on after them
        String text = "Models Compared\nJane Doe\n\nSee Bates et al. (2015) and Wood (2011).\n1\n\f"
                + "References\n"
                + "Bates D, Mächler M, Bolker B, Walker S (2015). “Fitting Linear Mixed-Effects Models Using\n"
                + "lme4.” Journal of Statistical Software, 67(1), 1–48.\n2\n\f"
                + "brms rstanarm MCMCglmm\nModel classes\nLinear models yes yes yes\nRobust linear models yes no no\n"
                + "Count data models yes yes yes\nSurvival models yes yes yes\nBeta models yes yes no\n"
                + "Ordinal models various cumulative cumulative\nZero-inflated models yes no yes\n1\n2\n5\n10\n"
                + "Wood SN (2011). “Fast Stable Restricted Maximum Likelihood and Marginal Likelihood Estimation of\n"
                + "Semiparametric Generalized Linear Models.” Journal of the Royal Statistical Society B, 73(1), 3–36.\n3\n\f";
        List<String> entries = TestSupport.entries(Citekit.create().processText("models.txt", text));
        assertEquals(2, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(1).startsWith("Wood SN (2011)"), entries.get(1));
    }

    @Test
    void twoWorksOfOneAuthorAndTitleStartAreNoPageHead() {
        // with no form feed to mark the pages, the same line but for its year, four lines apart, is two entries
        String text = "Nodules\nJane Doe\n\nSee Doyle (1998, 2011).\n\nReferences\n"
                + "Doyle JJ. 1998. Phylogenetic perspectives on\nnodulation: evolving views of plants and\n"
                + "symbiotic bacteria. Trends in Plant\nScience 3: 473-478.\n"
                + "Doyle JJ. 2011. Phylogenetic perspectives on\nthe origins of nodulation. Molecular\n"
                + "Plant-Microbe Interactions 24:\n1289-1295.\n";
        List<String> entries = TestSupport.entries(Citekit.create().processText("nodules.txt", text));
        assertEquals(List.of("Doyle JJ. 1998. Phylogenetic perspectives on nodulation: evolving views of plants and symbiotic "
                + "bacteria. Trends in Plant Science 3: 473-478.", "Doyle JJ. 2011. Phylogenetic perspectives on the origins of "
                + "nodulation. Molecular Plant-Microbe Interactions 24: 1289-1295."), entries);
    }

    @Test
    void numbersAloneAmongTheEntriesAreNoEntries() {
        // a figure's axis that pdftotext set among the entries: "1", "2", "5", "10" on lines of their own
        String text = "Mixed Models\nJane Doe\n\nSee Bolker (2015) and Millar (2011).\n\nReferences\n"
                + "Bolker, B. M. (2015). Linear and generalized linear mixed models. In G. A. Fox (Ed.),\n"
                + "Ecological Statistics, pp. 309–333. Oxford University Press.\n1\n2\n5\n10\n"
                + "Millar, R. B. (2011). Maximum Likelihood Estimation and Inference. John Wiley & Sons.\n";
        List<String> entries = TestSupport.entries(Citekit.create().processText("mixed.txt", text));
        assertEquals(2, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(1).startsWith("Millar, R. B. (2011)"), entries.get(1));
    }

    @Test
    void anIndexInCodeOrRsOutputIsNoCitation() {
        // nor is the index of a vector as R prints it
        String text = "Compiled Code\nJane Doe\n\nThe derivative is set as ydot[0] = -k * y[0]; see [1].\n"
                + "R> seq(0, 1, by = 0.5)\n[1] 0.0 0.5 1.0\nR> c(\"a\", NA)\n[1] \"a\" NA\n\nReferences\n"
                + "[1] K. Soetaert, T. Petzoldt and R. W. Setzer. Solving differential equations in R. The R Journal, 2(2), 2010.\n";
        DocumentReport report = Citekit.create().processText("code.txt", text).report().documents().get(0);
        assertEquals("[1]->[0]", TestSupport.links(report));
        assertTrue(report.unresolved().isEmpty(), report.unresolved().toString());
    }

    @Test
    void aTableOfContentsLineIsNoListHeading() {
        // pdftotext's plain text of a contents page sets the page numbers apart, so "References" stands alone there
        // as over the list; the body after it, with no year or link, is no list
        StringBuilder text = new StringBuilder("Drawing Trees\nJane Doe\n\nContents\n\n1 Introduction\n\n2 Basic Concepts\n\n"
                + "References\n\n1\n\n4\n\n9\n\n1 Introduction\n\nThe design follows Paradis (2012).\n\n");
        for (int k = 1; k <= 12; k++) {
            text.append("Trees are drawn from their root, and the functions of part ").append(k)
                    .append(" set the branches\napart so that each label can be read.\n\n");
        }
        text.append("References\n\nParadis E (2012). Analysis of Phylogenetics and Evolution with R. Springer, New York.\n");
        List<String> entries = TestSupport.entries(Citekit.create().processText("trees.txt", text.toString()));
        assertEquals(List.of("Paradis E (2012). Analysis of Phylogenetics and Evolution with R. Springer, New York."), entries);
    }

    @Test
    void entriesByInitialledAuthorsAndLettersOverAnAlphabeticalListStayEntries() {
        // "A. Zeileis. …" and "B. E. Hansen. …" open as a lettered heading does; a list grouped under its letters
        // has entries, with their years, right under each letter
        String text = "On Tests\nJane Doe\n\nSee Zeileis (2000) and Hansen (1992) and Abbott (2010).\n\nReferences\n"
                + "B. E. Hansen. Testing for parameter instability in linear models. Journal of Policy Modeling, 14:\n"
                + "517–533, 1992.\n"
                + "A. Zeileis. p-Werte und alternative Schranken von CUSUM-Tests. Master's thesis, Universität\n"
                + "Dortmund, 2000.\n";
        List<String> entries = TestSupport.entries(Citekit.create().processText("paper.txt", text));
        assertEquals(2, entries.size(), String.join("\n", entries));
        // nor does a title that opens with its article on the line after its authors' names
        String titled = "On Access\nJane Doe\n\nSee [1] and [2].\n\nReferences\n"
                + "[1] F. Rabiti, E. Bertino, W. Kim, D. Woelk,\nA Model of Authorization for Next-Generation\n"
                + "Database Systems, to appear in ACM\nTransactions on Database Systems.\n"
                + "[2] I. Meilijson and U. Yechiali, On optimal right-of-way\npolicies, Stoch. Proc. Appl. 6, 25-32, 1977.\n";
        assertEquals(2, TestSupport.entries(Citekit.create().processText("paper.txt", titled)).size());
        String grouped = "On Tests\nJane Doe\n\nSee Abbott (2010) and Brown (2012).\n\nBibliography\n\nA\n\n"
                + "Abbott J (2010). Ports and Their Cities. Routledge, London.\n\nB\n\n"
                + "Brown K (2012). “Harbour Dredging.” Coastal Engineering, 12, 1–9.\n";
        List<String> both = TestSupport.entries(Citekit.create().processText("paper.txt", grouped));
        assertEquals(List.of("Abbott J (2010). Ports and Their Cities. Routledge, London.",
                "Brown K (2012). “Harbour Dredging.” Coastal Engineering, 12, 1–9."), both.stream().map(String::strip).toList());
    }
}
