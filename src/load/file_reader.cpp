#include "load/file_reader.hpp"

#include <cstdio>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "text/unicode.hpp"

namespace lplan::load {

namespace {

/// 1-based line and character column of byte `offset`.
std::pair<int, int> position_of(const std::string& text, std::size_t offset) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  std::string_view before(text.data() + line_start, offset - line_start);
  return {line, static_cast<int>(text::char_count(before)) + 1};
}

std::string human_size(std::uintmax_t bytes) {
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

}  // namespace

std::optional<std::string> read_file(const std::string& path, const Limits& limits, Diagnostics& diags) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    diags.add(Diagnostic{Severity::Error, path, 0, 0, fmt::format("cannot read: {}", ec.message()), "io"});
    return std::nullopt;
  }
  if (size > limits.max_file_bytes) {
    diags.add(Diagnostic{Severity::Error, path, 0, 0,
                         fmt::format("the file is {}, more than the limit of {} (--max-file-size)",
                                     human_size(size), human_size(limits.max_file_bytes)),
                         "limit"});
    return std::nullopt;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    diags.add(Diagnostic{Severity::Error, path, 0, 0, "cannot open the file for reading", "io"});
    return std::nullopt;
  }
  std::string text;
  text.resize(static_cast<std::size_t>(size));
  std::size_t got = size == 0 ? 0 : std::fread(text.data(), 1, text.size(), f);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed || got != text.size()) {
    diags.add(Diagnostic{Severity::Error, path, 0, 0, "the file could not be read whole", "io"});
    return std::nullopt;
  }
  return text;
}

bool check_text(std::string& text, const std::string& file, Diagnostics& diags) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    text.erase(0, 3);  // a byte-order mark, as Windows editors write: harmless
  }
  if (auto bad = text::find_invalid_utf8(text)) {
    auto [line, col] = position_of(text, *bad);
    diags.add(Diagnostic{Severity::Error, file, line, col,
                         fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8",
                                     static_cast<unsigned char>(text[*bad])),
                         "utf8"});
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
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
                           fmt::format("{} is not allowed in a plan file", what), "control"});
      return false;
    }
  }
  return true;
}

}  // namespace lplan::load
