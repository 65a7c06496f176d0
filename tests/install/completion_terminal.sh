#!/usr/bin/env bash
# Completion typed for real: an interactive bash or zsh in tmux, keys sent with
# send-keys, the screen read back with capture-pane — the way a person presses TAB.
#   tests/install/completion_terminal.sh bash|zsh path/to/lplan          (the script `lplan completion` prints, sourced)
#   tests/install/completion_terminal.sh bash|zsh --installed ROOT       (the files a package put under ROOT/usr:
#                                                                         bash-completion's loader, zsh's $fpath)
# Exit 77 = skipped (no tmux, no zsh, no bash-completion for --installed bash).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
shell=${1:?usage: completion_terminal.sh bash|zsh LPLAN | --installed ROOT}
installed=""
if [[ "${2:-}" == --installed ]]; then
  installed="$(realpath "${3:?usage: completion_terminal.sh SHELL --installed ROOT}")"
  LPLAN="$installed/usr/bin/lplan"
else
  LPLAN="$(realpath "${2:?usage: completion_terminal.sh SHELL path/to/lplan}")"
fi
[[ "$(basename "$LPLAN")" == lplan ]] || fail "the binary must be called lplan (completion is registered for that name)"
command -v "$shell" >/dev/null || skip "$shell is not installed (apt-get install $shell)"
tmp="$(mktemp -d)"
env=(env -i "HOME=$tmp" TERM=xterm "PATH=$(dirname "$LPLAN"):/usr/bin:/bin" LC_ALL=C.UTF-8)

case "$shell:${installed:+installed}" in
  bash:)
    start_tmux lplan-bash "${env[@]}" bash --norc --noprofile -i
    setup="source <(lplan completion bash)"
    ;;
  bash:installed)
    loader=/usr/share/bash-completion/bash_completion
    [[ -r $loader ]] || skip "bash-completion is not installed (apt-get install bash-completion)"
    # bash-completion loads /usr/share/bash-completion/completions/NAME on the first TAB;
    # XDG_DATA_DIRS points it at the package's folder instead.
    start_tmux lplan-bash "${env[@]}" "XDG_DATA_DIRS=$installed/usr/share" bash --norc --noprofile -i
    setup="source $loader"
    ;;
  zsh:)
    start_tmux lplan-zsh "${env[@]}" zsh -f -i
    setup="autoload -Uz compinit && compinit -u -D && source <(lplan completion zsh)"
    ;;
  zsh:installed)
    start_tmux lplan-zsh "${env[@]}" zsh -f -i
    setup="fpath=($installed/usr/share/zsh/vendor-completions \$fpath); autoload -Uz compinit && compinit -u -D"
    ;;
  *) fail "unknown shell $shell" ;;
esac

type_keys "PS1='> '; PROMPT='> '; $setup; cd '$ROOT'; clear" Enter
wait_for '^> ?$'

shows_all() {
  local pattern
  for pattern; do screen | grep -qE -- "$pattern" || return 1; done
}

# One case: the keys, then TAB until the screen shows every pattern (at most three:
# the first TAB may add a common prefix, and bash lists only on the next-but-one).
try() {
  local what=$1 keys=$2 n pattern
  shift 2
  type_keys -l "$keys"
  for n in 1 2 3; do
    type_keys Tab
    sleep 0.4
    shows_all "$@" && break
  done
  for pattern in "$@"; do
    wait_for "$pattern"
  done
  ok "$what"
  type_keys C-c
  sleep 0.1
  type_keys "clear" Enter
  wait_for '^> ?$'
}

# `lplan due --mo<TAB>`: the option is completed and a space follows (the x lands after it).
type_keys -l "lplan due --mo"
type_keys Tab
sleep 0.3
type_keys -l "x"
wait_for '^> lplan due --month x$'
ok "due --mo<TAB> → --month"
type_keys C-c
type_keys "clear" Enter
wait_for '^> ?$'

# `lplan d<TAB>`: one command completes, several are listed.
mapfile -t dcommands < <(help_commands "$LPLAN" | grep '^d')
if [[ ${#dcommands[@]} -eq 1 ]]; then
  try "d<TAB>" "lplan d" "^> lplan ${dcommands[0]}"
else
  patterns=()
  for c in "${dcommands[@]}"; do patterns+=("(^|[[:space:]])$c([[:space:]]|$)"); done
  try "d<TAB> lists ${dcommands[*]}" "lplan d" "${patterns[@]}"
fi

try "--lang <TAB>" "lplan --lang " "(^|[[:space:]])en([[:space:]]|$)" "(^|[[:space:]])uk([[:space:]]|$)"

# The plan's goals, listed on a second TAB (the first one adds their common prefix);
# zsh shows each with its title.
mapfile -t goals < <(plan_json_values "$LPLAN" goals)
patterns=()
for g in "${goals[@]}"; do patterns+=("(^|[[:space:]])$g([[:space:]]|$)"); done
if [[ $shell == zsh ]]; then
  title="$("$LPLAN" list --plans "$ROOT/plans" --today 2020-03-10 --format json --goal "${goals[0]}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["activities"][0]["goal_title"][:30])')"
  patterns+=("${goals[0]} +-- $title")
fi
try "list --goal <TAB><TAB>: the plan's goals" "lplan list --goal " "${patterns[@]}"

# The activity ids of goal 2, where a command takes an id.
for c in done set; do
  if help_commands "$LPLAN" | grep -qx "$c"; then
    mapfile -t ids < <(plan_json_values "$LPLAN" ids | grep '^2\.')
    patterns=()
    for i in "${ids[@]}"; do patterns+=("(^|[[:space:]])${i//./\\.}([[:space:]]|$)"); done
    try "$c 2.<TAB>: the ids of goal 2" "lplan $c 2." "${patterns[@]}"
  fi
done

echo "$shell completion in a terminal${installed:+ (as installed)}: $checks checks passed"
