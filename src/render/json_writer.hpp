// A small streaming JSON writer: correct escaping, stable key order (the order
// the caller writes), two-space indentation.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::render {

class JsonWriter {
public:
  explicit JsonWriter(std::ostream& out) : m_out(out) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// The key of the next value inside an object.
  void key(std::string_view k);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(int n);
  void value(long long n);
  void value(std::size_t n);
  void value(double d);
  void value(bool b);
  void null();

  /// Shorthands: key and value in one call.
  template <typename T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }
  void field_null(std::string_view k) {
    key(k);
    null();
  }
  void string_array(std::string_view k, const std::vector<std::string>& items);

  /// Ends the document with a newline.
  void finish();

  static std::string escape(std::string_view s);

private:
  void before_value();
  void newline();

  std::ostream& m_out;
  struct Level {
    bool array;
    bool empty = true;
  };
  std::vector<Level> m_stack;
  bool m_after_key = false;
};

}  // namespace lplan::render
