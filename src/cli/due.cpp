// `lplan due [--month PERIOD] [filters]`: what is due in a period — one month (this
// one by default), a quarter, a range or a list of months: deadlines, scheduled,
// ongoing — or with --overdue what is past its deadline and not done.
#include "cli/activity_queries.hpp"
#include "cli/commands.hpp"

namespace lplan::cli {

int run_due(Context& ctx, const DueOptions& options) {
  return run_activity_query(ctx, "due", options.filters, [&](Selection& sel) {
    if (options.overdue) {
      sel.filter.months = sel.month ? std::optional<MonthSet>(sel.month->months) : std::nullopt;
      return report::build_overdue(*sel.year, sel.filter, ctx.today());
    }
    MonthSet period = sel.month ? sel.month->months : MonthSet::single(ctx.today().month);
    return report::build_due(*sel.year, sel.filter, period, options.no_ongoing);
  });
}

}  // namespace lplan::cli
