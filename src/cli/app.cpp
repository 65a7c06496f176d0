// The only file that includes CLI11 (it is slow to compile): every option of every
// command is declared here and lands in the plain structs of options.hpp.
#include "cli/app.hpp"

#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "edit/change.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::cli {

namespace {

// --- Shell completion (DESIGN §13; docs/ARCHITECTURE.md, "Shell completion") -------
// `lplan completion bash|zsh` draws its script from this App: every command, alias and
// option is found by walking it. What an option's *value* is, CLI11 does not know: say
// it where the option is declared, `completes(cmd->add_option("id", …), Complete::ActivityId)`.
// A value given nothing is free text (nothing offered). `formats(cmd, {…})` lists what
// the command's --format takes; `plan_context(opt)` marks an option that changes which
// plan is read (it is passed on to `lplan __complete`).

/// What a value is, for the shell.
enum class Complete { ActivityId, Person, Goal, Direction, Year, Month, Status, Format, Date, File, Folder };

struct CompletionMarks {
  std::map<const CLI::Option*, Complete> kinds;
  std::map<const CLI::Option*, std::vector<std::string>> words;
  std::set<const CLI::Option*> plan_context;
  std::map<const CLI::App*, std::vector<std::string>> formats;
};

CompletionMarks& marks() {
  static CompletionMarks m;
  return m;
}

CLI::Option* completes(CLI::Option* option, Complete kind) {
  marks().kinds[option] = kind;
  return option;
}

/// The value is one of `words`.
CLI::Option* completes(CLI::Option* option, std::vector<std::string> words) {
  marks().words[option] = std::move(words);
  return option;
}

CLI::Option* plan_context(CLI::Option* option) {
  marks().plan_context.insert(option);
  return option;
}

CLI::App* formats(CLI::App* command, std::vector<std::string> names) {
  marks().formats[command] = std::move(names);
  return command;
}

render::ValueCompletion plan_values(PlanValues what, std::string label) {
  return {render::ValueSource::Plan, {}, plan_values_name(what), std::move(label)};
}

render::ValueCompletion value_completion(const CLI::Option* o) {
  using render::ValueSource;
  // What zsh shows the value as, unless the kind says better: "shell", "lang", "grep".
  std::string label =
      o->get_positional() || o->get_lnames().empty() ? o->get_name() : o->get_lnames().front();
  if (auto w = marks().words.find(o); w != marks().words.end()) {
    return {ValueSource::Words, w->second, "", label};
  }
  auto k = marks().kinds.find(o);
  if (k == marks().kinds.end()) {
    return {ValueSource::Free, {}, "", label};
  }
  // What zsh calls the value, in the language of the script.
  auto named = [](std::string_view translated) { return std::string(translated); };
  switch (k->second) {
    case Complete::ActivityId:
      return plan_values(PlanValues::Ids, named(trc("completion", "activity id")));
    case Complete::Person:
      return plan_values(PlanValues::People, named(trc("completion", "person")));
    case Complete::Goal:
      return plan_values(PlanValues::Goals, named(trc("completion", "goal")));
    case Complete::Direction:
      return plan_values(PlanValues::Directions, named(trc("completion", "direction")));
    case Complete::Year:
      return plan_values(PlanValues::Years, named(trc("completion", "year")));
    case Complete::Month:
      return {ValueSource::Words, month_completions(), "", named(trc("completion", "month"))};
    case Complete::Status:
      return {ValueSource::Words, status_completions(), "", named(trc("completion", "status"))};
    case Complete::Format:
      return {ValueSource::CommandFormats, {}, "", named(trc("completion", "format"))};
    case Complete::Date:
      return {ValueSource::Free, {}, "", named(trc("completion", "date (YYYY-MM-DD)"))};
    case Complete::File:
      return {ValueSource::Files, {}, "", named(trc("completion", "file"))};
    case Complete::Folder:
      return {ValueSource::Folders, {}, "", named(trc("completion", "folder"))};
  }
  return {};
}

render::OptionSpec describe_option(const CLI::Option* o) {
  render::OptionSpec spec;
  for (const auto& name : o->get_lnames()) {
    spec.names.push_back("--" + name);
  }
  for (const auto& name : o->get_snames()) {
    spec.names.push_back("-" + name);
  }
  spec.description = o->get_description();
  spec.takes_value = o->get_items_expected_max() > 0;
  spec.repeatable = (o->get_positional() ? o->get_items_expected_max() : o->get_expected_max()) > 1;
  spec.plan_context = marks().plan_context.count(o) > 0;
  spec.values = value_completion(o);
  return spec;
}

/// The command line as the completion scripts see it: walked from the App itself.
render::CompletionSpec describe_for_completion(CLI::App& app) {
  render::CompletionSpec spec{app.get_name(), LPLAN_VERSION, {}, {}};
  for (const CLI::Option* o : app.get_options()) {
    spec.global_options.push_back(describe_option(o));
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_group().empty()) {
      continue;  // hidden (__complete)
    }
    render::CommandSpec command{sub->get_name(), sub->get_aliases(), sub->get_description(), {}, {}, {}};
    for (const CLI::Option* o : sub->get_options()) {
      (o->get_positional() ? command.positionals : command.options).push_back(describe_option(o));
    }
    if (auto f = marks().formats.find(sub); f != marks().formats.end()) {
      command.formats = f->second;
    }
    spec.commands.push_back(std::move(command));
  }
  return spec;
}
// --- end of shell completion ------------------------------------------------------

void add_filters(CLI::App* cmd, FilterOptions& f) {
  completes(
      cmd->add_option("--month,-m", f.month,
                      "month: march, березень, березня, 3, 2020-03, this, next, prev (default: this month)"),
      Complete::Month);
  completes(cmd->add_option("--responsible,-r", f.responsible, "id, or part of a name or alias (repeat = or)")
                ->allow_extra_args(false),
            Complete::Person);
  completes(cmd->add_option("--goal", f.goal, "goal id or number (repeat = or)")->allow_extra_args(false),
            Complete::Goal);
  completes(cmd->add_option("--direction", f.direction, "direction id or number (repeat = or)")
                ->allow_extra_args(false),
            Complete::Direction);
  completes(
      cmd->add_option("--status", f.status, "planned, in-progress, done, cancelled, postponed (repeat = or)")
          ->allow_extra_args(false),
      Complete::Status);
  cmd->add_option("--grep", f.grep, "text in title, details or outcome (repeat = or)")
      ->allow_extra_args(false);
}

/// Catches what CLI11 would answer badly: a command that does not exist. The
/// commands and the options that take a value are the App's own.
std::optional<std::string> unknown_command(CLI::App& app, int argc, char** argv) {
  auto subcommands = app.get_subcommands([](CLI::App*) { return true; });
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.starts_with("-")) {
      const CLI::Option* option = app.get_option_no_throw(arg);
      if (option != nullptr && option->get_items_expected_max() > 0) {
        ++i;  // its value
      }
      continue;
    }
    std::vector<std::string> commands;  // the visible ones, for the message
    for (const CLI::App* sub : subcommands) {
      if (sub->check_name(arg)) {
        return std::nullopt;
      }
      if (!sub->get_group().empty()) {
        commands.push_back(sub->get_name());
        commands.insert(commands.end(), sub->get_aliases().begin(), sub->get_aliases().end());
      }
    }
    std::string message = fmt::format("unknown command \"{}\"", arg);
    if (auto hint = text::did_you_mean(arg, commands)) {
      message += fmt::format(" — did you mean \"{}\"?", *hint);
    }
    return message + fmt::format("\ncommands: {} (lplan --help)", fmt::join(commands, ", "));
  }
  return std::nullopt;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"lplan — an organization's annual work plan, kept as YAML in git", "lplan"};
  app.set_version_flag("--version", std::string("lplan ") + LPLAN_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions global;
  plan_context(completes(app.add_option("--plans", global.plans,
                                        "plans folder (default: $LPLAN_PLANS, else the nearest plans/)"),
                         Complete::Folder));
  plan_context(completes(app.add_option("--year,-y", global.year,
                                        "plan year (default: this year when planned, else the latest)"),
                         Complete::Year));
  plan_context(completes(app.add_option("--today", global.today, "the date to act as today, YYYY-MM-DD"),
                         Complete::Date));
  completes(app.add_option("--lang", global.lang, "uk or en (default: $LPLAN_LANG, else the locale)"),
            {"uk", "en"});
  completes(app.add_option("--format,-f", global.format, "output format (each command lists its own)"),
            Complete::Format);
  completes(app.add_option("--output,-o", global.output, "write to FILE (atomically) instead of stdout"),
            Complete::File);
  completes(app.add_option("--color", global.color, "auto, always or never (NO_COLOR turns colour off)"),
            {"auto", "always", "never"});
  app.add_flag("--strict", global.strict, "warnings fail too (exit 1)");
  app.add_flag("--keep-going", global.keep_going,
               "answer from a plan with errors, skipping broken activities");
  app.add_option("--max-file-size", global.max_file_size_mib,
                 "largest plan file to read, in MiB (default 128)");

  ValidateOptions validate;
  auto* v = app.add_subcommand("validate",
                               "check every plan file and print every problem (formats: text, json, github)");
  v->alias("check");
  formats(v, {"text", "json", "github"});
  completes(
      v->add_option("paths", validate.paths, "plans folders, year folders or files (default: all plans)"),
      Complete::File);

  DueOptions due;
  auto* d = app.add_subcommand("due", "what is due in a month: deadlines, then scheduled, then ongoing");
  formats(d, {"text", "markdown", "md", "csv", "json"});
  add_filters(d, due.filters);
  d->add_flag("--no-ongoing", due.no_ongoing, "leave out activities that run all year");
  d->add_flag("--overdue", due.overdue, "what is past its deadline and not done");

  ListOptions list;
  auto* l = app.add_subcommand("list", "activities matching the filters, in plan order");
  formats(l, {"text", "markdown", "md", "csv", "json"});
  add_filters(l, list.filters);

  ReportOptions report;
  auto* r = app.add_subcommand("report", "the year at a glance (formats: text, markdown, html, json, docx)");
  formats(r, {"text", "markdown", "md", "html", "json", "docx"});
  completes(r->add_option("year", report.year, "plan year"), Complete::Year);
  r->add_flag("--public", report.public_report,
              "the execution report for the public: intro, what was done with its outcomes, totals, signature");

  ExportOptions exp;
  auto* e = app.add_subcommand("export", "calendar, spreadsheet or data (formats: ics, csv, json)");
  formats(e, {"ics", "csv", "json"});
  completes(e->add_option("year", exp.year, "plan year"), Complete::Year);
  e->add_flag("--bom", exp.bom, "start the CSV with a byte-order mark (for Excel)");

  PeopleOptions people;
  auto* p = app.add_subcommand("people", "the registry with each entry's workload");
  formats(p, {"text", "markdown", "md", "csv", "json"});

  SchemaOptions schema;
  auto* s = app.add_subcommand("schema", "print the JSON Schema of the plan format");
  formats(s, {"json"});

  SetOptions set;
  auto* st = app.add_subcommand("set", "change fields of one activity: lplan set 2.1 status=done outcome=\"…\"");
  completes(st->add_option("id", set.id, "the activity's id (e.g. 2.1)")->required(), Complete::ActivityId);
  st->add_option("changes", set.changes,
                 fmt::format("FIELD=VALUE sets, FIELD+=VALUE adds a list item, FIELD-=VALUE removes one, FIELD= removes "
                             "the key; fields: {}; a value with spaces in quotes: outcome=\"Проведено 5 тренінгів\"",
                             fmt::join(edit::settable_fields(), ", ")))
      ->required();
  st->add_flag("--dry-run", set.dry_run, "print the change as a diff; write nothing");
  st->add_flag("--all-aliases", set.all_aliases,
               "allow changing a value other activities repeat through its anchor (&name)");

  DoneOptions done;
  auto* dn = app.add_subcommand("done", "mark an activity done: lplan done 2.1 --on 2020-03-20 --outcome \"…\"");
  completes(dn->add_option("id", done.id, "the activity's id (e.g. 2.1)")->required(), Complete::ActivityId);
  completes(dn->add_option("--on", done.on, "the day it was done, YYYY-MM-DD (default: today)"), Complete::Date);
  dn->add_option("--outcome", done.outcome, "what was achieved (for the public report)");
  dn->add_flag("--dry-run", done.dry_run, "print the change as a diff; write nothing");

  AddOptions add;
  auto* ad = app.add_subcommand("add", "add an activity after the last one of its goal: lplan add --goal goal2 --title \"…\"");
  completes(ad->add_option("--goal", add.goal, "the goal's id or number")->required(), Complete::Goal);
  ad->add_option("--title", add.title, "the activity's title")->required();
  ad->add_option("--when", add.when, "the timeframe, as people write it: березень, I квартал, до 15 березня");
  completes(ad->add_option("--due", add.due, "an exact deadline, YYYY-MM-DD"), Complete::Date);
  completes(ad->add_option("--responsible,-r", add.responsible, "an id, name or alias from people (repeat for more)")
                ->allow_extra_args(false),
            Complete::Person);
  ad->add_option("--audience", add.audience, "for whom (repeat for more)")->allow_extra_args(false);
  ad->add_option("--resources", add.resources, "partners, funding (repeat for more)")->allow_extra_args(false);
  ad->add_option("--details", add.details, "a bullet point under the title (repeat for more)")->allow_extra_args(false);
  ad->add_option("--id", add.id, "the id (default: the goal's next number, 2.10 after 2.9)");
  ad->add_flag("--dry-run", add.dry_run, "print the change as a diff; write nothing");

  NewYearOptions new_year;
  auto* ny = app.add_subcommand("new", "start next year's plan from this year's: lplan new 2021");
  ny->add_option("year", new_year.year, "the year to start (e.g. 2021)")->required();
  completes(ny->add_option("--from", new_year.from, "the year to copy (default: the latest plan before YEAR)"),
            Complete::Year);
  completes(ny->add_option("--carry", new_year.carry,
                           "all (default) or unfinished: leave out what was done or cancelled"),
            {"all", "unfinished"});
  ny->add_flag("--dry-run", new_year.dry_run, "print the new files as a diff; write nothing");

  // lplan import FILE|- (DESIGN §9)
  ImportOptions import_options;
  auto* im = app.add_subcommand("import", "a plan table from Word (.docx), a web page (.html) or pasted text → plan files");
  completes(im->add_option("file", import_options.input, "the .docx, .html or text file; - reads standard input")
                ->required(),
            Complete::File);
  completes(im->add_option("--from", import_options.from, "docx, html or text (default: by the file's name and content)"),
            {"docx", "html", "text"});
  completes(im->add_option("--into", import_options.into,
                           "the plans folder to write into (default: the plans found, else ./plans)"),
            Complete::Folder);
  im->add_option("--map", import_options.map, "HEADER=FIELD: the column HEADER (or number) fills FIELD (repeatable)")
      ->allow_extra_args(false);
  im->add_option("--table", import_options.table, "import the N-th table of the document");
  im->add_flag("--dry-run", import_options.dry_run, "print the files and the checks, write nothing");
  im->add_flag("--force", import_options.force, "replace the year when the plans folder already has it");

  // Shell completion: the script, and the hidden lister of the plan's values it calls.
  CompletionOptions completion;
  auto* c = app.add_subcommand("completion", std::string(tr("print a shell completion script: bash or zsh")));
  completes(c->add_option("shell", completion.shell, std::string(tr("bash or zsh")))->required(),
            {"bash", "zsh"});
  CompleteOptions complete;
  auto* cv = app.add_subcommand("__complete", "")->group("");
  cv->add_option("kind", complete.kind)->required();

  if (auto problem = unknown_command(app, argc, argv)) {
    std::cerr << "lplan: " << *problem << '\n';
    return k_exit_usage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? k_exit_ok : k_exit_usage;
  }

  if (cv->parsed()) {
    return run_complete(global, complete, std::cout);
  }
  try {
    Context ctx(global, std::cout, std::cerr);
    if (c->parsed()) {
      return run_completion(ctx, completion, describe_for_completion(app));
    }
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
    if (st->parsed()) {
      return run_set(ctx, set);
    }
    if (dn->parsed()) {
      return run_done(ctx, done);
    }
    if (ny->parsed()) {
      return run_new_year(ctx, new_year);
    }
    if (ad->parsed()) {
      return run_add(ctx, add);
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
