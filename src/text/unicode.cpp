#include "text/unicode.hpp"

#include <algorithm>
#include <cstdlib>

#include <utf8proc.h>

namespace lplan::text {

namespace {

/// Decodes one code point at `i`; returns its length in bytes, or -1 when invalid.
utf8proc_ssize_t next(std::string_view s, std::size_t i, utf8proc_int32_t& cp) {
  return utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
}

std::string map(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                   static_cast<utf8proc_ssize_t>(s.size()), &out,
                   static_cast<utf8proc_option_t>(options));
  if (n < 0) {
    return std::string(s);
  }
  std::string result(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

bool is_latin_letter(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

bool is_cyrillic_letter(char32_t cp) { return cp >= 0x400 && cp <= 0x52F; }

/// Plain ASCII needs no Unicode machinery: it is valid, NFC, one column a character.
bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool is_word_char(char32_t cp) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Two-byte sequences (all of Cyrillic) are checked here; longer ones by utf8proc.
    if (c >= 0xC2 && c <= 0xDF && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = next(s, i, cp);
    if (n <= 0) {
      return i;
    }
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    auto n = next(s, i, cp);
    if (n <= 0) {
      out.push_back(0xFFFD);
      ++i;
    } else {
      out.push_back(static_cast<char32_t>(cp));
      i += static_cast<std::size_t>(n);
    }
  }
  return out;
}

std::string encode(char32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  return std::string(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
}

std::string encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 2);
  for (char32_t cp : s) {
    out += encode(cp);
  }
  return out;
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++n;
    }
  }
  return n;
}

std::string nfc(std::string_view s) {
  if (is_ascii(s)) {
    return std::string(s);
  }
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string fold(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
      }
    }
    return out;
  }
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

static int char_width(char32_t cp) {
  if (is_control(cp)) {
    return 0;
  }
  return utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
}

int display_width(std::string_view s) {
  if (is_ascii(s)) {
    return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return c >= 0x20 && c != 0x7F; }));
  }
  int w = 0;
  for (char32_t cp : decode(s)) {
    w += char_width(cp);
  }
  return w;
}

std::string truncate_to_width(std::string_view s, int width) {
  if (display_width(s) <= width) {
    return std::string(s);
  }
  if (width <= 0) {
    return {};
  }
  std::u32string cps = decode(s);
  std::u32string out;
  int used = 0;
  for (char32_t cp : cps) {
    int w = char_width(cp);
    if (used + w > width - 1) {
      break;
    }
    out.push_back(cp);
    used += w;
  }
  // Never leave a dangling space before the ellipsis.
  while (!out.empty() && out.back() == U' ') {
    out.pop_back();
  }
  return encode(out) + "…";
}

std::vector<std::string> wrap(std::string_view s, int width) {
  std::vector<std::string> lines;
  std::string line;
  int line_w = 0;
  std::size_t i = 0;
  auto flush = [&] {
    lines.push_back(line);
    line.clear();
    line_w = 0;
  };
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') {
      ++i;
    }
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) {
      j = s.size();
    }
    if (j == i) {
      break;
    }
    std::string word(s.substr(i, j - i));
    int w = display_width(word);
    if (line_w > 0 && line_w + 1 + w > width) {
      flush();
    }
    if (w > width) {
      word = truncate_to_width(word, width);
      w = display_width(word);
    }
    if (line_w > 0) {
      line += ' ';
      ++line_w;
    }
    line += word;
    line_w += w;
    i = j;
  }
  if (!line.empty() || lines.empty()) {
    flush();
  }
  return lines;
}

namespace {

/// The words of `s` split after each inner hyphen («Науково-методичний» → «Науково-»,
/// «методичний»): the places a line may break, besides spaces. `glued` marks a part
/// that continues the word before it (no space between). A dash between words stays
/// with the word before it: «Березень –» | «листопад».
void breakable_parts(std::string_view s, std::vector<std::string>& parts, std::vector<bool>& glued) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') {
      ++i;
    }
    std::size_t j = std::min(s.find(' ', i), s.size());
    if (j == i) {
      break;
    }
    std::string_view word = s.substr(i, j - i);
    if ((word == "-" || word == "–" || word == "—") && !parts.empty()) {
      parts.back() += " " + std::string(word);  // a dash stays at the end of its line
      i = j;
      continue;
    }
    bool first = true;
    std::size_t from = 0;
    for (std::size_t k = 1; k + 1 < word.size(); ++k) {
      if (word[k] == '-' && word[k - 1] != '-' && word[k + 1] != '-' && word[k + 1] != ' ') {
        parts.emplace_back(word.substr(from, k + 1 - from));
        glued.push_back(!first);
        first = false;
        from = k + 1;
      }
    }
    parts.emplace_back(word.substr(from));
    glued.push_back(!first);
    i = j;
  }
}

}  // namespace

int longest_unbreakable(std::string_view s) {
  std::vector<std::string> parts;
  std::vector<bool> glued;
  breakable_parts(s, parts, glued);
  int best = 0;
  for (const auto& p : parts) {
    best = std::max(best, display_width(p));
  }
  return best;
}

std::vector<std::string> wrap_whole(std::string_view s, int width) {
  width = std::max(width, 1);
  std::vector<std::string> words;
  std::vector<bool> word_glued;
  breakable_parts(s, words, word_glued);
  // A part wider than the line is broken into pieces of `width` columns.
  std::vector<std::string> pieces;
  std::vector<bool> glued;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::u32string piece;
    int used = 0;
    bool first = true;
    for (char32_t cp : decode(words[k])) {
      int w = char_width(cp);
      if (used + w > width && used > 0) {
        pieces.push_back(encode(piece));
        glued.push_back(first ? word_glued[k] : true);
        first = false;
        piece.clear();
        used = 0;
      }
      piece.push_back(cp);
      used += w;
    }
    pieces.push_back(encode(piece));
    glued.push_back(first ? word_glued[k] : true);
  }
  std::vector<std::string> lines;
  std::string line;
  int line_w = 0;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    int w = display_width(pieces[k]);
    int gap = line_w > 0 && !glued[k] ? 1 : 0;
    if (line_w > 0 && line_w + gap + w > width) {
      lines.push_back(line);
      line.clear();
      line_w = 0;
      gap = 0;
    }
    if (gap > 0) {
      line += ' ';
    }
    line += pieces[k];
    line_w += gap + w;
  }
  if (!line.empty() || lines.empty()) {
    lines.push_back(line);
  }
  return lines;
}

bool is_control(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029;
}

std::string printable(std::string_view s) {
  // Most plan text has no control characters at all: then NFC is the whole job.
  bool clean = true;
  for (std::size_t i = 0; i < s.size() && clean; ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    bool c0 = c < 0x20 || c == 0x7F;
    bool c1 = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0;
    bool separator = c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                     (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9);
    clean = !(c0 || c1 || separator) && c != 0xFF && c != 0xFE;
  }
  if (clean && !find_invalid_utf8(s)) {
    return nfc(s);
  }
  std::u32string cps = decode(nfc(s));
  for (char32_t& cp : cps) {
    if (cp == U'\n' || cp == U'\t' || cp == U'\r' || cp == 0x2028 || cp == 0x2029) {
      cp = U' ';
    } else if (is_control(cp)) {
      cp = 0xFFFD;
    }
  }
  return encode(cps);
}

std::string squeeze_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

std::size_t edit_distance(std::u32string_view a, std::u32string_view b) {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of two
  // neighbouring letters («gaol» → «goal») each cost one.
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    prev[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], before[j - 2] + 1);
      }
    }
    before.swap(prev);
    prev.swap(cur);
  }
  return prev[b.size()];
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  std::u32string w = decode(fold(word));
  std::optional<std::string> best;
  std::size_t best_d = 0;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(w, decode(fold(c)));
    if (!best || d < best_d) {
      best = c;
      best_d = d;
    }
  }
  std::size_t limit = std::max<std::size_t>(1, w.size() / 3);
  if (best && best_d > 0 && best_d <= limit) {
    return best;
  }
  return std::nullopt;
}

std::vector<std::string> mixed_script_words(std::string_view s) {
  std::vector<std::string> out;
  // Fast path: a text without both a Latin letter and a non-ASCII byte cannot mix.
  bool latin = false;
  bool non_ascii = false;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    latin = latin || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    non_ascii = non_ascii || c >= 0x80;
  }
  if (!latin || !non_ascii) {
    return out;
  }
  std::u32string cps = decode(s);
  std::size_t i = 0;
  while (i < cps.size()) {
    if (!is_word_char(cps[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    bool latin = false;
    bool cyrillic = false;
    while (j < cps.size() && (is_word_char(cps[j]) || cps[j] == U'\'' || cps[j] == U'’' || cps[j] == U'ʼ')) {
      latin = latin || is_latin_letter(cps[j]);
      cyrillic = cyrillic || is_cyrillic_letter(cps[j]);
      ++j;
    }
    if (latin && cyrillic) {
      out.push_back(encode(cps.substr(i, j - i)));
    }
    i = j;
  }
  return out;
}

}  // namespace lplan::text
