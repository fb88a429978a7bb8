import io.github.citekit.format.BibTeX;
import io.github.citekit.format.CslJson;
import io.github.citekit.internal.text.TextLoader;
import java.nio.file.Path;

/** Writes a .bib file's entries as a CSL-JSON array, read by citekit's reader: java -cp JAR scripts/Bib2Csl.java FILE.bib */
public class Bib2Csl {
    public static void main(String[] args) {
        System.out.println(CslJson.write(BibTeX.read(TextLoader.load(Path.of(args[0]), args[0]), args[0])));
    }
}
