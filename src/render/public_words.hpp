// The words of the public report, shared by its renderers (translated through
// text/i18n.hpp, so they follow the report's language).
#pragma once

#include <string>
#include <string_view>

#include "report/public_report.hpp"
#include "text/lang.hpp"

namespace lplan::render::public_words {

/// «Звіт про виконання плану роботи ЛОВ УБА за 2020 рік» / "Report on the 2020 work plan of ЛОВ УБА".
std::string title(const report::PublicReport& r, Lang lang);
/// «Станом на 15.06.2020».
std::string as_of(const report::PublicReport& r, Lang lang);
/// «Стратегічний напрям 1. Розвиток галузі в цілому» (the title alone when unnumbered).
std::string direction_heading(const report::PublicDirection& d, Lang lang);
/// «Ціль 2. …».
std::string goal_heading(const report::PublicGoal& g, Lang lang);
/// «СН 1», the direction's column in the totals; the id when unnumbered.
std::string direction_short(const report::PublicDirection& d, Lang lang);

/// The headings of the four groups under a goal.
std::string_view done_heading(Lang lang);
std::string_view in_progress_heading(Lang lang);
std::string_view ahead_heading(Lang lang);
std::string_view not_done_heading(Lang lang);

/// The state as a word: «виконано», «не виконано», «скасовано», …
std::string_view state_word(report::PublicState state, Lang lang);

/// The one line of an activity that was not done, or runs, or is planned:
/// «6.4 Розробити порядок — скасовано: причина», «1.1 Цикл заходів (Протягом року)».
std::string item_line(const report::PublicItem& item, Lang lang);

std::string_view priorities_heading(Lang lang);
std::string_view tasks_heading(Lang lang);
std::string_view totals_heading(Lang lang);

/// Column headings of the done table and of the totals.
std::string_view col_number(Lang lang);
std::string_view col_activity(Lang lang);
std::string_view col_done_on(Lang lang);
std::string_view col_outcome(Lang lang);
std::string_view col_total(Lang lang);

/// The rows of the totals, in order: activities, done, in progress, ahead, not done,
/// cancelled, postponed, share done.
std::string_view totals_row(int row, Lang lang);
inline constexpr int k_totals_rows = 8;
/// The value of `row` in `count` («3», or «16%» for the share).
std::string totals_value(int row, const report::PublicCount& count);

/// The signature: «Голова ЛОВ УБА»; empty when the plan names no head.
std::string signature_role(const report::PublicReport& r, Lang lang);

}  // namespace lplan::render::public_words
