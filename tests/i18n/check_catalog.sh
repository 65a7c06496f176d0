#!/usr/bin/env bash
# Every message of the code has its Ukrainian translation in po/uk.po, none is fuzzy,
# and the catalog compiles with msgfmt --check (DESIGN §11).
#   tests/i18n/check_catalog.sh            check
#   tests/i18n/check_catalog.sh --update   merge new messages into po/uk.po (then translate them)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
bash po/extract.sh "$work/lplan.pot"
if [ "${1:-}" = "--update" ]; then
  msgmerge --quiet --no-wrap --update --backup=none --no-fuzzy-matching po/uk.po "$work/lplan.pot"
  msgattrib --no-wrap --no-obsolete -o po/uk.po po/uk.po
  sed -i "/^\"POT-Creation-Date: /d" po/uk.po
  exit 0
fi
msgmerge --quiet --no-fuzzy-matching -o "$work/merged.po" po/uk.po "$work/lplan.pot"
stats="$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$work/merged.po" 2>&1)"
echo "po/uk.po: $stats"
untranslated="$(msgattrib --untranslated --no-obsolete "$work/merged.po" | grep -c '^msgid ' || true)"
fuzzy="$(msgattrib --only-fuzzy --no-obsolete "$work/merged.po" | grep -c '^msgid ' || true)"
# msgattrib prints the header entry too (msgid "") when it prints anything.
[ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
[ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
status=0
if [ "$untranslated" -gt 0 ]; then
  echo "FAIL: $untranslated message(s) have no Ukrainian translation:"
  msgattrib --untranslated --no-obsolete "$work/merged.po" | grep -A1 '^#:' | head -60
  status=1
fi
if [ "$fuzzy" -gt 0 ]; then
  echo "FAIL: $fuzzy fuzzy entr(y/ies) in po/uk.po (check the translation, then drop the fuzzy flag):"
  msgattrib --only-fuzzy --no-obsolete "$work/merged.po" | grep -A2 '^#:' | head -60
  status=1
fi
obsolete="$(msgattrib --only-obsolete po/uk.po | grep -c '^#~ msgid ' || true)"
if [ "$obsolete" -gt 0 ]; then
  echo "FAIL: po/uk.po keeps $obsolete message(s) the code no longer has (run $0 --update)"
  status=1
fi
exit $status
