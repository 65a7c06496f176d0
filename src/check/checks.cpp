#include "check/checks.hpp"

namespace lplan::check {

void check_repository(Repository& repo, const CheckOptions& options, Diagnostics& diags) {
  for (auto& year : repo.years) {
    check_ids(year, diags);
    resolve_references(year, diags);
    resolve_schedules(year, options, diags);
    check_content(year, diags);
    check_people_who_left(year, diags);
  }
  check_unused_people(repo, diags);
  diags.finish();
}

}  // namespace lplan::check
