#include "model/fields.hpp"

#include <array>

namespace lplan {

namespace {

FieldValue of(const Text& t) { return FieldValue{!t.empty(), t.value, {}}; }

FieldValue of(const std::optional<Text>& t) {
  return t ? FieldValue{true, t->value, {}} : FieldValue{};
}

FieldValue of(const std::vector<Text>& list) {
  FieldValue v;
  v.present = !list.empty();
  v.items.reserve(list.size());
  for (const auto& t : list) {
    v.items.push_back(t.value);
  }
  return v;
}

FieldValue of(const std::optional<Date>& d) { return d ? FieldValue{true, d->iso(), {}} : FieldValue{}; }

FieldValue of_number(int n) { return n != 0 ? FieldValue{true, std::to_string(n), {}} : FieldValue{}; }

// --- activities ----------------------------------------------------------------

const std::array<ActivityField, 15> k_activity_fields = {{
    {"id", FieldKind::Id, true, false, "id",
     [](Activity& a, LoadedValue&& v) { a.id = std::move(v.text); }, [](const Activity& a) { return of(a.id); }},
    {"goal", FieldKind::Reference, true, true, "goal",
     [](Activity& a, LoadedValue&& v) { a.goal = std::move(v.text); }, [](const Activity& a) { return of(a.goal); }},
    {"title", FieldKind::Line, true, true, "title",
     [](Activity& a, LoadedValue&& v) { a.title = std::move(v.text); },
     [](const Activity& a) { return of(a.title); }},
    {"details", FieldKind::TextList, false, true, "details",
     [](Activity& a, LoadedValue&& v) { a.details = std::move(v.list); },
     [](const Activity& a) { return of(a.details); }},
    {"audience", FieldKind::LineList, false, true, "audience",
     [](Activity& a, LoadedValue&& v) { a.audience = std::move(v.list); },
     [](const Activity& a) { return of(a.audience); }},
    {"when", FieldKind::When, false, true, "when",
     [](Activity& a, LoadedValue&& v) { a.when = std::move(v.text); }, [](const Activity& a) { return of(a.when); }},
    {"due", FieldKind::Date, false, true, "due",
     [](Activity& a, LoadedValue&& v) {
       a.due = v.date;
       a.due_loc = v.loc;
     },
     [](const Activity& a) { return of(a.due); }},
    {"responsible", FieldKind::People, false, true, "responsible",
     [](Activity& a, LoadedValue&& v) { a.responsible = std::move(v.list); },
     [](const Activity& a) { return of(a.responsible); }},
    {"resources", FieldKind::LineList, false, true, "resources",
     [](Activity& a, LoadedValue&& v) { a.resources = std::move(v.list); },
     [](const Activity& a) { return of(a.resources); }},
    {"status", FieldKind::Status, false, true, "status",
     [](Activity& a, LoadedValue&& v) {
       a.status = v.status.value_or(Status::Planned);
       a.status_loc = v.loc;
     },
     [](const Activity& a) {
       return a.status_loc.known() ? FieldValue{true, status_key(a.status), {}} : FieldValue{};
     }},
    {"done", FieldKind::Date, false, true, "done",
     [](Activity& a, LoadedValue&& v) {
       a.done = v.date;
       a.done_loc = v.loc;
     },
     [](const Activity& a) { return of(a.done); }},
    {"outcome", FieldKind::Text, false, true, "outcome",
     [](Activity& a, LoadedValue&& v) { a.outcome = std::move(v.text); },
     [](const Activity& a) { return of(a.outcome); }},
    {"tags", FieldKind::LineList, false, true, "tags",
     [](Activity& a, LoadedValue&& v) { a.tags = std::move(v.list); }, [](const Activity& a) { return of(a.tags); }},
    {"place", FieldKind::Line, false, true, "place",
     [](Activity& a, LoadedValue&& v) { a.place = std::move(v.text); },
     [](const Activity& a) { return of(a.place); }},
    {"notes", FieldKind::Text, false, true, "notes",
     [](Activity& a, LoadedValue&& v) { a.notes = std::move(v.text); },
     [](const Activity& a) { return of(a.notes); }},
}};

// --- the plan ------------------------------------------------------------------

const std::array<PlanField, 9> k_plan_fields = {{
    {"year", FieldKind::Number, true, false, "year",
     [](PlanMeta& m, LoadedValue&& v) {
       m.year = v.number.value_or(0);
       m.year_loc = v.loc;
     },
     [](const PlanMeta& m) { return of_number(m.year); }},
    {"organization", FieldKind::Line, true, false, "organization",
     [](PlanMeta& m, LoadedValue&& v) { m.organization = std::move(v.text); },
     [](const PlanMeta& m) { return of(m.organization); }},
    {"short", FieldKind::Line, false, false, "short",
     [](PlanMeta& m, LoadedValue&& v) { m.short_name = std::move(v.text); },
     [](const PlanMeta& m) { return of(m.short_name); }},
    {"title", FieldKind::Line, false, false, "title",
     [](PlanMeta& m, LoadedValue&& v) { m.title = std::move(v.text); },
     [](const PlanMeta& m) { return of(m.title); }},
    {"head", FieldKind::Line, false, false, "head",
     [](PlanMeta& m, LoadedValue&& v) { m.head = std::move(v.text); },
     [](const PlanMeta& m) { return of(m.head); }},
    {"approved", FieldKind::Date, false, false, "approved",
     [](PlanMeta& m, LoadedValue&& v) {
       m.approved = v.date;
       m.approved_loc = v.loc;
     },
     [](const PlanMeta& m) { return of(m.approved); }},
    {"intro", FieldKind::Text, false, false, "intro",
     [](PlanMeta& m, LoadedValue&& v) { m.intro = std::move(v.text); },
     [](const PlanMeta& m) { return of(m.intro); }},
    {"priorities", FieldKind::TextList, false, false, "priorities",
     [](PlanMeta& m, LoadedValue&& v) { m.priorities = std::move(v.list); },
     [](const PlanMeta& m) { return of(m.priorities); }},
    {"tasks", FieldKind::TextList, false, false, "tasks",
     [](PlanMeta& m, LoadedValue&& v) { m.tasks = std::move(v.list); },
     [](const PlanMeta& m) { return of(m.tasks); }},
}};

// --- directions, goals, people -------------------------------------------------

const std::array<DirectionField, 3> k_direction_fields = {{
    {"id", FieldKind::Id, true, false, "id",
     [](Direction& d, LoadedValue&& v) { d.id = std::move(v.text); },
     [](const Direction& d) { return of(d.id); }},
    {"number", FieldKind::Number, false, false, "number",
     [](Direction& d, LoadedValue&& v) { d.number = v.number.value_or(0); },
     [](const Direction& d) { return of_number(d.number); }},
    {"title", FieldKind::Line, true, false, "title",
     [](Direction& d, LoadedValue&& v) { d.title = std::move(v.text); },
     [](const Direction& d) { return of(d.title); }},
}};

const std::array<GoalField, 4> k_goal_fields = {{
    {"id", FieldKind::Id, true, false, "id", [](Goal& g, LoadedValue&& v) { g.id = std::move(v.text); },
     [](const Goal& g) { return of(g.id); }},
    {"number", FieldKind::Number, false, false, "number",
     [](Goal& g, LoadedValue&& v) { g.number = v.number.value_or(0); },
     [](const Goal& g) { return of_number(g.number); }},
    {"direction", FieldKind::Reference, true, false, "direction",
     [](Goal& g, LoadedValue&& v) { g.direction = std::move(v.text); },
     [](const Goal& g) { return of(g.direction); }},
    {"title", FieldKind::Line, true, false, "title",
     [](Goal& g, LoadedValue&& v) { g.title = std::move(v.text); }, [](const Goal& g) { return of(g.title); }},
}};

const std::array<PersonField, 7> k_person_fields = {{
    {"id", FieldKind::Id, true, false, "id", [](Person& p, LoadedValue&& v) { p.id = std::move(v.text); },
     [](const Person& p) { return of(p.id); }},
    {"kind", FieldKind::PersonKind, false, false, "kind",
     [](Person& p, LoadedValue&& v) { p.kind = v.person_kind.value_or(PersonKind::Person); },
     [](const Person& p) {
       return p.kind == PersonKind::Body ? FieldValue{true, "body", {}} : FieldValue{};
     }},
    {"name", FieldKind::Line, true, false, "name",
     [](Person& p, LoadedValue&& v) { p.name = std::move(v.text); }, [](const Person& p) { return of(p.name); }},
    {"role", FieldKind::Line, false, false, "role",
     [](Person& p, LoadedValue&& v) { p.role = std::move(v.text); }, [](const Person& p) { return of(p.role); }},
    {"aliases", FieldKind::LineList, false, false, "aliases",
     [](Person& p, LoadedValue&& v) { p.aliases = std::move(v.list); },
     [](const Person& p) { return of(p.aliases); }},
    {"members", FieldKind::LineList, false, false, "members",
     [](Person& p, LoadedValue&& v) { p.members = std::move(v.list); },
     [](const Person& p) { return of(p.members); }},
    {"left", FieldKind::Date, false, false, "left",
     [](Person& p, LoadedValue&& v) {
       p.left = v.date;
       p.left_loc = v.loc;
     },
     [](const Person& p) { return of(p.left); }},
}};

}  // namespace

bool is_list_kind(FieldKind kind) {
  return kind == FieldKind::LineList || kind == FieldKind::TextList || kind == FieldKind::People;
}

bool is_one_line_kind(FieldKind kind) { return kind != FieldKind::Text && kind != FieldKind::TextList; }

std::span<const ActivityField> activity_fields() { return k_activity_fields; }
std::span<const PlanField> plan_fields() { return k_plan_fields; }
std::span<const DirectionField> direction_fields() { return k_direction_fields; }
std::span<const GoalField> goal_fields() { return k_goal_fields; }
std::span<const PersonField> person_fields() { return k_person_fields; }

}  // namespace lplan
