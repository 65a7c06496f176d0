// `lplan list [filters]`: the activities that match, in plan order (every month unless
// --month names a period).
#include "cli/activity_queries.hpp"
#include "cli/commands.hpp"

namespace lplan::cli {

int run_list(Context& ctx, const ListOptions& options) {
  return run_activity_query(ctx, "list", options.filters, [&](Selection& sel) {
    if (sel.month) {
      sel.filter.months = sel.month->months;
    }
    return report::build_list(*sel.year, sel.filter);
  });
}

}  // namespace lplan::cli
