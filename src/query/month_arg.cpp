#include "query/month_arg.hpp"

#include <charconv>
#include <string>

#include "text/i18n.hpp"
#include "text/unicode.hpp"
#include "when/when.hpp"

namespace lplan::query {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

int number(std::string_view s) {
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

std::string what_it_takes() {
  return std::string(
      tr("use a month (березень, march), 1–12, a list or a range (березень, квітень; 3-4), a quarter or "
         "half-year (II квартал, Q2, H1), YYYY-MM, this, next or prev"));
}

std::optional<MonthArg> parse_year_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-' || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2))) {
    return std::nullopt;
  }
  int month = number(s.substr(5, 2));
  if (month < 1 || month > 12) {
    throw MonthArgError(trf("--month {}: the month of YYYY-MM is 01–12", s));
  }
  return MonthArg{MonthSet::single(month), number(s.substr(0, 4)), false};
}

/// -1, 0 or +1 for prev/this/next (English or Ukrainian), nullopt otherwise.
std::optional<int> relative_offset(const std::string& folded) {
  for (const char* w : {"this", "current", "цей", "поточний", "цього", "поточного"}) {
    if (folded == w) {
      return 0;
    }
  }
  for (const char* w : {"next", "наступний", "наступного"}) {
    if (folded == w) {
      return 1;
    }
  }
  for (const char* w : {"prev", "previous", "last", "попередній", "минулий", "попереднього", "минулого"}) {
    if (folded == w) {
      return -1;
    }
  }
  return std::nullopt;
}

}  // namespace

MonthArg parse_month_arg(std::string_view text, Date today) {
  std::string trimmed = text::squeeze_spaces(text);
  if (trimmed.empty()) {
    throw MonthArgError(trf("--month needs a value: {}", what_it_takes()));
  }
  if (auto ym = parse_year_month(trimmed)) {
    return *ym;
  }
  std::string folded = text::fold(trimmed);
  if (folded.ends_with(" місяць") || folded.ends_with(" month")) {
    folded = folded.substr(0, folded.rfind(' '));  // «наступний місяць», "next month"
  }
  if (auto offset = relative_offset(folded)) {
    int index = today.year * 12 + (today.month - 1) + *offset;
    return MonthArg{MonthSet::single(index % 12 + 1), index / 12, true};
  }
  when::WhenResult period = when::parse_period(trimmed, today.year);
  if (period.schedule) {
    return MonthArg{period.schedule->months, std::nullopt, false};
  }
  const when::WhenError& e = period.errors.front();
  std::string message = trf("--month \"{}\": {}", text::printable(trimmed), text::printable(e.message));
  if (!e.hint.empty()) {
    message += " — " + text::printable(e.hint);
  }
  throw MonthArgError(message + "; " + what_it_takes());
}

}  // namespace lplan::query
