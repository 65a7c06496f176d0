// Source positions: where in which file a model element was written.
#pragma once

#include <memory>
#include <string>

namespace lplan {

/// A 1-based line and column (counted in characters, not bytes) in a named file.
/// `file` is shared by every element loaded from the same file.
struct SourceLoc {
  std::shared_ptr<const std::string> file;
  int line = 0;
  int column = 0;

  bool known() const { return file != nullptr && line > 0; }
  const std::string& path() const;
};

}  // namespace lplan
