// One table per record that spells each field once: its YAML key, its kind, how a read
// value is stored in the record, how the stored value is given back as text, and its
// JSON/CSV column. The loader reads records through these tables (so "did you mean"
// hints list exactly these keys), the JSON and CSV renderers take their columns from
// them, and the writing commands (`set`, `new`, `diff`, `import`) find fields by key.
//
//   key          kind       required  settable  column
//   id           Id         yes       no        id
//   goal         Reference  yes       yes       goal
//   title        Line       yes       yes       title
//   …
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"

namespace lplan {

/// What a field holds, and so how it is read, checked and written.
enum class FieldKind {
  Id,         ///< an id, one line: `[A-Za-z0-9][A-Za-z0-9._-]*`
  Reference,  ///< the id of another record (activity → goal, goal → direction)
  Line,       ///< text on one line
  Text,       ///< text that may hold line breaks (`outcome`, `intro`, `notes`)
  LineList,   ///< a list of one-line texts (a single text counts as one item)
  TextList,   ///< a list of texts that may hold line breaks (`details`, `priorities`)
  People,     ///< a list of ids, names or aliases from the people registry
  Date,       ///< YYYY-MM-DD
  Number,     ///< a whole number written in decimal digits
  Status,     ///< planned | in-progress | done | cancelled | postponed (or the Ukrainian words)
  When,       ///< a timeframe of the `when` language, one line
  PersonKind, ///< person | body
};

/// True for the kinds whose value is a list.
bool is_list_kind(FieldKind kind);
/// True for the kinds whose text must stay on one line.
bool is_one_line_kind(FieldKind kind);

/// A value as the loader hands it to a record: only the member of the field's kind is set.
struct LoadedValue {
  Text text;                     ///< Id, Reference, Line, Text, When
  std::vector<Text> list;        ///< the list kinds
  std::optional<Date> date;      ///< Date
  std::optional<int> number;     ///< Number
  std::optional<Status> status;  ///< Status
  std::optional<lplan::PersonKind> person_kind;
  SourceLoc loc;  ///< where the value was written
};

/// A stored value as text, whatever its kind: what `set` compares and `diff` prints.
/// A date is `YYYY-MM-DD`, a status its key, a number its digits.
struct FieldValue {
  bool present = false;            ///< the key was written (or the record holds a value)
  std::string text;                ///< scalar kinds
  std::vector<std::string> items;  ///< list kinds

  bool operator==(const FieldValue&) const = default;
};

template <typename Record>
struct Field {
  std::string_view key;
  FieldKind kind;
  bool required = false;  ///< the record is incomplete without it
  bool settable = false;  ///< `lplan set` may change it (activities)
  /// The JSON key and CSV header of the stored value; empty when the field is not a
  /// column of its own (its value reaches the output another way, e.g. resolved).
  std::string_view column;
  void (*store)(Record& record, LoadedValue&& value);
  FieldValue (*get)(const Record& record);
};

using ActivityField = Field<Activity>;
using PlanField = Field<PlanMeta>;
using DirectionField = Field<Direction>;
using GoalField = Field<Goal>;
using PersonField = Field<Person>;

std::span<const ActivityField> activity_fields();
std::span<const PlanField> plan_fields();
std::span<const DirectionField> direction_fields();
std::span<const GoalField> goal_fields();
std::span<const PersonField> person_fields();

/// The keys of a table, in table order (for "did you mean" hints and messages).
template <typename Record>
std::vector<std::string> field_keys(std::span<const Field<Record>> fields) {
  std::vector<std::string> keys;
  keys.reserve(fields.size());
  for (const auto& f : fields) {
    keys.emplace_back(f.key);
  }
  return keys;
}

/// The field with `key`, or nullptr.
template <typename Record>
const Field<Record>* find_field(std::span<const Field<Record>> fields, std::string_view key) {
  for (const auto& f : fields) {
    if (f.key == key) {
      return &f;
    }
  }
  return nullptr;
}

}  // namespace lplan
