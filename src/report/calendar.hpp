// The calendar view (`lplan export --format ics`): the events of one plan year,
// computed once from a checked YearPlan; src/render/ics.* only writes them.
//
// - One all-day event per run of consecutive scheduled months: from the first day
//   of the run's first month to the first day after its last month (exclusive end,
//   as iCalendar wants it). UID `<year>-<activity id>-<n>@<slug>`, n = 1, 2, … in
//   month order.
// - The deadline day (`due`, else the exact day of `when`) as its own one-day
//   event «Термін: …» / «Deadline: …», UID `<year>-<activity id>-due@<slug>`.
//   An event, not an RFC 5545 to-do component: Google Calendar and Outlook drop to-dos on import.
// - An activity that happens on one day (`when: 15 березня`) gets only that
//   one-day event, UID `…-1@…`, without a month-long event around it.
// - Unscheduled activities (no months, no deadline) get no event; cancelled ones
//   keep their events, marked cancelled.
#pragma once

#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/plan.hpp"
#include "report/activity_list.hpp"
#include "text/lang.hpp"

namespace lplan::report {

struct CalendarEvent {
  std::string uid;
  Date start;                ///< the first day
  Date end;                  ///< the day after the last day (exclusive)
  std::string summary;       ///< the activity's title (prefixed for deadline events)
  std::string description;   ///< details, responsible, audience and the `when` text, one per line
  std::string category;      ///< the goal's title; empty when the goal does not resolve
  bool cancelled = false;
};

struct Calendar {
  int year = 0;
  std::string name;   ///< the calendar's display name: the plan's title, else organization + year
  Date stamp;         ///< DTSTAMP of every event: --today, so the output is reproducible
  std::vector<CalendarEvent> events;  ///< in plan order; an activity's runs, then its deadline
};

/// The slug that ends every UID: the plan's short name (else the organization)
/// transliterated to ASCII, «ЛОВ УБА» → "lov-uba"; "lplan" when that leaves nothing.
std::string calendar_slug(const PlanMeta& meta);

/// Every activity of `year`.
Calendar build_calendar(const YearPlan& year, Date today, Lang lang);

/// Exactly the activities of `list` (a `list` or `due` answer, an export with filters),
/// in its order, each with all its events and the same UIDs as the whole year's
/// calendar — so a trainer's calendar and the office's agree event by event.
Calendar build_calendar(const YearPlan& year, const ActivityList& list, Date today, Lang lang);

}  // namespace lplan::report
