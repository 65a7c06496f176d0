// Parsing the --month argument: a month word in any form of the `when` language
// (march, березень, березня, бер.), a number 1–12, YYYY-MM, or this/next/prev.
#pragma once

#include <optional>
#include <stdexcept>
#include <string_view>

#include "model/date.hpp"

namespace lplan::query {

/// A --month value lplan cannot read; the message says what it accepts.
struct MonthArgError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct MonthArg {
  int month = 0;            ///< 1..12
  std::optional<int> year;  ///< set only by `YYYY-MM` (it also picks the plan year)
};

/// Parses `text` relative to `today`. `this`/`next`/`prev` (also «цей», «наступний»,
/// «попередній») give today's month, the one after and the one before; they do not
/// fix the year. Throws MonthArgError.
MonthArg parse_month_arg(std::string_view text, Date today);

}  // namespace lplan::query
