#!/usr/bin/env python3
"""import_bench.py path/to/lplan [--rows 1000,10000] [--runs 5]

The `lplan import` benchmark (not a test: nothing here fails a build). For each size it
generates a Word plan table with tests/bench/gen_docx.py and measures the median wall
time and the peak RSS (/usr/bin/time) of

  lplan import plan.docx --into EMPTY/plans     (read, map, write, validate, move into place)
  lplan import plan.docx --dry-run              (the same, printing instead of moving)

Prints a Markdown table (docs/performance.md quotes it).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(argv):
    with tempfile.NamedTemporaryFile(prefix="lplan-time-") as rss:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name] + argv, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"})
        seconds = time.perf_counter() - start
        kib = int(open(rss.name).read().split()[-1])
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(argv)} exited {proc.returncode}:\n{proc.stderr.decode()[:2000]}")
    return seconds, kib * 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lplan")
    ap.add_argument("--rows", default="1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    print("| rows | .docx | command | median time | peak RSS |")
    print("|---:|---:|---|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in [int(r) for r in args.rows.split(",")]:
            docx = os.path.join(tmp, f"plan-{rows}.docx")
            subprocess.run([sys.executable, os.path.join(HERE, "gen_docx.py"), str(rows), docx], check=True)
            size = os.path.getsize(docx)
            for label, extra in (("import --into", None), ("import --dry-run", ["--dry-run"])):
                times, peak = [], 0
                for _ in range(args.runs):
                    into = os.path.join(tmp, "plans")
                    shutil.rmtree(into, ignore_errors=True)
                    argv = [args.lplan, "import", docx, "--into", into, "--today", "2022-06-01"] + (extra or [])
                    seconds, rss = measure(argv)
                    times.append(seconds)
                    peak = max(peak, rss)
                print(f"| {rows:,} | {size / 1024:.0f} KiB | `{label}` | {statistics.median(times) * 1000:.0f} ms | "
                      f"{peak / 2**20:.1f} MiB |")


if __name__ == "__main__":
    main()
