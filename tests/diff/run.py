#!/usr/bin/env python3
"""`lplan diff` end to end, on temporary git repositories built here from the real plan.

Each case commits the real plan (plans/ of this repository) as `main`, makes one kind of
edit on a branch — with lplan's own writing commands where they exist, by hand where a
person would edit by hand — and checks `lplan diff main HEAD --format json` lists exactly
that change and nothing else; a few check the text and markdown and the exit codes.
Run: tests/diff/run.py path/to/lplan
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
LPLAN = None
FAILURES = []


def env(extra=None):
    e = {k: v for k, v in os.environ.items() if not k.startswith("LPLAN_") and k not in ("LANG", "LC_MESSAGES", "COLUMNS")}
    e.update({"LC_ALL": "C.UTF-8", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
              "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "NO_COLOR": "1",
              "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"})
    e.update(extra or {})
    return e


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, env=env(), check=True, capture_output=True)


def lplan(cwd, *args, extra_env=None):
    return subprocess.run([LPLAN, *args], cwd=cwd, env=env(extra_env), capture_output=True, timeout=60)


def check(name, condition, detail=""):
    if not condition:
        FAILURES.append(f"{name}: {detail}")
        print(f"FAIL {name}: {detail}")


class Repo:
    """A git repository holding a copy of the real plan, committed as `main`, on branch `edit`."""

    def __init__(self, root, folder="plans"):
        self.dir = Path(root)
        self.plans = self.dir / folder
        shutil.copytree(REPO / "plans", self.plans)
        git(self.dir, "init", "-q", "-b", "main")
        git(self.dir, "add", "-A")
        git(self.dir, "commit", "-qm", "the real plan")
        git(self.dir, "checkout", "-qb", "edit")

    def path(self, rel):
        return self.plans / rel

    def edit(self, rel, old, new, count=1):
        p = self.path(rel)
        text = p.read_text(encoding="utf-8")
        assert text.count(old) >= 1, f"{old!r} not in {rel}"
        p.write_text(text.replace(old, new, count), encoding="utf-8")

    def commit(self, message="edit"):
        git(self.dir, "add", "-A")
        git(self.dir, "commit", "-qm", message)

    def run(self, *args, **kw):
        return lplan(self.dir, *args, **kw)

    def diff_json(self, *revs):
        r = self.run("diff", *revs, "--format", "json")
        assert r.returncode == 0, r.stderr.decode()
        return json.loads(r.stdout)


def year(d, y=2020):
    for entry in d["years"]:
        if entry["year"] == y:
            return entry
    return None


def summary(d):
    """What changed, in a shape easy to compare: per year (added ids, removed ids,
    renumbered pairs, {id: sorted changed fields}), plus people changes."""
    out = {}
    for y in d["years"]:
        out[y["year"]] = (
            [a["id"] for a in y["added"]],
            [a["id"] for a in y["removed"]],
            [(r["from"], r["to"]) for r in y["renumbered"]],
            {c["id"]: sorted(c["fields"]) for c in y["changed"]},
        )
    return out


def case(fn):
    with tempfile.TemporaryDirectory(prefix="lplan-diff-") as tmp:
        try:
            fn(tmp)
            print(f"ok   {fn.__name__}")
        except AssertionError as e:
            check(fn.__name__, False, str(e) or "assertion failed")


# --- the cases ------------------------------------------------------------------------

def status_change(tmp):
    r = Repo(tmp)
    assert r.run("done", "2.1", "--on", "2020-03-20", "--outcome", "Навчено 25 бібліотекарів").returncode == 0
    r.commit()
    d = r.diff_json("main", "HEAD")
    assert summary(d) == {2020: ([], [], [], {"2.1": ["done", "outcome", "status"]})}, summary(d)
    f = year(d)["changed"][0]["fields"]
    assert f["status"] == {"from": "planned", "to": "done"}, f
    assert f["done"] == {"from": None, "to": "2020-03-20"}, f
    assert f["outcome"] == {"from": None, "to": "Навчено 25 бібліотекарів"}, f
    assert d["from"] == "main" and d["to"] == "HEAD" and d["changed"] is True


def when_moved(tmp):
    r = Repo(tmp)
    assert r.run("set", "3.2", "when=жовтень").returncode == 0  # вересень → жовтень
    r.commit()
    d = r.diff_json("main", "HEAD")
    assert summary(d) == {2020: ([], [], [], {"3.2": ["deadline", "months", "when"]})}, summary(d)
    f = year(d)["changed"][0]["fields"]
    assert f["months"] == {"from": [9], "to": [10]}, f
    assert f["deadline"] == {"from": "2020-09-30", "to": "2020-10-31"}, f
    text = r.run("diff", "main", "HEAD").stdout.decode()
    assert "3.2 when: “вересень” → “жовтень” (months: September → October; deadline: 30 Sep 2020 → 31 Oct 2020)" in text, text


def added_and_removed(tmp):
    r = Repo(tmp)
    assert r.run("add", "--goal", "goal2", "--title", "Новий тренінг з медіаграмотності", "--when", "квітень",
                 "-r", "dubova").returncode == 0
    text = r.path("2020/sn1.yaml").read_text(encoding="utf-8")
    a = text.index('  - id: "3.5"')
    b = text.index('  - id: "3.6"')
    r.path("2020/sn1.yaml").write_text(text[:a] + text[b:], encoding="utf-8")
    r.commit()
    d = r.diff_json("main", "HEAD")
    assert summary(d) == {2020: (["2.10"], ["3.5"], [], {})}, summary(d)
    added = year(d)["added"][0]
    # as `list --format json` writes it
    listed = json.loads(r.run("list", "--format", "json").stdout)
    assert added == next(x for x in listed["activities"] if x["id"] == "2.10"), added
    assert year(d)["removed"][0]["title"] == "Видати Бюлетень про роботу ЛОВ УБА"


def renumbered(tmp):
    r = Repo(tmp)
    r.edit("2020/sn1.yaml", 'id: "3.6"', 'id: "3.7"')
    r.commit()
    d = r.diff_json("main", "HEAD")
    assert summary(d) == {2020: ([], [], [("3.6", "3.7")], {})}, summary(d)


def responsible_swapped(tmp):
    r = Repo(tmp)
    assert r.run("set", "2.5", "responsible=soldatov").returncode == 0
    r.commit()
    d = r.diff_json("main", "HEAD")
    assert summary(d) == {2020: ([], [], [], {"2.5": ["responsible"]})}, summary(d)
    assert year(d)["changed"][0]["fields"]["responsible"] == {"from": ["letuchii"], "to": ["soldatov"]}
    text = r.run("diff", "main", "HEAD").stdout.decode()
    assert "2.5 responsible: + “Солдатов О.” (soldatov), − “Летучій С.” (letuchii)" in text, text


def anchor_reaches_aliases(tmp):
    r = Repo(tmp)
    r.edit("2020/sn1.yaml", "resources: &rtc-resources [ЛОВ УБА, ЛОУНБ, залучені тренери РТЦ]",
           "resources: &rtc-resources [ЛОВ УБА, ЛОУНБ, залучені тренери РТЦ, Фонд «Відродження»]")
    r.commit()
    stat = subprocess.run(["git", "diff", "--numstat", "main", "HEAD"], cwd=r.dir, capture_output=True, env=env())
    assert stat.stdout.decode().startswith("1\t1\t"), stat.stdout  # one line in git
    d = r.diff_json("main", "HEAD")
    reached = ["2.5", "2.6", "2.7", "2.8", "2.9"]
    assert summary(d) == {2020: ([], [], [], {i: ["resources"] for i in ["2.4", *reached]})}, summary(d)
    for c in year(d)["changed"]:
        assert c["fields"]["resources"]["to"][-1] == "Фонд «Відродження»", c
        assert c["via"] == ({} if c["id"] == "2.4" else {"resources": "&rtc-resources"}), c


def people_change(tmp):
    r = Repo(tmp)
    r.edit("people.yaml", "name: Дубова Ю.", "name: Дубова Юлія")
    r.commit()
    d = r.diff_json("main", "HEAD")
    assert summary(d) == {}, summary(d)
    assert d["people"]["changed"] == [{"id": "dubova", "name": "Дубова Юлія",
                                       "fields": {"name": {"from": "Дубова Ю.", "to": "Дубова Юлія"}}}], d["people"]


def plan_goals_directions(tmp):
    r = Repo(tmp)
    r.edit("2020/plan.yaml", "head: Риб'янцева І.П.", "head: Дубова Ю.")
    r.edit("2020/plan.yaml", "    - Адвокаційна діяльність стосовно свободи слова та інформації\n",
           "    - Адвокаційна діяльність стосовно свободи слова та інформації\n    - Нове завдання\n")
    r.edit("2020/plan.yaml", "title: Розвиток галузі в цілому", "title: Розвиток бібліотечної галузі")
    r.commit()
    d = r.diff_json("main", "HEAD")
    assert summary(d) == {2020: ([], [], [], {})}, summary(d)
    plan = d["plan"]["2020"]["fields"]
    assert plan["head"] == {"from": "Риб'янцева І.П.", "to": "Дубова Ю."}, plan
    assert plan["tasks"]["to"][-1] == "Нове завдання", plan
    dirs = year(d)["directions"]
    assert dirs["changed"] == [{"id": "sn1", "title": "Розвиток бібліотечної галузі", "fields": {
        "title": {"from": "Розвиток галузі в цілому", "to": "Розвиток бібліотечної галузі"}}}], dirs
    text = r.run("--lang", "uk", "diff", "main", "HEAD").stdout.decode()
    assert "  план\n    head: «Риб'янцева І.П.» → «Дубова Ю.»\n    tasks: + «Нове завдання»\n" in text, text
    assert "2020: 3 інші зміни" in text, text


def year_added(tmp):
    r = Repo(tmp)
    assert r.run("new", "2021").returncode == 0
    r.commit()
    d = r.diff_json("main", "HEAD")
    y = year(d, 2021)
    assert y is not None and y["state"] == "added" and len(y["added"]) == 31, y and (y["state"], len(y["added"]))
    assert year(d, 2020) is None, "2020 did not change"
    only = r.diff_json("main", "HEAD")  # --year limits it
    r2 = r.run("--year", "2020", "diff", "main", "HEAD", "--format", "json")
    assert json.loads(r2.stdout)["years"] == [], r2.stdout[:200]
    assert only["changed"] is True


def broken_revision(tmp):
    r = Repo(tmp)
    r.edit("2020/sn2.yaml", "goal: goal6", "goal: goal66")  # an unknown goal: an error, still compared
    r.commit()
    d = r.diff_json("main", "HEAD")
    changes = summary(d)[2020][3]
    assert list(changes.values()) == [["goal"]], changes
    errs = d["errors"]["HEAD"]
    assert errs and errs[0]["file"] == "HEAD:plans/2020/sn2.yaml" and errs[0]["severity"] == "error", errs
    text = r.run("diff", "main", "HEAD").stdout.decode()
    assert "HEAD: 1 error; compared as far as it loads:" in text, text
    # a syntax error: the file's activities are gone from that revision, and the error says where
    r.edit("2020/sn2.yaml", "title: Провести звітно-виборчу конференцію ЛОВ УБА",
           'title: "Провести звітно-виборчу конференцію ЛОВ УБА')
    res = r.run("diff", "main", "--format", "json")
    assert res.returncode == 0, res.stderr
    d = json.loads(res.stdout)
    assert d["errors"]["worktree"][0]["file"] == "plans/2020/sn2.yaml", d["errors"]


def crlf_same_content(tmp):
    r = Repo(tmp)
    for p in r.plans.rglob("*.yaml"):
        p.write_bytes(p.read_bytes().replace(b"\n", b"\r\n"))
    r.commit("CRLF")
    res = r.run("diff", "main", "HEAD", "--exit-code")
    assert res.returncode == 0, (res.returncode, res.stdout.decode()[:500])
    assert "No changes in the plans: main → HEAD." in res.stdout.decode(), res.stdout


def path_with_spaces(tmp):
    root = Path(tmp) / "плани ЛОВ УБА"
    root.mkdir()
    r = Repo(root, folder="our plans")
    assert r.run("--plans", "our plans", "done", "2.2", "--on", "2020-04-01").returncode == 0
    res = r.run("--plans", "our plans", "diff", "--format", "json")  # HEAD against the work tree
    assert res.returncode == 0, res.stderr.decode()
    d = json.loads(res.stdout)
    assert d["from"] == "HEAD" and d["to"] == "worktree", d
    assert summary(d) == {2020: ([], [], [], {"2.2": ["done", "status"]})}, summary(d)
    # from a subfolder: the plans are found upward and git finds their place
    sub = r.plans / "2020"
    res = lplan(sub, "diff", "--format", "json")
    assert res.returncode == 2, (res.returncode, res.stderr)  # no plans/ folder upward: a clear usage error
    res = lplan(sub, "--plans", "..", "diff", "--exit-code")
    assert res.returncode == 1, (res.returncode, res.stderr)


def worktree_default(tmp):
    r = Repo(tmp)
    res = r.run("diff", "--exit-code")
    assert res.returncode == 0, (res.returncode, res.stdout)
    r.edit("2020/sn1.yaml", 'when: "вересень"', 'when: "жовтень"')
    res = r.run("diff", "--exit-code")
    assert res.returncode == 1 and "3.2 when" in res.stdout.decode(), (res.returncode, res.stdout)
    res = r.run("diff")
    assert res.returncode == 0, res.returncode


def markdown_comment(tmp):
    r = Repo(tmp)
    assert r.run("done", "2.1", "--on", "2020-03-20").returncode == 0
    r.commit()
    md = r.run("diff", "main", "HEAD", "--format", "markdown").stdout.decode()
    assert md.startswith("<!-- lplan diff -->\n### Plan changes: main → HEAD\n"), md[:200]
    assert "| 2020 | 0 | 0 | 0 | 1 | 0 |" in md, md
    assert "- ✏️ **2.1** " in md and "  - `status`: planned → done" in md, md
    uk = r.run("--lang", "uk", "diff", "main", "HEAD", "--format", "md").stdout.decode()
    assert "  - `status`: заплановано → виконано" in uk, uk


def markdown_cap(tmp):
    r = Repo(tmp)
    # every activity's outcome changes: far more than 60 KB of comment
    for i, p in enumerate(sorted(r.plans.glob("2020/sn*.yaml"))):
        text = p.read_text(encoding="utf-8")
        text = text.replace("    goal: ", "    outcome: " + "Дуже довгий опис результату. " * 80 + "\n    goal: ")
        p.write_text(text, encoding="utf-8")
    r.commit()
    md = r.run("diff", "main", "HEAD", "--format", "markdown").stdout
    assert len(md) <= 60 * 1024, len(md)
    text = md.decode("utf-8")  # cut at an entry, never inside a character
    assert "more entries are not shown: the comment stops at 60 KB. To see everything: lplan diff main HEAD" in text, text[-400:]


def other_files_and_limits(tmp):
    r = Repo(tmp)
    (r.plans / "2020" / "План 2020.docx").write_bytes(os.urandom(3 * 1024 * 1024))  # read by nobody
    (r.plans / "README.md").write_text("# плани\n", encoding="utf-8")
    r.commit()
    res = r.run("diff", "main", "HEAD", "--exit-code")
    assert res.returncode == 0, (res.returncode, res.stdout.decode()[:300], res.stderr.decode()[:300])
    # a plan file over --max-file-size is an error of that revision, still compared without it
    res = r.run("--max-file-size", "0.001", "diff", "main", "HEAD", "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    d = json.loads(res.stdout)
    assert d["changed"] is False, d["years"]
    assert any(e["rule"] == "limit" and e["file"] == "main:plans/2020/sn1.yaml" and "more than the limit" in e["message"] for e in d["errors"]["main"]), d["errors"]


def not_a_repository(tmp):
    shutil.copytree(REPO / "plans", Path(tmp) / "plans")
    res = lplan(tmp, "diff")
    assert res.returncode == 2, res.returncode
    assert "is not in a git repository" in res.stderr.decode(), res.stderr
    res = lplan(tmp, "--lang", "uk", "diff")
    assert res.returncode == 2 and "не в репозиторії git" in res.stderr.decode(), res.stderr.decode()


def unknown_revision(tmp):
    r = Repo(tmp)
    res = r.run("diff", "no-such-branch")
    assert res.returncode == 2, res.returncode
    assert 'unknown revision "no-such-branch"' in res.stderr.decode(), res.stderr
    res = r.run("diff", "main", "HEAD~3")
    assert res.returncode == 2 and 'unknown revision "HEAD~3"' in res.stderr.decode(), res.stderr
    empty = Path(tmp) / "empty"
    empty.mkdir()
    git(empty, "init", "-q")
    shutil.copytree(REPO / "plans", empty / "plans")
    res = lplan(empty, "diff")
    assert res.returncode == 2 and "the repository has no commit yet" in res.stderr.decode(), res.stderr


def completes_revisions(tmp):
    r = Repo(tmp)
    git(r.dir, "tag", "v2020")
    out = r.run("__complete", "revisions").stdout.decode().splitlines()
    assert out == ["HEAD", "edit\tthe real plan", "main\tthe real plan", "v2020\tthe real plan"], out
    # outside a repository: nothing offered, quietly
    with tempfile.TemporaryDirectory(prefix="lplan-loose-") as loose:
        shutil.copytree(REPO / "plans", Path(loose) / "plans")
        res = lplan(loose, "__complete", "revisions")
        assert res.returncode == 0 and res.stdout == b"" and res.stderr == b"", res


def without_git(tmp):
    r = Repo(tmp)
    res = r.run("diff", extra_env={"PATH": str(Path(tmp) / "nothing-here")})
    assert res.returncode == 2, res.returncode
    assert "the git program is not installed" in res.stderr.decode(), res.stderr


def main():
    global LPLAN
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    LPLAN = str(Path(sys.argv[1]).resolve())
    if shutil.which("git") is None:
        print("SKIP: git is not installed; lplan diff cannot be tested")
        return 0
    for fn in [status_change, when_moved, added_and_removed, renumbered, responsible_swapped, anchor_reaches_aliases,
               people_change, plan_goals_directions, year_added, broken_revision, crlf_same_content, path_with_spaces, worktree_default,
               markdown_comment, markdown_cap, other_files_and_limits, not_a_repository, unknown_revision, completes_revisions, without_git]:
        case(fn)
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
