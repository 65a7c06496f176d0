#include "load/convert.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "load/span_scanner.hpp"
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
  for (std::size_t i = 0; i + 1 < n.items.size() && n.is_map(); i += 2) {
    if (n.items[i].is_scalar() && n.items[i].value == "when") {
      a.when_anchor_line = static_cast<std::uint32_t>(n.items[i + 1].anchor_line);
    }
  }
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
  a.unreadable_status = swallowed || seen->has_failed("status");
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
    if (m_index != nullptr && item.is_map()) {
      RecordSpans spans = spans_of(item);
      std::uint64_t at = SourceIndex::key_of(loc(item));
      if (m_index->aliases_only) {
        std::erase_if(spans.entries, [](const EntrySpan& e) {
          auto marked = [](const Span& v) { return !v.alias.empty() || !v.anchor.empty(); };
          return !marked(e.value) && std::none_of(e.items.begin(), e.items.end(), marked);
        });
      }
      for (const auto& e : spans.entries) {
        if (e.value.style == ValueStyle::Alias) {
          m_index->alias_users.emplace(e.value.alias, at);
        }
      }
      if (!m_index->aliases_only || !spans.entries.empty()) {
        m_index->activities[at] = std::move(spans);
      }
    }
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

RecordSpans Converter::spans_of(const YNode& map) const {
  RecordSpans r;
  r.file = m_file;
  r.map = map.span;
  for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
    EntrySpan e;
    e.key = map.items[i].value;
    e.key_span = map.items[i].span;
    e.value = map.items[i + 1].span;
    if (map.items[i + 1].is_seq()) {
      for (const auto& item : map.items[i + 1].items) {
        e.items.push_back(item.span);
      }
    }
    r.entries.push_back(std::move(e));
  }
  std::size_t start = map.span.start;
  // The line's start, looked for only across the blanks and dashes before the item (a
  // plan written on one line must not cost a scan back to its start per item).
  std::size_t ls = start;
  while (ls > 0 && (m_text[ls - 1] == ' ' || m_text[ls - 1] == '-')) {
    --ls;
  }
  if (ls > 0 && m_text[ls - 1] != '\n' && map.span.style != ValueStyle::FlowMap) {
    ls = line_start(m_text, start);
  }
  // In a block list the item starts at its dash: `  - id: …`.
  std::size_t dash = start;
  while (dash > ls && (m_text[dash - 1] == ' ' || m_text[dash - 1] == '-')) {
    --dash;
  }
  while (dash < start && m_text[dash] == ' ') {
    ++dash;
  }
  r.item_start = static_cast<std::uint32_t>(dash < start && m_text[dash] == '-' ? dash : start);
  if (map.span.style == ValueStyle::FlowMap) {
    std::size_t close = map.span.end > 0 ? map.span.end - 1 : map.span.end;
    r.insert_at = static_cast<std::uint32_t>(close);
    r.item_end = static_cast<std::uint32_t>(next_line_of(map.span.end > 0 ? map.span.end - 1 : 0));
  } else {
    r.indent = static_cast<int>(start - ls);
    r.insert_at = static_cast<std::uint32_t>(next_line_of(map.span.end > 0 ? map.span.end - 1 : 0));
    r.item_end = r.insert_at;
  }
  return r;
}

std::size_t Converter::next_line_of(std::size_t pos) const {
  if (pos >= m_line_from && pos < m_line_end) {
    return m_line_end;
  }
  m_line_from = pos;
  m_line_end = next_line(m_text, pos);
  return m_line_end;
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
  if (m_index != nullptr && n.is_map()) {
    m_index->plans[SourceIndex::key_of(year.meta.loc)] = spans_of(n);
  }
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
