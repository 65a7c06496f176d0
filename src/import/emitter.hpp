// The emitter: an ImportedPlan → the text of plan files, laid out like plans/2020 —
// block style, two-space indentation, `plan.yaml` with the plan, its directions and
// goals, one file of activities per direction (or one `activities.yaml` when the
// table had no directions), a comment on each activity naming its source row, a
// blank line between activities, and the shared `people.yaml` (the new entries
// appended to an existing registry, which is otherwise left as it is). Every scalar
// goes through yaml_text, which quotes exactly when needed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/imported_plan.hpp"

namespace lplan::import {

struct OutputFile {
  std::string path;  ///< relative to the plans folder: "2020/plan.yaml", "people.yaml"
  std::string content;
};

struct EmitOptions {
  /// The text of the plans folder's people.yaml, when there is one.
  std::optional<std::string> existing_people;
};

/// The files, year folder first (plan.yaml, then the activity files), people.yaml last.
std::vector<OutputFile> emit_files(const ImportedPlan& plan, const EmitOptions& options);

/// The people.yaml of the import (or, when the existing registry cannot be appended
/// to, the year's own YEAR/people.yaml); nullopt when the table names nobody.
std::optional<OutputFile> people_file(const ImportedPlan& plan, const EmitOptions& options);

/// Where new registry entries go in an existing people.yaml: the indentation of its
/// list items ("  "), or nullopt when the text cannot simply be appended to (a flow
/// list, or another top-level key after `people:`).
std::optional<std::string> people_append_indent(const std::string& existing);

}  // namespace lplan::import
