#!/usr/bin/env python3
"""Scores report.json's citations against citation-corpus.py's expected ones.

usage: citation-score.py EXPECTED.json REPORT.json [--notes]
  --notes  a mark is right when it links to the entry that opens with its number (REPORT.json's folder holds
           references.json), whatever the entry's index
"""
import collections, json, os, sys

expected = json.load(open(sys.argv[1], encoding='utf-8'))
report = json.load(open(sys.argv[2], encoding='utf-8'))
if '--notes' in sys.argv:
    items = json.load(open(os.path.join(os.path.dirname(sys.argv[2]), 'references.json'), encoding='utf-8'))
    text = {(s['document'], s['index']): s['text'] for it in items for s in it['custom']['sources'] if s['kind'] == 'reference'}
    links = collections.defaultdict(list)
    for d in report['documents']:
        for c in d.get('citations', []):
            links[(d['document'], c['text'])].extend(c['references'])
    right = sum(1 for e in expected if any(text.get((e['document'], i), '').startswith(e['text'] + ' ')
                                           for i in links[(e['document'], e['text'])]))
    unlinked = sum(1 for e in expected if not links[(e['document'], e['text'])])
    print('note marks %d: linked to their note %d, to another %d, to none %d'
          % (len(expected), right, len(expected) - right - unlinked, unlinked))
    sys.exit(0)
found = collections.defaultdict(list)
entries = {}
for d in report['documents']:
    found[d['document']].extend(d.get('citations', []))
    entries[d['document']] = d.get('references')
right = wrong = missed = 0
for e in expected:
    cs = [c for c in found[e['document']] if e['text'] in c['text'] or c['text'] in e['text']]
    if not cs:
        missed += 1
    elif sorted({i for c in cs for i in c['references']}) == e['references']:
        right += 1
    else:
        wrong += 1
print('citations %d: linked right %d, wrong %d, not found %d; documents with all 40 entries: %d of %d'
      % (len(expected), right, wrong, missed, sum(1 for n in entries.values() if n == 40), len(entries)))
