// Sorted rows → directions, goals and activities (internal to the mapper).
//
// - Headings open directions and goals; a goal with no direction above it, or an
//   activity with no goal above it, gets one made for it (and a review note).
// - Ids: the «№» cell when it is an id («1.1.» → 1.1); numbers that restart in every
//   goal (1, 2, 3 | 1, 2) become `<goal>.<n>`; any other activity gets
//   `<goal number>.<position in the goal>`, skipping ids the table uses.
// - A ditto mark or a merged cell repeats the value of an earlier activity: it is
//   copied, and the emitter writes it as a YAML anchor and aliases.
#pragma once

#include <vector>

#include "import/columns.hpp"
#include "import/imported_plan.hpp"
#include "import/registry.hpp"
#include "import/rows.hpp"

namespace lplan::import {

/// Fills plan.directions, plan.goals and plan.activities (plan.year is set).
void build_activities(const std::vector<RowItem>& items, const ColumnMap& columns, Registry& registry,
                      ImportedPlan& plan);

}  // namespace lplan::import
