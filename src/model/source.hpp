// Source positions: where in which file a model element was written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lplan {

/// A file, by number: positions name their file with two bytes, not a pointer, since a
/// large plan holds millions of them. 0 is "no file". Paths are interned for the life
/// of the process (there are few files, and many positions).
using FilePath = std::uint16_t;

/// Returns the number of `path`, interning it on first sight.
FilePath intern_path(std::string_view path);
/// The path of an interned file (empty for 0).
const std::string& path_of(FilePath file);

/// A 1-based line and column (counted in characters, not bytes) in a file — packed into
/// eight bytes. Lines past 67 million and columns past 16 million are clamped; no plan
/// file under the size limit comes near them.
struct SourceLoc {
  std::uint64_t file : 14 = 0;
  std::uint64_t line : 26 = 0;
  std::uint64_t column : 24 = 0;

  SourceLoc() = default;
  SourceLoc(FilePath file_id, int line_no, int column_no);

  bool known() const { return file != 0 && line > 0; }
  const std::string& path() const { return path_of(static_cast<FilePath>(file)); }
};

}  // namespace lplan
