// `lplan report [YEAR] [--public]`: the year at a glance, or the execution report for
// the public — load, build the view, draw it.
#include <unistd.h>

#include <sstream>

#include "cli/commands.hpp"
#include "render/public_render.hpp"
#include "render/report_render.hpp"
#include "report/public_report.hpp"
#include "report/year_report.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

namespace {

enum class ReportFormat { Text, Markdown, Html, Json, Docx };

std::string render_internal(const report::YearReport& view, ReportFormat format, Context& ctx) {
  std::ostringstream out;
  switch (format) {
    case ReportFormat::Text:
      if (auto note = ctx.outside_year_note(view.header.year)) {
        out << *note << '\n';
      }
      render::report_text(view, ctx.lang(), ctx.width(), out);
      break;
    case ReportFormat::Markdown:
      render::report_markdown(view, ctx.lang(), out);
      break;
    case ReportFormat::Html:
      render::report_html(view, ctx.lang(), out);
      break;
    case ReportFormat::Json:
      render::report_json(view, out);
      break;
    case ReportFormat::Docx:
      return render::report_docx(view, ctx.lang());
  }
  return out.str();
}

std::string render_public(const report::PublicReport& view, ReportFormat format, Context& ctx) {
  std::ostringstream out;
  switch (format) {
    case ReportFormat::Text:
      if (auto note = ctx.outside_year_note(view.year)) {
        out << *note << '\n';
      }
      render::public_text(view, ctx.lang(), ctx.width(), out);
      break;
    case ReportFormat::Markdown:
      render::public_markdown(view, ctx.lang(), out);
      break;
    case ReportFormat::Html:
      render::public_html(view, ctx.lang(), out);
      break;
    case ReportFormat::Json:
      render::public_json(view, out);
      break;
    case ReportFormat::Docx:
      return render::public_docx(view, ctx.lang());
  }
  return out.str();
}

}  // namespace

int run_report(Context& ctx, const ReportOptions& options) {
  auto format = ctx.choose_format<ReportFormat>("report",
                                                {{"text", ReportFormat::Text},
                                                 {"markdown", ReportFormat::Markdown},
                                                 {"md", ReportFormat::Markdown},
                                                 {"html", ReportFormat::Html},
                                                 {"json", ReportFormat::Json},
                                                 {"docx", ReportFormat::Docx}},
                                                "text");
  if (format == ReportFormat::Docx && ctx.options().output.empty() && ::isatty(STDOUT_FILENO) != 0) {
    throw UsageError(std::string(
        tr_in(ctx.lang(), "a .docx file is not for the terminal: add --output FILE.docx (or redirect)")));
  }
  Loaded loaded = ctx.load_for_query();
  const YearPlan& plan = ctx.pick_year(loaded.repo, options.year);
  std::string content = options.public_report
                            ? render_public(report::build_public_report(plan, ctx.today()), format, ctx)
                            : render_internal(report::build_report(plan, ctx.today()), format, ctx);
  ctx.emit(content);
  return k_exit_ok;
}

}  // namespace lplan::cli
