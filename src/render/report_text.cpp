// The year report as terminal text: aligned columns measured in display width,
// titles cut with «…» to the width, bars and the timeline in block characters.
// Every plan string passes text::printable so control characters never reach the terminal.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "render/report_common.hpp"
#include "render/report_render.hpp"
#include "text/unicode.hpp"

namespace lplan::render {

namespace {

constexpr int k_layout_width = 80;  ///< used for bars when output is not a terminal
constexpr int k_min_title = 12;

/// `s` made safe, cut to `width` columns (when `cut`), and padded to `width`.
std::string fit(std::string_view s, int width, bool right = false, bool cut = true) {
  std::string safe = text::printable(s);
  if (cut) {
    safe = text::truncate_to_width(safe, width);
  }
  int pad = std::max(0, width - text::display_width(safe));
  return right ? std::string(static_cast<std::size_t>(pad), ' ') + safe
               : safe + std::string(static_cast<std::size_t>(pad), ' ');
}

/// Trailing spaces are never printed.
void line(std::ostream& out, std::string s) {
  while (!s.empty() && s.back() == ' ') {
    s.pop_back();
  }
  out << s << '\n';
}

struct Layout {
  int width;  ///< the width everything is laid out for
  bool cut;   ///< whether long cells are cut
};

int title_width(const Layout& layout, int fixed, int natural) {
  return layout.cut ? std::max(k_min_title, layout.width - fixed) : std::max(natural, k_min_title);
}

void header(const report::YearReport& r, const ReportLabels& l, Lang lang, const Layout& layout,
            std::ostream& out) {
  const auto& h = r.header;
  std::string first = fmt::format("{} · {} · {} {}", h.short_name.empty() ? h.organization : h.short_name, h.year,
                                  l.as_of, format_date(h.today, lang));
  line(out, fit(first, layout.width, false, layout.cut));
  if (!h.short_name.empty()) {
    line(out, fit(h.organization, layout.width, false, layout.cut));
  }
  for (const auto& part : text::wrap(text::printable(h.title), layout.cut ? layout.width : 1 << 20)) {
    line(out, part);
  }
  out << '\n';
  // «Статуси: заплановано 31 · …», packed into lines of the width, never splitting a pair.
  std::string statuses = fmt::format("{}:", l.statuses);
  for (std::size_t i = 0; i < r.by_status.size(); ++i) {
    std::string item = fmt::format("{} {}", status_name(k_all_statuses[i], lang), r.by_status[i]);
    std::string joined = statuses + (i == 0 ? " " : " · ") + item;
    if (layout.cut && i > 0 && text::display_width(joined) > layout.width) {
      line(out, statuses + " ·");
      statuses = "  " + item;
    } else {
      statuses = std::move(joined);
    }
  }
  line(out, statuses);
  int counted = r.total - r.by_status[3];
  line(out, fmt::format(fmt::runtime(l.done_share), r.done, counted, r.percent_done) +
                fmt::format(" · {}: {}", l.overdue, r.overdue));
}

void groups(const report::YearReport& r, const ReportLabels& l, const Layout& layout, std::ostream& out) {
  int c1 = text::display_width(l.activities), c2 = text::display_width(l.done), c3 = text::display_width(l.overdue_col);
  int label_w = 0, natural = 0;
  for (const auto& d : r.directions) {
    label_w = std::max(label_w, text::display_width(group_label(l.direction, d)));
    natural = std::max(natural, text::display_width(d.title));
  }
  for (const auto& g : r.goals) {
    label_w = std::max(label_w, 2 + text::display_width(group_label(l.goal, g)));
    natural = std::max(natural, text::display_width(g.title));
  }
  int title_w = title_width(layout, label_w + 1 + c1 + c2 + c3 + 4, natural);
  out << '\n';
  line(out, fmt::format("{} {} {} {} {}", fit(l.by_direction, label_w + 1 + title_w), fit(l.activities, c1, true),
                        fit(l.done, c2, true), fit(l.overdue_col, c3, true), ""));
  auto row = [&](const std::string& label, const report::GroupCount& g) {
    line(out, fmt::format("{} {} {} {} {}", fit(label, label_w, false, false), fit(g.title, title_w, false, layout.cut),
                          fit(std::to_string(g.activities), c1, true), fit(std::to_string(g.done), c2, true),
                          fit(std::to_string(g.overdue), c3, true)));
  };
  for (const auto& section : r.sections) {
    row(group_label(l.direction, section.direction), section.direction);
    for (const auto& goal : section.goals) {
      row("  " + group_label(l.goal, goal.goal), goal.goal);
    }
  }
}

void months(const report::YearReport& r, const ReportLabels& l, Lang lang, const Layout& layout, std::ostream& out) {
  int month_w = 0;
  for (int m = 1; m <= 12; ++m) {
    month_w = std::max(month_w, text::display_width(month_name(m, lang)));
  }
  int num_w = std::max(2, static_cast<int>(std::to_string(r.month_max).size()));
  int bar_w = std::max(4, (layout.width - month_w - 2 * (num_w + 2) - 1) / 2);
  out << '\n';
  line(out, l.by_month);
  line(out, fmt::format("{} {} {}", fit(l.month, month_w), fit(l.scheduled, num_w + 1 + bar_w, false, false),
                        l.deadlines));
  for (const auto& m : r.months) {
    line(out, fmt::format("{} {} {} {} {}", fit(month_name(m.month, lang), month_w),
                          fit(std::to_string(m.scheduled), num_w, true),
                          fit(block_bar(m.scheduled, r.month_max, bar_w), bar_w),
                          fit(std::to_string(m.deadlines), num_w, true), block_bar(m.deadlines, r.month_max, bar_w)));
  }
}

void responsible(const report::YearReport& r, const ReportLabels& l, Lang lang, const Layout& layout,
                 std::ostream& out) {
  int c1 = text::display_width(l.activities), c2 = text::display_width(l.deadlines);
  int busiest_w = text::display_width(l.busiest);
  int natural = text::display_width(l.by_responsible);
  for (const auto& p : r.responsible) {
    natural = std::max(natural, text::display_width(p.name));
  }
  int name_w = title_width(layout, c1 + c2 + busiest_w + 3, natural);
  out << '\n';
  line(out, fmt::format("{} {} {} {}", fit(l.by_responsible, name_w), fit(l.activities, c1, true),
                        fit(l.deadlines, c2, true), l.busiest));
  for (const auto& p : r.responsible) {
    std::string busiest =
        p.busiest_month > 0 ? fmt::format("{} ({})", month_name(p.busiest_month, lang), p.busiest_count) : "—";
    line(out, fmt::format("{} {} {} {}", fit(p.name, name_w, false, layout.cut),
                          fit(std::to_string(p.activities), c1, true), fit(std::to_string(p.deadlines), c2, true),
                          busiest));
  }
}

int id_width(const std::vector<report::ActivityLine>& lines, const ReportLabels& l) {
  int w = text::display_width(l.id);
  for (const auto& a : lines) {
    w = std::max(w, text::display_width(text::printable(a.id)));
  }
  return w;
}

void timeline(const report::YearReport& r, const ReportLabels& l, const Layout& layout, std::ostream& out) {
  int id_w = id_width(r.timeline, l);
  int natural = 0;
  for (const auto& a : r.timeline) {
    natural = std::max(natural, text::display_width(text::printable(a.title)));
  }
  int title_w = title_width(layout, id_w + 2 + 36, natural);
  out << '\n';
  line(out, fmt::format("{} {}", fit(l.timeline, id_w + 1 + title_w), l.legend));
  std::string head = fmt::format("{} {} ", fit(l.id, id_w), fit(l.title, title_w));
  for (int m = 1; m <= 12; ++m) {
    head += fmt::format("{:>3}", m);
  }
  line(out, head);
  for (const auto& a : r.timeline) {
    std::string grid;
    switch (a.kind) {
      case report::TimelineKind::Months:
        for (int m = 1; m <= 12; ++m) {
          grid += a.months.contains(m) ? "███" : "   ";
        }
        break;
      case report::TimelineKind::Ongoing:
        for (int m = 1; m <= 12; ++m) {
          grid += "▒▒▒";
        }
        break;
      case report::TimelineKind::Unscheduled: grid = fmt::format("({})", l.unscheduled); break;
      case report::TimelineKind::NoWhen: grid = fmt::format("({})", l.no_when); break;
    }
    line(out, fmt::format("{} {} {}", fit(a.id, id_w), fit(a.title, title_w, false, layout.cut), grid));
  }
}

void activity_list(const char* heading, const std::vector<report::ActivityLine>& lines, const ReportLabels& l,
                   Lang lang, const Layout& layout, std::ostream& out) {
  out << '\n';
  line(out, fmt::format("{} ({})", heading, lines.size()));
  if (lines.empty()) {
    line(out, fmt::format("  {}", l.none));
    return;
  }
  int id_w = id_width(lines, l);
  std::vector<std::string> tails;
  int tail_w = 0, natural = 0;
  for (const auto& a : lines) {
    std::string tail = a.deadline ? format_date(*a.deadline, lang)
                       : a.when.empty() ? std::string(l.no_when)
                                        : text::printable(a.when);
    tail_w = std::max(tail_w, text::display_width(tail));
    natural = std::max(natural, text::display_width(text::printable(a.title)));
    tails.push_back(std::move(tail));
  }
  int title_w = title_width(layout, 2 + id_w + 2 + tail_w, natural);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    line(out, fmt::format("  {} {} {}", fit(lines[i].id, id_w), fit(lines[i].title, title_w, false, layout.cut),
                          fit(tails[i], tail_w, false, layout.cut)));
  }
}

}  // namespace

void report_text(const report::YearReport& r, Lang lang, std::optional<int> width, std::ostream& out) {
  const ReportLabels& l = report_labels(lang);
  Layout layout{width ? std::max(*width, 40) : k_layout_width, width.has_value()};
  header(r, l, lang, layout, out);
  groups(r, l, layout, out);
  months(r, l, lang, layout, out);
  responsible(r, l, lang, layout, out);
  timeline(r, l, layout, out);
  activity_list(l.overdue_list, r.overdue_list, l, lang, layout, out);
  activity_list(l.unassigned_list, r.unassigned, l, lang, layout, out);
  activity_list(l.unscheduled_list, r.unscheduled, l, lang, layout, out);
}

}  // namespace lplan::render
