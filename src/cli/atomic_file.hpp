// Writing a file so that readers see the old content or the new, never a part.
#pragma once

#include <string>

namespace lplan::cli {

/// Writes `content` to `path` through a temporary file in the same folder and a
/// rename. Throws std::runtime_error (leaving `path` untouched) on failure.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace lplan::cli
