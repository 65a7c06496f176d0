// `lplan add --goal G --title T [fields]`: a new activity appended after the last activity
// of its goal, in that activity's file (a goal with none yet: after the last activity of
// its direction, else at the end of the year's activities), written like its neighbours —
// the same indentation, key order, quoting and list style, a blank line between items
// when the file has them. The id is the goal's next free number (`2.10` after `2.9`).
#pragma once

#include <string>
#include <vector>

#include "edit/change.hpp"
#include "edit/text_edit.hpp"
#include "load/spans.hpp"
#include "model/plan.hpp"

namespace lplan::edit {

struct AddRequest {
  std::string goal;             ///< id or number of the goal
  std::string id;               ///< empty: the goal's next free number
  std::vector<Change> fields;   ///< `title` and the others given (Set), checked already
};

struct AddPlan {
  std::string id;
  std::string file;
  TextEdit edit;
  std::map<std::string, FieldValue> expected;  ///< every field of the new activity
};

/// The goal a --goal value names (id, or number), or EditError with a hint.
const Goal& find_goal(const YearPlan& year, const std::string& goal);

/// The id the next activity of `goal` gets: `N.k+1` after the highest `N.k` of the year.
std::string next_id(const YearPlan& year, const Goal& goal);

/// Plans the insertion. Throws EditError for an id that exists or is not valid.
AddPlan plan_add(const YearPlan& year, const load::SourceIndex& index, const AddRequest& request);

}  // namespace lplan::edit
