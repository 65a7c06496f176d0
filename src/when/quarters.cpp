// Quarters and half-years: «I квартал», «І–ІІ кв.», «1-й квартал», «Q1», «H2»,
// «second half», «ІІ півріччя».
#include <fmt/format.h>

#include "text/i18n.hpp"
#include "when/parser.hpp"
#include "when/words.hpp"

namespace lplan::when::detail {
namespace {

struct Numeral {
  int value = 0;
  std::size_t token = 0;
  bool range_from_previous = false;  ///< a dash came before it
};

/// «q1» → (3, 1), «h2» → (6, 2): months per period and the period number.
std::optional<std::pair<int, int>> q_word(const Token* t) {
  if (t == nullptr || t->kind != TokenKind::Word || t->folded.size() != 2) {
    return std::nullopt;
  }
  char kind = t->folded[0];
  char digit = t->folded[1];
  if ((kind != 'q' && kind != 'h') || digit < '0' || digit > '9') {
    return std::nullopt;
  }
  return std::pair{kind == 'q' ? 3 : 6, digit - '0'};
}

}  // namespace

bool Parser::try_quarter() {
  if (try_q_word()) {
    return true;
  }
  std::vector<Numeral> numerals;
  std::size_t i = m_pos;
  bool dash = false;
  while (numerals.size() < 8) {
    const Token* t = at(i);
    if (t == nullptr) {
      return false;
    }
    std::optional<int> value;
    std::size_t after = next(i);
    if (t->kind == TokenKind::Word) {
      value = roman_value(t->folded);
      if (!value) {
        value = ordinal_word_value(t->folded);
      }
    } else if (t->kind == TokenKind::Number && t->parts.front().digits <= 2) {
      value = static_cast<int>(t->parts.front().value);
      // «1-й», «2-го», «1st»: an ordinal suffix written right after the number.
      const Token* s = at(after);
      if (s != nullptr && !s->space_before && s->kind == TokenKind::Dash &&
          is_word(at(next(after)), is_ordinal_suffix) && !at(next(after))->space_before) {
        after = next(next(after));
      } else if (s != nullptr && !s->space_before && is_word(s, is_ordinal_suffix)) {
        after = next(after);
      }
    }
    if (!value) {
      return false;
    }
    numerals.push_back(Numeral{*value, i, dash});
    const Token* n = at(after);
    if (is_word(n, is_quarter_word) || is_word(n, is_half_word)) {
      i = after;
      break;
    }
    if (n != nullptr && n->kind == TokenKind::Dash) {
      dash = true;
    } else if (n != nullptr && (n->kind == TokenKind::Separator || is_word(n, is_conjunction))) {
      dash = false;
    } else {
      return false;
    }
    i = next(after);
  }
  if (!is_word(at(i), is_quarter_word) && !is_word(at(i), is_half_word)) {
    return false;
  }
  bool half = is_word(at(i), is_half_word);
  int size = half ? 6 : 3;
  int count = half ? 2 : 4;
  std::size_t word = i;
  i = next(i);
  // «half-year», «half of the year», «I півріччя року»
  while (at(i) != nullptr) {
    const Token* t = at(i);
    if (t->kind == TokenKind::Dash && !t->space_before && is_word(at(next(i)), is_year_word)) {
      i = next(next(i));
    } else if (t->kind == TokenKind::Word &&
               (t->folded == "of" || t->folded == "the" || is_year_word(t->folded))) {
      i = next(i);
    } else {
      break;
    }
  }
  bool ok = true;
  for (const Numeral& n : numerals) {
    if (n.value < 1 || n.value > count) {
      const Token& t = m_tokens[n.token];
      error(t.offset, t.length,
            half ? trf("no half-year {}", m_text.substr(t.offset, t.length))
                 : trf("no quarter {}", m_text.substr(t.offset, t.length)),
            std::string(half ? tr("a year has two halves: I and II")
                             : tr("a year has four quarters: I to IV")));
      ok = false;
    }
  }
  for (std::size_t k = 0; ok && k < numerals.size();) {
    std::size_t end = k;
    while (end + 1 < numerals.size() && numerals[end + 1].range_from_previous) {
      ++end;
    }
    const Token& a = m_tokens[numerals[k].token];
    const Token& b = m_tokens[numerals[end].token];
    if (numerals[k].value > numerals[end].value) {
      error(a.offset, b.offset + b.length - a.offset,
            trf("backwards range \"{}\"", m_text.substr(a.offset, b.offset + b.length - a.offset)),
            std::string(tr("write the earlier quarter first")));
    } else {
      add_point(numerals[k].token, word, (numerals[k].value - 1) * size + 1, numerals[end].value * size, 0,
                0);
    }
    k = end + 1;
  }
  m_pos = i;
  return true;
}

bool Parser::try_q_word() {
  auto first = q_word(at(m_pos));
  if (!first) {
    return false;
  }
  std::size_t last_token = m_pos;
  auto last = first;
  std::size_t d = next(m_pos);
  if (at(d) != nullptr && at(d)->kind == TokenKind::Dash) {
    auto second = q_word(at(next(d)));
    if (second && second->first == first->first) {
      last = second;
      last_token = next(d);
    }
  }
  int size = first->first;
  int count = 12 / size;
  const Token& a = m_tokens[m_pos];
  const Token& b = m_tokens[last_token];
  std::size_t length = b.offset + b.length - a.offset;
  if (first->second < 1 || first->second > count || last->second < 1 || last->second > count) {
    error(a.offset, length,
          size == 3 ? trf("no quarter \"{}\"", m_text.substr(a.offset, length))
                    : trf("no half-year \"{}\"", m_text.substr(a.offset, length)),
          std::string(size == 3 ? tr("a year has four quarters: Q1 to Q4")
                                : tr("a year has two halves: H1 and H2")));
  } else if (first->second > last->second) {
    error(a.offset, length, trf("backwards range \"{}\"", m_text.substr(a.offset, length)),
          std::string(tr("write the earlier quarter first")));
  } else {
    add_point(m_pos, last_token, (first->second - 1) * size + 1, last->second * size, 0, 0);
  }
  m_pos = next(last_token);
  return true;
}

}  // namespace lplan::when::detail
