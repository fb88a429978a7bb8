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
                + "R> seq(0, 1, by = 0.5)\n[1] 0.0 0.5 1.0\nR> c(\"a\", NA)\n[1] \"a\" NA\n"
                // nor are a factor's levels as R prints them, or an index on a line of code after R's prompt
                + "> tindex <- sample(1:dim(promotergene)[1],5)\n+ function(x) gpar(fill = col[1])\n[1] C A A C\n"
                // nor, where the list is numbered in brackets, a number glued to a word ("fit1", a model's name)
                + "One might have expected fit1 and fit2 to give the same coefficient.\n\nReferences\n"
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

    @Test
    void rNewsAddressesAfterTheListAndAFootnotesLinkAmongItsEntriesAreNoEntries() {
        // R News prints its authors' addresses, each with an "Email address:" line, right after the list; a page's
        // footnote, its number glued to its link, falls between two entries
        String text = "Multivariate t Probabilities\nTorsten Hothorn\n\n"
                + "Edwards and Berry (1987) obtained the same result, and the method of Genz (1992) is faster.\n\n"
                + "References\n"
                + "Don Edwards and Jack J. Berry. The efficiency of simulation-based multiple\n"
                + "comparisons. Biometrics, 43:913–928, December 1987.\n"
                + "14http://CRAN.R-project.org\n"
                + "Alan Genz. Numerical computation of multivariate normal probabilities.\n"
                + "Journal of Computational and Graphical Statistics, 1:141–149, 1992.\n"
                + "Friedrich-Alexander-Universität Erlangen-Nürnberg, Institut für Medi-\n"
                + "zininformatik, Biometrie und Epidemiologie, Waldstraße 6, D-91054 Erlangen\n"
                + "Email address: Torsten.Hothorn@rzmail.uni-erlangen.de\n"
                + "Department of Mathematics, Washington State University, Pullman, WA\n"
                + "99164-3113 USA\n"
                + "Email address: alangenz@wsu.edu\n";
        Bibliography result = Citekit.create().processText("rnews.txt", text);
        List<String> entries = TestSupport.entries(result);
        assertEquals(List.of("Don Edwards and Jack J. Berry. The efficiency of simulation-based multiple comparisons. Biometrics, "
                + "43:913–928, December 1987.", "Alan Genz. Numerical computation of multivariate normal probabilities. Journal of "
                + "Computational and Graphical Statistics, 1:141–149, 1992."), entries);
        assertEquals(List.of(), result.report().documents().get(0).uncited());
    }

    @Test
    void aPublishersLineAVolumesNumberAndALetteredAppendixWithATableAreNoEntries() {
        // "R Foundation for Statistical Computing, Vienna, Austria." reads as an organisation's entry; "2." as a number
        // opening one; "A. Data sets", whose third line is a table's row with a source's year, as an entry
        String text = "Mosaic Displays in R\nJane Doe\n\nThe distributions of Johnson and Kotz (1970) are computed in "
                + "R Development Core Team (2008), and the data are from Snee (1974).\n\n"
                + "References\n"
                + "Johnson NL, Kotz S (1970). Distributions in Statistics: Continuous Univariate Distributions\n"
                + "2. John Wiley & Sons, New York.\n"
                + "R Development Core Team (2008). R: A Language and Environment for Statistical Computing.\n"
                + "R Foundation for Statistical Computing, Vienna, Austria. ISBN 3-900051-07-0, URL http:\n"
                + "//www.R-project.org.\n"
                + "Snee RD (1974). “Graphical Display of Two-Way Contingency Tables.” The American Statistician,\n"
                + "28, 9–12.\n"
                + "A. Data sets\n"
                + "The data set names in the paper are those from the R system. In the following, we give a\n"
                + "short description of each data set.\n"
                + "HairEyeColor Distribution of hair and eye color and gender in 592 statistics students. Source: Snee (1974).\n"
                + "Package: datasets (included in base R).\n";
        Bibliography result = Citekit.create().processText("jss.txt", text);
        List<String> entries = TestSupport.entries(result);
        assertEquals(3, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(0).endsWith("Univariate Distributions 2. John Wiley & Sons, New York."), entries.get(0));
        assertTrue(entries.get(1).contains("Computing. R Foundation for Statistical Computing, Vienna"), entries.get(1));
        assertTrue(entries.get(2).endsWith("28, 9–12."), entries.get(2));
        assertEquals("Johnson and Kotz (1970)->[0] R Development Core Team (2008)->[1] Snee (1974)->[2] Snee (1974)->[2]",
                TestSupport.links(result.report().documents().get(0)));
    }

    @Test
    void plainTextsShortLinesGoOnWithTheirEntry() {
        // pdftotext's plain text joins a justified column's lines, so that the few it leaves alone look short: a line
        // that opens with the year the authors had no room for, a link's rest after its host's dot, or a journal's
        // volume and pages after a title that has not ended goes on with its entry
        String text = "Ordination\nJane Doe\n\nSee Jongman, ter Braak and van Tongeren (1987), Sarkar (2014), and Scollnik (2001).\n\n"
                + "References\n"
                + "Atmar W, Patterson BD (1993). “The measure of\n"
                + "order and disorder in the distribution of species\n"
                + "in fragmented habitat.” Oecologia, 96, 373–382.\n"
                + "Jongman RH, ter Braak CJF, van Tongeren OFR\n"
                + "(1987). Data analysis in community and landscape ecology. Pudoc, Wageningen.\n"
                + "McCune B (1997). “Influence of noisy environmental data on canonical correspondence analysis.”\n"
                + "Ecology, 78, 2617–2623.\n"
                + "Pebesma E, Bivand R (2013). sp: Classes and Methods for Spatial Data. R package version 1.0-14.\n"
                + "Sarkar D (2014). lattice: Lattice Graphics. URL http://CRAN.R-project.\n"
                + "org/package=lattice, R package version 0.20-27.\n"
                + "Scollnik DPM (2001). Actuarial modeling with MCMC and BUGS. North American\n"
                + "Actuarial Journal, 5(2):96–124.\n"
                + "Tufte ER (1983). The Visual Display of Quantitative Information. Graphics Press, Cheshire, Connecticut.\n";
        Bibliography result = Citekit.create().processText("plain.txt", text);
        List<String> entries = TestSupport.entries(result);
        assertEquals(7, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(1).startsWith("Jongman RH, ter Braak CJF, van Tongeren OFR (1987). Data analysis"), entries.get(1));
        assertTrue(entries.get(4).contains("URL http://CRAN.R-project.org/package=lattice, R package"), entries.get(4));
        assertTrue(entries.get(5).endsWith("North American Actuarial Journal, 5(2):96–124."), entries.get(5));
        // the particles of the last two names had kept "and" out of the citation: only "van Tongeren (1987)" was read
        assertEquals("Jongman, ter Braak and van Tongeren (1987)->[1] Sarkar (2014)->[4] Scollnik (2001)->[5]",
                TestSupport.links(result.report().documents().get(0)));
    }

    @Test
    void aPagesRunningHeadOverTheListAndAPipedFootAmongItsEntriesAreNoList() {
        // "REFERENCES" heads the page the list opens on, above the section before it; a foot in parts between bars
        String text = "Partial Least Squares in R\nJane Doe\n\nThe algorithm of de Jong [1] is the default, see also [2].\n\n"
                + "REFERENCES\n\n23\n\n"
                + "9.5 Formula handling in more detail\n"
                + "The handling of formulas and variables in the model fitting is very similar to what happens in\n"
                + "the function lm: the variables specified in the formula are looked up in the data frame given\n"
                + "in the data argument of the fit function.\n\n"
                + "References\n"
                + "[1] Sijmen de Jong. SIMPLS: an alternative approach to partial least squares regression.\n"
                + "Chemometrics and Intelligent Laboratory Systems, 18:251–263, 1993.\n"
                + "Doe and Roe PLS Vignette | January 11, 2022 | 3\n"
                + "[2] S. Wold. Personal memories of the early PLS development. Chemometrics and Intelligent\n"
                + "Laboratory Systems, 58(2):83–84, 2001.\n";
        Bibliography result = Citekit.create().processText("pls.txt", text);
        List<String> entries = TestSupport.entries(result);
        assertEquals(2, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(0).endsWith("Systems, 18:251–263, 1993."), entries.get(0));
        assertEquals(List.of(), result.report().documents().get(0).uncited());
    }

    @Test
    void narrativeListsBrokenOverLinesAndAPossessiveAfterAnSCiteTheirEntries() {
        // a list of names broken at a name's hyphen, after a serial comma's "and", and after a comma; "Pegels’"; a
        // capitalised word before the names ("Subsequently") is none of them; a particle glued to its name, "d’Orey"
        String text = "Forecasting\nJane Doe\n\n"
                + "Exponential smoothing methods were classified by Pegels’ (1969) taxonomy. Source: Bickel, Ham-\n"
                + "mel, and O’Connell (1975). An overview is given in Everitt and Hand (1981), Titterington, Smith, and\n"
                + "Makov (1985), and the framework of Hothorn,\n"
                + "Hornik, van de Wiel, and Zeileis (2008) is used. Subsequently, Everitt, Hand, and Pegels (1990) agreed,\n"
                + "as did Koenker and d’Orey [1987].\n\n"
                + "References\n"
                + "Bickel PJ, Hammel EA, O’Connell JW (1975). “Sex Bias in Graduate Admissions: Data from Berkeley.” Science, 187, 398–403.\n"
                + "Everitt BS, Hand DJ (1981). Finite Mixture Distributions. Chapman and Hall, London.\n"
                + "Everitt BS, Hand DJ, Pegels CC (1990). “Mixtures Again.” Biometrics, 46(2), 1–10.\n"
                + "Hothorn T, Hornik K, van de Wiel MA, Zeileis A (2008). “Implementing a Class of Permutation Tests: The coin "
                + "Package.” Journal of Statistical Software, 28(8), 1–23.\n"
                + "Koenker R, d’Orey V (1987). “Computing Regression Quantiles.” Applied Statistics, 36(3), 383–393.\n"
                + "Pegels CC (1969). “Exponential Forecasting: Some New Variations.” Management Science, 15(5), 311–315.\n"
                + "Titterington DM, Smith AFM, Makov UE (1985). Statistical Analysis of Finite Mixture Distributions. Wiley, Chichester.\n";
        DocumentReport report = Citekit.create().processText("forecast.txt", text).report().documents().get(0);
        assertEquals("Pegels’ (1969)->[5] Bickel, Hammel, and O’Connell (1975)->[0] Everitt and Hand (1981)->[1] "
                + "Titterington, Smith, and Makov (1985)->[6] Hothorn, Hornik, van de Wiel, and Zeileis (2008)->[3] "
                + "Everitt, Hand, and Pegels (1990)->[2] Koenker and d’Orey [1987]->[4]", TestSupport.links(report));
        assertEquals(List.of(), report.uncited());
    }

    @Test
    void aSectionHeadedSourcesWhoseLinesNameNoYearIsNoList() {
        // a software's "Sources" section, and a file's lines as R prints them; the citation names a section
        String text = "Extensions\nIngo Feinerer\n\nThe mechanism is described by Feinerer et al. (2008, Sec. 3.3).\n"
                + "Sources\nA source abstracts input locations and provides uniform methods for access.\n"
                + "> print(readLines(custom.xml), quote = FALSE)\n"
                + "[1] <?xml version=\"1.0\"?>\n[2] <corpus>\n[3] <document short=\"invisible man\">\n"
                + "[4] <writer>Ano Nymous</writer>\n[5] </document>\n[6] </corpus>\n"
                + "As you see there is a top-level tag stating that there is a corpus.\n\n"
                + "References\n"
                + "I. Feinerer, K. Hornik, and D. Meyer. Text mining infrastructure in R. Journal of Statistical Software,\n"
                + "25(5): 1–54, March 2008.\n";
        Bibliography result = Citekit.create().processText("tm.txt", text);
        assertEquals(1, TestSupport.entries(result).size(), String.join("\n", TestSupport.entries(result)));
        DocumentReport report = result.report().documents().get(0);
        assertEquals("Feinerer et al. (2008, Sec. 3.3)->[0]", TestSupport.links(report));
        assertTrue(report.unresolved().isEmpty(), report.unresolved().toString());
    }

    @Test
    void aJustifiedEntryStretchedAroundALongLinkIsOneEntry() {
        // LaTeX could not break the link, so it stretched the entry's lines; pdftotext's plain text joined the other
        // entries' lines and left these short: names and date alone, a line ending with "for", an edition, "Press,"
        String text = "Applied Econometrics\nJane Doe\n\nSee Franses (1998), Franses, van Dijk, and Opschoor (2014) and "
                + "Greene (2003); the package vcd (Meyer, Zeileis, Karatzoglou, and Hornik 2013).\n\n"
                + "References\n"
                + "Franses PH (1998). Time Series Models for Business and Economic Forecasting. Cambridge\n"
                + "University Press, Cambridge.\n"
                + "Franses PH, van Dijk D, Opschoor A (2014).\n"
                + "Time Series Models for\n"
                + "Business and Economic Forecasting.\n"
                + "2nd edition. Cambridge University\n"
                + "Press,\n"
                + "Cambridge.\n"
                + "URL http://www.cambridge.org/us/academic/\n"
                + "subjects/economics/econometrics-statistics-and-mathematical-economics/\n"
                + "time-series-models-business-and-economic-forecasting-2nd-edition.\n"
                + "Greene WH (2003). Econometric Analysis. 5th edition. Prentice Hall, Upper Saddle River,\n"
                + "NJ. URL http://pages.stern.nyu.edu/~wgreene/Text/econometricanalysis.htm.\n"
                + "Meyer D, Zeileis A, Karatzoglou A, Hornik K (2013). vcd: Visualizing Categorical Data. URL http://CRAN.R-project.org/package=vcd,\n"
                + "R package version 1.3-1.\n";
        Bibliography result = Citekit.create().processText("aer.txt", text);
        List<String> entries = TestSupport.entries(result);
        assertEquals(4, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(1).startsWith("Franses PH, van Dijk D, Opschoor A (2014). Time Series Models for Business and "
                + "Economic Forecasting. 2nd edition. Cambridge University Press, Cambridge. URL http://www.cambridge.org/"), entries.get(1));
        assertTrue(entries.get(3).endsWith("package=vcd, R package version 1.3-1."), entries.get(3));
        assertEquals(List.of(), result.report().documents().get(0).uncited());
    }

    @Test
    void anAppendixLetteredWithoutAFullStopAndASentenceUnderItEndsTheList() {
        // no "A.1" under "A Implementation details for p values", but a sentence; "A National Cancer Institute
        // Workshop on" (a title) has none
        String text = "Structural Change\nJane Doe\n\nSee Zeileis, Shah, and Patnaik (2010) and Anon (1991).\n\n"
                + "References\n"
                + "A. Zeileis, A. Shah, and I. Patnaik. Testing, monitoring, and dating structural changes in exchange\n"
                + "rate regimes. Computational Statistics & Data Analysis, 54(6):1696–1706, 2010.\n"
                + "A. Anon. Proceedings of the thirteenth meeting.\n"
                + "A National Cancer Institute Workshop on\n"
                + "Lung Cancer. Bethesda, 1991.\n"
                + "B Implementation details for p values\n"
                + "An important and useful tool concerning significance tests are p values, especially for application\n"
                + "in a software package. Their implementation is therefore crucial and in this section we will give\n"
                + "more detail about the implementation in the strucchange package.\n";
        List<String> entries = TestSupport.entries(Citekit.create().processText("strucchange.txt", text));
        assertEquals(2, entries.size(), String.join("\n", entries));
        assertTrue(entries.get(1).endsWith("A National Cancer Institute Workshop on Lung Cancer. Bethesda, 1991."), entries.get(1));
    }
}
