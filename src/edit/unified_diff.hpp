// A unified diff of two versions of a file (what `--dry-run` prints): the lines that
// changed with three lines of context, as `git diff` and `patch` read it.
#pragma once

#include <string>
#include <string_view>

namespace lplan::edit {

/// The diff of `before` → `after` with headers `--- a/…` and `+++ b/…`; empty when
/// the two are equal. `before_name` "/dev/null" makes it a new file.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& before_name,
                         const std::string& after_name, int context = 3);

}  // namespace lplan::edit
