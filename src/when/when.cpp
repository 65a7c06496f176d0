// parse_when: checks the text, tokenizes, parses items, then combines the items
// into a Schedule (ranges, lists, «до …», flags, the exact day).
#include "when/when.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "text/i18n.hpp"
#include "text/unicode.hpp"
#include "when/lexer.hpp"
#include "when/parser.hpp"
#include "when/words.hpp"

namespace lplan::when {
namespace {

using detail::Item;
using detail::ItemKind;

constexpr std::size_t k_max_length = 2000;
constexpr std::size_t k_max_errors = 20;

/// Folds the items into months, flags and an exact day.
class Combiner {
public:
  Combiner(std::string_view text, const detail::ItemList& list, int plan_year)
      : m_text(text),
        m_items(list.items),
        m_plan_year(plan_year),
        m_saw_year(list.saw_year),
        m_errors(list.errors) {}

  WhenResult run();

private:
  bool is_point(std::size_t i) const {
    return i < m_items.size() && (m_items[i].kind == ItemKind::Point || m_items[i].kind == ItemKind::Invalid);
  }
  bool is_range_mark(std::size_t i) const {
    return i < m_items.size() && (m_items[i].kind == ItemKind::Dash || m_items[i].kind == ItemKind::RangeTo);
  }
  void error(const Item& item, std::string message, std::string hint) {
    if (m_errors.size() >= k_max_errors) {
      return;
    }
    m_errors.push_back(WhenError{item.offset, item.length, std::move(message), std::move(hint)});
  }
  std::string slice(const Item& a, const Item& b) const {
    return std::string(m_text.substr(a.offset, b.offset + b.length - a.offset));
  }
  /// A point (or a range of points) at `i`; advances `i` past it. False on an error.
  bool take_span(std::size_t& i, Item& span);
  void add_deadline(const Item& span);

  std::string_view m_text;
  const std::vector<Item>& m_items;
  int m_plan_year;
  bool m_saw_year;
  std::vector<WhenError> m_errors;
  MonthSet m_months;
  std::optional<Date> m_exact;
  bool m_ranged = false;  ///< the last span taken was a range
};

bool Combiner::take_span(std::size_t& i, Item& span) {
  span = m_items[i];
  m_ranged = false;
  ++i;
  while (is_range_mark(i)) {
    const Item& mark = m_items[i];
    if (!is_point(i + 1)) {
      error(mark, trf("range \"{}\" has no end", slice(span, mark)),
            std::string(tr("write the last month after the dash")));
      ++i;
      return false;
    }
    Item end = m_items[i + 1];
    i += 2;
    if (end.kind == ItemKind::Invalid) {
      return false;  // already reported
    }
    if (span.first == 0 && end.first == 0) {
      break;
    }
    if (span.first == 0) {
      // «03-10 травня», «з 1 по 15 березня»: the day takes the month of the end.
      span.first = end.first;
      if (!is_valid_date(m_plan_year, span.first, span.first_day)) {
        error(span, trf("no day {0} in {1}", span.first_day, month_name(span.first, language())), "");
        return false;
      }
    }
    if (end.first == 0) {
      error(end, trf("unexpected \"{}\"", slice(end, end)),
            std::string(tr("a day needs a month: write \"15 березня\"")));
      return false;
    }
    int start_day = span.first_day;
    int end_day = end.last_day == 0 ? 99 : end.last_day;
    if (span.first > end.last || (span.first == end.last && start_day > end_day)) {
      Item whole = span;
      whole.length = end.offset + end.length - span.offset;
      error(whole, trf("backwards range \"{}\"", slice(span, end)),
            std::string(span.first == end.last ? tr("write the earlier day first")
                                               : tr("write the earlier month first")));
      return false;
    }
    span.last = end.last;
    span.last_day = end.last_day;
    span.length = end.offset + end.length - span.offset;
    m_ranged = true;
  }
  if (span.first == 0) {
    error(span, trf("unexpected \"{}\"", slice(span, span)),
          std::string(tr("a day needs a month: write \"15 березня\"")));
    return false;
  }
  return true;
}

void Combiner::add_deadline(const Item& span) {
  if (span.last_day == 0) {
    return;
  }
  Date d{m_plan_year, span.last, span.last_day};
  if (!m_exact || *m_exact < d) {
    m_exact = d;
  }
}

WhenResult Combiner::run() {
  bool ongoing = false;
  bool unscheduled = false;
  int every = 0;
  bool period_end = false;
  const Item* from = nullptr;
  const Item* until = nullptr;
  for (std::size_t i = 0; i < m_items.size();) {
    const Item& item = m_items[i];
    switch (item.kind) {
      case ItemKind::Point: {
        Item span;
        if (!take_span(i, span)) {
          from = until = nullptr;
          continue;
        }
        int first = until != nullptr ? 1 : span.first;
        // «з березня» alone: from that month to the end of the year.
        int last = from != nullptr && !m_ranged ? 12 : span.last;
        m_months.add(MonthSet::range(first, last));
        add_deadline(span);
        from = until = nullptr;
        continue;
      }
      case ItemKind::Invalid:
        // Already reported; swallow a range it was part of.
        if (is_range_mark(i + 1) && is_point(i + 2)) {
          i += 2;
        }
        from = until = nullptr;
        break;
      case ItemKind::Dash:
      case ItemKind::RangeTo:
        error(item, trf("unexpected \"{}\"", slice(item, item)),
              std::string(tr("a range needs a month before and after the dash")));
        break;
      case ItemKind::From:
        from = &item;
        break;
      case ItemKind::Until:
        until = &item;
        break;
      case ItemKind::Separator:
        break;
      case ItemKind::Ongoing:
        ongoing = true;
        break;
      case ItemKind::Unscheduled:
        unscheduled = true;
        break;
      case ItemKind::Every:
        every = item.every;
        break;
      case ItemKind::PeriodEnd:
        every = item.every;
        period_end = true;
        break;
    }
    if (from != nullptr && from != &item) {
      error(*from, trf("\"{}\" needs a month after it", slice(*from, *from)), "");
      from = nullptr;
    }
    if (until != nullptr && until != &item) {
      error(*until, trf("\"{}\" needs a month or a date after it", slice(*until, *until)), "");
      until = nullptr;
    }
    ++i;
  }
  for (const Item* dangling : {from, until}) {
    if (dangling != nullptr) {
      error(*dangling, trf("\"{}\" needs a month after it", slice(*dangling, *dangling)), "");
    }
  }
  WhenResult result;
  if (!m_errors.empty()) {
    std::stable_sort(m_errors.begin(), m_errors.end(),
                     [](const WhenError& a, const WhenError& b) { return a.offset < b.offset; });
    result.errors = std::move(m_errors);
    return result;
  }
  Schedule s;
  if (every >= 2) {
    int start = m_months.empty() ? (period_end ? every : 1) : m_months.first();
    int end = m_months.empty() ? 12 : m_months.last();
    if (period_end && !m_months.empty()) {
      start = ((start + every - 1) / every) * every;
    }
    MonthSet months;
    for (int m = start; m <= end; m += every) {
      months.add(m);
    }
    s.months = months;
    s.every_months = every;
  } else if (!m_months.empty()) {
    s.months = m_months;
    s.ongoing = ongoing && m_months == MonthSet::all();
  } else if (ongoing || (m_saw_year && !unscheduled)) {
    s.months = MonthSet::all();
    s.ongoing = true;
  } else if (unscheduled) {
    s.unscheduled = true;
  } else {
    result.errors.push_back(
        WhenError{0, m_text.size(), std::string(tr("no months or dates in the timeframe")),
                  std::string(tr("write a month (\"березень\"), a date or \"протягом року\""))});
    return result;
  }
  // A day is the deadline only when nothing is scheduled after its month.
  if (m_exact && !s.months.empty() && m_exact->month == s.months.last()) {
    s.exact_day = m_exact;
  }
  result.schedule = s;
  return result;
}

}  // namespace

namespace {

WhenResult parse(std::string_view text, int plan_year, detail::Mode mode) {
  WhenResult result;
  if (auto bad = text::find_invalid_utf8(text)) {
    result.errors.push_back(
        WhenError{*bad, 1, std::string(tr("invalid UTF-8")), std::string(tr("save the file as UTF-8"))});
    return result;
  }
  if (text.size() > k_max_length) {
    result.errors.push_back(WhenError{
        0, text.size(), trf("timeframe is too long ({} bytes; at most {})", text.size(), k_max_length),
        std::string(tr("put details into another field"))});
    return result;
  }
  std::vector<detail::Token> tokens = detail::tokenize(text);
  if (tokens.empty()) {
    result.errors.push_back(WhenError{0, text.size(), std::string(tr("empty timeframe")),
                                      std::string(tr("write a month, a date or \"протягом року\""))});
    return result;
  }
  detail::ItemList items = detail::parse_items(text, tokens, plan_year, mode);
  return Combiner(text, items, plan_year).run();
}

}  // namespace

WhenResult parse_when(std::string_view text, int plan_year) {
  return parse(text, plan_year, detail::Mode::Timeframe);
}

WhenResult parse_period(std::string_view text, int plan_year) {
  WhenResult result = parse(text, plan_year, detail::Mode::Period);
  if (result.schedule && result.schedule->months.empty()) {
    result.schedule.reset();
    result.errors.push_back(WhenError{0, text.size(), std::string(tr("names no months")),
                                      std::string(tr("write a month, a quarter or a range of months"))});
  }
  return result;
}

}  // namespace lplan::when
