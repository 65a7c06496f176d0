// A reusable text table for terminals: columns measured in display width (Cyrillic 1,
// CJK 2, combining marks 0), every cell made printable (no raw control characters),
// optional colour, and fitting to a width by narrowing the widest shrinkable columns:
// their cells wrap onto several lines (Overflow::Wrap, as Taskwarrior does) or are cut
// with «…» (Overflow::Cut, one line per row).
//
//   Table t({{"ID"}, {"Title", Align::Left, true, 2}, {"Count", Align::Right}});
//   t.add_row({"1.1", "Цикл заходів", "3"});
//   t.render(out, 80, fmt::emphasis::bold);
#pragma once

#include <fmt/color.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace lplan::render {

enum class Align { Left, Right };

/// What a cell wider than its column does.
enum class Overflow {
  Cut,   ///< cut with «…»: one line per row
  Wrap,  ///< continues on the next lines, at spaces (a long word is broken, nothing lost)
};

struct Column {
  std::string header;
  Align align = Align::Left;
  /// May be cut with «…» when the table is wider than the target width.
  bool shrink = false;
  /// Among shrinkable columns, widths are kept roughly proportional to the weight:
  /// the column with the largest width/weight is cut first.
  int weight = 1;
  /// A shrinkable column is never cut below this many columns.
  int min_width = 6;
};

class Table {
public:
  explicit Table(std::vector<Column> columns, std::string separator = "  ");

  /// Adds a row; missing cells are empty, extra cells are ignored. Cells are passed
  /// through text::printable. `styles` (optional, per cell) colour the cell text.
  void add_row(std::vector<std::string> cells, std::vector<fmt::text_style> styles = {});

  /// Starts a section: a title line, then the header again. A table with sections
  /// prints its header under each section title (and at the top only when rows
  /// come before the first section); widths stay the same across sections.
  void add_section(std::string title, fmt::text_style style = {});

  /// The width of each column after fitting to `width` (nullopt: natural widths).
  /// With Overflow::Wrap, columns are first narrowed no further than their longest
  /// word, so words are broken only when nothing else fits.
  std::vector<int> layout(std::optional<int> width, Overflow overflow = Overflow::Cut) const;

  /// Writes the header (in `header_style`), a rule and the rows (sections separated
  /// by a blank line); each line ends with '\n' and has no trailing spaces. Pass an
  /// empty style when colour is off.
  void render(std::ostream& out, std::optional<int> width, const fmt::text_style& header_style = {},
              Overflow overflow = Overflow::Cut) const;

private:
  struct Row {
    std::vector<std::string> cells;
    std::vector<fmt::text_style> styles;
    bool section = false;  ///< a section title in cells[0], styled with styles[0]
  };
  void write_line(std::ostream& out, const std::vector<std::string>& cells,
                  const std::vector<fmt::text_style>& styles, const std::vector<int>& widths) const;
  /// A row: one line (cells cut), or as many as its tallest wrapped cell.
  void write_row(std::ostream& out, const std::vector<std::string>& cells, const std::vector<fmt::text_style>& styles,
                 const std::vector<int>& widths, Overflow overflow) const;

  std::vector<Column> m_columns;
  std::string m_separator;
  std::vector<Row> m_rows;
};

/// True when `style` would emit escape codes.
bool has_style(const fmt::text_style& style);

/// `text` in `style`, or `text` unchanged when the style is empty.
std::string styled(const std::string& text, const fmt::text_style& style);

}  // namespace lplan::render
