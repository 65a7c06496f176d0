// `lplan set ID FIELD=VALUE…`: edits one activity in place, keeping the file's comments
// and layout (DESIGN §8).
#include "cli/commands.hpp"
#include "cli/edit_activity.hpp"

namespace lplan::cli {

int run_set(Context& ctx, const SetOptions& options) {
  return edit_activity(ctx, ActivityEditRequest{options.id, options.changes, options.dry_run, options.all_aliases});
}

}  // namespace lplan::cli
