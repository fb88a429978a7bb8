#!/bin/sh
# A corpus of real papers for measuring how the main job reads PDF text: the PDF vignettes of 88 R packages in
# Debian (many of them Journal of Statistical Software papers), read by pdftotext -raw into OUT/raw and plain into
# OUT/plain. Their sources, OUT/x/**/*.Rnw, name the works each cites; scripts/vignette-score.py compares.
# usage: scripts/vignettes.sh OUT        needs apt-get (Debian's archive), dpkg-deb and poppler-utils
set -eu
OUT=$1
PACKAGES="actuar ade4 aer ape bayesm bh boot brms car coda coin colorspace data.table desolve dplyr e1071 effects
emmeans evd exactranktests expm fbasics fields fitdistrplus flexmix forecast gee geepack glmmtmb glmnet gstat hsaur3
igraph kernlab knitr lavaan lme4 lmtest mass matrix mclust mcmc mcmcpack mgcv mice mlbench modeltools multcomp mvtnorm
network nlme party partykit phangorn plm pls pscl psych quantreg randomforest raster rcpp rjags robustbase rpart rstan
sandwich sem sf slam sna sp spam spatstat spdep statnet.common strucchange survival timedate tm tmb tseries urca vcd
vegan xts zelig zoo"
mkdir -p "$OUT/debs" "$OUT/x" "$OUT/raw" "$OUT/plain"
cd "$OUT/debs"
for p in $PACKAGES; do
    ls r-cran-"$p"_*.deb >/dev/null 2>&1 || apt-get download r-cran-"$p" >/dev/null 2>&1 || echo "not in the archive: r-cran-$p" >&2
done
for f in *.deb; do
    dpkg-deb -x "$f" ../x
done
cd ..
find x -name '*.pdf' | LC_ALL=C sort | while read -r pdf; do
    name=$(echo "$pdf" | sed 's|.*/site-library/||; s|.*/library/||; s|.*/share/doc/||; s|/doc/|-|; s|/|-|g; s|\.pdf$||')
    pdftotext -raw -enc UTF-8 "$pdf" "raw/$name.txt" 2>/dev/null || rm -f "raw/$name.txt"
    pdftotext -enc UTF-8 "$pdf" "plain/$name.txt" 2>/dev/null || rm -f "plain/$name.txt"
done
echo "$(ls raw | wc -l) documents in $OUT/raw and $OUT/plain"
