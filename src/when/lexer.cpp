// The `when` lexer: code points → tokens with byte positions.
#include "when/lexer.hpp"

#include <utf8proc.h>

#include "text/unicode.hpp"

namespace lplan::when::detail {
namespace {

constexpr std::size_t k_max_digits = 9;

struct Decoded {
  char32_t cp = 0;
  std::size_t size = 1;
};

Decoded decode_at(std::string_view s, std::size_t i) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    return {0xFFFD, 1};
  }
  return {static_cast<char32_t>(cp), static_cast<std::size_t>(n)};
}

bool is_digit(char32_t cp) {
  return cp >= U'0' && cp <= U'9';
}

bool is_dash(char32_t cp) {
  return cp == U'-' || cp == U'\u2010' || cp == U'\u2011' || cp == U'\u2012' || cp == U'\u2013' ||
         cp == U'\u2014' || cp == U'\u2015' || cp == U'\u2212';
}

bool is_apostrophe(char32_t cp) {
  return cp == U'\'' || cp == U'\u2019' || cp == U'\u02BC' || cp == U'`' || cp == U'\u2018';
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
  }
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
         cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_MN ||
         cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

bool is_space(char32_t cp) {
  if (cp <= 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
    return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\v' || cp == U'\f';
  }
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP ||
         cp == U'\uFEFF';
}

bool is_separator(char32_t cp) {
  return cp == U',' || cp == U';' || cp == U'/' || cp == U'+' || cp == U'&' || cp == U'(' || cp == U')' ||
         cp == U'[' || cp == U']';
}

/// Reads a run of ASCII digits at `i`; returns the part and advances `i`.
NumberPart read_digits(std::string_view s, std::size_t& i) {
  NumberPart part;
  part.offset = i;
  long value = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    if (part.digits < k_max_digits) {
      value = value * 10 + (s[i] - '0');
    }
    ++part.digits;
    ++i;
  }
  part.value = part.digits > k_max_digits ? -1 : value;
  return part;
}

bool digit_at(std::string_view s, std::size_t i) {
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

std::size_t digit_run(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  while (digit_at(s, i + n)) {
    ++n;
  }
  return n;
}

/// A Number, or a Group when separators with digits on both sides follow.
Token read_number(std::string_view s, std::size_t& i) {
  Token t;
  t.kind = TokenKind::Number;
  t.offset = i;
  t.parts.push_back(read_digits(s, i));
  bool iso = t.parts.front().digits == 4 && i < s.size() && s[i] == '-' && digit_run(s, i + 1) == 2;
  char sep = iso ? '-' : 0;
  while (i + 1 < s.size() && t.parts.size() < 8) {
    char c = s[i];
    bool ok = iso ? c == '-' : (c == '.' || c == '/' || c == ':');
    if (!ok || (sep != 0 && c != sep) || !digit_at(s, i + 1)) {
      break;
    }
    sep = c;
    ++i;
    t.parts.push_back(read_digits(s, i));
  }
  if (t.parts.size() > 1) {
    t.kind = TokenKind::Group;
    t.group_separator = sep;
  }
  t.length = i - t.offset;
  return t;
}

bool is_cyrillic(char32_t cp) {
  return cp >= 0x0400 && cp <= 0x04FF;
}

/// The Cyrillic letter a Latin one looks like («i» in «Постiйно»), or 0.
char32_t cyrillic_twin(char32_t cp) {
  switch (cp) {
    case U'A':
      return U'А';
    case U'a':
      return U'а';
    case U'B':
      return U'В';
    case U'C':
      return U'С';
    case U'c':
      return U'с';
    case U'E':
      return U'Е';
    case U'e':
      return U'е';
    case U'H':
      return U'Н';
    case U'I':
      return U'І';
    case U'i':
      return U'і';
    case U'K':
      return U'К';
    case U'k':
      return U'к';
    case U'M':
      return U'М';
    case U'O':
      return U'О';
    case U'o':
      return U'о';
    case U'P':
      return U'Р';
    case U'p':
      return U'р';
    case U'T':
      return U'Т';
    case U'X':
      return U'Х';
    case U'x':
      return U'х';
    case U'Y':
      return U'У';
    case U'y':
      return U'у';
    default:
      return 0;
  }
}

/// A word that mixes Cyrillic letters with Latin look-alikes, read as the Cyrillic word
/// its writer meant: «Пocтiйнo» (Latin o, c, i) is «Постійно». Latin letters without a
/// Cyrillic twin (the V of «ІV») stay as they are.
std::string cyrillic_look_alikes(const std::string& raw) {
  std::u32string cps = text::decode(raw);
  bool cyrillic = false;
  bool latin = false;
  for (char32_t cp : cps) {
    cyrillic = cyrillic || is_cyrillic(cp);
    latin = latin || cyrillic_twin(cp) != 0;
  }
  if (!cyrillic || !latin) {
    return raw;
  }
  for (char32_t& cp : cps) {
    if (char32_t twin = cyrillic_twin(cp)) {
      cp = twin;
    }
  }
  return text::encode(cps);
}

Token read_word(std::string_view s, std::size_t& i) {
  Token t;
  t.kind = TokenKind::Word;
  t.offset = i;
  std::string raw;
  while (i < s.size()) {
    Decoded d = decode_at(s, i);
    if (is_letter(d.cp) || is_digit(d.cp)) {
      raw.append(s.substr(i, d.size));
      i += d.size;
      continue;
    }
    // An apostrophe belongs to the word only between two letters: «п’ятниця».
    if (is_apostrophe(d.cp) && i + d.size < s.size() && is_letter(decode_at(s, i + d.size).cp)) {
      raw += '\'';
      i += d.size;
      continue;
    }
    break;
  }
  t.length = i - t.offset;
  t.folded = text::fold(cyrillic_look_alikes(raw));
  return t;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  bool space = false;
  std::size_t i = 0;
  while (i < s.size()) {
    Decoded d = decode_at(s, i);
    if (is_space(d.cp)) {
      space = true;
      i += d.size;
      continue;
    }
    Token t;
    if (is_digit(d.cp)) {
      t = read_number(s, i);
    } else if (is_letter(d.cp)) {
      t = read_word(s, i);
    } else {
      t.offset = i;
      t.length = d.size;
      if (is_dash(d.cp)) {
        t.kind = TokenKind::Dash;
      } else if (is_separator(d.cp)) {
        t.kind = TokenKind::Separator;
      } else if (d.cp == U'.' || d.cp == U'\u2026') {
        t.kind = TokenKind::Dot;
      } else {
        t.kind = TokenKind::Other;
      }
      i += d.size;
    }
    t.space_before = space;
    space = false;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace lplan::when::detail
