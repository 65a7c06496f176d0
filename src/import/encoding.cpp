#include "import/encoding.hpp"

#include <cstdint>

#include "import/table.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::import {

namespace {

/// Windows-1251 bytes 0x80–0xBF (0xC0–0xFF are А–я in order, U+0410–U+044F).
constexpr char16_t k_cp1251_high[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

std::string from_utf16(std::string_view bytes, bool little) {
  std::u32string out;
  auto unit = [&](std::size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(bytes[i]);
    auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? (b << 8 | a) : (a << 8 | b);
  };
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        out += 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
        continue;
      }
    }
    out += (u >= 0xD800 && u <= 0xDFFF) ? U'\uFFFD' : u;
  }
  return text::encode(out);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

/// Most bytes above 0x7F are Cyrillic letters in Windows-1251 (0xC0–0xFF, І, і, Є, є, Ї, ї, Ґ, ґ).
bool looks_like_cp1251(std::string_view bytes) {
  std::size_t high = 0;
  std::size_t letters = 0;
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) {
      ++high;
      if (b >= 0xC0 || b == 0xB2 || b == 0xB3 || b == 0xAA || b == 0xBA || b == 0xAF || b == 0xBF ||
          b == 0xA5 || b == 0xB4) {
        ++letters;
      }
    }
  }
  return high > 0 && letters * 10 >= high * 8;
}

/// Control characters other than TAB and line breaks: not text.
bool has_controls(std::string_view utf8) {
  for (char32_t c : text::decode(utf8.substr(0, 1 << 16))) {
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string from_windows_1251(std::string_view bytes) {
  std::u32string out;
  out.reserve(bytes.size());
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out += b;
    } else if (b < 0xC0) {
      out += k_cp1251_high[b - 0x80];
    } else {
      out += 0x0410 + (b - 0xC0);
    }
  }
  return text::encode(out);
}

Decoded to_utf8(std::string_view bytes, const std::string& name, std::string_view declared) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE) {
    return {from_utf16(bytes.substr(2), true), "UTF-16LE"};
  }
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF) {
    return {from_utf16(bytes.substr(2), false), "UTF-16BE"};
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
  }
  if (std::size_t nul = bytes.substr(0, 4096).find('\0'); nul != std::string_view::npos) {
    // UTF-16 without a byte-order mark: every other byte of Latin text is zero.
    std::size_t odd = 0;
    std::size_t even = 0;
    std::string_view head = bytes.substr(0, 4096);
    for (std::size_t i = 0; i < head.size(); ++i) {
      if (head[i] == '\0') {
        ++(i % 2 == 0 ? even : odd);
      }
    }
    bool little = odd > head.size() / 32 && even == 0;
    bool big = even > head.size() / 32 && odd == 0;
    if (head.size() >= 8 && (little || big)) {
      std::string text = from_utf16(bytes, little);
      if (!has_controls(text)) {
        return {std::move(text), little ? "UTF-16LE" : "UTF-16BE"};
      }
    }
    throw ImportError(trf("{} is a binary file, not a table lplan can read", name));
  }
  std::string charset = lower(declared);
  bool cp1251 = charset == "windows-1251" || charset == "cp1251" || charset == "x-cp1251";
  if (!cp1251 && !text::find_invalid_utf8(bytes)) {
    return {std::string(bytes), "UTF-8"};
  }
  if (cp1251 || looks_like_cp1251(bytes)) {
    return {from_windows_1251(bytes), "Windows-1251"};
  }
  throw ImportError(trf("{} is neither UTF-8 nor Windows-1251 text: save it as UTF-8", name));
}

}  // namespace lplan::import
