// The workload view (`lplan people`): every registry entry with its load.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace lplan::report {

struct PersonLoad {
  std::string id;
  std::string name;
  std::string role;
  PersonKind kind = PersonKind::Person;
  int activities = 0;
  /// Activities of this entry scheduled in each month (index 0 = January): an ongoing
  /// one counts in every month, one every two months in six.
  std::array<int, 12> scheduled{};
  /// Activities of this entry whose deadline falls in each month (index 0 = January).
  std::array<int, 12> deadlines{};
  int deadline_total = 0;
};

struct Workload {
  int year = 0;
  std::string organization;
  /// Every entry of YearPlan::people, in registry order (kept in Ukrainian
  /// alphabetical order by hand, so it is never re-sorted here).
  std::vector<PersonLoad> people;
  std::array<int, 12> month_totals{};  ///< column sums of `deadlines`
  int deadline_total = 0;
  /// The plan's activities scheduled in each month, each activity once (whoever and
  /// however many are responsible), and how many the plan has in all.
  std::array<int, 12> plan_scheduled{};
  int plan_activities = 0;
  /// The plan's activities with a deadline in the year, each once.
  int plan_deadlines = 0;
};

/// Builds the workload of one checked year.
Workload build_workload(const YearPlan& plan);

}  // namespace lplan::report
