// `lplan report [YEAR] [--public]`: the year at a glance, or the execution report for
// the public — load, build the view, draw it.
#include <unistd.h>

#include <sstream>

#include "cli/commands.hpp"
#include "render/public_render.hpp"
#include "render/report_render.hpp"
#include "render/json_writer.hpp"
#include "render/rollup_render.hpp"
#include "report/public_report.hpp"
#include "report/rollup.hpp"
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

/// `report` over several organizations (DESIGN §12): the rollup, then each one's report.
int report_organizations(Context& ctx, const ReportOptions& options, ReportFormat format) {
  if (options.public_report) {
    throw UsageError(std::string(
        tr("the public report is one organization's: name it with --org")));
  }
  std::vector<Loaded> loaded = ctx.load_organizations();
  std::vector<report::YearReport> reports;
  std::vector<std::string> ids;
  for (const auto& l : loaded) {
    const YearPlan* plan = nullptr;
    try {
      plan = &ctx.pick_year(l.repo, options.year);
    } catch (const UsageError& e) {
      ctx.err() << "lplan: " << trf("{}: {}", l.organization, e.what()) << '\n';
      continue;
    }
    reports.push_back(report::build_report(*plan, ctx.today()));
    ids.push_back(l.organization);
  }
  if (reports.empty()) {
    throw UsageError(std::string(tr("no organization has a plan that answers this")));
  }
  report::Rollup rollup = report::build_rollup(reports, ids, ctx.today());
  std::ostringstream out;
  if (format == ReportFormat::Json) {
    render::JsonWriter json(out);
    json.begin_object();
    json.key("organizations");
    render::rollup_json(json, rollup);
    json.key("reports");
    json.begin_array();
    for (const auto& r : reports) {
      render::report_json_object(json, r);
    }
    json.end_array();
    json.end_object();
    json.finish();
  } else if (format == ReportFormat::Html) {
    render::reports_html(rollup, reports, ctx.lang(), out);
  } else if (format == ReportFormat::Docx) {
    ctx.emit(render::reports_docx(rollup, reports, ctx.lang()));
    return k_exit_ok;
  } else if (format == ReportFormat::Markdown) {
    render::rollup_markdown(rollup, ctx.lang(), out);
    for (const auto& r : reports) {
      out << '\n';
      render::report_markdown(r, ctx.lang(), out);
    }
  } else {
    render::rollup_text(rollup, ctx.lang(), ctx.width(), out);
    for (std::size_t i = 0; i < reports.size(); ++i) {
      out << "\n\n";
      render::report_text(reports[i], ctx.lang(), ctx.width(), out);
    }
  }
  ctx.emit(out.str());
  return k_exit_ok;
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
  if (ctx.organizations().size() > 1) {
    return report_organizations(ctx, options, format);
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
