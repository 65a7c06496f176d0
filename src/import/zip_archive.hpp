// Reading parts of a ZIP archive held in memory, with minizip (zlib's unzip API).
// Sizes are capped while inflating, not trusted from the directory: a zip bomb ends in
// an ImportError, not in exhausted memory.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "import/table.hpp"

namespace lplan::import {

/// True when `bytes` start like a ZIP archive (a local file header or an empty archive).
bool looks_like_zip(std::string_view bytes);

class ZipArchive {
public:
  /// Opens the archive; ImportError when it is not one, or has more entries than allowed.
  /// `name` is the file name used in messages. `bytes` must outlive the archive.
  ZipArchive(std::string_view bytes, std::string name, const ImportLimits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// The uncompressed bytes of the entry `path` (compared without case, as OOXML part
  /// names are), or nullopt when the archive has no such entry. ImportError when the
  /// entry is damaged, encrypted, or larger than the limits.
  std::optional<std::string> read(const std::string& path);

  /// Whether the archive has an entry `path` (compared without case).
  bool contains(const std::string& path);

  /// The archive's bytes and a read position (minizip reads through it).
  struct Memory;

private:
  Memory* m_memory = nullptr;
  void* m_zip = nullptr;
  std::string m_name;
  const ImportLimits& m_limits;
  std::size_t m_total = 0;  ///< bytes inflated so far, over every entry
};

}  // namespace lplan::import
