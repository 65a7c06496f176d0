// Hand-edit hints over the source text (DESIGN §6): when yaml-cpp stops at a syntax
// error — often lines after the mistake, with a terse message — a look at the lines up to
// that point finds the usual hand-edit mistake and reports it where it is made, with what
// to do. Heuristics over the text only; the parsing itself is yaml-cpp's. Internal to
// src/load/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"

namespace lplan::load {

/// The diagnostic for a YAML syntax error yaml-cpp reported at `at` (1-based line and
/// character column) with `message`: the hand-edit mistake it most likely comes from, at
/// its own line, or yaml-cpp's message («YAML syntax: …», made valid UTF-8).
Diagnostic syntax_problem(std::string_view text, const std::string& file, std::pair<int, int> at,
                          const std::string& message);

/// The 1-based lines where the items of the top-level block list `activities:` start
/// (`  - id: …`), read from the text alone — to count what a syntax error left unread.
/// nullopt when the list is not written as a block list of `- ` items.
std::optional<std::vector<int>> activity_item_lines(std::string_view text);

}  // namespace lplan::load
