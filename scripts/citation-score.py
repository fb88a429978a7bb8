#!/usr/bin/env python3
"""Scores report.json's citations against citation-corpus.py's expected ones.

usage: citation-score.py EXPECTED.json REPORT.json [--notes | --entries]
  --notes  a mark is right when it links to the entry that opens with its number (REPORT.json's folder holds
           references.json), whatever the entry's index
  (default)  also counts, when OUT_DIR.entries.json is beside EXPECTED.json, the citations linked to entries of
             exactly the cited works' text, whatever their indices
  --entries  EXPECTED.json is citation-corpus.py's OUT_DIR.entries.json (or --lists's OUT_DIR.json): counts the
             entries found with exactly their text
             (letters and digits compared, lower-cased), and the lists cut whole
"""
import collections, json, os, re, sys, unicodedata

expected = json.load(open(sys.argv[1], encoding='utf-8'))
report = json.load(open(sys.argv[2], encoding='utf-8'))
CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
CONT = '[\u0080-\u00bf' + re.sub('[\u0080-\u009f]', '', CP1252_HIGH) + ']'
RUN = re.compile('[ÃÂÎÏÐÑ]' + CONT + '|[\u00c4-\u00df](?<![ÎÏÐÑ])[\u0080-\u00bf]|[\u00e0-\u00ef]' + CONT + '{2}')


def reread(m):
    """A run of UTF-8 once read as Windows-1252 read again, as the main job's documents are (internal.text.Mojibake)."""
    try:
        return bytes(ord(c) if ord(c) <= 0xff else 0x80 + CP1252_HIGH.index(c) for c in m.group()).decode('utf-8')
    except UnicodeDecodeError:
        return m.group()


def norm(t):
    """Letters and digits, lower-cased, of the text in NFC with mis-decoded UTF-8 read again (as the main job reads a
    document)."""
    return re.sub(r'[\W_]+', '', unicodedata.normalize('NFC', RUN.sub(reread, t))).lower()


if '--entries' in sys.argv:
    items = json.load(open(os.path.join(os.path.dirname(sys.argv[2]), 'references.json'), encoding='utf-8'))
    found = collections.defaultdict(set)
    for it in items:
        for s in it['custom']['sources']:
            if s['kind'] == 'reference':
                found[s['document']].add((s['index'], norm(s['text'])))
    gold = total = right = whole = 0
    for e in expected:
        want = [norm(raw) for raw in e['entries']]
        got = {t for i, t in found[e['document']]}
        hits = sum(1 for w in want if w in got)
        gold += len(want)
        total += len(found[e['document']])
        right += hits
        whole += hits == len(want) == len(found[e['document']])
    print('entries %d: found %d, exactly %d (precision %.4f, recall %.4f); lists cut whole %d of %d'
          % (gold, total, right, right / max(total, 1), right / gold, whole, len(expected)))
    sys.exit(0)
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
# the entries' texts, when the corpus's OUT_DIR.entries.json is beside EXPECTED.json: a citation is also
# counted by the text of the entries it links to, which one wrongly cut entry earlier in the list leaves right
lists = sys.argv[1][:-len('.json')] + '.entries.json'
gold_text, got_text = {}, {}
if os.path.exists(lists):
    gold_text = {e['document']: [norm(t) for t in e['entries']] for e in json.load(open(lists, encoding='utf-8'))}
    items = json.load(open(os.path.join(os.path.dirname(sys.argv[2]), 'references.json'), encoding='utf-8'))
    got_text = {(s['document'], s['index']): norm(s['text']) for it in items for s in it['custom']['sources']
                if s['kind'] == 'reference'}
right = wrong = missed = by_text = 0
for e in expected:
    cs = [c for c in found[e['document']] if e['text'] in c['text'] or c['text'] in e['text']]
    linked = sorted({i for c in cs for i in c['references']})
    if not cs:
        missed += 1
    elif linked == e['references']:
        right += 1
    else:
        wrong += 1
    if gold_text and cs and sorted(got_text.get((e['document'], i), '') for i in linked) \
            == sorted(gold_text[e['document']][i] for i in e['references']):
        by_text += 1
print('citations %d: linked right %d, wrong %d, not found %d; documents with all 40 entries: %d of %d'
      % (len(expected), right, wrong, missed, sum(1 for n in entries.values() if n == 40), len(entries))
      + ('; linked to entries of exactly the cited text %d' % by_text if gold_text else ''))
