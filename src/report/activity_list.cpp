#include "report/activity_list.hpp"

#include <algorithm>

#include <array>

namespace lplan::report {

namespace {

std::vector<std::string> values(const std::vector<Text>& texts) {
  std::vector<std::string> out;
  out.reserve(texts.size());
  for (const auto& t : texts) {
    out.push_back(t.value);
  }
  return out;
}

ActivityList empty_list(const YearPlan& year, ListKind kind) {
  ActivityList list;
  list.kind = kind;
  list.year = year.year;
  list.organization = year.meta.organization.value;
  list.organization_short =
      year.meta.short_name.empty() ? year.meta.organization.value : year.meta.short_name.value;
  return list;
}

/// The deadline was written (`due` or an exact day), not implied by the months.
bool explicit_deadline(const Activity& a) {
  return a.due.has_value() || a.schedule.exact_day.has_value();
}

std::optional<Group> due_group(const YearPlan& year, const Activity& a, MonthSet period) {
  bool deadline_in = a.deadline && a.deadline->year == year.year && period.contains(a.deadline->month);
  if (a.schedule.ongoing) {
    if (deadline_in && explicit_deadline(a)) {
      return Group::Deadline;
    }
    return Group::Ongoing;
  }
  if (deadline_in) {
    return Group::Deadline;
  }
  if ((a.schedule.months.bits() & period.bits()) != 0) {
    return Group::Scheduled;
  }
  return std::nullopt;
}

}  // namespace

const char* group_key(Group group) {
  switch (group) {
    case Group::Deadline:
      return "deadline";
    case Group::Scheduled:
      return "scheduled";
    case Group::Ongoing:
      return "ongoing";
  }
  return "";
}

ActivityRow make_row(const YearPlan& year, const Activity& a) {
  ActivityRow row;
  row.fields.reserve(activity_fields().size());
  for (const auto& f : activity_fields()) {
    row.fields.push_back(f.get(a));
  }
  row.status_value = a.status_as_of;
  row.id = a.id.value;
  row.goal_id = a.goal.value;
  if (a.goal_index >= 0) {
    row.goal_title = year.goals[static_cast<std::size_t>(a.goal_index)].title.value;
  }
  if (a.direction_index >= 0) {
    const Direction& d = year.directions[static_cast<std::size_t>(a.direction_index)];
    row.direction_id = d.id.value;
    row.direction_title = d.title.value;
  }
  row.title = a.title.value;
  if (a.when) {
    row.when = a.when->value;
  }
  row.months = a.schedule.months.months();
  row.deadline = a.deadline;
  row.ongoing = a.schedule.ongoing;
  row.status = a.status_as_of;
  for (std::size_t i = 0; i < a.responsible.size(); ++i) {
    int p = i < a.responsible_people.size() ? a.responsible_people[i] : -1;
    if (p >= 0 && static_cast<std::size_t>(p) < year.people.size()) {
      const Person& person = year.people[static_cast<std::size_t>(p)];
      row.responsible.push_back({person.id.value, person.name.value});
    } else {
      row.responsible.push_back({std::string(), a.responsible[i].value});
    }
  }
  row.audience = values(a.audience);
  row.resources = values(a.resources);
  row.details = values(a.details);
  row.outcome = a.outcome.value;
  return row;
}

namespace {

/// The row of `a`, with the bodies the matcher found it through.
ActivityRow matched_row(const YearPlan& year, const Activity& a, const query::Filter::Matcher& matcher) {
  ActivityRow row = make_row(year, a);
  for (int body : matcher.via(a)) {
    const Person& p = year.people[static_cast<std::size_t>(body)];
    row.via.push_back({p.id.value, p.name.value});
  }
  return row;
}

}  // namespace

ActivityList build_list(const YearPlan& year, const query::Filter& filter) {
  ActivityList list = empty_list(year, ListKind::List);
  list.months = filter.months;
  auto matcher = filter.for_year(year);
  for (const auto& a : year.activities) {
    if (matcher.matches(a)) {
      list.rows.push_back(matched_row(year, a, matcher));
    }
  }
  return list;
}

ActivityList build_due(const YearPlan& year, const query::Filter& filter, MonthSet period, bool no_ongoing) {
  ActivityList list = empty_list(year, ListKind::Due);
  list.months = period;
  query::Filter unbounded = filter;
  unbounded.months.reset();
  auto matcher = unbounded.for_year(year);
  std::array<std::vector<ActivityRow>, 3> groups;
  for (const auto& a : year.activities) {
    auto group = due_group(year, a, period);
    if (!group || (no_ongoing && *group == Group::Ongoing) || !matcher.matches(a)) {
      continue;
    }
    ActivityRow row = matched_row(year, a, matcher);
    row.group = *group;
    groups[static_cast<std::size_t>(*group)].push_back(std::move(row));
  }
  for (auto& g : groups) {
    for (auto& row : g) {
      list.rows.push_back(std::move(row));
    }
  }
  return list;
}

ActivityList build_overdue(const YearPlan& year, const query::Filter& filter, Date today) {
  ActivityList list = empty_list(year, ListKind::Overdue);
  list.months = filter.months;
  list.as_of = today;
  auto matcher = filter.for_year(year);
  for (const auto& a : year.activities) {
    // Done, cancelled and postponed work is not late.
    Status s = a.status_as_of;
    bool open = s != Status::Done && s != Status::Cancelled && s != Status::Postponed;
    if (open && a.deadline && *a.deadline < today && matcher.matches(a)) {
      list.rows.push_back(matched_row(year, a, matcher));
    }
  }
  return list;
}

ActivityList merge_organizations(std::vector<ActivityList> lists, const std::vector<std::string>& ids) {
  if (lists.empty()) {
    return {};
  }
  ActivityList all = lists.front();
  all.rows.clear();
  all.several_organizations = true;
  all.organization.clear();
  all.organization_short.clear();
  for (std::size_t i = 0; i < lists.size(); ++i) {
    std::string id = i < ids.size() ? ids[i] : std::string();
    all.organization += (i == 0 ? "" : ", ") + id;
    for (auto& row : lists[i].rows) {
      row.organization = id;
      all.rows.push_back(std::move(row));
    }
  }
  all.organization_short = all.organization;
  // A due list stays grouped: deadlines, then scheduled, then ongoing, each group in
  // organization order, then plan order.
  if (all.kind == ListKind::Due) {
    std::stable_sort(all.rows.begin(), all.rows.end(),
                     [](const ActivityRow& a, const ActivityRow& b) { return a.group < b.group; });
  }
  return all;
}

}  // namespace lplan::report
