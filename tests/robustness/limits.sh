#!/usr/bin/env bash
# limits.sh path/to/lplan — hostile inputs end quickly in a clear diagnostic and exit 1:
# the file-size limit (--max-file-size), nesting depth 1000, a 9-level "billion
# laughs" alias bomb, a self-referential alias, a 10,000-line file of random bytes,
# and a plans folder with more than 10,000 files. Each case has 10 s (the limits
# exist so that it takes well under one, even under the sanitizers).
set -uo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 path/to/lplan" >&2
  exit 2
fi
lplan=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
failures=0

# expect NAME PATTERN ARGS… — lplan validate ARGS must exit 1 within 10 s, its output
# (validate prints diagnostics on stdout) matching PATTERN,
# with no sanitizer report.
expect() {
  local name=$1 pattern=$2
  shift 2
  local start end rc
  start=$(date +%s.%N)
  timeout 10 "$lplan" validate --today 2020-06-15 --lang en --color never "$@" \
    >"$name.out" 2>"$name.err"
  rc=$?
  end=$(date +%s.%N)
  local secs
  secs=$(printf '%.2f' "$(echo "$end - $start" | bc)")
  if [[ $rc -eq 124 ]]; then
    echo "FAIL $name: hangs (killed after 10 s)"
  elif [[ $rc -ne 1 ]]; then
    echo "FAIL $name: exit $rc, expected 1"; head -n 5 "$name.err"
  elif grep -qE 'ERROR: AddressSanitizer|runtime error:' "$name.err"; then
    echo "FAIL $name: sanitizer report"; head -n 20 "$name.err"
  elif ! cat "$name.out" "$name.err" | grep -qE -- "$pattern"; then
    echo "FAIL $name: no diagnostic matching /$pattern/"; head -n 5 "$name.out" "$name.err"
  else
    echo "ok   $name (${secs}s): $(cat "$name.out" "$name.err" | grep -E -m1 -- "$pattern" | cut -c1-150)"
    return
  fi
  failures=$((failures + 1))
}

python3 - <<'PY'
import random

# 3 MiB of comments: valid YAML, but over a 1 MiB limit.
with open("big.yaml", "w") as f:
    f.write("plan: {year: 2020, organization: X}\n")
    f.write(("# " + "x" * 1000 + "\n") * 3200)

with open("deep.yaml", "w") as f:
    f.write("plan: {year: 2020, organization: X}\nactivities: " + "[" * 1000 + "]" * 1000 + "\n")

with open("deep_block.yaml", "w") as f:
    f.write("plan: {year: 2020, organization: X}\nactivities:\n")
    f.write("".join("  " * i + "- \n" for i in range(1, 1001)))

# 9 levels of 9 aliases each: 9^9 (387 million) strings once expanded.
lines = ["plan: {year: 2020, organization: X}", "activities:", '  - id: "1.1"', "    title: t",
         "    details:",
         '      l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for i in range(1, 10):
    lines.append(f"      l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9) + "]")
with open("bomb.yaml", "w") as f:
    f.write("\n".join(lines) + "\n")

with open("self_alias.yaml", "w") as f:
    f.write("plan: {year: 2020, organization: X}\na: &x [1, *x]\n")
with open("self_alias_map.yaml", "w") as f:
    f.write("plan: {year: 2020, organization: X}\nactivities:\n  - &x {id: '1', title: *x}\n")

rnd = random.Random(2020)
with open("random.yaml", "wb") as f:
    for _ in range(10000):
        f.write(bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 100))) + b"\n")
# Random printable ASCII: gets past the UTF-8 check into the YAML parser.
with open("random_ascii.yaml", "wb") as f:
    alphabet = b"[]{}:,-?&*!|>'\"%@` #\t\nabc019"
    for _ in range(10000):
        f.write(bytes(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 60))) + b"\n")
PY

expect file-size 'more than the limit of 1\.0 MiB' big.yaml --max-file-size 1
expect depth-flow 'nest deeper than 64 levels' deep.yaml
expect depth-block 'nest deeper than 64 levels' deep_block.yaml
expect alias-bomb 'aliases expand to more than 1000000 nodes' bomb.yaml
expect self-alias 'a cycle' self_alias.yaml
expect self-alias-map 'a cycle' self_alias_map.yaml
expect random-bytes 'invalid UTF-8' random.yaml
expect random-ascii 'error: ' random_ascii.yaml

# More than 10,000 files in one year folder.
mkdir -p many/2020
python3 -c "
for i in range(10001):
    open(f'many/2020/f{i:05}.yaml', 'w').write('')
"
expect many-files '10,?000' --plans many many

if [[ $failures -ne 0 ]]; then
  echo "limits.sh: $failures case(s) failed"
  exit 1
fi
echo "limits.sh: all cases end in exit 1 with a clear diagnostic"
