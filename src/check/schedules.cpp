// Timeframes: `when` parsed into a Schedule; `due` and `done` checked against it,
// the year and today; the deadline of each activity computed.
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "check/checks.hpp"
#include "text/unicode.hpp"
#include "when/when.hpp"

namespace lplan::check {

namespace {

SourceLoc inside(const Text& when, std::size_t offset) {
  SourceLoc at = when.loc;
  std::string_view before = std::string_view(when.value).substr(0, std::min(offset, when.value.size()));
  at.column += static_cast<int>(text::char_count(before));
  return at;
}

/// Plans repeat the same few timeframes; each distinct text is parsed once.
using WhenCache = std::unordered_map<std::string, when::WhenResult>;

void parse_when_of(Activity& a, int year, WhenCache& cache, Diagnostics& diags) {
  const Text& when = *a.when;
  auto it = cache.find(when.value);
  if (it == cache.end()) {
    it = cache.emplace(when.value, when::parse_when(when.value, year)).first;
  }
  const when::WhenResult& result = it->second;
  for (const auto& e : result.errors) {
    std::string message = e.message + " in when";
    if (!e.hint.empty()) {
      message += " — " + e.hint;
    }
    diags.error(inside(when, e.offset), Rule::When, std::move(message));
  }
  if (!result.schedule || !result.errors.empty()) {
    a.broken = true;
    return;
  }
  a.schedule = *result.schedule;
  a.schedule_ok = true;
  if (a.schedule.unscheduled) {
    diags.warning(when.loc, Rule::Unscheduled,
                  fmt::format("activity \"{}\" has no months (\"{}\"); reports list it apart", a.id.value,
                              text::printable(when.value)));
  }
}

std::optional<Date> deadline_of(const Activity& a, int year) {
  if (a.due) {
    return a.due;
  }
  if (!a.schedule_ok) {
    return std::nullopt;
  }
  if (a.schedule.exact_day) {
    return a.schedule.exact_day;
  }
  if (a.schedule.months.empty()) {
    return std::nullopt;
  }
  return last_day_of_month(year, a.schedule.months.last());
}

}  // namespace

void resolve_schedules(YearPlan& year, const CheckOptions& options, Diagnostics& diags) {
  int y = year.year;
  WhenCache cache;
  for (auto& a : year.activities) {
    if (a.when) {
      parse_when_of(a, y, cache, diags);
    } else if (!a.unreadable_when) {
      diags.warning(a.loc, Rule::NoWhen, fmt::format("activity \"{}\" has no timeframe (when)", a.id.value));
    }
    if (a.due) {
      if (a.due->year != y) {
        diags.error(a.due_loc, Rule::Due, fmt::format("due date {} is outside the plan year {}", a.due->iso(), y));
        a.broken = true;
      } else if (a.schedule_ok && !a.schedule.months.empty() && !a.schedule.months.contains(a.due->month) &&
                 !a.schedule.ongoing) {
        diags.error(a.due_loc, Rule::Due,
                    fmt::format("due date {} is not in a month the timeframe \"{}\" schedules", a.due->iso(),
                                text::printable(a.when->value)));
        a.broken = true;
      }
    }
    if (a.done) {
      if (a.done->year != y) {
        diags.error(a.done_loc, Rule::Done, fmt::format("done date {} is outside the plan year {}", a.done->iso(), y));
      } else if (options.today.year != 0 && *a.done > options.today) {
        diags.error(a.done_loc, Rule::Done,
                    fmt::format("done date {} is after today ({})", a.done->iso(), options.today.iso()));
      }
      if (a.status != Status::Done) {
        diags.error(a.done_loc, Rule::Status,
                    fmt::format("activity \"{}\" has a done date but its status is {}; write status: done",
                                a.id.value, status_key(a.status)));
      }
    }
    a.deadline = deadline_of(a, y);
  }
}

}  // namespace lplan::check
