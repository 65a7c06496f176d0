// What `due`, `list` and `export` share: the filters and the --month period read from
// the options, the plan year they pick, and drawing the activity list in the formats
// they take (text, markdown, csv, json, ics).
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "cli/context.hpp"
#include "cli/options.hpp"
#include "query/filter.hpp"
#include "query/month_arg.hpp"
#include "render/activity_list_render.hpp"
#include "report/activity_list.hpp"

namespace lplan::cli {

/// The formats of an activity list: render::ListFormat, or a calendar of the listed activities.
enum class ListOutput { Text, Markdown, Csv, Json, Ics };

/// The activities a command was asked about: the loaded plan, the year it answers
/// from, the filters, and the --month value when one was given.
struct Selection {
  Loaded loaded;
  const YearPlan* year = nullptr;
  query::Filter filter;
  std::optional<query::MonthArg> month;
};

/// Reads the filters of `f` (a bad month, status or value is a UsageError), loads the
/// plan and picks the year: `explicit_year`, --year, the year --month names (YYYY-MM,
/// next in December …), else the default. A relative --month that lands in a year
/// without a plan is a UsageError that says so.
Selection select_activities(Context& ctx, const FilterOptions& f, std::optional<int> explicit_year = {});

/// The same in every organization (DESIGN §12), in their order. An organization the
/// question does not fit (no plan for the year asked) is left out with a note on stderr;
/// a UsageError when none is left.
std::vector<Selection> select_in_organizations(Context& ctx, const FilterOptions& f,
                                               std::optional<int> explicit_year = {});

/// Draws the lists of several organizations as one (`lists[i]` answers `selections[i]`):
/// each row names its organization; ics: one calendar, UIDs prefixed by the organization.
void emit_organizations(Context& ctx, const std::vector<Selection>& selections,
                        std::vector<report::ActivityList> lists, ListOutput format, bool bom);

/// How `due` and `list` answer: the --format (text, markdown, csv, json, ics) of
/// `command`, then `body` computes the list from the selection; this draws and emits it
/// (ics: the calendar of exactly the listed activities).
int run_activity_query(Context& ctx, const char* command, const FilterOptions& f,
                       const std::function<report::ActivityList(Selection& selection)>& body);

/// Draws `list` (of `year`) in `format` and emits it; text starts with the
/// outside-the-plan-year note when there is one.
void emit_activity_list(Context& ctx, const YearPlan& year, const report::ActivityList& list,
                        ListOutput format, bool bom);

}  // namespace lplan::cli
