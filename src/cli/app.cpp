// The only file that includes CLI11 (it is slow to compile): every option of every
// command is declared here and lands in the plain structs of options.hpp.
#include "cli/app.hpp"

#include <algorithm>
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
#include "render/help_text.hpp"
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
enum class Complete { ActivityId, Person, Goal, Direction, Year, Month, Status, Format, Date, File, Folder, Revision };

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
    case Complete::Revision:
      return plan_values(PlanValues::Revisions, named(trc("completion", "revision")));
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

void add_filters(CLI::App* cmd, FilterOptions& f, std::string_view month_default) {
  completes(cmd->add_option(
                   "--month,-m", f.month,
                   trf("period: a month (march, березень, 3, 2020-03), a list or a range (березень, "
                       "квітень; 3-4), a quarter or half-year (II квартал, Q2, H1), this, next or prev ({})",
                       month_default))
                ->type_name(std::string(trc("metavar", "PERIOD"))),
            Complete::Month);
  completes(
      cmd->add_option("--responsible,-r", f.responsible,
                      std::string(tr("id, or part of a name or alias; also what the bodies she belongs to do "
                                     "(repeat = or)")))
          ->allow_extra_args(false)
          ->type_name(std::string(trc("metavar", "WHO"))),
      Complete::Person);
  completes(cmd->add_option("--goal", f.goal, std::string(tr("goal id or number (repeat = or)")))
                ->allow_extra_args(false)
                ->type_name(std::string(trc("metavar", "GOAL"))),
            Complete::Goal);
  completes(
      cmd->add_option("--direction", f.direction, std::string(tr("direction id or number (repeat = or)")))
          ->allow_extra_args(false)
          ->type_name(std::string(trc("metavar", "DIRECTION"))),
      Complete::Direction);
  completes(
      cmd->add_option("--status", f.status,
                      std::string(tr("planned, in-progress, done, cancelled, postponed (or заплановано, "
                                     "виконується, виконано, скасовано, відкладено; repeat = or)")))
          ->allow_extra_args(false)
          ->type_name(std::string(trc("metavar", "STATUS"))),
      Complete::Status);
  cmd->add_option("--grep", f.grep, std::string(tr("text in title, details or outcome (repeat = or)")))
      ->allow_extra_args(false)
      ->type_name(std::string(trc("metavar", "TEXT")));
}

/// The commands a person can type (hidden ones left out): names, then aliases.
std::vector<std::string> visible_commands(const CLI::App& app) {
  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (!sub->get_group().empty()) {
      commands.push_back(sub->get_name());
      commands.insert(commands.end(), sub->get_aliases().begin(), sub->get_aliases().end());
    }
  }
  return commands;
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
    for (const CLI::App* sub : subcommands) {
      if (sub->check_name(arg)) {
        return std::nullopt;
      }
    }
    std::vector<std::string> commands = visible_commands(app);
    std::string message = trf("unknown command \"{}\"", text::printable(arg));
    if (auto hint = text::did_you_mean(arg, commands)) {
      message += trf(" — did you mean \"{}\"?", *hint);
    }
    return message + "\n" + trf("commands: {} (lplan --help)", fmt::join(commands, ", "));
  }
  return std::nullopt;
}

// --- Language, help and usage errors (DESIGN §11; issues 11 and 17) ----------------
// The language is decided before the App is built, so that every description is
// written in it: --lang read by a first, cheap CLI11 parse that ignores everything
// else, then $LPLAN_LANG and the locale. --help pages are walked out of the App into
// a render::HelpPage (src/render/help_text.cpp draws them); CLI11's errors are caught
// and said again as `lplan COMMAND: …` with a hint, exit 2.

Lang early_language(int argc, char** argv) {
  CLI::App scan;
  scan.set_help_flag();
  scan.allow_extras();
  scan.prefix_command(false);
  std::string lang;
  scan.add_option("--lang", lang);
  try {
    scan.parse(argc, argv);
  } catch (const CLI::ParseError&) {
    lang.clear();  // the real parse reports it
  }
  if (auto parsed = parse_lang(lang)) {
    return *parsed;
  }
  return lang_from_environment();
}

/// "-m, --month PERIOD"; a positional: its metavar.
std::string option_left(const CLI::Option* o) {
  std::string metavar = o->get_type_name();
  if (o->get_positional()) {
    return metavar.empty() ? o->get_name() : metavar;
  }
  std::string names;
  for (const auto& n : o->get_snames()) {
    names += (names.empty() ? "-" : ", -") + n;
  }
  for (const auto& n : o->get_lnames()) {
    names += (names.empty() ? "--" : ", --") + n;
  }
  if (o->get_items_expected_max() > 0 && !metavar.empty()) {
    names += " " + metavar;
  }
  return names;
}

bool is_help_or_version(const CLI::App* app, const CLI::Option* o) {
  return o == app->get_help_ptr() || o == app->get_help_all_ptr() || o->check_lname("version");
}

/// The usage line of a command: `lplan set [OPTIONS] ID CHANGES…`.
std::string usage_of(const CLI::App* sub, const std::string& name) {
  std::string line = name + " [" + std::string(trc("metavar", "OPTIONS")) + "]";
  for (const CLI::Option* o : sub->get_options([](const CLI::Option* o) { return o->get_positional(); })) {
    std::string p = option_left(o) + (o->get_items_expected_max() > 1 ? "…" : "");
    line += " " + (o->get_required() ? p : "[" + p + "]");
  }
  return line;
}

class HelpFormatter : public CLI::Formatter {
public:
  HelpFormatter() {
    // CLI11's own words, for anything it prints by itself.
    label("Usage", std::string(tr("Usage")));
    label("OPTIONS", std::string(trc("metavar", "OPTIONS")));
    label("SUBCOMMAND", std::string(trc("metavar", "COMMAND")));
    label("SUBCOMMANDS", std::string(trc("metavar", "COMMAND")));
    label("Positionals", std::string(tr("Arguments")));
    label("REQUIRED", std::string(tr("REQUIRED")));
  }

  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode) const override {
    render::HelpPage page;
    page.description = app->get_description();
    const CLI::App* root = app;
    while (root->get_parent() != nullptr) {
      root = root->get_parent();
    }
    auto entries = [](const CLI::App* a, auto keep) {
      std::vector<render::HelpEntry> out;
      for (const CLI::Option* o : a->get_options()) {
        if (keep(o)) {
          out.push_back({option_left(o), o->get_description()});
        }
      }
      return out;
    };
    if (app == root) {
      page.usage = trf("Usage: {} [OPTIONS] COMMAND …", name);
      render::HelpSection commands{std::string(tr("Commands")), {}};
      for (const CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; })) {
        if (sub->get_group().empty()) {
          continue;
        }
        std::string left = sub->get_name();
        for (const auto& alias : sub->get_aliases()) {
          left += ", " + alias;
        }
        commands.entries.push_back({left, sub->get_description()});
      }
      page.sections.push_back(std::move(commands));
      page.sections.push_back(
          {std::string(tr("Options")), entries(app, [](const CLI::Option*) { return true; })});
      page.footer = std::string(tr(
          "Every option goes before or after the command. lplan COMMAND --help tells what a command takes. "
          "Exit codes: 0 done, 1 the plan has errors, 2 lplan could not do what was asked."));
    } else {
      page.usage = std::string(tr("Usage")) + ": " + usage_of(app, name);
      if (auto f = marks().formats.find(app); f != marks().formats.end() && !f->second.empty()) {
        std::vector<std::string> shown;  // "markdown (md)": a second name beside its format
        for (const auto& name : f->second) {
          if (name == "md" && !shown.empty() && shown.back() == "markdown") {
            shown.back() += " (md)";
          } else {
            shown.push_back(name);
          }
        }
        page.notes.push_back(
            trf("Formats (--format): {} (default: {}).", fmt::join(shown, ", "), shown.front()));
      }
      page.sections.push_back({std::string(tr("Arguments")),
                               entries(app, [](const CLI::Option* o) { return o->get_positional(); })});
      page.sections.push_back({std::string(tr("Options")), entries(app, [app](const CLI::Option* o) {
                                 return !o->get_positional() && !is_help_or_version(app, o);
                               })});
      page.sections.push_back(
          {std::string(tr("Global options (before or after the command)")),
           entries(root, [root](const CLI::Option* o) { return !is_help_or_version(root, o); })});
    }
    return render::help_text(page, terminal_width().value_or(80));
  }
};

/// The command being parsed when CLI11 stopped (the deepest one it entered), or the App.
const CLI::App* active_command(const CLI::App& app) {
  const CLI::App* at = &app;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const CLI::App* sub : at->get_subcommands()) {
      at = sub;
      deeper = true;
      break;
    }
  }
  return at;
}

/// The option `name` ("--month", "-m", "month") of `command` or of the App.
const CLI::Option* find_option(const CLI::App* command, const CLI::App& app, const std::string& name) {
  for (const CLI::App* a : {command, &app}) {
    for (const CLI::Option* o : a->get_options()) {
      if (o->get_name() == name || o->check_name(name)) {
        return o;
      }
    }
  }
  return nullptr;
}

/// "--month", the way a person types the option CLI11 names.
std::string shown_name(const CLI::Option* o) {
  if (!o->get_lnames().empty()) {
    return "--" + o->get_lnames().front();
  }
  if (!o->get_snames().empty()) {
    return "-" + o->get_snames().front();
  }
  return o->get_type_name().empty() ? o->get_name() : o->get_type_name();
}

/// A value-taking option followed by nothing or by another option (`--month --plans x`):
/// CLI11 would take the option name as the value.
std::optional<std::string> missing_value(CLI::App& app, int argc, char** argv) {
  const CLI::App* command = &app;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (!arg.starts_with("-") || arg == "-" || arg == "--" || arg.find('=') != std::string::npos) {
      for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (command == &app && sub->check_name(arg)) {
          command = sub;
        }
      }
      continue;
    }
    const CLI::Option* o = find_option(command, app, arg);
    if (o == nullptr || o->get_items_expected_max() == 0) {
      continue;
    }
    bool next_is_option = i + 1 < argc && find_option(command, app, argv[i + 1]) != nullptr;
    if (i + 1 >= argc || next_is_option) {
      std::string who = command == &app ? "lplan" : "lplan " + command->get_name();
      return trf("{}: {} needs a value: {}", who, shown_name(o), o->get_description());
    }
    ++i;
  }
  return std::nullopt;
}

/// The words after "The following argument(s) was/were not expected: ".
std::vector<std::string> extras_of(const std::string& what) {
  std::vector<std::string> out;
  auto colon = what.find(": ");
  std::string rest = colon == std::string::npos ? what : what.substr(colon + 2);
  std::size_t i = 0;
  while (i < rest.size()) {
    std::size_t j = std::min(rest.find(' ', i), rest.size());
    if (j > i) {
      out.push_back(rest.substr(i, j - i));
    }
    i = j + 1;
  }
  return out;
}

/// CLI11's error `e` said again for a person, in the language: what is wrong and what
/// to do, naming the command.
std::string usage_error(const CLI::ParseError& e, const CLI::App& app) {
  const CLI::App* command = active_command(app);
  std::string who = command == &app ? "lplan" : "lplan " + command->get_name();
  std::string help = trf("(see {} --help)", who);
  std::string what = e.what();
  std::string head = what.substr(0, what.find(':'));
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
    if (what.find("subcommand") != std::string::npos) {
      return trf("which command? {}\n(lplan --help says what each does; lplan COMMAND --help, what it takes)",
                 fmt::join(visible_commands(app), ", "));
    }
    std::string name = what.substr(0, what.rfind(" is required"));
    if (const CLI::Option* o = find_option(command, app, name)) {
      return trf("{}: {} is missing — {}; usage: {}", who, shown_name(o), o->get_description(),
                 usage_of(command, who));
    }
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
    if (const CLI::Option* o = find_option(command, app, head)) {
      if (what.find("At Most") != std::string::npos) {
        return trf("{}: {} is given more than once; give it once {}", who, shown_name(o), help);
      }
      return trf("{}: {} needs a value: {}", who, shown_name(o), o->get_description());
    }
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    std::vector<std::string> options;
    for (const CLI::App* a : {command, &app}) {
      for (const CLI::Option* o : a->get_options()) {
        for (const auto& n : o->get_lnames()) {
          options.push_back("--" + n);
        }
      }
    }
    std::string message;
    std::vector<std::string> extras = extras_of(what);
    // An unknown option first: its value («--mont 3») is unexpected only because of it.
    std::stable_partition(extras.begin(), extras.end(),
                          [](const std::string& x) { return x.starts_with("-") && x.size() > 1; });
    for (const std::string& extra : extras) {
      std::string shown = text::printable(extra);
      if (extra.starts_with("-") && extra.size() > 1) {
        message = trf("{}: unknown option {}", who, shown);
        std::string bare = extra.substr(0, extra.find('='));
        if (auto hint = text::did_you_mean(bare, options)) {
          message += trf(" — did you mean {}?", *hint);
        }
      } else {
        message = trf("{}: unexpected argument \"{}\"", who, shown);
      }
      break;  // the first one is enough
    }
    return message + " " + help;
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e) != nullptr) {
    for (const CLI::App* a : {command, &app}) {
      for (const CLI::Option* o : a->get_options()) {
        if (what.find(" " + o->get_name() + " ") != std::string::npos ||
            what.ends_with(" " + o->get_name())) {
          std::string value = what.substr(what.rfind(' ') + 1);
          if (what.starts_with("The value ")) {
            value = what.substr(10, what.find(' ', 10) - 10);
          }
          return trf("{}: {} takes a number, not \"{}\"", who, shown_name(o), text::printable(value));
        }
      }
    }
  }
  return who + ": " + what + " " + help;  // anything else, as CLI11 says it
}
// --- end of language, help and usage errors --------------------------------------

}  // namespace

int run(int argc, char** argv) {
  set_language(early_language(argc, argv));
  CLI::App app{std::string(tr("lplan — an organization's annual work plan, kept as YAML in git")), "lplan"};
  app.formatter(std::make_shared<HelpFormatter>());
  app.set_help_flag("-h,--help", std::string(tr("print this help and exit")));
  app.set_version_flag("--version", std::string("lplan ") + LPLAN_VERSION,
                       std::string(tr("print the version of lplan and exit")));
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions global;
  plan_context(completes(
      app.add_option("--plans", global.plans,
                     std::string(tr("plans folder (default: $LPLAN_PLANS, else the nearest plans/); repeat it to "
                                    "read several organizations' repositories")))
          ->allow_extra_args(false)
          ->type_name(std::string(trc("metavar", "DIR"))),
      Complete::Folder));
  plan_context(app.add_option("--org", global.orgs,
                              std::string(tr("only this organization of a plans folder that holds several "
                                             "(plans/<org>/); repeat for more (default: all)")))
                   ->allow_extra_args(false)
                   ->type_name(std::string(trc("metavar", "ORG"))));
  plan_context(
      completes(app.add_option("--year,-y", global.year,
                               std::string(tr("plan year (default: the year --month names, else this year "
                                              "when planned, else the latest)")))
                    ->type_name(std::string(trc("metavar", "YEAR"))),
                Complete::Year));
  plan_context(completes(
      app.add_option("--today", global.today,
                     std::string(tr("the date to act as today, YYYY-MM-DD (default: the system date)")))
          ->type_name(std::string(trc("metavar", "DATE"))),
      Complete::Date));
  completes(app.add_option("--lang", global.lang,
                           std::string(tr("uk or en (default: $LPLAN_LANG, else the locale: uk when LC_ALL, "
                                          "LC_MESSAGES or LANG starts with uk)")))
                ->type_name(std::string(trc("metavar", "LANG"))),
            {"uk", "en"});
  completes(
      app.add_option("--format,-f", global.format,
                     std::string(tr("output format (each command's --help lists its own, and its default)")))
          ->type_name(std::string(trc("metavar", "FORMAT"))),
      Complete::Format);
  completes(app.add_option("--output,-o", global.output,
                           std::string(tr("write to FILE (atomically) instead of stdout")))
                ->type_name(std::string(trc("metavar", "FILE"))),
            Complete::File);
  completes(
      app.add_option("--color", global.color,
                     std::string(tr(
                         "auto, always or never (default: auto — on a terminal; NO_COLOR turns colour off)")))
          ->type_name(std::string(trc("metavar", "WHEN"))),
      {"auto", "always", "never"});
  app.add_flag("--no-wrap", global.no_wrap,
               std::string(tr("one line per table row: long cells are cut with … instead of wrapped")));
  app.add_flag("--strict", global.strict, std::string(tr("warnings fail too (exit 1)")));
  app.add_flag("--keep-going", global.keep_going,
               std::string(tr("answer from a plan with errors, skipping broken activities")));
  app.add_option("--max-file-size", global.max_file_size_mib,
                 std::string(tr("largest plan file to read, in MiB (default: 128)")))
      ->type_name(std::string(trc("metavar", "MIB")));

  ValidateOptions validate;
  auto* v = app.add_subcommand("validate", std::string(tr("check every plan file and print every problem")));
  v->alias("check");
  formats(v, {"text", "json", "github"});
  completes(v->add_option("paths", validate.paths,
                          std::string(tr("plans folders, year folders or files (default: all plans)")))
                ->type_name(std::string(trc("metavar", "PATH"))),
            Complete::File);

  DueOptions due;
  auto* d = app.add_subcommand(
      "due", std::string(tr(
                 "what is due in a period (default: this month): deadlines, then scheduled, then ongoing")));
  formats(d, {"text", "markdown", "md", "csv", "json", "ics"});
  add_filters(d, due.filters, tr("default: this month"));
  d->add_flag("--no-ongoing", due.no_ongoing, std::string(tr("leave out activities that run all year")));
  d->add_flag("--overdue", due.overdue,
              std::string(tr("what is past its deadline and not done (with --month: of that period only)")));

  ListOptions list;
  auto* l = app.add_subcommand("list", std::string(tr("activities matching the filters, in plan order")));
  formats(l, {"text", "markdown", "md", "csv", "json", "ics"});
  add_filters(l, list.filters, tr("default: every month"));

  ReportOptions report;
  auto* r =
      app.add_subcommand("report", std::string(tr("the year at a glance, or the public report (--public)")));
  formats(r, {"text", "markdown", "md", "html", "json", "docx"});
  completes(r->add_option("year", report.year, std::string(tr("plan year (default: as --year)")))
                ->type_name(std::string(trc("metavar", "YEAR"))),
            Complete::Year);
  r->add_flag(
      "--public", report.public_report,
      std::string(tr("the execution report for the public: intro, what was done with its outcomes, totals, "
                     "signature")));

  ExportOptions exp;
  auto* e = app.add_subcommand(
      "export",
      std::string(tr("the year, or what the filters pick, for a calendar, a spreadsheet or a program")));
  formats(e, {"ics", "csv", "json"});
  completes(e->add_option("year", exp.year, std::string(tr("plan year (default: as --year)")))
                ->type_name(std::string(trc("metavar", "YEAR"))),
            Complete::Year);
  add_filters(e, exp.filters, tr("default: every month"));
  e->add_flag("--bom", exp.bom, std::string(tr("start the CSV with a byte-order mark (for Excel)")));

  PeopleOptions people;
  auto* p = app.add_subcommand(
      "people",
      std::string(tr("the registry with each entry's workload: activities scheduled per month, deadlines")));
  formats(p, {"text", "markdown", "md", "csv", "json"});

  SchemaOptions schema;
  auto* s = app.add_subcommand("schema", std::string(tr("print the JSON Schema of the plan format")));
  formats(s, {"json"});

  SetOptions set;
  auto* st = app.add_subcommand(
      "set", std::string(tr("change fields of one activity: lplan set 2.1 status=done outcome=\"…\"")));
  completes(st->add_option("id", set.id, std::string(tr("the activity's id (e.g. 2.1)")))
                ->required()
                ->type_name(std::string(trc("metavar", "ID"))),
            Complete::ActivityId);
  st->add_option("changes", set.changes,
                 trf("FIELD=VALUE sets, FIELD+=VALUE adds a list item, FIELD-=VALUE removes one, FIELD= removes "
                     "the key; fields: {}; a value with spaces in quotes: outcome=\"Проведено 5 тренінгів\"",
                     fmt::format("{}", fmt::join(edit::settable_fields(), ", "))))
      ->required()
      ->type_name(std::string(trc("metavar", "FIELD=VALUE")));
  st->add_flag("--dry-run", set.dry_run, std::string(tr("print the change as a diff; write nothing")));
  st->add_flag("--all-aliases", set.all_aliases,
               std::string(tr("allow changing a value other activities repeat through its anchor (&name)")));

  DoneOptions done;
  auto* dn = app.add_subcommand(
      "done", std::string(tr("mark an activity done: lplan done 2.1 --on 2020-03-20 --outcome \"…\"")));
  completes(dn->add_option("id", done.id, std::string(tr("the activity's id (e.g. 2.1)")))
                ->required()
                ->type_name(std::string(trc("metavar", "ID"))),
            Complete::ActivityId);
  completes(
      dn->add_option("--on", done.on, std::string(tr("the day it was done, YYYY-MM-DD (default: today)")))
          ->type_name(std::string(trc("metavar", "DATE"))),
      Complete::Date);
  dn->add_option("--outcome", done.outcome, std::string(tr("what was achieved (for the public report)")))
      ->type_name(std::string(trc("metavar", "TEXT")));
  dn->add_flag("--dry-run", done.dry_run, std::string(tr("print the change as a diff; write nothing")));

  AddOptions add;
  auto* ad = app.add_subcommand(
      "add", std::string(tr("add an activity after the last one of its goal: lplan add --goal goal2 --title \"…\"")));
  completes(ad->add_option("--goal", add.goal, std::string(tr("the goal's id or number")))
                ->required()
                ->type_name(std::string(trc("metavar", "GOAL"))),
            Complete::Goal);
  ad->add_option("--title", add.title, std::string(tr("the activity's title")))
      ->required()
      ->type_name(std::string(trc("metavar", "TEXT")));
  ad->add_option("--when", add.when,
                 std::string(tr("the timeframe, as people write it: березень, I квартал, до 15 березня")))
      ->type_name(std::string(trc("metavar", "WHEN")));
  completes(ad->add_option("--due", add.due, std::string(tr("an exact deadline, YYYY-MM-DD")))
                ->type_name(std::string(trc("metavar", "DATE"))),
            Complete::Date);
  completes(ad->add_option("--responsible,-r", add.responsible,
                           std::string(tr("an id, name or alias from people (repeat for more)")))
                ->allow_extra_args(false)
                ->type_name(std::string(trc("metavar", "WHO"))),
            Complete::Person);
  ad->add_option("--audience", add.audience, std::string(tr("for whom (repeat for more)")))
      ->allow_extra_args(false)
      ->type_name(std::string(trc("metavar", "TEXT")));
  ad->add_option("--resources", add.resources, std::string(tr("partners, funding (repeat for more)")))
      ->allow_extra_args(false)
      ->type_name(std::string(trc("metavar", "TEXT")));
  ad->add_option("--details", add.details, std::string(tr("a bullet point under the title (repeat for more)")))
      ->allow_extra_args(false)
      ->type_name(std::string(trc("metavar", "TEXT")));
  ad->add_option("--id", add.id, std::string(tr("the id (default: the goal's next number, 2.10 after 2.9)")))
      ->type_name(std::string(trc("metavar", "ID")));
  ad->add_flag("--dry-run", add.dry_run, std::string(tr("print the change as a diff; write nothing")));

  NewYearOptions new_year;
  auto* ny =
      app.add_subcommand("new", std::string(tr("start next year's plan from this year's: lplan new 2021")));
  ny->add_option("year", new_year.year, std::string(tr("the year to start (e.g. 2021)")))
      ->required()
      ->type_name(std::string(trc("metavar", "YEAR")));
  completes(ny->add_option("--from", new_year.from,
                           std::string(tr("the year to copy (default: the latest plan before YEAR)")))
                ->type_name(std::string(trc("metavar", "YEAR"))),
            Complete::Year);
  completes(ny->add_option("--carry", new_year.carry,
                           std::string(tr("all (default) or unfinished: leave out what was done or cancelled")))
                ->type_name(std::string(trc("metavar", "WHAT"))),
            {"all", "unfinished"});
  ny->add_flag("--dry-run", new_year.dry_run, std::string(tr("print the new files as a diff; write nothing")));

  // lplan import FILE|- (DESIGN §9)
  ImportOptions import_options;
  auto* im = app.add_subcommand(
      "import", std::string(tr("a plan table from Word (.docx), a web page (.html) or pasted text → plan files")));
  completes(im->add_option("file", import_options.input,
                           std::string(tr("the .docx, .html or text file; - reads standard input")))
                ->required()
                ->type_name(std::string(trc("metavar", "FILE"))),
            Complete::File);
  completes(im->add_option("--from", import_options.from,
                           std::string(tr("docx, html or text (default: by the file's name and content)")))
                ->type_name(std::string(trc("metavar", "KIND"))),
            {"docx", "html", "text"});
  completes(im->add_option("--into", import_options.into,
                           std::string(tr("the plans folder to write into (default: the plans found, else ./plans)")))
                ->type_name(std::string(trc("metavar", "DIR"))),
            Complete::Folder);
  im->add_option("--map", import_options.map,
                 std::string(tr("the column HEADER (or its number) fills FIELD (repeat for more)")))
      ->allow_extra_args(false)
      ->type_name(std::string(trc("metavar", "HEADER=FIELD")));
  im->add_option("--table", import_options.table, std::string(tr("import the N-th table of the document")))
      ->type_name(std::string(trc("metavar", "N")));
  im->add_flag("--dry-run", import_options.dry_run, std::string(tr("print the files and the checks; write nothing")));
  im->add_flag("--force", import_options.force,
               std::string(tr("replace the year when the plans folder already has it")));

  // lplan diff [REV_A [REV_B]] (DESIGN §10)
  DiffOptions diff_options;
  auto* df = app.add_subcommand(
      "diff", std::string(tr("what changed in the plan between two revisions of git (default: HEAD and the work "
                             "tree), for a pull request")));
  formats(df, {"text", "markdown", "md", "json"});
  completes(df->add_option("revisions", diff_options.revisions,
                 std::string(tr("REV_A [REV_B]: anything git names — main, HEAD~1, a tag (none: HEAD against the "
                                "work tree; one: REV against the work tree)")))
      ->expected(0, 2)
      ->type_name(std::string(trc("metavar", "REV"))),
            Complete::Revision);
  df->add_flag("--exit-code", diff_options.exit_code,
               std::string(tr("exit with 1 when anything changed, 0 when nothing did (like git diff --exit-code)")));

  // Shell completion: the script, and the hidden lister of the plan's values it calls.
  CompletionOptions completion;
  auto* c = app.add_subcommand("completion", std::string(tr("print a shell completion script: bash or zsh")));
  completes(c->add_option("shell", completion.shell, std::string(tr("bash or zsh")))
                ->required()
                ->type_name(std::string(trc("metavar", "SHELL"))),
            {"bash", "zsh"});
  CompleteOptions complete;
  auto* cv = app.add_subcommand("__complete", "")->group("");
  cv->add_option("kind", complete.kind)->required();

  if (auto problem = unknown_command(app, argc, argv)) {
    std::cerr << "lplan: " << *problem << '\n';
    return k_exit_usage;
  }
  if (auto problem = missing_value(app, argc, argv)) {
    std::cerr << *problem << '\n';
    return k_exit_usage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return k_exit_ok;
  } catch (const CLI::CallForVersion&) {
    std::cout << "lplan " << LPLAN_VERSION << '\n';
    return k_exit_ok;
  } catch (const CLI::ParseError& error) {
    std::string message = usage_error(error, app);
    std::cerr << (message.starts_with("lplan") ? "" : "lplan: ") << message << '\n';
    return k_exit_usage;
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
    if (df->parsed()) {
      return run_diff(ctx, diff_options);
    }
  } catch (const UsageError& error) {
    std::cerr << "lplan: " << error.what() << '\n';
    return k_exit_usage;
  } catch (const ExitRequest& request) {
    return request.code;
  } catch (const std::exception& error) {
    std::cerr << "lplan: " << trf("internal error: {}", error.what()) << '\n';
    return k_exit_usage;
  }
  return k_exit_usage;
}

}  // namespace lplan::cli
