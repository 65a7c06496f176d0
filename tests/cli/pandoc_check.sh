#!/bin/sh
# The Markdown report is a public-report draft: pandoc must turn it into a .docx.
# Usage: tests/cli/pandoc_check.sh path/to/lplan   (skips when pandoc is absent).
set -eu
lplan=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v pandoc >/dev/null 2>&1; then
  echo "pandoc: not installed, skipping the docx conversion check"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
for lang in uk en; do
  LC_ALL=C.UTF-8 "$lplan" report 2020 --plans plans --today 2020-06-15 --lang "$lang" --format markdown \
    --output "$work/report-$lang.md"
  pandoc -f gfm "$work/report-$lang.md" -o "$work/report-$lang.docx"
  # A .docx is a zip whose document.xml must hold the plan's text.
  pandoc "$work/report-$lang.docx" -t plain -o "$work/back-$lang.txt"
  grep -q "Розвинути індивідуальне членство" "$work/back-$lang.txt" || {
    echo "pandoc: report-$lang.docx lost the activities" >&2
    exit 1
  }
  grep -q "Фінансову стабільність відділення" "$work/back-$lang.txt" || {
    echo "pandoc: report-$lang.docx lost the priorities" >&2
    exit 1
  }
done
echo "pandoc: report.md converts to docx (uk, en)"
