// The activity list view behind `list`, `due` and `export`: plain rows with
// everything a renderer prints already computed. Pure functions, no printing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/fields.hpp"
#include "model/plan.hpp"
#include "query/filter.hpp"

namespace lplan::report {

/// Which question the list answers; renderers pick headers and empty-result words by it.
enum class ListKind { List, Due, Overdue };

/// The group of a row in a `due` list, in display order.
enum class Group { Deadline, Scheduled, Ongoing };

/// `deadline` | `scheduled` | `ongoing` (json and csv spelling).
const char* group_key(Group group);

struct PersonRef {
  std::string id;    ///< registry id; empty for free text that resolves to no one
  std::string name;  ///< the registry name, or the text as written
};

struct ActivityRow {
  /// Whose it is, in a list over several organizations (DESIGN §12); empty otherwise.
  std::string organization;
  /// The activity's stored fields, one per row of activity_fields() (json and csv
  /// take them through the field table).
  std::vector<FieldValue> fields;
  Status status_value = Status::Planned;  ///< `status` as stored (the default when absent)
  std::string id;
  std::string direction_id;
  std::string direction_title;
  std::string goal_id;
  std::string goal_title;
  std::string title;
  std::optional<std::string> when;  ///< the `when` text; nullopt when the plan has none
  std::vector<int> months;          ///< sorted 1..12
  std::optional<Date> deadline;
  bool ongoing = false;
  Status status = Status::Planned;
  std::vector<PersonRef> responsible;
  /// The bodies through which --responsible found the activity (the person is their
  /// member, not named herself); empty otherwise.
  std::vector<PersonRef> via;
  std::vector<std::string> audience;
  std::vector<std::string> resources;
  std::vector<std::string> details;
  std::string outcome;
  Group group = Group::Scheduled;  ///< meaningful for ListKind::Due only
};

struct ActivityList {
  ListKind kind = ListKind::List;
  int year = 0;
  std::string organization;        ///< the full name
  std::string organization_short;  ///< `short`, else the full name
  /// The period of a `due` list (one month or several), or the --month filter of `list`.
  std::optional<MonthSet> months;
  std::optional<Date> as_of;       ///< today, for an overdue list
  /// The rows come from several organizations, each row naming its own: renderers add
  /// an organization column (json: an `organization` key on every activity).
  bool several_organizations = false;
  std::vector<ActivityRow> rows;
};

/// Every activity of `year` that passes `filter`, in plan order.
ActivityList build_list(const YearPlan& year, const query::Filter& filter);

/// The due list of `period` (one month, a quarter, any set of months): first the
/// activities whose deadline falls in it, then those scheduled in it, then (unless
/// `no_ongoing`) the ongoing ones — each group in plan order. An ongoing activity goes
/// to the deadline group only when its own `due` or exact day falls in the period.
/// `filter.months` is ignored.
ActivityList build_due(const YearPlan& year, const query::Filter& filter, MonthSet period, bool no_ongoing);

/// Activities whose deadline is before `today` and whose status is not done or
/// cancelled, in plan order.
ActivityList build_overdue(const YearPlan& year, const query::Filter& filter, Date today);

/// The lists of several organizations as one (DESIGN §12): their rows in the order of
/// `lists`, each with the organization in `ids`; the header names them all.
ActivityList merge_organizations(std::vector<ActivityList> lists, const std::vector<std::string>& ids);

/// One row of the view for `activity` (exposed for export and tests).
ActivityRow make_row(const YearPlan& year, const Activity& activity);

}  // namespace lplan::report
