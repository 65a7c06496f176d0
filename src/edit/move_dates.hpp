// Moving the dates of a plan to another year (`lplan new`): a `due` date, and the dates
// written inside a `when` text («15.03.2020», «2020-03-15», «до 15 березня 2020 р.»,
// «29 лютого») — 29 February becomes 28 February in a year that has none.
#pragma once

#include <string>
#include <string_view>

#include "model/date.hpp"

namespace lplan::edit {

/// `date` in year `to`: the same month and day, or the month's last day when it has
/// fewer days that year (29 February → 28 February).
Date move_date(const Date& date, int to);

/// The `when` text with every date of year `from` moved to year `to`, the year written
/// the way it was (four digits, or in an ISO date); days and months without a year move
/// too when they do not exist in `to` (`29.02` → `28.02`). Everything else is kept as
/// written.
std::string move_dates_in_when(std::string_view when, int from, int to);

}  // namespace lplan::edit
