#!/usr/bin/env bash
# The text table in a real terminal: tmux runs `lplan due` (Ukrainian and English,
# long cells wrapped onto more lines, and with --no-wrap), `lplan people`, `lplan
# report`, the --help of lplan and of every command in Ukrainian, and `lplan due | cat`
# (a pager: stdout a pipe, the terminal's width still used) in an 80-column window;
# every line of the screen must fit in 80 columns, the columns of the due table must
# line up, and the screen must show what the same command prints with COLUMNS=80.
# Usage: tests/cli/tmux_check.sh path/to/lplan   (exit 77 = skipped: no tmux)
set -euo pipefail
LPLAN="$(realpath "${1:?usage: tmux_check.sh path/to/lplan}")"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
command -v tmux >/dev/null || { echo "SKIP: tmux is not installed (apt-get install tmux)"; exit 77; }
export LC_ALL=C.UTF-8
unset NO_COLOR LPLAN_LANG LPLAN_PLANS
tmp="$(mktemp -d)"
session="lplan-check-$$"
export TMUX_TMPDIR="$tmp"
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT

check() {
  local name=$1
  shift
  local args=("$@")
  (cd "$ROOT" && COLUMNS=80 "$LPLAN" "${args[@]}" --color never) >"$tmp/$name.expected"
  local lines
  lines=$(wc -l <"$tmp/$name.expected")
  # The command runs inside tmux as a user would, with the terminal's own width.
  local pipe=""
  [[ "${PIPE:-no}" == yes ]] && pipe="| cat"
  tmux new-session -d -s "$session" -x 80 -y $((lines + 5)) \
    "cd '$ROOT' && '$LPLAN' ${args[*]} --color never $pipe; echo __END__; sleep 60"
  for _ in $(seq 100); do
    tmux capture-pane -p -t "$session" -S 0 -E $((lines + 4)) >"$tmp/$name.screen"
    grep -q __END__ "$tmp/$name.screen" && break
    sleep 0.1
  done
  tmux kill-session -t "$session"
  python3 - "$tmp/$name.expected" "$tmp/$name.screen" "$name" "${ALIGN:-yes}" <<'PY'
import sys, unicodedata
expected = open(sys.argv[1], encoding="utf-8").read().splitlines()
screen = open(sys.argv[2], encoding="utf-8").read().splitlines()
name = sys.argv[3]
end = screen.index("__END__")
shown = [l.rstrip() for l in screen[:end]]
assert shown == [l.rstrip() for l in expected], f"{name}: the terminal shows other lines than COLUMNS=80 gives"
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
too_wide = [l for l in shown if width(l) > 80]
assert not too_wide, f"{name}: lines wider than 80 columns: {too_wide[:2]}"
# Columns line up: in every table row, the deadline column starts at the same place.
if sys.argv[4] == "yes":
    rows = [l for l in shown if l[:1].isdigit() and "." in l[:4]]
    starts = {width(l[: l.rfind("  ") + 2]) for l in rows}
    assert len(starts) <= 1, f"{name}: the last column starts at {sorted(starts)}"
    print(f"{name}: {len(shown)} lines on an 80-column terminal, none wider, {len(rows)} rows aligned")
else:
    print(f"{name}: {len(shown)} lines on an 80-column terminal, none wider")
PY
}

check due-uk due --plans plans --today 2020-03-10 --lang uk --month березень
check due-en due --plans plans --today 2020-03-10 --lang en --month march
check due-quarter-uk due --plans plans --today 2020-03-10 --lang uk --month Q2
check due-no-wrap-uk due --plans plans --today 2020-03-10 --lang uk --month березень --no-wrap
check due-dubova-uk due --plans plans --today 2020-03-10 --lang uk --month березень --responsible дубова
PIPE=yes check due-pager-uk due --plans plans --today 2020-03-10 --lang uk --month березень
ALIGN=no check people-uk people --plans plans --today 2020-03-10 --lang uk
ALIGN=no check report-uk report 2020 --plans plans --today 2020-06-15 --lang uk
# The help of lplan and of every command it lists, in Ukrainian.
ALIGN=no check help-uk --help --lang uk
for command in $("$LPLAN" --help --lang en | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z_]*\).*/\1/p'); do
  ALIGN=no check "help-$command-uk" "$command" --help --lang uk
done
