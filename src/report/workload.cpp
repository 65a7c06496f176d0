// build_workload: counts each registry entry's activities and deadlines.
#include "report/workload.hpp"

namespace lplan::report {

Workload build_workload(const YearPlan& plan) {
  Workload w;
  w.year = plan.year;
  w.organization = plan.meta.organization.value;
  for (const auto& p : plan.people) {
    PersonLoad load;
    load.id = p.id.value;
    load.name = p.name.value;
    load.role = p.role.value;
    load.kind = p.kind;
    w.people.push_back(std::move(load));
  }
  for (const auto& a : plan.activities) {
    ++w.plan_activities;
    for (int m : a.schedule.months.months()) {
      ++w.plan_scheduled[static_cast<std::size_t>(m - 1)];
    }
    if (a.deadline && a.deadline->year == plan.year) {
      ++w.plan_deadlines;
    }
    std::vector<bool> seen(w.people.size(), false);  // an entry named twice counts once
    for (int person : a.responsible_people) {
      if (person < 0 || static_cast<std::size_t>(person) >= w.people.size() ||
          seen[static_cast<std::size_t>(person)]) {
        continue;
      }
      seen[static_cast<std::size_t>(person)] = true;
      PersonLoad& load = w.people[static_cast<std::size_t>(person)];
      ++load.activities;
      for (int m : a.schedule.months.months()) {
        ++load.scheduled[static_cast<std::size_t>(m - 1)];
      }
      if (a.deadline && a.deadline->year == plan.year) {
        std::size_t m = static_cast<std::size_t>(a.deadline->month - 1);
        ++load.deadlines[m];
        ++load.deadline_total;
        ++w.month_totals[m];
        ++w.deadline_total;
      }
    }
  }
  return w;
}

}  // namespace lplan::report
