// `lplan export [YEAR] --format ics|csv|json`: the whole year — every activity,
// unfiltered — for a calendar (ics, the default: exporting is mostly "put the plan
// in my calendar"), a spreadsheet (csv, `--bom` for Excel) or another program (json,
// the same document as `list --format json`).
#include <sstream>

#include "cli/commands.hpp"
#include "query/filter.hpp"
#include "render/activity_list_render.hpp"
#include "render/ics.hpp"
#include "report/activity_list.hpp"
#include "report/calendar.hpp"

namespace lplan::cli {

namespace {

enum class ExportFormat { Ics, Csv, Json };

}  // namespace

int run_export(Context& ctx, const ExportOptions& options) {
  auto format = ctx.choose_format<ExportFormat>(
      "export", {{"ics", ExportFormat::Ics}, {"csv", ExportFormat::Csv}, {"json", ExportFormat::Json}}, "ics");
  if (options.bom && format != ExportFormat::Csv) {
    throw UsageError("--bom goes with --format csv only");
  }
  Loaded loaded = ctx.load_for_query();
  const YearPlan& year = ctx.pick_year(loaded.repo, options.year);
  std::ostringstream out;
  switch (format) {
    case ExportFormat::Ics:
      render::write_ics(report::build_calendar(year, ctx.today(), ctx.lang()), out);
      break;
    case ExportFormat::Csv:
      render::activity_list_csv(report::build_list(year, query::Filter{}), options.bom, out);
      break;
    case ExportFormat::Json:
      render::activity_list_json(report::build_list(year, query::Filter{}), out);
      break;
  }
  ctx.emit(out.str());
  return k_exit_ok;
}

}  // namespace lplan::cli
