#!/usr/bin/env bash
# The iCalendar export read by ical.js. Usage: tests/clients/ics_check.sh path/to/lplan
set -euo pipefail
source "$(dirname "$0")/lib.sh"
LPLAN="$(realpath "${1:?usage: ics_check.sh path/to/lplan}")"
need_npm_clients
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$ROOT"
export LC_ALL=C.UTF-8
"$LPLAN" export 2020 --plans plans --today 2020-06-15 --lang uk --format ics >"$tmp/plan.ics"
"$LPLAN" export 2020 --plans plans --today 2020-06-15 --lang uk --format json >"$tmp/plan.json"
# 39 events: plans/2020 has 31 activities, 3 unscheduled, 7 in two runs of months, one in six.
node "$ROOT/tests/clients/ics_check.mjs" "$tmp/plan.ics" "$tmp/plan.json" 39
# A trainer's own calendar (issue 17): what `due` lists for her and her body, and the
# same filter through export; every event must be one of the whole year's (same UIDs).
"$LPLAN" export 2020 --plans plans --today 2020-06-15 --lang uk --format ics --responsible дубова >"$tmp/dubova.ics"
"$LPLAN" list --plans plans --today 2020-06-15 --lang uk --format json --responsible дубова >"$tmp/dubova.json"
node "$ROOT/tests/clients/ics_check.mjs" "$tmp/dubova.ics" "$tmp/dubova.json" 10
"$LPLAN" due --plans plans --today 2020-06-15 --lang uk --format ics --responsible дубова --month Q2 >"$tmp/dubova-q2.ics"
python3 - "$tmp/plan.ics" "$tmp/dubova.ics" "$tmp/dubova-q2.ics" <<'PY'
import sys
uids = lambda p: {l.strip() for l in open(p, encoding="utf-8", newline="") if l.startswith("UID:")}
year, hers, q2 = (uids(p) for p in sys.argv[1:])
assert hers and hers <= year, "the trainer's calendar has UIDs the year's calendar has not"
assert q2 and q2 <= hers, "due --format ics lists events export --responsible has not"
print(f"trainer's calendar: {len(hers)} events, Q2 due: {len(q2)}, all with the year's UIDs")
PY
