#!/usr/bin/env python3
"""Scores the main job's reading of the vignette corpus that scripts/vignettes.sh builds.

usage: scripts/vignette-score.py SOURCES OUT [--worst N]
  SOURCES  the corpus's x/ directory (the packages' files, with each vignette's .Rnw source)
  OUT      the output directory of `citekit build` over its raw/ or plain/ texts (its report.json)

Where a vignette's source prints its list with BibTeX (\\bibliography{...}, no \\nocite{*}), the list holds
exactly the works it cites (\\cite, \\citep, \\citet, \\citeauthor, ...): their number is the number of entries the
document should give. Prints how many documents give exactly that number, and the sum of the differences; and,
over all documents, the entries no citation names and the citations that name no entry.
"""
import glob
import json
import os
import re
import sys


def cited_keys(sources):
    keys = {}
    for path in sorted(glob.glob(os.path.join(sources, '**', '*.Rnw'), recursive=True)):
        name = os.path.splitext(os.path.basename(path))[0]
        text = re.sub(r'(?m)^%.*$', '', open(path, encoding='utf-8', errors='replace').read())
        if re.search(r'\\nocite\{\*\}', text) or not re.search(r'\\bibliography\{', text):
            continue
        cited = set()
        for m in re.finditer(r'\\(?:no)?cite[a-zA-Z]*\*?(?:\[[^\]]*\])*\{([^}]*)\}', text):
            cited.update(k.strip() for k in m.group(1).split(',') if k.strip())
        if cited:
            keys.setdefault(name, len(cited))
    return keys


def size(x):
    return x if isinstance(x, int) else len(x)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    sources, out = argv[1], argv[2]
    worst = int(argv[argv.index('--worst') + 1]) if '--worst' in argv else 0
    keys = cited_keys(sources)
    documents = json.load(open(os.path.join(out, 'report.json'), encoding='utf-8'))['documents']
    with_list = [d for d in documents if size(d['references']) > 0]
    uncited = sum(size(d['uncited_references']) for d in documents)
    unresolved = sum(size(d['unresolved_citations']) for d in documents)
    print(f"{len(documents)} documents, {len(with_list)} with a list: {sum(size(d['references']) for d in documents)} entries,"
          f" {uncited} of them cited by no citation; {sum(size(d['citations']) for d in documents)} citations,"
          f" {unresolved} of them naming no entry")
    rows = []
    for d in documents:
        stem = d['document'][:-4]
        match = [k for k in keys if stem == k or stem.endswith('-' + k)]
        if match:
            want = keys[max(match, key=len)]
            rows.append((abs(size(d['references']) - want), d['document'], want, size(d['references'])))
    exact = sum(1 for r in rows if r[0] == 0)
    print(f"{len(rows)} documents whose source cites with BibTeX: entries as many as the works cited in {exact};"
          f" entries too many or too few, summed: {sum(r[0] for r in rows)} (works cited: {sum(r[2] for r in rows)})")
    for r in sorted(rows, reverse=True)[:worst]:
        print(f"  {r[1]}: {r[3]} entries, {r[2]} works cited")


if __name__ == '__main__':
    main(sys.argv)
