// The safety net of every writing command (DESIGN §8): the year loaded again from the
// edited bytes must differ from the year before in exactly the fields that were asked
// for, and no error may have been added.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/fields.hpp"
#include "model/plan.hpp"

namespace lplan::edit {

/// What the edited year must look like: for each activity id, the fields that change
/// and their new values; activities added (by id, with every field) or removed.
struct Expectation {
  std::map<std::string, std::map<std::string, FieldValue>> changed;
  std::vector<std::string> added;    ///< ids of activities that are new
  std::vector<std::string> removed;  ///< ids of activities that go
};

/// Every way `after` differs from `before` that `expected` does not allow, one sentence
/// each (empty when the edit did exactly what was asked).
std::vector<std::string> unexpected_differences(const YearPlan& before, const YearPlan& after,
                                                const Expectation& expected);

/// The errors of `after` that `before` did not have (compared by rule and message, since
/// positions move with the edit).
std::vector<Diagnostic> added_errors(const Diagnostics& before, const Diagnostics& after);

}  // namespace lplan::edit
