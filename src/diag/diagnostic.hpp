// Diagnostics: every problem lplan reports, with a position and a rule name.
#pragma once

#include <string>
#include <vector>

#include "diag/rule.hpp"
#include "model/source.hpp"

namespace lplan {

enum class Severity { Warning, Error };

/// `file:line:col: error: message [rule]`. Library code collects these; only the
/// command-line front end prints them.
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;  ///< path as given; empty when the problem has no file
  int line = 0;      ///< 1-based; 0 when unknown
  int column = 0;    ///< 1-based, in characters; 0 when unknown
  std::string message;
  Rule rule = Rule::None;  ///< printed as a short kebab-case name: `when`, `duplicate-id`, …
  /// The line of the file the diagnostic points into, without its line break, for the
  /// text formats to show under the message (empty when not shown). Set where the
  /// diagnostic is made, by attach_source_line.
  std::string source_line;
  /// What goes before the `^` under `source_line`: one blank per column of the line
  /// before `column` (a tab is kept as a tab, so the marker lines up in a terminal).
  std::string marker_pad;
};

/// The severity as the text formats print it, in the user's language: "error" /
/// «помилка». Machine formats keep the English key ("error", "warning").
std::string severity_word(Severity severity);

/// The canonical one-line text form (without colour).
std::string format_diagnostic(const Diagnostic& d);

/// Takes line `d.line` of `text` (the file's text) into `d.source_line`, and the blanks
/// that put a marker under `d.column` into `d.marker_pad`. A CR before the line break is
/// dropped; a line over 200 characters is cut to the 80 before the column and the 80
/// from it («…» where cut).
void attach_source_line(Diagnostic& d, std::string_view text);

/// The lines the text formats print under a diagnostic that has a source line
/// (ninja and hledger style), each ending with a line break; empty when it has none:
///
///        12 |     outcome: Проведено: 5 тренінгів
///           |              ^
std::string format_source_excerpt(const Diagnostic& d);

class Diagnostics {
public:
  void error(const SourceLoc& at, Rule rule, std::string message);
  void warning(const SourceLoc& at, Rule rule, std::string message);
  /// A problem with a file as a whole (or at a raw position).
  void add(Diagnostic d);
  void append(const Diagnostics& other);

  /// Sorts by file (in first-seen order of files), line, column; drops exact repeats.
  void finish();

  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool empty() const { return m_items.empty(); }
  std::size_t size() const { return m_items.size(); }
  /// Drops the diagnostics added after the first `n` (to take back a half-read item).
  void truncate(std::size_t n) {
    if (n < m_items.size()) {
      m_items.resize(n);
    }
  }
  const std::vector<Diagnostic>& items() const { return m_items; }
  Diagnostic& item(std::size_t i) { return m_items[i]; }

private:
  std::vector<Diagnostic> m_items;
};

/// Exit codes of every command (DESIGN §6).
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_plan_errors = 1;  ///< the plan has errors (or warnings with --strict)
inline constexpr int k_exit_usage = 2;        ///< lplan could not do what was asked

/// The exit code that `diags` call for: 2 when a file or folder could not be read,
/// 1 for errors (or any warning when `strict`), else 0.
int exit_code(const Diagnostics& diags, bool strict);

/// True when a diagnostic says a file or folder could not be read (exit 2).
bool has_io_errors(const Diagnostics& diags);

}  // namespace lplan
