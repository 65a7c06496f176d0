// `lplan new YEAR [--from Y] [--carry all|unfinished] [--dry-run]`: next year's plan
// from this year's, with the same files and layout (DESIGN §8).
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "edit/change.hpp"
#include "edit/new_year.hpp"
#include "edit/session.hpp"
#include "io/atomic_file.hpp"
#include "io/file_system.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

int run_new_year(Context& ctx, const NewYearOptions& options) {
  if (options.year < 1900 || options.year > 2999) {
    throw UsageError(trf("new takes a year such as 2021, not {}", options.year));
  }
  if (options.carry != "all" && options.carry != "unfinished") {
    throw UsageError(trf("--carry takes all or unfinished, not \"{}\"", options.carry));
  }
  io::DiskFileSystem disk;
  edit::EditSession session(disk, ctx.plans_root(), ctx.load_options(), ctx.check_options());
  if (has_io_errors(session.diags())) {
    ctx.print_diagnostics(session.diags());
    return k_exit_usage;
  }
  if (const YearPlan* existing = session.repo().find_year(options.year)) {
    throw UsageError(trf("the plan of {} exists already ({}); nothing was written", options.year,
                         existing->files.empty() ? std::string() : existing->files.front()));
  }
  int from = 0;
  if (options.from) {
    from = *options.from;
  } else {
    for (const auto& y : session.repo().years) {
      if (y.year < options.year && y.year > from) {
        from = y.year;
      }
    }
    if (from == 0) {
      throw UsageError(trf("there is no plan before {} to start from; name one with --from", options.year));
    }
  }
  if (const YearPlan* source = session.repo().find_year(from)) {
    auto errors = session.errors_of(*source);
    if (!errors.empty()) {
      Diagnostics shown;
      for (auto& d : errors) {
        shown.add(d);
      }
      ctx.print_diagnostics(shown);
      ctx.err() << "lplan: "
                << trnf("the plan of {} has {} error; fix it first (lplan validate) — nothing was written",
                        "the plan of {} has {} errors; fix them first (lplan validate) — nothing was written",
                        static_cast<long long>(errors.size()), from, errors.size())
                << '\n';
      return k_exit_plan_errors;
    }
  }
  edit::NewYear plan;
  edit::Checked checked;
  try {
    plan = edit::plan_new_year(session, edit::NewYearRequest{options.year, from, options.carry == "unfinished"});
    checked = session.check_new_year(plan.files, from, options.year, plan.expected);
  } catch (const edit::EditError& e) {
    throw UsageError(e.what());
  } catch (const edit::Refusal& refusal) {
    ctx.print_diagnostics(refusal.diagnostics);
    for (const auto& r : refusal.reasons) {
      ctx.err() << "lplan: " << r << '\n';
    }
    ctx.err() << "lplan: " << trf("the plan of {} was not written: it would not be valid", options.year) << '\n';
    return k_exit_plan_errors;
  }
  const YearPlan* made = checked.repo.find_year(options.year);
  Diagnostics mentions = edit::old_year_mentions(*made, from, checked.files);
  ctx.print_diagnostics(mentions);
  if (options.dry_run) {
    ctx.emit(session.diff(checked));
    return k_exit_ok;
  }
  try {
    session.write(checked);
  } catch (const io::WriteError& e) {
    throw UsageError(e.what());
  }
  std::ostringstream out;
  out << trf("the plan of {} is made from {}: {}", options.year, from,
             plan.folder.empty() ? checked.files.begin()->first : plan.folder + "/")
      << '\n';
  out << trnf("{} activity carried over, all planned", "{} activities carried over, all planned",
              static_cast<long long>(plan.carried), plan.carried)
      << '\n';
  if (!plan.dropped.empty()) {
    out << trf("left out (done or cancelled in {}): {}", from, fmt::join(plan.dropped, ", ")) << '\n';
  }
  if (!mentions.empty()) {
    out << trnf("{} place still names {}: reword it (above)", "{} places still name {}: reword them (above)",
                static_cast<long long>(mentions.size()), mentions.size(), from)
        << '\n';
  }
  ctx.emit(out.str());
  return k_exit_ok;
}

}  // namespace lplan::cli
