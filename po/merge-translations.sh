#!/usr/bin/env bash
# Brings po/uk.po up to date with the code and fills in the translations of NEW.po
# (a .po file with only msgid/msgstr pairs, as a translator or Poedit writes them):
#   po/merge-translations.sh [NEW.po]
# Entries po/uk.po already translates keep their translation; messages the code no
# longer has are dropped. Then: tests/i18n/check_catalog.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bash po/extract.sh "$work/lplan.pot"
compendium=()
if [ $# -gt 0 ]; then
  # A bare list of msgid/msgstr pairs is fine: the header msgmerge wants is added here.
  { printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'; cat "$1"; } > "$work/new.po"
  compendium=(--compendium "$work/new.po")
fi
msgmerge --quiet --no-wrap --no-fuzzy-matching "${compendium[@]}" -o "$work/uk.po" po/uk.po "$work/lplan.pot"
msgattrib --no-wrap --no-obsolete -o po/uk.po "$work/uk.po"
# The template date changes at every run; it is not worth a line of diff.
sed -i "/^\"POT-Creation-Date: /d" po/uk.po
