// What `set` and `done` share: find the activity, check the values, plan the byte edits,
// check the edited plan, then print the diff (--dry-run) or write the files.
#pragma once

#include <string>
#include <vector>

#include "cli/context.hpp"
#include "edit/change.hpp"

namespace lplan::cli {

struct ActivityEditRequest {
  std::string id;
  std::vector<std::string> changes;  ///< FIELD=VALUE, FIELD+=VALUE, FIELD-=VALUE, FIELD=
  bool dry_run = false;
  bool all_aliases = false;
};

int edit_activity(Context& ctx, const ActivityEditRequest& request);

}  // namespace lplan::cli
