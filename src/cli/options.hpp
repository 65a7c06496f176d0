// Plain option structs for every command: filled by app.cpp (the only file that
// includes CLI11), read by the command files.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lplan::cli {

/// Options every command takes.
struct GlobalOptions {
  std::vector<std::string> plans;    ///< --plans DIR, repeatable: each its own organization
  std::vector<std::string> orgs;     ///< --org ID, repeatable: the organizations to answer for
  std::optional<int> year;           ///< --year Y
  std::string today;                 ///< --today YYYY-MM-DD
  std::string lang;                  ///< --lang uk|en
  std::string format;                ///< --format …; empty = the command's default
  std::string output;                ///< --output FILE
  std::string color = "auto";        ///< --color auto|always|never
  bool no_wrap = false;              ///< --no-wrap: one line per table row (long cells cut)
  bool strict = false;               ///< --strict: warnings fail
  bool keep_going = false;           ///< --keep-going: skip broken activities
  double max_file_size_mib = 128;    ///< --max-file-size MiB
};

/// Filters of the commands that list activities: different filters AND, a
/// repeated one ORs.
struct FilterOptions {
  std::string month;                     ///< --month M
  std::vector<std::string> responsible;  ///< --responsible P
  std::vector<std::string> goal;         ///< --goal G
  std::vector<std::string> direction;    ///< --direction D
  std::vector<std::string> status;       ///< --status S
  std::vector<std::string> grep;         ///< --grep TEXT
};

struct ValidateOptions {
  std::vector<std::string> paths;
};

struct DueOptions {
  FilterOptions filters;
  bool no_ongoing = false;
  bool overdue = false;
};

struct ListOptions {
  FilterOptions filters;
};

struct ReportOptions {
  std::optional<int> year;  ///< the positional YEAR
  bool public_report = false;  ///< --public: the execution report for the public
};

struct ExportOptions {
  FilterOptions filters;
  std::optional<int> year;  ///< the positional YEAR
  bool bom = false;         ///< --bom: a UTF-8 byte-order mark for Excel (csv)
};

struct PeopleOptions {};

/// `lplan set ID FIELD=VALUE…`
struct SetOptions {
  std::string id;
  std::vector<std::string> changes;
  bool dry_run = false;
  bool all_aliases = false;
};

/// `lplan done ID [--on DATE] [--outcome TEXT]`
struct DoneOptions {
  std::string id;
  std::string on;                      ///< empty: today
  std::optional<std::string> outcome;  ///< set when --outcome was given
  bool dry_run = false;
};

/// `lplan new YEAR [--from Y] [--carry all|unfinished] [--dry-run]`
struct NewYearOptions {
  int year = 0;
  std::optional<int> from;      ///< default: the latest plan year before YEAR
  std::string carry = "all";    ///< all | unfinished
  bool dry_run = false;
};

/// `lplan add --goal G --title T [--when W] [--due D] [--responsible R]… …`
struct AddOptions {
  std::string goal;
  std::string title;
  std::string when;
  std::string due;
  std::vector<std::string> responsible;
  std::vector<std::string> audience;
  std::vector<std::string> resources;
  std::vector<std::string> details;
  std::string id;
  bool dry_run = false;
};

struct SchemaOptions {};

/// `lplan completion SHELL`.
struct CompletionOptions {
  std::string shell;  ///< bash or zsh
};

/// What `lplan __complete KIND` lists from the plan, for shell completion.
enum class PlanValues { Ids, People, Goals, Directions, Years, Revisions };

/// `lplan __complete KIND` (hidden): KIND is ids, people, goals, directions, years or
/// revisions (the branches and tags of the plans' git repository, for `diff`).
struct CompleteOptions {
  std::string kind;
};

/// `lplan import FILE|-` (DESIGN §9); the year comes from the global --year.
struct ImportOptions {
  std::string input;             ///< FILE, or "-" for standard input
  std::string from;              ///< --from docx|html|text; empty = by name and content
  std::string into;              ///< --into DIR: the plans folder (default: the one found, else ./plans)
  std::vector<std::string> map;  ///< --map HEADER=FIELD, repeatable
  std::optional<int> table;      ///< --table N: the N-th table of the document
  bool dry_run = false;          ///< --dry-run: print the files, write nothing
  bool force = false;            ///< --force: replace an existing year
};

/// `lplan diff [REV_A [REV_B]] [--exit-code]` (DESIGN §10); the year comes from the global --year.
struct DiffOptions {
  std::vector<std::string> revisions;  ///< none: HEAD against the work tree; one: REV against it; two: A against B
  bool exit_code = false;              ///< --exit-code: 1 when anything changed
};

}  // namespace lplan::cli
