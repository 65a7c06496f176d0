// Calendar dates of the proleptic Gregorian calendar, without time zones.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace lplan {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  auto operator<=>(const Date&) const = default;

  /// `YYYY-MM-DD`.
  std::string iso() const;
  /// `YYYYMMDD`, as iCalendar writes dates.
  std::string compact() const;
  /// The day after this one.
  Date next_day() const;
  /// 0 = Monday … 6 = Sunday.
  int weekday() const;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);
Date last_day_of_month(int year, int month);

/// Parses exactly `YYYY-MM-DD` (ISO 8601 calendar date); nullopt for anything else
/// or for a day that does not exist.
std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace lplan
