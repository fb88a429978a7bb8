#!/usr/bin/env python3
"""Builds documents with citations from the labelled reference strings, for measuring how reference lists
are cut into entries and citations linked to them (docs/EVALUATION.md).

usage: citation-corpus.py DATA_DIR OUT_DIR [WRAP] [--numbered | --gost | --gost-author-date | --notes | --lists]
                         [--pages N] [--indent] [--columns N] [--latex CLASS [--layout | --raw] [--cm]]
  DATA_DIR    ../shared/data/references
  OUT_DIR     gets one .txt per document (100 of them, the list's lines one per entry, or wrapped at WRAP
              characters as a PDF's column would be) and OUT_DIR.json, the expected citations:
              [{document, text, references: [0-based entry indices]}], the shape of report.json's.
  (default)   40 unnumbered references cited by author and year: "(Smith 2010)", "Smith and Jones (2010)",
              "(Smith et al. 2010, p. 5)", "(Smith 2010; Lee 2011)".
  --numbered  40 references numbered "[1]", "[2]", … (strings of all four files, GOST's too) cited by number:
              "[3]", "[3, 17]", "[5–8]", "[12; 6]".
  --gost      gost-dev's strings, 40 to a list under "Список литературы", numbered "1.", "2.", … and cited
              "[3]", "[3, с. 41]", "[12; 6]".
  --gost-author-date
              gost-dev's Russian strings, 30 to an unnumbered list, cited "(Иванов, 2010)", "[Иванов, 2010, с.
              5]", "(Иванов и Петров 2010)".
  --notes     20 notes, "1 …" to "20 …", marked in the text after a full stop ("grew.3"): a full reference,
              "Ibid., 47." or a short note ("Wright, Ports and Power, 51.") of an earlier one. Score with
              citation-score.py --notes, which checks that each mark links to its note.
  --lists     real lists: the strings of each GROBID source file (one paper's list, in one style) in their
              order, up to 60 to a document, under "References", wrapped at WRAP (default: 70 to 100
              characters, drawn per document). OUT_DIR.json holds each document's entries.
--indent    indents an entry's wrapped lines by four spaces, a hanging indent as pdftotext -layout keeps it.
--pages N   breaks the text into pages of N lines as pdftotext does: a page's number, a form feed and a
            running head ("Doe et al. / Journal of Things 12 (2020) 20–29") between them.
--columns N sets the text in two columns of N lines a page, side by side five spaces past WRAP, pages parted
            by a form feed, as pdftotext -layout writes a two-column paper (longer lines wrapped at WRAP).
--latex CLASS
            typesets each document with pdflatex instead (CLASS: ieee, IEEEtran's two-column conference paper;
            article, a one-column article; twocolumn, the same in two columns; llncs, Springer's LNCS, whose
            numbered lists read "1.", "2.", …; a numbered list as LaTeX's thebibliography, any other as paragraphs
            with a hanging indent) and writes pdftotext's text of the PDF (its default reading order, with
            --layout its -layout text, with --raw its -raw text, in the order the PDF draws it): line breaks, hyphenation, columns and page breaks are a real PDF's. Needs
            pdflatex and pdftotext (Debian: texlive-latex-recommended, texlive-publishers, poppler-utils); the .tex
            and .pdf files go to OUT_DIR.tex/. Latin scripts are set in Times, with --cm in LaTeX's Computer Modern. Only strings pdflatex can set are drawn (Latin scripts; with --gost or
            --gost-author-date, in article or twocolumn, Russian in T2A fonts with babel's hyphenation, which needs
            Debian's texlive-lang-cyrillic and cm-super, and a numbered list labelled "1.", "2.", …).
Every layout also writes OUT_DIR.entries.json, each document's entries; citation-score.py --entries scores
the entries cut exactly against it (or against --lists's OUT_DIR.json).
"""
import json, os, random, re, subprocess, sys, textwrap

WORDS = 'ports trade shipping insurance routes grain energy policy markets tariffs cargo freight'.split()
STOPWORDS = ('in', 'of', 'the', 'a', 'an', 'and', 'for', 'on', 'to', 'with', 'at', 'by', 'from')


def labelled(data, files):
    """The labelled strings of the files that carry no number of their own ("[12] …", "3. …")."""
    for name in files:
        for line in open(os.path.join(data, name + '.jsonl'), encoding='utf-8'):
            r = json.loads(line)
            if not re.match(r'^\W*\[?\d', r['raw']) and (not LATEX or settable(r['raw'])):
                yield r


def settable(text):
    """Whether pdflatex's utf8 input and T1 fonts (with --gost, T2A's) set every character of the text."""
    return all(' ' <= c <= '~' or '\xa0' <= c < '\u0180' or c in '–—‘’“”…•€' or CYRILLIC and (
        '\u0410' <= c <= '\u044f' or c in 'ЁёІіЇїЄєҐґЎў№«»„') for c in text) and '\\' not in text


TEX_SPECIAL = {'\\': r'\textbackslash{}', '{': r'\{', '}': r'\}', '$': r'\$', '&': r'\&', '#': r'\#', '^': r'\^{}',
               '_': r'\_', '%': r'\%', '~': r'\~{}', '<': r'\textless{}', '>': r'\textgreater{}', '|': r'\textbar{}',
               '"': "''", '-': '-{}'}


def tex(text):
    """The text as LaTeX source that prints it (a hyphen stays one: "--" would print a dash)."""
    return ''.join(TEX_SPECIAL.get(c, c) for c in text)


CLASSES = {'ieee': r'\documentclass[conference]{IEEEtran}', 'article': r'\documentclass{article}',
           'twocolumn': r'\documentclass[twocolumn]{article}', 'llncs': r'\documentclass{llncs}'}


def typeset(out_dir, doc, title, body, heading, lines):
    """Writes OUT_DIR/doc as pdftotext reads the document typeset by pdflatex (see --latex)."""
    bracketed = all(re.match(r'\[\d+] ', line) for line in lines)
    numbered = bracketed or all(re.match(r'\d+\. ', line) for line in lines)
    # Russian: T2A's Cyrillic in cm-super's fonts (Times has none), babel's Russian hyphenation and captions
    fonts = ([r'\usepackage[T2A]{fontenc}', r'\usepackage[utf8]{inputenc}', r'\usepackage[russian]{babel}'] if CYRILLIC
             else [r'\usepackage[utf8]{inputenc}', r'\usepackage[T1]{fontenc}'] + ([] if CM else [r'\usepackage{mathptmx}']))
    parts = [CLASSES[LATEX]] + fonts + [r'\begin{document}', r'\title{%s}' % tex(title), r'\author{Jane Doe}']
    parts += [r'\institute{University of Ports}'] if LATEX == 'llncs' else []
    parts += [r'\maketitle', r'\begin{abstract}We study things.\end{abstract}', r'\section{Introduction}',
             '\n\n'.join(tex(p) for p in body.split('\n'))]
    if numbered:
        parts += [] if bracketed else [r'\makeatletter\renewcommand{\@biblabel}[1]{#1.}\makeatother']  # "1." labels
        parts += [r'\renewcommand{\refname}{%s}' % tex(heading), r'\begin{thebibliography}{99}']
        parts += [r'\bibitem{r%d} %s' % (i, tex(re.sub(r'^\[?\d+(?:\]|\.) ', '', line))) for i, line in enumerate(lines)]
        parts += [r'\end{thebibliography}']
    else:
        parts += [r'\section*{%s}' % tex(heading), r'\begingroup\setlength{\parindent}{0pt}']
        parts += [r'\hangindent=1.5em\hangafter=1 %s\par' % tex(line) for line in lines]
        parts += [r'\endgroup']
    parts.append(r'\end{document}')
    work = out_dir.rstrip('/') + '.tex'
    os.makedirs(work, exist_ok=True)
    stem = os.path.join(work, doc[:-len('.txt')])
    with open(stem + '.tex', 'w', encoding='utf-8') as f:
        f.write('\n'.join(parts) + '\n')
    subprocess.run(['pdflatex', '-interaction=batchmode', '-halt-on-error', '-output-directory', work, stem + '.tex'],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(['pdftotext', '-enc', 'UTF-8'] + ([LAYOUT] if LAYOUT else []) + [stem + '.pdf',
                    os.path.join(out_dir, doc)], check=True)


ENTRIES = []  # every document's list, [{document, entries}], written to OUT_DIR.entries.json


PAGES = 0  # --pages N: a PDF dump's page break every N lines
COLUMNS = 0  # --columns N: two columns of N lines a page, as pdftotext -layout writes them
LATEX = ''  # --latex CLASS: typeset by pdflatex, read back by pdftotext
LAYOUT = ''  # --layout or --raw: pdftotext's -layout or -raw
CYRILLIC = False  # --gost or --gost-author-date with --latex: Russian set in T2A fonts
CM = False  # --cm with --latex: LaTeX's own Computer Modern (cm-super) instead of Times
INDENT = ''  # --indent: wrapped lines indented, as a hanging indent (pdftotext -layout, a word processor's text)


def write(out_dir, wrap, doc, title, body, heading, lines):
    ENTRIES.append({'document': doc, 'entries': lines})
    if LATEX:
        typeset(out_dir, doc, title, body, heading, lines)
        return
    text = title + '\n\nJane Doe\n\nAbstract\nWe study things.\n\n1. Introduction\n' + body + '\n\n' + heading + '\n'
    for line in lines:
        text += ('\n'.join(textwrap.wrap(line, wrap, subsequent_indent=INDENT)) if wrap else line) + '\n'
    if PAGES:
        # as pdftotext writes a page break: the page's number, a form feed, the next page's running head
        out, page = [], 1
        for i, line in enumerate(text.split('\n')):
            if i and i % PAGES == 0:
                page += 1
                out += ['', str(page - 1), '\fDoe et al. / Journal of Things 12 (2020) %d–%d' % (page * 10, page * 10 + 9), '']
            out.append(line)
        text = '\n'.join(out)
    if COLUMNS and wrap:
        lines = [part for line in text.split('\n') for part in (textwrap.wrap(line, wrap) if len(line) > wrap else [line])]
        pages = []
        for p in range(0, len(lines), 2 * COLUMNS):
            left, right = lines[p:p + COLUMNS], lines[p + COLUMNS:p + 2 * COLUMNS]
            pages.append('\n'.join((l.ljust(wrap + 5) + r).rstrip() for l, r in
                                   zip(left + [''] * (len(right) - len(left)), right + [''] * (len(left) - len(right)))))
        text = '\n\f'.join(pages) + '\n'
    with open(os.path.join(out_dir, doc), 'w', encoding='utf-8') as out:
        out.write(text)


def named_alone(chunk):
    """The indices, shuffled, of the (raw, families, year) entries that their first author and year name alone."""
    same = {}
    for raw, fam, year in chunk:
        same[(fam[0].lower(), year)] = same.get((fam[0].lower(), year), 0) + 1
    cited = [i for i, (raw, fam, year) in enumerate(chunk) if same[(fam[0].lower(), year)] == 1]
    random.shuffle(cited)
    return cited


def sentence(text):
    # varied, as a text's are: sentences of one pattern on lines of their own read as a page's running head
    w = random.sample(WORDS, 3)
    return 'The %s of %s shaped %s as earlier studies reported %s, which we extend.' % (w[0], w[1], w[2], text)


def author_date(data, out_dir, wrap):
    random.seed(16)
    refs = []
    for r in labelled(data, ['cora', 'anystyle-core', 'grobid-train']):
        e = r['expected']
        families = e.get('author_family')
        if r['lang'] != 'en' or not families or 'year' not in e:
            continue
        if any(not re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", f) for f in families):
            continue
        year = re.search(r'\b(\d{4}[a-z]?)\b', e.get('date', ''))
        refs.append((r['raw'], families, year.group(1) if year else e['year']))
    random.shuffle(refs)

    def names(families):
        if len(families) == 1:
            return families[0]
        return families[0] + ' and ' + families[1] if len(families) == 2 else families[0] + ' et al.'

    expected = []
    for d in range(0, min(len(refs), 4000), 40):
        chunk = refs[d:d + 40]
        doc = 'doc%03d.txt' % (d // 40)
        cited = named_alone(chunk)
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
        write(out_dir, wrap, doc, 'On Things Cited, Part %d' % (d // 40), '\n'.join(body), 'References',
              [raw for raw, fam, year in chunk])
    return expected


def numbered(data, out_dir, wrap):
    random.seed(16)
    raws = [r['raw'] for r in labelled(data, ['cora', 'anystyle-core', 'grobid-train', 'gost-dev'])]
    random.shuffle(raws)
    expected = []
    for d in range(0, 4000, 40):
        doc = 'doc%03d.txt' % (d // 40)
        body = []
        for j in range(12):
            a = random.randrange(40)
            b = random.randrange(40)
            style = j % 4
            if style == 0:
                text, refs_of = '[%d]' % (a + 1), [a]
            elif style == 2:
                a = min(a, 35)
                text, refs_of = '[%d–%d]' % (a + 1, a + 4), [a, a + 1, a + 2, a + 3]
            else:
                text, refs_of = ('[%d, %d]' if style == 1 else '[%d; %d]') % (a + 1, b + 1), sorted({a, b})
            expected.append({'document': doc, 'text': text, 'references': refs_of})
            body.append(sentence(text))
        write(out_dir, wrap, doc, 'On Numbered Things, Part %d' % (d // 40), ' '.join(body), 'References',
              ['[%d] %s' % (i + 1, r) for i, r in enumerate(raws[d:d + 40])])
    return expected


def gost(data, out_dir, wrap):
    random.seed(11)
    raws = [r['raw'] for r in labelled(data, ['gost-dev'])]
    random.shuffle(raws)
    words = 'порты торговля судоходство страхование маршруты зерно энергия политика рынки тарифы грузы фрахт'.split()
    expected = []
    for d in range(0, len(raws) - 39, 40):
        doc = 'doc%03d.txt' % (d // 40)
        body = []
        for j in range(12):
            a = random.randrange(40)
            b = random.randrange(40)
            style = j % 3
            if style == 0:
                text, refs_of = '[%d]' % (a + 1), [a]
            elif style == 1:
                text, refs_of = '[%d, с. %d]' % (a + 1, random.randint(2, 300)), [a]
            else:
                text, refs_of = '[%d; %d]' % (a + 1, b + 1), sorted({a, b})
            expected.append({'document': doc, 'text': text, 'references': refs_of})
            w = random.sample(words, 3)
            body.append('Развитие %s и %s определило %s, как отмечалось ранее %s, и мы продолжаем это.' % (w[0], w[1], w[2], text))
        write(out_dir, wrap, doc, 'О нумерованных вещах, часть %d' % (d // 40), ' '.join(body), 'Список литературы',
              ['%d. %s' % (i + 1, r) for i, r in enumerate(raws[d:d + 40])])
    return expected


def gost_author_date(data, out_dir, wrap):
    random.seed(12)
    refs = [(r['raw'], r['expected']['author_family'], r['expected']['year']) for r in labelled(data, ['gost-dev'])
            if r['lang'] == 'ru' and r['expected'].get('author_family') and 'year' in r['expected']]
    random.shuffle(refs)
    expected = []
    for d in range(0, len(refs) - 29, 30):
        chunk = refs[d:d + 30]
        doc = 'doc%03d.txt' % (d // 30)
        cited = named_alone(chunk)
        body = []
        for j, i in enumerate(cited[:10]):
            raw, fam, year = chunk[i]
            name = fam[0] if len(fam) == 1 else (fam[0] + ' и ' + fam[1] if len(fam) == 2 else fam[0] + ' и др.')
            text = ['(%s, %s)', '[%s, %s, с. 5]', '(%s %s)'][j % 3] % (name, year)
            expected.append({'document': doc, 'text': text, 'references': [i]})
            body.append('Этот вопрос рассматривался ранее %s, и мы продолжаем его изучение.' % text)
        write(out_dir, wrap, doc, 'О вещах, часть %d' % (d // 30), ' '.join(body), 'Список литературы',
              [raw for raw, fam, year in chunk])
    return expected


def notes(data, out_dir, wrap):
    random.seed(5)
    works = []
    for r in labelled(data, ['cora', 'anystyle-core', 'grobid-train']):
        e = r['expected']
        fam, title = e.get('author_family'), e.get('title')
        if r['lang'] != 'en' or not fam or not title or len(title.split()) < 3 or not re.fullmatch(r"[A-Z][\w'’-]+", fam[0]):
            continue
        short = re.sub(r'[.,:;?!]+$', '', ' '.join(title.split()[:4])).split()
        while len(short) > 1 and short[-1].lower() in STOPWORDS:
            short.pop()
        works.append((r['raw'], fam[0], ' '.join(short)))
    random.shuffle(works)
    expected = []
    k = 0
    for d in range(100):
        doc = 'doc%03d.txt' % d
        lines, cited = [], []
        for i in range(20):
            r = random.random()
            if cited and r < 0.2:
                lines.append('Ibid., %d.' % random.randint(2, 300))
            elif cited and r < 0.4:
                raw, fam, short = random.choice(cited)
                lines.append('%s, %s, %d.' % (fam, short, random.randint(2, 300)))
            else:
                cited.append(works[k])
                lines.append(works[k][0])
                k += 1
        body = []
        for i in range(20):
            w = random.sample(WORDS, 3)
            body.append('The %s of %s shaped %s.%d' % (w[0], w[1], w[2], i + 1))
            expected.append({'document': doc, 'text': str(i + 1), 'references': [i]})
        write(out_dir, wrap, doc, 'Notes on Things, Part %d' % d, ' '.join(body), 'Notes',
              ['%d %s' % (i + 1, n) for i, n in enumerate(lines)])
    return expected


def lists(data, out_dir, wrap):
    random.seed(17)
    by_source = {}
    for line in open(os.path.join(data, 'grobid-train.jsonl'), encoding='utf-8'):
        r = json.loads(line)
        if not LATEX or settable(r['raw']):
            by_source.setdefault(r['source'], []).append(r['raw'])
    expected = []
    for source in sorted(by_source):
        raws = by_source[source]
        for d in range(0, len(raws) - 9, 60):
            chunk = raws[d:d + 60]
            if len(chunk) < 10:
                continue
            doc = 'doc%03d.txt' % len(expected)
            expected.append({'document': doc, 'source': source.rsplit('/', 1)[-1], 'entries': chunk})
            write(out_dir, wrap or random.randint(70, 100), doc, 'On Listed Things, Part %d' % len(expected),
                  ' '.join(sentence('before') for _ in range(3)), 'References', chunk)
    return expected


def main():
    global PAGES, INDENT, COLUMNS, LATEX, LAYOUT, CYRILLIC, CM
    if '--latex' in sys.argv:
        LATEX = sys.argv.pop(sys.argv.index('--latex') + 1)
        LAYOUT = '-layout' if '--layout' in sys.argv else '-raw' if '--raw' in sys.argv else ''
        CYRILLIC = any(a in sys.argv for a in ('--gost', '--gost-author-date'))
        CM = '--cm' in sys.argv
        if LATEX not in CLASSES or CYRILLIC and LATEX not in ('article', 'twocolumn'):
            sys.exit('--latex takes %s (with --gost or --gost-author-date, article or twocolumn)' % ', '.join(CLASSES))
    if '--indent' in sys.argv:
        INDENT = '    '
    if '--pages' in sys.argv:
        PAGES = int(sys.argv.pop(sys.argv.index('--pages') + 1))
    if '--columns' in sys.argv:
        COLUMNS = int(sys.argv.pop(sys.argv.index('--columns') + 1))
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    data, out_dir = args[0], args[1]
    wrap = int(args[2]) if len(args) > 2 else 0
    os.makedirs(out_dir, exist_ok=True)
    build = (numbered if '--numbered' in sys.argv else gost if '--gost' in sys.argv
             else gost_author_date if '--gost-author-date' in sys.argv else notes if '--notes' in sys.argv
             else lists if '--lists' in sys.argv else author_date)
    expected = build(data, out_dir, wrap)
    json.dump(expected, open(out_dir.rstrip('/') + '.json', 'w', encoding='utf-8'), indent=1)
    json.dump(ENTRIES, open(out_dir.rstrip('/') + '.entries.json', 'w', encoding='utf-8'), indent=1)
    print(len(expected), 'lists' if '--lists' in sys.argv else 'citations', 'in', len(os.listdir(out_dir)), 'documents')


main()
