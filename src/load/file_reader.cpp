#include "load/file_reader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text/i18n.hpp"
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
    return trnf("{} byte", "{} bytes", static_cast<long long>(bytes), bytes);
  }
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

}  // namespace

std::optional<io::FileBytes> read_plan_file(const io::FileSystem& files, const std::string& path,
                                            const std::string& shown, const Limits& limits, Diagnostics& diags) {
  io::ReadResult r = files.read(path, limits.max_file_bytes);
  switch (r.status) {
    case io::ReadResult::Status::Ok:
      return std::move(r.bytes);
    case io::ReadResult::Status::TooLarge:
      diags.add(Diagnostic{Severity::Error, shown, 0, 0,
                           trf("the file is {}, more than the limit of {} (--max-file-size)", human_size(r.size),
                               human_size(limits.max_file_bytes)),
                           Rule::Limit});
      return std::nullopt;
    case io::ReadResult::Status::Missing:
    case io::ReadResult::Status::Error:
      diags.add(Diagnostic{Severity::Error, shown, 0, 0, r.message, Rule::Io});
      return std::nullopt;
  }
  return std::nullopt;
}

bool check_text(io::FileBytes& source, const std::string& file, Diagnostics& diags) {
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
                           trf("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8",
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
        std::string message = c == 0 ? std::string(tr("a NUL byte is not allowed in a plan file (is this a binary file?)"))
                                     : trf("the control character U+{:04X} is not allowed in a plan file", cp);
        diags.add(Diagnostic{Severity::Error, file, line, col, std::move(message), Rule::Control});
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
