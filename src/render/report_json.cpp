// The year report as JSON: stable, language-neutral keys; dates ISO; statuses by key.
#include <fmt/format.h>

#include "render/json_writer.hpp"
#include "render/report_render.hpp"

namespace lplan::render {

namespace {

const char* kind_key(report::TimelineKind kind) {
  switch (kind) {
    case report::TimelineKind::Months: return "months";
    case report::TimelineKind::Ongoing: return "ongoing";
    case report::TimelineKind::Unscheduled: return "unscheduled";
    case report::TimelineKind::NoWhen: return "no-when";
  }
  return "";
}

void date_field(JsonWriter& w, std::string_view key, const std::optional<Date>& date) {
  if (date) {
    w.field(key, date->iso());
  } else {
    w.field_null(key);
  }
}

void counts(JsonWriter& w, const report::GroupCount& g) {
  w.field("id", g.id);
  w.field("number", g.number);
  w.field("title", g.title);
  w.field("activities", g.activities);
  w.field("done", g.done);
  w.field("overdue", g.overdue);
}

void line_fields(JsonWriter& w, const report::ActivityLine& a) {
  w.field("id", a.id);
  w.field("title", a.title);
  w.field("when", a.when);
  w.field("kind", kind_key(a.kind));
  w.key("months");
  w.begin_array();
  for (int m : a.months.months()) {
    w.value(m);
  }
  w.end_array();
  date_field(w, "deadline", a.deadline);
  w.field("status", status_key(a.status));
  w.field("overdue", a.overdue);
}

void id_list(JsonWriter& w, std::string_view key, const std::vector<report::ActivityLine>& lines) {
  w.key(key);
  w.begin_array();
  for (const auto& a : lines) {
    w.value(a.id);
  }
  w.end_array();
}

void activity(JsonWriter& w, const report::ActivityDetail& a) {
  w.begin_object();
  line_fields(w, a.line);
  w.string_array("responsible", a.responsible);
  w.string_array("audience", a.audience);
  w.string_array("resources", a.resources);
  w.string_array("details", a.details);
  date_field(w, "done", a.done);
  w.field("outcome", a.outcome);
  w.end_object();
}

}  // namespace

void report_json(const report::YearReport& r, std::ostream& out) {
  JsonWriter w(out);
  report_json_object(w, r);
  w.finish();
}

void report_json_object(JsonWriter& w, const report::YearReport& r) {
  w.begin_object();
  w.field("year", r.header.year);
  w.field("organization", r.header.organization);
  w.field("short", r.header.short_name);
  w.field("title", r.header.title);
  w.field("head", r.header.head);
  w.field("today", r.header.today.iso());
  w.field("total", r.total);
  w.key("statuses");
  w.begin_object();
  for (std::size_t i = 0; i < r.by_status.size(); ++i) {
    w.field(status_key(k_all_statuses[i]), r.by_status[i]);
  }
  w.end_object();
  w.field("done", r.done);
  w.field("percent_done", r.percent_done);
  w.field("overdue", r.overdue);
  w.key("months");
  w.begin_array();
  for (const auto& m : r.months) {
    w.begin_object();
    w.field("month", m.month);
    w.field("scheduled", m.scheduled);
    w.field("deadlines", m.deadlines);
    w.end_object();
  }
  w.end_array();
  w.key("responsible");
  w.begin_array();
  for (const auto& p : r.responsible) {
    w.begin_object();
    w.field("id", p.id);
    w.field("name", p.name);
    w.field("activities", p.activities);
    w.field("deadlines", p.deadlines);
    w.field("busiest_month", p.busiest_month);
    w.field("busiest_count", p.busiest_count);
    w.end_object();
  }
  w.end_array();
  id_list(w, "overdue_list", r.overdue_list);
  id_list(w, "unassigned", r.unassigned);
  id_list(w, "unscheduled", r.unscheduled);
  w.string_array("priorities", r.priorities);
  w.string_array("tasks", r.tasks);
  w.key("directions");
  w.begin_array();
  for (const auto& s : r.sections) {
    w.begin_object();
    counts(w, s.direction);
    w.key("goals");
    w.begin_array();
    for (const auto& g : s.goals) {
      w.begin_object();
      counts(w, g.goal);
      w.key("activities_in_full");
      w.begin_array();
      for (const auto& a : g.activities) {
        activity(w, a);
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("timeline");
  w.begin_array();
  for (const auto& a : r.timeline) {
    w.begin_object();
    line_fields(w, a);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace lplan::render
