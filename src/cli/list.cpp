// `lplan list [filters]`: the activities that match, in plan order.
#include "cli/activity_queries.hpp"
#include "cli/commands.hpp"
#include "query/month_arg.hpp"

namespace lplan::cli {

int run_list(Context& ctx, const ListOptions& options) {
  const FilterOptions& f = options.filters;
  return run_activity_query(ctx, "list", f, [&](query::Filter& filter) {
    std::optional<int> month_year;
    if (!f.month.empty()) {
      query::MonthArg month = query::parse_month_arg(f.month, ctx.today());
      filter.month = month.month;
      month_year = month.year;
    }
    Loaded loaded = ctx.load_for_query();
    const YearPlan& year = ctx.pick_year(loaded.repo, std::nullopt, month_year);
    filter.check_against(year);
    return report::build_list(year, filter);
  });
}

}  // namespace lplan::cli
