#include "query/filter.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "query/people_index.hpp"
#include "diag/messages.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::query {

namespace {

/// ’ (U+2019), ʼ (U+02BC) and ‘ (U+2018) written as ' so every apostrophe compares equal.
std::string same_apostrophes(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::string_view rest = std::string_view(s).substr(i);
    if (rest.starts_with("\u2019") || rest.starts_with("\u02BC") || rest.starts_with("\u2018")) {
      out += '\'';
      i += rest.starts_with("\u02BC") ? std::string_view("\u02BC").size() : std::string_view("\u2019").size();
    } else {
      out += s[i++];
    }
  }
  return out;
}

/// The form in which filters compare text: folded, one apostrophe.
std::string comparable(std::string_view s) {
  return same_apostrophes(text::fold(s));
}

bool contains_folded(const std::string& haystack, const std::string& folded_needle) {
  return comparable(haystack).find(folded_needle) != std::string::npos;
}

/// `needle` with each apostrophe spelling, for searching names as written.
std::vector<std::string> apostrophe_variants(const std::string& needle) {
  std::string plain = same_apostrophes(needle);
  if (plain.find('\'') == std::string::npos) {
    return {needle};
  }
  std::vector<std::string> out;
  for (std::string_view a : {"'", "\u2019", "\u02BC"}) {
    std::string v = plain;
    for (auto at = v.find('\''); at != std::string::npos; at = v.find('\'', at + a.size())) {
      v.replace(at, 1, a);
    }
    out.push_back(v);
  }
  return out;
}

/// `wanted` names the element by id, or by number when it is all digits.
bool id_or_number(const std::string& wanted, const Text& id, int number) {
  if (wanted == id.value) {
    return true;
  }
  bool digits = !wanted.empty() && wanted.find_first_not_of("0123456789") == std::string::npos;
  return digits && wanted.size() < 9 && std::stoi(wanted) == number;
}

}  // namespace

Filter Filter::from_strings(std::vector<std::string> responsible, std::vector<std::string> goal,
                            std::vector<std::string> direction, const std::vector<std::string>& status,
                            std::vector<std::string> grep) {
  Filter f;
  f.responsible = std::move(responsible);
  f.goal = std::move(goal);
  f.direction = std::move(direction);
  f.status = parse_statuses(status);
  f.grep = std::move(grep);
  return f;
}

bool Filter::matches(const YearPlan& year, const Activity& activity) const {
  return for_year(year).matches(activity);
}

Filter::Matcher Filter::for_year(const YearPlan& year) const {
  return Matcher(*this, year);
}

Filter::Matcher::Matcher(const Filter& filter, const YearPlan& year) : m_filter(filter), m_year(year) {
  if (!filter.responsible.empty() && !year.people.empty()) {
    PeopleIndex index(year.people);
    m_person_hit.assign(year.people.size(), false);
    for (const auto& needle : filter.responsible) {
      for (const auto& variant : apostrophe_variants(needle)) {
        for (int i : index.search(variant)) {
          m_person_hit[static_cast<std::size_t>(i)] = true;
        }
      }
    }
  }
  if (!m_person_hit.empty()) {
    // Bodies with a member found (and bodies in those bodies), to a fixed point.
    PeopleIndex index(year.people);
    std::vector<std::vector<int>> members(year.people.size());
    for (std::size_t b = 0; b < year.people.size(); ++b) {
      for (const auto& m : year.people[b].members) {
        members[b].push_back(index.resolve(m.value));
      }
    }
    m_member_hit.assign(year.people.size(), false);
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t b = 0; b < members.size(); ++b) {
        if (m_member_hit[b]) {
          continue;
        }
        for (int m : members[b]) {
          auto i = static_cast<std::size_t>(m);
          if (m >= 0 && (m_person_hit[i] || m_member_hit[i])) {
            m_member_hit[b] = true;
            changed = true;
            break;
          }
        }
      }
    }
  }
  for (const auto& needle : filter.responsible) {
    m_folded_people.push_back(comparable(needle));
  }
  for (const auto& needle : filter.grep) {
    m_folded_grep.push_back(comparable(needle));
  }
}

bool Filter::Matcher::matches(const Activity& a) const {
  return month_ok(a) && responsible_ok(a) && goal_ok(a) && direction_ok(a) && status_ok(a) && grep_ok(a);
}

bool Filter::Matcher::month_ok(const Activity& a) const {
  if (!m_filter.months) {
    return true;
  }
  const MonthSet& period = *m_filter.months;
  bool deadline_in = a.deadline && a.deadline->year == m_year.year && period.contains(a.deadline->month);
  return a.schedule.ongoing || (a.schedule.months.bits() & period.bits()) != 0 || deadline_in;
}

bool Filter::Matcher::responsible_ok(const Activity& a) const {
  if (m_filter.responsible.empty()) {
    return true;
  }
  for (std::size_t i = 0; i < a.responsible.size(); ++i) {
    int person = i < a.responsible_people.size() ? a.responsible_people[i] : -1;
    if (person >= 0 && static_cast<std::size_t>(person) < m_person_hit.size()) {
      auto p = static_cast<std::size_t>(person);
      if (m_person_hit[p] || m_member_hit[p]) {
        return true;
      }
      continue;
    }
    // Free text: no registry, or an entry the registry does not know.
    for (const auto& needle : m_folded_people) {
      if (contains_folded(a.responsible[i].value, needle)) {
        return true;
      }
    }
  }
  return false;
}

std::vector<int> Filter::Matcher::via(const Activity& a) const {
  std::vector<int> bodies;
  if (m_person_hit.empty()) {
    return bodies;
  }
  for (std::size_t i = 0; i < a.responsible.size() && i < a.responsible_people.size(); ++i) {
    int person = a.responsible_people[i];
    if (person < 0 || static_cast<std::size_t>(person) >= m_person_hit.size()) {
      continue;
    }
    auto p = static_cast<std::size_t>(person);
    if (m_person_hit[p]) {
      return {};  // named herself: no "via"
    }
    if (m_member_hit[p] && std::find(bodies.begin(), bodies.end(), person) == bodies.end()) {
      bodies.push_back(person);
    }
  }
  return bodies;
}

bool Filter::Matcher::goal_ok(const Activity& a) const {
  if (m_filter.goal.empty()) {
    return true;
  }
  const Goal* goal = a.goal_index >= 0 ? &m_year.goals[static_cast<std::size_t>(a.goal_index)] : nullptr;
  return std::any_of(m_filter.goal.begin(), m_filter.goal.end(), [&](const std::string& g) {
    return goal != nullptr ? id_or_number(g, goal->id, goal->number) : g == a.goal.value;
  });
}

bool Filter::Matcher::direction_ok(const Activity& a) const {
  if (m_filter.direction.empty()) {
    return true;
  }
  if (a.direction_index < 0) {
    return false;
  }
  const Direction& d = m_year.directions[static_cast<std::size_t>(a.direction_index)];
  return std::any_of(m_filter.direction.begin(), m_filter.direction.end(),
                     [&](const std::string& want) { return id_or_number(want, d.id, d.number); });
}

bool Filter::Matcher::status_ok(const Activity& a) const {
  return m_filter.status.empty() ||
         std::find(m_filter.status.begin(), m_filter.status.end(), a.status_as_of) != m_filter.status.end();
}

bool Filter::Matcher::grep_ok(const Activity& a) const {
  if (m_folded_grep.empty()) {
    return true;
  }
  std::string all = a.title.value;
  for (const auto& d : a.details) {
    all += '\n' + d.value;
  }
  all += '\n' + a.outcome.value;
  std::string folded = comparable(all);
  return std::any_of(m_folded_grep.begin(), m_folded_grep.end(),
                     [&](const std::string& needle) { return folded.find(needle) != std::string::npos; });
}

std::vector<Status> parse_statuses(const std::vector<std::string>& values) {
  std::vector<Status> out;
  for (const auto& v : values) {
    std::string key = text::fold(text::squeeze_spaces(v));
    std::replace(key.begin(), key.end(), '_', '-');
    auto status = parse_status_word(key);
    if (!status) {
      throw FilterError("--status: " + messages::unknown_status(v));
    }
    out.push_back(*status);
  }
  return out;
}

namespace {

template <typename Items>
void check_ids(const std::vector<std::string>& wanted, const Items& items, bool goals, int year) {
  for (const auto& w : wanted) {
    bool found = std::any_of(items.begin(), items.end(),
                             [&](const auto& item) { return id_or_number(w, item.id, item.number); });
    if (found) {
      continue;
    }
    std::vector<std::string> ids;
    for (const auto& item : items) {
      ids.push_back(item.id.value);
    }
    std::string message = goals ? trf("--goal \"{}\" names no goal of {}", w, year)
                                : trf("--direction \"{}\" names no direction of {}", w, year);
    if (auto hint = text::did_you_mean(w, ids)) {
      message += trf(" — did you mean \"{}\"?", *hint);
    } else if (!ids.empty()) {
      message += trf(" (there are: {})", fmt::format("{}", fmt::join(ids, ", ")));
    }
    throw FilterError(message);
  }
}

}  // namespace

void Filter::check_against(const YearPlan& year) const {
  check_ids(goal, year.goals, true, year.year);
  check_ids(direction, year.directions, false, year.year);
  PeopleIndex people(year.people);
  for (const auto& who : responsible) {
    auto variants = apostrophe_variants(who);
    if (std::any_of(variants.begin(), variants.end(),
                    [&](const std::string& v) { return !people.search(v).empty(); })) {
      continue;
    }
    std::string folded = comparable(who);
    bool in_free_text = std::any_of(year.activities.begin(), year.activities.end(), [&](const Activity& a) {
      return std::any_of(a.responsible.begin(), a.responsible.end(),
                         [&](const Text& r) { return contains_folded(r.value, folded); });
    });
    if (in_free_text) {
      continue;
    }
    std::string message = trf("--responsible \"{}\" matches no one in {}", who, year.year);
    if (auto hint = people.suggest(who)) {
      message += trf(" — did you mean \"{}\"?", *hint);
    }
    throw FilterError(message);
  }
}

}  // namespace lplan::query
