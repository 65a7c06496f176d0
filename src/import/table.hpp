// Import (DESIGN §9): a plan table from Word (.docx), a web page (.html) or pasted
// text becomes plan files. Every reader yields the same `Document` — a grid of cells
// with source positions, merged cells expanded — and one mapper (mapper.hpp) turns it
// into an `ImportedPlan`, which the emitter (emitter.hpp) writes as YAML.
//
//   docx_reader ─┐
//   html_reader ─┼─> Document (tables of Rows of Cells of Paragraphs) ─> mapper ─> ImportedPlan ─> emitter
//   text_reader ─┘
//
// Nothing here prints; problems that stop the import are ImportError.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::import {

/// The input could not be read as a plan table (exit 2): the message says why.
struct ImportError : std::runtime_error {
  using std::runtime_error::runtime_error;
  explicit ImportError(std::string_view what) : std::runtime_error(std::string(what)) {}
};

/// Limits that keep hostile input harmless (docs/import.md lists them).
struct ImportLimits {
  std::size_t max_input_bytes = 64u << 20;   ///< the file as given
  std::size_t max_part_bytes = 128u << 20;   ///< one part of a .docx, uncompressed
  std::size_t max_total_bytes = 256u << 20;  ///< every part read from a .docx, uncompressed
  std::size_t max_entries = 10'000;          ///< entries of the zip archive
  std::size_t max_cells = 2'000'000;         ///< cells of one table, merged cells expanded
  int max_columns = 200;                     ///< columns of one table
  int max_depth = 64;                        ///< nested tables, content controls, HTML elements
};

enum class SourceKind { Docx, Html, Text };

/// Where a row came from: the table (1-based, in document order), the row in it
/// (1-based, header rows included) and, for pasted text, the line.
struct SourcePos {
  int table = 0;
  int row = 0;
  int line = 0;
};

enum class ListKind { None, Bullet, Numbered };

/// One paragraph of a cell. Soft line breaks are '\n' inside `text`.
struct Paragraph {
  std::string text;
  ListKind list = ListKind::None;
  int level = 0;      ///< list nesting, 0 = outermost
  std::string label;  ///< a numbered paragraph's rendered number («1.», «а)»), a bullet's mark
};

struct Cell {
  std::vector<Paragraph> paragraphs;
  /// The cell a merged cell repeats (its top-left one): the cell's own position when
  /// it is not merged. Indices into Table::rows and Row::cells.
  int origin_row = 0;
  int origin_col = 0;

  /// The paragraphs joined by '\n' (labels of numbered paragraphs left out).
  std::string text() const;
  /// Nothing but white space (a numbered paragraph's label counts as text).
  bool empty() const;
};

struct Row {
  std::vector<Cell> cells;  ///< exactly Table::columns cells
  SourcePos pos;
  bool after_break = false;  ///< a page break or a hand split of the table comes before it
  bool header = false;       ///< marked as a header row by the source (docx tblHeader, html th/thead)
};

struct Table {
  int index = 1;    ///< 1-based position in the document
  int columns = 0;
  std::vector<Row> rows;
  /// How many of Document::paragraphs come before this table.
  std::size_t paragraphs_before = 0;
};

/// What a reader found: the tables and the paragraphs outside them, in order.
struct Document {
  SourceKind kind = SourceKind::Text;
  std::vector<std::string> paragraphs;
  std::vector<Table> tables;
};

/// Builds tables cell by cell: merged cells are copies of their origin. Used by every
/// reader; throws ImportError when the table outgrows the limits.
class TableBuilder {
public:
  TableBuilder(int index, const ImportLimits& limits);

  /// Starts a row; `pos.table` is filled in.
  void start_row(SourcePos pos, bool header = false, bool after_break = false);
  /// Puts `cell` at grid column `col` of the current row, spanning `span` columns:
  /// the other columns become copies of it.
  void put(int col, Cell cell, int span = 1);
  /// Grid column `col` of the current row repeats the cell above it (a vertical merge).
  void continue_from_above(int col, int span = 1);
  /// Grid column `col` of the current row repeats the cell on its left (a horizontal merge).
  void continue_from_left(int col, int span = 1);
  /// Whether grid column `col` of the current row is already filled (an HTML rowspan).
  bool occupied(int col) const;
  std::size_t row_count() const { return m_table.rows.size(); }
  /// The finished table, every row padded to the widest.
  Table finish(std::size_t paragraphs_before);

private:
  Cell& slot(int col);
  Table m_table;
  const ImportLimits& m_limits;
  std::size_t m_cells = 0;
  std::vector<bool> m_filled;  ///< grid columns of the current row already given
};

}  // namespace lplan::import
