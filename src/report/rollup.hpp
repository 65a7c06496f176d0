// The rollup that starts `report` over several organizations (DESIGN §12): per
// organization its activities, share done, overdue and month profile, from each
// organization's own year report. Plain data; renderers in render/rollup_render.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "report/year_report.hpp"

namespace lplan::report {

struct RollupRow {
  std::string organization;  ///< the id --org takes
  std::string name;          ///< the plan's short name, else its organization
  int year = 0;
  int total = 0;
  int done = 0;
  int percent_done = 0;
  int overdue = 0;
  std::array<int, 12> scheduled{};  ///< activities scheduled per month
};

struct Rollup {
  Date today;
  std::vector<RollupRow> rows;  ///< in organization order
  RollupRow all;                ///< the sums (percent of the sums)
  int month_max = 0;            ///< the largest monthly count of any row (profile scale)
};

/// `reports[i]` is the report of organization `ids[i]`.
Rollup build_rollup(const std::vector<YearReport>& reports, const std::vector<std::string>& ids, Date today);

}  // namespace lplan::report
