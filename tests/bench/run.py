#!/usr/bin/env python3
"""run.py path/to/lplan [--runs N] [--sizes 31,1000,10000,100000] [--one-line 4000] [--keep DIR]

The lplan benchmark (not a test: nothing here fails a build). It generates plans
of 31, 1k, 10k and 100k activities (tests/bench/gen_plan.py, each as
plans/2020.yaml in a temporary folder), the same plan of 4k activities written on
ONE line as JSON (--one-line: JSON is YAML; about 2 MB, the shape a plan exported
by another tool has — cost must stay linear in it), takes the real plan (plans/)
too, and measures the median wall time and the peak RSS of

  lplan validate · lplan due --month march · lplan list --format json · lplan report
  lplan set (writes, and --dry-run) · lplan diff HEAD~1 HEAD (two revisions in git)

next to two references measured in the same run:
  yaml-cpp floor — tests/bench/yaml_floor.cpp, a bare yaml-cpp event-API parse of the
                   same files with a no-op handler (built here with g++ -O2);
  PyYAML due     — tests/bench/pyyaml_due.py, PyYAML's C loader doing the month
                   filter of `due --month march` (what a user would write instead).

Commands that answer "not built yet" are skipped. Prints a Markdown table and the
ratios the targets of issue 7 name (see docs/performance.md).
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
ROOT = os.path.dirname(os.path.dirname(HERE))

COMMANDS = [
    ("validate", ["validate"]),
    ("due --month march", ["due", "--month", "march"]),
    ("list --format json", ["list", "--format", "json"]),
    ("report", ["report"]),
]
WRITES = [
    ("set (writes)", ["set", "ID", "status=in-progress"]),
    ("set --dry-run", ["set", "ID", "status=in-progress", "--dry-run"]),
]
COMMON = ["--year", "2020", "--today", "2020-06-15", "--lang", "en", "--color", "never"]


def measure_once(argv):
    """(seconds, peak RSS in bytes, exit code, stderr head) of one run of argv.

    Peak RSS comes from /usr/bin/time: Linux keeps the RSS high-water mark across
    exec, so a child forked straight from this Python process would report at least
    Python's own RSS.
    """
    with tempfile.NamedTemporaryFile(prefix="lplan-time-") as rss_file:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file.name] + argv,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        lines = open(rss_file.name).read().split()
    rss_kb = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return elapsed, rss_kb * 1024, proc.returncode, proc.stderr.decode("utf-8", "replace")[:300]


def measure(argv, runs):
    """Median seconds, max peak RSS, exit code, stderr of the first run."""
    times, peaks, code, err = [], [], None, ""
    for i in range(runs):
        t, rss, rc, e = measure_once(argv)
        times.append(t)
        peaks.append(rss)
        if i == 0:
            code, err = rc, e
    return statistics.median(times), max(peaks), code, err


def plan_files(plans):
    single = os.path.join(plans, "2020.yaml")
    if os.path.exists(single):
        return [single]
    year = os.path.join(plans, "2020")
    files = sorted(os.path.join(year, f) for f in os.listdir(year) if f.endswith((".yaml", ".yml")))
    people = os.path.join(plans, "people.yaml")
    return files + ([people] if os.path.exists(people) else [])


def write_one_line(pretty, target):
    """The plan of `pretty` as JSON on one line (every scalar kept as its text)."""
    import json
    import yaml
    with open(pretty, encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.BaseLoader)
    with open(target, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def build_floor(tmp):
    exe = os.path.join(tmp, "yaml_floor")
    subprocess.run(["g++", "-std=c++20", "-O2", "-o", exe, os.path.join(HERE, "yaml_floor.cpp"),
                    "-lyaml-cpp"], check=True)
    return exe


def check_pyyaml():
    try:
        import yaml  # noqa: F401
        return bool(getattr(yaml, "__with_libyaml__", False))
    except ImportError:
        return False


def fmt_ms(s):
    return f"{s * 1000:.1f}" if s < 10 else f"{s * 1000:.0f}"


def fmt_mb(b):
    return f"{b / 1048576:.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lplan")
    ap.add_argument("--runs", type=int, default=5,
                    help="runs per measurement of 1-20 MB plans (at least 21 below 1 MB, 3 above 20 MB)")
    ap.add_argument("--sizes", default="31,1000,10000,100000")
    ap.add_argument("--one-line", default="4000",
                    help="sizes of the plans also written on one line as JSON (empty: none)")
    ap.add_argument("--keep", help="generate into this folder and keep it")
    args = ap.parse_args()
    lplan = os.path.abspath(args.lplan)
    if not check_pyyaml():
        sys.exit("run.py: PyYAML with libyaml is missing (Debian: apt-get install python3-yaml)")

    tmp = args.keep or tempfile.mkdtemp(prefix="lplan-bench-")
    os.makedirs(tmp, exist_ok=True)
    floor = build_floor(tmp)

    cases = [("real plan (31)", os.path.join(ROOT, "plans"))]
    for n in (int(s) for s in args.sizes.split(",") if s):
        plans = os.path.join(tmp, f"n{n}", "plans")
        os.makedirs(plans, exist_ok=True)
        target = os.path.join(plans, "2020.yaml")
        if not os.path.exists(target):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_plan.py"), str(n), target],
                           check=True)
        cases.append((f"synthetic {n:,}", plans))
    for n in (int(s) for s in args.one_line.split(",") if s):
        plans = os.path.join(tmp, f"one-line-{n}", "plans")
        os.makedirs(plans, exist_ok=True)
        target = os.path.join(plans, "2020.yaml")
        if not os.path.exists(target):
            pretty = os.path.join(tmp, f"one-line-{n}.pretty.yaml")
            subprocess.run([sys.executable, os.path.join(HERE, "gen_plan.py"), str(n), pretty], check=True)
            write_one_line(pretty, target)
        cases.append((f"one-line {n:,}", plans))

    skipped = set()
    rows, results = [], {}
    for label, plans in cases:
        files = plan_files(plans)
        size = sum(os.path.getsize(f) for f in files)
        # Small plans run in a few ms, where other processes on the machine add noise:
        # more runs there; the 100k plan runs for seconds, so 3 are enough.
        runs = 3 if size > 20 * 1048576 else (max(args.runs, 21) if size < 1048576 else args.runs)
        res = {"size": size}
        for name, argv in [("yaml-cpp floor", [floor] + files),
                           ("PyYAML due", [sys.executable, os.path.join(HERE, "pyyaml_due.py"),
                                           plans, "3"])]:
            res[name] = measure(argv, runs)
        for name, argv in COMMANDS:
            if name in skipped:
                continue
            t, rss, rc, err = measure([lplan] + argv + ["--plans", plans] + COMMON, 1)
            if "not built yet" in err:
                skipped.add(name)
                continue
            res[name] = measure([lplan] + argv + ["--plans", plans] + COMMON, runs)
        # Writing commands (issue 10): `set` on a copy of the plan — it loads with spans,
        # edits, loads and checks the new bytes, and writes atomically.
        edit_plans = os.path.join(tmp, "edit-" + "".join(c for c in label if c.isalnum()), "plans")
        if os.path.exists(edit_plans):
            shutil.rmtree(edit_plans)
        shutil.copytree(plans, edit_plans)
        first = subprocess.run([lplan, "list", "--format", "csv", "--plans", edit_plans] + COMMON,
                               capture_output=True, text=True).stdout.splitlines()[1].split(",")[0]
        for name, argv in WRITES:
            res[name] = measure([lplan] + [a.replace("ID", first) for a in argv] + ["--plans", edit_plans] + COMMON,
                                runs)
        # `diff` (issue 15): two revisions of the plan in a git repository, one activity
        # changed between them; both read from git, loaded, checked and compared.
        repo = os.path.join(tmp, "diff-" + label.split()[-1].strip("()").replace(",", ""))
        if os.path.exists(repo):
            shutil.rmtree(repo)
        shutil.copytree(plans, os.path.join(repo, "plans"))
        genv = dict(os.environ, GIT_AUTHOR_NAME="b", GIT_AUTHOR_EMAIL="b@x", GIT_COMMITTER_NAME="b",
                    GIT_COMMITTER_EMAIL="b@x", GIT_CONFIG_GLOBAL="/dev/null")
        if shutil.which("git"):
            for step in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "a"]):
                subprocess.run(["git"] + step, cwd=repo, env=genv, check=True)
            subprocess.run([lplan, "set", first, "title=Змінено між ревізіями", "--plans", os.path.join(repo, "plans")] + COMMON,
                           check=True, capture_output=True)
            subprocess.run(["git", "commit", "-qam", "b"], cwd=repo, env=genv, check=True)
            res["diff (2 revisions)"] = measure([lplan, "diff", "HEAD~1", "HEAD", "--plans",
                                                 os.path.join(repo, "plans")] + COMMON, runs)
        results[label] = res
        for name in (["yaml-cpp floor", "PyYAML due"] + [c for c, _ in COMMANDS] + [w for w, _ in WRITES]
                     + ["diff (2 revisions)"]):
            if name not in res:
                continue
            t, rss, rc, err = res[name]
            py = res["PyYAML due"][0]
            fl = res["yaml-cpp floor"][0]
            rows.append(f"| {label} | {fmt_mb(size)} | {name} | {fmt_ms(t)} | {fmt_mb(rss)} | "
                        f"{rss / size:.1f} | {py / t:.1f}× | {t / fl:.2f} | {rc} |")
        print(f"measured {label} ({fmt_mb(size)} MB, {runs} runs)", file=sys.stderr)

    print(f"lplan: {lplan}; runs per cell: {max(args.runs, 21)} below 1 MB, {args.runs} up to 20 MB, "
          f"3 above; median wall time; "
          f"peak RSS from /usr/bin/time (%M)\n")
    print("| plan | MB | command | median ms | peak RSS MB | RSS / file | PyYAML ÷ this | this ÷ floor | exit |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    if skipped:
        print(f"\nskipped (not built yet): {', '.join(sorted(skipped))}")

    print("\n## Targets\n")
    verdicts = []

    def verdict(ok, text):
        verdicts.append(ok)
        print(f"- {'MET' if ok else 'MISSED'}: {text}")

    real = results.get("real plan (31)")
    if real:
        py = real["PyYAML due"][0]
        for name, _ in COMMANDS:
            if name in real:
                r = py / real[name][0]
                verdict(r >= 10, f"real plan, `{name}` {r:.1f}× faster than PyYAML (target ≥ 10×)")
    ten = results.get("synthetic 10,000")
    if ten and "due --month march" in ten:
        r = ten["PyYAML due"][0] / ten["due --month march"][0]
        verdict(r >= 4, f"10k, `due` {r:.1f}× faster than PyYAML (target ≥ 4×)")
    big = results.get("synthetic 100,000")
    if big and "validate" in big:
        t, rss = big["validate"][0], big["validate"][1]
        r = t / big["yaml-cpp floor"][0]
        verdict(r <= 1.25, f"100k, `validate` {r:.2f}× the yaml-cpp floor (target ≤ 1.25×)")
        m = rss / big["size"]
        verdict(m <= 3, f"100k, `validate` peak RSS {m:.2f}× the file size (target ≤ 3×)")
    if ten and "set (writes)" in ten:
        r = ten["set (writes)"][0] / ten["validate"][0]
        verdict(r <= 2.5, f"10k, `set` {r:.2f}× `validate` of the same plan (target ≤ 2.5×)")
    if ten and "diff (2 revisions)" in ten:
        r = ten["diff (2 revisions)"][0] / ten["validate"][0]
        verdict(r <= 2.5, f"10k, `diff` of two revisions {r:.2f}× `validate` of one (target ≤ 2.5×)")
    if ten and big:
        for name, _ in COMMANDS:
            if name in ten and name in big:
                growth = (big[name][0] / ten[name][0]) / (big["size"] / ten["size"])
                verdict(growth <= 1.5, f"linear: `{name}` 10k→100k time grows {growth:.2f}× "
                        "the size growth (≤ 1.5 counts as linear)")
    for label, res in results.items():
        if label.startswith("one-line ") and "validate" in res:
            pretty = results.get("synthetic " + label.split()[1])
            t = res["validate"][0]
            verdict(t < 1, f"{label} (one line, {fmt_mb(res['size'])} MB), `validate` {fmt_ms(t)} ms "
                    "(target: well under a second)")
            if pretty and "validate" in pretty:
                verdict(t / pretty["validate"][0] <= 1.5,
                        f"{label}, `validate` {t / pretty['validate'][0]:.2f}× the same plan pretty-printed "
                        "(≤ 1.5 counts as the same cost)")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\n{sum(verdicts)} of {len(verdicts)} targets met")


if __name__ == "__main__":
    main()
