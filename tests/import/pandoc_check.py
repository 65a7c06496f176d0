#!/usr/bin/env python3
"""pandoc's docx reader as an oracle for lplan's.

    pandoc_check.py LPLAN [FILE.docx…]   (default: plan-2020.docx and word-2021.docx here)

For each file, `pandoc -f docx -t json` gives the tables as pandoc reads them, and
`lplan import` the plan files. Then:

- every word of every table row below the header (as pandoc reads it) is somewhere in
  the files lplan wrote — nothing in the table is dropped;
- every item of a bulleted or numbered list inside a cell is one `details` entry of
  an activity;
- the numbers Word shows in the «№» column (auto-numbered paragraphs: pandoc's
  OrderedList start) are the ids of lplan's activities, in the same order.

Exit 77 (skipped) when pandoc is not installed.
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = {"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}
WORD = re.compile(r"\w{2,}")


def inline_text(inlines):
    out = []
    for i in inlines:
        t = i["t"]
        if t == "Str":
            out.append(i["c"])
        elif t in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif t in ("Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps"):
            out.append(inline_text(i["c"]))
        elif t == "Quoted":
            q = "“" if i["c"][0]["t"] == "DoubleQuote" else "‘"
            out.append(q + inline_text(i["c"][1]) + q)
        elif t in ("Link", "Span"):
            out.append(inline_text(i["c"][1]))
        elif t == "Code":
            out.append(i["c"][1])
    return "".join(out)


def blocks_text(blocks, items):
    """The text of blocks; list items are also collected into `items`."""
    out = []
    for b in blocks:
        t = b["t"]
        if t in ("Para", "Plain"):
            out.append(inline_text(b["c"]))
        elif t in ("BulletList", "OrderedList"):
            entries = b["c"] if t == "BulletList" else b["c"][1]
            for entry in entries:
                text = blocks_text(entry, items)
                if text.strip():
                    items.append(" ".join(text.split()))
                out.append(text)
        elif t == "Div":
            out.append(blocks_text(b["c"][1], items))
        elif t == "BlockQuote":
            out.append(blocks_text(b["c"], items))
        elif t == "LineBlock":
            out.append("\n".join(inline_text(line) for line in b["c"]))
        elif t == "Table":
            for row in table_rows(b):
                out.extend(blocks_text(cell[4], items) for cell in row[1])
    return "\n".join(out)


def table_rows(table):
    """The body rows of a pandoc Table (the header rows left out)."""
    rows = []
    for body in table["c"][4]:
        rows.extend(body[2])  # intermediate head rows of the body
        rows.extend(body[3])
    return rows


def number_of(cell):
    """Word's number of an auto-numbered, otherwise empty «№» cell, or None."""
    blocks = cell[4]
    if len(blocks) == 1 and blocks[0]["t"] == "OrderedList":
        start, entries = blocks[0]["c"][0][0], blocks[0]["c"][1]
        if len(entries) == 1 and not "".join(blocks_text(e, []) for e in entries).strip():
            return start
    return None


def check(lplan, docx):
    doc = json.loads(subprocess.run(["pandoc", "-f", "docx", "-t", "json", str(docx)], capture_output=True,
                                    text=True, check=True, env=ENV).stdout)
    words, items, numbers = set(), [], []
    for block in doc["blocks"]:
        if block["t"] != "Table":
            continue
        for row in table_rows(block):
            cells = row[1]
            if cells and (n := number_of(cells[0])) is not None:
                numbers.append(str(n))
            for cell in cells:
                words.update(WORD.findall(blocks_text(cell[4], items)))
    with tempfile.TemporaryDirectory() as tmp:
        plans = Path(tmp) / "plans"
        r = subprocess.run([lplan, "import", str(docx), "--into", str(plans), "--lang", "en"], capture_output=True,
                           text=True, env=ENV)
        if r.returncode not in (0, 1):
            return [f"lplan import exited {r.returncode}: {r.stderr.strip()}"]
        written = "\n".join(p.read_text(encoding="utf-8") for p in plans.rglob("*.yaml"))
        year = next(p.name for p in plans.iterdir() if p.is_dir())
        export = subprocess.run([lplan, "export", year, "--plans", str(plans), "--format", "json", "--keep-going"],
                                capture_output=True, text=True, env=ENV)
        activities = json.loads(export.stdout)["activities"]
    problems = []
    missing = sorted(w for w in words if w not in written)
    if missing:
        problems.append(f"{len(missing)} word(s) of the table are in no file lplan wrote: {', '.join(missing[:20])}")
    details = {" ".join(d.split()) for a in activities for d in a["details"]}
    lost = [i for i in items if i not in details]
    if lost:
        problems.append(f"list items that are no activity's details: {lost[:10]}")
    ids = [a["id"] for a in activities if a["id"] in set(numbers)]
    if ids != numbers:
        problems.append(f"Word numbers the rows {numbers}, lplan's ids are {ids}")
    print(f"{docx.name}: {len(words)} words, {len(items)} list items, {len(numbers)} auto-numbered rows"
          + (" — as pandoc reads them" if not problems else ""))
    return problems


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if shutil.which("pandoc") is None:
        print("skipped: pandoc is not installed (Debian: apt-get install pandoc)")
        sys.exit(77)
    lplan = sys.argv[1]
    files = [Path(f) for f in sys.argv[2:]] or [HERE / "plan-2020.docx", HERE / "word-2021.docx"]
    status = 0
    for f in files:
        for p in check(lplan, f):
            print(f"FAIL: {f.name}: {p}")
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
