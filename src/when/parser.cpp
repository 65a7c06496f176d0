// The `when` parser: one small `try_*` method per form, left to right.
#include "when/parser.hpp"

#include <fmt/format.h>

#include "text/i18n.hpp"
#include "text/unicode.hpp"
#include "when/phrases.hpp"
#include "when/words.hpp"

namespace lplan::when::detail {
namespace {

constexpr std::size_t k_max_errors = 20;
constexpr std::size_t k_max_hint_chars = 40;

}  // namespace

WhenError unknown_word_error(std::string_view text, std::size_t offset, std::size_t length,
                             std::string_view folded) {
  WhenError e{offset, length, {}, {}};
  std::string_view shown = text.substr(offset, length);
  bool hintable = text::char_count(folded) <= k_max_hint_chars;
  if (hintable) {
    if (auto m = text::did_you_mean(folded, month_words())) {
      e.message = trf("unknown month \"{}\"", shown);
      e.hint = trf("did you mean \"{}\"?", *m);
      return e;
    }
  }
  e.message = trf("unexpected \"{}\"", shown);
  if (hintable) {
    if (auto k = text::did_you_mean(folded, keyword_list())) {
      e.hint = trf("did you mean \"{}\"?", *k);
    }
  }
  return e;
}

Parser::Parser(std::string_view text, const std::vector<Token>& tokens, int plan_year, Mode mode)
    : m_text(text), m_tokens(tokens), m_plan_year(plan_year), m_mode(mode) {}

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
  Item invalid;
  invalid.kind = ItemKind::Invalid;
  invalid.offset = offset;
  invalid.length = length;
  add(invalid);
}

void Parser::add(Item item) {
  m_out.items.push_back(item);
}

bool Parser::previous_is_until() const {
  return !m_out.items.empty() &&
         (m_out.items.back().kind == ItemKind::Until || m_out.items.back().kind == ItemKind::RangeTo);
}

bool Parser::previous_is_point() const {
  return !m_out.items.empty() && m_out.items.back().kind == ItemKind::Point;
}

void Parser::add_point(std::size_t from, std::size_t to, int first, int last, int first_day, int last_day) {
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
               (t->group_separator == ':' || t->group_separator == '.') && t->parts[0].value >= 0 &&
               t->parts[0].value <= 24 && t->parts[1].digits == 2 && t->parts[1].value <= 59;
  bool hour = is_small_number(t) && t->parts.front().value <= 24;
  if (!clock && !hour) {
    return 0;
  }
  std::size_t j = next(i);
  if (std::size_t end = hour_word_end(j)) {
    return end;
  }
  // «12.03 14.00», «17.01 18.30»: after a date, H.MM whose minutes are no month is a
  // time, and so after «до» («до 24.00»); alone («15.13») it is a date with a wrong month.
  if (clock && t->group_separator == '.' && (t->parts[1].value == 0 || t->parts[1].value > 12) &&
      (previous_is_point() || previous_is_until())) {
    return j;
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

std::size_t Parser::hour_word_end(std::size_t j) const {
  if (is_word(at(j), is_hour_word)) {
    return next(j);
  }
  // «16.30 к.ч.» (київського часу), «11:00 за київським часом»
  if (is_word(at(j), [](std::string_view w) { return w == "к"; }) &&
      is_word(at(next(j)), [](std::string_view w) { return w == "ч"; })) {
    return next(next(j));
  }
  if (auto m = match_phrase(m_tokens, j);
      m && m->kind == PhraseKind::Noise &&
      is_word(at(j), [](std::string_view w) { return w == "за" || w == "київського"; })) {
    return m->end;
  }
  return 0;
}

bool Parser::try_time() {
  const Token& t = m_tokens[m_pos];
  std::size_t end = 0;
  if (t.kind == TokenKind::Word && (t.folded == "о" || t.folded == "об" || t.folded == "at")) {
    end = time_end(next(m_pos), false, true);
  } else {
    end = time_end(m_pos, true, true);
  }
  if (end == 0) {
    return false;
  }
  // «до 24.00» after a date: the hour the day ends, not a deadline of its own.
  if (previous_is_until()) {
    m_out.items.pop_back();
  }
  m_pos = end;
  return true;
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
    case PhraseKind::Ongoing:
      item.kind = ItemKind::Ongoing;
      break;
    case PhraseKind::Unscheduled:
      item.kind = ItemKind::Unscheduled;
      break;
    case PhraseKind::Every:
      if (m->value > 12) {
        const Token& n = m_tokens[m->number_token];
        error(n.offset, n.length, trf("every {} months is less than once a year", m->value),
              std::string(tr("write a number of months from 1 to 12")));
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
    case PhraseKind::Until:
      item.kind = ItemKind::Until;
      break;
    case PhraseKind::UntilOrTo:
    case PhraseKind::RangeTo:
      item.kind = previous_is_point() ? ItemKind::RangeTo : ItemKind::Until;
      break;
    case PhraseKind::From:
      item.kind = ItemKind::From;
      break;
    case PhraseKind::Separator:
      item.kind = ItemKind::Separator;
      break;
    case PhraseKind::PlanYear:
      m_out.saw_year = true;
      m_pos = m->end;
      return true;
    case PhraseKind::Noise:
      m_pos = m->end;
      return true;
  }
  add(item);
  m_pos = m->end;
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
    // «2020 р.», «2020 року»: the number was the year; «рік» alone is the plan's year.
    m_out.saw_year = true;
  } else if (t.kind == TokenKind::Word) {
    WhenError e = unknown_word_error(m_text, t.offset, t.length, t.folded);
    error(e.offset, e.length, std::move(e.message), std::move(e.hint));
  } else {
    std::u32string cp = text::decode(m_text.substr(t.offset, t.length));
    if (!cp.empty() && text::is_control(cp.front())) {
      error(t.offset, t.length,
            trf("unexpected control character U+{:04X}", static_cast<unsigned>(cp.front())), "");
    } else {
      error(t.offset, t.length, trf("unexpected \"{}\"", m_text.substr(t.offset, t.length)), "");
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
    if (try_time() || try_quarter() || try_phrase() || try_date_group() || try_day_month() || try_month() ||
        try_number()) {
      continue;
    }
    take_token();
  }
  return std::move(m_out);
}

ItemList parse_items(std::string_view text, const std::vector<Token>& tokens, int plan_year, Mode mode) {
  return Parser(text, tokens, plan_year, mode).run();
}

}  // namespace lplan::when::detail
