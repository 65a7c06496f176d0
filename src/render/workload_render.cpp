// The workload view as text, Markdown, CSV and JSON.
#include "render/workload_render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "render/csv.hpp"
#include "render/json_writer.hpp"
#include "render/report_common.hpp"
#include "render/table.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::render {

namespace {

std::string count_cell(int n) {
  return n == 0 ? "·" : std::to_string(n);
}

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : text::printable(s)) {
    if (std::string_view("\\`*_[]<>|~#!&").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string legend(Lang lang) {
  return std::string(
      tr_in(lang,
            "Months: the activities scheduled in the month (an ongoing one counts in every month, one "
            "every two months in six). Deadlines: the activities whose deadline falls in the year. "
            "\"In the plan\" counts each activity of the plan once, whoever is responsible."));
}

}  // namespace

void workload_text(const report::Workload& w, Lang lang, std::optional<int> width, bool wrap,
                   std::ostream& out) {
  const ReportLabels& l = report_labels(lang);
  std::vector<Column> columns = {Column{l.name, Align::Left, true, 1, 10},
                                 Column{l.activities, Align::Right, false}};
  for (int m = 1; m <= 12; ++m) {
    columns.push_back(Column{std::string(month_short(m, lang)), Align::Right, false});
  }
  columns.push_back(Column{std::string(trc_in(lang, "column", "deadlines")), Align::Right, false});
  Table table(std::move(columns), " ");
  auto row = [&](const std::string& name, int activities, const std::array<int, 12>& months, int deadlines) {
    std::vector<std::string> cells = {name, std::to_string(activities)};
    for (int n : months) {
      cells.push_back(count_cell(n));
    }
    cells.push_back(std::to_string(deadlines));
    table.add_row(std::move(cells));
  };
  for (const auto& p : w.people) {
    row(p.name, p.activities, p.scheduled, p.deadline_total);
  }
  row(std::string(tr_in(lang, "in the plan")), w.plan_activities, w.plan_scheduled, w.plan_deadlines);
  out << trf_in(lang, "Workload: activities scheduled per month · {}", w.year) << "\n\n";
  table.render(out, width, {}, wrap ? Overflow::Wrap : Overflow::Cut);
  out << '\n';
  for (const auto& line : text::wrap(legend(lang), width.value_or(1 << 20))) {
    out << line << '\n';
  }
}

void workload_markdown(const report::Workload& w, Lang lang, std::ostream& out) {
  const ReportLabels& l = report_labels(lang);
  out << "# " << md_cell(trf_in(lang, "Workload: activities scheduled per month · {}", w.year))
      << fmt::format("\n\n| id | {} | {} |", l.name, l.activities);
  for (int m = 1; m <= 12; ++m) {
    out << ' ' << month_short(m, lang) << " |";
  }
  out << fmt::format(" {} |\n|---|---|--:|", trc_in(lang, "column", "deadlines"));
  for (int m = 1; m <= 13; ++m) {
    out << "--:|";
  }
  out << '\n';
  for (const auto& p : w.people) {
    out << fmt::format("| {} | {} | {} |", md_cell(p.id), md_cell(p.name), p.activities);
    for (int n : p.scheduled) {
      out << ' ' << n << " |";
    }
    out << fmt::format(" {} |\n", p.deadline_total);
  }
  out << fmt::format("| | **{}** | {} |", md_cell(tr_in(lang, "in the plan")), w.plan_activities);
  for (int n : w.plan_scheduled) {
    out << ' ' << n << " |";
  }
  out << fmt::format(" {} |\n\n{}\n", w.plan_deadlines, md_cell(legend(lang)));
}

void workload_csv(const report::Workload& w, Lang lang, std::ostream& out) {
  workload_csv_organizations({&w}, {}, lang, out);
}

void workload_csv_organizations(const std::vector<const report::Workload*>& views,
                                const std::vector<std::string>& organizations, Lang lang, std::ostream& out) {
  CsvWriter csv(out);
  bool several = !organizations.empty();
  std::vector<std::string> head = {"id", "name", "role", "activities"};
  if (several) {
    head.insert(head.begin(), "organization");
  }
  for (int m = 1; m <= 12; ++m) {
    head.emplace_back(month_short(m, lang));
  }
  head.emplace_back("deadlines");
  csv.row(head);
  for (std::size_t i = 0; i < views.size(); ++i) {
    for (const auto& p : views[i]->people) {
      // Control characters are replaced before the writer quotes and defuses the cell.
      std::vector<std::string> row = {text::printable(p.id), text::printable(p.name), text::printable(p.role),
                                      std::to_string(p.activities)};
      if (several) {
        row.insert(row.begin(), text::printable(organizations[i]));
      }
      for (int n : p.scheduled) {
        row.push_back(std::to_string(n));
      }
      row.push_back(std::to_string(p.deadline_total));
      csv.row(row);
    }
  }
}

void workload_json(const report::Workload& w, std::ostream& out) {
  JsonWriter j(out);
  workload_json_object(j, w);
  j.finish();
}

void workload_json_object(JsonWriter& j, const report::Workload& w) {
  j.begin_object();
  j.field("year", w.year);
  j.field("organization", w.organization);
  j.key("people");
  j.begin_array();
  for (const auto& p : w.people) {
    j.begin_object();
    j.field("id", p.id);
    j.field("name", p.name);
    j.field("role", p.role);
    j.field("kind", p.kind == PersonKind::Body ? "body" : "person");
    j.field("activities", p.activities);
    j.key("scheduled");
    j.begin_array();
    for (int n : p.scheduled) {
      j.value(n);
    }
    j.end_array();
    j.key("deadlines");
    j.begin_array();
    for (int n : p.deadlines) {
      j.value(n);
    }
    j.end_array();
    j.field("deadline_total", p.deadline_total);
    j.end_object();
  }
  j.end_array();
  j.key("month_totals");
  j.begin_array();
  for (int n : w.month_totals) {
    j.value(n);
  }
  j.end_array();
  j.field("deadline_total", w.deadline_total);
  j.field("plan_activities", w.plan_activities);
  j.key("plan_scheduled");
  j.begin_array();
  for (int n : w.plan_scheduled) {
    j.value(n);
  }
  j.end_array();
  j.field("plan_deadlines", w.plan_deadlines);
  j.end_object();
}

}  // namespace lplan::render
