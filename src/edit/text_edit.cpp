#include "edit/text_edit.hpp"

#include <algorithm>
#include <stdexcept>

namespace lplan::edit {

std::string_view newline_of(std::string_view text) {
  auto lf = text.find('\n');
  return lf != std::string_view::npos && lf > 0 && text[lf - 1] == '\r' ? std::string_view("\r\n")
                                                                         : std::string_view("\n");
}

std::string apply_edits(std::string_view text, std::vector<TextEdit> edits) {
  std::string_view nl = newline_of(text);
  std::stable_sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) {
    return a.start != b.start ? a.start < b.start : a.order < b.order;
  });
  std::string out;
  out.reserve(text.size() + 256);
  std::size_t at = 0;
  for (const auto& e : edits) {
    if (e.start < at || e.end < e.start || e.end > text.size()) {
      throw std::logic_error("overlapping or misplaced edits");
    }
    out.append(text.substr(at, e.start - at));
    for (char c : e.text) {
      if (c == '\n') {
        out.append(nl);
      } else {
        out += c;
      }
    }
    at = e.end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace lplan::edit
