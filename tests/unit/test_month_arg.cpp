// The --month argument (src/query/month_arg.*).
#include <doctest/doctest.h>

#include "query/month_arg.hpp"

using namespace lplan;
using query::parse_month_arg;

namespace {
const Date k_today{2020, 3, 10};
}

TEST_CASE("every month word of the when language gives March") {
  for (const char* word : {"march", "March", "mar", "березень", "березня", "БЕРЕЗНІ", "бер.", "березень"}) {
    CAPTURE(word);
    auto m = parse_month_arg(word, k_today);
    CHECK(m.month == 3);
    CHECK_FALSE(m.year.has_value());
  }
}

TEST_CASE("a number 1–12 is a month; 0 and 13 are errors") {
  CHECK(parse_month_arg("3", k_today).month == 3);
  CHECK(parse_month_arg("03", k_today).month == 3);
  CHECK(parse_month_arg("12", k_today).month == 12);
  CHECK_THROWS_AS(parse_month_arg("0", k_today), query::MonthArgError);
  CHECK_THROWS_WITH(parse_month_arg("13", k_today), "--month 13: a month number is 1–12");
}

TEST_CASE("YYYY-MM gives the month and the year") {
  auto m = parse_month_arg("2021-11", k_today);
  CHECK(m.month == 11);
  CHECK(m.year == 2021);
  CHECK_THROWS_AS(parse_month_arg("2020-13", k_today), query::MonthArgError);
}

TEST_CASE("this, next and prev are relative to today and wrap around the year") {
  CHECK(parse_month_arg("this", k_today).month == 3);
  CHECK(parse_month_arg("next", k_today).month == 4);
  CHECK(parse_month_arg("prev", k_today).month == 2);
  CHECK(parse_month_arg("наступний", k_today).month == 4);
  CHECK(parse_month_arg("next", Date{2020, 12, 1}).month == 1);
  CHECK(parse_month_arg("prev", Date{2020, 1, 1}).month == 12);
}

TEST_CASE("a misspelt month is an error with a hint") {
  CHECK_THROWS_WITH(parse_month_arg("березенъ", k_today),
                    doctest::Contains("unknown month \"березенъ\" — did you mean \"березень\"?"));
  CHECK_THROWS_AS(parse_month_arg("", k_today), query::MonthArgError);
  CHECK_THROWS_AS(parse_month_arg("\x1b[31m", k_today), query::MonthArgError);
}
