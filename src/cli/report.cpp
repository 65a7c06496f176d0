// `lplan report [YEAR]`: the year at a glance — load, build the report view, draw it.
#include <sstream>

#include "cli/commands.hpp"
#include "render/report_render.hpp"
#include "report/year_report.hpp"

namespace lplan::cli {

namespace {

enum class ReportFormat { Text, Markdown, Html, Json };

}  // namespace

int run_report(Context& ctx, const ReportOptions& options) {
  auto format = ctx.choose_format<ReportFormat>("report",
                                                {{"text", ReportFormat::Text},
                                                 {"markdown", ReportFormat::Markdown},
                                                 {"md", ReportFormat::Markdown},
                                                 {"html", ReportFormat::Html},
                                                 {"json", ReportFormat::Json}},
                                                "text");
  Loaded loaded = ctx.load_for_query();
  const YearPlan& plan = ctx.pick_year(loaded.repo, options.year);
  report::YearReport view = report::build_report(plan, ctx.today());
  std::ostringstream out;
  switch (format) {
    case ReportFormat::Text: render::report_text(view, ctx.lang(), ctx.width(), out); break;
    case ReportFormat::Markdown: render::report_markdown(view, ctx.lang(), out); break;
    case ReportFormat::Html: render::report_html(view, ctx.lang(), out); break;
    case ReportFormat::Json: render::report_json(view, out); break;
  }
  ctx.emit(out.str());
  return k_exit_ok;
}

}  // namespace lplan::cli
