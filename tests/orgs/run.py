#!/usr/bin/env python3
"""Many organizations (DESIGN §12), end to end, on plans made from the real plan:
plans/luhansk/ and plans/kharkiv/ in one folder (kharkiv's people renamed, one activity
done), a folder that mixes years and organizations, and repositories given by repeated
--plans. Run: tests/orgs/run.py path/to/lplan
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
LPLAN = None
FAILURES = []
COMMON = ["--today", "2020-03-10", "--lang", "en", "--color", "never"]


def run(cwd, *args, lang=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LPLAN_") and k not in ("LANG", "LC_MESSAGES")}
    env.update({"LC_ALL": "C.UTF-8", "COLUMNS": "160"})
    argv = [LPLAN, *args, *COMMON]
    if lang:
        argv[-3] = lang
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, timeout=60)


def national_office(root):
    """plans/luhansk = the real plan; plans/kharkiv = the same, its people renamed, 2.1 done."""
    plans = Path(root) / "plans"
    for org in ("luhansk", "kharkiv"):
        shutil.copytree(REPO / "plans", plans / org, ignore=shutil.ignore_patterns("README.md"))
    people = plans / "kharkiv" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("name: Дубова Ю.", "name: Дубова Оксана"),
                      encoding="utf-8")
    assert run(root, "--org", "kharkiv", "done", "2.1", "--on", "2020-03-05").returncode == 0
    return plans


def case(fn):
    with tempfile.TemporaryDirectory(prefix="lplan-orgs-") as tmp:
        try:
            fn(tmp)
            print(f"ok   {fn.__name__}")
        except AssertionError as e:
            FAILURES.append(fn.__name__)
            print(f"FAIL {fn.__name__}: {e}")


def validate_every_organization(tmp):
    national_office(tmp)
    r = run(tmp, "validate")
    out = r.stdout.decode()
    assert r.returncode == 0, out
    # ids repeat across organizations (both have 1.1 …): no duplicate-id error; paths kept
    assert "duplicate" not in out, out
    assert "plans/kharkiv/2020/sn2.yaml:" in out and "plans/luhansk/2020/sn2.yaml:" in out, out
    assert out.rstrip().endswith("2 years, 6 files, 62 activities: 0 errors, 12 warnings"), out[-300:]


def due_over_all(tmp):
    national_office(tmp)
    r = run(tmp, "due", "--month", "march")
    text = r.stdout.decode()
    assert r.returncode == 0, r.stderr
    lines = text.splitlines()
    assert lines[0] == "kharkiv, luhansk, plan for 2020: March 2020", lines[0]
    assert any(l.startswith("Organization  ID ") for l in lines), text
    d = json.loads(run(tmp, "due", "--month", "march", "--format", "json").stdout)
    orgs = [a["organization"] for a in d["activities"]]
    assert set(orgs) == {"kharkiv", "luhansk"} and len(orgs) % 2 == 0, orgs
    by_org = {}
    for a in d["activities"]:
        by_org.setdefault(a["organization"], []).append(a["id"])
    assert sorted(by_org["kharkiv"]) == sorted(by_org["luhansk"]), by_org
    # the same person id in two registries is two people
    k = next(a for a in d["activities"] if a["organization"] == "kharkiv" and a["id"] == "2.2")
    l = next(a for a in d["activities"] if a["organization"] == "luhansk" and a["id"] == "2.2")
    assert "Дубова Оксана" in [p["name"] for p in k["responsible"]], k["responsible"]
    assert "Дубова Ю." in [p["name"] for p in l["responsible"]], l["responsible"]
    # deadlines first, then scheduled, then ongoing, whoever's they are
    groups = [a["group"] for a in d["activities"]]
    assert groups == sorted(groups, key=["deadline", "scheduled", "ongoing"].index), groups
    # one organization: today's output, no column
    one = run(tmp, "--org", "kharkiv", "due", "--month", "march").stdout.decode()
    assert "Organization" not in one and one.startswith("ЛОВ УБА, plan for 2020: March 2020"), one[:200]
    one_json = json.loads(run(tmp, "--org", "KHARKIV", "list", "--format", "json").stdout)
    assert all("organization" not in a for a in one_json["activities"]), "single organization: no key"
    csv = run(tmp, "list", "--format", "csv").stdout.decode().splitlines()
    assert csv[0].startswith("organization,id,"), csv[0]
    assert len(csv) == 63, len(csv)


def calendar_uids_unique(tmp):
    national_office(tmp)
    ics = run(tmp, "export", "--format", "ics").stdout.decode()
    uids = [l for l in ics.splitlines() if l.startswith("UID:")]
    assert len(uids) == len(set(uids)) and len(uids) > 60, (len(uids), len(set(uids)))
    assert any(u.startswith("UID:kharkiv.") for u in uids) and any(u.startswith("UID:luhansk.") for u in uids)


def report_rollup(tmp):
    national_office(tmp)
    r = run(tmp, "report", "2020")
    text = r.stdout.decode()
    assert r.returncode == 0, r.stderr
    assert text.startswith("2 organizations\n"), text[:200]
    assert "kharkiv (ЛОВ УБА)          31  1 (3%)" in text, text[:800]
    assert "luhansk (ЛОВ УБА)          31  0 (0%)" in text, text[:800]
    assert text.count("Statuses:") == 2, "then each organization's report"
    d = json.loads(run(tmp, "report", "2020", "--format", "json").stdout)
    assert [o["organization"] for o in d["organizations"]] == ["kharkiv", "luhansk"], d["organizations"]
    assert [o["done"] for o in d["organizations"]] == [1, 0]
    assert len(d["reports"]) == 2 and d["reports"][0]["total"] == 31
    uk = run(tmp, "report", "2020", lang="uk").stdout.decode()
    assert uk.startswith("2 організації\n"), uk[:100]
    html = run(tmp, "report", "2020", "--format", "html").stdout.decode()
    assert html.count("<!DOCTYPE html>") == 1 and html.count("<h1>") == 3, "one page: the rollup and two reports"
    assert "<td>kharkiv (ЛОВ УБА)</td>" in html, html[:2000]
    out = Path(tmp) / "all.docx"
    assert run(tmp, "report", "2020", "--format", "docx", "--output", str(out)).returncode == 0
    import zipfile
    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "kharkiv (ЛОВ УБА)" in body and body.count("План роботи Луганського") >= 2, "rollup, then both reports"
    r = run(tmp, "report", "2020", "--public")
    assert r.returncode == 2 and b"name it with --org" in r.stderr, r.stderr
    assert run(tmp, "--org", "luhansk", "report", "2020", "--public").returncode == 0


def people_of_every_organization(tmp):
    national_office(tmp)
    text = run(tmp, "people").stdout.decode()
    assert text.startswith("== kharkiv ==\n") and "\n== luhansk ==\n" in text, text[:200]
    csv = run(tmp, "people", "--format", "csv").stdout.decode().splitlines()
    assert csv[0].startswith("organization,id,name,"), csv[0]
    assert any(l.startswith("kharkiv,dubova,Дубова Оксана,") for l in csv), csv[:12]
    assert any(l.startswith("luhansk,dubova,Дубова Ю.,") for l in csv), csv[:40]
    d = json.loads(run(tmp, "people", "--format", "json").stdout)
    assert [o["id"] for o in d["organizations"]] == ["kharkiv", "luhansk"]
    assert d["organizations"][0]["registry"]["people"][0]["id"] == "presidium"


def writing_needs_org(tmp):
    plans = national_office(tmp)
    before = (plans / "luhansk" / "2020" / "sn1.yaml").read_bytes()
    r = run(tmp, "set", "2.2", "status=done")
    assert r.returncode == 2, r.returncode
    assert b"the plans hold several organizations (kharkiv, luhansk): name one with --org" in r.stderr, r.stderr
    assert (plans / "luhansk" / "2020" / "sn1.yaml").read_bytes() == before
    r = run(tmp, "--org", "luhansk", "set", "2.2", "status=in-progress")
    assert r.returncode == 0 and b"plans/luhansk/2020/sn1.yaml" in r.stdout, r.stdout
    assert (plans / "kharkiv" / "2020" / "sn1.yaml").read_text(encoding="utf-8").count("in-progress") == 0
    r = run(tmp, "--org", "odesa", "list")
    assert r.returncode == 2 and b'there is no organization "odesa" (organizations: kharkiv, luhansk)' in r.stderr


def import_new_organization(tmp):
    plans = national_office(tmp)
    seed = REPO / "tests" / "import" / "seed-2020.txt"
    r = run(tmp, "--org", "odesa", "import", str(seed))
    assert r.returncode == 0, r.stderr
    assert (plans / "odesa" / "2020" / "plan.yaml").exists() and (plans / "odesa" / "people.yaml").exists()
    assert not (plans / "2020").exists(), "nothing beside the organizations"
    d = json.loads(run(tmp, "list", "--format", "json").stdout)
    assert sorted({a["organization"] for a in d["activities"]}) == ["kharkiv", "luhansk", "odesa"]
    # a plans folder that is one organization with its own years: no organization beside them
    single = Path(tmp) / "single"
    shutil.copytree(REPO / "plans", single / "plans")
    r = run(single, "--org", "odesa", "import", str(seed))
    assert r.returncode == 2 and b"one organization with years of its own" in r.stderr, r.stderr
    assert not (single / "plans" / "odesa").exists()


def mixed_layout(tmp):
    plans = national_office(tmp)
    shutil.copytree(REPO / "plans" / "2020", plans / "2020")
    r = run(tmp, "due")
    assert r.returncode == 2, r.returncode
    assert b"holds both years (2020) and organizations (kharkiv/, luhansk/)" in r.stderr, r.stderr
    assert run(tmp, "validate").returncode == 2


def repeated_plans(tmp):
    for org in ("odesa", "lviv"):
        shutil.copytree(REPO / "plans", Path(tmp) / org / "plans", ignore=shutil.ignore_patterns("README.md"))
    r = run(tmp, "--plans", "odesa/plans", "--plans", "lviv/plans", "list", "--format", "json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert [a["organization"] for a in d["activities"]][::31] == ["odesa", "lviv"], d["organization"]
    r = run(tmp, "--plans", "odesa/plans", "--plans", "lviv/plans", "--org", "lviv", "done", "1.1")
    assert r.returncode == 0 and b"lviv/plans/2020/sn1.yaml" in r.stdout, (r.stdout, r.stderr)
    r = run(tmp, "--plans", "odesa/plans", "--plans", "odesa/plans", "list")
    assert r.returncode == 2 and b"both called" in r.stderr, r.stderr


def main():
    global LPLAN
    LPLAN = str(Path(sys.argv[1]).resolve())
    for fn in [validate_every_organization, due_over_all, calendar_uids_unique, report_rollup, people_of_every_organization, writing_needs_org,
               import_new_organization, mixed_layout, repeated_plans]:
        case(fn)
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
