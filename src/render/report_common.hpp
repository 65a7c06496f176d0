// What the report and workload renderers share: their labels in both languages,
// status names, and the block-character bar.
#pragma once

#include <string>
#include <string_view>

#include "model/plan.hpp"
#include "report/year_report.hpp"
#include "text/lang.hpp"

namespace lplan::render {

/// Every fixed word the report and `people` outputs print.
struct ReportLabels {
  const char* as_of;
  const char* head;
  const char* statuses;
  const char* done_share;  ///< fmt: done, counted, percent
  const char* overdue;
  const char* overdue_col;  ///< lower-case, as a column heading
  const char* by_direction;
  const char* direction;  ///< «СН»
  const char* goal;       ///< «Ціль»
  const char* activities;
  const char* done;
  const char* by_month;
  const char* month;
  const char* scheduled;
  const char* deadlines;
  const char* by_responsible;
  const char* responsible;
  const char* busiest;
  const char* timeline;
  const char* ongoing;      ///< the marker text of an ongoing activity
  const char* unscheduled;  ///< the marker text of a `when` without months
  const char* no_when;      ///< the marker text of a missing `when`
  const char* overdue_list;
  const char* unassigned_list;
  const char* unscheduled_list;
  const char* none;  ///< an empty list
  const char* priorities;
  const char* tasks;
  const char* activities_in_full;
  const char* when;
  const char* deadline;
  const char* audience;
  const char* details;
  const char* resources;
  const char* status;
  const char* outcome;
  const char* outcome_missing;
  const char* done_on;
  const char* people_title;
  const char* name;
  const char* total;
  const char* id;
  const char* title;
  const char* legend;
};

const ReportLabels& report_labels(Lang lang);

/// The status as a word of the language: «заплановано» / «planned».
std::string_view status_name(Status status, Lang lang);

/// `DD.MM.YYYY` in Ukrainian, `YYYY-MM-DD` in English.
std::string format_date(const Date& date, Lang lang);

/// A horizontal bar of `value / max * width` columns drawn with ▏▎▍▌▋▊▉█.
std::string block_bar(int value, int max, int width);

/// The label of a direction or goal: «СН 1» / «Ціль 2», or the id when unnumbered.
std::string group_label(const char* word, const report::GroupCount& group);

}  // namespace lplan::render
