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
