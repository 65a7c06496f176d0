// The commands: each a few lines in its own file — load, compute a view, render.
#pragma once

#include "cli/context.hpp"
#include "cli/options.hpp"

namespace lplan::cli {

int run_validate(Context& ctx, const ValidateOptions& options);
int run_due(Context& ctx, const DueOptions& options);
int run_list(Context& ctx, const ListOptions& options);
int run_report(Context& ctx, const ReportOptions& options);
int run_people(Context& ctx, const PeopleOptions& options);
int run_export(Context& ctx, const ExportOptions& options);
int run_schema(Context& ctx, const SchemaOptions& options);
int run_import(Context& ctx, const ImportOptions& options);

}  // namespace lplan::cli
