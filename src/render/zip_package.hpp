// A zip archive built in memory with minizip (the zip library of zlib's contrib):
// the container of a .docx. No zip format code of our own — this only feeds
// minizip's I/O callbacks from a std::string.
#pragma once

#include <string>
#include <string_view>

#include "model/date.hpp"

namespace lplan::render {

class ZipPackage {
public:
  /// Every entry is stamped with `date` at midnight, so the same input gives the same
  /// bytes (minizip stores DOS dates: years 1980–2107).
  explicit ZipPackage(Date date);
  ~ZipPackage();
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  /// Adds one deflated entry. Throws std::runtime_error when minizip fails.
  void add(std::string_view name, std::string_view content);

  /// Writes the central directory and returns the archive's bytes; nothing can be
  /// added afterwards.
  std::string finish();

private:
  struct Io;
  struct Buffer {
    std::string data;
    std::size_t pos = 0;
  };
  Buffer m_buffer;
  void* m_zip = nullptr;
  Date m_date;
};

}  // namespace lplan::render
