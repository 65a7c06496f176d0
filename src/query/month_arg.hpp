// Parsing the --month argument: any period the `when` language can write — a month
// word in any form (march, березень, березня, бер.), a number 1–12, a list or a range
// («березень, квітень», «3-4»), a quarter or half-year («II квартал», Q2, H1) — and
// YYYY-MM, and this/next/prev (цей/наступний/попередній), which cross the year.
#pragma once

#include <optional>
#include <stdexcept>
#include <string_view>

#include "model/date.hpp"
#include "model/schedule.hpp"

namespace lplan::query {

/// A --month value lplan cannot read; the message says what it accepts.
struct MonthArgError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct MonthArg {
  MonthSet months;          ///< the period: one month or several
  /// The year the value names: `YYYY-MM`, and this/next/prev (today's year, or the
  /// next or previous one across the year's end). Unset for a month word or a
  /// period: they name months of whichever plan year is shown.
  std::optional<int> year;
  /// True for this/next/prev: the month follows from today.
  bool relative = false;

  /// True when the period is one month.
  bool single() const { return months.count() == 1; }
  /// The first month of the period (the month, when single()).
  int first() const { return months.first(); }
};

/// Parses `text` relative to `today` (through when::parse_period for periods).
/// Throws MonthArgError, in the current language, with a hint.
MonthArg parse_month_arg(std::string_view text, Date today);

}  // namespace lplan::query
