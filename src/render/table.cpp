#include "render/table.hpp"

#include <algorithm>

#include "text/unicode.hpp"

namespace lplan::render {

bool has_style(const fmt::text_style& style) {
  return style.has_emphasis() || style.has_foreground() || style.has_background();
}

std::string styled(const std::string& text, const fmt::text_style& style) {
  if (!has_style(style) || text.empty()) {
    return text;
  }
  return fmt::format(style, "{}", text);
}

Table::Table(std::vector<Column> columns, std::string separator)
    : m_columns(std::move(columns)), m_separator(std::move(separator)) {
  for (auto& c : m_columns) {
    c.header = text::printable(c.header);
    c.weight = std::max(1, c.weight);
    c.min_width = std::max(1, c.min_width);
  }
}

void Table::add_row(std::vector<std::string> cells, std::vector<fmt::text_style> styles) {
  cells.resize(m_columns.size());
  for (auto& cell : cells) {
    cell = text::printable(cell);
  }
  styles.resize(m_columns.size());
  m_rows.push_back({std::move(cells), std::move(styles), false});
}

void Table::add_section(std::string title, fmt::text_style style) {
  m_rows.push_back({{text::printable(title)}, {style}, true});
}

std::vector<int> Table::layout(std::optional<int> width, Overflow overflow) const {
  std::vector<int> widths(m_columns.size(), 0);
  for (std::size_t c = 0; c < m_columns.size(); ++c) {
    widths[c] = text::display_width(m_columns[c].header);
    for (const auto& row : m_rows) {
      if (row.section) {
        continue;
      }
      widths[c] = std::max(widths[c], text::display_width(row.cells[c]));
    }
  }
  if (!width || m_columns.empty()) {
    return widths;
  }
  int total = static_cast<int>(m_separator.size() * (m_columns.size() - 1));
  for (int w : widths) {
    total += w;
  }
  // The narrowest a column may become: wrapped cells first keep their words whole.
  std::vector<int> word_floor(m_columns.size(), 0);
  if (overflow == Overflow::Wrap) {
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
      word_floor[c] = text::longest_unbreakable(m_columns[c].header);
      for (const auto& row : m_rows) {
        if (!row.section) {
          word_floor[c] = std::max(word_floor[c], text::longest_unbreakable(row.cells[c]));
        }
      }
    }
  }
  for (bool keep_words : {true, false}) {
    while (total > *width) {
      // Narrow the shrinkable column with the largest width per weight by one column.
      std::optional<std::size_t> pick;
      for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const Column& col = m_columns[c];
        int floor = keep_words ? std::max(col.min_width, word_floor[c]) : col.min_width;
        if (!col.shrink || widths[c] <= floor) {
          continue;
        }
        if (!pick || widths[c] * m_columns[*pick].weight > widths[*pick] * col.weight) {
          pick = c;
        }
      }
      if (!pick) {
        break;  // nothing left to narrow at this floor
      }
      --widths[*pick];
      --total;
    }
  }
  return widths;
}

void Table::write_line(std::ostream& out, const std::vector<std::string>& cells,
                       const std::vector<fmt::text_style>& styles, const std::vector<int>& widths) const {
  std::string line;
  std::size_t last = m_columns.size();
  while (last > 0 && cells[last - 1].empty()) {
    --last;  // no padding after the last non-empty cell
  }
  for (std::size_t c = 0; c < last; ++c) {
    std::string cell = text::truncate_to_width(cells[c], widths[c]);
    std::string pad(static_cast<std::size_t>(std::max(0, widths[c] - text::display_width(cell))), ' ');
    std::string shown = styled(cell, c < styles.size() ? styles[c] : fmt::text_style{});
    if (c > 0) {
      line += m_separator;
    }
    if (m_columns[c].align == Align::Right) {
      line += pad + shown;
    } else {
      line += shown;
      if (c + 1 < last) {
        line += pad;
      }
    }
  }
  out << line << '\n';
}

void Table::write_row(std::ostream& out, const std::vector<std::string>& cells,
                      const std::vector<fmt::text_style>& styles, const std::vector<int>& widths,
                      Overflow overflow) const {
  if (overflow == Overflow::Cut) {
    write_line(out, cells, styles, widths);
    return;
  }
  std::vector<std::vector<std::string>> parts(cells.size());
  std::size_t height = 1;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    parts[c] = text::display_width(cells[c]) <= widths[c] ? std::vector<std::string>{cells[c]}
                                                          : text::wrap_whole(cells[c], widths[c]);
    height = std::max(height, parts[c].size());
  }
  for (std::size_t line = 0; line < height; ++line) {
    std::vector<std::string> piece(cells.size());
    for (std::size_t c = 0; c < cells.size(); ++c) {
      piece[c] = line < parts[c].size() ? parts[c][line] : std::string();
    }
    write_line(out, piece, styles, widths);
  }
}

void Table::render(std::ostream& out, std::optional<int> width, const fmt::text_style& header_style,
                   Overflow overflow) const {
  std::vector<int> widths = layout(width, overflow);
  std::vector<std::string> headers;
  std::vector<std::string> rules;
  for (std::size_t c = 0; c < m_columns.size(); ++c) {
    headers.push_back(m_columns[c].header);
    std::string rule;
    for (int i = 0; i < widths[c]; ++i) {
      rule += "─";
    }
    rules.push_back(std::move(rule));
  }
  auto head = [&] {
    write_row(out, headers, std::vector<fmt::text_style>(m_columns.size(), header_style), widths, overflow);
    write_line(out, rules, {}, widths);
  };
  bool first = !m_rows.empty() && m_rows.front().section;  // nothing printed yet
  if (!first) {
    head();
  }
  for (const auto& row : m_rows) {
    if (!row.section) {
      write_row(out, row.cells, row.styles, widths, overflow);
      continue;
    }
    if (!first) {
      out << '\n';
    }
    if (!width) {
      out << styled(row.cells[0], row.styles[0]) << '\n';
    } else if (overflow == Overflow::Cut) {
      out << styled(text::truncate_to_width(row.cells[0], *width), row.styles[0]) << '\n';
    } else {
      for (const auto& part : text::wrap_whole(row.cells[0], *width)) {
        out << styled(part, row.styles[0]) << '\n';
      }
    }
    head();
    first = false;
  }
}

}  // namespace lplan::render
