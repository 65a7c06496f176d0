// The workload view as text, Markdown, CSV and JSON.
#include "render/workload_render.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "render/csv.hpp"
#include "render/json_writer.hpp"
#include "render/report_common.hpp"
#include "text/unicode.hpp"

namespace lplan::render {

namespace {

constexpr int k_month_cell = 4;  ///< «лют» plus a space; numbers right-aligned

std::string pad(std::string s, int width, bool right) {
  int gap = std::max(0, width - text::display_width(s));
  std::string spaces(static_cast<std::size_t>(gap), ' ');
  return right ? spaces + s : s + spaces;
}

std::string count_cell(int n) { return n == 0 ? "·" : std::to_string(n); }

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

}  // namespace

void workload_text(const report::Workload& w, Lang lang, std::optional<int> width, std::ostream& out) {
  const ReportLabels& l = report_labels(lang);
  int act_w = text::display_width(l.activities);
  int total_w = std::max(text::display_width(l.total), 3);
  int fixed = 1 + act_w + 12 * k_month_cell + 1 + total_w;
  int natural = text::display_width(l.name);
  for (const auto& p : w.people) {
    natural = std::max(natural, text::display_width(text::printable(p.name)));
  }
  int name_w = width ? std::max(10, std::min(natural, *width - fixed)) : natural;
  auto row = [&](std::string name, std::string acts, const std::array<int, 12>* months, std::string total) {
    std::string s = pad(text::truncate_to_width(text::printable(name), name_w), name_w, false) + ' ' + pad(acts, act_w, true);
    for (int m = 1; m <= 12; ++m) {
      s += pad(months ? count_cell((*months)[static_cast<std::size_t>(m - 1)]) : std::string(month_short(m, lang)),
               k_month_cell, true);
    }
    s += ' ' + pad(total, total_w, true);
    out << s << '\n';
  };
  out << fmt::format("{} · {}\n", l.people_title, w.year);
  row(l.name, l.activities, nullptr, l.total);
  for (const auto& p : w.people) {
    row(p.name, std::to_string(p.activities), &p.deadlines, std::to_string(p.deadline_total));
  }
  row(l.total, "", &w.month_totals, std::to_string(w.deadline_total));
}

void workload_markdown(const report::Workload& w, Lang lang, std::ostream& out) {
  const ReportLabels& l = report_labels(lang);
  out << fmt::format("# {} · {}\n\n| id | {} | {} |", l.people_title, w.year, l.name, l.activities);
  for (int m = 1; m <= 12; ++m) {
    out << ' ' << month_short(m, lang) << " |";
  }
  out << fmt::format(" {} |\n|---|---|--:|", l.total);
  for (int m = 1; m <= 13; ++m) {
    out << "--:|";
  }
  out << '\n';
  for (const auto& p : w.people) {
    out << fmt::format("| {} | {} | {} |", md_cell(p.id), md_cell(p.name), p.activities);
    for (int n : p.deadlines) {
      out << ' ' << n << " |";
    }
    out << fmt::format(" {} |\n", p.deadline_total);
  }
  out << fmt::format("| | **{}** | |", l.total);
  for (int n : w.month_totals) {
    out << ' ' << n << " |";
  }
  out << fmt::format(" {} |\n", w.deadline_total);
}

void workload_csv(const report::Workload& w, Lang lang, std::ostream& out) {
  CsvWriter csv(out);
  std::vector<std::string> head = {"id", "name", "role", "activities"};
  for (int m = 1; m <= 12; ++m) {
    head.emplace_back(month_short(m, lang));
  }
  head.emplace_back("deadlines");
  csv.row(head);
  for (const auto& p : w.people) {
    // Control characters are replaced before the writer quotes and defuses the cell.
    std::vector<std::string> row = {text::printable(p.id), text::printable(p.name), text::printable(p.role),
                                    std::to_string(p.activities)};
    for (int n : p.deadlines) {
      row.push_back(std::to_string(n));
    }
    row.push_back(std::to_string(p.deadline_total));
    csv.row(row);
  }
}

void workload_json(const report::Workload& w, std::ostream& out) {
  JsonWriter j(out);
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
  j.end_object();
  j.finish();
}

}  // namespace lplan::render
