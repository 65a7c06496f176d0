// The file seam under the loader (after ninja's disk_interface.h): the minimum the
// loader needs — read a file, list a folder, tell what a path is — behind one interface
// with a disk, an in-memory and an overlay implementation (and a git tree, for `diff`).
// Paths are strings with '/' separators, as the user gave them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/file_bytes.hpp"

namespace lplan::io {

enum class PathKind { Missing, File, Folder, Other };

/// One entry of a folder listing.
struct Entry {
  std::string name;
  PathKind kind = PathKind::Other;  ///< what the entry is, links followed
  bool link = false;                ///< the entry is a symbolic link
  bool broken_link = false;         ///< a link that leads nowhere (dangling or a loop)
};

struct ReadResult {
  enum class Status { Ok, Missing, TooLarge, Error };
  Status status = Status::Error;
  std::optional<FileBytes> bytes;
  std::uint64_t size = 0;  ///< for TooLarge: the file's size
  std::string message;     ///< for Error: why (already in the user's language)
};

struct ListResult {
  bool ok = false;
  std::vector<Entry> entries;  ///< sorted by name (bytes)
  std::string message;         ///< why it could not be listed
};

class FileSystem {
public:
  virtual ~FileSystem() = default;

  /// Reads `path` whole, refusing files over `max_bytes`.
  virtual ReadResult read(const std::string& path, std::size_t max_bytes) const = 0;
  /// Lists the folder `path`.
  virtual ListResult list(const std::string& path) const = 0;
  /// What `path` is (links followed).
  virtual PathKind kind(const std::string& path) const = 0;
  /// The number of this tree: positions name files by (tree, path), so two revisions
  /// loaded side by side (`lplan diff`) keep their files apart.
  virtual std::uint32_t tree() const { return m_tree; }

protected:
  FileSystem();

private:
  std::uint32_t m_tree;
};

/// The real disk: files are mapped, their stamps recorded.
class DiskFileSystem final : public FileSystem {
public:
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  ListResult list(const std::string& path) const override;
  PathKind kind(const std::string& path) const override;
  /// The disk tree is always tree 0: diagnostics print its paths as they are.
  std::uint32_t tree() const override { return 0; }
};

/// Files held in memory (the test seam; the bytes of an edit before they are written).
/// Folders exist implicitly: a folder is every prefix of a file's path.
class MemoryFileSystem : public FileSystem {
public:
  void add(const std::string& path, std::string content);
  /// A file known only by its size, too large to hold (a git blob over the size limit):
  /// reading it answers TooLarge.
  void add_too_large(const std::string& path, std::uint64_t size);
  bool has(const std::string& path) const;
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  ListResult list(const std::string& path) const override;
  PathKind kind(const std::string& path) const override;

private:
  std::map<std::string, std::string> m_files;
  std::map<std::string, std::uint64_t> m_too_large;  ///< also in m_files, empty
};

/// Files in memory laid over another tree: a path held here hides the base's file.
/// Writing commands load the year from the new bytes this way before writing them.
class OverlayFileSystem final : public FileSystem {
public:
  explicit OverlayFileSystem(const FileSystem& base) : m_base(base) {}
  void add(const std::string& path, std::string content) { m_top.add(normal(path), std::move(content)); }
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  ListResult list(const std::string& path) const override;
  PathKind kind(const std::string& path) const override;
  std::uint32_t tree() const override { return m_base.tree(); }

private:
  static std::string normal(const std::string& path);
  const FileSystem& m_base;
  MemoryFileSystem m_top;
};

/// `a/b` + `c` → `a/b/c` (no doubled separators; `.` and an empty folder give `c`).
std::string join_path(const std::string& folder, const std::string& name);
/// The folder part of `path` (empty for a bare name).
std::string parent_path(const std::string& path);
/// The last part of `path`.
std::string file_name(const std::string& path);
/// `path` with `.`/`..` parts and doubled separators resolved lexically.
std::string normal_path(const std::string& path);

}  // namespace lplan::io
