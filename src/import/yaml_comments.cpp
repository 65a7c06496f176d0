#include "import/yaml_comments.hpp"

#include <algorithm>

#include "text/unicode.hpp"

namespace lplan::import {

namespace {

constexpr int k_comment_width = 100;

}  // namespace

std::string comment_lines(std::string_view view, const std::string& indent, bool nested) {
  std::string text(view);
  std::string out;
  std::string lead = nested ? "#   " : "# ";
  std::string follow = nested ? "#     " : "# ";
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end;
    std::string line = text.substr(start, end - start);
    if (line.empty()) {
      out += indent + "#\n";
    } else {
      int width = k_comment_width - static_cast<int>(indent.size() + follow.size());
      auto lines = text::wrap(line, std::max(width, 20));
      for (std::size_t i = 0; i < lines.size(); ++i) {
        out += indent + (i == 0 ? lead : follow) + lines[i] + "\n";
      }
    }
    start = end + 1;
  }
  return out;
}

}  // namespace lplan::import
