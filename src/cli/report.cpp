// `lplan report [YEAR]`: the year at a glance — load, build the report view, draw it.
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "render/report_render.hpp"
#include "report/year_report.hpp"

namespace lplan::cli {

namespace {

enum class ReportFormat { Text, Markdown, Html, Json };

ReportFormat parse_report_format(const std::string& name) {
  if (name == "text") {
    return ReportFormat::Text;
  }
  if (name == "markdown" || name == "md") {
    return ReportFormat::Markdown;
  }
  if (name == "html") {
    return ReportFormat::Html;
  }
  if (name == "json") {
    return ReportFormat::Json;
  }
  throw UsageError(fmt::format("report --format takes text, markdown, html or json, not \"{}\"", name));
}

}  // namespace

int run_report(Context& ctx, const ReportOptions& options) {
  ReportFormat format = parse_report_format(ctx.format_or("text"));
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
