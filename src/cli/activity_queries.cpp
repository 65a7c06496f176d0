#include "cli/activity_queries.hpp"

#include <sstream>

#include <fmt/format.h>

#include "query/month_arg.hpp"

namespace lplan::cli {

int run_activity_query(Context& ctx, const char* command, const FilterOptions& f,
                       const std::function<report::ActivityList(query::Filter& filter)>& body) {
  try {
    auto format = render::parse_list_format(ctx.format_or("text"));
    if (!format) {
      throw UsageError(fmt::format("{} --format takes text, markdown, csv or json, not \"{}\"", command,
                                   ctx.format_or("")));
    }
    query::Filter filter = query::Filter::from_strings(f.responsible, f.goal, f.direction, f.status, f.grep);
    report::ActivityList view = body(filter);
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
