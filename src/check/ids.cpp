// Id syntax and uniqueness, in the four id spaces of a year.
#include <unordered_map>

#include <fmt/format.h>

#include "check/checks.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::check {

bool is_valid_id(std::string_view id) {
  auto alnum = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  if (id.empty() || !alnum(id[0])) {
    return false;
  }
  for (char c : id) {
    if (!alnum(c) && c != '.' && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

namespace {

enum class Space { Direction, Goal, Activity, Person };

std::string invalid_message(Space space, std::string_view id) {
  std::string shown = text::printable(id);
  switch (space) {
    case Space::Direction:
      return trf("direction id \"{}\" is not valid: use letters A–Z, digits, '.', '_' and '-', starting with a letter or digit", shown);
    case Space::Goal:
      return trf("goal id \"{}\" is not valid: use letters A–Z, digits, '.', '_' and '-', starting with a letter or digit", shown);
    case Space::Activity:
      return trf("activity id \"{}\" is not valid: use letters A–Z, digits, '.', '_' and '-', starting with a letter or digit", shown);
    case Space::Person:
      return trf("person id \"{}\" is not valid: use letters A–Z, digits, '.', '_' and '-', starting with a letter or digit", shown);
  }
  return {};
}

std::string twice_message(Space space, std::string_view id, const SourceLoc& first) {
  std::string at = fmt::format("{}:{}:{}", first.path(), int(first.line), int(first.column));
  switch (space) {
    case Space::Direction: return trf("direction \"{}\" is defined twice (first at {})", id, at);
    case Space::Goal: return trf("goal \"{}\" is defined twice (first at {})", id, at);
    case Space::Activity: return trf("activity \"{}\" is defined twice (first at {})", id, at);
    case Space::Person: return trf("person \"{}\" is defined twice (first at {})", id, at);
  }
  return {};
}

template <typename Items, typename OnDuplicate>
void unique_ids(Items& items, Space what, Diagnostics& diags, OnDuplicate on_duplicate) {
  using Item = typename Items::value_type;
  std::unordered_map<std::string_view, const Item*> seen;
  seen.reserve(items.size());
  for (auto& item : items) {
    const Text& id = item.id;
    if (id.empty()) {
      continue;
    }
    if (!is_valid_id(id.value)) {
      diags.error(id.loc, Rule::Id, invalid_message(what, id.value));
      on_duplicate(item);
      continue;
    }
    auto [it, inserted] = seen.emplace(id.value, &item);
    if (!inserted) {
      const SourceLoc& first = it->second->id.loc;
      diags.error(id.loc, Rule::DuplicateId, twice_message(what, id.value, first));
      on_duplicate(item);
    }
  }
}

/// A name or alias written for two people (compared as responsible entries are: case
/// and spacing folded) makes every activity that names it ambiguous.
void unique_names(const std::vector<Person>& people, Diagnostics& diags) {
  std::unordered_map<std::string, std::pair<std::size_t, SourceLoc>> owner;  // folded name → first person, where
  for (std::size_t i = 0; i < people.size(); ++i) {
    const Person& p = people[i];
    auto take = [&](const Text& name) {
      if (name.empty()) {
        return;
      }
      auto [it, inserted] = owner.emplace(text::fold(text::squeeze_spaces(name.value)), std::pair{i, name.loc});
      if (inserted || it->second.first == i) {
        return;
      }
      const Person& first = people[it->second.first];
      const SourceLoc& at = it->second.second;
      diags.error(name.loc, Rule::DuplicateName,
                  trf("\"{}\" names two people, \"{}\" (at {}:{}:{}) and \"{}\": a responsible written so is "
                      "ambiguous; give one of them another name or alias",
                      text::printable(name.value), first.id.value, at.path(), int(at.line), int(at.column),
                      p.id.value));
    };
    take(p.name);
    for (const auto& a : p.aliases) {
      take(a);
    }
  }
}

}  // namespace

void check_ids(YearPlan& year, Diagnostics& diags) {
  auto none = [](auto&) {};
  unique_ids(year.directions, Space::Direction, diags, none);
  unique_ids(year.goals, Space::Goal, diags, none);
  unique_ids(year.activities, Space::Activity, diags, [](Activity& a) { a.broken = true; });
  // People of the shared registry are checked once, not once per year; the
  // year's own people must not clash with it either.
  unique_ids(year.people, Space::Person, diags, none);
  unique_names(year.people, diags);
}

}  // namespace lplan::check
