// The year report as one standalone HTML page: inline CSS, no scripts, printable;
// month bars as sized blocks and the timeline as a Gantt chart of table cells.
// Every plan string goes through html().
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "render/report_common.hpp"
#include "render/report_render.hpp"
#include "render/rollup_render.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::render {

namespace {

constexpr const char* k_style = R"(
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.35}
h1{font-size:1.5em;margin-bottom:.2em}h2{border-bottom:2px solid #3a6ea5;padding-bottom:.15em;margin-top:1.6em}
h3{color:#3a6ea5}h4{margin-bottom:.3em}.sub{color:#555}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.2em .45em;vertical-align:top}
th{background:#eef3f8;text-align:left}td.n{text-align:right}td:first-child{white-space:nowrap}
.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ccc;border-radius:6px;padding:.5em 1em}
.card b{display:block;font-size:1.6em}.card.warn b{color:#b22}
.bar{display:inline-block;height:.9em;background:#3a6ea5;vertical-align:middle}.bar.d{background:#d98b2b}
table.gantt{width:100%}table.gantt td.m{width:3.5%;padding:0}table.gantt td.on{background:#3a6ea5}table.gantt td.all{background:#a9c1dc}
table.gantt td.note{color:#666;font-style:italic}tr.late td.t{color:#b22}
.activity{break-inside:avoid;margin:.8em 0 1.2em}.outcome.missing{color:#888;font-style:italic}
@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)";

std::string html(std::string_view s) {
  std::string safe = text::printable(s);
  std::string out;
  out.reserve(safe.size());
  for (char c : safe) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string join_html(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) {
    out += (out.empty() ? "" : "; ") + html(i);
  }
  return out;
}

std::string bar(int value, int max, const char* cls) {
  int percent = max > 0 ? value * 100 / max : 0;
  return fmt::format("<span class=\"bar{}\" style=\"width:{}%\"></span>", cls, percent);
}

void summary(const report::YearReport& r, const ReportLabels& l, Lang lang, std::ostream& out) {
  out << "<div class=\"cards\">\n";
  for (std::size_t i = 0; i < r.by_status.size(); ++i) {
    out << fmt::format("<div class=\"card\"><b>{}</b>{}</div>\n", r.by_status[i], status_name(k_all_statuses[i], lang));
  }
  out << fmt::format("<div class=\"card\"><b>{}%</b>{}</div>\n", r.percent_done,
                     html(fmt::format(fmt::runtime(l.done_share), r.done, r.total - r.by_status[3], r.percent_done)));
  out << fmt::format("<div class=\"card{}\"><b>{}</b>{}</div>\n</div>\n", r.overdue > 0 ? " warn" : "", r.overdue,
                     l.overdue);
  out << fmt::format("<h2>{}</h2>\n<table>\n<tr><th></th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                     l.by_direction, l.name, l.activities, l.done, l.overdue_col);
  auto row = [&out](const std::string& label, const report::GroupCount& g, bool strong) {
    const char* b = strong ? "<b>" : "";
    const char* eb = strong ? "</b>" : "";
    out << fmt::format("<tr><td>{}{}{}</td><td>{}{}{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
                       "<td class=\"n\">{}</td></tr>\n",
                       b, html(label), eb, b, html(g.title), eb, g.activities, g.done, g.overdue);
  };
  for (const auto& s : r.sections) {
    row(group_label(l.direction, s.direction), s.direction, true);
    for (const auto& g : s.goals) {
      row(group_label(l.goal, g.goal), g.goal, false);
    }
  }
  out << "</table>\n";
  out << fmt::format("<h2>{}</h2>\n<table>\n<tr><th>{}</th><th colspan=\"2\">{}</th><th colspan=\"2\">{}</th></tr>\n",
                     l.by_month, l.month, l.scheduled, l.deadlines);
  for (const auto& m : r.months) {
    out << fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td style=\"width:14em\">{}</td><td class=\"n\">{}</td>"
                       "<td style=\"width:14em\">{}</td></tr>\n",
                       month_name(m.month, lang), m.scheduled, bar(m.scheduled, r.month_max, ""), m.deadlines,
                       bar(m.deadlines, r.month_max, " d"));
  }
  out << "</table>\n";
  out << fmt::format("<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                     l.by_responsible, l.name, l.activities, l.deadlines, l.busiest);
  for (const auto& p : r.responsible) {
    std::string busiest =
        p.busiest_month > 0 ? fmt::format("{} ({})", month_name(p.busiest_month, lang), p.busiest_count) : "—";
    out << fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
                       html(p.name), p.activities, p.deadlines, busiest);
  }
  out << "</table>\n";
}

void gantt(const report::YearReport& r, const ReportLabels& l, Lang lang, std::ostream& out) {
  out << fmt::format("<h2>{}</h2>\n<table class=\"gantt\">\n<tr><th>{}</th><th>{}</th>", l.timeline, l.id, l.title);
  for (int m = 1; m <= 12; ++m) {
    out << fmt::format("<th>{}</th>", month_short(m, lang));
  }
  out << "</tr>\n";
  for (const auto& a : r.timeline) {
    out << fmt::format("<tr{}><td>{}</td><td class=\"t\">{}</td>", a.overdue ? " class=\"late\"" : "", html(a.id),
                       html(a.title));
    switch (a.kind) {
      case report::TimelineKind::Months:
        for (int m = 1; m <= 12; ++m) {
          out << (a.months.contains(m) ? "<td class=\"m on\"></td>" : "<td class=\"m\"></td>");
        }
        break;
      case report::TimelineKind::Ongoing:
        out << fmt::format("<td class=\"m all\" colspan=\"12\" title=\"{}\"></td>", l.ongoing);
        break;
      case report::TimelineKind::Unscheduled:
        out << fmt::format("<td class=\"note\" colspan=\"12\">{}: {}</td>", l.unscheduled, html(a.when));
        break;
      case report::TimelineKind::NoWhen: out << fmt::format("<td class=\"note\" colspan=\"12\">{}</td>", l.no_when); break;
    }
    out << "</tr>\n";
  }
  out << fmt::format("</table>\n<p class=\"sub\">{}</p>\n", l.legend);
}

void activity_list(const char* heading, const std::vector<report::ActivityLine>& lines, const ReportLabels& l,
                   Lang lang, std::ostream& out) {
  out << fmt::format("<h2>{} ({})</h2>\n", heading, lines.size());
  if (lines.empty()) {
    out << fmt::format("<p>{}</p>\n", l.none);
    return;
  }
  out << "<ul>\n";
  for (const auto& a : lines) {
    std::string tail = a.deadline ? format_date(*a.deadline, lang) : a.when.empty() ? l.no_when : html(a.when);
    out << fmt::format("<li><b>{}</b> {} — {}</li>\n", html(a.id), html(a.title), tail);
  }
  out << "</ul>\n";
}

void activity_in_full(const report::ActivityDetail& a, const ReportLabels& l, Lang lang, std::ostream& out) {
  const auto& line = a.line;
  out << fmt::format("<div class=\"activity\">\n<h4>{} {}</h4>\n<table>\n", html(line.id), html(line.title));
  std::string when = line.when.empty() ? l.no_when : html(line.when);
  if (line.deadline) {
    when += fmt::format(" ({} {})", l.deadline, format_date(*line.deadline, lang));
  }
  out << fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", l.when, when);
  std::string status(status_name(line.status, lang));
  if (a.done) {
    status += fmt::format(" ({})", format_date(*a.done, lang));
  }
  if (line.overdue) {
    status += fmt::format(" — <b>{}</b>", l.overdue_col);
  }
  out << fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", l.status, status);
  out << fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", l.responsible,
                     a.responsible.empty() ? l.none : join_html(a.responsible));
  if (!a.audience.empty()) {
    out << fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", l.audience, join_html(a.audience));
  }
  if (!a.resources.empty()) {
    out << fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", l.resources, join_html(a.resources));
  }
  if (!a.details.empty()) {
    out << fmt::format("<tr><th>{}</th><td><ul>", l.details);
    for (const auto& d : a.details) {
      out << fmt::format("<li>{}</li>", html(d));
    }
    out << "</ul></td></tr>\n";
  }
  out << fmt::format("<tr><th>{}</th><td class=\"outcome{}\">{}</td></tr>\n</table>\n</div>\n", l.outcome,
                     a.outcome.empty() ? " missing" : "", a.outcome.empty() ? l.outcome_missing : html(a.outcome));
}

void document_head(const std::string& title, Lang lang, std::ostream& out) {
  out << fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
                     "<style>{}</style>\n</head>\n<body>\n",
                     lang == Lang::Uk ? "uk" : "en", html(title), k_style);
}

/// One report from its heading on, without the document around it.
void report_body(const report::YearReport& r, Lang lang, std::ostream& out) {
  const ReportLabels& l = report_labels(lang);
  const auto& h = r.header;
  std::string title = h.title.empty() ? h.organization : h.title;
  out << fmt::format("<h1>{}</h1>\n<p class=\"sub\">{}", html(title), html(h.organization));
  if (!h.short_name.empty()) {
    out << fmt::format(" ({})", html(h.short_name));
  }
  out << fmt::format(" · {} · {} {}", h.year, l.as_of, format_date(h.today, lang));
  if (!h.head.empty()) {
    out << fmt::format(" · {}: {}", l.head, html(h.head));
  }
  out << "</p>\n";
  summary(r, l, lang, out);
  gantt(r, l, lang, out);
  activity_list(l.overdue_list, r.overdue_list, l, lang, out);
  activity_list(l.unassigned_list, r.unassigned, l, lang, out);
  activity_list(l.unscheduled_list, r.unscheduled, l, lang, out);
  if (!r.priorities.empty()) {
    out << fmt::format("<h2>{}</h2>\n<ul>\n", l.priorities);
    for (const auto& p : r.priorities) {
      out << fmt::format("<li>{}</li>\n", html(p));
    }
    out << "</ul>\n";
  }
  if (!r.tasks.empty()) {
    out << fmt::format("<h2>{}</h2>\n<ol>\n", l.tasks);
    for (const auto& t : r.tasks) {
      out << fmt::format("<li>{}</li>\n", html(t));
    }
    out << "</ol>\n";
  }
  out << fmt::format("<h2>{}</h2>\n", l.activities_in_full);
  for (const auto& s : r.sections) {
    out << fmt::format("<h3>{}. {}</h3>\n", html(group_label(l.direction, s.direction)), html(s.direction.title));
    for (const auto& g : s.goals) {
      out << fmt::format("<h3>{}. {}</h3>\n", html(group_label(l.goal, g.goal)), html(g.goal.title));
      for (const auto& a : g.activities) {
        activity_in_full(a, l, lang, out);
      }
    }
  }
}

}  // namespace

void report_html(const report::YearReport& r, Lang lang, std::ostream& out) {
  const auto& h = r.header;
  document_head(h.title.empty() ? h.organization : h.title, lang, out);
  report_body(r, lang, out);
  out << "</body>\n</html>\n";
}

void reports_html(const report::Rollup& rollup, const std::vector<report::YearReport>& reports, Lang lang,
                  std::ostream& out) {
  std::string title = trnf_in(lang, "{} organization", "{} organizations", static_cast<long long>(rollup.rows.size()),
                              rollup.rows.size());
  document_head(title, lang, out);
  out << fmt::format("<h1>{}</h1>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                     html(title), html(trc_in(lang, "column", "Organization")), html(tr_in(lang, "Activities")),
                     html(tr_in(lang, "Done")), html(tr_in(lang, "Overdue")), html(tr_in(lang, "Months (Jan–Dec)")));
  auto row = [&](const report::RollupRow& r, const std::string& who, int max) {
    std::string months = month_profile(r.scheduled, max);
    out << fmt::format("<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{} ({}%)</td>"
                       "<td class=\"num\">{}</td><td>{}</td></tr>\n",
                       html(who), r.total, r.done, r.percent_done, r.overdue, months);
  };
  for (const auto& r : rollup.rows) {
    row(r, r.organization + (r.name.empty() ? "" : " (" + r.name + ")"), rollup.month_max);
  }
  row(rollup.all, std::string(tr_in(lang, "all")),
      *std::max_element(rollup.all.scheduled.begin(), rollup.all.scheduled.end()));
  out << "</table>\n";
  for (const auto& r : reports) {
    out << "<hr>\n";
    report_body(r, lang, out);
  }
  out << "</body>\n</html>\n";
}

}  // namespace lplan::render
