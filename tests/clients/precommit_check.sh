#!/usr/bin/env bash
# The pre-commit hook of .pre-commit-hooks.yaml run by the real `pre-commit`
# (Debian package) in a temporary git repository: it passes on the real plans/
# and fails, naming the line, when a commit breaks the plan.
# Usage: tests/clients/precommit_check.sh path/to/lplan
set -euo pipefail
source "$(dirname "$0")/lib.sh"
LPLAN="$(realpath "${1:?usage: precommit_check.sh path/to/lplan}")"
command -v pre-commit >/dev/null || skip "pre-commit is not installed (apt-get install pre-commit)"
command -v git >/dev/null || skip "git is not installed"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 PRE_COMMIT_HOME="$tmp/cache" PATH="$(dirname "$LPLAN"):$PATH"
export GIT_AUTHOR_NAME=lplan GIT_AUTHOR_EMAIL=lplan@example.invalid
export GIT_COMMITTER_NAME=lplan GIT_COMMITTER_EMAIL=lplan@example.invalid
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

# The hook repository: this repository's .pre-commit-hooks.yaml, as committed in a repo of its own.
hooks="$tmp/hooks"
mkdir -p "$hooks"
cp "$ROOT/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" init -q
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -q -m hooks
rev="$(git -C "$hooks" rev-parse HEAD)"

# A plan repository with the real plans/ and a config like examples/pre-commit-config.yaml.
work="$tmp/work"
mkdir -p "$work"
cp -r "$ROOT/plans" "$ROOT/docs" "$work/"
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: lplan-validate\n' "$hooks" "$rev" \
  >"$work/.pre-commit-config.yaml"
cd "$work"
git init -q
git add -A
git commit -q -m plan --no-verify

# 1. The real plan passes.
pre-commit run --all-files >"$tmp/out" 2>&1 || { cat "$tmp/out" >&2; fail "the hook fails on the real plans/"; }
grep -q "lplan validate.*Passed" "$tmp/out" || { cat "$tmp/out" >&2; fail "the hook did not run on plans/"; }

# 2. A commit that misspells a status fails, and the message names the file and line.
#    (pre-commit checks what is staged, as `git commit` would.)
line="$(grep -n '^    title:' plans/2020/sn1.yaml | head -1 | cut -d: -f1 || true)"
[[ -n "$line" ]] || fail "no activity title found in plans/2020/sn1.yaml"
sed -i "${line}a\\    status: finished" plans/2020/sn1.yaml
line=$((line + 1))
git add plans/2020/sn1.yaml
if pre-commit run >"$tmp/out" 2>&1; then
  cat "$tmp/out" >&2
  fail "the hook passes a plan with an unknown status"
fi
grep -q "plans/2020/sn1.yaml:${line}:.*unknown status" "$tmp/out" || { cat "$tmp/out" >&2; fail "no diagnostic at plans/2020/sn1.yaml:${line}"; }

echo "pre-commit: the hook passes on plans/ and fails at plans/2020/sn1.yaml:${line} on a broken status"
