#include "io/file_bytes.hpp"

#include <algorithm>
#include <utility>

#include <sys/mman.h>
#include <unistd.h>

namespace lplan::io {

FileBytes FileBytes::from_string(std::string text) {
  FileBytes b;
  b.m_owned = std::move(text);
  b.m_data = b.m_owned.data();
  b.m_size = b.m_owned.size();
  return b;
}

FileBytes FileBytes::from_mapping(void* map, std::size_t size) {
  FileBytes b;
  b.m_map = map;
  b.m_data = static_cast<const char*>(map);
  b.m_size = size;
  return b;
}

FileBytes::FileBytes(FileBytes&& other) noexcept { *this = std::move(other); }

FileBytes& FileBytes::operator=(FileBytes&& other) noexcept {
  if (this != &other) {
    reset();
    stamp = other.stamp;
    m_owned = std::move(other.m_owned);
    m_size = other.m_size;
    m_start = other.m_start;
    m_map = other.m_map;
    m_released = other.m_released;
    m_data = m_map != nullptr ? other.m_data : m_owned.data();
    other.m_map = nullptr;
    other.m_data = nullptr;
    other.m_size = 0;
    other.m_start = 0;
  }
  return *this;
}

FileBytes::~FileBytes() { reset(); }

void FileBytes::reset() {
  if (m_map != nullptr) {
    ::munmap(m_map, m_size);
    m_map = nullptr;
  }
}

bool FileBytes::drop_bom() {
  if (m_start == 0 && raw().starts_with("\xEF\xBB\xBF")) {
    m_start = 3;
    return true;
  }
  return false;
}

void FileBytes::release_before(std::size_t offset) {
  if (m_map == nullptr) {
    return;
  }
  static const std::size_t k_page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  std::size_t upto = std::min(m_start + offset, m_size) / k_page * k_page;
  if (upto > m_released) {
    // A private read-only file mapping: dropped pages are read again from the file
    // if they are touched later, so this only ever saves memory.
    ::madvise(static_cast<char*>(m_map) + m_released, upto - m_released, MADV_DONTNEED);
    m_released = upto;
  }
}

}  // namespace lplan::io
