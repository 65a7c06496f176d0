#!/usr/bin/env bash
# The Word documents lplan writes, opened by real clients: LibreOffice (headless)
# converts `report --public --format docx` and `report --format docx` to PDF, and
# pdftotext shows the title, the intro, the outcomes and the head's line, with no
# column squeezed (a squeezed column breaks every word into lines of two or three
# letters); pandoc reads both documents back; every XML part parses strictly.
# Usage: tests/clients/docx_check.sh path/to/lplan   (exit 77 = skipped)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
LPLAN="$(realpath "${1:?usage: docx_check.sh path/to/lplan}")"
office="$(command -v soffice || command -v libreoffice || true)"
[[ -n "$office" ]] || skip "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
command -v pdftotext >/dev/null || skip "pdftotext is not installed (apt-get install poppler-utils)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$ROOT"
export LC_ALL=C.UTF-8
public=(--plans tests/cli/public --today 2020-06-15)
"$LPLAN" report 2020 --public "${public[@]}" --lang uk --format docx -o "$tmp/public-uk.docx"
"$LPLAN" report 2020 --public "${public[@]}" --lang en --format docx -o "$tmp/public-en.docx"
"$LPLAN" report 2020 --plans plans --today 2020-06-15 --lang uk --format docx -o "$tmp/internal-uk.docx"

# Every part is well-formed XML (expat rejects control characters, even as references).
python3 - "$tmp"/*.docx <<'PY' || fail "a part of a .docx is not well-formed XML"
import sys, zipfile
from xml.etree import ElementTree
for path in sys.argv[1:]:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None, path
        names = z.namelist()
        assert names[0] == "[Content_Types].xml", names
        for name in names:
            ElementTree.fromstring(z.read(name))
print(f"docx: {len(sys.argv) - 1} packages, every part well-formed")
PY

profile="file://$tmp/profile"
timeout 180 "$office" --headless "-env:UserInstallation=$profile" --convert-to pdf --outdir "$tmp" \
  "$tmp/public-uk.docx" "$tmp/public-en.docx" "$tmp/internal-uk.docx" >/dev/null 2>&1 \
  || fail "LibreOffice could not convert the documents"
for doc in public-uk public-en internal-uk; do
  [[ -s "$tmp/$doc.pdf" ]] || fail "LibreOffice wrote no PDF for $doc.docx"
  pdftotext -layout "$tmp/$doc.pdf" "$tmp/$doc.layout.txt"  # as laid out: for squeezed columns
  pdftotext "$tmp/$doc.pdf" "$tmp/$doc.txt"                  # a cell's lines together: for phrases
done

python3 - "$tmp" <<'PY'
import re, subprocess, sys
tmp = sys.argv[1]

def text(doc, kind="txt"):
    with open(f"{tmp}/{doc}.{kind}", encoding="utf-8") as f:
        return f.read()

def pages(doc):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", f"{tmp}/{doc}.pdf"],
                          capture_output=True, text=True).stdout
    return [tuple(float(x) for x in m) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]

def squeezed(doc):
    """Lines of letters whose longest word has at most three characters: what a column
    a few characters wide makes of every title (the pandoc report of issue 16 had 1038)."""
    lines = [l for l in text(doc, "layout.txt").splitlines() if l.strip()]
    bad = [l for l in lines if max(len(w) for w in l.split()) <= 3 and re.search(r"[^\W\d_]", l)]
    return bad, len(lines)

def expect(doc, *phrases):
    flat = re.sub(r"\s+", " ", text(doc))
    for p in phrases:
        assert p in flat, f"{doc}: {p!r} is not in the PDF"

def refuse(doc, *phrases):
    flat = re.sub(r"\s+", " ", text(doc))
    for p in phrases:
        assert p not in flat, f"{doc}: {p!r} should not be in the PDF"

expect("public-uk",
       "Звіт про виконання плану роботи ЛОВ УБА за 2020 рік", "Станом на 15.06.2020",
       "Луганська обласна бібліотечна асоціація як незалежна",   # the intro
       "Фінансову стабільність відділення",                    # a priority
       "Конференцію проведено 14 березня",                     # outcomes
       "41 отримав сертифікат ВУМ", "14.03.2020",
       "відкладено: Перенесено на осінь через карантин",       # one line of what was not done
       "Голова ЛОВ УБА", "Риб'янцева І.П.")
refuse("public-uk", "результат ще не внесено", "Прострочені", "Без відповідальних", "Графік заходів")
expect("public-en", "Report on the 2020 work plan of ЛОВ УБА", "As of 15 Jun 2020", "Done on",
       "Конференцію проведено 14 березня", "Head of ЛОВ УБА")
expect("internal-uk", "Графік заходів", "Прострочені (5)", "найзавантаженіший",
       "Цикл заходів з організаційної допомоги бібліотекам в умовах реформи децентралізації")

for doc in ("public-uk", "public-en", "internal-uk"):
    bad, total = squeezed(doc)
    assert len(bad) <= max(2, total // 50), f"{doc}: {len(bad)} of {total} lines look squeezed: {bad[:8]}"

a4_portrait, a4_landscape = (595.3, 841.9), (841.9, 595.3)
def near(size, want):
    return abs(size[0] - want[0]) < 1 and abs(size[1] - want[1]) < 1
public, internal = pages("public-uk"), pages("internal-uk")
assert 1 <= len(public) <= 6, f"the public report has {len(public)} pages"
assert all(near(p, a4_portrait) for p in public), public
assert len(internal) <= 16, f"the internal report has {len(internal)} pages"
assert near(internal[0], a4_portrait) and any(near(p, a4_landscape) for p in internal), internal
print(f"LibreOffice: public report {len(public)} pages (A4), internal {len(internal)} pages "
      f"({sum(near(p, a4_landscape) for p in internal)} landscape); no squeezed columns")
PY

if command -v pandoc >/dev/null; then
  pandoc -s --wrap=none -f docx -t plain "$tmp/public-uk.docx" -o "$tmp/back-public.txt"
  pandoc -s --wrap=none -f docx -t plain "$tmp/internal-uk.docx" -o "$tmp/back-internal.txt"
  grep -q "Конференцію проведено 14 березня" "$tmp/back-public.txt" || fail "pandoc lost the outcomes"
  grep -q "Звіт про виконання плану роботи ЛОВ УБА за 2020 рік" "$tmp/back-public.txt" || fail "pandoc lost the title"
  grep -q "Розвинути індивідуальне членство" "$tmp/back-internal.txt" || fail "pandoc lost the activities"
  echo "pandoc: reads both documents back"
else
  echo "pandoc: not installed, the read-back is not checked (apt-get install pandoc)"
fi
