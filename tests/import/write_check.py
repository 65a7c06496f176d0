#!/usr/bin/env python3
"""How `lplan import` writes: all files or none, never over a year, --force, stdin.

    write_check.py LPLAN

In a temporary plans folder: the seed imports (exit 0) and validates; a second import
of the same year is refused (exit 2) and changes no byte; --force replaces the year
(a hand edit in it is gone, a year kept as a single file is replaced too); an
existing people.yaml keeps every byte it had, the new people after it; pasted text
comes through standard input; no temporary folder is left behind.
"""
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = {"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}
SEED = HERE / "seed-2020.txt"


def run(*args, stdin=None):
    return subprocess.run(list(args), capture_output=True, text=True, env=ENV, input=stdin)


def snapshot(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def main():
    lplan = sys.argv[1]
    failures = []

    def expect(condition, what):
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        plans = Path(tmp) / "plans"
        r = run(lplan, "import", str(SEED), "--into", str(plans), "--today", "2020-06-01", "--lang", "en")
        expect(r.returncode == 0, f"the seed imports (exit {r.returncode})")
        expect((plans / "2020" / "sn1.yaml").is_file() and (plans / "people.yaml").is_file(), "its files are there")
        v = run(lplan, "validate", "--plans", str(plans), "--today", "2020-06-01")
        expect(v.returncode == 0, "and validate")
        before = snapshot(plans)

        r = run(lplan, "import", str(SEED), "--into", str(plans), "--lang", "en")
        expect(r.returncode == 2 and "already holds the plan of 2020" in r.stderr, "a second import is refused")
        expect(snapshot(plans) == before, "and changes no byte")

        edited = plans / "2020" / "sn1.yaml"
        edited.write_text(edited.read_text(encoding="utf-8") + "# a hand edit\n", encoding="utf-8")
        r = run(lplan, "import", str(SEED), "--into", str(plans), "--force", "--lang", "en")
        expect(r.returncode == 0, "--force replaces the year")
        expect("# a hand edit" not in edited.read_text(encoding="utf-8"), "the old files are gone")
        expect(not list(plans.glob(".lplan-import-*")), "no temporary folder is left")

        single = Path(tmp) / "single"
        single.mkdir()
        (single / "2020.yaml").write_text("plan: {year: 2020, organization: X}\n", encoding="utf-8")
        r = run(lplan, "import", str(SEED), "--into", str(single), "--lang", "en")
        expect(r.returncode == 2 and "2020.yaml already holds" in r.stderr, "a year kept as one file is refused too")
        r = run(lplan, "import", str(SEED), "--into", str(single), "--force", "--lang", "en")
        expect(r.returncode == 0 and not (single / "2020.yaml").exists() and (single / "2020").is_dir(),
               "and replaced by --force")

        merged = Path(tmp) / "merged"
        merged.mkdir()
        registry = "# Наш реєстр, як його вели\npeople:\n  - id: presidium   # президія\n    kind: body\n    name: Президія ЛОВ УБА\n"
        (merged / "people.yaml").write_text(registry, encoding="utf-8")
        r = run(lplan, "import", str(SEED), "--into", str(merged), "--lang", "en")
        text = (merged / "people.yaml").read_text(encoding="utf-8")
        expect(r.returncode == 0 and text.startswith(registry), "an existing people.yaml keeps every byte")
        expect("  - id: dubova\n" in text and "prezydiia" not in text, "the new people come after it, the known ones reused")
        v = run(lplan, "validate", "--plans", str(merged), "--today", "2020-06-01")
        expect(v.returncode == 0, "and the merged folder validates")

        piped = Path(tmp) / "piped"
        r = run(lplan, "import", "-", "--into", str(piped), "--lang", "en", stdin=SEED.read_text(encoding="utf-8"))
        expect(r.returncode == 0 and (piped / "2020" / "plan.yaml").is_file(), "pasted text comes through standard input")

        dry = Path(tmp) / "dry"
        r = run(lplan, "import", str(SEED), "--into", str(dry), "--dry-run", "--lang", "en")
        expect(r.returncode == 0 and "==> " in r.stdout and not dry.exists(), "--dry-run prints and writes nothing")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
