// `lplan due [--month M] [filters]`: what is due in a month (deadlines, scheduled,
// ongoing), or with --overdue what is past its deadline and not done.
#include <fmt/format.h>

#include <sstream>

#include "cli/commands.hpp"
#include "query/filter.hpp"
#include "query/month_arg.hpp"
#include "render/activity_list_render.hpp"
#include "report/activity_list.hpp"

namespace lplan::cli {

int run_due(Context& ctx, const DueOptions& options) {
  const FilterOptions& f = options.filters;
  try {
    auto format = render::parse_list_format(ctx.format_or("text"));
    if (!format) {
      throw UsageError(
          fmt::format("due --format takes text, markdown, csv or json, not \"{}\"", ctx.format_or("")));
    }
    bool month_given = !f.month.empty();
    query::MonthArg month = month_given ? query::parse_month_arg(f.month, ctx.today())
                                        : query::MonthArg{ctx.today().month, std::nullopt};
    query::Filter filter = query::Filter::from_strings(f.responsible, f.goal, f.direction, f.status, f.grep);
    Loaded loaded = ctx.load_for_query();
    const YearPlan& year = ctx.pick_year(loaded.repo, std::nullopt, month.year);
    filter.check_against(year);
    report::ActivityList view;
    if (options.overdue) {
      filter.month = month_given ? std::optional<int>(month.month) : std::nullopt;
      view = report::build_overdue(year, filter, ctx.today());
    } else {
      view = report::build_due(year, filter, month.month, options.no_ongoing);
    }
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
