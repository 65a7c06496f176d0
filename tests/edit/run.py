#!/usr/bin/env python3
"""Golden before/after tests of the writing commands (set, done, …): the file as it was,
the command, the file as it must be — byte for byte — and the exit code.

Each tests/edit/cases/NAME.test holds:

    # what the case shows
    args: set 1.1 status=done          (run in a temporary folder as: lplan --plans plans …)
    exit: 0
    crlf: yes                          (optional: the file's lines end with CR LF)
    bom: yes                           (optional: the file starts with a UTF-8 byte-order mark)
    final-newline: no                  (optional: the file does not end with a line break)
    file: plans/2020.yaml              (optional; the default)
    escapes: yes                       (optional: \n in the args is a line break)
    --- before
    …the plan file…
    --- after
    …the plan file after the command (no section: it must be byte-identical)…
    --- stdout                         (optional)
    --- stderr                         (optional)

The file gets mode 0640 first and must keep it. Runs with --today 2020-06-15 --lang en
unless the args say otherwise, LC_ALL=C.UTF-8. Run: tests/edit/run.py path/to/lplan [NAME…];
LPLAN_UPDATE=1 rewrites the after/stdout/stderr sections (read every diff before committing).
"""
import os
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"
SECTIONS = ("before", "after", "stdout", "stderr")


def parse(path):
    meta = {"args": None, "exit": 0, "crlf": False, "bom": False, "final-newline": True,
            "file": "plans/2020.yaml", "extra": [], "escapes": False}
    sections = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        s = line.strip()
        if line.startswith("--- ") and s[4:] in SECTIONS:
            current = s[4:]
            sections[current] = ""
            continue
        if current is not None:
            sections[current] += line
            continue
        if not s or s.startswith("#"):
            continue
        key, _, value = s.partition(":")
        value = value.strip()
        if key == "args":
            meta["args"] = shlex.split(value)
        elif key == "exit":
            meta["exit"] = int(value)
        elif key in ("crlf", "bom", "final-newline"):
            meta[key] = value == "yes"
        elif key == "escapes":  # \n in the args is a line break
            meta["escapes"] = value == "yes"
        elif key == "file":
            meta["file"] = value
        elif key == "also":  # another file of the plans folder: also: PATH=TEXT-FILE-IN-CASES
            meta["extra"].append(value)
        else:
            raise SystemExit(f"{path}: unknown header {key!r}")
    return meta, sections


def encode(text, meta):
    if not meta["final-newline"] and text.endswith("\n"):
        text = text[:-1]
    data = text.encode("utf-8")
    if meta["crlf"]:
        data = data.replace(b"\n", b"\r\n")
    if meta["bom"]:
        data = b"\xef\xbb\xbf" + data
    return data


def decode(data, meta):
    if meta["bom"] and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if meta["crlf"]:
        data = data.replace(b"\r\n", b"\n")
    text = data.decode("utf-8", "replace")
    if not meta["final-newline"]:
        text += "\n"
    return text


def run_case(lplan, path, update):
    meta, sec = parse(path)
    problems = []
    with tempfile.TemporaryDirectory(prefix="lplan-edit-") as tmp:
        target = Path(tmp) / meta["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        before = encode(sec["before"], meta)
        target.write_bytes(before)
        os.chmod(target, 0o640)
        for extra in meta["extra"]:
            rel, _, src = extra.partition("=")
            (Path(tmp) / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(CASES / src, Path(tmp) / rel)
        given = [a.replace("\\n", "\n") for a in meta["args"]] if meta["escapes"] else meta["args"]
        args = [lplan, "--plans", "plans"] + given
        if "--today" not in meta["args"]:
            args += ["--today", "2020-06-15"]
        if "--lang" not in meta["args"]:
            args += ["--lang", "en"]
        env = {k: v for k, v in os.environ.items() if not k.startswith("LPLAN_") and k not in ("COLUMNS", "LANG")}
        env["LC_ALL"] = "C.UTF-8"
        proc = subprocess.run(args, cwd=tmp, env=env, capture_output=True, timeout=60)
        got = target.read_bytes()
        if proc.returncode != meta["exit"]:
            problems.append(f"exit code {proc.returncode}, expected {meta['exit']}")
        expected = encode(sec["after"], meta) if "after" in sec else before
        if got != expected:
            problems.append("the file differs:\n--- expected\n" + expected.decode("utf-8", "replace") +
                            "\n--- got\n" + got.decode("utf-8", "replace"))
        mode = stat.S_IMODE(os.stat(target).st_mode)
        if mode != 0o640:
            problems.append(f"the file's mode is {oct(mode)}, not 0o640")
        leftovers = [p.name for p in target.parent.iterdir() if p.name.startswith(".")]
        if leftovers:
            problems.append(f"files left behind: {leftovers}")
        streams = {"stdout": proc.stdout.decode("utf-8", "replace"), "stderr": proc.stderr.decode("utf-8", "replace")}
        for name in ("stdout", "stderr"):
            if name in sec and sec[name] != streams[name]:
                problems.append(f"{name} differs:\n--- expected\n{sec[name]}--- got\n{streams[name]}")
        if update and problems:
            write_back(path, sec, decode(got, meta) if got != before or "after" in sec else None, streams)
            return []
    return problems


def write_back(path, sec, after, streams):
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("--- before")]
    out = head + "--- before\n" + sec["before"]
    if after is not None:
        out += "--- after\n" + after
    for name in ("stdout", "stderr"):
        if name in sec:
            out += f"--- {name}\n" + streams[name]
    path.write_text(out, encoding="utf-8")


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    lplan = os.path.abspath(sys.argv[1])
    names = set(sys.argv[2:])
    update = os.environ.get("LPLAN_UPDATE") == "1"
    failed = 0
    passed = 0
    for path in sorted(CASES.glob("*.test")):
        if names and path.stem not in names:
            continue
        problems = run_case(lplan, path, update)
        if problems:
            failed += 1
            print(f"FAIL {path.stem}")
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
        else:
            passed += 1
    print(f"edit: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
