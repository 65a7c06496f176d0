#include "load/values.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "diag/messages.hpp"
#include "text/i18n.hpp"
#include "text/lang.hpp"
#include "text/unicode.hpp"

namespace lplan::load {

namespace {

/// The shape of a value, as it reads after "must be …, not": «not a list».
std::string_view shape_name(const YNode& v) {
  switch (v.kind) {
    case YNode::Kind::Null: return trc("not …", "empty");
    case YNode::Kind::Scalar: return trc("not …", "text");
    case YNode::Kind::Sequence: return trc("not …", "a list");
    case YNode::Kind::Map: return trc("not …", "a mapping");
  }
  return "?";
}

std::string excerpt(std::string_view s) { return text::truncate_to_width(text::printable(s), 40); }

std::string unknown_key_message(RecordKind what, std::string_view key) {
  std::string k = excerpt(key);
  switch (what) {
    case RecordKind::Plan: return trf("unknown key \"{}\" in plan", k);
    case RecordKind::Direction: return trf("unknown key \"{}\" in a direction", k);
    case RecordKind::Goal: return trf("unknown key \"{}\" in a goal", k);
    case RecordKind::Person: return trf("unknown key \"{}\" in a person", k);
    case RecordKind::Activity: return trf("unknown key \"{}\" in an activity", k);
    case RecordKind::PlanFile: return trf("unknown key \"{}\" in a plan file", k);
    case RecordKind::PeopleFile: return trf("unknown key \"{}\" in the people registry (it holds only \"people\")", k);
  }
  return {};
}

std::string not_a_mapping_message(RecordKind what, const std::string& keys, std::string_view shape) {
  switch (what) {
    case RecordKind::Plan: return trf("plan must be a mapping of keys ({}), not {}", keys, shape);
    case RecordKind::Direction: return trf("a direction must be a mapping of keys ({}), not {}", keys, shape);
    case RecordKind::Goal: return trf("a goal must be a mapping of keys ({}), not {}", keys, shape);
    case RecordKind::Person: return trf("a person must be a mapping of keys ({}), not {}", keys, shape);
    case RecordKind::Activity: return trf("an activity must be a mapping of keys ({}), not {}", keys, shape);
    case RecordKind::PlanFile: return trf("a plan file must be a mapping of keys ({}), not {}", keys, shape);
    case RecordKind::PeopleFile:
      return trf("the people registry (it holds only \"people\") must be a mapping of keys ({}), not {}", keys, shape);
  }
  return {};
}

std::string key_not_text_message(RecordKind what) {
  switch (what) {
    case RecordKind::Plan: return std::string(tr("a key of plan must be plain text"));
    case RecordKind::Direction: return std::string(tr("a key of a direction must be plain text"));
    case RecordKind::Goal: return std::string(tr("a key of a goal must be plain text"));
    case RecordKind::Person: return std::string(tr("a key of a person must be plain text"));
    case RecordKind::Activity: return std::string(tr("a key of an activity must be plain text"));
    case RecordKind::PlanFile: return std::string(tr("a key of a plan file must be plain text"));
    case RecordKind::PeopleFile: return std::string(tr("a key of the people registry must be plain text"));
  }
  return {};
}

std::string has_no_message(RecordKind what, std::string_view key) {
  switch (what) {
    case RecordKind::Plan: return trf("plan has no \"{}\"", key);
    case RecordKind::Direction: return trf("a direction has no \"{}\"", key);
    case RecordKind::Goal: return trf("a goal has no \"{}\"", key);
    case RecordKind::Person: return trf("a person has no \"{}\"", key);
    case RecordKind::Activity: return trf("an activity has no \"{}\"", key);
    case RecordKind::PlanFile:
    case RecordKind::PeopleFile: break;
  }
  return trf("\"{}\" is missing", key);
}

std::string is_empty_message(RecordKind what, std::string_view key) {
  switch (what) {
    case RecordKind::Plan: return trf("\"{}\" of plan is empty", key);
    case RecordKind::Direction: return trf("\"{}\" of a direction is empty", key);
    case RecordKind::Goal: return trf("\"{}\" of a goal is empty", key);
    case RecordKind::Person: return trf("\"{}\" of a person is empty", key);
    case RecordKind::Activity: return trf("\"{}\" of an activity is empty", key);
    case RecordKind::PlanFile:
    case RecordKind::PeopleFile: break;
  }
  return trf("\"{}\" is empty", key);
}

}  // namespace

std::optional<Text> read_text(Converter& c, YNode& v, std::string_view key, Lines lines) {
  if (v.is_null()) {
    return std::nullopt;
  }
  if (!v.is_scalar()) {
    c.diags().error(c.loc(v), Rule::Type, trf("\"{}\" must be text, not {}", key, shape_name(v)));
    return std::nullopt;
  }
  if (lines == Lines::One) {
    if (v.quote_open_on_line) {
      c.diags().error(c.loc(v), Rule::Quote,
                      trf("the quoted value of \"{}\" does not end on its line — missing closing quote?", key));
      return std::nullopt;
    }
    if (v.value.find_first_of("\n\r") != std::string::npos) {
      c.diags().error(c.loc(v), Rule::Type, trf("\"{}\" must be one line, but holds a line break", key));
      return std::nullopt;
    }
  }
  return Text{std::move(v.value), c.loc(v)};
}

std::vector<Text> read_text_list(Converter& c, YNode& v, std::string_view key, Lines lines) {
  std::vector<Text> out;
  if (v.is_null()) {
    return out;
  }
  if (v.is_scalar()) {
    if (auto t = read_text(c, v, key, lines)) {
      out.push_back(std::move(*t));
    }
    return out;
  }
  if (!v.is_seq()) {
    c.diags().error(c.loc(v), Rule::Type, trf("\"{}\" must be a list or text, not {}", key, shape_name(v)));
    return out;
  }
  out.reserve(v.items.size());
  for (auto& item : v.items) {
    if (item.is_null()) {
      c.diags().error(c.loc(item), Rule::Type, trf("an item of \"{}\" is empty", key));
      continue;
    }
    if (auto t = read_text(c, item, key, lines)) {
      out.push_back(std::move(*t));
    }
  }
  return out;
}

std::optional<int> read_int(Converter& c, const YNode& v, std::string_view key) {
  if (v.is_null()) {
    return std::nullopt;
  }
  if (v.is_scalar() && !v.value.empty() && v.value.size() <= 6 &&
      v.value.find_first_not_of("0123456789") == std::string::npos) {
    return std::stoi(v.value);
  }
  c.diags().error(c.loc(v), Rule::Type,
                  trf("\"{}\" must be a whole number, not \"{}\"", key,
                      v.is_scalar() ? excerpt(v.value) : std::string(shape_name(v))));
  return std::nullopt;
}

std::optional<Date> read_date(Converter& c, const YNode& v, std::string_view key) {
  if (v.is_null()) {
    return std::nullopt;
  }
  if (v.is_scalar()) {
    if (auto d = parse_iso_date(v.value)) {
      return d;
    }
    c.diags().error(c.loc(v), Rule::Date, *messages::bad_date(key, v.value));
    return std::nullopt;
  }
  c.diags().error(c.loc(v), Rule::Date,
                  trf("\"{}\" must be a date written YYYY-MM-DD, not \"{}\"", key, shape_name(v)));
  return std::nullopt;
}

std::optional<LoadedValue> read_value(Converter& c, YNode& v, std::string_view key, FieldKind kind) {
  LoadedValue out;
  out.loc = c.loc(v);
  switch (kind) {
    case FieldKind::Id:
    case FieldKind::Reference:
    case FieldKind::Line:
    case FieldKind::Text:
    case FieldKind::When: {
      bool quoted = v.style == '"' || v.style == '\'';
      auto t = read_text(c, v, key, kind == FieldKind::Text ? Lines::Many : Lines::One);
      if (!t) {
        return std::nullopt;
      }
      if (kind == FieldKind::When && quoted) {
        // Point into the text itself, past the opening quote, so that problems inside
        // it get exact columns.
        t->loc.column += 1;
      }
      out.text = std::move(*t);
      return out;
    }
    case FieldKind::LineList:
    case FieldKind::People:
      out.list = read_text_list(c, v, key, Lines::One);
      return out;
    case FieldKind::TextList:
      out.list = read_text_list(c, v, key, Lines::Many);
      return out;
    case FieldKind::Date:
      out.date = read_date(c, v, key);
      return out;
    case FieldKind::Number:
      out.number = read_int(c, v, key);
      return out;
    case FieldKind::Status: {
      auto t = read_text(c, v, key, Lines::One);
      if (!t || t->empty()) {
        return std::nullopt;
      }
      out.loc = t->loc;
      if (auto s = parse_status_word(t->value)) {
        out.status = s;
        return out;
      }
      c.diags().error(t->loc, Rule::Status, messages::unknown_status(t->value));
      return std::nullopt;
    }
    case FieldKind::PersonKind: {
      auto t = read_text(c, v, key, Lines::One);
      if (!t) {
        return std::nullopt;
      }
      if (t->value == "body") {
        out.person_kind = PersonKind::Body;
      } else if (t->empty() || t->value == "person") {
        out.person_kind = PersonKind::Person;
      } else {
        c.diags().error(t->loc, Rule::Kind,
                        trf("unknown kind \"{}\" — write person or body", text::printable(t->value)));
        return std::nullopt;
      }
      return out;
    }
  }
  return std::nullopt;
}

bool FieldsSeen::has(std::string_view key) const {
  return std::find(present.begin(), present.end(), key) != present.end();
}

bool FieldsSeen::has_failed(std::string_view key) const {
  return std::find(failed.begin(), failed.end(), key) != failed.end();
}

std::optional<FieldsSeen> read_map(Converter& c, YNode& map, RecordKind what, const std::vector<std::string>& known,
                                   const std::function<void(std::string_view, const YNode&, YNode&)>& field) {
  if (!map.is_map()) {
    c.diags().error(c.loc(map), Rule::Type,
                    not_a_mapping_message(what, fmt::format("{}", fmt::join(known, ", ")), shape_name(map)));
    return std::nullopt;
  }
  FieldsSeen seen;
  for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
    const YNode& key = map.items[i];
    YNode& value = map.items[i + 1];
    if (!key.is_scalar()) {
      c.diags().error(c.loc(key), Rule::Key, key_not_text_message(what));
      continue;
    }
    auto known_key = std::find(known.begin(), known.end(), key.value);
    if (known_key == known.end()) {
      auto hint = text::did_you_mean(key.value, known);
      std::string message = unknown_key_message(what, key.value);
      if (hint) {
        message += trf(" — did you mean \"{}\"?", *hint);
      } else {
        message += trf(" (known keys: {})", fmt::join(known, ", "));
      }
      c.diags().error(c.loc(key), Rule::UnknownKey, std::move(message));
      continue;
    }
    std::size_t before = c.diags().size();
    field(key.value, key, value);
    if (value.anchor_line != 0) {
      // A value reached through an alias: its problems are where the alias is used.
      SourceLoc at = c.loc(value);
      for (std::size_t d = before; d < c.diags().size(); ++d) {
        Diagnostic& problem = c.diags().item(d);
        problem.line = static_cast<int>(at.line);
        problem.column = static_cast<int>(at.column);
        problem.message += trf(" — the value comes through the alias *{} from the anchor &{} at line {}",
                               text::printable(value.anchor), text::printable(value.anchor), value.anchor_line);
      }
    }
    seen.present.push_back(*known_key);
    seen.present_at.push_back(c.loc(value.is_null() ? key : value));
    if (c.diags().size() > before) {
      seen.failed.push_back(*known_key);
    }
  }
  return seen;
}

bool require(Converter& c, const YNode& map, const FieldsSeen& seen, RecordKind what, std::string_view key,
             bool value_empty) {
  if (!seen.has(key)) {
    c.diags().error(c.loc(map), Rule::Missing, has_no_message(what, key));
    return false;
  }
  if (seen.has_failed(key)) {
    return false;
  }
  if (value_empty) {
    auto at = std::find(seen.present.begin(), seen.present.end(), key) - seen.present.begin();
    c.diags().error(seen.present_at[static_cast<std::size_t>(at)], Rule::Missing, is_empty_message(what, key));
    return false;
  }
  return true;
}

}  // namespace lplan::load
