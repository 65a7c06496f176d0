// The `when` parser: one small `try_*` method per form, left to right.
#include "when/parser.hpp"

#include <fmt/format.h>

#include "model/date.hpp"
#include "text/unicode.hpp"
#include "when/phrases.hpp"
#include "when/words.hpp"

namespace lplan::when::detail {
namespace {

constexpr std::size_t k_max_errors = 20;
constexpr std::size_t k_max_hint_chars = 40;

bool is_month_token(const Token* t) {
  return t != nullptr && t->kind == TokenKind::Word && month_of_folded(t->folded).has_value();
}

bool is_small_number(const Token* t) {
  return t != nullptr && t->kind == TokenKind::Number && t->parts.front().digits <= 2;
}

}  // namespace

WhenError unknown_word_error(std::string_view text, std::size_t offset, std::size_t length,
                             std::string_view folded) {
  WhenError e{offset, length, {}, {}};
  std::string_view shown = text.substr(offset, length);
  bool hintable = text::char_count(folded) <= k_max_hint_chars;
  if (hintable) {
    if (auto m = text::did_you_mean(folded, month_words())) {
      e.message = fmt::format("unknown month \"{}\"", shown);
      e.hint = fmt::format("did you mean \"{}\"?", *m);
      return e;
    }
  }
  e.message = fmt::format("unexpected \"{}\"", shown);
  if (hintable) {
    if (auto k = text::did_you_mean(folded, keyword_list())) {
      e.hint = fmt::format("did you mean \"{}\"?", *k);
    }
  }
  return e;
}

Parser::Parser(std::string_view text, const std::vector<Token>& tokens, int plan_year)
    : m_text(text), m_tokens(tokens), m_plan_year(plan_year) {}

const Token* Parser::at(std::size_t i) const {
  return i < m_tokens.size() ? &m_tokens[i] : nullptr;
}

std::size_t Parser::next(std::size_t i) const {
  ++i;
  while (i < m_tokens.size() && m_tokens[i].kind == TokenKind::Dot) {
    ++i;
  }
  return i;
}

void Parser::error(std::size_t offset, std::size_t length, std::string message, std::string hint) {
  if (m_out.errors.size() < k_max_errors) {
    m_out.errors.push_back(WhenError{offset, length, std::move(message), std::move(hint)});
  }
}

void Parser::add(Item item) { m_out.items.push_back(item); }

bool Parser::previous_is_point() const {
  return !m_out.items.empty() && m_out.items.back().kind == ItemKind::Point;
}

void Parser::check_year(long year, std::size_t offset, std::size_t length) {
  m_out.saw_year = true;
  if (year != m_plan_year) {
    error(offset, length, fmt::format("year {} is not the plan's year {}", year, m_plan_year),
          fmt::format("move the activity to the plan of {}, or fix the year", year));
  }
}

bool Parser::check_day(int month, long day, std::size_t offset, std::size_t length) {
  if (month < 1 || month > 12) {
    return false;
  }
  if (day < 1 || day > 31 || !is_valid_date(m_plan_year, month, static_cast<int>(day))) {
    error(offset, length, fmt::format("no day {} in {}", day, english_month_name(month)),
          fmt::format("{} has {} days in {}", english_month_name(month),
                      days_in_month(m_plan_year, month), m_plan_year));
    return false;
  }
  return true;
}

void Parser::add_point(std::size_t from, std::size_t to, int first, int last, int first_day,
                       int last_day) {
  const Token& a = m_tokens[from];
  const Token& b = m_tokens[to];
  Item item;
  item.kind = ItemKind::Point;
  item.offset = a.offset;
  item.length = b.offset + b.length - a.offset;
  item.first = first;
  item.last = last;
  item.first_day = first_day;
  item.last_day = last_day;
  add(item);
}

std::size_t Parser::time_end(std::size_t i, bool need_hour, bool allow_range) const {
  const Token* t = at(i);
  if (t == nullptr) {
    return 0;
  }
  bool clock = t->kind == TokenKind::Group && t->parts.size() == 2 &&
               (t->group_separator == ':' || t->group_separator == '.') &&
               t->parts[0].value >= 0 && t->parts[0].value <= 24 && t->parts[1].digits == 2 &&
               t->parts[1].value <= 59;
  bool hour = is_small_number(t) && t->parts.front().value <= 24;
  if (!clock && !hour) {
    return 0;
  }
  std::size_t j = next(i);
  if (is_word(at(j), is_hour_word)) {
    return next(j);
  }
  if (allow_range && at(j) != nullptr && at(j)->kind == TokenKind::Dash) {
    if (std::size_t end = time_end(next(j), need_hour && t->group_separator != ':', false)) {
      return end;
    }
  }
  if ((clock && t->group_separator == ':') || !need_hour) {
    return j;
  }
  return 0;
}

bool Parser::try_time() {
  const Token& t = m_tokens[m_pos];
  if (t.kind == TokenKind::Word && (t.folded == "о" || t.folded == "об" || t.folded == "at")) {
    if (std::size_t end = time_end(next(m_pos), false, true)) {
      m_pos = end;
      return true;
    }
    return false;
  }
  if (std::size_t end = time_end(m_pos, true, true)) {
    m_pos = end;
    return true;
  }
  return false;
}

bool Parser::try_phrase() {
  auto m = match_phrase(m_tokens, m_pos);
  if (!m) {
    return false;
  }
  const Token& first = m_tokens[m_pos];
  const Token& last = m_tokens[m->end - 1];
  Item item;
  item.offset = first.offset;
  item.length = last.offset + last.length - first.offset;
  switch (m->kind) {
    case PhraseKind::Ongoing: item.kind = ItemKind::Ongoing; break;
    case PhraseKind::Unscheduled: item.kind = ItemKind::Unscheduled; break;
    case PhraseKind::Every:
      if (m->value > 12) {
        const Token& n = m_tokens[m->number_token];
        error(n.offset, n.length, fmt::format("every {} months is less than once a year", m->value),
              "write a number of months from 1 to 12");
        m_pos = m->end;
        return true;
      }
      item.kind = m->value == 1 ? ItemKind::Ongoing : ItemKind::Every;
      item.every = m->value;
      break;
    case PhraseKind::PeriodEnd:
      item.kind = ItemKind::PeriodEnd;
      item.every = m->value;
      break;
    case PhraseKind::Until: item.kind = ItemKind::Until; break;
    case PhraseKind::UntilOrTo:
    case PhraseKind::RangeTo:
      item.kind = previous_is_point() ? ItemKind::RangeTo : ItemKind::Until;
      break;
    case PhraseKind::From: item.kind = ItemKind::From; break;
    case PhraseKind::Separator: item.kind = ItemKind::Separator; break;
    case PhraseKind::Noise: m_pos = m->end; return true;
  }
  add(item);
  m_pos = m->end;
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
    error(t.offset, t.length, fmt::format("unexpected \"{}\"", m_text.substr(t.offset, t.length)),
          "write a date as 15.03.2020 or 2020-03-15");
    m_pos = next(m_pos);
    return true;
  }
  if (year != nullptr) {
    long y = year->digits == 2 ? 2000 + year->value : year->value;
    check_year(y, year->offset, year->digits);
  }
  if (month->value < 1 || month->value > 12) {
    error(month->offset, month->digits, fmt::format("no month {}", month->value),
          "months are numbered 1 to 12");
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
  bool english_day = is_small_number(at(j)) && !is_month_token(after) &&
                     !is_word(after, is_hour_word) && !is_word(after, is_quarter_word) &&
                     !is_word(after, is_half_word) &&
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
  if (n.digits == 4) {
    check_year(n.value, t.offset, t.length);
  } else if (n.digits <= 2 && n.value >= 1 && n.value <= 31) {
    add_point(m_pos, m_pos, 0, 0, static_cast<int>(n.value), static_cast<int>(n.value));
  } else {
    error(t.offset, t.length, fmt::format("unexpected \"{}\"", m_text.substr(t.offset, t.length)),
          "");
  }
  m_pos = next(m_pos);
  return true;
}

void Parser::take_token() {
  const Token& t = m_tokens[m_pos];
  Item item;
  item.offset = t.offset;
  item.length = t.length;
  if (t.kind == TokenKind::Dash) {
    item.kind = ItemKind::Dash;
    add(item);
  } else if (t.kind == TokenKind::Separator) {
    item.kind = ItemKind::Separator;
    add(item);
  } else if (t.kind == TokenKind::Word && is_year_word(t.folded)) {
    // «2020 р.», «2020 року»: the number was the year.
  } else if (t.kind == TokenKind::Word) {
    WhenError e = unknown_word_error(m_text, t.offset, t.length, t.folded);
    error(e.offset, e.length, std::move(e.message), std::move(e.hint));
  } else {
    std::u32string cp = text::decode(m_text.substr(t.offset, t.length));
    if (!cp.empty() && text::is_control(cp.front())) {
      error(t.offset, t.length,
            fmt::format("unexpected control character U+{:04X}", static_cast<unsigned>(cp.front())),
            "");
    } else {
      error(t.offset, t.length, fmt::format("unexpected \"{}\"", m_text.substr(t.offset, t.length)),
            "");
    }
  }
  m_pos = next(m_pos);
}

ItemList Parser::run() {
  while (m_pos < m_tokens.size()) {
    if (m_tokens[m_pos].kind == TokenKind::Dot) {
      ++m_pos;
      continue;
    }
    if (try_time() || try_quarter() || try_phrase() || try_date_group() || try_day_month() ||
        try_month() || try_number()) {
      continue;
    }
    take_token();
  }
  return std::move(m_out);
}

ItemList parse_items(std::string_view text, const std::vector<Token>& tokens, int plan_year) {
  return Parser(text, tokens, plan_year).run();
}

}  // namespace lplan::when::detail
