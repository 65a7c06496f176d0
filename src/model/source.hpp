// Source positions: where in which file a model element was written.
#pragma once

#include <string>
#include <string_view>

namespace lplan {

/// The one copy of a file's path, shared by every position in that file. Paths are
/// interned for the life of the process (there are few files, and many positions).
using FilePath = const std::string*;

/// Returns the interned copy of `path`.
FilePath intern_path(std::string_view path);

/// A 1-based line and column (counted in characters, not bytes) in a named file.
struct SourceLoc {
  FilePath file = nullptr;
  int line = 0;
  int column = 0;

  bool known() const { return file != nullptr && line > 0; }
  const std::string& path() const;
};

}  // namespace lplan
