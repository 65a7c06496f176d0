#include "render/markdown.hpp"

#include <algorithm>

#include "text/unicode.hpp"

namespace lplan::render {

namespace {

std::string escape(std::string_view s, std::string_view newline) {
  std::string in(s);
  // Normalise line ends first, so "\r\n" is one break.
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '\r') {
      out += newline;
      if (i + 1 < in.size() && in[i + 1] == '\n') {
        ++i;
      }
      continue;
    }
    if (c == '\n') {
      out += newline;
      continue;
    }
    if (std::string_view("\\`*_[]<>|#~").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return text::printable(out);
}

}  // namespace

std::string md_cell(std::string_view s) {
  return escape(s, "<br>");
}

std::string md_inline(std::string_view s) {
  return escape(s, " ");
}

MdTable::MdTable(std::vector<std::string> headers, std::vector<MdAlign> align)
    : m_headers(std::move(headers)), m_align(std::move(align)) {
  m_align.resize(m_headers.size(), MdAlign::Left);
}

void MdTable::add_row(std::vector<std::string> cells) {
  cells.resize(m_headers.size());
  m_rows.push_back(std::move(cells));
}

void MdTable::set_widths(std::vector<int> dashes) {
  dashes.resize(m_headers.size(), 3);
  m_dashes = std::move(dashes);
}

void MdTable::render(std::ostream& out) const {
  auto line = [&](const std::vector<std::string>& cells) {
    out << '|';
    for (const auto& c : cells) {
      std::string cell = md_cell(c);
      out << ' ' << cell << (cell.empty() ? "|" : " |");
    }
    out << '\n';
  };
  line(m_headers);
  out << '|';
  for (std::size_t i = 0; i < m_align.size(); ++i) {
    bool right = m_align[i] == MdAlign::Right;
    if (m_dashes.empty()) {
      out << (right ? " ---: |" : " --- |");
      continue;
    }
    int dashes = std::max(m_dashes[i], 3) - (right ? 1 : 0);
    out << ' ' << std::string(static_cast<std::size_t>(dashes), '-') << (right ? ": |" : " |");
  }
  out << '\n';
  for (const auto& row : m_rows) {
    line(row);
  }
}

}  // namespace lplan::render
