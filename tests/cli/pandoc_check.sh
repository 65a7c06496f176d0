#!/bin/sh
# The Markdown reports are drafts for Word: `pandoc report.md -o report.docx` must
# turn the internal and the public report into documents that keep their text and
# give each table column its share of the page (through the pipe-table dashes) — the
# timeline's 12-month strip and the month bars wide enough not to wrap.
# Usage: tests/cli/pandoc_check.sh path/to/lplan   (exit 77 = skipped: no pandoc).
set -eu
export LC_ALL=C.UTF-8
lplan=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v pandoc >/dev/null 2>&1; then
  echo "SKIP: pandoc is not installed (apt-get install pandoc)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
for lang in uk en; do
  "$lplan" report 2020 --plans plans --today 2020-06-15 --lang "$lang" --format markdown \
    --output "$work/report-$lang.md"
  "$lplan" report 2020 --public --plans tests/cli/public --today 2020-06-15 --lang "$lang" \
    --format markdown --output "$work/public-$lang.md"
  for doc in report public; do
    # The command docs/report.md gives, and GitHub's reading of the same file.
    pandoc "$work/$doc-$lang.md" -o "$work/$doc-$lang.docx"
    pandoc -f gfm "$work/$doc-$lang.md" -o "$work/$doc-$lang-gfm.docx"
    pandoc "$work/$doc-$lang.docx" -t plain --wrap=none -o "$work/back-$doc-$lang.txt"
    pandoc "$work/$doc-$lang-gfm.docx" -t plain --wrap=none -o "$work/back-gfm-$doc-$lang.txt"
  done
  for back in "$work/back-report-$lang.txt" "$work/back-gfm-report-$lang.txt"; do
    grep -q "Розвинути індивідуальне членство" "$back" || { echo "pandoc: $back lost the activities" >&2; exit 1; }
    grep -q "Фінансову стабільність відділення" "$back" || { echo "pandoc: $back lost the priorities" >&2; exit 1; }
  done
  for back in "$work/back-public-$lang.txt" "$work/back-gfm-public-$lang.txt"; do
    grep -q "Конференцію проведено 14 березня" "$back" || { echo "pandoc: $back lost the outcomes" >&2; exit 1; }
    grep -q "Голова ЛОВ УБА .* Риб.янцева І.П.\|Head of ЛОВ УБА .* Риб.янцева І.П." "$back" || { echo "pandoc: $back lost the head" >&2; exit 1; }
  done
done
# The columns' shares in word/document.xml: the timeline's strip, the month bars and the
# public report's date column get what they need not to wrap.
python3 - "$work" <<'PY'
import re, sys, zipfile
work = sys.argv[1]
for doc in ("report", "public"):
    for lang in ("uk", "en"):
        with zipfile.ZipFile(f"{work}/{doc}-{lang}.docx") as z:
            xml = z.read("word/document.xml").decode("utf-8")
        tables = re.findall(r"<w:tblGrid>(.*?)</w:tblGrid>", xml)
        assert tables, f"{doc}-{lang}: no table"
        shares = []
        for grid in tables:
            cols = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', grid)]
            total = sum(cols)
            shares.append([c / total for c in cols])
        if doc == "report":
            timeline = [s for s in shares if len(s) == 3]
            assert timeline and timeline[0][2] >= 0.28, f"{lang}: the timeline strip is {timeline}"
            months = [s for s in shares if len(s) == 5 and s[1] < 0.12]
            assert months and min(months[0][2], months[0][4]) >= 0.30, f"{lang}: month bars {months}"
        else:
            done = [s for s in shares if len(s) == 4]
            assert done and done[0][2] >= 0.2, f"{lang}: the date column of the done table is {done}"
print("pandoc: both reports convert to docx (uk, en), tables sized by their dashes")
PY
