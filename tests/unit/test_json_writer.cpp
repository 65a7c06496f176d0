// The JSON writer: escaping, nesting, stable key order.
#include <sstream>

#include <doctest/doctest.h>

#include "render/json_writer.hpp"

using lplan::render::JsonWriter;

TEST_CASE("JSON strings escape quotes, backslashes and control characters, and keep Cyrillic") {
  CHECK(JsonWriter::escape("Черв'як \"Q\" \\ \n\t\x07") == "\"Черв'як \\\"Q\\\" \\\\ \\n\\t\\u0007\"");
}

TEST_CASE("objects and arrays nest with stable keys in the order written") {
  std::ostringstream out;
  JsonWriter w(out);
  w.begin_object();
  w.field("year", 2020);
  w.key("months");
  w.begin_array();
  w.value(3);
  w.value(4);
  w.end_array();
  w.field_null("deadline");
  w.field("ongoing", false);
  w.key("empty");
  w.begin_array();
  w.end_array();
  w.end_object();
  w.finish();
  CHECK(out.str() ==
        "{\n  \"year\": 2020,\n  \"months\": [\n    3,\n    4\n  ],\n  \"deadline\": null,\n"
        "  \"ongoing\": false,\n  \"empty\": []\n}\n");
}
