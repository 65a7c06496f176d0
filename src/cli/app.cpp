// The only file that includes CLI11 (it is slow to compile): every option of every
// command is declared here and lands in the plain structs of options.hpp.
#include "cli/app.hpp"

#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "text/unicode.hpp"

namespace lplan::cli {

namespace {

const std::vector<std::string> k_commands = {"validate", "check",  "due",    "list",  "report",
                                             "export",   "people", "schema", "import"};

void add_filters(CLI::App* cmd, FilterOptions& f) {
  cmd->add_option("--month,-m", f.month,
                  "month: march, березень, березня, 3, 2020-03, this, next, prev (default: this month)");
  cmd->add_option("--responsible,-r", f.responsible, "id, or part of a name or alias (repeat = or)")
      ->allow_extra_args(false);
  cmd->add_option("--goal", f.goal, "goal id or number (repeat = or)")->allow_extra_args(false);
  cmd->add_option("--direction", f.direction, "direction id or number (repeat = or)")->allow_extra_args(false);
  cmd->add_option("--status", f.status, "planned, in-progress, done, cancelled, postponed (repeat = or)")
      ->allow_extra_args(false);
  cmd->add_option("--grep", f.grep, "text in title, details or outcome (repeat = or)")->allow_extra_args(false);
}

/// Catches what CLI11 would answer badly: a command that does not exist.
std::optional<std::string> unknown_command(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.starts_with("-")) {
      // options that take a value: skip it
      static const std::vector<std::string> k_valued = {"--plans", "--year", "-y", "--today", "--lang",
                                                        "--format", "-f", "--output", "-o", "--color",
                                                        "--max-file-size"};
      if (std::find(k_valued.begin(), k_valued.end(), arg) != k_valued.end()) {
        ++i;
      }
      continue;
    }
    if (std::find(k_commands.begin(), k_commands.end(), arg) != k_commands.end()) {
      return std::nullopt;
    }
    std::string message = fmt::format("unknown command \"{}\"", arg);
    if (auto hint = text::did_you_mean(arg, k_commands)) {
      message += fmt::format(" — did you mean \"{}\"?", *hint);
    }
    return message + fmt::format("\ncommands: {} (lplan --help)", fmt::join(k_commands, ", "));
  }
  return std::nullopt;
}

}  // namespace

int run(int argc, char** argv) {
  if (auto problem = unknown_command(argc, argv)) {
    std::cerr << "lplan: " << *problem << '\n';
    return k_exit_usage;
  }

  CLI::App app{"lplan — an organization's annual work plan, kept as YAML in git", "lplan"};
  app.set_version_flag("--version", std::string("lplan ") + LPLAN_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions global;
  app.add_option("--plans", global.plans, "plans folder (default: $LPLAN_PLANS, else the nearest plans/)");
  app.add_option("--year,-y", global.year, "plan year (default: this year when planned, else the latest)");
  app.add_option("--today", global.today, "the date to act as today, YYYY-MM-DD");
  app.add_option("--lang", global.lang, "uk or en (default: $LPLAN_LANG, else the locale)");
  app.add_option("--format,-f", global.format, "output format (each command lists its own)");
  app.add_option("--output,-o", global.output, "write to FILE (atomically) instead of stdout");
  app.add_option("--color", global.color, "auto, always or never (NO_COLOR turns colour off)");
  app.add_flag("--strict", global.strict, "warnings fail too (exit 1)");
  app.add_flag("--keep-going", global.keep_going, "answer from a plan with errors, skipping broken activities");
  app.add_option("--max-file-size", global.max_file_size_mib, "largest plan file to read, in MiB (default 128)");

  ValidateOptions validate;
  auto* v = app.add_subcommand("validate", "check every plan file and print every problem (formats: text, json, github)");
  v->alias("check");
  v->add_option("paths", validate.paths, "plans folders, year folders or files (default: all plans)");

  DueOptions due;
  auto* d = app.add_subcommand("due", "what is due in a month: deadlines, then scheduled, then ongoing");
  add_filters(d, due.filters);
  d->add_flag("--no-ongoing", due.no_ongoing, "leave out activities that run all year");
  d->add_flag("--overdue", due.overdue, "what is past its deadline and not done");

  ListOptions list;
  auto* l = app.add_subcommand("list", "activities matching the filters, in plan order");
  add_filters(l, list.filters);

  ReportOptions report;
  auto* r = app.add_subcommand("report", "the year at a glance (formats: text, markdown, html, json)");
  r->add_option("year", report.year, "plan year");

  ExportOptions exp;
  auto* e = app.add_subcommand("export", "calendar, spreadsheet or data (formats: ics, csv, json)");
  e->add_option("year", exp.year, "plan year");
  e->add_flag("--bom", exp.bom, "start the CSV with a byte-order mark (for Excel)");

  PeopleOptions people;
  auto* p = app.add_subcommand("people", "the registry with each entry's workload");

  SchemaOptions schema;
  auto* s = app.add_subcommand("schema", "print the JSON Schema of the plan format");

  // lplan import FILE|- (DESIGN §9)
  ImportOptions import_options;
  auto* im = app.add_subcommand("import", "a plan table from Word (.docx), a web page (.html) or pasted text → plan files");
  im->add_option("file", import_options.input, "the .docx, .html or text file; - reads standard input")->required();
  im->add_option("--from", import_options.from, "docx, html or text (default: by the file's name and content)");
  im->add_option("--into", import_options.into, "the plans folder to write into (default: the plans found, else ./plans)");
  im->add_option("--map", import_options.map, "HEADER=FIELD: the column HEADER (or number) fills FIELD (repeatable)")
      ->allow_extra_args(false);
  im->add_option("--table", import_options.table, "import the N-th table of the document");
  im->add_flag("--dry-run", import_options.dry_run, "print the files and the checks, write nothing");
  im->add_flag("--force", import_options.force, "replace the year when the plans folder already has it");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? k_exit_ok : k_exit_usage;
  }

  try {
    Context ctx(global, std::cout, std::cerr);
    if (v->parsed()) {
      return run_validate(ctx, validate);
    }
    if (d->parsed()) {
      return run_due(ctx, due);
    }
    if (l->parsed()) {
      return run_list(ctx, list);
    }
    if (r->parsed()) {
      return run_report(ctx, report);
    }
    if (e->parsed()) {
      return run_export(ctx, exp);
    }
    if (p->parsed()) {
      return run_people(ctx, people);
    }
    if (s->parsed()) {
      return run_schema(ctx, schema);
    }
    if (im->parsed()) {
      return run_import(ctx, import_options);
    }
  } catch (const UsageError& error) {
    std::cerr << "lplan: " << error.what() << '\n';
    return k_exit_usage;
  } catch (const ExitRequest& request) {
    return request.code;
  } catch (const std::exception& error) {
    std::cerr << "lplan: internal error: " << error.what() << '\n';
    return k_exit_usage;
  }
  return k_exit_usage;
}

}  // namespace lplan::cli
