#!/usr/bin/env bash
# yaml_suite.sh path/to/lplan — feeds every input of the official YAML test suite
# (../shared/yaml-test-suite/{valid,invalid}/*.yaml, written by others) to
# `lplan validate FILE`. Each must end within 10 s in exit 0, 1 or 2, with no
# AddressSanitizer / UndefinedBehaviorSanitizer report. Run it with the sanitizer
# build (build-sanitize/lplan) to make the last check mean something.
# Skips (exit 0, with a message) when the suite is not there.
set -uo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 path/to/lplan" >&2
  exit 2
fi
lplan=$(realpath "$1")
top=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel 2>/dev/null ||
  (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd))
suite=$top/../shared/yaml-test-suite
if [[ ! -d "$suite/valid" ]]; then
  echo "yaml_suite.sh: skipped — no YAML test suite at $suite"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
declare -A by_code=()
total=0
failures=0
for kind in valid invalid; do
  for f in "$suite/$kind"/*.yaml; do
    [[ -e "$f" ]] || continue
    total=$((total + 1))
    timeout 10 "$lplan" validate "$f" --today 2020-06-15 --lang en --color never \
      >"$tmp/out" 2>"$tmp/err"
    rc=$?
    by_code[$kind:$rc]=$((${by_code[$kind:$rc]:-0} + 1))
    problem=""
    if [[ $rc -eq 124 ]]; then
      problem="hangs (killed after 10 s)"
    elif [[ $rc -gt 2 ]]; then
      problem="exit $rc"
    elif grep -qE 'ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:' "$tmp/err"; then
      problem="sanitizer report"
    fi
    if [[ -n "$problem" ]]; then
      failures=$((failures + 1))
      echo "FAIL $kind/$(basename "$f"): $problem"
      head -n 30 "$tmp/err"
    fi
  done
done

summary=""
for key in $(printf '%s\n' "${!by_code[@]}" | sort); do
  summary+=" $key=${by_code[$key]}"
done
echo "yaml-test-suite: $total inputs; exit codes by kind:$summary; failures: $failures"
[[ $failures -eq 0 ]]
