# Shared by the install and completion tests (sourced). Exit code 77 means
# "skipped" (ctest: SKIP_RETURN_CODE 77).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export LC_ALL=C.UTF-8
unset LPLAN_PLANS LPLAN_LANG NO_COLOR COLUMNS

skip() {
  echo "SKIP: $*"
  exit 77
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

checks=0
ok() {
  checks=$((checks + 1))
  [[ -n "${VERBOSE:-}" ]] && echo "ok: $*"
  return 0
}

# The commands `lplan --help` lists (the help page, not the completion code):
# names and aliases, one a line.
help_commands() {
  "$1" --help --lang en | sed -n '/^Commands:/,/^$/p' | tail -n +2 |
    sed -n 's/^  \([a-z_][a-z0-9_, -]*[a-z0-9]\)  .*/\1/p' | tr ',' '\n' | tr -d ' ' | grep -v '^$'
}

# The options `lplan [COMMAND] --help` lists: -m, --month, … one a line.
help_options() {
  local lplan=$1
  shift
  "$lplan" "$@" --help --lang en | sed -n '/^Options:/,/^$/p' | tail -n +2 |
    sed -n 's/^  \(-[^ ,]*\(, -[^ ,]*\)*\).*/\1/p' | sed 's/, /\n/g' | grep '^-'
}

# The plan's activity ids and goal ids from `lplan list --format json` (the list view,
# not the completion code): "ids" or "goals".
plan_json_values() {
  "$1" list --plans "$ROOT/plans" --today 2020-03-10 --format json |
    python3 -c 'import json, sys
kind = sys.argv[1]
acts = json.load(sys.stdin)["activities"]
seen = []
for a in acts:
    v = a["id"] if kind == "ids" else a["goal"]
    if v not in seen:
        seen.append(v)
print("\n".join(seen))' "$2"
}

# tmux, driven like a person at a keyboard: start_tmux NAME COMMAND…, type KEYS…, screen.
start_tmux() {
  command -v tmux >/dev/null || skip "tmux is not installed (apt-get install tmux)"
  TMUX_TMPDIR="$(mktemp -d)"
  export TMUX_TMPDIR
  tmux_session=$1
  shift
  tmux new-session -d -s "$tmux_session" -x 150 -y 50 "$@"
  trap 'tmux kill-server 2>/dev/null || true; rm -rf "$TMUX_TMPDIR" ${tmp:+"$tmp"}' EXIT
}

type_keys() {
  tmux send-keys -t "$tmux_session" "$@"
}

screen() {
  tmux capture-pane -p -t "$tmux_session" -S 0 -E 49
}

# Waits until the screen shows the pattern (grep -E), up to 10 s.
wait_for() {
  local _
  for _ in $(seq 100); do
    screen | grep -qE -- "$1" && return 0
    sleep 0.1
  done
  screen >&2
  fail "the terminal never showed /$1/"
}
