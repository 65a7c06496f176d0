// build_report: one pass over a checked year, counting everything the report shows.
#include "report/year_report.hpp"

#include <algorithm>
#include <map>

namespace lplan::report {

namespace {

std::vector<std::string> values_of(const std::vector<Text>& texts) {
  std::vector<std::string> out;
  out.reserve(texts.size());
  for (const auto& t : texts) {
    out.push_back(t.value);
  }
  return out;
}

TimelineKind kind_of(const Activity& a) {
  if (!a.when) {
    return TimelineKind::NoWhen;
  }
  if (a.schedule.ongoing) {
    return TimelineKind::Ongoing;
  }
  if (a.schedule.unscheduled || a.schedule.months.empty()) {
    return TimelineKind::Unscheduled;
  }
  return TimelineKind::Months;
}

/// The months an activity occupies: ongoing ones occupy the whole year.
MonthSet months_of(const Activity& a) {
  return a.schedule.ongoing ? MonthSet::all() : a.schedule.months;
}

ActivityLine line_of(const Activity& a, std::size_t index, Date today) {
  ActivityLine line;
  line.index = index;
  line.id = a.id.value;
  line.title = a.title.value;
  line.when = a.when ? a.when->value : std::string();
  line.deadline = a.deadline;
  line.status = a.status_as_of;
  line.overdue = is_overdue(a, today);
  line.kind = kind_of(a);
  line.months = months_of(a);
  return line;
}

int status_slot(Status s) {
  for (int i = 0; i < 5; ++i) {
    if (k_all_statuses[i] == s) {
      return i;
    }
  }
  return 0;
}

void add_to(GroupCount& group, const ActivityLine& line) {
  ++group.activities;
  group.done += line.status == Status::Done ? 1 : 0;
  group.overdue += line.overdue ? 1 : 0;
}

/// Per-responsible counting: scheduled months accumulate for the busiest month.
struct LoadAccumulator {
  ResponsibleLoad load;
  std::array<int, 12> per_month{};
};

std::vector<ResponsibleLoad> count_responsible(const YearPlan& plan) {
  std::vector<LoadAccumulator> registry(plan.people.size());
  std::vector<LoadAccumulator> unresolved;
  std::map<std::string, std::size_t> unresolved_index;
  for (const auto& a : plan.activities) {
    std::vector<bool> seen(registry.size(), false);  // an entry named twice counts once
    for (std::size_t r = 0; r < a.responsible.size(); ++r) {
      int person = r < a.responsible_people.size() ? a.responsible_people[r] : -1;
      LoadAccumulator* acc = nullptr;
      if (person >= 0 && static_cast<std::size_t>(person) < registry.size()) {
        if (seen[static_cast<std::size_t>(person)]) {
          continue;
        }
        seen[static_cast<std::size_t>(person)] = true;
        acc = &registry[static_cast<std::size_t>(person)];
      } else {
        const std::string& written = a.responsible[r].value;
        auto [it, inserted] = unresolved_index.emplace(written, unresolved.size());
        if (inserted) {
          unresolved.emplace_back();
          unresolved.back().load.name = written;
        }
        acc = &unresolved[it->second];
      }
      ++acc->load.activities;
      acc->load.deadlines += a.deadline ? 1 : 0;
      for (int m : months_of(a).months()) {
        ++acc->per_month[static_cast<std::size_t>(m - 1)];
      }
    }
  }
  for (std::size_t i = 0; i < registry.size(); ++i) {
    registry[i].load.id = plan.people[i].id.value;
    registry[i].load.name = plan.people[i].name.value;
  }
  std::vector<ResponsibleLoad> out;
  auto finish = [&out](LoadAccumulator& acc) {
    if (acc.load.activities == 0) {
      return;
    }
    for (int m = 1; m <= 12; ++m) {
      if (acc.per_month[static_cast<std::size_t>(m - 1)] > acc.load.busiest_count) {
        acc.load.busiest_count = acc.per_month[static_cast<std::size_t>(m - 1)];
        acc.load.busiest_month = m;
      }
    }
    out.push_back(acc.load);
  };
  std::for_each(registry.begin(), registry.end(), finish);
  std::for_each(unresolved.begin(), unresolved.end(), finish);
  return out;
}

ActivityDetail detail_of(const YearPlan& plan, const Activity& a, const ActivityLine& line) {
  ActivityDetail d;
  d.line = line;
  d.details = values_of(a.details);
  d.audience = values_of(a.audience);
  d.resources = values_of(a.resources);
  for (std::size_t r = 0; r < a.responsible.size(); ++r) {
    int person = r < a.responsible_people.size() ? a.responsible_people[r] : -1;
    bool known = person >= 0 && static_cast<std::size_t>(person) < plan.people.size();
    d.responsible.push_back(known ? plan.people[static_cast<std::size_t>(person)].name.value
                                  : a.responsible[r].value);
  }
  d.done = a.done;
  d.outcome = a.outcome.value;
  return d;
}

}  // namespace

bool is_overdue(const Activity& activity, Date today) {
  Status s = activity.status_as_of;
  if (s == Status::Done || s == Status::Cancelled || s == Status::Postponed) {
    return false;
  }
  return activity.deadline && *activity.deadline < today;
}

YearReport build_report(const YearPlan& plan, Date today) {
  YearReport r;
  r.header = {plan.meta.organization.value, plan.meta.short_name.value, plan.meta.title.value,
              plan.meta.head.value, plan.year, today};
  r.priorities = values_of(plan.meta.priorities);
  r.tasks = values_of(plan.meta.tasks);
  for (const auto& d : plan.directions) {
    r.directions.push_back({d.id.value, d.number, d.title.value, 0, 0, 0});
    r.sections.push_back({r.directions.back(), {}});
  }
  std::vector<std::size_t> goal_slot(plan.goals.size());  // goal index → slot inside its section
  for (std::size_t g = 0; g < plan.goals.size(); ++g) {
    const Goal& goal = plan.goals[g];
    r.goals.push_back({goal.id.value, goal.number, goal.title.value, 0, 0, 0});
    auto dir = std::find_if(plan.directions.begin(), plan.directions.end(),
                            [&](const Direction& d) { return d.id.value == goal.direction.value; });
    if (dir != plan.directions.end()) {
      auto& section = r.sections[static_cast<std::size_t>(dir - plan.directions.begin())];
      goal_slot[g] = section.goals.size();
      section.goals.push_back({r.goals.back(), {}});
    }
  }
  for (int m = 1; m <= 12; ++m) {
    r.months[static_cast<std::size_t>(m - 1)].month = m;
  }

  for (std::size_t i = 0; i < plan.activities.size(); ++i) {
    const Activity& a = plan.activities[i];
    ActivityLine line = line_of(a, i, today);
    ++r.total;
    ++r.by_status[static_cast<std::size_t>(status_slot(a.status_as_of))];
    r.done += a.status_as_of == Status::Done ? 1 : 0;
    r.overdue += line.overdue ? 1 : 0;
    if (a.direction_index >= 0) {
      add_to(r.directions[static_cast<std::size_t>(a.direction_index)], line);
    }
    if (a.goal_index >= 0) {
      add_to(r.goals[static_cast<std::size_t>(a.goal_index)], line);
    }
    for (int m : line.months.months()) {
      ++r.months[static_cast<std::size_t>(m - 1)].scheduled;
    }
    if (a.deadline && a.deadline->year == plan.year) {
      ++r.months[static_cast<std::size_t>(a.deadline->month - 1)].deadlines;
    }
    if (line.overdue) {
      r.overdue_list.push_back(line);
    }
    if (a.responsible.empty()) {
      r.unassigned.push_back(line);
    }
    if (line.kind == TimelineKind::Unscheduled || line.kind == TimelineKind::NoWhen) {
      r.unscheduled.push_back(line);
    }
    if (a.goal_index >= 0 && a.direction_index >= 0) {
      auto& section = r.sections[static_cast<std::size_t>(a.direction_index)];
      auto& goal = section.goals[goal_slot[static_cast<std::size_t>(a.goal_index)]];
      goal.activities.push_back(detail_of(plan, a, line));
    }
    r.timeline.push_back(std::move(line));
  }

  for (auto& section : r.sections) {
    section.direction = r.directions[static_cast<std::size_t>(&section - r.sections.data())];
    for (auto& goal : section.goals) {
      auto it = std::find_if(r.goals.begin(), r.goals.end(), [&](const GroupCount& g) { return g.id == goal.goal.id; });
      goal.goal = *it;
    }
  }
  int counted = r.total - r.by_status[static_cast<std::size_t>(status_slot(Status::Cancelled))];
  r.percent_done = counted > 0 ? r.done * 100 / counted : 0;
  for (const auto& m : r.months) {
    r.month_max = std::max({r.month_max, m.scheduled, m.deadlines});
  }
  r.responsible = count_responsible(plan);
  return r;
}

}  // namespace lplan::report
