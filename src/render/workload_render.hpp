// Renderers of the workload view (`lplan people`): each draws a Workload, nothing else.
#pragma once

#include <optional>
#include <string>
#include <vector>
#include <ostream>

#include "report/workload.hpp"
#include "text/lang.hpp"

namespace lplan::render {

/// An aligned table: name, activities, the activities scheduled in each month, deadlines;
/// a row for the plan (each activity once); a legend of what the numbers count. Names
/// wrap (or, `wrap` false, are cut with «…») to fit `width`; nullopt fits nothing.
void workload_text(const report::Workload& view, Lang lang, std::optional<int> width, bool wrap, std::ostream& out);
/// The same table in Markdown, with the legend under it.
void workload_markdown(const report::Workload& view, Lang lang, std::ostream& out);
/// RFC 4180 with a header row: id, name, role, activities, the activities scheduled in
/// each month, deadlines (the total). Cells a spreadsheet would run as a formula are defused.
void workload_csv(const report::Workload& view, Lang lang, std::ostream& out);
/// Per entry: activities, `scheduled` (12 months), `deadlines` (12), `deadline_total`;
/// then `month_totals`/`deadline_total` (sums of the entries' deadlines) and the plan's own
/// `plan_activities`, `plan_scheduled`, `plan_deadlines` (each activity once).
void workload_json(const report::Workload& view, std::ostream& out);

/// Several organizations' registries as one CSV: an `organization` column first.
void workload_csv_organizations(const std::vector<const report::Workload*>& views,
                                const std::vector<std::string>& organizations, Lang lang, std::ostream& out);
class JsonWriter;
/// The JSON object of one registry inside a document being written.
void workload_json_object(JsonWriter& json, const report::Workload& view);

}  // namespace lplan::render
