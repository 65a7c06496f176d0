#include "check/checks.hpp"

#include <algorithm>

#include "text/i18n.hpp"

namespace lplan::check {

namespace {

/// A year with a plan and no activity at all: `validate` must not pass with nothing
/// checked. Not given when the year has errors (they fail it already, and a file a
/// syntax error stopped may hold the activities).
void check_has_activities(const YearPlan& year, Diagnostics& diags) {
  if (!year.has_meta || !year.activities.empty()) {
    return;
  }
  bool errors = std::any_of(diags.items().begin(), diags.items().end(), [&](const Diagnostic& d) {
    return d.severity == Severity::Error && std::find(year.files.begin(), year.files.end(), d.file) != year.files.end();
  });
  if (!errors) {
    diags.warning(year.meta.loc, Rule::NoActivities, trf("the plan of {} has no activities", year.year));
  }
}

}  // namespace

void check_repository(Repository& repo, const CheckOptions& options, Diagnostics& diags) {
  for (auto& year : repo.years) {
    check_ids(year, diags);
    resolve_references(year, diags);
    resolve_schedules(year, options, diags);
    check_content(year, diags);
    check_people_who_left(year, diags);
    check_has_activities(year, diags);
  }
  check_unused_people(repo, diags);
  diags.finish();
}

}  // namespace lplan::check
