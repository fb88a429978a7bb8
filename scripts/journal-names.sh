#!/bin/bash
# Rebuilds src/main/resources/io/github/citekit/internal/refs/journal-names.txt.gz: JabRef 3.8.2's journal
# abbreviation lists (journals/journalList.txt and journals/IEEEJournalListText.txt in its jar, MIT licence),
# taken from Debian's jabref package (3.8.2+ds-17) and concatenated as they are.
set -euo pipefail
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/io/github/citekit/internal/refs/journal-names.txt.gz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download jabref=3.8.2+ds-17
dpkg -x jabref_3.8.2+ds-17_all.deb x
unzip -q x/usr/share/jabref/JabRef-3.8.2.jar 'journals/journalList.txt' 'journals/IEEEJournalListText.txt'
cat journals/journalList.txt journals/IEEEJournalListText.txt | gzip -9n > "$out"
echo "wrote $out"
