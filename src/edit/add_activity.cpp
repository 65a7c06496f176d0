#include "edit/add_activity.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "check/checks.hpp"
#include "load/span_scanner.hpp"
#include "load/yaml_text.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::edit {

namespace {

using load::ValueStyle;
using yaml_text::Context;
using yaml_text::ScalarOptions;
using yaml_text::Style;

std::optional<Style> preferred(ValueStyle s) {
  switch (s) {
    case ValueStyle::Plain: return Style::Plain;
    case ValueStyle::SingleQuoted: return Style::SingleQuoted;
    case ValueStyle::DoubleQuoted: return Style::DoubleQuoted;
    case ValueStyle::Literal:
    case ValueStyle::Folded: return Style::Literal;
    default: return std::nullopt;
  }
}

std::optional<int> number_after(std::string_view id, std::string_view prefix) {
  if (!id.starts_with(prefix)) {
    return std::nullopt;
  }
  std::string_view rest = id.substr(prefix.size());
  int n = 0;
  auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), n);
  if (ec != std::errc() || end != rest.data() + rest.size()) {
    return std::nullopt;
  }
  return n;
}

/// How the neighbour is written: what the new activity copies.
struct Template {
  const load::RecordSpans* spans = nullptr;
  std::string_view text;
  bool flow = false;
  int dash = 2;    ///< column of the `-`
  int indent = 4;  ///< column of the keys
  bool blank = false;  ///< items are separated by a blank line
  std::vector<std::string> order;  ///< the neighbour's keys in order

  const load::EntrySpan* entry(std::string_view key) const { return spans ? spans->find(key) : nullptr; }
};

bool blank_line_at(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
    ++i;
  }
  return i < text.size() && (text[i] == '\n' || text[i] == '\r');
}

bool blank_line_before(std::string_view text, std::size_t line_start) {
  if (line_start == 0) {
    return false;
  }
  std::size_t prev = load::line_start(text, line_start - 1);
  return blank_line_at(text, prev);
}

std::string value_text(const Template& t, const ActivityField& f, const FieldValue& v, bool flow_context) {
  const load::EntrySpan* e = t.entry(f.key);
  ScalarOptions o;
  o.context = flow_context ? Context::Flow : Context::Block;
  o.indent = t.indent + 2;
  o.date = f.kind == FieldKind::Date;
  if (e != nullptr) {
    o.prefer = preferred(e->value.style);
  }
  if (!is_list_kind(f.kind)) {
    return yaml_text::scalar(v.text, o);
  }
  bool block = !flow_context && ((e != nullptr && e->value.style == ValueStyle::BlockSeq) ||
                                 (e == nullptr && f.kind == FieldKind::TextList));
  if (!block) {
    return yaml_text::flow_list(v.items);
  }
  std::string out;
  int dash = e != nullptr && !e->items.empty()
                 ? static_cast<int>(e->items.front().start - load::line_start(t.text, e->items.front().start)) - 2
                 : t.indent + 2;
  dash = std::max(dash, t.indent);
  for (const auto& item : v.items) {
    ScalarOptions io = o;
    io.prefer = std::nullopt;
    io.indent = dash + 2;
    out += "\n" + std::string(static_cast<std::size_t>(dash), ' ') + "- " + yaml_text::scalar(item, io);
  }
  return out;
}

}  // namespace

const Goal& find_goal(const YearPlan& year, const std::string& goal) {
  std::vector<std::string> ids;
  for (const auto& g : year.goals) {
    if (g.id.value == goal || (g.number > 0 && std::to_string(g.number) == goal)) {
      return g;
    }
    ids.push_back(g.id.value);
  }
  std::string message = trf("there is no goal \"{0}\" in the plan of {1}", text::printable(goal), year.year);
  if (auto hint = text::did_you_mean(goal, ids)) {
    message += trf(" — did you mean \"{}\"?", *hint);
  }
  throw EditError(message + trf("\ngoals: {}", fmt::join(ids, ", ")));
}

std::string next_id(const YearPlan& year, const Goal& goal) {
  if (goal.number <= 0) {
    throw EditError(trf("goal {} has no number to count activities by: give the new one an --id", goal.id.value));
  }
  std::string prefix = std::to_string(goal.number) + ".";
  int highest = 0;
  for (const auto& a : year.activities) {
    if (auto n = number_after(a.id.value, prefix)) {
      highest = std::max(highest, *n);
    }
  }
  return prefix + std::to_string(highest + 1);
}

AddPlan plan_add(const YearPlan& year, const load::SourceIndex& index, const AddRequest& request) {
  const Goal& goal = find_goal(year, request.goal);
  AddPlan out;
  out.id = request.id.empty() ? next_id(year, goal) : request.id;
  if (!check::is_valid_id(out.id)) {
    throw EditError(trf("activity id \"{}\" is not valid: use letters A–Z, digits, '.', '_' and '-', starting with a letter or digit",
                        text::printable(out.id)));
  }
  for (const auto& a : year.activities) {
    if (a.id.value == out.id) {
      throw EditError(trf("activity {} exists already (at {}:{}); give another --id", out.id, a.loc.path(),
                          int(a.loc.line)));
    }
  }
  // The neighbour: the goal's last activity, else its direction's, else the year's last.
  const Activity* after = nullptr;
  for (const auto& a : year.activities) {
    if (a.goal.value == goal.id.value) {
      after = &a;
    }
  }
  if (after == nullptr) {
    for (const auto& a : year.activities) {
      if (a.goal_index >= 0 && year.goals[static_cast<std::size_t>(a.goal_index)].direction.value == goal.direction.value) {
        after = &a;
      }
    }
  }
  if (after == nullptr && !year.activities.empty()) {
    after = &year.activities.back();
  }
  // The new activity's values, in the field table's terms.
  std::map<std::string, FieldValue> values;
  values["id"] = FieldValue{true, out.id, {}};
  values["goal"] = FieldValue{true, goal.id.value, {}};
  for (const auto& c : request.fields) {
    FieldValue v;
    v.present = true;
    if (is_list_kind(c.field->kind)) {
      v.items = c.items;
    } else {
      v.text = c.value;
    }
    values[std::string(c.field->key)] = v;
  }
  out.expected = values;
  for (const auto& f : activity_fields()) {
    out.expected.try_emplace(std::string(f.key), FieldValue{});
  }

  Template t;
  std::size_t insert_at = 0;
  std::string prefix;
  if (after != nullptr) {
    const load::RecordSpans* r = index.activity(after->loc);
    if (r == nullptr) {
      throw EditError(trf("activity {} cannot be placed: lplan did not find where {} is written", out.id,
                          after->id.value));
    }
    out.file = after->loc.path();
    const load::FileText& ft = index.files.at(out.file);
    t.text = ft.bytes;
    if (ft.bom) {
      t.text.remove_prefix(3);
    }
    t.spans = r;
    t.flow = r->map.style == ValueStyle::FlowMap;
    if (r->item_start >= t.text.size() || t.text[r->item_start] != '-') {
      throw EditError(trf("{}: activities written inside [ … ] cannot take a new one; write the list one item a line",
                          out.file));
    }
    t.dash = static_cast<int>(r->item_start - load::line_start(t.text, r->item_start));
    t.indent = t.flow ? t.dash + 2 : r->indent;
    t.blank = blank_line_at(t.text, r->item_end) || blank_line_before(t.text, load::line_start(t.text, r->item_start));
    for (const auto& e : r->entries) {
      t.order.push_back(e.key);
    }
    insert_at = r->item_end;
    if (insert_at >= t.text.size() && !t.text.empty() && t.text.back() != '\n') {
      prefix = "\n";
    }
  } else {
    // No activity yet: an `activities:` list at the end of the plan's file.
    out.file = year.files.empty() ? std::string() : year.meta.loc.path();
    const load::FileText& ft = index.files.at(out.file);
    t.text = ft.bytes;
    if (ft.bom) {
      t.text.remove_prefix(3);
    }
    insert_at = t.text.size();
    prefix = (t.text.empty() || t.text.back() == '\n' ? "" : "\n") + std::string("activities:\n");
  }
  // Keys: id, goal, title first, then in the neighbour's order; a key the neighbour lacks
  // goes where the field table puts it among them.
  auto rank = [](const std::string& key) {
    auto fields = activity_fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].key == key) {
        return i;
      }
    }
    return fields.size();
  };
  std::vector<std::string> keys = {"id", "goal", "title"};
  for (const auto& k : t.order) {
    if (values.contains(k) && std::find(keys.begin(), keys.end(), k) == keys.end()) {
      keys.push_back(k);
    }
  }
  for (const auto& f : activity_fields()) {
    std::string k(f.key);
    if (!values.contains(k) || std::find(keys.begin(), keys.end(), k) != keys.end()) {
      continue;
    }
    auto at = std::find_if(keys.begin() + 3, keys.end(), [&](const std::string& other) { return rank(other) > rank(k); });
    keys.insert(at, k);
  }
  std::string item;
  if (t.flow) {
    item = std::string(static_cast<std::size_t>(t.dash), ' ') + "- {";
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const ActivityField* f = find_field(activity_fields(), keys[i]);
      item += (i > 0 ? ", " : "") + keys[i] + ": " + value_text(t, *f, values[keys[i]], true);
    }
    item += "}\n";
  } else {
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const ActivityField* f = find_field(activity_fields(), keys[i]);
      std::string v = value_text(t, *f, values[keys[i]], false);
      std::string lead = i == 0 ? std::string(static_cast<std::size_t>(t.dash), ' ') + "- "
                                : std::string(static_cast<std::size_t>(t.indent), ' ');
      item += lead + keys[i] + ":" + (v.starts_with("\n") ? v : " " + v) + "\n";
    }
  }
  if (t.blank) {
    item = "\n" + item;
  }
  if (!prefix.empty() && prefix.ends_with("\n") && prefix != "\n" && t.blank) {
    item = item.substr(1);
  }
  std::string text = prefix + item;
  if (prefix == "\n") {
    text.pop_back();  // the file keeps ending without a line break
  }
  out.edit = TextEdit{out.file, static_cast<std::uint32_t>(insert_at), static_cast<std::uint32_t>(insert_at), text, 0};
  return out;
}

}  // namespace lplan::edit
