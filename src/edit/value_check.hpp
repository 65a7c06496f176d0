// Checking the values of `lplan set` as the loader and the checks would check them,
// before anything is written: a bad status, date, timeframe, goal or person is an
// EditError (exit 2) with the same message and hint `lplan validate` gives.
#pragma once

#include <vector>

#include "edit/change.hpp"
#include "model/plan.hpp"

namespace lplan::edit {

/// Checks every change against `year` (its goals, its people registry, its year) and
/// `activity`, normalizing values: statuses become their keys (`виконано` → `done`),
/// responsible entries that name a registry entry become its id. `system_today` is the
/// real date (a `done` after it is refused).
void check_changes(std::vector<Change>& changes, const YearPlan& year, const Activity& activity, Date system_today);

}  // namespace lplan::edit
