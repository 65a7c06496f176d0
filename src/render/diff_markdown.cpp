// `lplan diff --format markdown`: a pull-request comment. The marker a CI job finds its
// comment by, a heading, a summary table, then per year and goal the changes — an
// activity per bullet, its fields nested — cut before the cap with a note saying so.
#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "render/diff_render.hpp"
#include "render/markdown.hpp"
#include "text/i18n.hpp"

namespace lplan::render {

namespace {

using diff::RecordChange;
using diff::YearDiff;
namespace words = diff_words;

std::string code(const std::string& s) {
  return "`" + s + "`";
}

std::string field_line(const diff::FieldChange& c, const std::vector<const diff::FieldChange*>& follow,
                       Lang lang) {
  // The text form's line, made safe for Markdown, with the field name as code.
  std::string line = words::change(c, follow, lang);
  std::string rest = line.substr(c.field.size());  // ": …"
  return code(c.field) + md_inline(rest);
}

/// Goals, directions or people: the heading line given, then a bullet per record.
std::string record_block(std::string heading, const std::vector<RecordChange>& list, Lang lang) {
  std::string block = std::move(heading);
  for (const auto& r : list) {
    std::string name = r.title.empty() ? "" : " " + md_inline(r.title);
    switch (r.kind) {
      case RecordChange::Kind::Added:
        block += fmt::format("- ➕ **{}**{}\n", md_inline(r.id), name);
        break;
      case RecordChange::Kind::Removed:
        block += fmt::format("- ➖ ~~**{}**{}~~\n", md_inline(r.id), name);
        break;
      case RecordChange::Kind::Changed:
        block += fmt::format("- ✏️ **{}**{}\n", md_inline(r.id), name);
        for (const auto& f : r.fields) block += "  - " + field_line(f, {}, lang) + "\n";
        break;
    }
  }
  return block + "\n";
}

std::vector<std::string> year_blocks(const YearDiff& y, Lang lang) {
  std::vector<std::string> blocks;
  auto goal_heading = [&](const std::string& goal, const std::string& title) {
    return fmt::format("**{}**{}\n\n", md_inline(goal.empty() ? std::string(tr_in(lang, "(no goal)")) : goal),
                       title.empty() ? "" : " — " + md_inline(title));
  };
  for (const auto& [goal, title] : y.goal_order) {
    std::vector<std::string> items;
    for (const auto& row : y.added) {
      if (row.goal_id != goal)
        continue;
      std::string extra;
      if (row.when)
        extra = *row.when;
      std::string who;
      for (const auto& p : row.responsible) who += (who.empty() ? "" : ", ") + p.name;
      if (!who.empty())
        extra += (extra.empty() ? "" : "; ") + who;
      items.push_back(fmt::format("- ➕ **{}** {}{}\n", md_inline(row.id), md_inline(row.title),
                                  extra.empty() ? "" : " — " + md_inline(extra)));
    }
    for (const auto& row : y.removed) {
      if (row.goal_id != goal)
        continue;
      items.push_back(fmt::format("- ➖ ~~**{}** {}~~\n", md_inline(row.id), md_inline(row.title)));
    }
    for (const auto& r : y.renumbered) {
      if (r.goal != goal)
        continue;
      items.push_back(fmt::format("- 🔢 {}\n", md_inline(trf_in(lang, "{} → {} renumbered: {}", r.from, r.to,
                                                               words::quoted(r.title, lang)))));
    }
    for (const auto& a : y.changed) {
      if (a.goal != goal)
        continue;
      std::string item = fmt::format("- ✏️ **{}** {}\n", md_inline(a.id), md_inline(a.title));
      words::PrintedFields printed = words::printed_fields(a);
      for (const auto* f : printed.lines) {
        item += "  - " +
                field_line(*f, f == printed.lead ? printed.follow : std::vector<const diff::FieldChange*>{},
                           lang) +
                "\n";
      }
      items.push_back(std::move(item));
    }
    if (items.empty())
      continue;
    // The heading travels with the first item so a cut never leaves it alone.
    items.front() = goal_heading(goal, title) + items.front();
    items.back() += "\n";
    for (auto& i : items) blocks.push_back(std::move(i));
  }
  auto records = [&](std::string_view heading, const std::vector<RecordChange>& list) {
    if (!list.empty())
      blocks.push_back(record_block(fmt::format("**{}**\n\n", heading), list, lang));
  };
  if (!y.plan.empty()) {
    std::string block = fmt::format("**{}**\n\n", tr_in(lang, "plan"));
    for (const auto& f : y.plan) block += "- " + field_line(f, {}, lang) + "\n";
    blocks.push_back(block + "\n");
  }
  records(tr_in(lang, "directions"), y.directions);
  records(tr_in(lang, "goals"), y.goals);
  records(tr_in(lang, "people of the year"), y.people);
  return blocks;
}

}  // namespace

void diff_markdown(const diff::PlanDiff& d, Lang lang, const std::string& command, std::ostream& out,
                   std::size_t cap) {
  std::string head = std::string(k_diff_marker) + "\n";
  head += fmt::format("### {}\n\n",
                      md_inline(trf_in(lang, "Plan changes: {} → {}", words::revision_name(d.from, lang),
                                       words::revision_name(d.to, lang))));
  if (d.empty()) {
    head += md_inline(trf_in(lang, "No changes in the plans: {} → {}.", words::revision_name(d.from, lang),
                             words::revision_name(d.to, lang))) +
            "\n";
  } else {
    MdTable table(
        {std::string(tr_in(lang, "Year")), std::string(tr_in(lang, "Added")),
         std::string(tr_in(lang, "Removed")), std::string(tr_in(lang, "Renumbered")),
         std::string(tr_in(lang, "Changed")), std::string(tr_in(lang, "Other"))},
        {MdAlign::Left, MdAlign::Right, MdAlign::Right, MdAlign::Right, MdAlign::Right, MdAlign::Right});
    for (const auto& y : d.years) {
      if (y.empty())
        continue;
      std::string year = std::to_string(y.year);
      if (y.presence == YearDiff::Presence::Added)
        year += " " + std::string(tr_in(lang, "(new)"));
      if (y.presence == YearDiff::Presence::Removed)
        year += " " + std::string(tr_in(lang, "(removed)"));
      table.add_row({year, std::to_string(y.added.size()), std::to_string(y.removed.size()),
                     std::to_string(y.renumbered.size()), std::to_string(y.changed.size()),
                     std::to_string(y.plan.size() + y.directions.size() + y.goals.size() + y.people.size())});
    }
    if (!d.people.empty()) {
      table.add_row({"people.yaml", "", "", "", "", std::to_string(d.people.size())});
    }
    std::ostringstream t;
    table.render(t);
    head += t.str() + "\n";
  }

  std::vector<std::string> blocks;
  for (const auto& y : d.years) {
    if (y.empty())
      continue;
    std::string heading = fmt::format("#### {}\n\n", y.year);
    std::vector<std::string> year =
        y.presence == YearDiff::Presence::Removed ? std::vector<std::string>{} : year_blocks(y, lang);
    if (y.presence == YearDiff::Presence::Removed) {
      year.push_back(md_inline(trnf_in(lang, "{}: the year is removed, with its {} activity",
                                       "{}: the year is removed, with its {} activities",
                                       static_cast<long long>(y.removed.size()), y.year, y.removed.size())) +
                     "\n\n");
    }
    if (!year.empty()) {
      year.front() = heading + year.front();
    }
    for (auto& b : year) blocks.push_back(std::move(b));
  }
  if (!d.people.empty()) {
    // The shared registry under a heading of a year's level.
    blocks.push_back(
        record_block(fmt::format("#### {}\n\n", tr_in(lang, "people (people.yaml)")), d.people, lang));
  }
  for (const auto& e : d.errors) {
    std::string block = "> [!WARNING]\n> " +
                        md_inline(trnf_in(lang, "{}: {} error; compared as far as it loads:",
                                          "{}: {} errors; compared as far as it loads:",
                                          static_cast<long long>(e.errors.size()),
                                          words::revision_name(e.revision, lang), e.errors.size())) +
                        "\n\n```text\n";
    for (const auto& diag : e.errors) {
      std::string line = format_diagnostic(diag);
      for (auto at = line.find("```"); at != std::string::npos; at = line.find("```", at + 2)) {
        line.replace(at, 3, "`\u200b``");
      }
      block += line + "\n";
    }
    blocks.push_back(block + "```\n\n");
  }

  // Room for the note that says the comment was cut.
  const std::size_t reserve = 600;
  std::string body = head;
  std::size_t shown = 0;
  for (const auto& b : blocks) {
    if (body.size() + b.size() + reserve > cap) {
      break;
    }
    body += b;
    ++shown;
  }
  if (shown < blocks.size()) {
    std::size_t left = blocks.size() - shown;
    body += "---\n\n_" +
            md_inline(
                trnf_in(lang, "{} more entry is not shown: the comment stops at 60 KB. To see everything: {}",
                        "{} more entries are not shown: the comment stops at 60 KB. To see everything: {}",
                        static_cast<long long>(left), left, command)) +
            "_\n";
  }
  out << body;
}

}  // namespace lplan::render
