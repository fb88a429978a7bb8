#!/usr/bin/env python3
"""Builds documents with author-date citations from the labelled reference strings, for measuring how
reference lists are cut into entries and citations linked to them (docs/EVALUATION.md).

usage: citation-corpus.py DATA_DIR OUT_DIR [WRAP]
  DATA_DIR  ../shared/data/references
  OUT_DIR   gets one .txt per document (100 of them, 40 references each, one per line, or wrapped at WRAP
            characters as a PDF's column would be) and OUT_DIR.json, the expected citations:
            [{document, text, references: [0-based entry indices]}], the shape of report.json's.
"""
import json, os, random, re, sys, textwrap

data, out_dir = sys.argv[1], sys.argv[2]
wrap = int(sys.argv[3]) if len(sys.argv) > 3 else 0
random.seed(16)
refs = []
for name in ['cora', 'anystyle-core', 'grobid-train']:
    for line in open(os.path.join(data, name + '.jsonl'), encoding='utf-8'):
        r = json.loads(line)
        e = r['expected']
        families = e.get('author_family')
        # English author-date material: labelled family names and year, no citation number of its own
        if r['lang'] != 'en' or not families or 'year' not in e or re.match(r'^\W*\[?\d', r['raw']):
            continue
        if any(not re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", f) for f in families):
            continue
        year = re.search(r'\b(\d{4}[a-z]?)\b', e.get('date', ''))
        refs.append((r['raw'], families, year.group(1) if year else e['year']))
random.shuffle(refs)
os.makedirs(out_dir, exist_ok=True)


def names(families):
    if len(families) == 1:
        return families[0]
    return families[0] + ' and ' + families[1] if len(families) == 2 else families[0] + ' et al.'


expected = []
per = 40
for d in range(0, min(len(refs), 4000), per):
    chunk = refs[d:d + per]
    doc = 'doc%03d.txt' % (d // per)
    same = {}
    for raw, fam, year in chunk:
        same[(fam[0].lower(), year)] = same.get((fam[0].lower(), year), 0) + 1
    # only references that their first author and year name alone are cited
    cited = [i for i, (raw, fam, year) in enumerate(chunk) if same[(fam[0].lower(), year)] == 1]
    random.shuffle(cited)
    body = []
    for j, i in enumerate(cited[:15]):
        raw, fam, year = chunk[i]
        style = j % 4
        if style == 3:
            k = cited[(j + 7) % len(cited)]
            text = '(%s %s; %s %s)' % (names(fam), year, names(chunk[k][1]), chunk[k][2])
            refs_of = sorted({i, k})
        else:
            text = ['(%s %s)', '%s (%s)', '(%s %s, p. ' + str(random.randint(2, 300)) + ')'][style] % (names(fam), year)
            refs_of = [i]
        expected.append({'document': doc, 'text': text, 'references': refs_of})
        body.append(('As %s shows, the question remains open.' if style == 1
                     else 'This point has been made before %s, and we build on it.') % text)
    with open(os.path.join(out_dir, doc), 'w', encoding='utf-8') as out:
        out.write('On Things Cited, Part %d\n\nJane Doe\n\nAbstract\nWe study things.\n\n1. Introduction\n' % (d // per))
        out.write('\n'.join(body) + '\n\nReferences\n')
        for raw, fam, year in chunk:
            out.write(('\n'.join(textwrap.wrap(raw, wrap)) if wrap else raw) + '\n')
json.dump(expected, open(out_dir.rstrip('/') + '.json', 'w', encoding='utf-8'), indent=1)
print(len(expected), 'citations in', len(os.listdir(out_dir)), 'documents')
