// The public report as plain text wrapped to the terminal: headings underlined, lists
// with hanging indents, the totals as an aligned table. Every plan string passes
// text::printable, so control characters never reach the terminal.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "render/public_render.hpp"
#include "render/public_words.hpp"
#include "render/report_common.hpp"
#include "text/unicode.hpp"

namespace lplan::render {

namespace {

namespace w = public_words;

constexpr int k_default_width = 80;
constexpr int k_min_width = 30;

struct Writer {
  std::ostream& out;
  int width;

  /// `s` wrapped: the first line after `first`, the others after `rest` (same width).
  void wrapped(std::string_view s, const std::string& first, const std::string& rest) {
    int room = std::max(10, width - std::max(text::display_width(first), text::display_width(rest)));
    bool start = true;
    for (const auto& part : text::wrap(text::printable(s), room)) {
      out << (start ? first : rest) << part << '\n';
      start = false;
    }
  }

  void heading(std::string_view s, const char* underline) {
    out << '\n';
    wrapped(s, "", "");
    int len = std::min(width, text::display_width(text::printable(s)));
    std::string rule;
    for (int i = 0; i < len; ++i) {
      rule += underline;
    }
    out << rule << '\n';
  }

  void blank() { out << '\n'; }
};

void intro(const report::PublicReport& r, Lang lang, Writer& wr) {
  for (const auto& block : r.intro) {
    switch (block.kind) {
      case report::IntroBlock::Kind::Paragraph:
        wr.blank();
        wr.wrapped(block.text, "    ", "");
        break;
      case report::IntroBlock::Kind::Priorities:
        if (!block.announced) {
          wr.heading(w::priorities_heading(lang), "─");
        }
        wr.blank();
        for (const auto& p : r.priorities) {
          wr.wrapped(p, "  • ", "    ");
        }
        break;
      case report::IntroBlock::Kind::Tasks:
        if (!block.announced) {
          wr.heading(w::tasks_heading(lang), "─");
        }
        wr.blank();
        for (std::size_t i = 0; i < r.tasks.size(); ++i) {
          std::string number = fmt::format("{:>3}. ", i + 1);
          wr.wrapped(r.tasks[i], number, "     ");
        }
        break;
    }
  }
}

void lines(std::string_view heading, const std::vector<report::PublicItem>& items, Lang lang, Writer& wr) {
  if (items.empty()) {
    return;
  }
  wr.blank();
  wr.wrapped(heading, "  ", "  ");
  for (const auto& item : items) {
    wr.wrapped(w::item_line(item, lang), "  • ", "    ");
  }
}

void goal(const report::PublicGoal& g, Lang lang, Writer& wr) {
  wr.heading(w::goal_heading(g, lang), "─");
  if (!g.done.empty()) {
    wr.blank();
    wr.wrapped(w::done_heading(lang), "  ", "  ");
    for (const auto& item : g.done) {
      std::string line = item.id.empty() ? item.title : item.id + " " + item.title;
      if (item.done) {
        line += " (" + format_date(*item.done, lang) + ")";
      }
      wr.wrapped(line, "  • ", "    ");
      if (!item.outcome.empty()) {
        wr.wrapped(item.outcome, "    ", "    ");
      }
    }
  }
  lines(w::in_progress_heading(lang), g.in_progress, lang, wr);
  lines(w::ahead_heading(lang), g.ahead, lang, wr);
  lines(w::not_done_heading(lang), g.not_done, lang, wr);
}

void totals(const report::PublicReport& r, Lang lang, Writer& wr) {
  wr.heading(w::totals_heading(lang), "═");
  wr.blank();
  int label = 0;
  for (int row = 0; row < w::k_totals_rows; ++row) {
    label = std::max(label, text::display_width(w::totals_row(row, lang)));
  }
  std::vector<std::string> heads;
  for (const auto& d : r.directions) {
    heads.push_back(text::printable(w::direction_short(d, lang)));
  }
  heads.emplace_back(w::col_total(lang));
  int column = 6;
  for (const auto& h : heads) {
    column = std::max(column, text::display_width(h) + 2);
  }
  auto pad_left = [](const std::string& s, int width) {
    return std::string(static_cast<std::size_t>(std::max(0, width - text::display_width(s))), ' ') + s;
  };
  std::string head_line(static_cast<std::size_t>(label), ' ');
  for (const auto& h : heads) {
    head_line += pad_left(h, column);
  }
  wr.out << head_line << '\n';
  for (int row = 0; row < w::k_totals_rows; ++row) {
    std::string name(w::totals_row(row, lang));
    std::string line = name + std::string(static_cast<std::size_t>(label - text::display_width(name)), ' ');
    for (const auto& d : r.directions) {
      line += pad_left(w::totals_value(row, d.count), column);
    }
    line += pad_left(w::totals_value(row, r.total), column);
    wr.out << line << '\n';
  }
}

}  // namespace

void public_text(const report::PublicReport& r, Lang lang, std::optional<int> width, std::ostream& out) {
  Writer wr{out, std::max(k_min_width, width.value_or(k_default_width))};
  wr.wrapped(r.organization, "", "");
  wr.heading(w::title(r, lang), "═");
  wr.wrapped(w::as_of(r, lang), "", "");
  intro(r, lang, wr);
  for (const auto& d : r.directions) {
    wr.blank();
    wr.heading(w::direction_heading(d, lang), "═");
    for (const auto& g : d.goals) {
      goal(g, lang, wr);
    }
  }
  totals(r, lang, wr);
  std::string role = w::signature_role(r, lang);
  if (!role.empty()) {
    wr.blank();
    wr.blank();
    wr.wrapped(fmt::format("{}  ____________________  {}", role, r.head), "", "");
  }
}

}  // namespace lplan::render
