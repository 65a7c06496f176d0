// The bytes of one file as a reader holds them: mapped from disk (the pages already
// read are handed back to the kernel as parsing moves on, so a 50 MB plan does not sit
// in memory beside the model), or owned (a file in memory, a blob from git).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lplan::io {

/// What identifies one version of a file on disk: if any of it differs when lplan is
/// about to write, somebody else changed the file since lplan read it.
struct FileStamp {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  bool known = false;  ///< false for files that do not come from disk

  bool operator==(const FileStamp&) const = default;
};

class FileBytes {
public:
  static FileBytes from_string(std::string text);
  /// Takes over a read-only private mapping of `size` bytes (munmapped on destruction).
  static FileBytes from_mapping(void* map, std::size_t size);

  FileBytes(FileBytes&& other) noexcept;
  FileBytes& operator=(FileBytes&& other) noexcept;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes();

  /// The text, without a leading byte-order mark once drop_bom() was called.
  std::string_view view() const { return std::string_view(m_data, m_size).substr(m_start); }
  /// Every byte, a byte-order mark included.
  std::string_view raw() const { return std::string_view(m_data, m_size); }
  /// Skips a leading UTF-8 byte-order mark; returns whether there was one.
  bool drop_bom();
  /// The bytes of view() before `offset` are not needed for now.
  void release_before(std::size_t offset);
  /// Starts another pass over the text (pages read again are released again).
  void rewind() { m_released = 0; }

  FileStamp stamp;  ///< set by the disk reader

private:
  FileBytes() = default;
  void reset();

  std::string m_owned;
  const char* m_data = nullptr;
  std::size_t m_size = 0;
  std::size_t m_start = 0;     ///< 3 after a BOM
  void* m_map = nullptr;       ///< the mapping, when mapped
  std::size_t m_released = 0;  ///< bytes of the mapping already handed back
};

}  // namespace lplan::io
