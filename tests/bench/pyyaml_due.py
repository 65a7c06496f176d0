#!/usr/bin/env python3
"""pyyaml_due.py PLANS_DIR [MONTH] — the script a user would write instead of `lplan due`.

Loads every plan file of year 2020 (plans/2020.yaml or plans/2020/*.yaml) with
PyYAML's C loader, turns each `when` into months with a small regex-based parser
(month names and their case forms, ranges, quarters, "протягом року", "1 на N
місяці", "до DD місяця") and prints the activities of MONTH (default 3): deadline
in the month, then scheduled in it, then ongoing — the grouping of `lplan due`.
The reference of tests/bench/run.py, not a part of lplan.
"""
import glob
import os
import re
import sys

import yaml

MONTH_STEMS = ["січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес",
               "жовт", "листопад", "груд"]
EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "і": 1, "іі": 2, "ііі": 3, "іv": 4}
ONGOING = ("протягом року", "впродовж року", "постійно", "щомісяця", "throughout the year",
           "all year", "monthly")
WORD = re.compile(r"[\w.]+|[-–—]")


def month_of(word):
    for i, stem in enumerate(MONTH_STEMS):
        if word.startswith(stem):
            return i + 1
    for i, stem in enumerate(EN):
        if word.startswith(stem):
            return i + 1
    return None


def schedule(when):
    """(months, deadline month or None, ongoing)."""
    text = str(when or "").strip().lower()
    if not text or text.startswith("за "):
        return set(), None, False
    if text in ONGOING:
        return set(range(1, 13)), None, True
    m = re.match(r"(?:1|раз) на (\d+) місяц", text)
    if m:
        return set(range(1, 13, int(m.group(1)))), None, True
    m = re.match(r"(\w+) квартал", text)
    if m:
        q = ROMAN.get(m.group(1)) or int(m.group(1))
        return set(range(3 * q - 2, 3 * q + 1)), None, False
    m = re.match(r"до (\d+) (\w+)", text)
    if m:
        last = month_of(m.group(2))
        return set(range(1, last + 1)), last, False
    months, pending_range, prev = set(), False, None
    for word in WORD.findall(text):
        if word in "-–—":
            pending_range = True
            continue
        month = month_of(word)
        if month is None:
            continue
        if pending_range and prev is not None:
            months.update(range(prev, month + 1))
        months.add(month)
        prev, pending_range = month, False
    return months, None, False


def plan_files(plans):
    single = os.path.join(plans, "2020.yaml")
    if os.path.exists(single):
        return [single]
    return sorted(glob.glob(os.path.join(plans, "2020", "*.y*ml")))


def main():
    plans = sys.argv[1]
    month = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    activities = []
    for path in plan_files(plans):
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=yaml.CLoader) or {}
        activities.extend(doc.get("activities") or [])
    groups = {"deadline": [], "scheduled": [], "ongoing": []}
    for a in activities:
        months, deadline, ongoing = schedule(a.get("when"))
        if not months:
            continue
        last = deadline or max(months)
        if ongoing and month in months:
            groups["ongoing"].append(a)
        elif last == month:
            groups["deadline"].append(a)
        elif month in months:
            groups["scheduled"].append(a)
    out = []
    for group, items in groups.items():
        for a in items:
            out.append(f"{group}\t{a.get('id')}\t{a.get('title')}\t{a.get('when')}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
