#!/usr/bin/env python3
"""End-to-end CLI tests: run lplan as a user would and compare whole outputs.

Each tests/cli/cases/NAME.test holds:

    # what the case shows (comments start with #)
    args: due --plans plans --today 2020-03-10 --lang en --month march
    env: COLUMNS=80            (optional, repeatable)
    exit: 0
    --- stdout
    …expected stdout, byte for byte…
    --- stderr
    …expected stderr…

Commands run from the repository root with LC_ALL=C.UTF-8 and no LPLAN_*,
COLUMNS or NO_COLOR from the caller, so results do not depend on the machine.
`--- stdout` / `--- stderr` sections may be omitted (then that stream is not
compared). Run: tests/cli/run.py path/to/lplan [NAME…]; LPLAN_UPDATE=1 rewrites
the expected sections (read every diff before committing it).
"""
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "cases"


def parse(path):
    meta = {"env": {}, "args": None, "exit": 0}
    sections = {}
    current = None
    with open(path, encoding="utf-8", newline="") as f:
        content = f.read()
    for line in content.splitlines(keepends=True):
        if line.startswith("--- ") and line.strip() in ("--- stdout", "--- stderr"):
            current = line.strip()[4:]
            sections[current] = ""
            continue
        if current is not None:
            sections[current] += line
            continue
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        key, _, value = s.partition(":")
        value = value.strip()
        if key == "args":
            meta["args"] = shlex.split(value)
        elif key == "env":
            k, _, v = value.partition("=")
            meta["env"][k] = v
        elif key == "exit":
            meta["exit"] = int(value)
        else:
            raise SystemExit(f"{path}: unknown header {key!r}")
    if meta["args"] is None:
        raise SystemExit(f"{path}: no args line")
    return meta, sections


def environment(extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LPLAN_") and k not in ("COLUMNS", "NO_COLOR", "LANG", "LC_MESSAGES")}
    env["LC_ALL"] = "C.UTF-8"
    env.update(extra)
    return env


def run_case(lplan, path, update):
    meta, expected = parse(path)
    proc = subprocess.run([lplan] + meta["args"], cwd=ROOT, env=environment(meta["env"]),
                          capture_output=True, timeout=60)
    got = {"stdout": proc.stdout.decode("utf-8", "replace"), "stderr": proc.stderr.decode("utf-8", "replace")}
    problems = []
    if proc.returncode != meta["exit"]:
        problems.append(f"exit code {proc.returncode}, expected {meta['exit']}")
    for stream in ("stdout", "stderr"):
        if stream in expected and expected[stream] != got[stream]:
            problems.append(f"{stream} differs:\n--- expected\n{expected[stream]}--- got\n{got[stream]}")
    if problems and update:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        head = text.split("\n--- ", 1)[0].rstrip("\n") + "\n"
        head = "\n".join(l if not l.startswith("exit:") else f"exit: {proc.returncode}" for l in head.split("\n"))
        for stream in ("stdout", "stderr"):
            if stream in expected:
                head += f"--- {stream}\n{got[stream]}"
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(head)
        return []
    return problems


def main():
    lplan = os.path.abspath(sys.argv[1])
    names = sys.argv[2:]
    update = os.environ.get("LPLAN_UPDATE") == "1"
    cases = sorted(CASES.glob("*.test"))
    if names:
        cases = [c for c in cases if c.stem in names]
    failed = 0
    for case in cases:
        problems = run_case(lplan, case, update)
        if problems:
            failed += 1
            print(f"FAIL {case.stem}")
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
    print(f"cli: {len(cases) - failed} passed, {failed} failed")
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
