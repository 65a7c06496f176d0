// Dates and months: «15.03.2020», «2020-03-15», «15 березня», «March 15», «березень»,
// year numbers, bare day numbers («03» in «03-10 травня»).
#include <fmt/format.h>

#include "model/date.hpp"
#include "text/i18n.hpp"
#include "when/parser.hpp"
#include "when/words.hpp"

namespace lplan::when::detail {
namespace {

bool is_month_token(const Token* t) {
  return t != nullptr && t->kind == TokenKind::Word && month_of_folded(t->folded).has_value();
}

}  // namespace
void Parser::check_year(long year, std::size_t offset, std::size_t length) {
  m_out.saw_year = true;
  if (year != m_plan_year) {
    error(offset, length, trf("year {} is not the plan's year {}", year, m_plan_year),
          trf("move the activity to the plan of {}, or fix the year", year));
  }
}

bool Parser::check_day(int month, long day, std::size_t offset, std::size_t length) {
  if (month < 1 || month > 12) {
    return false;
  }
  if (day < 1 || day > 31 || !is_valid_date(m_plan_year, month, static_cast<int>(day))) {
    int days = days_in_month(m_plan_year, month);
    error(offset, length, trf("no day {0} in {1}", day, month_name(month, language())),
          trnf("{0} has {1} day in {2}", "{0} has {1} days in {2}", days, month_name(month, language()), days,
               m_plan_year));
    return false;
  }
  return true;
}

bool Parser::try_date_group() {
  const Token& t = m_tokens[m_pos];
  if (t.kind != TokenKind::Group || t.group_separator == ':') {
    return false;
  }
  const auto& p = t.parts;
  const NumberPart* day = nullptr;
  const NumberPart* month = nullptr;
  const NumberPart* year = nullptr;
  if (t.group_separator == '-' && p.size() <= 3) {
    year = &p[0];
    month = &p[1];
    day = p.size() == 3 ? &p[2] : nullptr;
  } else if (t.group_separator != '-' && p.size() == 2) {
    (p[1].digits == 4 ? month : day) = &p[0];
    (p[1].digits == 4 ? year : month) = &p[1];
  } else if (t.group_separator != '-' && p.size() == 3 && (p[2].digits == 4 || p[2].digits == 2)) {
    day = &p[0];
    month = &p[1];
    year = &p[2];
  } else {
    error(t.offset, t.length, trf("unexpected \"{}\"", m_text.substr(t.offset, t.length)),
          std::string(tr("write a date as 15.03.2020 or 2020-03-15")));
    m_pos = next(m_pos);
    return true;
  }
  if (year != nullptr) {
    long y = year->digits == 2 ? 2000 + year->value : year->value;
    check_year(y, year->offset, year->digits);
  }
  if (month->value < 1 || month->value > 12) {
    error(month->offset, month->digits, trf("no month {}", month->value),
          std::string(tr("months are numbered 1 to 12")));
    m_pos = next(m_pos);
    return true;
  }
  int m = static_cast<int>(month->value);
  int d = 0;
  if (day != nullptr && check_day(m, day->value, t.offset, t.length)) {
    d = static_cast<int>(day->value);
  } else if (day != nullptr) {
    m_pos = next(m_pos);
    return true;
  }
  add_point(m_pos, m_pos, m, m, d, d);
  m_pos = next(m_pos);
  return true;
}

bool Parser::try_day_month() {
  std::size_t j = next(m_pos);
  if (!is_small_number(&m_tokens[m_pos]) || !is_month_token(at(j))) {
    return false;
  }
  int m = *month_of_folded(m_tokens[j].folded);
  long d = m_tokens[m_pos].parts.front().value;
  std::size_t end = m_tokens[j].offset + m_tokens[j].length;
  if (check_day(m, d, m_tokens[m_pos].offset, end - m_tokens[m_pos].offset)) {
    add_point(m_pos, j, m, m, static_cast<int>(d), static_cast<int>(d));
  }
  m_pos = next(j);
  return true;
}

bool Parser::try_month() {
  const Token& t = m_tokens[m_pos];
  if (!is_month_token(&t)) {
    return false;
  }
  int m = *month_of_folded(t.folded);
  std::size_t j = next(m_pos);
  const Token* after = at(next(j));
  bool english_day = is_small_number(at(j)) && !is_month_token(after) && !is_word(after, is_hour_word) &&
                     !is_word(after, is_quarter_word) && !is_word(after, is_half_word) &&
                     !(after != nullptr && after->kind == TokenKind::Word &&
                       (after->folded == "на" || after->folded == "раз"));
  if (english_day) {
    long d = m_tokens[j].parts.front().value;
    std::size_t end = m_tokens[j].offset + m_tokens[j].length;
    if (check_day(m, d, t.offset, end - t.offset)) {
      add_point(m_pos, j, m, m, static_cast<int>(d), static_cast<int>(d));
    }
    m_pos = next(j);
    return true;
  }
  add_point(m_pos, m_pos, m, m, 0, 0);
  m_pos = j;
  return true;
}

bool Parser::try_number() {
  const Token& t = m_tokens[m_pos];
  if (t.kind != TokenKind::Number) {
    return false;
  }
  const NumberPart& n = t.parts.front();
  if (m_mode == Mode::Period && n.digits <= 2) {
    // A period asked about: «3», «3-4», «3, 5» are months.
    if (n.value >= 1 && n.value <= 12) {
      add_point(m_pos, m_pos, static_cast<int>(n.value), static_cast<int>(n.value), 0, 0);
    } else {
      error(t.offset, t.length, trf("no month {}", n.value), std::string(tr("months are numbered 1 to 12")));
    }
  } else if (n.digits == 4) {
    check_year(n.value, t.offset, t.length);
  } else if (n.digits <= 2 && n.value >= 1 && n.value <= 31) {
    add_point(m_pos, m_pos, 0, 0, static_cast<int>(n.value), static_cast<int>(n.value));
  } else {
    error(t.offset, t.length, trf("unexpected \"{}\"", m_text.substr(t.offset, t.length)), "");
  }
  m_pos = next(m_pos);
  return true;
}

}  // namespace lplan::when::detail
