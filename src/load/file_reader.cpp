#include "load/file_reader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::load {

namespace {

/// Where counting lines got to, so that positions asked for in file order cost the
/// bytes between them only.
struct LineCache {
  std::size_t offset = 0;
  std::size_t line_start = 0;
  int line = 1;
};

/// 1-based line and character column of byte `offset`.
std::pair<int, int> position_of(std::string_view text, std::size_t offset, LineCache& cache) {
  if (offset < cache.offset) {
    cache = LineCache{};
  }
  for (std::size_t i = cache.offset; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++cache.line;
      cache.line_start = i + 1;
    }
  }
  cache.offset = offset;
  std::string_view before = text.substr(cache.line_start, offset - cache.line_start);
  return {cache.line, static_cast<int>(text::char_count(before)) + 1};
}

std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
  LineCache cache;
  return position_of(text, offset, cache);
}

/// An invisible or direction-changing character at `s`: its code point and name,
/// whether it changes the direction of the text, and its length in bytes (0: none).
struct Invisible {
  std::string_view name;
  bool direction = false;
  bool space = false;  ///< a space that looks like one (U+00A0)
  std::size_t size = 0;
};

Invisible invisible_at(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (b(0) == 0xC2 && b(1) == 0xA0) {
    return {"U+00A0 NO-BREAK SPACE", false, true, 2};
  }
  if (b(0) == 0xC2 && b(1) == 0xAD) {
    return {"U+00AD SOFT HYPHEN", false, false, 2};
  }
  if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
    return {"U+FEFF ZERO WIDTH NO-BREAK SPACE", false, false, 3};
  }
  if (b(0) == 0xE2 && b(1) == 0x80) {
    switch (b(2)) {
      case 0x8B: return {"U+200B ZERO WIDTH SPACE", false, false, 3};
      case 0x8C: return {"U+200C ZERO WIDTH NON-JOINER", false, false, 3};
      case 0x8D: return {"U+200D ZERO WIDTH JOINER", false, false, 3};
      case 0x8E: return {"U+200E LEFT-TO-RIGHT MARK", true, false, 3};
      case 0x8F: return {"U+200F RIGHT-TO-LEFT MARK", true, false, 3};
      case 0xAA: return {"U+202A LEFT-TO-RIGHT EMBEDDING", true, false, 3};
      case 0xAB: return {"U+202B RIGHT-TO-LEFT EMBEDDING", true, false, 3};
      case 0xAC: return {"U+202C POP DIRECTIONAL FORMATTING", true, false, 3};
      case 0xAD: return {"U+202D LEFT-TO-RIGHT OVERRIDE", true, false, 3};
      case 0xAE: return {"U+202E RIGHT-TO-LEFT OVERRIDE", true, false, 3};
      default: break;
    }
  }
  if (b(0) == 0xE2 && b(1) == 0x81) {
    switch (b(2)) {
      case 0xA0: return {"U+2060 WORD JOINER", false, false, 3};
      case 0xA6: return {"U+2066 LEFT-TO-RIGHT ISOLATE", true, false, 3};
      case 0xA7: return {"U+2067 RIGHT-TO-LEFT ISOLATE", true, false, 3};
      case 0xA8: return {"U+2068 FIRST STRONG ISOLATE", true, false, 3};
      case 0xA9: return {"U+2069 POP DIRECTIONAL ISOLATE", true, false, 3};
      default: break;
    }
  }
  return {};
}

/// "UTF-16LE" / "UTF-16BE" when `text` is UTF-16: its byte-order mark, or the zero
/// bytes every other byte that Latin text in UTF-16 has.
std::optional<std::string_view> utf16_kind(std::string_view t) {
  auto b = [&](std::size_t i) { return static_cast<unsigned char>(t[i]); };
  if (t.size() >= 2 && b(0) == 0xFF && b(1) == 0xFE) {
    return "UTF-16LE";
  }
  if (t.size() >= 2 && b(0) == 0xFE && b(1) == 0xFF) {
    return "UTF-16BE";
  }
  if (t.size() >= 4 && b(0) != 0 && b(1) == 0 && b(2) != 0 && b(3) == 0) {
    return "UTF-16LE";
  }
  if (t.size() >= 4 && b(0) == 0 && b(1) != 0 && b(2) == 0 && b(3) != 0) {
    return "UTF-16BE";
  }
  return std::nullopt;
}

/// Not UTF-8 and most bytes above ASCII are Cyrillic letters of Windows-1251
/// (А–я at C0–FF, Ґ ґ Є є І і Ї ї).
bool looks_like_cp1251(std::string_view t) {
  std::size_t high = 0;
  std::size_t letters = 0;
  for (char ch : t.substr(0, 64u << 10)) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      continue;
    }
    ++high;
    bool ukrainian = c == 0xA5 || c == 0xB4 || c == 0xAA || c == 0xBA || c == 0xB2 || c == 0xB3 || c == 0xAF ||
                     c == 0xBF;
    letters += (c >= 0xC0 || ukrainian) ? 1 : 0;
  }
  return high >= 4 && letters * 10 >= high * 9;
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
  if (auto utf16 = utf16_kind(text)) {
    diags.add(Diagnostic{Severity::Error, file, 1, 1,
                         trf("the file is in {}, not UTF-8: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)",
                             *utf16),
                         Rule::Utf8});
    return false;
  }
  // Check in slices, handing each back when done (a slice boundary inside a
  // character moves to the character's start).
  constexpr std::size_t k_slice = 4u << 20;
  bool warned_line = false;
  // A text pasted from a word processor can hold hundreds: the first lines are named,
  // the rest counted in one more warning.
  constexpr std::size_t k_named_lines = 10;
  std::size_t invisible_lines = 0;
  std::pair<int, int> first_unnamed{0, 0};
  bool indenting = true;
  LineCache line_cache;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = std::min(text.size(), at + k_slice);
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
    if (auto bad = text::find_invalid_utf8(text.substr(at, end - at))) {
      auto [line, col] = position_of(text, at + *bad);
      auto byte = static_cast<unsigned char>(text[at + *bad]);
      diags.add(Diagnostic{Severity::Error, file, line, col,
                           looks_like_cp1251(text)
                               ? trf("the file is in Windows-1251, not UTF-8 (byte 0x{:02X}): save it as UTF-8", byte)
                               : trf("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8", byte),
                           Rule::Utf8});
      return false;
    }
    for (std::size_t i = at; i < end; ++i) {
      auto c = static_cast<unsigned char>(text[i]);
      if (c == '\n') {
        warned_line = false;
        indenting = true;
      } else if (indenting && c == 0xC2 && i + 1 < end && text[i + 1] == '\xA0') {
        // a no-break space that indents a line: a YAML matter (a syntax error there)
        ++i;
        continue;
      } else if (c != ' ' && c != '\t') {
        indenting = false;
      }
      if (indenting) {
      } else if ((c == 0xC2 || c == 0xE2 || c == 0xEF) && !warned_line) {
        if (Invisible inv = invisible_at(text, i); inv.size > 0 && ++invisible_lines > k_named_lines) {
          warned_line = true;
          if (invisible_lines == k_named_lines + 1) {
            first_unnamed = position_of(text, i, line_cache);
          }
        } else if (inv.size > 0) {
          // one warning per line: the first such character on it
          auto [line, col] = position_of(text, i, line_cache);
          std::string message =
              inv.space ? trf("{} in the text: write an ordinary space (a name or date written with it does not "
                              "match the same text with a space)",
                              inv.name)
              : inv.direction ? trf("the invisible character {} changes the direction of the text: delete it",
                                    inv.name)
                              : trf("the invisible character {} is in the text: delete it (texts that look the same "
                                    "then differ)",
                                    inv.name);
          diags.add(Diagnostic{Severity::Warning, file, line, col, std::move(message), Rule::Invisible});
          warned_line = true;
        }
      }
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
  if (invisible_lines > k_named_lines) {
    auto more = static_cast<long long>(invisible_lines - k_named_lines);
    diags.add(Diagnostic{Severity::Warning, file, first_unnamed.first, first_unnamed.second,
                         trnf("{} more line holds invisible characters like those named above",
                              "{} more lines hold invisible characters like those named above", more, more),
                         Rule::Invisible});
  }
  // Old Mac files end their lines with CR alone: YAML would read one long line.
  if (std::size_t cr = text.find('\r'); cr != std::string_view::npos && cr + 1 < text.size() &&
                                         text[cr + 1] != '\n' && text.find('\n') == std::string_view::npos) {
    diags.add(Diagnostic{Severity::Error, file, 1, 1,
                         std::string(tr("the lines of this file end with a CR alone (old Mac line breaks): save it "
                                        "with LF or CRLF line breaks")),
                         Rule::Yaml});
    return false;
  }
  return true;
}

}  // namespace lplan::load
