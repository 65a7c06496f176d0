// Finding where a YAML value ends, and checking that its bytes decode to the value
// yaml-cpp read — one small scanner per style. Internal to src/load/.
#pragma once

#include <cstdint>
#include <string_view>

#include "load/spans.hpp"

namespace lplan::load {

/// The first byte of the value itself at `pos`: past an anchor (`&a`), a tag (`!t`) and
/// the blanks, line breaks and comments after them.
std::size_t skip_properties(std::string_view text, std::size_t pos);

/// The style of the value that starts at `content` (for scalars and aliases).
ValueStyle scalar_style(std::string_view text, std::size_t content);

struct ScanResult {
  std::size_t end = 0;
  bool verified = false;
};

/// Where the scalar of `style` starting at `content` ends, and whether its bytes decode
/// to `value`. `in_flow`: inside […] or {…}.
ScanResult scan_scalar(std::string_view text, std::size_t content, ValueStyle style, bool in_flow,
                       std::string_view value);

/// Where the flow collection opening at `content` (`[` or `{`) closes: one past the
/// bracket; `text.size()` when it never closes.
std::size_t scan_flow_end(std::string_view text, std::size_t content);

/// One past the name of the alias at `content` (`*name`).
std::size_t scan_alias_end(std::string_view text, std::size_t content);

/// The start of the line holding `pos`, and one past its line break.
std::size_t line_start(std::string_view text, std::size_t pos);
std::size_t next_line(std::string_view text, std::size_t pos);

}  // namespace lplan::load
