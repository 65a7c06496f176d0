#!/usr/bin/env python3
"""Renders `report` and `people` of tests/cli/hostile (a plan full of hostile text) in
every format and asserts each output is safe:
  - no byte of a C0 control (other than \\n, \\r in CSV line ends) or ESC in any output;
  - html: no raw `<script`, `<img`, or `</table><script` from plan text;
  - markdown: no unescaped `<` (raw HTML), and plan `|` only escaped (`\\|`) inside table rows;
  - csv: no cell begins with = + - @ (formula injection);
  - docx (report, report --public): every XML part parses and holds no control character.
Usage: tests/cli/hostile_check.py path/to/lplan   (run from anywhere)."""
import csv
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
PLANS = Path(__file__).resolve().parent / "hostile"


def run(lplan, command, fmt, lang, extra=(), binary=False):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LPLAN_") and k not in ("COLUMNS", "NO_COLOR")}
    env["LC_ALL"] = "C.UTF-8"
    env["COLUMNS"] = "80"
    args = [lplan, command, *extra, "--plans", str(PLANS), "--today", "2020-06-15", "--lang", lang, "--format", fmt]
    p = subprocess.run(args, cwd=ROOT, env=env, capture_output=True)
    if p.returncode != 0:
        raise AssertionError(f"{' '.join(args[1:])}: exit {p.returncode}\n{p.stderr.decode(errors='replace')}")
    return p.stdout if binary else p.stdout.decode("utf-8")


def check_docx(name, data):
    """Every XML part parses (expat is strict: a control character, even as &#7;, is an
    error), and the hostile title reads back as text."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        texts = []
        for part in z.namelist():
            root = ElementTree.fromstring(z.read(part))
            texts.append("".join(root.itertext()))
    if not any("<script>alert(3)</script> a|b" in t for t in texts):
        raise AssertionError(f"{name}: the hostile title is missing from the document")
    for t in texts:
        check_controls(name, t.replace("\r", ""))


def check_controls(name, out, allow_cr=False):
    for ch in out:
        o = ord(ch)
        if (o < 0x20 and ch != "\n" and not (allow_cr and ch == "\r")) or o == 0x7F or 0x80 <= o < 0xA0:
            raise AssertionError(f"{name}: control character U+{o:04X} in output")


def check_html(name, out):
    low = out.lower()
    for bad in ("<script", "<img", "onerror=alert"):
        if bad in low and not (bad == "onerror=alert" and "&lt;img" in low):
            raise AssertionError(f"{name}: raw {bad!r} in html")
    if "&lt;script&gt;alert(3)&lt;/script&gt;" not in out:
        raise AssertionError(f"{name}: the escaped title is missing")


def check_markdown(name, out):
    # lplan writes no HTML into Markdown, so every `<` must be backslash-escaped plan text.
    if re.search(r"(?<!\\)<", out):
        raise AssertionError(f"{name}: unescaped < (raw HTML) in markdown")
    for line in out.splitlines():
        if line.startswith("|"):
            if "a|b" in line.replace("\\|", ""):
                raise AssertionError(f"{name}: unescaped | in row: {line}")
    if "a\\|b" not in out:
        raise AssertionError(f"{name}: the escaped pipe is missing")


def check_csv(name, out):
    for row in csv.reader(io.StringIO(out, newline="")):
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                raise AssertionError(f"{name}: formula cell {cell!r}")
    if "'=cmd" not in out:
        raise AssertionError(f"{name}: the defused name is missing")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    lplan = os.path.abspath(sys.argv[1])
    checks = 0
    for lang in ("uk", "en"):
        for fmt in ("text", "markdown", "html", "json"):
            name = f"report --format {fmt} --lang {lang}"
            out = run(lplan, "report", fmt, lang)
            check_controls(name, out)
            if fmt == "html":
                check_html(name, out)
            if fmt == "markdown":
                check_markdown(name, out)
            checks += 1
        # The public report (report --public), and both reports as Word documents.
        for fmt in ("text", "markdown", "html", "json"):
            name = f"report --public --format {fmt} --lang {lang}"
            out = run(lplan, "report", fmt, lang, ["--public"])
            check_controls(name, out)
            if fmt == "html" and ("<script" in out.lower() or "&lt;script&gt;alert(3)&lt;/script&gt;" not in out):
                raise AssertionError(f"{name}: raw or missing script title")
            if fmt == "markdown" and re.search(r"(?<!\\)<", out):
                raise AssertionError(f"{name}: unescaped < (raw HTML) in markdown")
            checks += 1
        for extra in ([], ["--public"]):
            name = f"report {' '.join(extra)} --format docx --lang {lang}"
            check_docx(name, run(lplan, "report", "docx", lang, extra, binary=True))
            checks += 1
        for fmt in ("text", "markdown", "csv", "json"):
            name = f"people --format {fmt} --lang {lang}"
            out = run(lplan, "people", fmt, lang)
            check_controls(name, out, allow_cr=fmt == "csv")
            if fmt == "markdown":
                check_markdown(name, out)
            if fmt == "csv":
                check_csv(name, out)
            checks += 1
    print(f"hostile: {checks} outputs safe")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print(f"hostile: FAIL: {e}", file=sys.stderr)
        sys.exit(1)
