// `lplan due [--month M] [filters]`: what is due in a month (deadlines, scheduled,
// ongoing), or with --overdue what is past its deadline and not done.
#include "cli/activity_queries.hpp"
#include "cli/commands.hpp"
#include "query/month_arg.hpp"

namespace lplan::cli {

int run_due(Context& ctx, const DueOptions& options) {
  const FilterOptions& f = options.filters;
  return run_activity_query(ctx, "due", f, [&](query::Filter& filter) {
    bool month_given = !f.month.empty();
    query::MonthArg month = month_given ? query::parse_month_arg(f.month, ctx.today())
                                        : query::MonthArg{ctx.today().month, std::nullopt};
    Loaded loaded = ctx.load_for_query();
    const YearPlan& year = ctx.pick_year(loaded.repo, std::nullopt, month.year);
    filter.check_against(year);
    if (options.overdue) {
      filter.month = month_given ? std::optional<int>(month.month) : std::nullopt;
      return report::build_overdue(year, filter, ctx.today());
    }
    return report::build_due(year, filter, month.month, options.no_ongoing);
  });
}

}  // namespace lplan::cli
