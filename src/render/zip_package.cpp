// ZipPackage: minizip's zipOpen2_64 over callbacks that read and write a std::string.
#include "render/zip_package.hpp"

#include <minizip/zip.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace lplan::render {

/// minizip's I/O callbacks; the stream is the package's Buffer.
struct ZipPackage::Io {
  static Buffer& of(voidpf stream) { return *static_cast<Buffer*>(stream); }

  static voidpf ZCALLBACK open(voidpf opaque, const void*, int) { return opaque; }

  static uLong ZCALLBACK read(voidpf, voidpf stream, void* buf, uLong size) {
    Buffer& b = of(stream);
    std::size_t n = b.pos < b.data.size() ? std::min<std::size_t>(b.data.size() - b.pos, size) : 0;
    std::memcpy(buf, b.data.data() + b.pos, n);
    b.pos += n;
    return static_cast<uLong>(n);
  }

  static uLong ZCALLBACK write(voidpf, voidpf stream, const void* buf, uLong size) {
    Buffer& b = of(stream);
    if (b.pos + size > b.data.size()) {
      b.data.resize(b.pos + size);
    }
    std::memcpy(b.data.data() + b.pos, buf, size);
    b.pos += size;
    return size;
  }

  static ZPOS64_T ZCALLBACK tell(voidpf, voidpf stream) { return of(stream).pos; }

  static long ZCALLBACK seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    Buffer& b = of(stream);
    switch (origin) {
      case ZLIB_FILEFUNC_SEEK_SET:
        b.pos = static_cast<std::size_t>(offset);
        return 0;
      case ZLIB_FILEFUNC_SEEK_CUR:
        b.pos += static_cast<std::size_t>(offset);
        return 0;
      case ZLIB_FILEFUNC_SEEK_END:
        b.pos = b.data.size() + static_cast<std::size_t>(offset);
        return 0;
      default:
        return -1;
    }
  }

  static int ZCALLBACK close(voidpf, voidpf) { return 0; }
  static int ZCALLBACK error(voidpf, voidpf) { return 0; }
};

ZipPackage::ZipPackage(Date date) : m_date(date) {
  zlib_filefunc64_def io{};
  io.zopen64_file = &Io::open;
  io.zread_file = &Io::read;
  io.zwrite_file = &Io::write;
  io.ztell64_file = &Io::tell;
  io.zseek64_file = &Io::seek;
  io.zclose_file = &Io::close;
  io.zerror_file = &Io::error;
  io.opaque = &m_buffer;
  m_zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &io);
  if (m_zip == nullptr) {
    throw std::runtime_error("zip: cannot start the archive");
  }
}

ZipPackage::~ZipPackage() {
  if (m_zip != nullptr) {
    zipClose(static_cast<zipFile>(m_zip), nullptr);
  }
}

void ZipPackage::add(std::string_view name, std::string_view content) {
  if (m_zip == nullptr) {
    throw std::logic_error("zip: the archive is already finished");
  }
  zip_fileinfo info{};
  info.tmz_date.tm_year = static_cast<uInt>(std::clamp(m_date.year, 1980, 2107));
  info.tmz_date.tm_mon = static_cast<uInt>(std::clamp(m_date.month, 1, 12) - 1);
  info.tmz_date.tm_mday = static_cast<uInt>(std::clamp(m_date.day, 1, 31));
  std::string entry(name);
  auto* zip = static_cast<zipFile>(m_zip);
  if (zipOpenNewFileInZip64(zip, entry.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                            Z_DEFAULT_COMPRESSION, 0) != ZIP_OK ||
      zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())) != ZIP_OK ||
      zipCloseFileInZip(zip) != ZIP_OK) {
    throw std::runtime_error("zip: cannot write " + entry);
  }
}

std::string ZipPackage::finish() {
  if (m_zip != nullptr) {
    int rc = zipClose(static_cast<zipFile>(m_zip), nullptr);
    m_zip = nullptr;
    if (rc != ZIP_OK) {
      throw std::runtime_error("zip: cannot finish the archive");
    }
  }
  return std::move(m_buffer.data);
}

}  // namespace lplan::render
