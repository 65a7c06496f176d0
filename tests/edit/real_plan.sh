#!/usr/bin/env bash
# The writing commands on a copy of the real plan, as issue 10 and 14 describe them:
#  - `lplan done 2.1 …` changes only lines of 2.1, keeps every comment and the file mode;
#  - `lplan new 2021 --from 2020` writes plans/2021/ that validates with no error, keeps
#    every comment, plans all 31 activities with 2021 dates, leaves plans/2020 as it was,
#    and names 5.6 and 6.2 (their titles say 2020);
#  - `lplan add --goal goal2 …` then adds 2.10 right after 2.9.
set -euo pipefail
lplan="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
cp -r "$root/plans" plans
cp -r plans original
chmod 640 plans/2020/sn1.yaml
fail() { echo "FAIL: $*"; exit 1; }
T=(--today 2020-06-15 --lang en)

"$lplan" "${T[@]}" done 2.1 --on 2020-03-20 --outcome "Проведено 5 тренінгів у межах кампанії #БудьНаЧасі: 45 учасників" >/dev/null
[ "$(stat -c %a plans/2020/sn1.yaml)" = 640 ] || fail "done changed the mode of sn1.yaml"
changed="$(diff original/2020/sn1.yaml plans/2020/sn1.yaml | grep -c '^[<>]' || true)"
[ "$changed" = 3 ] || fail "done changed $changed lines, expected 3 added"
diff <(grep '#' original/2020/sn1.yaml) <(grep '#' plans/2020/sn1.yaml | grep -v БудьНаЧасі) >/dev/null || fail "a comment changed"
outcome="$("$lplan" "${T[@]}" list --goal goal2 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["activities"][0]["outcome"])')"
[ "$outcome" = "Проведено 5 тренінгів у межах кампанії #БудьНаЧасі: 45 учасників" ] || fail "the outcome reads back as: $outcome"
"$lplan" report --today 2020-03-10 --lang en >/dev/null || fail "report --today 2020-03-10 fails after done"
echo "done 2.1: 3 lines added, comments and mode kept, the outcome reads back exactly"

cp -r plans before-new
"$lplan" "${T[@]}" new 2021 --from 2020 >new.out 2>new.err || fail "new 2021 failed: $(cat new.err)"
diff -r before-new/2020 plans/2020 >/dev/null || fail "new changed plans/2020"
"$lplan" validate plans/2021 --today 2021-06-15 >val.out 2>&1 || true
grep -q " 0 errors" val.out || fail "plans/2021 does not validate: $(cat val.out)"
n="$("$lplan" list --year 2021 --today 2021-06-15 --format json | python3 -c 'import json,sys; a=json.load(sys.stdin)["activities"]; print(len(a), sum(x["status"]=="planned" for x in a), sum(1 for x in a if x["deadline"] and not x["deadline"].startswith("2021")))')"
[ "$n" = "31 31 0" ] || fail "2021 has (activities, planned, deadlines not in 2021) = $n"
for f in plan sn1 sn2; do
  diff <(grep -E '(^|\s)# ' plans/2020/$f.yaml | grep -v БудьНаЧасі) <(grep -E '(^|\s)# ' plans/2021/$f.yaml) >/dev/null || fail "comments of $f.yaml not kept"
done
grep -q 'sn2.yaml:[0-9]*:[0-9]*: warning: the title of 5.6 mentions 2020' new.err || fail "5.6 not named: $(cat new.err)"
grep -q 'sn2.yaml:[0-9]*:[0-9]*: warning: the title of 6.2 mentions 2020' new.err || fail "6.2 not named"
"$lplan" "${T[@]}" new 2021 >/dev/null 2>&1 && fail "a second new 2021 did not refuse"
echo "new 2021: validates, 31 activities planned in 2021, comments kept, 2020 untouched, 5.6 and 6.2 named"

"$lplan" "${T[@]}" --year 2020 add --goal goal2 --title "Тренінг «Медіаграмотність»" --when квітень -r dubova >/dev/null
ids="$("$lplan" --year 2020 list --goal goal2 --today 2020-06-15 --format csv | cut -d, -f1 | tail -n 2 | tr '\n' ' ')"
[ "$ids" = "2.9 2.10 " ] || fail "add: the last ids of goal2 are $ids"
after="$(grep -n '"2.10"' plans/2020/sn1.yaml | cut -d: -f1)"
nine="$(grep -n '"2.9"' plans/2020/sn1.yaml | cut -d: -f1)"
[ "$after" -gt "$nine" ] || fail "2.10 is not after 2.9 in sn1.yaml"
echo "add: 2.10 right after 2.9"
