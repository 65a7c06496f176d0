#include "load/yaml_text.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::yaml_text {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// Code points a YAML reader treats as line breaks or refuses raw, and the
/// invisible byte-order mark: only a double-quoted string with escapes keeps them.
bool needs_escape(char32_t cp) {
  return (cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

bool has_escapable(std::string_view value) {
  for (char32_t cp : text::decode(value)) {
    if (needs_escape(cp)) {
      return true;
    }
  }
  return false;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

/// Null, booleans and special floats of YAML 1.1 and 1.2, and the 1.1 keys `=` and `<<`.
bool is_reserved_word(std::string_view value) {
  static constexpr std::array<std::string_view, 18> k_words = {
      "null", "~",   "true", "false", "yes", "no",   "on",   "off",   "y",
      "n",    "=",   "<<",   ".inf",  "-.inf", "+.inf", ".nan", "nan", "inf"};
  std::string lower = ascii_lower(value);
  return std::find(k_words.begin(), k_words.end(), lower) != k_words.end();
}

/// What some YAML reader takes for a number, a date or a time: 1, 1.10, -2, .5, 1e3,
/// 0x1F, 0o17, 1_000, 1:20 (YAML 1.1 base 60), 2020-03-15, 2020-03-15T10:00:00Z.
bool looks_numeric(std::string_view value) {
  std::size_t i = 0;
  if (i < value.size() && (value[i] == '+' || value[i] == '-' || value[i] == '.')) {
    ++i;
  }
  if (i >= value.size() || value[i] < '0' || value[i] > '9') {
    return false;
  }
  static constexpr std::string_view k_chars = "0123456789abcdefABCDEFxXoO._:+-tTzZ ";
  return value.find_first_not_of(k_chars) == std::string_view::npos;
}

bool is_iso_date(std::string_view v) {
  return v.size() == 10 && v[4] == '-' && v[7] == '-' &&
         std::all_of(v.begin(), v.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

std::string single_quoted(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    out += c;
    if (c == '\'') {
      out += '\'';
    }
  }
  return out + "'";
}

/// A literal block, or nullopt when the value cannot be one (leading blank on the
/// first line, a line of blanks only, a carriage return or a control character).
std::optional<std::string> literal_block(std::string_view value, int indent) {
  if (value.find('\n') == std::string_view::npos) {
    return std::nullopt;
  }
  for (char32_t cp : text::decode(value)) {
    if (cp != '\n' && needs_escape(cp)) {
      return std::nullopt;
    }
  }
  std::size_t trailing = 0;
  while (trailing < value.size() && value[value.size() - 1 - trailing] == '\n') {
    ++trailing;
  }
  std::string_view body = value.substr(0, value.size() - trailing);
  if (body.empty() || is_blank(body.front())) {
    return std::nullopt;
  }
  std::string out = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
  std::string pad(static_cast<std::size_t>(std::max(indent, 1)), ' ');
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) {
      end = body.size();
    }
    std::string_view line = body.substr(start, end - start);
    if (!line.empty() && line.find_first_not_of(" \t") == std::string_view::npos) {
      return std::nullopt;  // a line of blanks only: its meaning depends on the indentation
    }
    out += '\n';
    if (!line.empty()) {
      out += pad;
      out += line;
    }
    start = end + 1;
  }
  for (std::size_t i = 1; i < trailing; ++i) {
    out += '\n';
  }
  return out;
}

}  // namespace

bool plain_ok(std::string_view value, Context context) {
  if (value.empty() || is_blank(value.front()) || is_blank(value.back())) {
    return false;
  }
  static constexpr std::string_view k_indicators = "-?:,[]{}#&*!|>'\"%@`";
  if (k_indicators.find(value.front()) != std::string_view::npos) {
    return false;
  }
  // Typed list dashes and bullets: YAML reads them as text, but lplan's own checks
  // take a value that starts with them for a mistyped list.
  for (std::string_view lookalike : {"•", "–", "—"}) {
    if (value.starts_with(lookalike)) {
      return false;
    }
  }
  if (value.find('\t') != std::string_view::npos || has_escapable(value)) {
    return false;
  }
  if (value.find(": ") != std::string_view::npos || value.back() == ':' ||
      value.find(" #") != std::string_view::npos) {
    return false;
  }
  if (context == Context::Flow && value.find_first_of(",[]{}:") != std::string_view::npos) {
    return false;
  }
  if (is_reserved_word(value) || looks_numeric(value)) {
    return false;
  }
  return true;
}

std::string double_quoted(std::string_view value) {
  std::string out = "\"";
  for (char32_t cp : text::decode(value)) {
    switch (cp) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\t': out += "\\t"; continue;
      case '\r': out += "\\r"; continue;
      case 0x85: out += "\\N"; continue;
      case 0x2028: out += "\\L"; continue;
      case 0x2029: out += "\\P"; continue;
      default: break;
    }
    if (cp < 0x20 || cp == 0x7F) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned>(cp));
    } else if (needs_escape(cp)) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
    } else {
      out += text::encode(cp);
    }
  }
  return out + "\"";
}

std::string scalar(std::string_view value, const ScalarOptions& options) {
  std::vector<std::string> candidates;
  bool multiline = value.find('\n') != std::string_view::npos;
  bool plain = plain_ok(value, options.context) || (options.date && is_iso_date(value));
  auto add_preferred = [&](Style style) {
    switch (style) {
      case Style::Plain:
        if (plain) {
          candidates.push_back(std::string(value));
        }
        break;
      case Style::SingleQuoted:
        if (!multiline && !has_escapable(value)) {
          candidates.push_back(single_quoted(value));
        }
        break;
      case Style::DoubleQuoted:
        candidates.push_back(double_quoted(value));
        break;
      case Style::Literal:
        if (options.context == Context::Block) {
          if (auto block = literal_block(value, options.indent)) {
            candidates.push_back(*block);
          }
        }
        break;
    }
  };
  if (options.prefer) {
    add_preferred(*options.prefer);
  }
  if (multiline && options.context == Context::Block) {
    add_preferred(Style::Literal);
  }
  add_preferred(Style::Plain);
  add_preferred(Style::DoubleQuoted);
  for (const auto& c : candidates) {
    if (reads_back(c, value, options.context)) {
      return c;
    }
  }
  return double_quoted(value);
}

std::string flow_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += ", ";
    }
    out += scalar(items[i], ScalarOptions{Context::Flow, {}, 0, false});
  }
  return out + "]";
}

bool reads_back(std::string_view yaml, std::string_view value, Context context) {
  std::string doc = context == Context::Flow ? fmt::format("k: [{}]\n", yaml) : fmt::format("k: {}\n", yaml);
  try {
    YAML::Node root = YAML::Load(doc);
    if (!root.IsMap() || root.size() != 1) {
      return false;
    }
    const YAML::Node k = root["k"];
    const YAML::Node node = context == Context::Flow ? (k.IsSequence() && k.size() == 1 ? k[0] : YAML::Node())
                                                     : k;
    if (!node.IsDefined() || !node.IsScalar()) {
      return false;
    }
    return node.Scalar() == value;
  } catch (const YAML::Exception&) {
    return false;
  }
}

std::optional<std::vector<std::string>> list_items_argument(std::string_view text, std::string& error) {
  std::string_view trimmed = text;
  while (!trimmed.empty() && is_blank(trimmed.front())) {
    trimmed.remove_prefix(1);
  }
  if (!trimmed.starts_with("[")) {
    return std::vector<std::string>{std::string(text)};
  }
  try {
    YAML::Node node = YAML::Load(std::string(trimmed));
    if (!node.IsSequence()) {
      error = tr("a list is written [a, b] (YAML flow syntax)");
      return std::nullopt;
    }
    std::vector<std::string> items;
    for (const auto& item : node) {
      if (!item.IsScalar()) {
        error = tr("each item of the list must be text; put an item with , [ ] or : in double quotes");
        return std::nullopt;
      }
      items.push_back(item.Scalar());
    }
    return items;
  } catch (const YAML::Exception&) {
    if (!text.ends_with("]")) {
      error = trf("the list \"{}\" does not end with ]: put the whole argument in quotes for the shell, as in "
                  "'tags=[a, b]'",
                  text::printable(text));
    } else {
      error = trf("the list \"{}\" is not written as [a, b]: put an item with , [ ] or : in double quotes",
                  text::printable(text));
    }
    return std::nullopt;
  }
}

}  // namespace lplan::yaml_text
