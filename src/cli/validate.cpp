// `lplan validate [PATH…]` (alias `check`): load, check, print every problem.
#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "check/checks.hpp"
#include "cli/commands.hpp"
#include "load/loader.hpp"
#include "render/diagnostics.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

int run_validate(Context& ctx, const ValidateOptions& options) {
  load::LoadOptions lo = ctx.load_options();
  Diagnostics diags;
  // Every organization of the plans (each checked on its own: ids, references and
  // people stay inside it), or exactly the paths named.
  std::vector<Repository> repos;
  if (options.paths.empty()) {
    for (const auto& org : ctx.organizations()) {
      repos.push_back(load::load_repository(org.root, lo, diags));
      if (repos.back().years.empty() && !has_io_errors(diags)) {
        // nothing to check is not a pass: exit 2, as for every other command
        diags.add(Diagnostic{Severity::Error, org.root, 0, 0,
                             std::string(tr("no plans found: the plans folder holds no year")), Rule::Io});
      }
    }
  } else {
    repos.push_back(load::load_paths(options.paths, lo, diags));
  }
  render::ValidationSummary summary;
  for (auto& repo : repos) {
    check::check_repository(repo, ctx.check_options(), diags);
    summary.years += repo.years.size();
    for (const auto& y : repo.years) {
      summary.files += y.files.size();
      summary.activities += y.activities.size();
    }
  }
  summary.errors = diags.error_count();
  summary.warnings = diags.warning_count();

  std::ostringstream out;
  std::string format = ctx.format_or("text");
  if (format == "text") {
    render::diagnostics_text(diags, summary, ctx.color(), out);
  } else if (format == "json") {
    render::diagnostics_json(diags, summary, out);
  } else if (format == "github") {
    render::diagnostics_github(diags, out);
  } else {
    throw UsageError(fmt::format("validate --format takes text, json or github, not \"{}\"", format));
  }
  ctx.emit(out.str());

  return exit_code(diags, ctx.options().strict);
}

}  // namespace lplan::cli
