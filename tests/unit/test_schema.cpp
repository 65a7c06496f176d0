// `lplan schema` prints the text embedded at build time; it must be
// docs/lplan.schema.json byte for byte.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "lplan_schema_text.hpp"

TEST_CASE("the embedded schema is docs/lplan.schema.json") {
  std::ifstream in(std::string(LPLAN_SOURCE_DIR) + "/docs/lplan.schema.json", std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  CHECK(text.str() == std::string(lplan::k_plan_schema_text));
}

TEST_CASE("the embedded schema names its draft and the plan's top-level keys") {
  std::string s(lplan::k_plan_schema_text);
  CHECK(s.find("\"$schema\": \"http://json-schema.org/draft-07/schema#\"") != std::string::npos);
  for (const char* key : {"\"plan\"", "\"people\"", "\"directions\"", "\"goals\"", "\"activities\""}) {
    CHECK(s.find(key) != std::string::npos);
  }
}
