// GitHub-flavoured Markdown helpers: escaping plan text for table cells and
// paragraphs, and a pipe-table writer.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::render {

/// Plan text made safe inside a GFM table cell: `|` and Markdown-active characters
/// (\ ` * _ [ ] < > # ~) backslash-escaped, newlines become `<br>`, control
/// characters made printable.
std::string md_cell(std::string_view s);

/// Plan text made safe as inline Markdown outside tables (headings, list items):
/// like md_cell, but newlines become spaces.
std::string md_inline(std::string_view s);

enum class MdAlign { Left, Right };

/// A GFM pipe table; cells are escaped with md_cell when written.
class MdTable {
public:
  explicit MdTable(std::vector<std::string> headers, std::vector<MdAlign> align = {});
  void add_row(std::vector<std::string> cells);
  /// The dashes of each column's delimiter (at least 3). pandoc sizes the columns of
  /// a pipe table in proportion to them once a line is longer than 72 characters, so
  /// dashes summing to 100 or more give every column its share of the page.
  void set_widths(std::vector<int> dashes);
  /// Writes header, delimiter row and rows, each ending with '\n'.
  void render(std::ostream& out) const;

private:
  std::vector<std::string> m_headers;
  std::vector<MdAlign> m_align;
  std::vector<int> m_dashes;
  std::vector<std::vector<std::string>> m_rows;
};

}  // namespace lplan::render
