// Typed reading of YAML values: text, lists, numbers, dates, with diagnostics; and the
// reading of whole records through their field tables (model/fields.hpp).
// Internal to src/load/.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "load/convert.hpp"
#include "model/fields.hpp"

namespace lplan::load {

/// Whether a text value must stay on one line (ids, titles, dates, `when` …).
enum class Lines { One, Many };

/// What a mapping is, for messages: «unknown key "x" in an activity».
enum class RecordKind { Plan, Direction, Goal, Person, Activity, PlanFile, PeopleFile };

/// A scalar as text (moved out of `v`); nullopt (with an error) for a list or mapping,
/// nullopt (silently) for null. A one-line field holding a line break, or a quote left
/// open, is an error.
std::optional<Text> read_text(Converter& c, YNode& v, std::string_view key, Lines lines);

/// A list of texts; a single scalar counts as a one-item list; null is empty.
std::vector<Text> read_text_list(Converter& c, YNode& v, std::string_view key, Lines lines);

/// A whole number written in decimal digits (`010` is ten, not eight).
std::optional<int> read_int(Converter& c, const YNode& v, std::string_view key);

/// A date written `YYYY-MM-DD`.
std::optional<Date> read_date(Converter& c, const YNode& v, std::string_view key);

/// Reads `v` as a value of `kind` (statuses and person kinds parsed, with hints).
/// nullopt when there is nothing to store (null, or an error was reported).
std::optional<LoadedValue> read_value(Converter& c, YNode& v, std::string_view key, FieldKind kind);

/// Which keys a mapping held, and which of their values could not be read (their
/// errors are already reported, so they are not also "missing").
struct FieldsSeen {
  std::vector<std::string_view> present;
  std::vector<SourceLoc> present_at;  ///< where each present key's value is
  std::vector<std::string_view> failed;
  bool complete = true;  ///< every required field is there and readable

  bool has(std::string_view key) const;
  bool has_failed(std::string_view key) const;
};

/// Calls `field(key, key_node, value)` for each entry of the mapping `map` whose key is
/// one of `known`; reports other keys as unknown (with a "did you mean" hint), keys
/// that are not text, and a value that is not a mapping at all.
/// Returns nullopt when `map` is not a mapping.
std::optional<FieldsSeen> read_map(Converter& c, YNode& map, RecordKind what, const std::vector<std::string>& known,
                                   const std::function<void(std::string_view key, const YNode& key_node,
                                                            YNode& value)>& field);

/// Checks a required field of the record at `map`: absent → "has no", present but
/// empty → "is empty"; a value already reported as unreadable is left alone.
/// Returns true when the field is fine.
bool require(Converter& c, const YNode& map, const FieldsSeen& seen, RecordKind what, std::string_view key,
             bool value_empty);

/// Reads the mapping `map` into `record` through its field table: every known key read
/// as its kind and stored, unknown keys reported, required fields checked.
template <typename Record>
std::optional<FieldsSeen> read_record(Converter& c, YNode& map, RecordKind what,
                                      std::span<const Field<Record>> fields, Record& record) {
  static const std::vector<std::string> keys = field_keys(fields);
  auto seen = read_map(c, map, what, keys, [&](std::string_view key, const YNode&, YNode& v) {
    const Field<Record>* f = find_field(fields, key);
    if (auto value = read_value(c, v, key, f->kind)) {
      f->store(record, std::move(*value));
    }
  });
  if (seen) {
    for (const auto& f : fields) {
      if (f.required && !require(c, map, *seen, what, f.key, !f.get(record).present)) {
        seen->complete = false;
      }
    }
  }
  return seen;
}

}  // namespace lplan::load
