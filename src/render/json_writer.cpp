#include "render/json_writer.hpp"

#include <cmath>

#include <fmt/format.h>

#include "text/unicode.hpp"

namespace lplan::render {

std::string JsonWriter::escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  // Invalid UTF-8 never reaches here (the loader rejects it), but be safe.
  std::string valid = text::find_invalid_utf8(s) ? text::encode(text::decode(s)) : std::string(s);
  for (char ch : valid) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\u{:04x}", c);
        } else {
          out += ch;
        }
    }
  }
  out += '"';
  return out;
}

void JsonWriter::newline() {
  m_out << '\n';
  for (std::size_t i = 0; i < m_stack.size(); ++i) {
    m_out << "  ";
  }
}

void JsonWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_stack.empty()) {
    if (!m_stack.back().empty) {
      m_out << ',';
    }
    m_stack.back().empty = false;
    newline();
  }
}

void JsonWriter::begin_object() {
  before_value();
  m_out << '{';
  m_stack.push_back(Level{false});
}

void JsonWriter::end_object() {
  bool empty = m_stack.back().empty;
  m_stack.pop_back();
  if (!empty) {
    newline();
  }
  m_out << '}';
}

void JsonWriter::begin_array() {
  before_value();
  m_out << '[';
  m_stack.push_back(Level{true});
}

void JsonWriter::end_array() {
  bool empty = m_stack.back().empty;
  m_stack.pop_back();
  if (!empty) {
    newline();
  }
  m_out << ']';
}

void JsonWriter::key(std::string_view k) {
  before_value();
  m_out << escape(k) << ": ";
  m_after_key = true;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  m_out << escape(s);
}

void JsonWriter::value(int n) {
  before_value();
  m_out << n;
}

void JsonWriter::value(long long n) {
  before_value();
  m_out << n;
}

void JsonWriter::value(std::size_t n) {
  before_value();
  m_out << n;
}

void JsonWriter::value(double d) {
  before_value();
  if (std::isfinite(d)) {
    m_out << fmt::format("{}", d);
  } else {
    m_out << "null";
  }
}

void JsonWriter::value(bool b) {
  before_value();
  m_out << (b ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  m_out << "null";
}

void JsonWriter::string_array(std::string_view k, const std::vector<std::string>& items) {
  key(k);
  begin_array();
  for (const auto& s : items) {
    value(s);
  }
  end_array();
}

void JsonWriter::finish() { m_out << '\n'; }

}  // namespace lplan::render
