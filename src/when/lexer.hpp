// Tokens of a `when` text, each with its byte position in the original text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::when::detail {

enum class TokenKind {
  Word,       ///< letters (and digits after a letter: «q1»), folded
  Number,     ///< ASCII digits
  Group,      ///< digits joined by `.`, `/`, `:` or an ISO `-`: «15.03.2020», «2020-03-15», «11:00»
  Dash,       ///< - – — − ‐ ‑
  Separator,  ///< , ; / + & ( )
  Dot,        ///< a `.` not inside a number group
  Other,      ///< anything else: reported as unexpected
};

/// One run of digits inside a Number or Group token.
struct NumberPart {
  long value = -1;  ///< -1 when the run is longer than 9 digits
  std::size_t digits = 0;
  std::size_t offset = 0;  ///< byte offset in the original text
};

struct Token {
  TokenKind kind = TokenKind::Other;
  std::size_t offset = 0;  ///< byte offset in the original text
  std::size_t length = 0;  ///< byte length in the original text
  std::string folded;      ///< Word: NFC + case folded, apostrophes unified to `'`; Latin
                           ///< look-alikes inside a Cyrillic word made Cyrillic («Пocтiйнo»)
  std::vector<NumberPart> parts;  ///< Number: one part; Group: two or more
  char group_separator = 0;       ///< Group: '.', '/', ':' or '-'
  bool space_before = false;      ///< white space between this token and the previous one
};

/// Splits a valid UTF-8 text into tokens. White space (including control
/// characters such as tab and newline) separates tokens and makes none.
std::vector<Token> tokenize(std::string_view text);

}  // namespace lplan::when::detail
