#!/usr/bin/env python3
"""Two inputs of one table import to the same plan.

    compare_imports.py LPLAN EXPECTED OTHER…

Imports EXPECTED (e.g. the seed text) and each OTHER (the same table as .html or
.docx) with `lplan import` into empty plans folders, then compares what lplan
reads back from them: every activity (`lplan export --format json`: ids, titles,
details, audience, timeframe and months, responsible people, resources, notes), the
registry (`lplan people --format json`) and the organization. Exit 1, listing the
differences, when they are not the same.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

TODAY = "2020-06-01"
ENV = {"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}


def imported(lplan, source, tmp):
    plans = Path(tempfile.mkdtemp(dir=tmp)) / "plans"
    r = subprocess.run([lplan, "import", source, "--into", str(plans), "--today", TODAY, "--lang", "en"],
                       capture_output=True, text=True, env=ENV)
    if r.returncode != 0:
        sys.exit(f"FAIL: lplan import {source} exited {r.returncode}:\n{r.stderr}")

    def run(*args):
        out = subprocess.run([lplan, *args, "--plans", str(plans), "--today", TODAY, "--format", "json"],
                             capture_output=True, text=True, env=ENV)
        if out.returncode != 0:
            sys.exit(f"FAIL: lplan {' '.join(args)} on the import of {source}:\n{out.stderr}")
        return json.loads(out.stdout)

    return {"export": run("export", "2020"), "people": run("people")}


def diff(a, b, path=""):
    if type(a) is not type(b):
        return [f"{path}: {a!r} != {b!r}"]
    if isinstance(a, dict):
        out = []
        for k in sorted(set(a) | set(b)):
            out += diff(a.get(k), b.get(k), f"{path}.{k}")
        return out
    if isinstance(a, list):
        out = [f"{path}: {len(a)} items != {len(b)}"] if len(a) != len(b) else []
        for i, (x, y) in enumerate(zip(a, b)):
            label = x.get("id", i) if isinstance(x, dict) else i
            out += diff(x, y, f"{path}[{label}]")
        return out
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    lplan, expected, others = sys.argv[1], sys.argv[2], sys.argv[3:]
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        want = imported(lplan, expected, tmp)
        for other in others:
            got = imported(lplan, other, tmp)
            problems = diff(want, got)
            if problems:
                status = 1
                print(f"FAIL: {other} does not import to the plan {expected} imports to:")
                for p in problems[:40]:
                    print("  " + p)
            else:
                n = len(got["export"]["activities"])
                print(f"{other}: the same plan as {expected} ({n} activities, {len(got['people']['people'])} people)")
    sys.exit(status)


if __name__ == "__main__":
    main()
