#include "load/file_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <fmt/format.h>

#include "text/unicode.hpp"

namespace lplan::load {

namespace {

/// 1-based line and character column of byte `offset`.
std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  std::string_view before = text.substr(line_start, offset - line_start);
  return {line, static_cast<int>(text::char_count(before)) + 1};
}

std::string human_size(std::uintmax_t bytes) {
  if (bytes < 1024 * 1024) {
    return fmt::format("{} bytes", bytes);
  }
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

}  // namespace

std::optional<SourceText> SourceText::open(const std::string& path, const Limits& limits, Diagnostics& diags) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    diags.add(Diagnostic{Severity::Error, path, 0, 0, fmt::format("cannot read: {}", ec.message()), Rule::Io});
    return std::nullopt;
  }
  if (size > limits.max_file_bytes) {
    diags.add(Diagnostic{Severity::Error, path, 0, 0,
                         fmt::format("the file is {}, more than the limit of {} (--max-file-size)",
                                     human_size(size), human_size(limits.max_file_bytes)),
                         Rule::Limit});
    return std::nullopt;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    diags.add(Diagnostic{Severity::Error, path, 0, 0,
                         fmt::format("cannot open the file for reading: {}", std::strerror(errno)), Rule::Io});
    return std::nullopt;
  }
  SourceText text;
  if (size > 0) {
    void* map = ::mmap(nullptr, static_cast<std::size_t>(size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (map != MAP_FAILED) {
      ::madvise(map, static_cast<std::size_t>(size), MADV_SEQUENTIAL);
      text.m_map = map;
      text.m_data = static_cast<const char*>(map);
      text.m_size = static_cast<std::size_t>(size);
    } else {
      // Not mappable (a pipe, a special file): read it.
      text.m_owned.resize(static_cast<std::size_t>(size));
      std::size_t got = 0;
      while (got < text.m_owned.size()) {
        ssize_t n = ::read(fd, text.m_owned.data() + got, text.m_owned.size() - got);
        if (n <= 0) {
          break;
        }
        got += static_cast<std::size_t>(n);
      }
      text.m_owned.resize(got);
      text.m_data = text.m_owned.data();
      text.m_size = got;
    }
  }
  ::close(fd);
  return text;
}

SourceText SourceText::from_string(std::string s) {
  SourceText text;
  text.m_owned = std::move(s);
  text.m_data = text.m_owned.data();
  text.m_size = text.m_owned.size();
  return text;
}

SourceText::SourceText(SourceText&& other) noexcept
    : m_owned(std::move(other.m_owned)), m_size(other.m_size), m_start(other.m_start), m_map(other.m_map),
      m_released(other.m_released) {
  m_data = m_map != nullptr ? other.m_data : m_owned.data();
  other.m_map = nullptr;
  other.m_data = nullptr;
  other.m_size = 0;
}

SourceText::~SourceText() {
  if (m_map != nullptr) {
    ::munmap(m_map, m_size);
  }
}

void SourceText::drop_bom() {
  if (view().starts_with("\xEF\xBB\xBF")) {
    m_start += 3;
  }
}

void SourceText::release_before(std::size_t offset) {
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

bool check_text(SourceText& source, const std::string& file, Diagnostics& diags) {
  source.drop_bom();  // a byte-order mark, as Windows editors write: harmless
  std::string_view text = source.view();
  // Check in slices, handing each back when done (a slice boundary inside a
  // character moves to the character's start).
  constexpr std::size_t k_slice = 4u << 20;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = std::min(text.size(), at + k_slice);
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
    if (auto bad = text::find_invalid_utf8(text.substr(at, end - at))) {
      auto [line, col] = position_of(text, at + *bad);
      diags.add(Diagnostic{Severity::Error, file, line, col,
                           fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8",
                                       static_cast<unsigned char>(text[at + *bad])),
                           Rule::Utf8});
      return false;
    }
    for (std::size_t i = at; i < end; ++i) {
      auto c = static_cast<unsigned char>(text[i]);
      bool control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F;
      // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F
      bool c1 = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0;
      if (control || c1) {
        auto [line, col] = position_of(text, i);
        unsigned cp = c1 ? static_cast<unsigned char>(text[i + 1]) : c;
        std::string what = c == 0 ? "a NUL byte (is this a binary file?)"
                                  : fmt::format("the control character U+{:04X}", cp);
        diags.add(Diagnostic{Severity::Error, file, line, col,
                             fmt::format("{} is not allowed in a plan file", what), Rule::Control});
        return false;
      }
    }
    at = end;
    source.release_before(at);
  }
  source.rewind();
  return true;
}

}  // namespace lplan::load
