#include "render/rollup_render.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "render/json_writer.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"
#include "text/i18n.hpp"

namespace lplan::render {

namespace {}  // namespace

std::string month_profile(const std::array<int, 12>& months, int max) {
  static constexpr const char* k_levels[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  std::string out;
  for (int n : months) {
    int level = max > 0 && n > 0 ? 1 + (n * 6 + max - 1) / max : 0;
    out += k_levels[std::min(level, 7)];
  }
  return out;
}

namespace {

std::vector<std::string> headers(Lang lang) {
  return {std::string(trc_in(lang, "column", "Organization")), std::string(tr_in(lang, "Activities")),
          std::string(tr_in(lang, "Done")), std::string(tr_in(lang, "Overdue")),
          std::string(tr_in(lang, "Months (Jan–Dec)"))};
}

std::vector<std::string> cells(const report::RollupRow& row, int max, bool named) {
  std::string who = named ? row.organization + (row.name.empty() ? "" : " (" + row.name + ")") : row.name;
  return {who, std::to_string(row.total), fmt::format("{} ({}%)", row.done, row.percent_done),
          std::to_string(row.overdue), month_profile(row.scheduled, max)};
}

}  // namespace

void rollup_text(const report::Rollup& r, Lang lang, std::optional<int> width, std::ostream& out) {
  out << trnf_in(lang, "{} organization", "{} organizations", static_cast<long long>(r.rows.size()),
                 r.rows.size())
      << '\n';
  auto h = headers(lang);
  Table table({Column{h[0], Align::Left, true, 2, 10}, Column{h[1], Align::Right, false},
               Column{h[2], Align::Right, false}, Column{h[3], Align::Right, false},
               Column{h[4], Align::Left, false}});
  for (const auto& row : r.rows) {
    table.add_row(cells(row, r.month_max, true));
  }
  report::RollupRow all = r.all;
  all.name = std::string(tr_in(lang, "all"));
  table.add_row(cells(all, *std::max_element(all.scheduled.begin(), all.scheduled.end()), false));
  out << '\n';
  table.render(out, width, {}, Overflow::Wrap);
}

void rollup_markdown(const report::Rollup& r, Lang lang, std::ostream& out) {
  out << "# "
      << md_inline(trnf_in(lang, "{} organization", "{} organizations", static_cast<long long>(r.rows.size()),
                           r.rows.size()))
      << "\n\n";
  MdTable table(headers(lang),
                {MdAlign::Left, MdAlign::Right, MdAlign::Right, MdAlign::Right, MdAlign::Left});
  for (const auto& row : r.rows) {
    table.add_row(cells(row, r.month_max, true));
  }
  report::RollupRow all = r.all;
  all.name = std::string(tr_in(lang, "all"));
  table.add_row(cells(all, *std::max_element(all.scheduled.begin(), all.scheduled.end()), false));
  table.render(out);
  out << '\n';
}

void rollup_json(JsonWriter& json, const report::Rollup& r) {
  json.begin_array();
  for (const auto& row : r.rows) {
    json.begin_object();
    json.field("organization", row.organization);
    json.field("name", row.name);
    json.field("year", row.year);
    json.field("total", row.total);
    json.field("done", row.done);
    json.field("percent_done", row.percent_done);
    json.field("overdue", row.overdue);
    json.key("scheduled_by_month");
    json.begin_array();
    for (int n : row.scheduled) {
      json.value(n);
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

}  // namespace lplan::render
