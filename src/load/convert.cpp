#include "load/convert.hpp"

#include <fmt/format.h>

#include "load/values.hpp"
#include "model/fields.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::load {

namespace {

const std::vector<std::string> k_plan_file_keys = {"plan", "people", "directions", "goals", "activities"};
const std::vector<std::string> k_people_file_keys = {"people"};

Direction convert_direction(Converter& c, YNode& n) {
  Direction d;
  d.loc = c.loc(n);
  read_record(c, n, RecordKind::Direction, direction_fields(), d);
  return d;
}

Goal convert_goal(Converter& c, YNode& n) {
  Goal g;
  g.loc = c.loc(n);
  read_record(c, n, RecordKind::Goal, goal_fields(), g);
  return g;
}

Person convert_person(Converter& c, YNode& n) {
  Person p;
  p.loc = c.loc(n);
  read_record(c, n, RecordKind::Person, person_fields(), p);
  return p;
}

/// An open quote swallows the keys after it into one value: what follows cannot be
/// judged missing.
bool swallowed_by_quote(const YNode& n) {
  if (!n.is_map()) {
    return false;
  }
  for (std::size_t i = 1; i < n.items.size(); i += 2) {
    if (n.items[i].quote_open_on_line) {
      return true;
    }
  }
  return false;
}

Activity convert_activity(Converter& c, YNode& n) {
  Activity a;
  a.loc = c.loc(n);
  bool swallowed = swallowed_by_quote(n);
  auto seen = read_record(c, n, RecordKind::Activity, activity_fields(), a);
  if (!seen) {
    a.broken = true;
    return a;
  }
  if (!seen->complete || !seen->failed.empty()) {
    a.broken = true;
  }
  // A field written but unreadable is reported as such, not also as absent.
  a.unreadable_when = swallowed || seen->has_failed("when");
  a.unreadable_responsible = swallowed || seen->has_failed("responsible");
  a.unreadable_audience = swallowed || seen->has_failed("audience");
  return a;
}

}  // namespace

void Converter::list_item(const std::string& key, YNode& item, YearPlan& year,
                          std::vector<Person>& shared_people) {
  m_undo_last = nullptr;
  auto push = [this](auto& records, auto&& record) {
    records.push_back(std::forward<decltype(record)>(record));
    m_undo_last = [&records] { records.pop_back(); };
  };
  if (m_role == FileRole::SharedPeople) {
    if (key == "people") {
      push(shared_people, convert_person(*this, item));
    }
    return;
  }
  if (key == "activities") {
    push(year.activities, convert_activity(*this, item));
  } else if (key == "goals") {
    push(year.goals, convert_goal(*this, item));
  } else if (key == "directions") {
    push(year.directions, convert_direction(*this, item));
  } else if (key == "people") {
    push(year.people, convert_person(*this, item));
  }
  // Items of unknown top-level keys are reported once, at the key, by root().
}

void Converter::retract_last_item() {
  if (m_undo_last) {
    m_undo_last();
    m_undo_last = nullptr;
  }
}

void Converter::convert_plan(YNode& n, const YNode& key, YearPlan& year) {
  if (year.has_meta) {
    m_diags.error(loc(key), Rule::DuplicatePlan,
                  trf("\"plan\" is defined twice in year {} (first at {}:{}:{})", year.year, year.meta.loc.path(),
                      int(year.meta.loc.line), int(year.meta.loc.column)));
    return;
  }
  year.has_meta = true;
  year.meta.loc = loc(key);
  read_record(*this, n, RecordKind::Plan, plan_fields(), year.meta);
}

void Converter::root(ParsedDocument& doc, YearPlan& year, std::vector<Person>& shared_people) {
  YNode& r = doc.root;
  if (doc.failed && !r.is_map()) {
    return;  // the parse error says it all
  }
  if (doc.empty || r.is_null()) {
    m_diags.warning(SourceLoc{m_file, 1, 1}, Rule::EmptyFile, std::string(tr("the file holds no plan data")));
    return;
  }
  bool people_file = m_role == FileRole::SharedPeople;
  const auto& known = people_file ? k_people_file_keys : k_plan_file_keys;
  RecordKind what = people_file ? RecordKind::PeopleFile : RecordKind::PlanFile;
  read_map(*this, r, what, known, [&](std::string_view key, const YNode& key_node, YNode& v) {
    if (key == "plan") {
      convert_plan(v, key_node, year);
      return;
    }
    bool streamed = false;
    for (const auto& k : doc.streamed_keys) {
      streamed = streamed || k == key;
    }
    if (streamed || v.is_null()) {
      return;
    }
    if (!v.is_seq()) {
      m_diags.error(loc(v), Rule::Type, trf("\"{}\" must be a list", key));
      return;
    }
    std::string list_key(key);
    for (auto& item : v.items) {
      list_item(list_key, item, year, shared_people);
    }
  });
}

}  // namespace lplan::load
