// Writing values as YAML text: every value reads back exactly, plain when it can be.
#include <doctest/doctest.h>

#include "load/yaml_text.hpp"

using namespace lplan::yaml_text;

namespace {

std::string block(std::string_view v) { return scalar(v); }

}  // namespace

TEST_CASE("Ukrainian text with apostrophes is written plain") {
  CHECK(block("Риб'янцева І.П.") == "Риб'янцева І.П.");
  CHECK(block("Об’єднання громад") == "Об’єднання громад");
  CHECK(block("Мʼякий знак") == "Мʼякий знак");
  CHECK(block("Проведено 5 тренінгів") == "Проведено 5 тренінгів");
}

TEST_CASE("a colon-space, a hash after a space and leading indicators are quoted") {
  CHECK(block("Проведено у межах кампанії #БудьНаЧасі: 45 учасників") ==
        "\"Проведено у межах кампанії #БудьНаЧасі: 45 учасників\"");
  CHECK(block("кампанія #БудьНаЧасі") == "\"кампанія #БудьНаЧасі\"");
  CHECK(block("Тема: бібліотеки") == "\"Тема: бібліотеки\"");
  for (std::string_view v : {"- пункт", "@home", "!важливо", "&Ко", "*зірка", "%", "`код`", "? так", "[1]",
                             "{a}", "|x", ">x", "'x", "\"x", "#тег", "• пункт", "– пункт"}) {
    CAPTURE(v);
    CHECK_FALSE(plain_ok(v, Context::Block));
    CHECK(reads_back(block(v), v, Context::Block));
  }
}

TEST_CASE("words and numbers YAML would read as something else are quoted") {
  for (std::string_view v : {"yes", "No", "on", "OFF", "null", "~", "true", "1.10", "2.1", "10", "-5", ".5",
                             "1e3", "0x1F", "1:20", "2020-03-15", "2020-03-15T10:00:00Z", "<<", "="}) {
    CAPTURE(v);
    CHECK_FALSE(plain_ok(v, Context::Block));
    CHECK(block(v).front() == '"');
    CHECK(reads_back(block(v), v, Context::Block));
  }
  CHECK(block("2020 рік") == "2020 рік");
}

TEST_CASE("a date of a date field stays plain") {
  CHECK(scalar("2020-03-20", ScalarOptions{Context::Block, {}, 2, true}) == "2020-03-20");
  CHECK(scalar("2020-03-20") == "\"2020-03-20\"");
}

TEST_CASE("the preferred style is kept when the value fits it") {
  ScalarOptions single{Context::Block, Style::SingleQuoted, 2, false};
  CHECK(scalar("Риб'янцева", single) == "'Риб''янцева'");
  ScalarOptions dq{Context::Block, Style::DoubleQuoted, 2, false};
  CHECK(scalar("Протягом року", dq) == "\"Протягом року\"");
  ScalarOptions plain{Context::Block, Style::Plain, 2, false};
  CHECK(scalar("a: b", plain) == "\"a: b\"");
}

TEST_CASE("control characters, tabs and separators are escaped in double quotes") {
  CHECK(block("a\tb") == "\"a\\tb\"");
  CHECK(block(std::string("a\x1b") + "b") == "\"a\\x1Bb\"");
  CHECK(block("a\u2028b") == "\"a\\Lb\"");
  CHECK(block("a\u00A0b") == "a\u00A0b");
  CHECK(block(" leading") == "\" leading\"");
  CHECK(block("trailing ") == "\"trailing \"");
  CHECK(block("back\\slash \"q\"") == "back\\slash \"q\"");
  CHECK(block("\"q\" back\\slash") == "\"\\\"q\\\" back\\\\slash\"");
}

TEST_CASE("multi-line text becomes a literal block with the right chomping") {
  CHECK(scalar("рядок 1\nрядок 2", ScalarOptions{Context::Block, {}, 6, false}) ==
        "|-\n      рядок 1\n      рядок 2");
  CHECK(scalar("a\n\nb\n", ScalarOptions{Context::Block, {}, 4, false}) == "|\n    a\n\n    b");
  CHECK(scalar("a\n\n", ScalarOptions{Context::Block, {}, 2, false}) == "|+\n  a\n");
  CHECK(scalar(" a\nb") == "\" a\\nb\"");
  CHECK(scalar("a\nb", ScalarOptions{Context::Flow, {}, 2, false}) == "\"a\\nb\"");
}

TEST_CASE("flow lists quote what a flow context would split") {
  CHECK(flow_list({"ЛОВ УБА", "ЛОУНБ, ОУНБ", "a: b", "[x]", "1.10"}) ==
        "[ЛОВ УБА, \"ЛОУНБ, ОУНБ\", \"a: b\", \"[x]\", \"1.10\"]");
}

TEST_CASE("a list argument: [a, b] gives several items, anything else one") {
  std::string error;
  auto one = list_items_argument("Дубова, Літашова", error);
  REQUIRE(one);
  CHECK(*one == std::vector<std::string>{"Дубова, Літашова"});
  auto two = list_items_argument("[dubova, \"Літашова, О.\"]", error);
  REQUIRE(two);
  CHECK(*two == std::vector<std::string>{"dubova", "Літашова, О."});
  CHECK_FALSE(list_items_argument("[a, [b]]", error));
  CHECK_FALSE(error.empty());
  CHECK_FALSE(list_items_argument("[a, b", error));
}
