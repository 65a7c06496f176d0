// The `when` parser: tokens → a flat list of items (points in time, range and list
// marks, phrase flags), with errors for everything it cannot read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "when/lexer.hpp"
#include "when/when.hpp"

namespace lplan::when::detail {

enum class ItemKind {
  Point,        ///< months `first`..`last`, maybe with days; `first` 0 = a bare day number
  Dash,         ///< a dash between two points: a range
  RangeTo,      ///< «по», «to», «до» after a point: a range
  Separator,    ///< a comma, «і», «and»: a list
  From,         ///< «з», «from»
  Until,        ///< «до», «by»
  Ongoing,
  Unscheduled,
  Every,        ///< `every` months from January
  PeriodEnd,    ///< the last month of each period of `every` months
  Invalid,      ///< something that had an error: stands in for a point, adds nothing
};

struct Item {
  ItemKind kind = ItemKind::Separator;
  std::size_t offset = 0;  ///< bytes in the original text
  std::size_t length = 0;
  int first = 0;      ///< Point: first month (0 for a bare day)
  int last = 0;       ///< Point: last month
  int first_day = 0;  ///< Point: day in the first month, 0 if none
  int last_day = 0;   ///< Point: day in the last month, 0 if none
  int every = 0;      ///< Every / PeriodEnd
};

struct ItemList {
  std::vector<Item> items;
  std::vector<WhenError> errors;
  bool saw_year = false;  ///< a year number (checked against the plan's) was written
};

/// What a text is: a timeframe of an activity, or a period asked about (`--month`),
/// where a bare number 1–12 is a month («3-4», «3, 5»), not a day.
enum class Mode { Timeframe, Period };

/// Reads every token of `text` into items; `plan_year` checks written years and days.
ItemList parse_items(std::string_view text, const std::vector<Token>& tokens, int plan_year,
                     Mode mode = Mode::Timeframe);

/// True when `t` is a word for which `pred` holds.
inline bool is_word(const Token* t, bool (*pred)(std::string_view)) {
  return t != nullptr && t->kind == TokenKind::Word && pred(t->folded);
}

/// A number of one or two digits: a day, a quarter, a count.
inline bool is_small_number(const Token* t) {
  return t != nullptr && t->kind == TokenKind::Number && t->parts.front().digits <= 2;
}

/// Reads tokens left to right; one `try_*` method per form, each returns true when it
/// consumed something (items, or an error).
class Parser {
public:
  Parser(std::string_view text, const std::vector<Token>& tokens, int plan_year, Mode mode);
  ItemList run();

private:
  bool try_time();
  bool try_quarter();
  bool try_q_word();
  bool try_phrase();
  bool try_date_group();
  bool try_day_month();
  bool try_month();
  bool try_number();
  void take_token();

  /// The end of a time of day at token `i` («11.00 год.», «10:00», «10-12 год»), or 0.
  std::size_t time_end(std::size_t i, bool need_hour, bool allow_range) const;
  /// The end of the word that says «o'clock» at token `j` («год.», «к.ч.», «за київським
  /// часом»), or 0.
  std::size_t hour_word_end(std::size_t j) const;
  const Token* at(std::size_t i) const;
  /// The index of the next token after `i` that is not a dot.
  std::size_t next(std::size_t i) const;
  bool previous_is_point() const;
  /// The last item is «до» / «по» (an Until or a RangeTo).
  bool previous_is_until() const;
  void error(std::size_t offset, std::size_t length, std::string message, std::string hint);
  void add(Item item);
  void add_point(std::size_t from, std::size_t to, int first, int last, int first_day,
                 int last_day);
  void check_year(long year, std::size_t offset, std::size_t length);
  bool check_day(int month, long day, std::size_t offset, std::size_t length);

  std::string_view m_text;
  const std::vector<Token>& m_tokens;
  int m_plan_year = 0;
  Mode m_mode = Mode::Timeframe;
  std::size_t m_pos = 0;
  ItemList m_out;
};

/// `unknown month "X"` / `unexpected "X"` with a "did you mean" hint, for a word at a position.
WhenError unknown_word_error(std::string_view text, std::size_t offset, std::size_t length,
                             std::string_view folded);

}  // namespace lplan::when::detail
