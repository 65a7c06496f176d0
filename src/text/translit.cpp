#include "text/translit.hpp"

#include <array>

#include "text/unicode.hpp"

namespace lplan::text {

namespace {

/// One row of the table: a lower-case letter, its spelling inside a word and at
/// the start of a word.
struct Row {
  char32_t letter;
  const char* inside;
  const char* initial;
};

constexpr std::array<Row, 33> k_table = {{
    {U'а', "a", "a"},     {U'б', "b", "b"},   {U'в', "v", "v"},     {U'г', "h", "h"},
    {U'ґ', "g", "g"},     {U'д', "d", "d"},   {U'е', "e", "e"},     {U'є', "ie", "ye"},
    {U'ж', "zh", "zh"},   {U'з', "z", "z"},   {U'и', "y", "y"},     {U'і', "i", "i"},
    {U'ї', "i", "yi"},    {U'й', "i", "y"},   {U'к', "k", "k"},     {U'л', "l", "l"},
    {U'м', "m", "m"},     {U'н', "n", "n"},   {U'о', "o", "o"},     {U'п', "p", "p"},
    {U'р', "r", "r"},     {U'с', "s", "s"},   {U'т', "t", "t"},     {U'у', "u", "u"},
    {U'ф', "f", "f"},     {U'х', "kh", "kh"}, {U'ц', "ts", "ts"},   {U'ч', "ch", "ch"},
    {U'ш', "sh", "sh"},   {U'щ', "shch", "shch"}, {U'ь', "", ""},  {U'ю', "iu", "yu"},
    {U'я', "ia", "ya"},
}};

const Row* find_row(char32_t cp) {
  for (const auto& row : k_table) {
    if (row.letter == cp) {
      return &row;
    }
  }
  return nullptr;
}

bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == U'’' || cp == U'ʼ'; }

bool is_letter_like(char32_t cp) {
  return (cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9') || find_row(cp) != nullptr ||
         is_apostrophe(cp);
}

}  // namespace

std::string transliterate_uk(std::string_view s) {
  std::u32string folded = decode(fold(s));
  std::string out;
  bool in_word = false;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    char32_t cp = folded[i];
    if (is_apostrophe(cp) && in_word) {
      continue;
    }
    if (const Row* row = find_row(cp)) {
      // «зг» is spelled "zgh" so that it does not read as «ж».
      if (cp == U'г' && i > 0 && folded[i - 1] == U'з') {
        out += "gh";
      } else {
        out += in_word ? row->inside : row->initial;
      }
      in_word = true;
      continue;
    }
    out += encode(cp);
    in_word = is_letter_like(cp);
  }
  return out;
}

std::string ascii_slug(std::string_view s) {
  std::string out;
  bool dash = false;
  for (char c : transliterate_uk(s)) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      if (dash && !out.empty()) {
        out += '-';
      }
      out += c;
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

}  // namespace lplan::text
