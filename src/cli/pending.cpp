// TEMPORARY: commands whose files are being written. Each is removed from here when
// its own file lands.
#include "cli/commands.hpp"

namespace lplan::cli {

int run_due(Context&, const DueOptions&) { throw UsageError("due: not built yet"); }
int run_list(Context&, const ListOptions&) { throw UsageError("list: not built yet"); }
int run_report(Context&, const ReportOptions&) { throw UsageError("report: not built yet"); }
int run_people(Context&, const PeopleOptions&) { throw UsageError("people: not built yet"); }
int run_export(Context&, const ExportOptions&) { throw UsageError("export: not built yet"); }
int run_schema(Context&, const SchemaOptions&) { throw UsageError("schema: not built yet"); }

}  // namespace lplan::cli
