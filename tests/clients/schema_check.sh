#!/usr/bin/env bash
# The JSON Schema (docs/lplan.schema.json) checked by a real validator (ajv-cli)
# on the plan as a YAML 1.2 loader reads it: every file of plans/ must pass, and
# each broken plan below must fail both the schema and `lplan validate`.
# Usage: tests/clients/schema_check.sh path/to/lplan
set -euo pipefail
source "$(dirname "$0")/lib.sh"
LPLAN="$(realpath "${1:?usage: schema_check.sh path/to/lplan}")"
need_npm_clients
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$ROOT"
export LC_ALL=C.UTF-8
SCHEMA="$ROOT/docs/lplan.schema.json"
AJV="$CLIENTS_DIR/node_modules/.bin/ajv"

schema_ok() {  # FILE.yaml → exit status of ajv on its JSON form
  local json="$tmp/$(basename "$1").json"
  node "$ROOT/tests/clients/yaml2json.mjs" "$1" "$json"
  "$AJV" validate --spec=draft7 --strict=true --all-errors -s "$SCHEMA" -d "$json" >"$tmp/ajv.out" 2>&1
}

"$AJV" compile --spec=draft7 --strict=true -s "$SCHEMA" >/dev/null || fail "the schema does not compile"

passed=0
while IFS= read -r -d '' file; do
  schema_ok "$file" || { cat "$tmp/ajv.out" >&2; fail "$file does not pass the schema"; }
  passed=$((passed + 1))
done < <(find plans examples -name '*.yaml' -path '*plans/*' -print0 | sort -z)
[[ $passed -gt 0 ]] || fail "no plan files found"

# Broken plans: a complete small year with one mistake each.
base='plan: {year: 2020, organization: Бібліотека}
directions: [{id: sn1, number: 1, title: Розвиток}]
goals: [{id: goal1, number: 1, direction: sn1, title: Ціль}]
people: [{id: dubova, name: Дубова Ю.}]
activities:
  - id: "1.1"
    goal: goal1
    audience: Бібліотекарі
    responsible: dubova
    when: березень'
declare -A broken=(
  [unknown-key]="$base
    titel: Семінар"
  [bad-status]="$base
    title: Семінар
    status: finished"
  [bad-id]="$base
    title: Семінар
  - {id: \"2 1\", goal: goal1, title: Друге, when: травень, audience: Всі, responsible: dubova}"
  [date-not-iso]="$base
    title: Семінар
    due: 15.03.2020"
)
for name in "${!broken[@]}"; do
  mkdir -p "$tmp/$name/2020"
  printf '%s\n' "${broken[$name]}" >"$tmp/$name/2020/plan.yaml"
  if schema_ok "$tmp/$name/2020/plan.yaml"; then
    fail "broken plan \"$name\" passes the schema"
  fi
  if "$LPLAN" validate --today 2020-06-15 "$tmp/$name" >"$tmp/lplan.out" 2>&1; then
    cat "$tmp/lplan.out" >&2
    fail "broken plan \"$name\" passes lplan validate"
  fi
done
# The same small year without the mistake passes both (so the failures above are the mistakes').
mkdir -p "$tmp/good/2020"
printf '%s\n    title: Семінар\n' "$base" >"$tmp/good/2020/plan.yaml"
schema_ok "$tmp/good/2020/plan.yaml" || { cat "$tmp/ajv.out" >&2; fail "the good small plan fails the schema"; }
"$LPLAN" validate --strict --today 2020-06-15 "$tmp/good" >"$tmp/lplan.out" 2>&1 || { cat "$tmp/lplan.out" >&2; fail "the good small plan fails lplan validate"; }

echo "schema: $passed plan files pass; ${#broken[@]} broken plans fail both ajv and lplan validate"
