#include "query/month_arg.hpp"

#include <fmt/format.h>

#include <charconv>
#include <string>

#include "text/unicode.hpp"
#include "when/when.hpp"

namespace lplan::query {

namespace {

std::optional<int> parse_number(std::string_view s) {
  int value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) {
    return std::nullopt;
  }
  return value;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::optional<MonthArg> parse_year_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-' || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2))) {
    return std::nullopt;
  }
  int year = *parse_number(s.substr(0, 4));
  int month = *parse_number(s.substr(5, 2));
  if (month < 1 || month > 12) {
    throw MonthArgError(fmt::format("--month {}: the month of YYYY-MM is 01–12", s));
  }
  return MonthArg{month, year};
}

/// -1, 0 or +1 for prev/this/next (English or Ukrainian), nullopt otherwise.
std::optional<int> relative_offset(const std::string& folded) {
  if (folded == "this" || folded == "цей" || folded == "поточний") {
    return 0;
  }
  if (folded == "next" || folded == "наступний") {
    return 1;
  }
  if (folded == "prev" || folded == "previous" || folded == "last" || folded == "попередній" ||
      folded == "минулий") {
    return -1;
  }
  return std::nullopt;
}

}  // namespace

MonthArg parse_month_arg(std::string_view text, Date today) {
  std::string trimmed = text::squeeze_spaces(text);
  if (trimmed.empty()) {
    throw MonthArgError(
        "--month needs a value: a month name (march, березень), 1–12, YYYY-MM, "
        "this, next or prev");
  }
  if (all_digits(trimmed)) {
    auto n = parse_number(trimmed);
    if (n && *n >= 1 && *n <= 12) {
      return MonthArg{*n, std::nullopt};
    }
    throw MonthArgError(fmt::format("--month {}: a month number is 1–12", trimmed));
  }
  if (auto ym = parse_year_month(trimmed)) {
    return *ym;
  }
  std::string folded = text::fold(trimmed);
  if (auto offset = relative_offset(folded)) {
    int m = (today.month - 1 + *offset + 12) % 12 + 1;
    return MonthArg{m, std::nullopt};
  }
  if (auto m = when::parse_month_word(trimmed)) {
    return MonthArg{*m, std::nullopt};
  }
  std::string message = fmt::format("--month: unknown month \"{}\"", text::printable(trimmed));
  if (auto hint = text::did_you_mean(trimmed, when::month_words())) {
    message += fmt::format(" — did you mean \"{}\"?", *hint);
  }
  message += "; use a month name (march, березень, березня), 1–12, YYYY-MM, this, next or prev";
  throw MonthArgError(message);
}

}  // namespace lplan::query
