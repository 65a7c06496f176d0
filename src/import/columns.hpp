// Which column of a table is which field: from its header row (the dictionary of
// header_dictionary.hpp, --map overriding it) or, for a table with no header row,
// from what the columns hold.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "import/header_dictionary.hpp"
#include "import/table.hpp"

namespace lplan::import {

/// A --map HEADER=FIELD: the header as the table writes it (or a 1-based column
/// number) and the field it fills.
struct ColumnOverride {
  std::string header;
  Field field = Field::Notes;
};

struct Column {
  Field field = Field::Notes;
  std::string header;    ///< as written (empty when the table has no header row)
  bool guessed = false;  ///< from the column's content, not its header
  bool mapped = false;   ///< set by --map
};

struct ColumnMap {
  int header_row = -1;  ///< index into Table::rows, -1 when the table has none
  std::vector<Column> columns;

  /// The first column of `field`, or -1.
  int find(Field field) const;
};

/// The header row: the first of the first rows whose cells name at least two known
/// fields (or one, when it is the title and the row holds nothing but headers).
/// -1 when none does.
int find_header_row(const Table& table);

/// The columns of `table`. Each field goes to one column (the first that names it;
/// later ones become notes). With no header row, the columns are guessed: a column of
/// numbers like «1.», «2.3» is `id`, one of timeframes lplan understands is `when`,
/// one of names with initials is `responsible`, the longest text is `title`.
/// ImportError when no title column can be found and no --map names one.
ColumnMap map_columns(const Table& table, const std::vector<ColumnOverride>& overrides, int year);

/// The texts of a row's cells, for comparing rows (a repeated header).
std::vector<std::string> row_texts(const Row& row);

}  // namespace lplan::import
