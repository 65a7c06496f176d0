// The --month argument (src/query/month_arg.*): any period of the when language,
// YYYY-MM, and this/next/prev across the year's end.
#include <doctest/doctest.h>

#include "query/month_arg.hpp"
#include "text/i18n.hpp"

using namespace lplan;
using query::parse_month_arg;

namespace {
const Date k_today{2020, 3, 10};

std::vector<int> months(const char* text, Date today = k_today) {
  return parse_month_arg(text, today).months.months();
}
}  // namespace

TEST_CASE("every month word of the when language gives March") {
  for (const char* word : {"march", "March", "mar", "березень", "березня", "БЕРЕЗНІ", "бер.", "Березень"}) {
    CAPTURE(word);
    auto m = parse_month_arg(word, k_today);
    CHECK(m.single());
    CHECK(m.first() == 3);
    CHECK_FALSE(m.year.has_value());
    CHECK_FALSE(m.relative);
  }
}

TEST_CASE("a number 1–12 is a month; 0 and 13 are errors with the rule") {
  CHECK(months("3") == std::vector<int>{3});
  CHECK(months("03") == std::vector<int>{3});
  CHECK(months("12") == std::vector<int>{12});
  CHECK_THROWS_AS(parse_month_arg("0", k_today), query::MonthArgError);
  CHECK_THROWS_WITH(parse_month_arg("13", k_today),
                    doctest::Contains("--month \"13\": no month 13 — months are numbered 1 to 12"));
}

TEST_CASE("a quarter, a half-year, a range or a list is a period of several months") {
  CHECK(months("II квартал") == std::vector<int>{4, 5, 6});
  CHECK(months("Q2") == std::vector<int>{4, 5, 6});
  CHECK(months("H1") == std::vector<int>{1, 2, 3, 4, 5, 6});
  CHECK(months("3-4") == std::vector<int>{3, 4});
  CHECK(months("березень–квітень") == std::vector<int>{3, 4});
  CHECK(months("березень, квітень") == std::vector<int>{3, 4});
  CHECK(months("березень, травень") == std::vector<int>{3, 5});
  CHECK_FALSE(parse_month_arg("Q2", k_today).year.has_value());
}

TEST_CASE("YYYY-MM gives the month and the year") {
  auto m = parse_month_arg("2021-11", k_today);
  CHECK(m.months == MonthSet::single(11));
  CHECK(m.year == 2021);
  CHECK_THROWS_AS(parse_month_arg("2020-13", k_today), query::MonthArgError);
}

TEST_CASE("this, next and prev are relative to today and cross the year") {
  auto check = [](const char* word, Date today, int month, int year) {
    CAPTURE(word);
    auto m = parse_month_arg(word, today);
    CHECK(m.months == MonthSet::single(month));
    CHECK(m.year == year);
    CHECK(m.relative);
  };
  check("this", k_today, 3, 2020);
  check("next", k_today, 4, 2020);
  check("prev", k_today, 2, 2020);
  check("наступний", k_today, 4, 2020);
  check("Наступний місяць", k_today, 4, 2020);
  check("next month", k_today, 4, 2020);
  check("цей", k_today, 3, 2020);
  check("попередній", k_today, 2, 2020);
  check("next", Date{2020, 12, 15}, 1, 2021);
  check("prev", Date{2020, 1, 1}, 12, 2019);
}

TEST_CASE("a misspelt month is an error with a hint, in the language") {
  CHECK_THROWS_WITH(parse_month_arg("березенъ", k_today),
                    doctest::Contains("unknown month \"березенъ\" — did you mean \"березень\"?"));
  CHECK_THROWS_AS(parse_month_arg("", k_today), query::MonthArgError);
  CHECK_THROWS_AS(parse_month_arg("\x1b[31m", k_today), query::MonthArgError);
  CHECK_THROWS_WITH(parse_month_arg("за потреби", k_today), doctest::Contains("names no months"));
  set_language(Lang::Uk);
  std::string uk;
  try {
    parse_month_arg("березенъ", k_today);
  } catch (const query::MonthArgError& e) {
    uk = e.what();
  }
  set_language(Lang::En);
  CHECK(uk.find("невідомий місяць «березенъ» — можливо, «березень»?") != std::string::npos);
}
