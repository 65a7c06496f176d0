#!/usr/bin/env bash
# regenerate_docx.sh LPLAN — makes plan-2020.docx again from plan-2020.html with
# LibreOffice, as the committed fixture was made, and checks that it imports to the
# same plan as the committed one (and so as the seed text). Exit 77 (skipped) when
# LibreOffice is not installed. To refresh the fixture after editing the HTML:
#   soffice --headless --infilter="HTML (StarWriter)" \
#     --convert-to 'docx:MS Word 2007 XML' --outdir tests/import tests/import/plan-2020.html
set -euo pipefail
if [[ $# -ne 1 ]]; then
  echo "usage: $0 LPLAN" >&2
  exit 2
fi
lplan=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
soffice=$(command -v soffice || command -v libreoffice || true)
if [[ -z "$soffice" ]]; then
  echo "skipped: LibreOffice is not installed (Debian: apt-get install libreoffice-writer-nogui)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A profile of its own: no clash with a LibreOffice the user has open.
HOME=$tmp timeout 300 "$soffice" --headless --infilter="HTML (StarWriter)" \
  --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp" "$here/plan-2020.html" >"$tmp/soffice.log" 2>&1 || {
  cat "$tmp/soffice.log" >&2
  echo "FAIL: LibreOffice could not convert plan-2020.html" >&2
  exit 1
}
python3 "$here/compare_imports.py" "$lplan" "$here/seed-2020.txt" "$here/plan-2020.docx" "$tmp/plan-2020.docx"
