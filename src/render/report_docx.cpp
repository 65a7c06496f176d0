// The year report as a Word document: A4 portrait with real heading and table
// styles, every table's columns sized to the page, and the timeline in a landscape
// section of its own (a narrow 12-month grid beside full-width titles).
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "render/docx_document.hpp"
#include "render/report_common.hpp"
#include "render/report_render.hpp"
#include "render/rollup_render.hpp"
#include "text/i18n.hpp"

namespace lplan::render {

namespace {

using docx::Align;
using docx::Cell;
using docx::Style;

constexpr const char* k_scheduled_fill = "3A6EA5";
constexpr const char* k_ongoing_fill = "A9C1DC";
constexpr const char* k_deadline_color = "D98B2B";
constexpr const char* k_late_color = "B22222";
constexpr int k_bar_width = 16;  ///< block characters of the longest month bar

std::string when_text(const report::ActivityLine& a, const ReportLabels& l) {
  return a.when.empty() ? std::string(l.no_when) : a.when;
}

Cell number(int n, bool bold = false) {
  return docx::cell(std::to_string(n), bold);
}

Cell bar(int value, int max, const char* color) {
  Cell c = docx::cell(block_bar(value, max, k_bar_width));
  c.paragraphs.front().runs.front().color = color;
  c.paragraphs.front().runs.front().half_points = 16;
  return c;
}

void summary(const report::YearReport& r, const ReportLabels& l, Lang lang, docx::Document& doc) {
  doc.add(docx::para(Style::Heading1, l.statuses));
  docx::Table statuses;
  statuses.columns = {{70, Align::Left}, {30, Align::Right}};
  statuses.width_percent = 50;
  statuses.rows.push_back({docx::cell(l.status), docx::cell(l.activities)});
  for (std::size_t i = 0; i < r.by_status.size(); ++i) {
    statuses.rows.push_back(
        {docx::cell(std::string(status_name(k_all_statuses[i], lang))), number(r.by_status[i])});
  }
  doc.add(statuses);
  doc.add(docx::para(Style::Normal, fmt::format("{} · {}: {}",
                                                fmt::format(fmt::runtime(l.done_share), r.done,
                                                            r.total - r.by_status[3], r.percent_done),
                                                l.overdue, r.overdue)));

  doc.add(docx::para(Style::Heading1, l.by_direction));
  docx::Table groups;
  // The numbers' columns as wide as their headings («прострочено», bold 10 pt) need even
  // where LibreOffice shows Times New Roman with the wider DejaVu Serif.
  groups.columns = {
      {10, Align::Left}, {36, Align::Left}, {18, Align::Right}, {18, Align::Right}, {18, Align::Right}};
  groups.rows.push_back({docx::cell(""), docx::cell(l.name), docx::cell(l.activities), docx::cell(l.done),
                         docx::cell(l.overdue_col)});
  auto row = [&](const std::string& label, const report::GroupCount& g, bool strong) {
    groups.rows.push_back({docx::cell(label, strong), docx::cell(g.title, strong),
                           number(g.activities, strong), number(g.done, strong), number(g.overdue, strong)});
  };
  for (const auto& s : r.sections) {
    row(group_label(l.direction, s.direction), s.direction, true);
    for (const auto& g : s.goals) {
      row(group_label(l.goal, g.goal), g.goal, false);
    }
  }
  doc.add(groups);

  doc.add(docx::para(Style::Heading1, l.by_month));
  docx::Table months;
  months.columns = {
      {16, Align::Left}, {12, Align::Right}, {30, Align::Left}, {12, Align::Right}, {30, Align::Left}};
  Cell scheduled = docx::cell(l.scheduled);
  scheduled.span = 2;
  scheduled.paragraphs.front().align = Align::Left;
  Cell deadlines = docx::cell(l.deadlines);
  deadlines.span = 2;
  deadlines.paragraphs.front().align = Align::Left;
  months.rows.push_back({docx::cell(l.month), scheduled, deadlines});
  for (const auto& m : r.months) {
    months.rows.push_back({docx::cell(std::string(month_name(m.month, lang))), number(m.scheduled),
                           bar(m.scheduled, r.month_max, k_scheduled_fill), number(m.deadlines),
                           bar(m.deadlines, r.month_max, k_deadline_color)});
  }
  doc.add(months);

  doc.add(docx::para(Style::Heading1, l.by_responsible));
  docx::Table people;
  people.columns = {{42, Align::Left}, {14, Align::Right}, {14, Align::Right}, {30, Align::Left}};
  people.rows.push_back(
      {docx::cell(l.name), docx::cell(l.activities), docx::cell(l.deadlines), docx::cell(l.busiest)});
  for (const auto& p : r.responsible) {
    std::string busiest = p.busiest_month > 0
                              ? fmt::format("{} ({})", month_name(p.busiest_month, lang), p.busiest_count)
                              : "—";
    people.rows.push_back(
        {docx::cell(p.name), number(p.activities), number(p.deadlines), docx::cell(busiest)});
  }
  doc.add(people);
}

/// A cell's text at `half_points`.
Cell small(Cell c, int half_points) {
  for (auto& p : c.paragraphs) {
    for (auto& r : p.runs) {
      r.half_points = half_points;
    }
  }
  return c;
}

/// The legend with its two marks drawn in the colours of the grid.
docx::Paragraph legend(std::string_view text) {
  docx::Paragraph p;
  p.style = Style::Note;
  std::string plain;
  auto flush = [&] {
    if (!plain.empty()) {
      p.runs.push_back(docx::run(plain));
      plain.clear();
    }
  };
  for (std::size_t i = 0; i < text.size();) {
    std::string_view rest = text.substr(i);
    const char* fill = rest.starts_with("█")   ? k_scheduled_fill
                       : rest.starts_with("▒") ? k_ongoing_fill
                                               : nullptr;
    if (fill != nullptr) {
      flush();
      docx::Run mark = docx::run("█");
      mark.color = fill;
      mark.italic = false;
      p.runs.push_back(mark);
      i += std::string_view("█").size();
      continue;
    }
    plain += text[i++];
  }
  flush();
  return p;
}

/// The timeline on landscape pages: id, title, then twelve narrow month cells.
void timeline(const report::YearReport& r, const ReportLabels& l, Lang lang, docx::Document& doc) {
  doc.new_section(docx::Orientation::Landscape);
  doc.add(docx::para(Style::Heading1, l.timeline));
  doc.add(legend(l.legend));
  // 14570 twips of landscape text: the id 1.2 cm, the title 13.7 cm, each month 0.9 cm
  // (its three-letter name fits at 7 pt, bold, in Times New Roman or DejaVu Serif).
  docx::Table grid;
  grid.columns = {{12, Align::Left}, {136, Align::Left}};
  std::vector<Cell> header{docx::cell(l.id), docx::cell(l.title)};
  for (int m = 1; m <= 12; ++m) {
    grid.columns.push_back({9, Align::Center});
    header.push_back(small(docx::cell(std::string(month_short(m, lang))), 14));
  }
  grid.rows.push_back(header);
  for (const auto& a : r.timeline) {
    Cell title = small(docx::cell(a.title), 18);
    if (a.overdue) {
      title.paragraphs.front().runs.front().color = k_late_color;
    }
    std::vector<Cell> row{small(docx::cell(a.id), 18), title};
    switch (a.kind) {
      case report::TimelineKind::Months:
        for (int m = 1; m <= 12; ++m) {
          Cell c;
          if (a.months.contains(m)) {
            c.fill = k_scheduled_fill;
          }
          row.push_back(c);
        }
        break;
      case report::TimelineKind::Ongoing: {
        Cell band;
        band.span = 12;
        band.fill = k_ongoing_fill;
        row.push_back(band);
        break;
      }
      case report::TimelineKind::Unscheduled:
      case report::TimelineKind::NoWhen: {
        std::string note = a.kind == report::TimelineKind::NoWhen
                               ? std::string(l.no_when)
                               : fmt::format("{}: {}", l.unscheduled, a.when);
        Cell c = small(docx::cell(note), 18);
        c.paragraphs.front().runs.front().italic = true;
        c.span = 12;
        row.push_back(c);
        break;
      }
    }
    grid.rows.push_back(row);
  }
  doc.add(grid);
  doc.new_section(docx::Orientation::Portrait);
}

void activity_list(const char* heading, const std::vector<report::ActivityLine>& lines, const ReportLabels& l,
                   Lang lang, docx::Document& doc) {
  doc.add(docx::para(Style::Heading1, fmt::format("{} ({})", heading, lines.size())));
  if (lines.empty()) {
    doc.add(docx::para(Style::Normal, l.none));
    return;
  }
  for (const auto& a : lines) {
    std::string tail = a.deadline ? format_date(*a.deadline, lang) : when_text(a, l);
    docx::Paragraph p;
    p.style = Style::ListBullet;
    p.runs = {docx::run(a.id, true), docx::run(fmt::format(" {} — {}", a.title, tail))};
    doc.add(p);
  }
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) {
    out += (out.empty() ? "" : "; ") + i;
  }
  return out;
}

void activity_in_full(const report::ActivityDetail& a, const ReportLabels& l, Lang lang,
                      docx::Document& doc) {
  const auto& line = a.line;
  doc.add(docx::para(Style::Caption, fmt::format("{} {}", line.id, line.title)));
  docx::Table t;
  t.columns = {{24, Align::Left}, {76, Align::Left}};
  t.header_rows = 0;
  auto field = [&t](const char* label, Cell value) {
    t.rows.push_back({docx::cell(label, true), std::move(value)});
  };
  std::string when = when_text(line, l);
  if (line.deadline) {
    when += fmt::format(" ({} {})", l.deadline, format_date(*line.deadline, lang));
  }
  field(l.when, docx::cell(when));
  std::string status(status_name(line.status, lang));
  if (a.done) {
    status += fmt::format(" ({})", format_date(*a.done, lang));
  }
  Cell status_cell = docx::cell(status);
  if (line.overdue) {
    status_cell.paragraphs.front().runs.push_back(
        {fmt::format(" — {}", l.overdue_col), true, false, k_late_color, 0});
  }
  field(l.status, status_cell);
  field(l.responsible, docx::cell(a.responsible.empty() ? std::string(l.none) : joined(a.responsible)));
  if (!a.audience.empty()) {
    field(l.audience, docx::cell(joined(a.audience)));
  }
  if (!a.resources.empty()) {
    field(l.resources, docx::cell(joined(a.resources)));
  }
  if (!a.details.empty()) {
    Cell details;
    for (const auto& d : a.details) {
      details.paragraphs.push_back(docx::para(Style::TableText, "– " + d));
    }
    field(l.details, details);
  }
  Cell outcome = docx::cell(a.outcome.empty() ? std::string(l.outcome_missing) : a.outcome);
  outcome.paragraphs.front().runs.front().italic = a.outcome.empty();
  field(l.outcome, outcome);
  doc.add(t);
}

/// One report, from its title on, into `doc`.
void add_report(const report::YearReport& r, Lang lang, docx::Document& doc) {
  const ReportLabels& l = report_labels(lang);
  const auto& h = r.header;
  std::string title = h.title.empty() ? h.organization : h.title;
  doc.add(docx::para(Style::Title, title));
  std::string sub = h.organization;
  if (!h.short_name.empty()) {
    sub += fmt::format(" ({})", h.short_name);
  }
  doc.add(docx::para(Style::Subtitle,
                     fmt::format("{} · {} · {} {}", sub, h.year, l.as_of, format_date(h.today, lang))));
  if (!h.head.empty()) {
    doc.add(docx::para(Style::Subtitle, fmt::format("{}: {}", l.head, h.head)));
  }
  summary(r, l, lang, doc);
  timeline(r, l, lang, doc);
  activity_list(l.overdue_list, r.overdue_list, l, lang, doc);
  activity_list(l.unassigned_list, r.unassigned, l, lang, doc);
  activity_list(l.unscheduled_list, r.unscheduled, l, lang, doc);
  if (!r.priorities.empty()) {
    doc.add(docx::para(Style::Heading1, l.priorities));
    for (const auto& p : r.priorities) {
      doc.add(docx::para(Style::ListBullet, p));
    }
  }
  if (!r.tasks.empty()) {
    doc.add(docx::para(Style::Heading1, l.tasks));
    int list = doc.new_numbered_list();
    for (const auto& t : r.tasks) {
      docx::Paragraph p = docx::para(Style::ListNumber, t);
      p.list = list;
      doc.add(p);
    }
  }
  doc.add(docx::para(Style::Heading1, l.activities_in_full));
  for (const auto& s : r.sections) {
    doc.add(docx::para(Style::Heading2,
                       fmt::format("{}. {}", group_label(l.direction, s.direction), s.direction.title)));
    for (const auto& g : s.goals) {
      doc.add(docx::para(Style::Heading3, fmt::format("{}. {}", group_label(l.goal, g.goal), g.goal.title)));
      for (const auto& a : g.activities) {
        activity_in_full(a, l, lang, doc);
      }
    }
  }
}

}  // namespace

std::string report_docx(const report::YearReport& r, Lang lang) {
  const auto& h = r.header;
  docx::Document doc(lang);
  add_report(r, lang, doc);
  return doc.package({h.title.empty() ? h.organization : h.title, h.organization, h.today});
}

std::string reports_docx(const report::Rollup& rollup, const std::vector<report::YearReport>& reports, Lang lang) {
  std::string title = trnf_in(lang, "{} organization", "{} organizations", static_cast<long long>(rollup.rows.size()),
                              rollup.rows.size());
  docx::Document doc(lang);
  doc.add(docx::para(Style::Title, title));
  docx::Table t;
  t.columns = {{26, Align::Left}, {12, Align::Right}, {13, Align::Right}, {16, Align::Right}, {33, Align::Left}};
  t.rows.push_back({docx::cell(std::string(trc_in(lang, "column", "Organization"))),
                    docx::cell(std::string(tr_in(lang, "Activities"))), docx::cell(std::string(tr_in(lang, "Done"))),
                    docx::cell(std::string(tr_in(lang, "Overdue"))),
                    docx::cell(std::string(tr_in(lang, "Months (Jan–Dec)")))});
  auto row = [&](const report::RollupRow& r, const std::string& who, int max, bool strong) {
    t.rows.push_back({docx::cell(who, strong), number(r.total, strong),
                      docx::cell(fmt::format("{} ({}%)", r.done, r.percent_done), strong), number(r.overdue, strong),
                      docx::cell(month_profile(r.scheduled, max), strong)});
  };
  for (const auto& r : rollup.rows) {
    row(r, r.organization + (r.name.empty() ? "" : " (" + r.name + ")"), rollup.month_max, false);
  }
  row(rollup.all, std::string(tr_in(lang, "all")),
      *std::max_element(rollup.all.scheduled.begin(), rollup.all.scheduled.end()), true);
  doc.add(t);
  for (const auto& r : reports) {
    doc.new_section(docx::Orientation::Portrait);
    add_report(r, lang, doc);
  }
  return doc.package({title, title, rollup.today});
}

}  // namespace lplan::render
