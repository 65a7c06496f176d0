// `lplan add --goal G --title T [fields]`: a new activity after the last one of its goal,
// written like its neighbours (DESIGN §8).
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "edit/add_activity.hpp"
#include "edit/session.hpp"
#include "edit/value_check.hpp"
#include "io/atomic_file.hpp"
#include "io/file_system.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

namespace {

edit::Change field(std::string_view key, std::string value, std::vector<std::string> items = {}) {
  edit::Change c;
  c.field = find_field(activity_fields(), key);
  c.op = edit::Op::Set;
  c.value = std::move(value);
  c.items = std::move(items);
  return c;
}

}  // namespace

int run_add(Context& ctx, const AddOptions& options) {
  if (options.title.empty()) {
    throw UsageError(std::string(tr("add needs a title: --title \"…\"")));
  }
  std::vector<edit::Change> fields = {field("title", options.title)};
  if (!options.when.empty()) {
    fields.push_back(field("when", options.when));
  }
  if (!options.due.empty()) {
    fields.push_back(field("due", options.due));
  }
  for (const auto& [key, list] : {std::pair{"responsible", &options.responsible}, {"audience", &options.audience},
                                  {"resources", &options.resources}, {"details", &options.details}}) {
    if (!list->empty()) {
      fields.push_back(field(key, {}, *list));
    }
  }
  io::DiskFileSystem disk;
  edit::EditSession session(disk, ctx.plans_root(), ctx.load_options(), ctx.check_options());
  if (has_io_errors(session.diags())) {
    ctx.print_diagnostics(session.diags());
    return k_exit_usage;
  }
  const YearPlan& year = ctx.pick_year(session.repo(), std::nullopt);
  if (auto errors = session.errors_of(year); !errors.empty()) {
    Diagnostics shown;
    for (auto& d : errors) {
      shown.add(d);
    }
    ctx.print_diagnostics(shown);
    ctx.err() << "lplan: "
              << trnf("the plan has {} error; fix it first (lplan validate) — nothing was written",
                      "the plan has {} errors; fix them first (lplan validate) — nothing was written",
                      static_cast<long long>(errors.size()), errors.size())
              << '\n';
    return k_exit_plan_errors;
  }
  edit::AddPlan plan;
  try {
    edit::check_changes(fields, year, Activity{}, ctx.system_today());
    plan = edit::plan_add(year, session.index(), edit::AddRequest{options.goal, options.id, fields});
  } catch (const edit::EditError& e) {
    throw UsageError(e.what());
  }
  edit::Expectation expected;
  expected.added.push_back(plan.id);
  edit::Checked checked;
  try {
    checked = session.check({plan.edit}, {}, year.year, expected);
    // The new activity must read back with exactly the values given.
    const YearPlan* after = checked.repo.find_year(year.year);
    edit::Refusal wrong;
    for (const auto& a : after->activities) {
      if (a.id.value != plan.id) {
        continue;
      }
      for (const auto& f : activity_fields()) {
        if (!(f.get(a) == plan.expected[std::string(f.key)])) {
          wrong.reasons.push_back(trf("the new activity's {} would not read back as given", f.key));
        }
      }
    }
    if (!wrong.reasons.empty()) {
      throw wrong;
    }
  } catch (const edit::Refusal& refusal) {
    ctx.print_diagnostics(refusal.diagnostics);
    for (const auto& r : refusal.reasons) {
      ctx.err() << "lplan: " << r << '\n';
    }
    ctx.err() << "lplan: " << tr("the activity was not added: the plan read back from the new text would not be valid")
              << '\n';
    return k_exit_plan_errors;
  }
  if (options.dry_run) {
    ctx.emit(session.diff(checked));
    return k_exit_ok;
  }
  try {
    session.write(checked);
  } catch (const io::WriteError& e) {
    throw UsageError(e.what());
  }
  ctx.emit(trf("added {} to {} in {}", plan.id, plan.expected["goal"].text, plan.file) + "\n");
  return k_exit_ok;
}

}  // namespace lplan::cli
