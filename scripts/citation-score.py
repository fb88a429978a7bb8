#!/usr/bin/env python3
"""Scores report.json's citations against citation-corpus.py's expected ones.

usage: citation-score.py EXPECTED.json REPORT.json
"""
import collections, json, sys

expected = json.load(open(sys.argv[1], encoding='utf-8'))
report = json.load(open(sys.argv[2], encoding='utf-8'))
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
