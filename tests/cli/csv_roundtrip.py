#!/usr/bin/env python3
"""The CSV of `lplan list` / `lplan due` reads back with Python's csv module.

A hostile plan (quotes, line breaks, `;` inside list items, cells that a
spreadsheet would run as formulas: =cmd, +1, -x, @x) goes through
`lplan list --format csv`; every field must come back as written, with formula
cells defused by a leading apostrophe and lists joined with "; ". Then the CSV
and JSON of `lplan due --month march` on plans/ must carry the same rows.

Run: tests/cli/csv_roundtrip.py path/to/lplan   (from anywhere; exit 0 = pass)
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PLAN = r'''plan:
  year: 2020
  organization: "Відділення \"УБА\", Луганськ"
directions:
  - {id: sn1, number: 1, title: "Напрям; перший"}
goals:
  - {id: goal1, number: 1, direction: sn1, title: "=1+1"}
activities:
  - id: "1.1"
    goal: goal1
    title: "=cmd|' /C calc'!A0"
    details: ["Рядок один\nрядок два", "а; б", "@x"]
    audience: ["-x", "Бібліотекарі, фахівці"]
    when: березень
    responsible: ["+1", "Черв'як О."]
    resources: ["\"Лапки\" всередині", "-2+3"]
    outcome: |
      Перший рядок, з комою
      "другий" рядок
  - id: "1.2"
    goal: goal1
    title: "Звичайний захід «Брейнпарк»"
    audience: [Бібліотекарі]
    when: "лютий березень – квітень травень"
    responsible: ["\tтаб"]
    resources: []
'''

EXPECTED = {
    "1.1": {
        "direction": "sn1", "direction_title": "Напрям; перший", "goal": "goal1", "goal_title": "'=1+1",
        "title": "'=cmd|' /C calc'!A0", "when": "березень", "months": "3", "deadline": "2020-03-31",
        "ongoing": "false", "status": "planned", "responsible": "'+1; Черв'як О.", "responsible_ids": "; ",
        "audience": "'-x; Бібліотекарі, фахівці", "resources": "\"Лапки\" всередині; -2+3",
        "details": "Рядок один\nрядок два; а; б; @x",
        "outcome": "Перший рядок, з комою\n\"другий\" рядок\n",
    },
    "1.2": {
        "title": "Звичайний захід «Брейнпарк»", "when": "лютий березень – квітень травень",
        "months": "2; 3; 4; 5", "deadline": "2020-05-31", "responsible": "'\tтаб", "resources": "",
        "details": "", "outcome": "",
    },
}


def run(lplan, args, cwd):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LPLAN_") and k != "COLUMNS"}
    env["LC_ALL"] = "C.UTF-8"
    proc = subprocess.run([lplan] + args, cwd=cwd, env=env, capture_output=True, timeout=60)
    if proc.returncode != 0:
        raise SystemExit(f"lplan {' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()}")
    return proc.stdout


def check(cond, message, failures):
    if not cond:
        failures.append(message)


def main():
    lplan = os.path.abspath(sys.argv[1])
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        plans = Path(tmp) / "plans"
        plans.mkdir()
        (plans / "2020.yaml").write_text(PLAN, encoding="utf-8")
        raw = run(lplan, ["list", "--plans", str(plans), "--today", "2020-03-10", "--lang", "en",
                          "--format", "csv", "--keep-going"], tmp)
    check(b"\r\n" in raw and raw.count(b"\r\n") >= 3, "records end with CRLF", failures)
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    check([r["id"] for r in rows] == ["1.1", "1.2"], f"ids: {[r['id'] for r in rows]}", failures)
    for row in rows:
        for key, want in EXPECTED.get(row["id"], {}).items():
            check(row.get(key) == want, f"{row['id']}.{key}: got {row.get(key)!r}, want {want!r}", failures)
        for key, value in row.items():
            check(not value or value[0] not in "=+-@\t\r",
                  f"{row['id']}.{key} starts with a formula character: {value!r}", failures)

    # The same rows in csv and json of `due` on the real plan.
    base = ["due", "--plans", "plans", "--today", "2020-03-10", "--lang", "en", "--month", "march"]
    csv_rows = list(csv.DictReader(io.StringIO(run(lplan, base + ["--format", "csv"], ROOT).decode(), newline="")))
    js = json.loads(run(lplan, base + ["--format", "json"], ROOT))
    check([(r["id"], r["group"]) for r in csv_rows] == [(a["id"], a["group"]) for a in js["activities"]],
          "due csv and json disagree on rows or groups", failures)
    check(len(csv_rows) == 20, f"due --month march on plans/ has 20 rows, got {len(csv_rows)}", failures)
    for r, a in zip(csv_rows, js["activities"]):
        check(r["months"] == "; ".join(str(m) for m in a["months"]), f"{r['id']}: months differ", failures)
        check(r["deadline"] == (a["deadline"] or ""), f"{r['id']}: deadline differs", failures)

    for f in failures:
        print("FAIL", f)
    print(f"csv round trip: {'ok' if not failures else str(len(failures)) + ' problem(s)'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
