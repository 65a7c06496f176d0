// Source positions: where in which file a model element was written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lplan {

/// A file, by number: positions name their file with a few bits, not a pointer, since a
/// large plan holds millions of them. 0 is "no file". Files are interned for the life of
/// the process by (tree, path): the disk is tree 0, and every other tree (a file system
/// in memory, a git revision) has its own number, so two revisions with the same paths
/// loaded side by side keep their files apart.
using FilePath = std::uint32_t;

/// How many files positions can tell apart (2^18 − 1); past it, files share the last number.
inline constexpr FilePath k_max_files = (1u << 18) - 1;

/// Returns the number of `path` in `tree`, interning it on first sight.
FilePath intern_path(std::string_view path, std::uint32_t tree = 0);
/// The path of an interned file (empty for 0).
const std::string& path_of(FilePath file);
/// The tree of an interned file.
std::uint32_t tree_of(FilePath file);

/// A 1-based line and column (counted in characters, not bytes) in a file — packed into
/// eight bytes: 18 bits of file, 23 of line, 23 of column. Lines and columns past
/// 8,388,607 are clamped (a 128 MiB file would need lines of 16 bytes to get there).
struct SourceLoc {
  std::uint64_t file : 18 = 0;
  std::uint64_t line : 23 = 0;
  std::uint64_t column : 23 = 0;

  SourceLoc() = default;
  SourceLoc(FilePath file_id, int line_no, int column_no);

  bool known() const { return file != 0 && line > 0; }
  const std::string& path() const { return path_of(static_cast<FilePath>(file)); }
};

}  // namespace lplan
