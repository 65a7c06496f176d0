#!/usr/bin/env bash
# readonly.sh path/to/lplan — lplan never writes its input, and --output is atomic.
#
# 1. Copies plans/ to a temporary folder, makes it read-only (chmod -R a-w), runs
#    every command in several formats against it and checks that the sha256 of every
#    file is unchanged and no file appeared. (Run as root, chmod does not stop
#    writes; the checksums still catch any.)
# 2. --output into a folder that cannot be written exits 2 and leaves nothing behind;
#    --output onto a path that cannot be replaced (a directory) exits 2 and leaves no
#    temporary file; --output to a writable path writes the complete file (byte-equal
#    to stdout).
# Commands that answer "not built yet" are counted as skipped.
set -uo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 path/to/lplan" >&2
  exit 2
fi
lplan=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
skipped=0
ran=0
fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}

cp -r "$root/plans" "$tmp/plans"
chmod -R a-w "$tmp/plans"
snapshot() { (cd "$tmp/plans" && find . -print0 | sort -z | xargs -0 stat -c '%n %s %a' && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
before=$(snapshot)

common=(--plans "$tmp/plans" --today 2020-06-15 --lang en --color never)
runs=(
  "validate" "validate --format json" "validate --format github" "validate --strict"
  "check" "validate $tmp/plans/2020/sn1.yaml"
  "due --month march" "due --month march --format json" "due --month march --format markdown"
  "due --overdue" "due --month 2020-05 --responsible dubova"
  "list" "list --format json" "list --format csv" "list --format markdown" "list --status done"
  "report" "report 2020 --format markdown" "report 2020 --format html" "report --format json"
  "export --format ics" "export --format csv" "export --format csv --bom" "export --format json"
  "people" "people --format json" "people --format markdown"
  "schema"
)
cd "$tmp" || exit 2
for r in "${runs[@]}"; do
  read -r -a args <<<"$r"
  timeout 30 "$lplan" "${args[@]}" "${common[@]}" >out.txt 2>err.txt
  rc=$?
  if grep -q "not built yet" err.txt; then
    skipped=$((skipped + 1))
    continue
  fi
  ran=$((ran + 1))
  if [[ $rc -gt 2 ]]; then
    fail "lplan $r: exit $rc"; head -n 5 err.txt
  fi
  if grep -qE 'ERROR: AddressSanitizer|runtime error:' err.txt; then
    fail "lplan $r: sanitizer report"; head -n 20 err.txt
  fi
done
after=$(snapshot)
if [[ "$before" != "$after" ]]; then
  fail "the read-only plans changed:"
  diff <(echo "$before") <(echo "$after") | head -n 20
fi
echo "read-only plans: $ran commands ran, $skipped skipped (not built yet), files byte-identical: $([[ "$before" == "$after" ]] && echo yes || echo NO)"

# --output: the command that writes is validate (built first); the others use the same code.
out_args=(validate --format json "${common[@]}")

# An unwritable folder. As root, permissions do not stop writes, so the folder is
# one that cannot exist: its parent is a regular file.
mkdir -p locked
if [[ $EUID -ne 0 ]]; then
  chmod a-w locked
  target=locked/out.json
else
  : >notadir
  target=notadir/out.json
fi
"$lplan" "${out_args[@]}" --output "$target" >out.txt 2>err.txt
rc=$?
[[ $rc -eq 2 ]] || fail "--output $target: exit $rc, expected 2"
grep -q "cannot write" err.txt || fail "--output $target: no 'cannot write' message: $(head -c 200 err.txt)"
left=$(find locked -mindepth 1 | wc -l)
[[ $left -eq 0 && ! -e "$target" ]] || fail "--output $target left files behind"
chmod u+w locked

# A target that cannot be replaced: the temporary file is written, the rename fails.
mkdir -p outdir/report.json
"$lplan" "${out_args[@]}" --output outdir/report.json >out.txt 2>err.txt
rc=$?
[[ $rc -eq 2 ]] || fail "--output onto a directory: exit $rc, expected 2"
extra=$(find outdir -mindepth 1 -not -path outdir/report.json | wc -l)
[[ $extra -eq 0 ]] || fail "--output onto a directory left a temporary file: $(ls -A outdir)"

# A writable path: the whole output, equal to what stdout gets.
"$lplan" "${out_args[@]}" >expected.json 2>/dev/null
"$lplan" "${out_args[@]}" --output written.json >out.txt 2>err.txt
rc=$?
[[ $rc -le 1 ]] || fail "--output written.json: exit $rc: $(head -c 200 err.txt)"
cmp -s expected.json written.json || fail "--output written.json differs from stdout"
[[ -s out.txt ]] && fail "--output written.json also printed to stdout"
[[ $(find . -maxdepth 1 -name '.*lplan-*' | wc -l) -eq 0 ]] || fail "temporary files left in $tmp"
echo "--output: unwritable folder → exit 2, nothing left; rename failure → no temp file; writable → complete file ($(wc -c <written.json) bytes)"

if [[ $failures -ne 0 ]]; then
  echo "readonly.sh: $failures failure(s)"
  exit 1
fi
echo "readonly.sh: passed"
