// The public report as Markdown: GitHub reads it, and `pandoc report.md -o report.docx`
// makes a Word document of it — every table's columns get their share of the page
// through the dashes of its delimiter row. Plan text is escaped everywhere.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "render/markdown.hpp"
#include "render/public_render.hpp"
#include "render/public_words.hpp"
#include "render/report_common.hpp"

namespace lplan::render {

namespace {

namespace w = public_words;

/// Inline plan text: Markdown punctuation escaped (also `&` and `!`, which GitHub
/// would read as an entity or an image).
std::string md(std::string_view s) {
  std::string out;
  for (char c : md_inline(s)) {
    if (c == '&' || c == '!') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

/// A paragraph of plan text: also a leading «2020.», «-» or «+» escaped, so that
/// Markdown does not start a list.
std::string md_paragraph(std::string_view s) {
  std::string out = md(s);
  std::size_t digits = out.find_first_not_of("0123456789");
  if (digits != std::string::npos && digits > 0 && (out[digits] == '.' || out[digits] == ')')) {
    out.insert(digits, "\\");
  } else if (!out.empty() && (out[0] == '-' || out[0] == '+')) {
    out.insert(0, "\\");
  }
  return out;
}

void intro(const report::PublicReport& r, Lang lang, std::ostream& out) {
  for (const auto& block : r.intro) {
    switch (block.kind) {
      case report::IntroBlock::Kind::Paragraph:
        out << md_paragraph(block.text) << "\n\n";
        break;
      case report::IntroBlock::Kind::Priorities:
        if (!block.announced) {
          out << fmt::format("## {}\n\n", w::priorities_heading(lang));
        }
        for (const auto& p : r.priorities) {
          out << "- " << md(p) << '\n';
        }
        out << '\n';
        break;
      case report::IntroBlock::Kind::Tasks:
        if (!block.announced) {
          out << fmt::format("## {}\n\n", w::tasks_heading(lang));
        }
        for (std::size_t i = 0; i < r.tasks.size(); ++i) {
          out << fmt::format("{}. {}\n", i + 1, md(r.tasks[i]));
        }
        out << '\n';
        break;
    }
  }
}

void lines(std::string_view heading, const std::vector<report::PublicItem>& items, Lang lang,
           std::ostream& out) {
  if (items.empty()) {
    return;
  }
  out << fmt::format("#### {}\n\n", heading);
  for (const auto& item : items) {
    out << "- " << md(w::item_line(item, lang)) << '\n';
  }
  out << '\n';
}

void goal(const report::PublicGoal& g, Lang lang, std::ostream& out) {
  out << fmt::format("### {}\n\n", md(w::goal_heading(g, lang)));
  if (!g.done.empty()) {
    out << fmt::format("#### {}\n\n", w::done_heading(lang));
    MdTable table({std::string(w::col_number(lang)), std::string(w::col_activity(lang)),
                   std::string(w::col_done_on(lang)), std::string(w::col_outcome(lang))});
    table.set_widths({8, 33, 21, 38});  // a date fits unbroken in pandoc's 14 cm table
    for (const auto& item : g.done) {
      table.add_row(
          {item.id, item.title, item.done ? format_date(*item.done, lang) : std::string(), item.outcome});
    }
    table.render(out);
    out << '\n';
  }
  lines(w::in_progress_heading(lang), g.in_progress, lang, out);
  lines(w::ahead_heading(lang), g.ahead, lang, out);
  lines(w::not_done_heading(lang), g.not_done, lang, out);
}

void totals(const report::PublicReport& r, Lang lang, std::ostream& out) {
  out << fmt::format("## {}\n\n", w::totals_heading(lang));
  std::vector<std::string> headers{""};
  std::vector<MdAlign> align{MdAlign::Left};
  std::vector<int> dashes{40};
  for (const auto& d : r.directions) {
    headers.push_back(w::direction_short(d, lang));
    align.push_back(MdAlign::Right);
    dashes.push_back(12);
  }
  headers.emplace_back(w::col_total(lang));
  align.push_back(MdAlign::Right);
  dashes.push_back(12);
  MdTable table(headers, align);
  table.set_widths(dashes);
  for (int row = 0; row < w::k_totals_rows; ++row) {
    std::vector<std::string> cells{std::string(w::totals_row(row, lang))};
    for (const auto& d : r.directions) {
      cells.push_back(w::totals_value(row, d.count));
    }
    cells.push_back(w::totals_value(row, r.total));
    table.add_row(cells);
  }
  table.render(out);
  out << '\n';
}

}  // namespace

void public_markdown(const report::PublicReport& r, Lang lang, std::ostream& out) {
  out << fmt::format("# {}\n\n", md(w::title(r, lang)));
  out << fmt::format("**{}**  \n{}\n\n", md(r.organization), w::as_of(r, lang));
  intro(r, lang, out);
  for (const auto& d : r.directions) {
    out << fmt::format("## {}\n\n", md(w::direction_heading(d, lang)));
    for (const auto& g : d.goals) {
      goal(g, lang, out);
    }
  }
  totals(r, lang, out);
  std::string role = w::signature_role(r, lang);
  if (!role.empty()) {
    out << fmt::format("**{}** \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ {}\n", md(role), md(r.head));
  }
}

}  // namespace lplan::render
