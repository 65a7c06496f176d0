// Messages that more than one part of lplan gives — the loader and the checks, and the
// writing commands that check a value before they write it — so that `lplan set` says
// exactly what `lplan validate` would say about the same value.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"

namespace lplan::messages {

/// «unknown status "planed" — did you mean "planned"?», hints in the user's language first.
std::string unknown_status(std::string_view word);

/// What a reference points to.
enum class Target { Direction, Goal };

/// «unknown goal "goal9" — did you mean "goal2"?»; `ids` are the known ids.
std::string unknown_reference(Target target, std::string_view ref, const std::vector<std::string>& ids);

/// «responsible "Дубва" is not in the people registry — did you mean "Дубова"?».
std::string unknown_responsible(std::string_view ref, const std::optional<std::string>& hint);

/// A `when` problem: «unknown month "березенъ" in when — did you mean "березень"?».
std::string when_problem(const std::string& message, const std::string& hint);

/// Why `text` is not a date of `key`: not YYYY-MM-DD, or not a day of the calendar;
/// nullopt when it is a date.
std::optional<std::string> bad_date(std::string_view key, std::string_view text);

/// «due date 2021-01-05 is outside the plan year 2020» (for `due` and `done`).
std::string date_outside_year(std::string_view key, const Date& date, int year);

}  // namespace lplan::messages
