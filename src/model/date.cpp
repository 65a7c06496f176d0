#include "model/date.hpp"

#include <fmt/format.h>

namespace lplan {

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) {
    return 0;
  }
  return month == 2 && is_leap_year(year) ? 29 : k_days[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

Date last_day_of_month(int year, int month) {
  return Date{year, month, days_in_month(year, month)};
}

std::string Date::iso() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::string Date::compact() const {
  return fmt::format("{:04}{:02}{:02}", year, month, day);
}

Date Date::next_day() const {
  if (day < days_in_month(year, month)) {
    return Date{year, month, day + 1};
  }
  if (month < 12) {
    return Date{year, month + 1, 1};
  }
  return Date{year + 1, 1, 1};
}

int Date::weekday() const {
  // Sakamoto's method, shifted so that Monday is 0.
  static constexpr int k_t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = month < 3 ? year - 1 : year;
  int sunday_based = (y + y / 4 - y / 100 + y / 400 + k_t[month - 1] + day) % 7;
  return (sunday_based + 6) % 7;
}

static bool parse_digits(std::string_view text, int& out) {
  if (text.empty()) {
    return false;
  }
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  Date d;
  if (!parse_digits(text.substr(0, 4), d.year) || !parse_digits(text.substr(5, 2), d.month) ||
      !parse_digits(text.substr(8, 2), d.day)) {
    return std::nullopt;
  }
  if (!is_valid_date(d.year, d.month, d.day)) {
    return std::nullopt;
  }
  return d;
}

}  // namespace lplan
