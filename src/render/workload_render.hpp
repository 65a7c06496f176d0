// Renderers of the workload view (`lplan people`): each draws a Workload, nothing else.
#pragma once

#include <optional>
#include <ostream>

#include "report/workload.hpp"
#include "text/lang.hpp"

namespace lplan::render {

/// An aligned table: name, activities, deadlines of each month, total. Names are cut
/// with «…» to fit `width`; nullopt cuts nothing.
void workload_text(const report::Workload& view, Lang lang, std::optional<int> width, std::ostream& out);
void workload_markdown(const report::Workload& view, Lang lang, std::ostream& out);
/// RFC 4180 with a header row; cells that a spreadsheet would run as a formula are defused.
void workload_csv(const report::Workload& view, Lang lang, std::ostream& out);
void workload_json(const report::Workload& view, std::ostream& out);

}  // namespace lplan::render
