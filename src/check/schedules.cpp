// Timeframes: `when` parsed into a Schedule; `due` and `done` checked against it,
// the year and today; the deadline of each activity computed.
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "check/checks.hpp"
#include "diag/messages.hpp"
#include "text/i18n.hpp"
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
    if (a.when_anchor_line != 0) {
      // through an alias: at the alias, saying where the text is
      diags.error(when.loc, Rule::When,
                  messages::when_problem(e.message, e.hint) +
                      trf(" — the value comes through an alias from the anchor at line {}", a.when_anchor_line));
      continue;
    }
    diags.error(inside(when, e.offset), Rule::When, messages::when_problem(e.message, e.hint));
  }
  if (!result.schedule || !result.errors.empty()) {
    a.broken = true;
    return;
  }
  a.schedule = *result.schedule;
  a.schedule_ok = true;
  if (a.schedule.unscheduled) {
    diags.warning(when.loc, Rule::Unscheduled,
                  trf("activity \"{}\" has no months (\"{}\"); reports list it apart", a.id.value,
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

/// The status on `today`: an activity done after that day was not done yet — it was
/// under way when its first scheduled month had begun, else still planned.
Status status_as_of(const Activity& a, int year, Date today) {
  if (a.status != Status::Done || !a.done || today.year == 0 || !(*a.done > today)) {
    return a.status;
  }
  if (today.year > year) {
    return a.status;
  }
  bool started = today.year == year && a.schedule_ok && !a.schedule.months.empty() &&
                 a.schedule.months.first() <= today.month;
  return started || (a.schedule_ok && a.schedule.ongoing && today.year == year) ? Status::InProgress
                                                                               : Status::Planned;
}

}  // namespace

void resolve_schedules(YearPlan& year, const CheckOptions& options, Diagnostics& diags) {
  int y = year.year;
  WhenCache cache;
  for (auto& a : year.activities) {
    if (a.when) {
      parse_when_of(a, y, cache, diags);
    } else if (!a.unreadable_when) {
      diags.warning(a.loc, Rule::NoWhen, trf("activity \"{}\" has no timeframe (when)", a.id.value));
    }
    if (a.due) {
      if (a.due->year != y) {
        diags.error(a.due_loc, Rule::Due, messages::date_outside_year("due", *a.due, y));
        a.broken = true;
      } else if (a.schedule_ok && !a.schedule.months.empty() && !a.schedule.months.contains(a.due->month) &&
                 !a.schedule.ongoing) {
        diags.error(a.due_loc, Rule::Due,
                    trf("due date {} is not in a month the timeframe \"{}\" schedules", a.due->iso(),
                        text::printable(a.when->value)));
        a.broken = true;
      }
    }
    if (a.done) {
      Date real = options.system_today.value_or(options.today);
      if (a.done->year != y) {
        diags.error(a.done_loc, Rule::Done, messages::date_outside_year("done", *a.done, y));
      } else if (real.year != 0 && *a.done > real) {
        diags.error(a.done_loc, Rule::Done, trf("done date {} has not come yet", a.done->iso()));
      }
      if (a.status != Status::Done && !a.unreadable_status) {
        diags.error(a.done_loc, Rule::Status,
                    trf("activity \"{}\" has a done date but its status is {}; write status: done", a.id.value,
                        status_key(a.status)));
      }
    }
    a.deadline = deadline_of(a, y);
    a.status_as_of = status_as_of(a, y, options.today);
  }
}

}  // namespace lplan::check
