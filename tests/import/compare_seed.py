#!/usr/bin/env python3
"""The real 2020 plan, imported, against its transcription in plans/2020.

    compare_seed.py LPLAN SOURCE [--fresh] [--min N]

Imports SOURCE (the seed text tests/import/seed-2020.txt, or the same table as .docx
or .html) with `lplan import` into a temporary plans folder, validates it with
`lplan validate`, and compares, activity by activity and in table order, the
exported plan (`lplan export --format json`) with plans/2020's:

- the title,
- the months of the timeframe (lplan's own schedule of `when`),
- the responsible people.

By default the import goes into a folder holding a copy of plans/people.yaml (the
registry an organization's second import finds): the responsible ids must be the
registry's. With --fresh the folder is empty and the import makes its own registry:
a responsible entry then counts as the same when its name is the registry entry's
name or one of its aliases (after case folding).

Passes when at least N activities (default 29) of the 31 agree on all three, and
prints every difference either way.
"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2020-06-01"


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}, **kw)


def export(lplan, plans):
    r = run([lplan, "export", "2020", "--plans", str(plans), "--format", "json", "--today", TODAY])
    if r.returncode != 0:
        sys.exit(f"export of {plans} failed ({r.returncode}):\n{r.stderr}")
    return json.loads(r.stdout)


def people_forms(plans):
    """id → the folded name and aliases of each registry entry."""
    try:
        import yaml  # python3-yaml; only for --fresh
    except ImportError:
        print("skipped: python3-yaml is not installed (Debian: apt-get install python3-yaml)")
        sys.exit(77)

    with open(plans / "people.yaml", encoding="utf-8") as f:
        people = yaml.safe_load(f)["people"]
    return {p["id"]: {s.casefold() for s in [p["name"], *p.get("aliases", [])]} for p in people}


def main():
    args = sys.argv[1:]
    fresh = "--fresh" in args
    minimum = 29
    if "--min" in args:
        minimum = int(args[args.index("--min") + 1])
        del args[args.index("--min") : args.index("--min") + 2]
    args = [a for a in args if a != "--fresh"]
    if len(args) != 2:
        sys.exit(__doc__)
    lplan, source = args
    with tempfile.TemporaryDirectory() as tmp:
        plans = Path(tmp) / "plans"
        plans.mkdir()
        if not fresh:
            shutil.copy(ROOT / "plans" / "people.yaml", plans / "people.yaml")
        r = run([lplan, "import", source, "--into", str(plans), "--today", TODAY, "--lang", "en"])
        print(r.stderr, end="")
        if r.returncode != 0:
            sys.exit(f"FAIL: lplan import exited {r.returncode}")
        v = run([lplan, "validate", "--plans", str(plans), "--today", TODAY])
        if v.returncode != 0:
            sys.exit(f"FAIL: the imported plan does not validate:\n{v.stdout}{v.stderr}")
        got = export(lplan, plans)["activities"]
        want = export(lplan, ROOT / "plans")["activities"]
        forms = people_forms(ROOT / "plans") if fresh else None

        if len(got) != len(want):
            print(f"activities: {len(got)} imported, {len(want)} in plans/2020")
        same = 0
        for i, w in enumerate(want):
            g = got[i] if i < len(got) else None
            problems = []
            if g is None:
                problems.append("missing")
            else:
                if g["id"] != w["id"]:
                    problems.append(f"id {g['id']!r} != {w['id']!r}")
                if g["title"] != w["title"]:
                    problems.append(f"title {g['title']!r} != {w['title']!r}")
                if g["months"] != w["months"]:
                    problems.append(f"months {g['months']} != {w['months']}")
                gr = [p["id"] for p in g["responsible"]]
                wr = [p["id"] for p in w["responsible"]]
                if fresh:
                    names = [p["name"].casefold() for p in g["responsible"]]
                    ok = len(names) == len(wr) and all(n in forms[i] for n, i in zip(names, wr))
                    if not ok:
                        problems.append(f"responsible {names} not {wr}")
                elif gr != wr:
                    problems.append(f"responsible {gr} != {wr}")
            if problems:
                print(f"  {w['id']}: " + "; ".join(problems))
            else:
                same += 1
        print(f"{same} of {len(want)} activities carry the same title, months and responsible people")
        if same < minimum:
            sys.exit(f"FAIL: fewer than {minimum}")


if __name__ == "__main__":
    main()
