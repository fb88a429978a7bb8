#!/usr/bin/env python3
"""Scores citekit's reading of the corpus scripts/typeset-styles.sh makes.

usage: scripts/typeset-score.py JAR DIR APA_OUT [RAW_OUT] [--show FIELD|entries|citations]
  JAR      citekit-cli.jar (its parse-references reads each entry again for the field scores)
  DIR      the corpus directory (DIR/apa/gold.json, DIR/bib/*.json)
  APA_OUT  the output of `build DIR/apa/docs`; RAW_OUT, of `build DIR/raw`, adds the Chicago documents' fields

APA: entries cut exactly as the gold (letters and digits), citations linked to exactly the keys their command named,
and the fields of the gold entries' texts against their .bib entries. Chicago: each entry cut from the document is
matched to the .bib entry whose title (letters and digits) it holds, and its fields compared. Fields are compared as
../shared/data/README.md compares them: letters and digits lower-cased, the year, the first and last page, the family
names in order. The .bib gold holds biblatex's fields: a title with its subtitle and addendum (biblatex-apa puts the
bracketed description there), the series as no container.
"""
import collections
import json
import os
import re
import subprocess
import sys

FIELDS = ['title', 'container-title', 'author', 'editor', 'year', 'volume', 'issue', 'page', 'publisher',
          'publisher-place', 'DOI', 'URL']


def norm(s):
    return re.sub(r'[^0-9a-z]', '', str(s).lower())


def parse(jar, texts):
    path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'typeset-score.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(texts) + '\n')
    return json.loads(subprocess.run(['java', '-jar', jar, 'parse-references', path], capture_output=True, text=True,
                                     check=True).stdout)


def compare(gold, parsed, counts, show, label):
    def families(item, role):
        return [norm(a.get('family') or a.get('literal') or '') for a in item.get(role, [])] or None

    def year(item):
        parts = (item.get('issued') or {}).get('date-parts')
        return str(parts[0][0]) if parts else None

    def pages(v):
        d = re.findall(r'\d+', str(v))
        return d[:1] + d[-1:] if v else None

    for f in FIELDS:
        if f in ('author', 'editor'):
            g, p = families(gold, f), families(parsed, f)
            same = g == p
        elif f == 'year':
            g, p = year(gold), year(parsed)
            same = g == p
        elif f == 'page':
            g, p = pages(gold.get(f)), pages(parsed.get(f))
            same = g == p
        else:
            g, p = gold.get(f), parsed.get(f)
            same = g is not None and p is not None and norm(g) == norm(p)
        if g is None and p is None:
            continue
        c = counts[f]
        if g is not None and p is not None and same:
            c[0] += 1
            continue
        c[1] += p is not None
        c[2] += g is not None
        if show == f:
            print(f'  {f} {gold.get("id")}: gold {str(g)[:70]!r}, read {str(p)[:70]!r} | {label[:110]}')


def report(name, counts):
    t = [sum(c[i] for c in counts.values()) for i in range(3)]
    print(f'{name}: fields tp {t[0]} fp {t[1]} fn {t[2]}, micro F1 {2 * t[0] / max(1, 2 * t[0] + t[1] + t[2]):.4f}')
    for f in FIELDS:
        tp, fp, fn = counts[f]
        if tp + fp + fn:
            print(f'  {f:16s} tp {tp:4d} fp {fp:3d} fn {fn:3d} F1 {2 * tp / max(1, 2 * tp + fp + fn):.3f}')


def entries_of(out):
    found = collections.defaultdict(dict)
    for item in json.load(open(os.path.join(out, 'references.json'), encoding='utf-8')):
        for s in item.get('custom', {}).get('sources', []):
            if s.get('kind') == 'reference':
                found[s['document']][s['index']] = s['text']
    return found


def apa(jar, corpus, out, show):
    gold = json.load(open(os.path.join(corpus, 'apa', 'gold.json'), encoding='utf-8'))
    bib = {}
    for name in ('biblatex-apa-test-references', 'biblatex-apa-test-citations'):
        bib.update({i['id']: i for i in json.load(open(os.path.join(corpus, 'bib', name + '.json'), encoding='utf-8'))})
    found = entries_of(out)
    documents = {d['document']: d for d in json.load(open(os.path.join(out, 'report.json'), encoding='utf-8'))['documents']}
    total = exact = cited = right = 0
    tp = fp = fn = 0
    for doc, g in sorted(gold.items()):
        by_text = {norm(e['text']): e['key'] for e in g['entries']}
        key_of = {i: by_text.get(norm(t)) for i, t in found.get(doc, {}).items()}
        total += len(g['entries'])
        exact += sum(1 for k in key_of.values() if k)
        if show == 'entries':
            for i, t in sorted(found.get(doc, {}).items()):
                if not key_of[i]:
                    print(f'  {doc} cut: {t[:150]}')
        for c in g['citations']:
            linked = set()
            for rc in documents.get(doc, {}).get('citations', []):
                if norm(rc['text']) and norm(rc['text']) in norm(c['text']):
                    linked |= {key_of.get(i) for i in rc['references']}
            want = set(c['keys'])
            tp, fp, fn = tp + len(want & linked), fp + len(linked - want), fn + len(want - linked)
            cited += 1
            right += linked == want
            if show == 'citations' and linked != want:
                print(f'  {doc}: {c["text"][:90]!r} cites {sorted(want)}, linked {sorted(map(str, linked))}')
    print(f'APA: entries cut exactly {exact} of {total}; citations linked to exactly their works {right} of {cited} '
          f'(works: {tp} right, {fp} wrong, {fn} missed)')
    entries = [e for g in gold.values() for e in g['entries'] if e['key'] in bib]
    counts = collections.defaultdict(lambda: [0, 0, 0])
    for e, p in zip(entries, parse(jar, [e['text'] for e in entries])):
        compare(bib[e['key']], p, counts, show, e['text'])
    report(f'APA, the {len(entries)} gold entries parsed', counts)


def chicago(jar, corpus, out, show):
    found = entries_of(out)
    for doc, bibname in (('biblatex-chicago_cms-dates-sample.txt', 'dates-test'), ('biblatex-chicago_cms-trad-sample.txt', 'dates-test'),
                         ('biblatex-chicago_cms-notes-sample.txt', 'notes-test')):
        titles = [(norm(b.get('title', '')), b) for b in json.load(open(os.path.join(corpus, 'bib', bibname + '.json'), encoding='utf-8'))
                  if len(norm(b.get('title', ''))) >= 6]
        texts = [t for _, t in sorted(found.get(doc, {}).items())]
        counts = collections.defaultdict(lambda: [0, 0, 0])
        matched = 0
        for text, p in zip(texts, parse(jar, texts)):
            held = [(len(t), b) for t, b in titles if t in norm(text)]
            if held:
                matched += 1
                compare(max(held, key=lambda x: x[0])[1], p, counts, show, text)
        report(f'{doc}: {len(texts)} entries, {matched} matched to the .bib', counts)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('--')]
    show = argv[argv.index('--show') + 1] if '--show' in argv else ''
    if show:
        args.remove(show)
    if len(args) < 3:
        sys.exit(__doc__)
    apa(args[0], args[1], args[2], show)
    if len(args) > 3:
        chicago(args[0], args[1], args[3], show)


if __name__ == '__main__':
    main(sys.argv)
