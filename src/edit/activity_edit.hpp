// Turning the changes of `lplan set` into byte edits of one activity's lines: a value
// replaced in its own quoting style when it fits, a list item appended or removed on
// its own line (or inside its […]), a new key after the activity's last key line (or
// before the `}` of a flow mapping), a key removed with its lines. Nothing is written
// here; the caller checks the edited bytes by loading them again (edit/session).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "edit/change.hpp"
#include "edit/text_edit.hpp"
#include "load/spans.hpp"
#include "model/plan.hpp"

namespace lplan::edit {

struct ActivityEdit {
  std::vector<TextEdit> edits;
  /// The values the activity must have after the edit, by field key.
  std::map<std::string, FieldValue> expected;
  /// Other activities the edit reaches through an anchor (`--all-aliases`): their
  /// positions (SourceIndex keys) and ids, with the field that changes for them.
  std::vector<std::pair<std::uint64_t, std::string>> reached;
  std::vector<std::string> reached_ids;
  /// What the user should know (an alias replaced, activities reached through an anchor).
  std::vector<std::string> notes;
};

struct EditInput {
  const YearPlan& year;
  const Activity& activity;
  const load::SourceIndex& index;
  bool all_aliases = false;
};

/// Plans the byte edits of `changes` (already checked) to `in.activity`.
/// Throws EditError when a value cannot be edited safely (an anchored value without
/// --all-aliases, a value whose end could not be found).
ActivityEdit plan_activity_edit(const EditInput& in, const std::vector<Change>& changes);

}  // namespace lplan::edit
