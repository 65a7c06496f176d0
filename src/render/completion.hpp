// Shell completion scripts (DESIGN §13): `lplan completion bash|zsh` prints a script
// drawn from a CompletionSpec — a plain description of the command line that
// src/cli/app.cpp builds by walking the very CLI11 definitions the parser uses, so
// a command or option added there is completed without touching this code.
//
// Values that come from the plan (activity ids, people, goals, directions, years)
// are not in the script: it asks `lplan __complete KIND` at the moment of the TAB,
// passing on the options named `plan_context` (--plans, --year, --today) from the
// line being completed.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace lplan::render {

/// Where the shell finds the candidates for a value.
enum class ValueSource {
  Free,            ///< any text: nothing to offer (a date, a title)
  Words,           ///< a fixed list (`words`)
  Plan,            ///< `lplan __complete <plan_kind>` at TAB time
  CommandFormats,  ///< the formats of the command being completed (CommandSpec::formats)
  Files,
  Folders,
};

struct ValueCompletion {
  ValueSource source = ValueSource::Free;
  std::vector<std::string> words;  ///< for Words
  std::string plan_kind;           ///< for Plan: ids, people, goals, directions, years
  std::string label;               ///< what the value is, shown by zsh: "month", "activity id"
};

/// One option: `--month`, `-m`; or a positional argument (no names).
struct OptionSpec {
  std::vector<std::string> names;  ///< long names first (`--month`, `-m`); empty for a positional
  std::string description;
  bool takes_value = false;
  bool repeatable = false;    ///< may be given several times (a positional: takes several words)
  bool plan_context = false;  ///< passed on to `lplan __complete` (it changes which plan is read)
  ValueCompletion values;
};

struct CommandSpec {
  std::string name;
  std::vector<std::string> aliases;
  std::string description;
  std::vector<OptionSpec> options;      ///< the command's own options (the global ones are apart)
  std::vector<OptionSpec> positionals;  ///< in order
  std::vector<std::string> formats;     ///< what its --format takes
};

struct CompletionSpec {
  std::string program;  ///< "lplan"
  std::string version;
  std::vector<OptionSpec> global_options;  ///< taken before or after the command
  std::vector<CommandSpec> commands;       ///< hidden commands left out
};

/// A bash script (bash ≥ 4.2; bash-completion not needed) defining `_lplan` and
/// registering it with `complete -F`.
void bash_completion(const CompletionSpec& spec, std::ostream& out);

/// A zsh script for compinit: the `_lplan` function file (`#compdef lplan`), which
/// also works when sourced.
void zsh_completion(const CompletionSpec& spec, std::ostream& out);

}  // namespace lplan::render
