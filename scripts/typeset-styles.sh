#!/bin/sh
# A corpus of lists typeset by LaTeX's bibliography styles, with the .bib files they were set from: TeX Live's test
# and sample documents of biblatex-apa (APA 7), biblatex-chicago (author-date, its traditional variant, notes and
# bibliography) and biblatex-mla, from Debian's texlive-bibtex-extra, read back with pdftotext -raw.
# OUT/apa holds biblatex-apa-test.pdf cut at its sections, one document each, its bibliography keys (printed in the
# margin) taken out of the text and kept as gold with the citations the source's \cite commands print;
# OUT/raw the other documents as they are; OUT/bib the .bib files as CSL-JSON (read by citekit's own reader).
# usage: scripts/typeset-styles.sh JAR OUT     needs apt-get (Debian's archive), dpkg-deb and poppler-utils
# then:  java -jar JAR build OUT/apa/docs --out OUT/o-apa && scripts/typeset-score.py JAR OUT OUT/o-apa
set -eu
JAR=$(realpath "$1"); OUT=$2
HERE=$(dirname "$(realpath "$0")")
mkdir -p "$OUT/deb" "$OUT/raw" "$OUT/bib"
cd "$OUT/deb"
ls texlive-bibtex-extra_*.deb >/dev/null 2>&1 || apt-get download texlive-bibtex-extra >/dev/null 2>&1
[ -d x ] || dpkg-deb -x texlive-bibtex-extra_*.deb x
DOC=x/usr/share/doc/texlive-doc/latex
cd ..
for pdf in biblatex-apa/biblatex-apa-test biblatex-chicago/cms-dates-sample biblatex-chicago/cms-trad-sample \
        biblatex-chicago/cms-notes-sample biblatex-mla/doc/examples; do
    pdftotext -raw -enc UTF-8 "deb/$DOC/$pdf.pdf" "raw/$(echo "$pdf" | sed 's|/doc/|-|; s|/|_|g').txt"
done
for bib in biblatex-apa/biblatex-apa-test-references biblatex-apa/biblatex-apa-test-citations biblatex-chicago/dates-test \
        biblatex-chicago/notes-test; do
    name=$(basename "$bib")
    zcat "deb/$DOC/$bib.bib.gz" > "bib/$name.bib"
    java -cp "$JAR" "$HERE/Bib2Csl.java" "bib/$name.bib" > "bib/$name.json"
done
python3 "$HERE/typeset-apa.py" raw/biblatex-apa_biblatex-apa-test.txt bib apa
echo "$(ls raw | wc -l) documents in $OUT/raw, $(ls apa/docs | wc -l) APA sections in $OUT/apa/docs"
