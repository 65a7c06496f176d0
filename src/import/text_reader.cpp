#include "import/text_reader.hpp"

#include <algorithm>
#include <vector>

#include "import/encoding.hpp"
#include "import/html_reader.hpp"
#include "text/i18n.hpp"

namespace lplan::import {

namespace {

/// One line of cells (a quoted cell may span several physical lines).
struct Line {
  std::vector<std::string> cells;
  int number = 0;  ///< 1-based physical line where it starts
  bool blank() const {
    return std::all_of(cells.begin(), cells.end(),
                       [](const std::string& c) { return c.find_first_not_of(" \t\r\n\xC2\xA0") == std::string::npos; });
  }
};

std::string trim(std::string_view s) {
  std::size_t start = s.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) {
    return {};
  }
  std::size_t end = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(start, end - start + 1));
}

/// A cell starting at the quote `text[i]`, as spreadsheets quote it. Returns the
/// position after the closing quote and the unescaped content, or npos when the quote
/// is part of the text (Word does not quote: «"Брейнпарк" – школа» stays as written).
std::size_t quoted_cell(std::string_view text, std::size_t i, std::string& out) {
  std::string content;
  bool special = false;  // a line break, TAB or doubled quote: what makes a spreadsheet quote
  for (std::size_t j = i + 1; j < text.size(); ++j) {
    char c = text[j];
    if (c == '"') {
      if (j + 1 < text.size() && text[j + 1] == '"') {
        content += '"';
        special = true;
        ++j;
        continue;
      }
      bool at_end = j + 1 == text.size() || text[j + 1] == '\t' || text[j + 1] == '\n';
      if (at_end && special) {
        out = std::move(content);
        return j + 1;
      }
      return std::string_view::npos;
    }
    special = special || c == '\n' || c == '\t';
    content += c;
  }
  return std::string_view::npos;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t i = 0;
  int number = 1;
  while (i <= text.size()) {
    Line line;
    line.number = number;
    while (true) {
      std::string cell;
      std::size_t next = i < text.size() && text[i] == '"' ? quoted_cell(text, i, cell) : std::string_view::npos;
      if (next != std::string_view::npos) {
        number += static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(i),
                                              text.begin() + static_cast<std::ptrdiff_t>(next), '\n'));
        i = next;
      } else {
        std::size_t end = text.find_first_of("\t\n", i);
        end = end == std::string_view::npos ? text.size() : end;
        cell = std::string(text.substr(i, end - i));
        i = end;
      }
      line.cells.push_back(std::move(cell));
      if (i < text.size() && text[i] == '\t') {
        ++i;
        continue;
      }
      break;
    }
    lines.push_back(std::move(line));
    if (i >= text.size()) {
      break;
    }
    ++i;  // the line break
    ++number;
  }
  return lines;
}

std::string normalise_line_ends(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') {
        ++i;
      }
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<Paragraph> cell_paragraphs(const std::string& raw) {
  std::string text = trim(raw);
  if (has_html_markup(text)) {
    return html_fragment_paragraphs(text);
  }
  std::vector<Paragraph> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end;
    if (std::string line = trim(std::string_view(text).substr(start, end - start)); !line.empty()) {
      Paragraph p;
      p.text = std::move(line);
      out.push_back(std::move(p));
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

Document read_text(std::string_view bytes, const std::string& name, const ImportLimits& limits) {
  Decoded decoded = to_utf8(bytes, name);
  std::vector<Line> lines = split_lines(normalise_line_ends(decoded.text));
  std::size_t first = lines.size();
  std::size_t last = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].cells.size() >= 2) {
      first = std::min(first, i);
      last = i;
    }
  }
  if (first == lines.size()) {
    throw ImportError(trf("{} holds no table: no line has cells separated by TAB (copy the table itself "
                          "from Word, LibreOffice or the browser)",
                          name));
  }
  Document doc;
  doc.kind = SourceKind::Text;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i >= first && i <= last) {
      continue;
    }
    for (const auto& cell : lines[i].cells) {
      if (std::string t = trim(cell); !t.empty()) {
        doc.paragraphs.push_back(std::move(t));
      }
    }
  }
  std::size_t before = 0;
  for (std::size_t i = 0; i < first; ++i) {
    before += lines[i].blank() ? 0 : 1;
  }
  std::size_t columns = 0;
  for (std::size_t i = first; i <= last; ++i) {
    columns = std::max(columns, lines[i].cells.size());
  }

  TableBuilder builder(1, limits);
  bool after_break = false;
  int row_number = 0;
  for (std::size_t i = first; i <= last; ++i) {
    if (lines[i].blank()) {
      after_break = after_break || lines[i].cells.size() == 1;
      continue;
    }
    std::vector<std::string> cells = lines[i].cells;
    int number = lines[i].number;
    // A row Word copied as several lines: each holds part of the cells, the cell at
    // each seam is split between them.
    while (cells.size() >= 2 && cells.size() < columns && i + 1 <= last && !lines[i + 1].blank() &&
           lines[i + 1].cells.size() < columns && cells.size() + lines[i + 1].cells.size() - 1 <= columns) {
      ++i;
      const auto& more = lines[i].cells;
      cells.back() += "\n" + more.front();
      cells.insert(cells.end(), more.begin() + 1, more.end());
    }
    builder.start_row(SourcePos{0, ++row_number, number}, false, after_break);
    after_break = false;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      Cell cell;
      cell.paragraphs = cell_paragraphs(cells[c]);
      builder.put(static_cast<int>(c), std::move(cell));
    }
  }
  doc.tables.push_back(builder.finish(before));
  return doc;
}

}  // namespace lplan::import
