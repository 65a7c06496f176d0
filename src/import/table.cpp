#include "import/table.hpp"

#include <algorithm>

#include "text/i18n.hpp"

namespace lplan::import {

namespace {

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

std::string Cell::text() const {
  std::string out;
  for (const auto& p : paragraphs) {
    if (!out.empty()) {
      out += '\n';
    }
    out += p.text;
  }
  return out;
}

bool Cell::empty() const {
  return std::all_of(paragraphs.begin(), paragraphs.end(),
                     [](const Paragraph& p) { return blank(p.text) && (p.list != ListKind::Numbered || p.label.empty()); });
}

TableBuilder::TableBuilder(int index, const ImportLimits& limits) : m_limits(limits) { m_table.index = index; }

void TableBuilder::start_row(SourcePos pos, bool header, bool after_break) {
  pos.table = m_table.index;
  Row row;
  row.pos = pos;
  row.header = header;
  row.after_break = after_break;
  m_table.rows.push_back(std::move(row));
  m_filled.clear();
}

Cell& TableBuilder::slot(int col) {
  if (m_table.rows.empty()) {
    start_row({});
  }
  if (col >= m_limits.max_columns) {
    throw ImportError(trf("table {} has more than {} columns", m_table.index, m_limits.max_columns));
  }
  Row& row = m_table.rows.back();
  int r = static_cast<int>(m_table.rows.size()) - 1;
  while (static_cast<int>(row.cells.size()) <= col) {
    Cell empty;
    empty.origin_row = r;
    empty.origin_col = static_cast<int>(row.cells.size());
    row.cells.push_back(std::move(empty));
    if (++m_cells > m_limits.max_cells) {
      throw ImportError(trf("table {} has more than {} cells", m_table.index, m_limits.max_cells));
    }
  }
  if (static_cast<int>(m_filled.size()) <= col) {
    m_filled.resize(static_cast<std::size_t>(col) + 1, false);
  }
  m_filled[static_cast<std::size_t>(col)] = true;
  return row.cells[static_cast<std::size_t>(col)];
}

void TableBuilder::put(int col, Cell cell, int span) {
  int r = static_cast<int>(m_table.rows.size()) - 1;
  span = std::max(span, 1);
  cell.origin_row = std::max(r, 0);
  cell.origin_col = col;
  for (int i = 1; i < span; ++i) {
    Cell& copy = slot(col + i);
    copy = cell;
  }
  slot(col) = std::move(cell);
}

void TableBuilder::continue_from_above(int col, int span) {
  std::size_t n = m_table.rows.size();
  for (int i = 0; i < std::max(span, 1); ++i) {
    int c = col + i;
    Cell& target = slot(c);
    if (n >= 2) {
      const Row& above = m_table.rows[n - 2];
      if (c < static_cast<int>(above.cells.size())) {
        target = above.cells[static_cast<std::size_t>(c)];
      }
    }
  }
}

void TableBuilder::continue_from_left(int col, int span) {
  if (col <= 0) {
    return;
  }
  Cell left = slot(col - 1);
  for (int i = 0; i < std::max(span, 1); ++i) {
    slot(col + i) = left;
  }
}

bool TableBuilder::occupied(int col) const {
  return col >= 0 && col < static_cast<int>(m_filled.size()) && m_filled[static_cast<std::size_t>(col)];
}

Table TableBuilder::finish(std::size_t paragraphs_before) {
  int width = 0;
  for (const auto& row : m_table.rows) {
    width = std::max(width, static_cast<int>(row.cells.size()));
  }
  for (std::size_t r = 0; r < m_table.rows.size(); ++r) {
    auto& cells = m_table.rows[r].cells;
    while (static_cast<int>(cells.size()) < width) {
      Cell empty;
      empty.origin_row = static_cast<int>(r);
      empty.origin_col = static_cast<int>(cells.size());
      cells.push_back(std::move(empty));
    }
  }
  // Trailing columns that hold only copies of the cell on their left (a colspan wider
  // than the table) or nothing at all are not columns of the table.
  auto spare = [&](int col) {
    for (std::size_t r = 0; r < m_table.rows.size(); ++r) {
      const Cell& c = m_table.rows[r].cells[static_cast<std::size_t>(col)];
      if (!c.empty() && c.origin_col == col) {
        return false;
      }
    }
    return true;
  };
  while (width > 1 && spare(width - 1)) {
    --width;
  }
  for (auto& row : m_table.rows) {
    row.cells.resize(static_cast<std::size_t>(width));
  }
  m_table.columns = width;
  m_table.paragraphs_before = paragraphs_before;
  return std::move(m_table);
}

}  // namespace lplan::import
