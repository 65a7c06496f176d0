#!/usr/bin/env bash
# Crash safety of the writing commands: lplan killed while it writes leaves the old file
# or the new one — never a mix — and no temporary file behind.
#   1. killed at fixed points (LPLAN_TEST_KILL_AT=write: half the bytes written;
#      =commit: synced, before the rename): the old file, nothing else in the folder;
#   2. killed at random moments while `set` rewrites a 10,000-activity plan: each time
#      the file is byte for byte the old one or the new one.
set -euo pipefail
lplan="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

leftovers() { find "$1" -name '.*' -not -name '.' | head -5; }

cp -r "$root/plans" "$work/plans"
before="$(sha256sum "$work/plans/2020/sn1.yaml")"
for point in write commit; do
  set +e
  { (LPLAN_TEST_KILL_AT=$point exec "$lplan" --plans "$work/plans" done 2.1 --on 2020-03-20 >/dev/null 2>&1); } 2>/dev/null
  code=$?
  set -e
  if [ "$code" -ne 137 ]; then echo "FAIL: killed at $point: exit $code, expected 137 (SIGKILL)"; exit 1; fi
  if [ "$(sha256sum "$work/plans/2020/sn1.yaml")" != "$before" ]; then echo "FAIL: killed at $point: the file changed"; exit 1; fi
  if [ -n "$(leftovers "$work/plans")" ]; then echo "FAIL: killed at $point: left behind: $(leftovers "$work/plans")"; exit 1; fi
  echo "killed at $point: the old file, nothing left behind"
done

# A large plan: the write takes long enough to be interrupted at random.
mkdir -p "$work/big/plans"
python3 "$root/tests/bench/gen_plan.py" 10000 "$work/big/plans/2020.yaml"
cp "$work/big/plans/2020.yaml" "$work/old.yaml"
id="$("$lplan" --plans "$work/big/plans" list --format csv --today 2020-06-15 | sed -n '2p' | cut -d, -f1)"
"$lplan" --plans "$work/big/plans" set "$id" status=in-progress --today 2020-06-15 >/dev/null
cp "$work/big/plans/2020.yaml" "$work/new.yaml"
old="$(sha256sum < "$work/old.yaml")"
new="$(sha256sum < "$work/new.yaml")"
seen_old=0
seen_new=0
for i in $(seq 1 12); do
  cp "$work/old.yaml" "$work/big/plans/2020.yaml"
  "$lplan" --plans "$work/big/plans" set "$id" status=in-progress --today 2020-06-15 >/dev/null 2>&1 &
  pid=$!
  # Anywhere from the start to past the end of a typical run (~1.4 s here, longer under ASan).
  sleep "$(awk -v r=$((RANDOM % 160)) 'BEGIN { print r / 100 }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  now="$(sha256sum < "$work/big/plans/2020.yaml")"
  if [ "$now" = "$old" ]; then seen_old=$((seen_old + 1));
  elif [ "$now" = "$new" ]; then seen_new=$((seen_new + 1));
  else echo "FAIL: after a kill the file is neither the old nor the new one"; exit 1; fi
  if [ -n "$(leftovers "$work/big/plans")" ]; then echo "FAIL: a kill left behind: $(leftovers "$work/big/plans")"; exit 1; fi
done
echo "12 random kills: the old file $seen_old times, the new one $seen_new times, never a mix, nothing left behind"
