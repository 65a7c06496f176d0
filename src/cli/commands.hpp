// The commands: each a few lines in its own file — load, compute a view, render.
#pragma once

#include "cli/context.hpp"
#include "cli/options.hpp"
#include "render/completion.hpp"

namespace lplan::cli {

int run_validate(Context& ctx, const ValidateOptions& options);
int run_due(Context& ctx, const DueOptions& options);
int run_list(Context& ctx, const ListOptions& options);
int run_report(Context& ctx, const ReportOptions& options);
int run_people(Context& ctx, const PeopleOptions& options);
int run_export(Context& ctx, const ExportOptions& options);
int run_schema(Context& ctx, const SchemaOptions& options);
int run_set(Context& ctx, const SetOptions& options);
int run_done(Context& ctx, const DoneOptions& options);
int run_new_year(Context& ctx, const NewYearOptions& options);
int run_add(Context& ctx, const AddOptions& options);

/// Prints the completion script of `spec` (the command line app.cpp defines).
int run_completion(Context& ctx, const CompletionOptions& options, const render::CompletionSpec& spec);
/// Lists the plan's values of one kind for the completion scripts; quiet, and exit 0
/// with nothing when there is no plan. Builds its own Context (errors go nowhere).
int run_complete(const GlobalOptions& global, const CompleteOptions& options, std::ostream& out);
/// The KIND word of `__complete` for `what`: "ids", "people", …
const char* plan_values_name(PlanValues what);
/// What --month is completed with: month names in Ukrainian and English, this/next/prev.
std::vector<std::string> month_completions();
/// What --status is completed with: the YAML keys, then the Ukrainian words.
std::vector<std::string> status_completions();
int run_import(Context& ctx, const ImportOptions& options);
int run_diff(Context& ctx, const DiffOptions& options);

}  // namespace lplan::cli
