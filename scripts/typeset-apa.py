#!/usr/bin/env python3
"""Cuts biblatex-apa-test.pdf's text (pdftotext -raw) into one document per APA section, with its gold.

usage: scripts/typeset-apa.py TEXT BIBDIR OUT
Each section's examples show the LaTeX command ("\\parencite{10.2:28}") and then its output ("Ç (Piaget & Inhelder,
1966/1969)"); the section ends with "APA 10.2 References", whose entries each have their .bib key in the margin, which
pdftotext prints on the line after the entry's first. The documents (OUT/docs) keep the outputs and the entries under
a plain "References", without the commands and the keys; OUT/gold.json gives each document's entries (key, text) and
citations (text, keys). Sections without a list of their own are left out.
"""
import json
import os
import re
import sys


def main(src, bibdir, out):
    keys = set()
    for name in ('biblatex-apa-test-references', 'biblatex-apa-test-citations'):
        keys |= {item['id'] for item in json.load(open(os.path.join(bibdir, name + '.json'), encoding='utf-8'))}
    lines = [l for l in open(src, encoding='utf-8').read().replace('\f', '').split('\n') if not re.fullmatch(r'\d+', l.strip())]
    section = re.compile(r'^APA \d+(\.\d+)?–\S')
    starts = [i for i, l in enumerate(lines) if section.match(l) and '. . .' not in l]
    os.makedirs(os.path.join(out, 'docs'), exist_ok=True)
    gold = {}
    for si, s in enumerate(starts):
        sec = lines[s:starts[si + 1] if si + 1 < len(starts) else len(lines)]
        name = 'apa-' + re.match(r'APA (\d+(?:\.\d+)?)', sec[0]).group(1).replace('.', '-') + '.txt'
        heads = [i for i, l in enumerate(sec) if re.fullmatch(r'APA [\d.]+ (Citation )?References', l.strip())]
        if not heads:
            continue
        body, refs = sec[:heads[0]], sec[heads[0] + 1:]
        text, citations, pending, current = [], [], set(), None
        for l in body:
            if l.startswith('\\'):
                pending |= {k.strip() for m in re.finditer(r'\{([^{}]*)\}', l) for k in m.group(1).split(',') if k.strip() in keys}
                current = None
                continue
            if l.startswith('Ç'):
                current = {'text': l[1:].strip(), 'keys': sorted(pending)}
                citations.append(current)
                pending = set()
                text.append(current['text'])
                continue
            if current is not None and l.strip() and not l.startswith('(APA') and len(l) < 100 and (
                    l[0].islower() or current['text'].endswith('-') or not re.search(r'[.:]$', current['text'])):
                current['text'] += ' ' + l.strip()  # the output's wrapped rest
            else:
                current = None
            text.append(l)
        at = [i for i, l in enumerate(refs) if l.strip() in keys]
        entries = []
        for j, k in enumerate(at):
            joined = ''
            for l in [refs[k - 1]] + refs[k + 1:at[j + 1] - 1 if j + 1 < len(at) else len(refs)]:
                l = l.strip()
                joined = joined[:-1] + l if joined.endswith('-') and l[:1].islower() else (joined + ' ' + l if joined else l)
            entries.append({'key': refs[k].strip(), 'text': joined})
        if not entries:
            continue
        with open(os.path.join(out, 'docs', name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(text) + '\nReferences\n' + '\n'.join(l for l in refs if l.strip() not in keys) + '\n')
        gold[name] = {'entries': entries, 'citations': [c for c in citations if c['keys']]}
    with open(os.path.join(out, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
    print(f"{len(gold)} documents, {sum(len(g['entries']) for g in gold.values())} entries, "
          f"{sum(len(g['citations']) for g in gold.values())} citations")


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
