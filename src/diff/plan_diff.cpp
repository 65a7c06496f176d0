#include "diff/plan_diff.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <unordered_map>

namespace lplan::diff {

namespace {

/// An absent key and an empty value are the same plan: only what they hold counts.
bool same(const FieldValue& a, const FieldValue& b) {
  return a.text == b.text && a.items == b.items;
}

/// The status an activity has (planned when the key is not written).
FieldValue status_value(const Activity& a) {
  return FieldValue{true, status_key(a.status), {}};
}

FieldValue months_value(const Activity& a) {
  FieldValue v;
  for (int m : a.schedule.months.months()) {
    v.items.push_back(std::to_string(m));
  }
  v.present = !v.items.empty();
  return v;
}

FieldValue deadline_value(const Activity& a) {
  return a.deadline ? FieldValue{true, a.deadline->iso(), {}} : FieldValue{};
}

/// The anchor `field` of the activity at `loc` repeats (`*name`), or of its items.
std::string alias_of(const load::SourceIndex* spans, const SourceLoc& loc, std::string_view field) {
  if (spans == nullptr) {
    return {};
  }
  const load::RecordSpans* record = spans->activity(loc);
  if (record == nullptr) {
    return {};
  }
  const load::EntrySpan* entry = record->find(field);
  if (entry == nullptr) {
    return {};
  }
  if (!entry->value.alias.empty()) {
    return entry->value.alias;
  }
  std::string names;
  for (const auto& item : entry->items) {
    if (!item.alias.empty() && names.find(item.alias) == std::string::npos) {
      names += (names.empty() ? "" : ", ") + item.alias;
    }
  }
  return names;
}

/// The anchor `field` of the activity at `loc` defines (`&name`).
std::string anchor_of(const load::SourceIndex* spans, const SourceLoc& loc, std::string_view field) {
  const load::RecordSpans* record = spans != nullptr ? spans->activity(loc) : nullptr;
  const load::EntrySpan* entry = record != nullptr ? record->find(field) : nullptr;
  return entry != nullptr ? entry->value.anchor : std::string();
}

/// Each responsible entry of `a` written as an id, name or alias → the registry's name.
void add_names(const YearPlan& year, const Activity& a, std::map<std::string, std::string>& names) {
  for (std::size_t i = 0; i < a.responsible.size() && i < a.responsible_people.size(); ++i) {
    int p = a.responsible_people[i];
    if (p >= 0 && static_cast<std::size_t>(p) < year.people.size()) {
      names.emplace(a.responsible[i].value, year.people[static_cast<std::size_t>(p)].name.value);
    }
  }
}

std::vector<FieldChange> compare_activities(const YearPlan& ya, const Activity& a, const YearPlan& yb,
                                            const Activity& b, const load::SourceIndex* spans) {
  std::vector<FieldChange> out;
  for (const auto& f : activity_fields()) {
    if (f.key == "id") {
      continue;  // matched by id; a new id is a renumbering
    }
    FieldValue va = f.kind == FieldKind::Status ? status_value(a) : f.get(a);
    FieldValue vb = f.kind == FieldKind::Status ? status_value(b) : f.get(b);
    if (!same(va, vb)) {
      FieldChange c{std::string(f.key),
                    f.kind,
                    std::move(va),
                    std::move(vb),
                    alias_of(spans, b.loc, f.key),
                    anchor_of(spans, b.loc, f.key),
                    {}};
      if (f.kind == FieldKind::People) {
        add_names(yb, b, c.names);
        add_names(ya, a, c.names);
      }
      out.push_back(std::move(c));
    }
  }
  // What follows from `when` and `due`: the months and the deadline.
  if (FieldValue ma = months_value(a), mb = months_value(b); !same(ma, mb)) {
    out.push_back(FieldChange{"months", FieldKind::LineList, std::move(ma), std::move(mb), {}, {}, {}});
  }
  if (FieldValue da = deadline_value(a), db = deadline_value(b); !same(da, db)) {
    out.push_back(FieldChange{"deadline", FieldKind::Date, std::move(da), std::move(db), {}, {}, {}});
  }
  return out;
}

template <typename Record>
std::vector<FieldChange> compare_fields(std::span<const Field<Record>> fields, const Record& a,
                                        const Record& b) {
  std::vector<FieldChange> out;
  for (const auto& f : fields) {
    if (f.key == "id") {
      continue;
    }
    FieldValue va = f.get(a);
    FieldValue vb = f.get(b);
    if (!same(va, vb)) {
      out.push_back(FieldChange{std::string(f.key), f.kind, std::move(va), std::move(vb), {}, {}, {}});
    }
  }
  return out;
}

const std::string& title_of(const Goal& g) {
  return g.title.value;
}
const std::string& title_of(const Direction& d) {
  return d.title.value;
}
const std::string& title_of(const Person& p) {
  return p.name.value;
}

/// Records matched by id: added (in the newer order), changed, removed (in the older order).
template <typename Record>
std::vector<RecordChange> compare_records(std::span<const Field<Record>> fields,
                                          std::span<const Record> older, std::span<const Record> newer) {
  std::unordered_map<std::string, const Record*> old_by_id;
  for (const auto& r : older) {
    old_by_id.emplace(r.id.value, &r);
  }
  std::set<std::string> new_ids;
  std::vector<RecordChange> out;
  for (const auto& r : newer) {
    if (!new_ids.insert(r.id.value).second) {
      continue;  // a duplicate id: an error of that revision, listed there
    }
    auto it = old_by_id.find(r.id.value);
    if (it == old_by_id.end()) {
      out.push_back(RecordChange{RecordChange::Kind::Added, r.id.value, title_of(r), {}});
      continue;
    }
    auto fields_changed = compare_fields(fields, *it->second, r);
    if (!fields_changed.empty()) {
      out.push_back(
          RecordChange{RecordChange::Kind::Changed, r.id.value, title_of(r), std::move(fields_changed)});
    }
  }
  std::set<std::string> old_seen;
  for (const auto& r : older) {
    if (!new_ids.contains(r.id.value) && old_seen.insert(r.id.value).second) {
      out.push_back(RecordChange{RecordChange::Kind::Removed, r.id.value, title_of(r), {}});
    }
  }
  return out;
}

report::ActivityRow row_of(const YearPlan& year, const Activity& a) {
  report::ActivityRow row = report::make_row(year, a);
  row.status_value = a.status;  // as written: a diff compares the files, not a day
  row.status = a.status;
  return row;
}

std::span<const Person> own_people(const YearPlan& y) {
  return std::span<const Person>(y.people.data(), std::min(y.own_people, y.people.size()));
}

YearDiff compare_years(const YearPlan* a, const YearPlan* b, const load::SourceIndex* to_spans) {
  static const YearPlan k_empty;
  YearDiff d;
  d.year = a != nullptr ? a->year : b->year;
  d.presence = a == nullptr   ? YearDiff::Presence::Added
               : b == nullptr ? YearDiff::Presence::Removed
                              : YearDiff::Presence::Both;
  const YearPlan& older = a != nullptr ? *a : k_empty;
  const YearPlan& newer = b != nullptr ? *b : k_empty;

  // Activities, matched by id (a repeated id: its n-th occurrence with the n-th).
  std::unordered_map<std::string, std::vector<std::size_t>> old_by_id;
  for (std::size_t i = 0; i < older.activities.size(); ++i) {
    old_by_id[older.activities[i].id.value].push_back(i);
  }
  std::vector<bool> old_used(older.activities.size(), false);
  std::unordered_map<std::string, std::size_t> taken;
  std::vector<std::size_t> unmatched_new;
  for (std::size_t j = 0; j < newer.activities.size(); ++j) {
    const Activity& nb = newer.activities[j];
    auto it = old_by_id.find(nb.id.value);
    std::size_t& n = taken[nb.id.value];
    if (it == old_by_id.end() || n >= it->second.size()) {
      unmatched_new.push_back(j);
      continue;
    }
    std::size_t i = it->second[n++];
    old_used[i] = true;
    auto fields = compare_activities(older, older.activities[i], newer, nb, to_spans);
    if (!fields.empty()) {
      d.changed.push_back(ActivityChange{nb.id.value, nb.goal.value, nb.title.value, std::move(fields)});
    }
  }
  // Renumbered: an activity gone and one come with the same title and goal.
  for (std::size_t j : unmatched_new) {
    const Activity& nb = newer.activities[j];
    std::optional<std::size_t> match;
    if (!nb.title.value.empty()) {
      for (std::size_t i = 0; i < older.activities.size(); ++i) {
        const Activity& oa = older.activities[i];
        if (!old_used[i] && oa.title.value == nb.title.value && oa.goal.value == nb.goal.value) {
          match = i;
          break;
        }
      }
    }
    if (!match) {
      d.added.push_back(row_of(newer, nb));
      continue;
    }
    old_used[*match] = true;
    const Activity& oa = older.activities[*match];
    d.renumbered.push_back(Renumbered{oa.id.value, nb.id.value, nb.goal.value, nb.title.value});
    auto fields = compare_activities(older, oa, newer, nb, to_spans);
    if (!fields.empty()) {
      d.changed.push_back(ActivityChange{nb.id.value, nb.goal.value, nb.title.value, std::move(fields)});
    }
  }
  for (std::size_t i = 0; i < older.activities.size(); ++i) {
    if (!old_used[i]) {
      d.removed.push_back(row_of(older, older.activities[i]));
    }
  }
  // The changes in plan order of the newer revision (renumbered ones were appended).
  std::unordered_map<std::string, std::size_t> position;
  for (std::size_t j = 0; j < newer.activities.size(); ++j) {
    position.emplace(newer.activities[j].id.value, j);
  }
  std::stable_sort(d.changed.begin(), d.changed.end(), [&](const ActivityChange& x, const ActivityChange& y) {
    return position[x.id] < position[y.id];
  });

  if (older.has_meta && newer.has_meta) {
    d.plan = compare_fields(plan_fields(), older.meta, newer.meta);
  }
  d.directions = compare_records(direction_fields(), std::span<const Direction>(older.directions),
                                 std::span<const Direction>(newer.directions));
  d.goals =
      compare_records(goal_fields(), std::span<const Goal>(older.goals), std::span<const Goal>(newer.goals));
  d.people = compare_records(person_fields(), own_people(older), own_people(newer));

  // The goals to group the activity changes under: only those with a change.
  std::set<std::string> changed_goals;
  for (const auto& r : d.added) changed_goals.insert(r.goal_id);
  for (const auto& r : d.removed) changed_goals.insert(r.goal_id);
  for (const auto& r : d.renumbered) changed_goals.insert(r.goal);
  for (const auto& a : d.changed) changed_goals.insert(a.goal);
  std::set<std::string> seen;
  auto add_goal = [&](const std::string& id, const std::string& title) {
    if (changed_goals.contains(id) && seen.insert(id).second) {
      d.goal_order.emplace_back(id, title);
    }
  };
  for (const auto& g : newer.goals) add_goal(g.id.value, g.title.value);
  for (const auto& g : older.goals) add_goal(g.id.value, g.title.value);
  for (const auto& id : changed_goals) add_goal(id, std::string());
  return d;
}

RevisionErrors errors_of(const Side& side) {
  RevisionErrors e;
  e.revision = side.revision;
  if (side.diags != nullptr) {
    for (const auto& d : side.diags->items()) {
      if (d.severity == Severity::Error) {
        e.errors.push_back(d);
      }
    }
  }
  return e;
}

}  // namespace

bool PlanDiff::empty() const {
  return people.empty() &&
         std::all_of(years.begin(), years.end(), [](const YearDiff& y) { return y.empty(); });
}

PlanDiff compare(const Side& from, const Side& to, std::optional<int> only_year) {
  static const Repository k_none;
  const Repository& a = from.repo != nullptr ? *from.repo : k_none;
  const Repository& b = to.repo != nullptr ? *to.repo : k_none;
  PlanDiff d;
  d.from = from.revision;
  d.to = to.revision;
  d.from_commit = from.commit;
  d.to_commit = to.commit;
  std::set<int> years;
  for (const auto& y : a.years) {
    years.insert(y.year);
  }
  for (const auto& y : b.years) {
    years.insert(y.year);
  }
  for (int year : years) {
    if (only_year && year != *only_year) {
      continue;
    }
    d.years.push_back(compare_years(a.find_year(year), b.find_year(year), to.spans));
  }
  d.people = compare_records(person_fields(), std::span<const Person>(a.shared_people),
                             std::span<const Person>(b.shared_people));
  for (const Side* side : {&from, &to}) {
    RevisionErrors e = errors_of(*side);
    if (!e.errors.empty()) {
      d.errors.push_back(std::move(e));
    }
  }
  return d;
}

}  // namespace lplan::diff
