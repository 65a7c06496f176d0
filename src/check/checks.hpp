// Checks: every rule of DESIGN §6 over a loaded repository. Each rule is a function
// that adds diagnostics and never prints. Checking also resolves the model:
// references become indices, `when` becomes a Schedule, deadlines are computed.
#pragma once

#include "diag/diagnostic.hpp"
#include <optional>

#include "model/plan.hpp"

namespace lplan::check {

struct CheckOptions {
  /// The day lplan answers as of (`--today`, else the system date): an activity done
  /// after it counts as not done yet in every view.
  Date today;
  /// The real date: a `done` after it is an error. Unset: the same as `today`.
  std::optional<Date> system_today = std::nullopt;
};

/// Runs every check over every year and resolves the model in place.
void check_repository(Repository& repo, const CheckOptions& options, Diagnostics& diags);

// The rules, one per function (exposed for the unit tests).
void check_ids(YearPlan& year, Diagnostics& diags);
void resolve_references(YearPlan& year, Diagnostics& diags);
void resolve_schedules(YearPlan& year, const CheckOptions& options, Diagnostics& diags);
void check_content(const YearPlan& year, Diagnostics& diags);
void check_unused_people(const Repository& repo, Diagnostics& diags);

/// Warns (person-left) where an activity of `year` names someone whose `left` day comes
/// before the activity starts (its first scheduled month; January for one without months).
void check_people_who_left(const YearPlan& year, Diagnostics& diags);

/// True for ids of the form `[A-Za-z0-9][A-Za-z0-9._-]*`.
bool is_valid_id(std::string_view id);

}  // namespace lplan::check
