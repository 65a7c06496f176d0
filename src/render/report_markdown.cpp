// The year report as GitHub-flavoured Markdown: a public-report draft. Every plan
// string is escaped (`|`, and all punctuation Markdown could read as markup or HTML).
#include <string>
#include <vector>

#include <fmt/format.h>

#include "render/report_common.hpp"
#include "render/report_render.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::render {

namespace {

/// Plan text made inert: control characters replaced, markup punctuation backslash-escaped.
std::string md(std::string_view s) {
  std::string safe = text::printable(s);
  std::string out;
  out.reserve(safe.size());
  for (char c : safe) {
    if (std::string_view("\\`*_[]<>|~#!&").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

constexpr int k_bar_width = 12;  ///< block characters of the longest month bar

/// A delimiter cell of `n` dashes.
std::string dashes(int n) { return std::string(static_cast<std::size_t>(n), '-'); }

std::string join_md(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) {
    out += (out.empty() ? "" : "; ") + md(i);
  }
  return out;
}

std::string when_text(const report::ActivityLine& a, const ReportLabels& l) {
  return a.when.empty() ? std::string(l.no_when) : md(a.when);
}

void summary(const report::YearReport& r, const ReportLabels& l, Lang lang, std::ostream& out) {
  out << fmt::format("| {} | {} |\n|---|--:|\n", l.status, l.activities);
  for (std::size_t i = 0; i < r.by_status.size(); ++i) {
    out << fmt::format("| {} | {} |\n", status_name(k_all_statuses[i], lang), r.by_status[i]);
  }
  out << fmt::format("\n{} · {}: {}\n", fmt::format(fmt::runtime(l.done_share), r.done, r.total - r.by_status[3], r.percent_done),
                     l.overdue, r.overdue);
  // Dash counts are the columns' shares of the table when pandoc makes a Word document
  // of this file (docs/report.md): pandoc's tables are 14 cm wide, and each heading
  // must fit its column unbroken at 12 pt («прострочено» needs a fifth).
  out << fmt::format("\n## {}\n\n| | {} | {} | {} | {} |\n|{}|{}|{}:|{}:|{}:|\n", l.by_direction, l.name,
                     l.activities, l.done, l.overdue_col, dashes(13), dashes(33), dashes(15), dashes(17),
                     dashes(22));
  for (const auto& s : r.sections) {
    const auto& d = s.direction;
    out << fmt::format("| **{}** | **{}** | {} | {} | {} |\n", md(group_label(l.direction, d)), md(d.title),
                       d.activities, d.done, d.overdue);
    for (const auto& g : s.goals) {
      out << fmt::format("| {} | {} | {} | {} | {} |\n", md(group_label(l.goal, g.goal)), md(g.goal.title),
                         g.goal.activities, g.goal.done, g.goal.overdue);
    }
  }
  // The headings stand over the bars, so the numbers' columns can stay narrow.
  out << fmt::format("\n## {}\n\n| {} | | {} | | {} |\n|{}|{}:|{}|{}:|{}|\n", l.by_month, l.month, l.scheduled,
                     l.deadlines, dashes(16), dashes(9), dashes(32), dashes(9), dashes(32));
  for (const auto& m : r.months) {
    out << fmt::format("| {} | {} | {} | {} | {} |\n", month_name(m.month, lang), m.scheduled,
                       block_bar(m.scheduled, r.month_max, k_bar_width), m.deadlines,
                       block_bar(m.deadlines, r.month_max, k_bar_width));
  }
  out << fmt::format("\n## {}\n\n| {} | {} | {} | {} |\n|{}|{}:|{}:|{}|\n", l.by_responsible, l.name,
                     l.activities, l.deadlines, l.busiest, dashes(34), dashes(15), dashes(17), dashes(34));
  for (const auto& p : r.responsible) {
    std::string busiest =
        p.busiest_month > 0 ? fmt::format("{} ({})", month_name(p.busiest_month, lang), p.busiest_count) : "—";
    out << fmt::format("| {} | {} | {} | {} |\n", md(p.name), p.activities, p.deadlines, busiest);
  }
}

/// The timeline as one strip of twelve block characters per activity (█ scheduled,
/// ▒ all year, ░ not scheduled): three columns that GitHub and pandoc both lay out,
/// where a 14-column grid squeezes the titles to a letter per line in Word.
void timeline(const report::YearReport& r, const ReportLabels& l, Lang lang, std::ostream& out) {
  out << fmt::format("\n## {}\n\n{} · {}\n\n| {} | {} | {}–{} |\n|{}|{}|{}|\n", l.timeline, l.legend,
                     tr_in(lang, "░ not scheduled"), l.id, l.title,
                     month_short(1, lang), month_short(12, lang), dashes(9), dashes(60), dashes(31));
  for (const auto& a : r.timeline) {
    std::string strip;
    switch (a.kind) {
      case report::TimelineKind::Months:
        for (int m = 1; m <= 12; ++m) {
          strip += a.months.contains(m) ? "█" : "░";
        }
        break;
      case report::TimelineKind::Ongoing:
        for (int m = 1; m <= 12; ++m) {
          strip += "▒";
        }
        break;
      case report::TimelineKind::Unscheduled: strip = fmt::format("*{}*", l.unscheduled); break;
      case report::TimelineKind::NoWhen: strip = fmt::format("*{}*", l.no_when); break;
    }
    out << fmt::format("| {} | {} | {} |\n", md(a.id), md(a.title), strip);
  }
}

void activity_list(const char* heading, const std::vector<report::ActivityLine>& lines, const ReportLabels& l,
                   Lang lang, std::ostream& out) {
  out << fmt::format("\n## {} ({})\n\n", heading, lines.size());
  if (lines.empty()) {
    out << l.none << '\n';
    return;
  }
  for (const auto& a : lines) {
    std::string tail = a.deadline ? format_date(*a.deadline, lang) : when_text(a, l);
    out << fmt::format("- **{}** {} — {}\n", md(a.id), md(a.title), tail);
  }
}

void activity_in_full(const report::ActivityDetail& a, const ReportLabels& l, Lang lang, std::ostream& out) {
  const auto& line = a.line;
  out << fmt::format("\n##### {} {}\n\n", md(line.id), md(line.title));
  std::string when = when_text(line, l);
  if (line.deadline) {
    when += fmt::format(" ({} {})", l.deadline, format_date(*line.deadline, lang));
  }
  out << fmt::format("- **{}:** {}\n", l.when, when);
  std::string status(status_name(line.status, lang));
  if (a.done) {
    status += fmt::format(" ({})", format_date(*a.done, lang));
  }
  if (line.overdue) {
    status += fmt::format(" — **{}**", l.overdue_col);
  }
  out << fmt::format("- **{}:** {}\n", l.status, status);
  out << fmt::format("- **{}:** {}\n", l.responsible, a.responsible.empty() ? l.none : join_md(a.responsible));
  if (!a.audience.empty()) {
    out << fmt::format("- **{}:** {}\n", l.audience, join_md(a.audience));
  }
  if (!a.resources.empty()) {
    out << fmt::format("- **{}:** {}\n", l.resources, join_md(a.resources));
  }
  if (!a.details.empty()) {
    out << fmt::format("- **{}:**\n", l.details);
    for (const auto& d : a.details) {
      out << fmt::format("    - {}\n", md(d));
    }
  }
  out << fmt::format("\n**{}:** {}\n", l.outcome, a.outcome.empty() ? fmt::format("*{}*", l.outcome_missing) : md(a.outcome));
}

}  // namespace

void report_markdown(const report::YearReport& r, Lang lang, std::ostream& out) {
  const ReportLabels& l = report_labels(lang);
  const auto& h = r.header;
  out << fmt::format("# {}\n\n", md(h.title.empty() ? h.organization : h.title));
  out << fmt::format("**{}**", md(h.organization));
  if (!h.short_name.empty()) {
    out << fmt::format(" ({})", md(h.short_name));
  }
  out << fmt::format(" · {} · {} {}\n", h.year, l.as_of, format_date(h.today, lang));
  if (!h.head.empty()) {
    out << fmt::format("\n{}: {}\n", l.head, md(h.head));
  }
  if (!r.priorities.empty()) {
    out << fmt::format("\n## {}\n\n", l.priorities);
    for (const auto& p : r.priorities) {
      out << fmt::format("- {}\n", md(p));
    }
  }
  if (!r.tasks.empty()) {
    out << fmt::format("\n## {}\n\n", l.tasks);
    for (std::size_t i = 0; i < r.tasks.size(); ++i) {
      out << fmt::format("{}. {}\n", i + 1, md(r.tasks[i]));
    }
  }
  out << fmt::format("\n## {}\n\n", l.statuses);
  summary(r, l, lang, out);
  timeline(r, l, lang, out);
  activity_list(l.overdue_list, r.overdue_list, l, lang, out);
  activity_list(l.unassigned_list, r.unassigned, l, lang, out);
  activity_list(l.unscheduled_list, r.unscheduled, l, lang, out);
  out << fmt::format("\n## {}\n", l.activities_in_full);
  for (const auto& s : r.sections) {
    out << fmt::format("\n### {}. {}\n", md(group_label(l.direction, s.direction)), md(s.direction.title));
    for (const auto& g : s.goals) {
      out << fmt::format("\n#### {}. {}\n", md(group_label(l.goal, g.goal)), md(g.goal.title));
      for (const auto& a : g.activities) {
        activity_in_full(a, l, lang, out);
      }
    }
  }
}

}  // namespace lplan::render
