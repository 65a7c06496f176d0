#include "load/values.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text/unicode.hpp"

namespace lplan::load {

namespace {

const char* kind_name(const YNode& v) {
  switch (v.kind) {
    case YNode::Kind::Null: return "empty";
    case YNode::Kind::Scalar: return "text";
    case YNode::Kind::Sequence: return "a list";
    case YNode::Kind::Map: return "a mapping";
  }
  return "?";
}

std::string excerpt(std::string_view s) {
  return text::truncate_to_width(text::printable(s), 40);
}

constexpr const char* k_english_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::optional<Text> read_text(Converter& c, YNode& v, std::string_view key, Lines lines) {
  if (v.is_null()) {
    return std::nullopt;
  }
  if (!v.is_scalar()) {
    c.diags().error(c.loc(v), Rule::Type, fmt::format("\"{}\" must be text, not {}", key, kind_name(v)));
    return std::nullopt;
  }
  if (lines == Lines::One) {
    if (v.quote_open_on_line) {
      c.diags().error(c.loc(v), Rule::Quote,
                      fmt::format("the quoted value of \"{}\" does not end on its line — missing closing quote?",
                                  key));
      return std::nullopt;
    }
    if (v.value.find_first_of("\n\r") != std::string::npos) {
      c.diags().error(c.loc(v), Rule::Type,
                      fmt::format("\"{}\" must be one line, but holds a line break", key));
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
    c.diags().error(c.loc(v), Rule::Type,
                    fmt::format("\"{}\" must be a list or text, not {}", key, kind_name(v)));
    return out;
  }
  out.reserve(v.items.size());
  for (auto& item : v.items) {
    if (item.is_null()) {
      c.diags().error(c.loc(item), Rule::Type, fmt::format("an item of \"{}\" is empty", key));
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
                  fmt::format("\"{}\" must be a whole number, not \"{}\"", key,
                              v.is_scalar() ? excerpt(v.value) : kind_name(v)));
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
    const std::string& t = v.value;
    bool shaped = t.size() == 10 && t[4] == '-' && t[7] == '-' &&
                  t.find_first_not_of("0123456789-") == std::string::npos;
    if (shaped) {
      int year = std::stoi(t.substr(0, 4));
      int month = std::stoi(t.substr(5, 2));
      std::string why = month < 1 || month > 12
                            ? "there is no month " + t.substr(5, 2)
                            : fmt::format("{} {} has {} days", k_english_months[month - 1], year,
                                          days_in_month(year, month));
      c.diags().error(c.loc(v), Rule::Date, fmt::format("\"{}\" {} is not a real date ({})", key, t, why));
      return std::nullopt;
    }
  }
  c.diags().error(c.loc(v), Rule::Date,
                  fmt::format("\"{}\" must be a date written YYYY-MM-DD, not \"{}\"", key,
                              v.is_scalar() ? excerpt(v.value) : kind_name(v)));
  return std::nullopt;
}

bool FieldsSeen::has(std::string_view key) const {
  return std::find(present.begin(), present.end(), key) != present.end();
}

bool FieldsSeen::has_failed(std::string_view key) const {
  return std::find(failed.begin(), failed.end(), key) != failed.end();
}

std::optional<FieldsSeen> read_map(Converter& c, YNode& map, std::string_view what,
                                   const std::vector<std::string>& known,
                                   const std::function<void(std::string_view, const YNode&, YNode&)>& field) {
  if (!map.is_map()) {
    c.diags().error(c.loc(map), Rule::Type,
                    fmt::format("{} must be a mapping of keys ({}), not {}", what,
                                fmt::join(known, ", "), kind_name(map)));
    return std::nullopt;
  }
  FieldsSeen seen;
  for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
    const YNode& key = map.items[i];
    YNode& value = map.items[i + 1];
    if (!key.is_scalar()) {
      c.diags().error(c.loc(key), Rule::Key, fmt::format("a key of {} must be plain text", what));
      continue;
    }
    auto known_key = std::find(known.begin(), known.end(), key.value);
    if (known_key == known.end()) {
      auto hint = text::did_you_mean(key.value, known);
      std::string message = fmt::format("unknown key \"{}\" in {}", excerpt(key.value), what);
      if (hint) {
        message += fmt::format(" — did you mean \"{}\"?", *hint);
      } else {
        message += fmt::format(" (known keys: {})", fmt::join(known, ", "));
      }
      c.diags().error(c.loc(key), Rule::UnknownKey, std::move(message));
      continue;
    }
    std::size_t before = c.diags().size();
    field(key.value, key, value);
    seen.present.push_back(*known_key);
    seen.present_at.push_back(c.loc(value.is_null() ? key : value));
    if (c.diags().size() > before) {
      seen.failed.push_back(*known_key);
    }
  }
  return seen;
}

bool require(Converter& c, const YNode& map, const FieldsSeen& seen, std::string_view what,
             std::string_view key, bool value_empty) {
  if (!seen.has(key)) {
    c.diags().error(c.loc(map), Rule::Missing, fmt::format("{} has no \"{}\"", what, key));
    return false;
  }
  if (seen.has_failed(key)) {
    return false;
  }
  if (value_empty) {
    auto at = std::find(seen.present.begin(), seen.present.end(), key) - seen.present.begin();
    c.diags().error(seen.present_at[static_cast<std::size_t>(at)], Rule::Missing,
                    fmt::format("\"{}\" of {} is empty", key, what));
    return false;
  }
  return true;
}

}  // namespace lplan::load
