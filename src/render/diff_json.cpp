// `lplan diff --format json`: DESIGN §10's shape — {"from", "to", "years": [{"year",
// "added", "removed", "renumbered", "changed"}], "plan", "people"} — with activities as
// `list --format json` writes them.
#include <charconv>

#include "render/activity_list_render.hpp"
#include "render/diff_render.hpp"
#include "render/json_writer.hpp"

namespace lplan::render {

namespace {

void field_value(JsonWriter& json, const diff::FieldChange& c, const FieldValue& v) {
  if (c.field == "months") {
    json.begin_array();
    for (const auto& m : v.items) {
      int month = 0;
      std::from_chars(m.data(), m.data() + m.size(), month);
      json.value(month);
    }
    json.end_array();
  } else if (is_list_kind(c.kind)) {
    json.begin_array();
    for (const auto& item : v.items) {
      json.value(item);
    }
    json.end_array();
  } else if (!v.present && v.text.empty()) {
    json.null();
  } else if (long long n = 0; c.kind == FieldKind::Number &&
                              std::from_chars(v.text.data(), v.text.data() + v.text.size(), n).ptr ==
                                  v.text.data() + v.text.size()) {
    json.value(n);
  } else {
    json.value(v.text);
  }
}

void fields_object(JsonWriter& json, const std::vector<diff::FieldChange>& fields) {
  json.key("fields");
  json.begin_object();
  for (const auto& f : fields) {
    json.key(f.field);
    json.begin_object();
    json.key("from");
    field_value(json, f, f.from);
    json.key("to");
    field_value(json, f, f.to);
    json.end_object();
  }
  json.end_object();
}

void records(JsonWriter& json, std::string_view key, std::string_view title_key,
             const std::vector<diff::RecordChange>& list) {
  json.key(key);
  json.begin_object();
  for (auto kind : {diff::RecordChange::Kind::Added, diff::RecordChange::Kind::Removed,
                    diff::RecordChange::Kind::Changed}) {
    json.key(kind == diff::RecordChange::Kind::Added     ? "added"
             : kind == diff::RecordChange::Kind::Removed ? "removed"
                                                         : "changed");
    json.begin_array();
    for (const auto& r : list) {
      if (r.kind != kind) {
        continue;
      }
      json.begin_object();
      json.field("id", r.id);
      json.field(title_key, r.title);
      if (kind == diff::RecordChange::Kind::Changed) {
        fields_object(json, r.fields);
      }
      json.end_object();
    }
    json.end_array();
  }
  json.end_object();
}

const char* presence_key(diff::YearDiff::Presence p) {
  switch (p) {
    case diff::YearDiff::Presence::Added:
      return "added";
    case diff::YearDiff::Presence::Removed:
      return "removed";
    case diff::YearDiff::Presence::Both:
      break;
  }
  return "changed";
}

}  // namespace

void diff_json(const diff::PlanDiff& d, std::ostream& out) {
  JsonWriter json(out);
  json.begin_object();
  json.field("from", d.from);
  json.field("to", d.to);
  json.field("from_commit", d.from_commit);
  if (d.to_commit.empty()) {
    json.field_null("to_commit");
  } else {
    json.field("to_commit", d.to_commit);
  }
  json.field("changed", !d.empty());
  json.key("years");
  json.begin_array();
  for (const auto& y : d.years) {
    if (y.empty()) {
      continue;
    }
    json.begin_object();
    json.field("year", y.year);
    json.field("state", presence_key(y.presence));
    json.key("added");
    json.begin_array();
    for (const auto& row : y.added) {
      activity_json(json, row, report::ListKind::List);
    }
    json.end_array();
    json.key("removed");
    json.begin_array();
    for (const auto& row : y.removed) {
      activity_json(json, row, report::ListKind::List);
    }
    json.end_array();
    json.key("renumbered");
    json.begin_array();
    for (const auto& r : y.renumbered) {
      json.begin_object();
      json.field("from", r.from);
      json.field("to", r.to);
      json.field("title", r.title);
      json.end_object();
    }
    json.end_array();
    json.key("changed");
    json.begin_array();
    for (const auto& a : y.changed) {
      json.begin_object();
      json.field("id", a.id);
      json.field("goal", a.goal);
      json.field("title", a.title);
      fields_object(json, a.fields);
      json.key("via");
      json.begin_object();
      for (const auto& f : a.fields) {
        if (!f.via.empty()) {
          json.field(f.field, "&" + f.via);
        }
      }
      json.end_object();
      json.end_object();
    }
    json.end_array();
    records(json, "directions", "title", y.directions);
    records(json, "goals", "title", y.goals);
    records(json, "people", "name", y.people);
    json.end_object();
  }
  json.end_array();
  // The fields of `plan:`, per year.
  json.key("plan");
  json.begin_object();
  for (const auto& y : d.years) {
    if (!y.plan.empty()) {
      json.key(std::to_string(y.year));
      json.begin_object();
      fields_object(json, y.plan);
      json.end_object();
    }
  }
  json.end_object();
  records(json, "people", "name", d.people);
  json.key("errors");
  json.begin_object();
  for (const auto& e : d.errors) {
    json.key(e.revision);
    json.begin_array();
    for (const auto& diag : e.errors) {
      json.begin_object();
      json.field("file", diag.file);
      json.field("line", diag.line);
      json.field("column", diag.column);
      json.field("severity", diag.severity == Severity::Error ? "error" : "warning");
      json.field("message", diag.message);
      json.field("rule", rule_name(diag.rule));
      json.end_object();
    }
    json.end_array();
  }
  json.end_object();
  json.end_object();
  json.finish();
}

}  // namespace lplan::render
