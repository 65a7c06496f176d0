// Reading a plan file from disk or memory: size limit, UTF-8, BOM, control characters.
// Internal to src/load/.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "load/yaml_tree.hpp"

namespace lplan::load {

/// Reads `path`; nullopt (with a diagnostic) when it cannot be read or is over the limit.
std::optional<std::string> read_file(const std::string& path, const Limits& limits, Diagnostics& diags);

/// Checks that `text` is UTF-8 without control characters and removes a leading BOM.
/// Returns false (with a diagnostic at the offending byte) when the file cannot be parsed.
bool check_text(std::string& text, const std::string& file, Diagnostics& diags);

}  // namespace lplan::load
