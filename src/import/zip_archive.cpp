#include "import/zip_archive.hpp"

#include <algorithm>
#include <cstring>

#include <minizip/unzip.h>

#include "text/i18n.hpp"

namespace lplan::import {

/// The archive's bytes and a read position: minizip's file functions over memory.
struct ZipArchive::Memory {
  std::string_view bytes;
  std::size_t pos = 0;
};

namespace {

voidpf mem_open(voidpf opaque, const void*, int mode) {
  if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ) {
    return nullptr;
  }
  auto* m = static_cast<ZipArchive::Memory*>(opaque);
  m->pos = 0;
  return m;
}

uLong mem_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* m = static_cast<ZipArchive::Memory*>(stream);
  std::size_t n = std::min<std::size_t>(size, m->bytes.size() - std::min(m->pos, m->bytes.size()));
  if (n > 0) {
    std::memcpy(buf, m->bytes.data() + m->pos, n);
  }
  m->pos += n;
  return static_cast<uLong>(n);
}

uLong mem_write(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T mem_tell(voidpf, voidpf stream) { return static_cast<ZipArchive::Memory*>(stream)->pos; }

long mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* m = static_cast<ZipArchive::Memory*>(stream);
  ZPOS64_T base = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_CUR:
      base = m->pos;
      break;
    case ZLIB_FILEFUNC_SEEK_END:
      base = m->bytes.size();
      break;
    case ZLIB_FILEFUNC_SEEK_SET:
      break;
    default:
      return -1;
  }
  if (offset > m->bytes.size() || base + offset > m->bytes.size()) {
    return -1;
  }
  m->pos = static_cast<std::size_t>(base + offset);
  return 0;
}

int mem_close(voidpf, voidpf) { return 0; }
int mem_error(voidpf, voidpf) { return 0; }

std::string mib(std::size_t bytes) { return std::to_string(bytes >> 20); }

}  // namespace

bool looks_like_zip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' &&
         ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
}

ZipArchive::ZipArchive(std::string_view bytes, std::string name, const ImportLimits& limits)
    : m_memory(new Memory{bytes, 0}), m_name(std::move(name)), m_limits(limits) {
  zlib_filefunc64_def functions{};
  functions.zopen64_file = mem_open;
  functions.zread_file = mem_read;
  functions.zwrite_file = mem_write;
  functions.ztell64_file = mem_tell;
  functions.zseek64_file = mem_seek;
  functions.zclose_file = mem_close;
  functions.zerror_file = mem_error;
  functions.opaque = m_memory;
  m_zip = unzOpen2_64("memory", &functions);
  if (m_zip == nullptr) {
    delete m_memory;
    throw ImportError(trf("{} is not a .docx file: it is not a ZIP archive, or a damaged one", m_name));
  }
  unz_global_info64 info{};
  if (unzGetGlobalInfo64(m_zip, &info) != UNZ_OK || info.number_entry > m_limits.max_entries) {
    unzClose(m_zip);
    delete m_memory;
    throw ImportError(trf("{} holds more than {} files: not a Word document lplan will read", m_name,
                          m_limits.max_entries));
  }
}

ZipArchive::~ZipArchive() {
  unzClose(m_zip);
  delete m_memory;
}

bool ZipArchive::contains(const std::string& path) {
  return path.size() < 256 && unzLocateFile(m_zip, path.c_str(), 2) == UNZ_OK;
}

std::optional<std::string> ZipArchive::read(const std::string& path) {
  if (!contains(path)) {
    return std::nullopt;
  }
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
    throw ImportError(trf("{}: cannot read {} in the archive", m_name, path));
  }
  if ((info.flag & 1) != 0) {
    throw ImportError(trf("{} is protected by a password: save it without one", m_name));
  }
  if (info.compression_method != 0 && info.compression_method != Z_DEFLATED) {
    throw ImportError(trf("{}: {} is compressed in a way lplan cannot read", m_name, path));
  }
  auto too_big = [&]() {
    return ImportError(trf("{}: {} expands to more than {} MiB: a damaged file or a zip bomb", m_name, path,
                           mib(std::min(m_limits.max_part_bytes, m_limits.max_total_bytes))));
  };
  // The declared size is only a first check: the bytes are counted as they come.
  if (info.uncompressed_size > m_limits.max_part_bytes ||
      info.uncompressed_size > m_limits.max_total_bytes - m_total) {
    throw too_big();
  }
  if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
    throw ImportError(trf("{}: cannot read {} in the archive", m_name, path));
  }
  std::string out;
  out.reserve(static_cast<std::size_t>(std::min<ZPOS64_T>(info.uncompressed_size, 1u << 24)));
  char buffer[1 << 16];
  while (true) {
    int n = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
    if (n < 0) {
      unzCloseCurrentFile(m_zip);
      throw ImportError(trf("{}: {} is damaged (the archive cannot be unpacked)", m_name, path));
    }
    if (n == 0) {
      break;
    }
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > m_limits.max_part_bytes || out.size() > m_limits.max_total_bytes - m_total) {
      unzCloseCurrentFile(m_zip);
      throw too_big();
    }
  }
  if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR) {
    throw ImportError(trf("{}: {} is damaged (its checksum does not match)", m_name, path));
  }
  m_total += out.size();
  return out;
}

}  // namespace lplan::import
