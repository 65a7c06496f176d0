// Moving a plan's dates to the next year (`lplan new`).
#include <doctest/doctest.h>

#include "edit/move_dates.hpp"

using lplan::Date;
using lplan::edit::move_date;
using lplan::edit::move_dates_in_when;

TEST_CASE("a date keeps its day and month; 29 February becomes 28 February") {
  CHECK(move_date(Date{2020, 3, 15}, 2021) == Date{2021, 3, 15});
  CHECK(move_date(Date{2020, 2, 29}, 2021) == Date{2021, 2, 28});
  CHECK(move_date(Date{2020, 2, 29}, 2024) == Date{2024, 2, 29});
  CHECK(move_date(Date{2020, 12, 31}, 2021) == Date{2021, 12, 31});
}

TEST_CASE("dates inside a timeframe move to the new year, the rest stays as written") {
  CHECK(move_dates_in_when("до 15 березня 2020 р.", 2020, 2021) == "до 15 березня 2021 р.");
  CHECK(move_dates_in_when("15.03.2020", 2020, 2021) == "15.03.2021");
  CHECK(move_dates_in_when("2020-03-15", 2020, 2021) == "2021-03-15");
  CHECK(move_dates_in_when("by 2020-02-29", 2020, 2021) == "by 2021-02-28");
  CHECK(move_dates_in_when("29.02.2020", 2020, 2021) == "28.02.2021");
  CHECK(move_dates_in_when("29 лютого", 2020, 2021) == "28 лютого");
  CHECK(move_dates_in_when("29.02", 2020, 2021) == "28.02");
  CHECK(move_dates_in_when("Протягом року", 2020, 2021) == "Протягом року");
  CHECK(move_dates_in_when("I квартал", 2020, 2021) == "I квартал");
  CHECK(move_dates_in_when("березень 2020", 2020, 2021) == "березень 2021");
  CHECK(move_dates_in_when("1 на 2 місяці", 2020, 2021) == "1 на 2 місяці");
  // Another year's date is not this plan's: left for validate to point at.
  CHECK(move_dates_in_when("15.03.2019", 2020, 2021) == "15.03.2019");
}
