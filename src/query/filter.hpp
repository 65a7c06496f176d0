// Filters of the commands that list activities (DESIGN §4): different filters AND,
// the values of one repeated filter OR. A Filter is a plain value; an empty one
// matches everything. --responsible also finds the activities of the bodies the
// person belongs to (`members` of a body), and says through which body ("via").
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace lplan::query {

/// A filter value lplan cannot use (an unknown status); the message says why.
struct FilterError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Filter {
  std::optional<MonthSet> months;        ///< scheduled in, or deadline in, one of these months
  std::vector<std::string> responsible;  ///< person id, or part of a name/alias (folded)
  std::vector<std::string> goal;         ///< goal id or number
  std::vector<std::string> direction;    ///< direction id or number
  std::vector<Status> status;
  std::vector<std::string> grep;  ///< part of the title, details or outcome (folded)

  /// A filter from command-line strings (no month): statuses are parsed and may
  /// throw FilterError; the other values are kept as given.
  static Filter from_strings(std::vector<std::string> responsible, std::vector<std::string> goal,
                             std::vector<std::string> direction, const std::vector<std::string>& status,
                             std::vector<std::string> grep);

  /// True when `activity` of `year` passes every filter. For many activities of
  /// one year, `for_year` does the per-year work once.
  bool matches(const YearPlan& year, const Activity& activity) const;

  /// Throws FilterError when a --goal, --direction or --responsible value names
  /// nothing in `year` (a typo would otherwise look like "nothing to do"), with a hint.
  void check_against(const YearPlan& year) const;

  class Matcher;
  /// A matcher bound to `year`: people searched and needles folded once.
  Matcher for_year(const YearPlan& year) const;
};

class Filter::Matcher {
public:
  Matcher(const Filter& filter, const YearPlan& year);
  bool matches(const Activity& activity) const;

  /// The bodies responsible for `activity` through which --responsible found it — the
  /// person asked for is a member, not named herself — as indices into
  /// YearPlan::people; empty when the activity names her (or there is no --responsible).
  std::vector<int> via(const Activity& activity) const;

private:
  bool month_ok(const Activity& a) const;
  bool responsible_ok(const Activity& a) const;
  bool goal_ok(const Activity& a) const;
  bool direction_ok(const Activity& a) const;
  bool status_ok(const Activity& a) const;
  bool grep_ok(const Activity& a) const;

  const Filter& m_filter;
  const YearPlan& m_year;
  std::vector<bool> m_person_hit;            ///< per YearPlan::people index: found by --responsible
  std::vector<bool> m_member_hit;            ///< per index: a body one of them belongs to
  std::vector<std::string> m_folded_people;  ///< folded --responsible needles
  std::vector<std::string> m_folded_grep;    ///< folded --grep needles
};

/// Parses --status values (planned, in-progress, done, cancelled, postponed; also
/// `in_progress`). Throws FilterError naming the valid values.
std::vector<Status> parse_statuses(const std::vector<std::string>& values);

}  // namespace lplan::query
