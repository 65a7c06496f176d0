// `lplan list [filters]`: the activities that match, in plan order.
#include <fmt/format.h>

#include <sstream>

#include "cli/commands.hpp"
#include "query/filter.hpp"
#include "query/month_arg.hpp"
#include "render/activity_list_render.hpp"
#include "report/activity_list.hpp"

namespace lplan::cli {

int run_list(Context& ctx, const ListOptions& options) {
  const FilterOptions& f = options.filters;
  try {
    auto format = render::parse_list_format(ctx.format_or("text"));
    if (!format) {
      throw UsageError(
          fmt::format("list --format takes text, markdown, csv or json, not \"{}\"", ctx.format_or("")));
    }
    query::Filter filter = query::Filter::from_strings(f.responsible, f.goal, f.direction, f.status, f.grep);
    std::optional<int> month_year;
    if (!f.month.empty()) {
      query::MonthArg month = query::parse_month_arg(f.month, ctx.today());
      filter.month = month.month;
      month_year = month.year;
    }
    Loaded loaded = ctx.load_for_query();
    const YearPlan& year = ctx.pick_year(loaded.repo, std::nullopt, month_year);
    filter.check_against(year);
    report::ActivityList view = report::build_list(year, filter);
    std::ostringstream out;
    render::render_activity_list(view, *format, {ctx.lang(), ctx.width(), ctx.color()}, false, out);
    ctx.emit(out.str());
  } catch (const query::MonthArgError& e) {
    throw UsageError(e.what());
  } catch (const query::FilterError& e) {
    throw UsageError(e.what());
  }
  return k_exit_ok;
}

}  // namespace lplan::cli
