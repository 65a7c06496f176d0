// The rows of a mapped table sorted out: headings (directions, goals), activities
// (with the rows that continue them joined), and rows lplan cannot place.
//
// - A repeated header row and a row of column numbers (1 | 2 | 3 …) are skipped.
// - A row with one filled cell, or one cell spanning the table, is a heading: «СН N»,
//   «Напрям …» a direction, «Ціль N» a goal, anything else a goal of its own.
// - A row with no number and no timeframe whose text continues the row above — its
//   cells start in lower case or with a bullet, or the cells above end with a comma,
//   a hyphen or a preposition (all of them; or one, right after a page break) — is
//   joined to it: a Word page break cut the row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/columns.hpp"
#include "import/imported_plan.hpp"
#include "import/table.hpp"

namespace lplan::import {

struct Heading {
  enum class Kind { Direction, Goal };
  Kind kind = Kind::Goal;
  std::optional<int> number;
  std::string title;
  bool explicit_kind = false;  ///< named «СН», «Напрям», «Ціль», «Розділ»…; false for a goal of its own
};

/// What a heading row says: «СН 1. Розвиток галузі» → direction 1 «Розвиток галузі»;
/// «Ціль 2. …» → goal 2; «Розділ 3. Масова робота», «III. Масова робота» → goal 3;
/// «Експозиційні форми» → a goal with no number.
Heading parse_heading(const std::string& text);

struct RowItem {
  enum class Kind { Heading, Activity, Unplaced };
  Kind kind = Kind::Activity;
  Heading heading;
  std::string text;  ///< a heading's or an unplaced row's text
  /// Activity: each column's paragraphs (the continuation rows joined in); empty for a
  /// cell that only repeats the one on its left.
  std::vector<std::vector<Paragraph>> cells;
  /// Activity: per column, the index of the earlier item a merged cell repeats, or -1.
  std::vector<int> merged_from;
  std::vector<SourcePos> rows;
};

/// Sorts out the rows after the header. Joins and skipped rows are noted in `review`.
std::vector<RowItem> sort_rows(const Table& table, const ColumnMap& columns, SourceKind kind,
                               std::vector<Review>& review);

}  // namespace lplan::import
