// `lplan diff` as text: a heading, then per year the changes grouped by goal, one line
// per change; then the plan's own fields, directions, goals and people; a closing
// count. In the user's language.
#include <fmt/format.h>

#include <algorithm>

#include "render/diff_render.hpp"
#include "render/period_words.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::render {

namespace {

using diff::ActivityChange;
using diff::RecordChange;
using diff::YearDiff;
namespace words = diff_words;

struct Painter {
  bool color = false;
  std::string paint(const char* code, const std::string& s) const {
    return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s;
  }
  std::string added(const std::string& s) const { return paint("32", s); }
  std::string removed(const std::string& s) const { return paint("31", s); }
  std::string bold(const std::string& s) const { return paint("1", s); }
};

/// "березень; Дубова Т. М." — what a reader needs to place an added activity.
std::string brief(const report::ActivityRow& row) {
  std::string out;
  if (row.when) {
    out = *row.when;
  }
  std::string who;
  for (const auto& p : row.responsible) {
    who += (who.empty() ? "" : ", ") + p.name;
  }
  if (!who.empty()) {
    out += (out.empty() ? "" : "; ") + who;
  }
  return out.empty() ? std::string() : " (" + text::printable(text::squeeze_spaces(out)) + ")";
}

void activity_lines(const YearDiff& y, const std::string& goal, Lang lang, const Painter& p,
                    const char* indent, std::ostream& out) {
  for (const auto& row : y.added) {
    if (row.goal_id == goal) {
      out << indent
          << p.added(fmt::format("+ {} {}", text::printable(row.id), words::quoted(row.title, lang)))
          << brief(row) << '\n';
    }
  }
  for (const auto& row : y.removed) {
    if (row.goal_id == goal) {
      out << indent
          << p.removed(fmt::format("− {} {}", text::printable(row.id), words::quoted(row.title, lang)))
          << '\n';
    }
  }
  for (const auto& r : y.renumbered) {
    if (r.goal == goal) {
      out << indent
          << trf_in(lang, "{} → {} renumbered: {}", text::printable(r.from), text::printable(r.to),
                    words::quoted(r.title, lang))
          << '\n';
    }
  }
  for (const ActivityChange& a : y.changed) {
    if (a.goal != goal) {
      continue;
    }
    words::PrintedFields printed = words::printed_fields(a);
    for (const auto* f : printed.lines) {
      out << indent << p.bold(text::printable(a.id)) << ' '
          << words::change(*f, f == printed.lead ? printed.follow : std::vector<const diff::FieldChange*>{},
                           lang)
          << '\n';
    }
  }
}

void record_lines(const std::vector<RecordChange>& records, Lang lang, const Painter& p, const char* indent,
                  std::ostream& out) {
  for (const auto& r : records) {
    std::string name = r.title.empty() ? std::string() : " " + words::quoted(r.title, lang);
    switch (r.kind) {
      case RecordChange::Kind::Added:
        out << indent << p.added("+ " + text::printable(r.id) + name) << '\n';
        break;
      case RecordChange::Kind::Removed:
        out << indent << p.removed("− " + text::printable(r.id) + name) << '\n';
        break;
      case RecordChange::Kind::Changed:
        for (const auto& f : r.fields) {
          out << indent << p.bold(text::printable(r.id)) << ' ' << words::change(f, {}, lang) << '\n';
        }
        break;
    }
  }
}

std::string year_counts(const YearDiff& y, Lang lang) {
  std::vector<std::string> parts;
  auto add = [&](std::size_t n, std::string s) {
    if (n > 0) {
      parts.push_back(std::move(s));
    }
  };
  auto n = [](std::size_t v) { return static_cast<long long>(v); };
  add(y.added.size(),
      trnf_in(lang, "{} activity added", "{} activities added", n(y.added.size()), y.added.size()));
  add(y.removed.size(),
      trnf_in(lang, "{} activity removed", "{} activities removed", n(y.removed.size()), y.removed.size()));
  add(y.renumbered.size(), trnf_in(lang, "{} activity renumbered", "{} activities renumbered",
                                   n(y.renumbered.size()), y.renumbered.size()));
  add(y.changed.size(),
      trnf_in(lang, "{} activity changed", "{} activities changed", n(y.changed.size()), y.changed.size()));
  std::size_t other = y.plan.size() + y.directions.size() + y.goals.size() + y.people.size();
  add(other, trnf_in(lang, "{} other change", "{} other changes", n(other), other));
  std::string out;
  for (const auto& s : parts) {
    out += (out.empty() ? "" : ", ") + s;
  }
  return out;
}

}  // namespace

void diff_text(const diff::PlanDiff& d, Lang lang, bool color, std::ostream& out) {
  Painter p{color};
  out << p.bold(trf_in(lang, "Plan changes: {} → {}", words::revision_name(d.from, lang),
                       words::revision_name(d.to, lang)))
      << '\n';
  for (const YearDiff& y : d.years) {
    if (y.empty()) {
      continue;
    }
    out << '\n';
    if (y.presence == YearDiff::Presence::Added) {
      out << p.bold(trnf_in(lang, "{}: a new year, {} activity", "{}: a new year, {} activities",
                            static_cast<long long>(y.added.size()), y.year, y.added.size()))
          << '\n';
    } else if (y.presence == YearDiff::Presence::Removed) {
      out << p.bold(trnf_in(lang, "{}: the year is removed, with its {} activity",
                            "{}: the year is removed, with its {} activities",
                            static_cast<long long>(y.removed.size()), y.year, y.removed.size()))
          << '\n';
      continue;
    } else {
      out << p.bold(std::to_string(y.year)) << '\n';
    }
    for (const auto& [goal, title] : y.goal_order) {
      out << "  " << (goal.empty() ? std::string(tr_in(lang, "(no goal)")) : text::printable(goal))
          << (title.empty() ? "" : " " + words::quoted(title, lang)) << '\n';
      activity_lines(y, goal, lang, p, "    ", out);
    }
    if (!y.plan.empty()) {
      out << "  " << tr_in(lang, "plan") << '\n';
      for (const auto& f : y.plan) {
        out << "    " << words::change(f, {}, lang) << '\n';
      }
    }
    if (!y.directions.empty()) {
      out << "  " << tr_in(lang, "directions") << '\n';
      record_lines(y.directions, lang, p, "    ", out);
    }
    if (!y.goals.empty()) {
      out << "  " << tr_in(lang, "goals") << '\n';
      record_lines(y.goals, lang, p, "    ", out);
    }
    if (!y.people.empty()) {
      out << "  " << tr_in(lang, "people of the year") << '\n';
      record_lines(y.people, lang, p, "    ", out);
    }
  }
  if (!d.people.empty()) {
    out << '\n' << p.bold(std::string(tr_in(lang, "people (people.yaml)"))) << '\n';
    record_lines(d.people, lang, p, "  ", out);
  }
  for (const auto& e : d.errors) {
    out << '\n'
        << trnf_in(lang, "{}: {} error; compared as far as it loads:",
                   "{}: {} errors; compared as far as it loads:", static_cast<long long>(e.errors.size()),
                   words::revision_name(e.revision, lang), e.errors.size())
        << '\n';
    for (const auto& diag : e.errors) {
      out << "  " << text::printable(format_diagnostic(diag)) << '\n';
    }
  }
  out << '\n';
  if (d.empty()) {
    out << trf_in(lang, "No changes in the plans: {} → {}.", words::revision_name(d.from, lang),
                  words::revision_name(d.to, lang))
        << '\n';
    return;
  }
  for (const YearDiff& y : d.years) {
    if (!y.empty()) {
      out << y.year << ": " << year_counts(y, lang) << '\n';
    }
  }
  if (!d.people.empty()) {
    out << trnf_in(lang, "people.yaml: {} change", "people.yaml: {} changes",
                   static_cast<long long>(d.people.size()), d.people.size())
        << '\n';
  }
}

}  // namespace lplan::render
