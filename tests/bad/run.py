#!/usr/bin/env python3
"""The broken-plans corpus: every case must give exactly its diagnostics and exit code.

A case is either
    tests/bad/NAME.yaml      run as: lplan validate --today 2020-06-01 NAME.yaml
or  tests/bad/NAME/          a small plans tree (people.yaml, 2020/ …), run as:
                             lplan --plans NAME validate --today 2020-06-01
always with cwd=tests/bad and LC_ALL=C.UTF-8, and compared with tests/bad/NAME.expected:

    exit: 1
    NAME.yaml:7:12: error: … [rule]
    …the rest of stdout, byte for byte…

Lines starting with `#` before the `exit:` line are comments (say what the case
shows). Run: tests/bad/run.py path/to/lplan [NAME…]. LPLAN_UPDATE=1 writes the
.expected files from what lplan prints — then read every one: right line and column
(in characters), right rule, a useful message. A wrong expectation is a defect.

tests/bad/_known_bugs/ holds cases lplan still gets wrong, each with the output it
MUST give (the final summary line is not compared there). They are not part of the
suite; `run.py path/to/lplan --known-bugs` runs them. When one passes, move it up.
"""
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = "2020-06-01"
TIMEOUT = 20  # seconds; every case must finish far sooner (no hangs on hostile input)


def environment():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LPLAN_") and k not in ("COLUMNS", "NO_COLOR", "LANG", "LC_MESSAGES")}
    env["LC_ALL"] = "C.UTF-8"
    return env


def cases(folder):
    found = {}
    for p in sorted(folder.iterdir()):
        if p.is_file() and p.suffix == ".yaml":
            found[p.stem] = ["validate", "--today", TODAY, p.name]
        elif p.is_dir() and not p.name.startswith((".", "_")):
            found[p.name] = ["--plans", p.name, "validate", "--today", TODAY]
    return found


def read_expected(path):
    """(comments, exit code, stdout) of a .expected file; (None, None, None) when absent."""
    if not path.exists():
        return [], None, None
    text = path.read_bytes().decode("utf-8")
    comments = []
    rest = text
    while rest.startswith("#"):
        line, _, rest = rest.partition("\n")
        comments.append(line)
    head, _, stdout = rest.partition("\n")
    if not head.startswith("exit:"):
        raise SystemExit(f"{path}: the first line (after # comments) must be `exit: N`")
    return comments, int(head[5:].strip()), stdout


def without_summary(stdout):
    """stdout without its last line (the summary with the counts)."""
    lines = stdout.splitlines(keepends=True)
    return "".join(lines[:-1])


def run_case(lplan, folder, name, args, update, known_bugs):
    expected_path = folder / f"{name}.expected"
    comments, want_exit, want_out = read_expected(expected_path)
    started = time.monotonic()
    try:
        proc = subprocess.run([lplan] + args, cwd=folder, env=environment(), capture_output=True,
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return [f"no answer within {TIMEOUT} s (a hang?)"]
    elapsed = time.monotonic() - started
    got_out = proc.stdout.decode("utf-8", "replace")
    problems = []
    if proc.returncode < 0 or proc.returncode > 2:
        problems.append(f"crashed or unexpected exit code {proc.returncode}; stderr:\n"
                        + proc.stderr.decode("utf-8", "replace"))
    if want_exit is None:
        problems.append("no .expected file")
    else:
        if proc.returncode != want_exit:
            problems.append(f"exit code {proc.returncode}, expected {want_exit}")
        if known_bugs:
            got_out = without_summary(got_out) + "…summary…\n"
        if got_out != want_out:
            problems.append(f"stdout differs:\n--- expected\n{want_out}--- got\n{got_out}")
    if elapsed > 5:
        problems.append(f"took {elapsed:.1f} s (bad input must be rejected fast)")
    if problems and update and 0 <= proc.returncode <= 2:
        head = "".join(c + "\n" for c in comments)
        expected_path.write_bytes((head + f"exit: {proc.returncode}\n" + got_out).encode("utf-8"))
        print(f"updated {expected_path.name}")
        return []
    return problems


def main():
    if len(sys.argv) < 2:
        raise SystemExit("usage: run.py path/to/lplan [NAME…]")
    lplan = os.path.abspath(sys.argv[1])
    names = sys.argv[2:]
    known_bugs = "--known-bugs" in names
    names = [n for n in names if n != "--known-bugs"]
    folder = HERE / "_known_bugs" if known_bugs else HERE
    update = os.environ.get("LPLAN_UPDATE") == "1" and not known_bugs
    all_cases = cases(folder)
    unknown = [n for n in names if n not in all_cases]
    if unknown:
        raise SystemExit(f"no such case: {', '.join(unknown)}")
    orphans = [p.name for p in folder.glob("*.expected") if p.stem not in all_cases]
    selected = {n: a for n, a in all_cases.items() if not names or n in names}
    failed = 0
    for name, args in selected.items():
        problems = run_case(lplan, folder, name, args, update, known_bugs)
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
    for o in orphans:
        print(f"FAIL {o}: an .expected file without its case")
    label = "bad-plans (known bugs)" if known_bugs else "bad-plans"
    print(f"{label}: {len(selected) - failed} passed, {failed + len(orphans)} failed")
    return 1 if failed or orphans or not selected else 0


if __name__ == "__main__":
    sys.exit(main())
