#!/usr/bin/env bash
# Bash completion called the way bash calls it: the script `lplan completion bash`
# prints is loaded into a real bash, COMP_WORDS/COMP_CWORD are set as readline sets
# them for a line, and _lplan fills COMPREPLY. Every expectation comes from somewhere
# else than the completion code: CLI11's own --help, the commands' own --format
# errors, `lplan list --format json`, the plans folder, DESIGN's lists of statuses,
# months and languages.
# Usage: tests/install/completion_bash.sh path/to/lplan
set -euo pipefail
source "$(dirname "$0")/lib.sh"
LPLAN="$(realpath "${1:?usage: completion_bash.sh path/to/lplan}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$ROOT"

# shellcheck disable=SC1090
source <("$LPLAN" completion bash)
[[ "$(complete -p lplan)" == "complete -F _lplan lplan" ]] || fail "the script does not register _lplan for lplan"

# The candidates for a line whose words are the arguments (the last one is the word
# under the cursor), sorted, one a line.
candidates() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _lplan
  if [[ ${#COMPREPLY[@]} -gt 0 ]]; then printf '%s\n' "${COMPREPLY[@]}" | sort; fi
}

sorted() { printf '%s\n' "$@" | grep -v '^$' | sort; }

expect() {  # WHAT EXPECTED(lines) WORDS…
  local what=$1 expected=$2
  shift 2
  local got
  got="$(candidates "$@")"
  [[ "$got" == "$expected" ]] || fail "$what: «$*» completes to [$(echo $got)], expected [$(echo $expected)]"
  ok "$what"
}

includes() {  # WHAT NEEDED(lines) WORDS…
  local what=$1 needed=$2
  shift 2
  local got missing
  got="$(candidates "$@")"
  missing="$(comm -23 <(echo "$needed" | sort -u) <(echo "$got" | sort -u))"
  [[ -z "$missing" ]] || fail "$what: «$*» does not offer: $(echo $missing)"
  ok "$what"
}

# Commands: `lplan <TAB>`, `lplan d<TAB>` (due, done… whatever --help lists).
mapfile -t commands < <(help_commands "$LPLAN")
[[ ${#commands[@]} -ge 8 ]] || fail "lplan --help lists ${#commands[@]} commands"
expect "every command" "$(sorted "${commands[@]}")" "$LPLAN" ""
expect "commands starting with d" "$(sorted "${commands[@]}" | grep '^d')" "$LPLAN" d
expect "an unknown command offers nothing" "" "$LPLAN" frobnicate ""

# Options: every one --help lists, for every command (global ones too: they are
# taken after the command); `lplan due --mo<TAB>` is --month.
expect "due --mo" "--month" "$LPLAN" due --mo
global_options="$(help_options "$LPLAN")"
includes "global options" "$global_options" "$LPLAN" -
for c in "${commands[@]}"; do
  includes "options of $c" "$(help_options "$LPLAN" "$c")
$global_options" "$LPLAN" "$c" -
done

# Formats: what each command's own --format error names, each of them accepted.
formats_checked=0
for c in "${commands[@]}"; do
  offered="$(candidates "$LPLAN" "$c" --format "")"
  message="$("$LPLAN" "$c" --plans plans --today 2020-03-10 --lang en --format __none__ 2>&1 >/dev/null || true)"
  named="$(sed -n 's/.*--format takes \(only \)\{0,1\}\(.*\), not ".*/\2/p' <<<"$message" | head -1 |
    sed 's/ (.*)//; s/, /\n/g; s/ or /\n/g')"
  if [[ -z "$named" ]]; then
    [[ -z "$offered" ]] || fail "$c: completion offers formats [$(echo $offered)] that $c does not name"
    continue
  fi
  missing="$(comm -23 <(sort -u <<<"$named") <(sort -u <<<"$offered"))"
  [[ -z "$missing" ]] || fail "$c --format <TAB> misses $(echo $missing) (the command takes: $(echo $named))"
  for f in $offered; do
    err="$("$LPLAN" "$c" --plans plans --today 2020-03-10 --lang en --format "$f" 2>&1 >/dev/null || true)"
    [[ "$err" != *"--format takes"* ]] || fail "$c --format <TAB> offers $f, which $c refuses: $err"
  done
  formats_checked=$((formats_checked + 1))
  ok "formats of $c: $(echo $offered)"
done
[[ $formats_checked -ge 6 ]] || fail "only $formats_checked commands name their formats"
expect "--format=c (one word)" "csv" "$LPLAN" due --format = c
expect "--format= (one word)" "$(sorted text markdown md csv json ics)" "$LPLAN" list --format = ""

# Fixed values: languages, statuses in English and Ukrainian, months in both, colours.
expect "--lang" "$(sorted uk en)" "$LPLAN" --lang ""
expect "--lang after a command" "$(sorted uk en)" "$LPLAN" due --lang ""
expect "--status" "$(sorted planned in-progress done cancelled postponed заплановано виконується виконано скасовано відкладено)" \
  "$LPLAN" list --status ""
expect "--status вик" "$(sorted виконується виконано)" "$LPLAN" due --status вик
english_months="$(python3 -c 'import calendar; print("\n".join(m.lower() for m in calendar.month_name[1:]))')"
includes "--month in both languages" "$english_months
$(sorted січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень)" \
  "$LPLAN" due --month ""
expect "--month бер" "березень" "$LPLAN" due --month бер
expect "-m ma" "$(sorted march may)" "$LPLAN" list -m ma
# …and every word offered is one lplan takes (the Ukrainian statuses: once --status
# reads them as files do — DESIGN §11 — until then a note says so).
months_offered="$(candidates "$LPLAN" list --month "")"
for w in $months_offered; do
  "$LPLAN" list --plans plans --today 2020-03-10 --month "$w" >/dev/null 2>"$tmp/err" ||
    fail "list --month <TAB> offers $w, which lplan refuses: $(cat "$tmp/err")"
done
refused=()
for w in $(candidates "$LPLAN" list --status ""); do
  if ! "$LPLAN" list --plans plans --today 2020-03-10 --status "$w" >/dev/null 2>"$tmp/err"; then
    [[ $w == *[a-z]* ]] && fail "list --status <TAB> offers $w, which lplan refuses: $(cat "$tmp/err")"
    refused+=("$w")
  fi
done
[[ ${#refused[@]} -eq 0 ]] || echo "note: list --status does not take ${refused[*]} yet (plan files do)"
ok "every status and month offered is accepted"
expect "--color" "$(sorted auto always never)" "$LPLAN" --color ""
expect "completion's shell" "$(sorted bash zsh)" "$LPLAN" completion ""

# The plan's own values, read from the plan found from the current folder.
goals="$(plan_json_values "$LPLAN" goals)"
expect "list --goal: the plan's goals" "$(sort <<<"$goals")" "$LPLAN" list --goal ""
years="$(find plans -mindepth 1 -maxdepth 1 \( -type d -o -name '*.yaml' \) -printf '%f\n' | sed -n 's/^\([0-9]\{4\}\)\(\.yaml\)\{0,1\}$/\1/p' | sort -u)"
expect "report YEAR: the plan's years" "$years" "$LPLAN" report ""
expect "--year: the plan's years" "$years" "$LPLAN" due --year ""
includes "--responsible: people of the registry" "$(sorted dubova kutsenko presidium)" "$LPLAN" due --responsible ""
expect "--responsible dub" "dubova" "$LPLAN" due -r dub
ids="$(plan_json_values "$LPLAN" ids)"
listed="$("$LPLAN" __complete ids | cut -f1)"
[[ "$listed" == "$ids" ]] || fail "__complete ids lists [$(echo $listed)], the plan has [$(echo $ids)]"
n=$(wc -l <<<"$listed")
[[ $n -eq 31 && "$(head -1 <<<"$listed")" == 1.1 && "$(tail -1 <<<"$listed")" == 8.1 ]] ||
  fail "__complete ids on plans/: $n ids from $(head -1 <<<"$listed") to $(tail -1 <<<"$listed"), expected 31 from 1.1 to 8.1"
ok "__complete ids: $n ids, 1.1 … 8.1, as list --format json"
# Whatever command takes an activity id: `lplan done 2.<TAB>`.
for c in done set; do
  if printf '%s\n' "${commands[@]}" | grep -qx "$c"; then
    expect "$c 2.<TAB>: the ids of goal 2" "$(grep '^2\.' <<<"$ids" | sort)" "$LPLAN" "$c" 2.
  fi
done

# --plans (also --plans=DIR) on the line decides which plan is read, from anywhere.
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
expect "no plan here: nothing" "" "$LPLAN" list --goal ""
expect "--plans DIR" "$(sort <<<"$goals")" "$LPLAN" --plans "$ROOT/plans" list --goal ""
expect "--plans=DIR" "$(sort <<<"$goals")" "$LPLAN" list --plans = "$ROOT/plans" --goal ""
expect "--year of a year with no plan: nothing" "" "$LPLAN" --plans "$ROOT/plans" --year 1999 list --goal ""

# __complete is quiet: no plan, an unknown year, a broken plan — no output on stderr, exit 0.
for args in "ids" "goals --year 1999" "people --plans $tmp/none" "years"; do
  # shellcheck disable=SC2086
  out="$("$LPLAN" __complete $args 2>"$tmp/err")" || fail "__complete $args: exit $?"
  [[ -z "$out" && ! -s "$tmp/err" ]] || fail "__complete $args with no plan said: $out $(cat "$tmp/err")"
done
ok "__complete is quiet without a plan"
mkdir -p "$tmp/broken/plans/2020"
cp "$ROOT/tests/bad/unknown-key-tittle.yaml" "$tmp/broken/plans/2020/plan.yaml"
out="$(cd "$tmp/broken" && "$LPLAN" __complete ids 2>"$tmp/err")" || fail "__complete on a broken plan: exit $?"
[[ ! -s "$tmp/err" ]] || fail "__complete on a broken plan printed: $(cat "$tmp/err")"
ok "__complete is quiet on a broken plan (it listed: $(echo $out))"

# Plan text is data, never shell code: ids and titles that look like commands.
mkdir -p "$tmp/hostile/plans/2020"
cat >"$tmp/hostile/plans/2020/plan.yaml" <<'YAML'
plan: {year: 2020, organization: Test}
directions: [{id: d1, number: 1, title: "$(touch PWNED-title)"}]
goals:
  - {id: "$(touch PWNED)", number: 1, direction: d1, title: "`touch PWNED-backtick`"}
  - {id: g2, number: 2, direction: d1, title: "a	tab and $HOME"}
activities:
  - {id: "1.1", goal: g2, title: "x", when: березень}
YAML
cd "$tmp/hostile"
got="$(candidates "$LPLAN" list --goal "")"
[[ ! -e PWNED && ! -e PWNED-title && ! -e PWNED-backtick ]] || fail "completing ran text from the plan"
[[ "$got" == "g2" ]] || fail "hostile goal ids: offered [$(echo $got)], expected only the plain id g2"
candidates "$LPLAN" list --direction "" >/dev/null
[[ ! -e PWNED-title ]] || fail "completing ran a title"
ok "plan text is never run, odd ids are left out"

# Files and folders where a path is asked for.
cd "$ROOT"
expect "validate pl<TAB>: a path" "plans" "$LPLAN" validate pl
expect "--plans pl<TAB>: a folder" "plans" "$LPLAN" --plans pl

echo "bash completion: $checks checks passed"
