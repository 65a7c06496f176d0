// What the mapper makes of a table: a plan still as texts and ids (not yet YAML),
// each part with the source rows it came from, and the list of what lplan could not
// decide — for the emitter and for the person who reviews the import.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "import/columns.hpp"
#include "import/table.hpp"

namespace lplan::import {

/// Something a person has to look at: where in the source, and what.
struct Review {
  SourcePos pos;
  std::string message;
};

/// A value written once and repeated: the first activity defines `&anchor`, the
/// others are `*anchor` (a ditto mark or a merged cell in the source).
struct Shared {
  std::string anchor;
  bool defines = false;
  bool merged = false;  ///< a merged cell, not a ditto mark
};

struct ImportedActivity {
  std::string id;
  std::string goal;  ///< a goal id
  std::string title;
  std::vector<std::string> details;
  std::vector<std::string> audience;
  std::optional<std::string> when;
  std::vector<std::string> responsible;  ///< people ids
  std::vector<std::string> resources;
  std::vector<std::string> tags;
  std::string place;
  std::string outcome;
  std::string notes;
  std::vector<SourcePos> rows;  ///< the source rows: the first, then those joined to it
  std::map<Field, Shared> shared;
};

struct ImportedDirection {
  std::string id;
  int number = 0;
  std::string title;
  std::string heading;  ///< the heading row as written; empty when lplan made the direction
};

struct ImportedGoal {
  std::string id;
  int number = 0;
  std::string direction;
  std::string title;
  std::string heading;  ///< the heading row as written; empty when lplan made the goal
};

struct ImportedPerson {
  std::string id;
  bool body = false;
  std::string name;
  std::string role;
  std::vector<std::string> aliases;
  std::vector<std::string> members;  ///< person ids
};

struct ImportedPlan {
  SourceKind kind = SourceKind::Text;
  std::string source;  ///< the input's name, for comments
  int table = 1;       ///< the table imported (1-based)
  int year = 0;
  std::string title;
  std::string organization;
  std::string head;
  std::string approved;  ///< YYYY-MM-DD, or empty
  std::string intro;
  std::vector<std::string> leftover;  ///< text around the table that went nowhere (kept as comments)
  std::vector<Column> columns;
  std::vector<ImportedDirection> directions;
  std::vector<ImportedGoal> goals;
  std::vector<ImportedActivity> activities;
  std::vector<ImportedPerson> people;   ///< new entries of the registry
  std::size_t matched_people = 0;       ///< entries of an existing registry that were named
  std::vector<Review> review;
  std::vector<std::pair<SourcePos, std::string>> unplaced;  ///< rows that became no activity, as text
};

/// «line 23» for pasted text, «row 4» (or «table 2, row 4») for a document.
std::string describe_pos(SourceKind kind, const SourcePos& pos, bool name_table = false);

/// The rows of an activity: «line 23», «lines 23, 25», «rows 4–6».
std::string describe_rows(SourceKind kind, const std::vector<SourcePos>& rows, bool name_table = false);

}  // namespace lplan::import
