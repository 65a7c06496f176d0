// Reading a plan file through the file seam: size limit, UTF-8, BOM, control
// characters. Internal to src/load/.
#pragma once

#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "io/file_bytes.hpp"
#include "io/file_system.hpp"
#include "load/yaml_tree.hpp"

namespace lplan::load {

/// Reads `path` from `files`; nullopt (with a diagnostic at `shown`, the path as
/// diagnostics print it) when it cannot be read or is over the size limit.
std::optional<io::FileBytes> read_plan_file(const io::FileSystem& files, const std::string& path,
                                            const std::string& shown, const Limits& limits, Diagnostics& diags);

/// Checks that the text is UTF-8 without control characters and drops a leading BOM.
/// Returns false (with a diagnostic at the offending byte) when it cannot be parsed.
bool check_text(io::FileBytes& text, const std::string& file, Diagnostics& diags);

}  // namespace lplan::load
