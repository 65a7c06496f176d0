// The columns of an activity list in JSON and CSV (`list`, `due`, `export`): the
// activity's own fields, taken from the field table (model/fields.hpp) by column name,
// with the columns lplan computes placed among them. Every field of the table that
// has a column appears here exactly once (tests/unit/test_activity_list.cpp checks).
#pragma once

#include <span>
#include <string_view>

#include "model/fields.hpp"

namespace lplan::report {

/// What lplan works out for a row, beside the stored fields.
enum class Computed {
  None,            ///< the column is a stored field
  Direction,       ///< the id of the goal's direction
  DirectionTitle,  ///< its title
  GoalTitle,       ///< the goal's title
  Months,          ///< the scheduled months, 1..12
  Deadline,        ///< `due`, else the exact day of `when`, else the last day of its last month
  Ongoing,         ///< runs the whole year
  Responsible,     ///< the responsible entries resolved against the registry
  Via,             ///< the bodies through which --responsible found the activity
  Group,           ///< deadline | scheduled | ongoing (`due` lists only)
};

struct ListColumn {
  std::string_view name;               ///< the JSON key / CSV header
  const ActivityField* field;          ///< for a stored field; nullptr for a computed one
  std::size_t field_index = 0;         ///< its index in activity_fields()
  Computed computed = Computed::None;  ///< for a computed one
};

/// The columns in output order (`group` last; renderers write it for due lists only).
std::span<const ListColumn> list_columns();

}  // namespace lplan::report
