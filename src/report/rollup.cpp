#include "report/rollup.hpp"

#include <algorithm>
#include <iterator>

namespace lplan::report {

Rollup build_rollup(const std::vector<YearReport>& reports, const std::vector<std::string>& ids, Date today) {
  Rollup r;
  r.today = today;
  int counted_all = 0;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const YearReport& y = reports[i];
    RollupRow row;
    row.organization = i < ids.size() ? ids[i] : std::string();
    row.name = !y.header.short_name.empty() ? y.header.short_name : y.header.organization;
    row.year = y.header.year;
    row.total = y.total;
    row.done = y.done;
    row.percent_done = y.percent_done;
    row.overdue = y.overdue;
    for (std::size_t m = 0; m < 12; ++m) {
      row.scheduled[m] = y.months[m].scheduled;
      r.all.scheduled[m] += row.scheduled[m];
      r.month_max = std::max(r.month_max, row.scheduled[m]);
    }
    r.all.total += row.total;
    r.all.done += row.done;
    r.all.overdue += row.overdue;
    auto cancelled = static_cast<std::size_t>(
        std::find(std::begin(k_all_statuses), std::end(k_all_statuses), Status::Cancelled) -
        std::begin(k_all_statuses));
    counted_all += y.total - y.by_status[cancelled];
    r.rows.push_back(std::move(row));
  }
  r.all.percent_done = counted_all > 0 ? r.all.done * 100 / counted_all : 0;
  return r;
}

}  // namespace lplan::report
