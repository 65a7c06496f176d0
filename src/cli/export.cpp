// `lplan export [YEAR] [filters] --format ics|csv|json`: the year — every activity, or
// those the filters pick (a trainer's own calendar: --responsible дубова) — for a
// calendar (ics, the default: exporting is mostly "put the plan in my calendar"), a
// spreadsheet (csv, `--bom` for Excel) or another program (json, the same document as
// `list --format json`). UIDs are the same whatever the filters.
#include "cli/activity_queries.hpp"
#include "cli/commands.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

int run_export(Context& ctx, const ExportOptions& options) {
  auto format = ctx.choose_format<ListOutput>(
      "export", {{"ics", ListOutput::Ics}, {"csv", ListOutput::Csv}, {"json", ListOutput::Json}}, "ics");
  if (options.bom && format != ListOutput::Csv) {
    throw UsageError(std::string(tr("--bom goes with --format csv only")));
  }
  if (ctx.organizations().size() > 1) {
    std::vector<Selection> selections = select_in_organizations(ctx, options.filters, options.year);
    std::vector<report::ActivityList> lists;
    for (auto& sel : selections) {
      if (sel.month) {
        sel.filter.months = sel.month->months;
      }
      lists.push_back(report::build_list(*sel.year, sel.filter));
    }
    emit_organizations(ctx, selections, std::move(lists), format, options.bom);
    return k_exit_ok;
  }
  Selection sel = select_activities(ctx, options.filters, options.year);
  if (sel.month) {
    sel.filter.months = sel.month->months;
  }
  emit_activity_list(ctx, *sel.year, report::build_list(*sel.year, sel.filter), format, options.bom);
  return k_exit_ok;
}

}  // namespace lplan::cli
