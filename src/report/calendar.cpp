#include "report/calendar.hpp"

#include <fmt/format.h>

#include <unordered_map>

#include "text/translit.hpp"

namespace lplan::report {

namespace {

struct Labels {
  const char* deadline;
  const char* responsible;
  const char* audience;
  const char* when;
};

Labels labels(Lang lang) {
  if (lang == Lang::Uk) {
    return {"Термін", "Відповідальні", "Аудиторія", "Терміни"};
  }
  return {"Deadline", "Responsible", "Audience", "When"};
}

std::string joined(const std::vector<Text>& items) {
  std::string out;
  for (const auto& t : items) {
    out += (out.empty() ? "" : "; ") + t.value;
  }
  return out;
}

/// Names of the responsible: the registry's name when the entry resolved, else as written.
std::string responsible_names(const YearPlan& year, const Activity& a) {
  std::string out;
  for (std::size_t i = 0; i < a.responsible.size(); ++i) {
    int person = i < a.responsible_people.size() ? a.responsible_people[i] : -1;
    const std::string& name = person >= 0 && static_cast<std::size_t>(person) < year.people.size()
                                  ? year.people[static_cast<std::size_t>(person)].name.value
                                  : a.responsible[i].value;
    out += (out.empty() ? "" : "; ") + name;
  }
  return out;
}

std::string description(const YearPlan& year, const Activity& a, const Labels& l) {
  std::string out;
  auto line = [&out](const std::string& s) { out += (out.empty() ? "" : "\n") + s; };
  for (const auto& d : a.details) {
    line("– " + d.value);
  }
  if (!a.responsible.empty()) {
    line(fmt::format("{}: {}", l.responsible, responsible_names(year, a)));
  }
  if (!a.audience.empty()) {
    line(fmt::format("{}: {}", l.audience, joined(a.audience)));
  }
  if (a.when) {
    line(fmt::format("{}: {}", l.when, a.when->value));
  }
  return out;
}

/// The day the activity must be finished on, when the plan names one.
std::optional<Date> deadline_day(const Activity& a) {
  if (a.due) {
    return a.due;
  }
  return a.schedule.exact_day;
}

/// `when` names exactly one day and nothing else: the activity happens that day.
bool single_day(const Activity& a) {
  const auto& s = a.schedule;
  return !a.due && s.exact_day && !s.ongoing && s.every_months == 0 &&
         s.months == MonthSet::single(s.exact_day->month);
}

}  // namespace

std::string calendar_slug(const PlanMeta& meta) {
  std::string slug = text::ascii_slug(meta.short_name.value);
  if (slug.empty()) {
    slug = text::ascii_slug(meta.organization.value);
  }
  return slug.empty() ? "lplan" : slug;
}

namespace {

Calendar empty_calendar(const YearPlan& year, Date today) {
  Calendar cal;
  cal.year = year.year;
  cal.stamp = today;
  cal.name = !year.meta.title.empty() ? year.meta.title.value
                                      : fmt::format("{} {}", year.meta.organization.value, year.year);
  return cal;
}

/// The events of one activity, appended to `cal`.
void add_events(Calendar& cal, const YearPlan& year, const Activity& a, const Labels& l,
                const std::string& slug) {
  CalendarEvent base;
  base.summary = a.title.value;
  base.description = description(year, a, l);
  if (a.goal_index >= 0 && static_cast<std::size_t>(a.goal_index) < year.goals.size()) {
    base.category = year.goals[static_cast<std::size_t>(a.goal_index)].title.value;
  }
  base.cancelled = a.status_as_of == Status::Cancelled;
  auto uid = [&](const std::string& n) { return fmt::format("{}-{}-{}@{}", year.year, a.id.value, n, slug); };

  std::optional<Date> deadline = deadline_day(a);
  if (single_day(a)) {
    CalendarEvent e = base;
    e.uid = uid("1");
    e.start = *deadline;
    e.end = deadline->next_day();
    cal.events.push_back(std::move(e));
    return;
  }
  int n = 0;
  for (auto [first, last] : a.schedule.months.runs()) {
    CalendarEvent e = base;
    e.uid = uid(std::to_string(++n));
    e.start = Date{year.year, first, 1};
    e.end = last_day_of_month(year.year, last).next_day();
    cal.events.push_back(std::move(e));
  }
  if (deadline) {
    CalendarEvent e = base;
    e.uid = uid("due");
    e.summary = fmt::format("{}: {}", l.deadline, a.title.value);
    e.start = *deadline;
    e.end = deadline->next_day();
    cal.events.push_back(std::move(e));
  }
}

}  // namespace

Calendar build_calendar(const YearPlan& year, Date today, Lang lang) {
  Labels l = labels(lang);
  Calendar cal = empty_calendar(year, today);
  std::string slug = calendar_slug(year.meta);
  for (const auto& a : year.activities) {
    add_events(cal, year, a, l, slug);
  }
  return cal;
}

Calendar build_calendar(const YearPlan& year, const ActivityList& list, Date today, Lang lang) {
  Labels l = labels(lang);
  Calendar cal = empty_calendar(year, today);
  std::string slug = calendar_slug(year.meta);
  std::unordered_map<std::string_view, const Activity*> by_id;
  for (const auto& a : year.activities) {
    by_id.emplace(a.id.value, &a);
  }
  for (const auto& row : list.rows) {
    if (auto it = by_id.find(row.id); it != by_id.end()) {
      add_events(cal, year, *it->second, l, slug);
    }
  }
  return cal;
}

}  // namespace lplan::report
