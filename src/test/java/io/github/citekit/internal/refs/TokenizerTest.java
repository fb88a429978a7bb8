package io.github.citekit.internal.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written tokenizer gives exactly the tokens of its defining regular expression. */
class TokenizerTest {
    private static final Pattern DEFINITION = Pattern.compile(Tokenizer.PATTERN);

    private static List<Token> byRegex(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = DEFINITION.matcher(text);
        int last = 0;
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), m.start() == 0 || m.start() > last));
            last = m.end();
        }
        return tokens;
    }

    @Test
    void edgeCasesMatchTheDefinition() {
        List<String> cases = List.of(
                "Available at: https://example.org/a/b.html. Accessed 2020.",
                "(see http://x.org/p?q=1;), www.site.ru/page]. WWW.CAPS.COM/x",
                "doi:10.1000/182, doi: 10.1000/183. DOI:10.1000/x) 10.1234/abc.def; 10.123/short 10.1234567890/long",
                "10.1234/ 10.12345/a http:// https://a. www.",
                "O’Brien's d'Alembert l’homme — «Наука», 2010. — 320 с. № 5",
                "Ca\u0301fe\u0301 x\u00A0y ²³ Ⅻ 12a a12 𝔘𝔫𝔦 😀 tab\there\r\nnew",
                "Smith, J.-P. (2010a). \"Title\" [Электронный ресурс]. URL: http://ex.org/a_b-c.");
        for (String c : cases) {
            assertEquals(byRegex(c), Tokenizer.tokenize(c), c);
        }
    }

    @Test
    void corpusTextsMatchTheDefinition() throws IOException {
        Path corpus = Path.of("corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    assertEquals(byRegex(line), Tokenizer.tokenize(line), f + ": " + line);
                }
            }
        }
    }
}
