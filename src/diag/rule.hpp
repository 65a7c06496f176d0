// The rules a diagnostic can belong to (docs/diagnostics.md lists them for users).
// The name is the stable, language-neutral word printed in `[brackets]`, in JSON and in
// GitHub annotations; the exit code of a command follows from the rules it reported.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lplan {

enum class Rule : std::uint8_t {
  None,  ///< no rule (a plain message)
  Io,
  Limit,
  Utf8,
  Control,
  Yaml,
  Depth,
  Alias,
  DuplicateKey,
  UnknownKey,
  Key,
  Type,
  Quote,
  Missing,
  Date,
  Status,
  Kind,
  Id,
  DuplicateId,
  DuplicatePlan,
  Reference,
  YearMismatch,
  When,
  Due,
  Done,
  EmptyFile,
  Layout,
  NoWhen,
  Unscheduled,
  NoResponsible,
  NoAudience,
  MixedScript,
  UnusedPerson,
  OldYear,
  PersonLeft,  ///< an activity assigns someone after the day they left (`left:`)
  NotRead,     ///< the part of a file after a syntax error, not read
  NoActivities,  ///< a year whose files hold no activity
  LostText,    ///< text YAML drops or changes quietly: ` #…` cut as a comment, a tag, an anchor, a folded sub-bullet
  Invisible,   ///< an invisible or direction-changing character (U+200B, U+202E …)
  DuplicateName,  ///< a name or alias that two people share
  Count_  ///< not a rule: the number of rules
};

/// The printed name: `io`, `duplicate-key`, `when` … (empty for Rule::None).
std::string_view rule_name(Rule rule);

/// The rule of a printed name, or nullopt.
std::optional<Rule> rule_from_name(std::string_view name);

/// True for the rules that mean "lplan could not read what it was asked to" (exit 2).
bool rule_is_io(Rule rule);

}  // namespace lplan
