#include "render/help_text.hpp"

#include <algorithm>

#include "text/unicode.hpp"

namespace lplan::render {

namespace {

constexpr int k_indent = 2;
constexpr int k_gap = 2;
constexpr int k_max_left = 28;  ///< a wider left cell puts its text on the next line

void paragraph(std::string& out, const std::string& text, int width, int indent = 0) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  for (const auto& line : text::wrap_whole(text, std::max(20, width - indent))) {
    out += line.empty() ? "\n" : pad + line + "\n";
  }
}

}  // namespace

std::string help_text(const HelpPage& page, int width) {
  std::string out;
  if (!page.description.empty()) {
    paragraph(out, page.description, width);
    out += '\n';
  }
  paragraph(out, page.usage, width);
  for (const auto& note : page.notes) {
    paragraph(out, note, width);
  }
  int left = 0;
  for (const auto& section : page.sections) {
    for (const auto& e : section.entries) {
      int w = text::display_width(e.left);
      if (w <= k_max_left) {
        left = std::max(left, w);
      }
    }
  }
  int column = k_indent + left + k_gap;
  int room = std::max(20, width - column);
  for (const auto& section : page.sections) {
    if (section.entries.empty()) {
      continue;
    }
    out += '\n' + section.title + ":\n";
    for (const auto& e : section.entries) {
      std::string head = std::string(k_indent, ' ') + e.left;
      auto lines = text::wrap_whole(e.right, room);
      int w = text::display_width(head);
      std::size_t first = 0;
      if (w + k_gap <= column && !e.right.empty()) {
        head += std::string(static_cast<std::size_t>(column - w), ' ') + lines.front();
        first = 1;
      }
      out += head + '\n';
      for (std::size_t i = first; i < lines.size() && !e.right.empty(); ++i) {
        out += std::string(static_cast<std::size_t>(column), ' ') + lines[i] + '\n';
      }
    }
  }
  if (!page.footer.empty()) {
    out += '\n';
    paragraph(out, page.footer, width);
  }
  return out;
}

}  // namespace lplan::render
