#!/usr/bin/env bash
# Brings po/uk.po up to date with the code and fills in (or corrects) translations from
# NEW.po — a file of msgid/msgstr pairs, as a translator or Poedit writes them:
#   po/merge-translations.sh [NEW.po]
# Translations in NEW.po win over those in po/uk.po; messages the code no longer has
# are dropped; the header of po/uk.po is kept. Then: tests/i18n/check_catalog.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bash po/extract.sh "$work/lplan.pot"
source_po=po/uk.po
if [ $# -gt 0 ]; then
  # A bare list of msgid/msgstr pairs is fine: the header gettext wants is added here
  # (a file that has one, as Poedit writes it, is taken as it is).
  if grep -q '^"Content-Type:' "$1"; then
    cp "$1" "$work/new.po"
  else
    {
      printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
      printf '"Plural-Forms: nplurals=3; plural=(n%%10==1 && n%%100!=11 ? 0 : n%%10>=2 && n%%10<=4 && (n%%100<10 || n%%100>=20) ? 1 : 2);\\n"\n\n'
      cat "$1"
    } > "$work/new.po"
  fi
  # --use-first: the first translation of a message that has one (NEW.po before uk.po).
  msgcat --no-wrap --use-first "$work/new.po" po/uk.po -o "$work/combined.po" 2>/dev/null
  source_po="$work/combined.po"
fi
msgmerge --quiet --no-wrap --no-fuzzy-matching -o "$work/uk.po" "$source_po" "$work/lplan.pot"
msgattrib --no-wrap --no-obsolete -o "$work/clean.po" "$work/uk.po"
# Keep po/uk.po's own header; take the entries from the merge.
{
  sed -n '1,/^$/p' po/uk.po
  sed -n '/^$/,$p' "$work/clean.po" | sed '1d'
} > "$work/final.po"
msgfmt --check -o /dev/null "$work/final.po"
cp "$work/final.po" po/uk.po
