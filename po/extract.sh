#!/usr/bin/env bash
# Extracts every translatable message of src/ into a .pot template (gettext's xgettext).
# The keywords are the functions of src/text/i18n.hpp.
set -euo pipefail
out="${1:-po/lplan.pot}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
find src -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort > "${out}.files"
xgettext --language=C++ --from-code=UTF-8 --no-wrap --add-location=file --sort-by-file \
  --keyword= --keyword=tr --keyword=tr_in:2 --keyword=trc:1c,2 --keyword=trc_in:2c,3 \
  --keyword=trn:1,2 --keyword=trn_in:2,3 --keyword=trf --keyword=trf_in:2 \
  --keyword=trnf:1,2 --keyword=trnf_in:2,3 --keyword=N_ --keyword=NC_:1c,2 \
  --flag=trf:1:no-c-format --flag=trf_in:2:no-c-format \
  --flag=trnf:1:no-c-format --flag=trnf:2:no-c-format --flag=trnf_in:2:no-c-format --flag=trnf_in:3:no-c-format \
  --package-name=lplan --msgid-bugs-address=maintainers@users.noreply.r-seed-0b269247.example \
  --files-from="${out}.files" -o "$out"
rm -f "${out}.files"
