// The year report (`lplan report`): everything the summary, the timeline and the
// public-report draft show, computed once from a checked YearPlan. Renderers in
// src/render/report_*.cpp only draw it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace lplan::report {

/// Counts of one direction or goal.
struct GroupCount {
  std::string id;
  int number = 0;
  std::string title;
  int activities = 0;
  int done = 0;
  int overdue = 0;
};

struct MonthCount {
  int month = 0;      ///< 1..12
  int scheduled = 0;  ///< activities scheduled in the month (ongoing ones included)
  int deadlines = 0;  ///< activities whose deadline falls in the month
};

/// One responsible entry with at least one activity, in registry order; names that
/// resolve to no registry entry follow in order of first appearance.
struct ResponsibleLoad {
  std::string id;  ///< empty when unresolved
  std::string name;
  int activities = 0;
  int deadlines = 0;      ///< activities of this entry with a deadline in the year
  int busiest_month = 0;  ///< the month with most scheduled activities (earliest on ties); 0 if none
  int busiest_count = 0;
};

/// How an activity sits on the timeline.
enum class TimelineKind {
  Months,       ///< scheduled in specific months
  Ongoing,      ///< the whole year («протягом року»)
  Unscheduled,  ///< a `when` without months on purpose («за окремим планом»)
  NoWhen,       ///< no `when` at all
};

/// A short reference to an activity, used in every list and in the timeline.
struct ActivityLine {
  std::size_t index = 0;  ///< into YearPlan::activities
  std::string id;
  std::string title;
  std::string when;  ///< as written; empty when absent
  std::optional<Date> deadline;
  Status status = Status::Planned;
  bool overdue = false;
  TimelineKind kind = TimelineKind::Months;
  MonthSet months;
};

/// An activity in full, for the public-report draft.
struct ActivityDetail {
  ActivityLine line;
  std::vector<std::string> details;
  std::vector<std::string> audience;
  std::vector<std::string> responsible;  ///< display names
  std::vector<std::string> resources;
  std::optional<Date> done;
  std::string outcome;
};

struct GoalSection {
  GroupCount goal;
  std::vector<ActivityDetail> activities;
};

struct DirectionSection {
  GroupCount direction;
  std::vector<GoalSection> goals;
};

struct ReportHeader {
  std::string organization;
  std::string short_name;
  std::string title;
  std::string head;
  int year = 0;
  Date today;
};

struct YearReport {
  ReportHeader header;
  int total = 0;
  /// Per status, in the order of k_all_statuses.
  std::array<int, 5> by_status{};
  int done = 0;
  /// done / (total − cancelled), 0..100, rounded down; 0 when nothing counts.
  int percent_done = 0;
  int overdue = 0;
  std::vector<GroupCount> directions;
  std::vector<GroupCount> goals;  ///< in plan order, each after its direction's number
  std::array<MonthCount, 12> months{};
  int month_max = 0;  ///< the largest scheduled or deadline count (bar scale)
  std::vector<ResponsibleLoad> responsible;
  std::vector<ActivityLine> timeline;  ///< every activity, plan order
  std::vector<ActivityLine> overdue_list;
  std::vector<ActivityLine> unassigned;
  std::vector<ActivityLine> unscheduled;  ///< Unscheduled and NoWhen kinds
  std::vector<std::string> priorities;
  std::vector<std::string> tasks;
  /// Every activity under its direction and goal; activities whose goal does not
  /// resolve are left out here (they still count everywhere else).
  std::vector<DirectionSection> sections;
};

/// True when the activity's deadline is before `today` and it is neither done nor cancelled.
bool is_overdue(const Activity& activity, Date today);

/// Builds the report of one checked year as of `today`.
YearReport build_report(const YearPlan& plan, Date today);

}  // namespace lplan::report
