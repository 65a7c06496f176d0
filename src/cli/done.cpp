// `lplan done ID [--on DATE] [--outcome TEXT]`: `set ID status=done done=DATE
// outcome=TEXT`, DATE today unless given.
#include "cli/commands.hpp"
#include "cli/edit_activity.hpp"

namespace lplan::cli {

int run_done(Context& ctx, const DoneOptions& options) {
  Date on = options.on.empty() ? ctx.today() : parse_date_argument(options.on, "--on");
  ActivityEditRequest request;
  request.id = options.id;
  request.changes = {"status=done", "done=" + on.iso()};
  if (options.outcome) {
    request.changes.push_back("outcome=" + *options.outcome);
  }
  request.dry_run = options.dry_run;
  return edit_activity(ctx, request);
}

}  // namespace lplan::cli
