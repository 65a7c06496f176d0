// What every command shares: resolved global options, finding and loading the
// plans, printing diagnostics, writing output. No CLI11 here.
#pragma once

#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "check/checks.hpp"
#include "cli/options.hpp"
#include "diag/diagnostic.hpp"
#include "load/loader.hpp"
#include "model/plan.hpp"
#include "text/lang.hpp"

namespace lplan::cli {

using lplan::k_exit_ok;
using lplan::k_exit_plan_errors;
using lplan::k_exit_usage;

/// Ends a command with exit code 2: lplan could not do what was asked.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Ends a command with the given exit code; the message (if any) has been printed.
struct ExitRequest {
  int code;
};

/// "due --format takes text, markdown, csv, json or ics, not "x"", in the language.
std::string format_error(const char* command, const std::vector<std::string>& known, const std::string& given);

/// A loaded, checked repository.
struct Loaded {
  Repository repo;
  Diagnostics diags;
  /// The organization it is (DESIGN §12); empty when the plans are one organization.
  std::string organization;
};

/// One organization's plans folder: `plans/<org>/`, or a repository given by a repeated --plans.
struct Organization {
  std::string id;    ///< what --org names it by; empty when there is only one
  std::string root;  ///< its plans folder
};

class Context {
public:
  Context(const GlobalOptions& options, std::ostream& out, std::ostream& err);

  const GlobalOptions& options() const { return m_options; }
  Date today() const { return m_today; }
  /// The real date (a `done` after it is an error), whatever --today says.
  Date system_today() const { return m_system_today; }
  /// The options the checks run with: as of today, done dates against the real date.
  check::CheckOptions check_options() const { return check::CheckOptions{m_today, m_system_today}; }
  Lang lang() const { return m_lang; }
  /// Colour on stdout: --color, NO_COLOR, and whether stdout is a terminal.
  bool color() const { return m_color; }
  /// Width to fit text output to: COLUMNS, else the terminal's (also when stdout is a
  /// pipe into a pager and stderr is that terminal); nullopt for a file or --output.
  std::optional<int> width() const { return m_width; }
  /// Wrap long table cells onto more lines (the default), or cut them (--no-wrap).
  bool wrap() const { return !m_options.no_wrap; }
  /// "today 2026-12-01; showing the 2020 plan" when today is outside `year`, the plan
  /// year a text output shows; nullopt when today falls in it.
  std::optional<std::string> outside_year_note(int year) const;
  std::ostream& err() { return m_err; }

  /// Limits for loading, from --max-file-size. Throws UsageError for a bad value.
  load::LoadOptions load_options() const;

  /// The plans folder: --plans, $LPLAN_PLANS, or the nearest plans/ upwards — and, when
  /// it holds several organizations (or --plans is repeated), the one --org names; without
  /// --org that is a UsageError naming them (the writing commands, import and diff
  /// answer for one organization).
  std::string plans_root() const;

  /// Every organization to answer for: each plans folder (--plans, repeatable, or the one
  /// found) split into its organizations, kept to those --org names. Throws UsageError
  /// for an --org nobody is called, or a plans folder that mixes years and organizations.
  std::vector<Organization> organizations() const;

  /// The folder of the organization `id` to write a new plan into: an existing
  /// organization's, else a new `plans/<id>/` beside the others (also in a plans folder
  /// that holds nothing yet). A UsageError when the plans folder is one organization
  /// with years of its own (a new folder there would mix years and organizations).
  std::string organization_folder(const std::string& id) const;

  /// Loads and checks every organization of organizations(), as load_for_query does one.
  std::vector<Loaded> load_organizations();

  /// Loads and checks every year. Without --keep-going a plan with errors prints
  /// them and ends the command with exit 1; with it, broken activities are dropped
  /// and a note says how many.
  Loaded load_for_query();

  /// The year to show: `explicit_year`, else --year, else `month_year`, else this
  /// year when planned, else the latest year. Throws UsageError for an unknown year.
  const YearPlan& pick_year(const Repository& repo, std::optional<int> explicit_year,
                            std::optional<int> month_year = {}) const;

  /// Prints diagnostics (text form) to stderr, coloured when stderr is a terminal.
  void print_diagnostics(const Diagnostics& diags);

  /// Writes a command's output to stdout or, with --output, atomically to the file.
  void emit(const std::string& content);

  /// The --format value, or `fallback` when none was given.
  std::string format_or(const std::string& fallback) const;

  /// The --format value (or `fallback`) as one of `choices`; anything else is a
  /// UsageError that names the formats `command` takes.
  template <typename Format>
  Format choose_format(const char* command, std::initializer_list<std::pair<const char*, Format>> choices,
                       const std::string& fallback) const {
    std::string name = format_or(fallback);
    std::vector<std::string> known;  // aliases (a second name of a format) are not listed
    std::vector<Format> seen;
    for (const auto& [word, format] : choices) {
      if (name == word) {
        return format;
      }
      if (std::find(seen.begin(), seen.end(), format) == seen.end()) {
        seen.push_back(format);
        known.emplace_back(word);
      }
    }
    throw UsageError(format_error(command, known, name));
  }

private:
  /// --plans (the first), $LPLAN_PLANS, or the nearest plans/ upwards, as it is.
  std::string found_plans_root() const;
  /// After loading: the diagnostics of all printed and the command ended when they fail
  /// it (exit 1, or 2 for unreadable files); with --keep-going broken activities dropped.
  void settle(std::vector<Loaded>& loaded);

  const GlobalOptions& m_options;
  std::ostream& m_out;
  std::ostream& m_err;
  Date m_today;
  Date m_system_today;
  Lang m_lang = Lang::En;
  bool m_color = false;
  bool m_err_color = false;
  std::optional<int> m_width;
};

/// The terminal's width: COLUMNS, else stdout's terminal, else — stdout a pipe, as
/// into a pager — stderr's terminal; nullopt when there is none (a file).
std::optional<int> terminal_width();

/// Parses `YYYY-MM-DD` or throws UsageError naming `what`.
Date parse_date_argument(const std::string& text, const char* what);

}  // namespace lplan::cli
