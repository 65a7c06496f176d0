// References: goal → direction, activity → goal, responsible → people.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "check/checks.hpp"
#include "query/people_index.hpp"
#include "diag/messages.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::check {

namespace {

template <typename Item>
std::unordered_map<std::string_view, int> index_by_id(const std::vector<Item>& items) {
  std::unordered_map<std::string_view, int> index;
  index.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    index.emplace(items[i].id.value, static_cast<int>(i));
  }
  return index;
}

template <typename Item>
std::vector<std::string> ids_of(const std::vector<Item>& items) {
  std::vector<std::string> ids;
  ids.reserve(items.size());
  for (const auto& item : items) {
    ids.push_back(item.id.value);
  }
  return ids;
}

/// Files that could not be read whole: a syntax error (or an encoding problem) stopped
/// them, and the part not read may hold anything — goals, people, activities.
std::unordered_set<std::string> unread_files(const Diagnostics& diags) {
  std::unordered_set<std::string> unread;
  for (const auto& d : diags.items()) {
    bool stops = d.rule == Rule::Yaml || d.rule == Rule::Depth || d.rule == Rule::Alias || d.rule == Rule::Utf8 ||
                 d.rule == Rule::Control || d.rule == Rule::Limit || d.rule == Rule::Io;
    if (d.severity == Severity::Error && stops) {
      unread.insert(d.file);
    }
  }
  return unread;
}

bool is_registry_path(const std::string& path) {
  std::string_view name = path;
  if (auto slash = name.find_last_of('/'); slash != std::string_view::npos) {
    name.remove_prefix(slash + 1);
  }
  return name == "people.yaml" || name == "people.yml";
}

}  // namespace

void resolve_references(YearPlan& year, Diagnostics& diags) {
  // A goal, direction or person missing from a year a syntax error stopped may be in
  // the part not read: no «unknown …» error for it (the activity is still left out).
  auto unread = unread_files(diags);
  bool year_whole = std::none_of(year.files.begin(), year.files.end(),
                                 [&](const std::string& f) { return unread.contains(f); });
  bool people_whole = year_whole && std::none_of(unread.begin(), unread.end(), is_registry_path);
  auto directions = index_by_id(year.directions);
  auto goals = index_by_id(year.goals);
  for (auto& g : year.goals) {
    if (!g.direction.empty() && !directions.contains(g.direction.value) && year_whole) {
      diags.error(g.direction.loc, Rule::Reference,
                  messages::unknown_reference(messages::Target::Direction, g.direction.value, ids_of(year.directions)));
    }
  }
  query::PeopleIndex people(year.people);
  for (const auto& p : year.people) {
    if (!p.members.empty() && p.kind != PersonKind::Body) {
      diags.warning(p.members.front().loc, Rule::Reference,
                    trf("\"{}\" lists members but is not a body; write kind: body", p.id.value));
    }
    for (const auto& m : p.members) {
      if (people.resolve(m.value) < 0 && people_whole) {
        std::string message = trf("member \"{}\" of \"{}\" is not in the people registry",
                                  text::printable(m.value), p.id.value);
        if (auto hint = people.suggest(m.value)) {
          message += trf(" — did you mean \"{}\"?", *hint);
        }
        diags.error(m.loc, Rule::Reference, std::move(message));
      }
    }
  }
  for (auto& a : year.activities) {
    if (!a.goal.empty()) {
      auto it = goals.find(a.goal.value);
      if (it == goals.end()) {
        if (year_whole) {
          diags.error(a.goal.loc, Rule::Reference,
                      messages::unknown_reference(messages::Target::Goal, a.goal.value, ids_of(year.goals)));
        }
        a.broken = true;
      } else {
        a.goal_index = it->second;
        auto d = directions.find(year.goals[static_cast<std::size_t>(it->second)].direction.value);
        a.direction_index = d == directions.end() ? -1 : d->second;
      }
    }
    a.responsible_people.clear();
    for (const auto& r : a.responsible) {
      int who = people.resolve(r.value);
      a.responsible_people.push_back(who);
      if (who < 0 && !year.people.empty()) {
        if (people_whole) {
          diags.error(r.loc, Rule::Reference, messages::unknown_responsible(r.value, people.suggest(r.value)));
        }
        a.broken = true;
      }
    }
  }
}

void check_unused_people(const Repository& repo, Diagnostics& diags) {
  // The activities after a syntax error may name anybody — no «responsible for no
  // activity» guesses for the year of a file not read whole.
  std::unordered_set<std::string> unread = unread_files(diags);
  auto incomplete = [&](const YearPlan& year) {
    return std::any_of(year.files.begin(), year.files.end(), [&](const std::string& f) { return unread.contains(f); });
  };
  // A person of the shared registry is unused when no year refers to them; a
  // person of a year's own list, when that year does not.
  std::unordered_set<std::string> used_shared;
  for (const auto& year : repo.years) {
    std::vector<bool> used(year.people.size(), false);
    // The head who signs the plan counts as named by it.
    if (year.has_meta && !year.meta.head.empty()) {
      int head = query::PeopleIndex(year.people).resolve(year.meta.head.value);
      if (head >= 0) {
        used[static_cast<std::size_t>(head)] = true;
      }
    }
    for (const auto& a : year.activities) {
      for (int who : a.responsible_people) {
        if (who >= 0) {
          used[static_cast<std::size_t>(who)] = true;
        }
      }
    }
    // A member of a body is in the plan through it (`--responsible` finds her there).
    query::PeopleIndex index(year.people);
    for (const auto& body : year.people) {
      for (const auto& m : body.members) {
        if (int who = index.resolve(m.value); who >= 0) {
          used[static_cast<std::size_t>(who)] = true;
        }
      }
    }
    for (std::size_t i = 0; i < year.people.size(); ++i) {
      const Person& p = year.people[i];
      if (i >= year.own_people) {
        if (used[i]) {
          used_shared.insert(p.id.value);
        }
      } else if (!used[i] && !p.id.empty() && !incomplete(year)) {
        diags.warning(p.id.loc, Rule::UnusedPerson,
                      trf("person \"{}\" is responsible for no activity of {}", p.id.value, year.year));
      }
    }
  }
  if (repo.years.empty()) {
    return;
  }
  // After a syntax error, the activities not read may name anybody: no guess.
  if (std::any_of(repo.years.begin(), repo.years.end(), incomplete)) {
    return;
  }
  for (const auto& p : repo.shared_people) {
    if (!p.id.empty() && !used_shared.contains(p.id.value)) {
      diags.warning(p.id.loc, Rule::UnusedPerson, trf("person \"{}\" is responsible for no activity", p.id.value));
    }
  }
}

void check_people_who_left(const YearPlan& year, Diagnostics& diags) {
  for (const auto& a : year.activities) {
    int first = a.schedule.months.empty() ? 1 : a.schedule.months.first();
    Date starts{year.year, first, 1};
    for (std::size_t i = 0; i < a.responsible.size() && i < a.responsible_people.size(); ++i) {
      int who = a.responsible_people[i];
      if (who < 0) {
        continue;
      }
      const Person& p = year.people[static_cast<std::size_t>(who)];
      if (p.left && *p.left < starts) {
        diags.warning(a.responsible[i].loc, Rule::PersonLeft,
                      trf("activity \"{}\" names \"{}\", who left on {}; name who does it now", a.id.value,
                          p.name.empty() ? p.id.value : p.name.value, p.left->iso()));
      }
    }
  }
}

}  // namespace lplan::check
