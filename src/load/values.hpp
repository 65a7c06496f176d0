// Typed reading of YAML values: text, lists, numbers, dates, with diagnostics.
// Internal to src/load/.
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "load/convert.hpp"

namespace lplan::load {

/// Whether a text value must stay on one line (ids, titles, dates, `when` …).
enum class Lines { One, Many };

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

/// Which keys a mapping held, and which of their values could not be read (their
/// errors are already reported, so they are not also "missing").
struct FieldsSeen {
  std::vector<std::string_view> present;
  std::vector<SourceLoc> present_at;  ///< where each present key's value is
  std::vector<std::string_view> failed;

  bool has(std::string_view key) const;
  bool has_failed(std::string_view key) const;
};

/// Calls `field(key, key_node, value)` for each entry of the mapping `map` whose key is
/// one of `known`; reports other keys as unknown (with a "did you mean" hint), keys
/// that are not text, and a value that is not a mapping at all.
/// Returns nullopt when `map` is not a mapping.
std::optional<FieldsSeen> read_map(Converter& c, YNode& map, std::string_view what,
                                   const std::vector<std::string>& known,
                                   const std::function<void(std::string_view key, const YNode& key_node,
                                                            YNode& value)>& field);

/// Checks a required field of the record at `map`: absent → "has no", present but
/// empty → "is empty"; a value already reported as unreadable is left alone.
/// Returns true when the field is fine.
bool require(Converter& c, const YNode& map, const FieldsSeen& seen, std::string_view what,
             std::string_view key, bool value_empty);

}  // namespace lplan::load
