// The `when` language: timeframes as people write them («Протягом року», «I квартал»,
// «лютий березень – квітень травень», «до 15 березня») → Schedule.
// Self-contained: no YAML, no I/O. Documented for users in docs/when.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/schedule.hpp"

namespace lplan::when {

/// A problem inside a `when` text. `offset`/`length` are byte positions in the text
/// that was parsed (the caller turns them into a file column).
struct WhenError {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string message;  ///< e.g. `unknown month "березенъ"`
  std::string hint;     ///< e.g. `did you mean "березень"?`; may be empty
};

struct WhenResult {
  std::optional<Schedule> schedule;  ///< set when the text parsed
  std::vector<WhenError> errors;     ///< empty when the text parsed
};

/// Parses a timeframe of plan year `plan_year`.
WhenResult parse_when(std::string_view text, int plan_year);

/// Parses a period someone asks about (`lplan due --month …`) with the same language:
/// a month, a list or a range of months, a quarter or half-year, «протягом року» —
/// and, unlike a timeframe, bare numbers 1–12 are months («3», «3-4», «3, 5»). The
/// schedule's months are the period; a text that names no months («за потреби») is an
/// error. Messages are in the current language (text/i18n.hpp).
WhenResult parse_period(std::string_view text, int plan_year);

/// A month word in any form the language accepts (every Ukrainian case form and
/// abbreviation, English full and short names), compared after folding.
/// Returns 1..12, or nullopt.
std::optional<int> parse_month_word(std::string_view word);

/// Every month word the language knows, for "did you mean" hints.
const std::vector<std::string>& month_words();

}  // namespace lplan::when
