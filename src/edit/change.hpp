// What a writing command was asked to change: `FIELD=VALUE`, `FIELD+=VALUE`,
// `FIELD-=VALUE`, `FIELD=` (DESIGN §8), parsed and checked against the field table.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/fields.hpp"

namespace lplan::edit {

/// A request lplan cannot carry out as asked (exit 2); the message says what to type.
struct EditError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

enum class Op {
  Set,     ///< FIELD=VALUE: the value (a list field: that one item, or [a, b])
  Append,  ///< FIELD+=VALUE: one more item of a list field
  Remove,  ///< FIELD-=VALUE: take an item out of a list field
  Unset,   ///< FIELD=: remove the key
};

struct Change {
  const ActivityField* field = nullptr;
  Op op = Op::Set;
  std::string value;                ///< as given (for a scalar field, normalized by check_changes)
  std::vector<std::string> items;   ///< for a list field: the items of the value
};

/// Parses one `FIELD=VALUE` argument. Throws EditError for an unknown or unsettable
/// field (with a "did you mean" hint and the list of fields), a missing `=`, `+=`/`-=`
/// on a field that is not a list, and `FIELD=` on a required field.
Change parse_change(std::string_view argument);

/// The fields `lplan set` can change, for messages and help.
std::vector<std::string> settable_fields();

}  // namespace lplan::edit
