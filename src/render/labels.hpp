// Every word lplan prints around plan data, in Ukrainian and English: column
// headers, group titles, status names, empty-result sentences. One table for all
// renderers; to add a label, add an enumerator and one row in labels.cpp.
#pragma once

#include <string>
#include <string_view>

#include "model/plan.hpp"
#include "text/lang.hpp"

namespace lplan::render {

enum class Label {
  ColId,
  ColDirection,
  ColGoal,
  ColTitle,
  ColWhen,
  ColMonths,
  ColDeadline,
  ColOngoing,
  ColStatus,
  ColResponsible,
  ColAudience,
  ColResources,
  ColDetails,
  ColOutcome,
  ColGroup,
  ColOrganization,  ///< whose the row is, in a list over several organizations
  /// «{org}, план на {year} рік» — `{0}` organization, `{1}` year.
  PlanHeader,
  /// The month a due list shows — `{0}` month name, `{1}` year.
  DueMonth,
  /// `{0}` today as YYYY-MM-DD.
  OverdueAsOf,
  /// «Термін у березні» — `{0}` the month in the locative (uk) / its name (en).
  GroupDeadline,
  /// `{0}` the month name in the accusative (uk) / its name (en).
  GroupScheduled,
  GroupOngoing,
  /// `{0}` the month name in the accusative (uk) / its name (en).
  NothingDue,
  NothingOverdue,
  NothingMatches,
  /// `{0}` the number of activities.
  ActivityCount,
  Yes,
  No,
  StatusPlanned,
  StatusInProgress,
  StatusDone,
  StatusCancelled,
  StatusPostponed,
  Count_  ///< not a label: the number of labels
};

/// The label's text (a fmt format string for labels that take arguments).
std::string_view label(Label id, Lang lang);

/// The status in words: «заплановано» / "planned".
std::string_view status_label(Status status, Lang lang);

/// «у березні» needs the locative: «березні»; English: "March".
std::string_view month_locative(int month, Lang lang);

/// The month as written after «на»: «березень» / "March" (the accusative of
/// Ukrainian month names equals the nominative).
std::string_view month_accusative(int month, Lang lang);

}  // namespace lplan::render
