#!/usr/bin/env bash
# The CSV export opened by a real spreadsheet: LibreOffice (headless) reads
# `lplan export --format csv --bom` (the file a secretary double-clicks), saves it
# as .ods, and writes it back as CSV; every text cell must survive — Cyrillic,
# apostrophes, «», quotes, commas, the "; "-joined lists.
# Usage: tests/clients/csv_libreoffice_check.sh path/to/lplan   (exit 77 = skipped)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
LPLAN="$(realpath "${1:?usage: csv_libreoffice_check.sh path/to/lplan}")"
command -v libreoffice >/dev/null || skip "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$ROOT"
export LC_ALL=C.UTF-8
"$LPLAN" export 2020 --plans plans --today 2020-06-15 --format csv --bom -o "$tmp/plan.csv"
profile="file://$tmp/profile"
# Field separator 44 (,), text delimiter 34 ("), charset 76 (UTF-8), from line 1.
timeout 180 libreoffice --headless "-env:UserInstallation=$profile" --infilter="CSV:44,34,76,1" \
  --convert-to ods --outdir "$tmp" "$tmp/plan.csv" >/dev/null 2>&1 || fail "LibreOffice could not read the CSV"
mkdir "$tmp/back"
timeout 180 libreoffice --headless "-env:UserInstallation=$profile" \
  --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1" --outdir "$tmp/back" "$tmp/plan.ods" >/dev/null 2>&1 \
  || fail "LibreOffice could not write the CSV back"
python3 - "$tmp/plan.csv" "$tmp/back/plan.csv" <<'PY'
import csv, sys
def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))
ours, theirs = rows(sys.argv[1]), rows(sys.argv[2])
assert len(ours) == len(theirs) == 32, (len(ours), len(theirs))
header = ours[0]
assert theirs[0] == header, theirs[0]
# Spreadsheets turn true/false into TRUE/FALSE; every other cell must be identical.
changed = [(r[0], header[i], a, b) for r, t in zip(ours[1:], theirs[1:])
           for i, (a, b) in enumerate(zip(r, t)) if a != b and a.upper() != b]
assert not changed, changed[:5]
titles = [r[header.index("title")] for r in theirs[1:]]
assert any("«" in t and "'" not in t for t in titles) and any("Черв'як" in r[header.index("responsible")] for r in theirs[1:])
print(f"LibreOffice read back {len(theirs) - 1} activities × {len(header)} columns unchanged")
PY
