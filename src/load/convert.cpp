#include "load/convert.hpp"

#include <fmt/format.h>

#include "load/values.hpp"
#include "text/unicode.hpp"

namespace lplan::load {

namespace {

const std::vector<std::string> k_plan_file_keys = {"plan", "people", "directions", "goals", "activities"};
const std::vector<std::string> k_people_file_keys = {"people"};
const std::vector<std::string> k_plan_keys = {"year", "organization", "short", "title", "head",
                                              "approved", "intro", "priorities", "tasks"};
const std::vector<std::string> k_direction_keys = {"id", "number", "title"};
const std::vector<std::string> k_goal_keys = {"id", "number", "direction", "title"};
const std::vector<std::string> k_person_keys = {"id", "kind", "name", "role", "aliases", "members", "left"};
const std::vector<std::string> k_activity_keys = {
    "id",          "goal",      "title",  "details", "audience", "when", "due",
    "responsible", "resources", "status", "done",    "outcome",  "tags", "place", "notes"};

std::vector<std::string> status_keys() {
  std::vector<std::string> out;
  for (Status s : k_all_statuses) {
    out.emplace_back(status_key(s));
  }
  return out;
}

void set_text(Converter& c, YNode& v, std::string_view key, Lines lines, Text& out) {
  if (auto t = read_text(c, v, key, lines)) {
    out = std::move(*t);
  }
}

Direction convert_direction(Converter& c, YNode& n) {
  Direction d;
  d.loc = c.loc(n);
  auto seen = read_map(c, n, "a direction", k_direction_keys, [&](std::string_view key, const YNode&, YNode& v) {
        if (key == "id") {
          set_text(c, v, key, Lines::One, d.id);
        } else if (key == "number") {
          d.number = read_int(c, v, key).value_or(0);
        } else {
          set_text(c, v, key, Lines::One, d.title);
        }
      });
  if (seen) {
    require(c, n, *seen, "a direction", "id", d.id.empty());
    require(c, n, *seen, "a direction", "title", d.title.empty());
  }
  return d;
}

Goal convert_goal(Converter& c, YNode& n) {
  Goal g;
  g.loc = c.loc(n);
  auto seen = read_map(c, n, "a goal", k_goal_keys, [&](std::string_view key, const YNode&, YNode& v) {
        if (key == "id") {
          set_text(c, v, key, Lines::One, g.id);
        } else if (key == "number") {
          g.number = read_int(c, v, key).value_or(0);
        } else if (key == "direction") {
          set_text(c, v, key, Lines::One, g.direction);
        } else {
          set_text(c, v, key, Lines::One, g.title);
        }
      });
  if (seen) {
    for (auto [key, value] : {std::pair{"id", &g.id}, {"direction", &g.direction}, {"title", &g.title}}) {
      require(c, n, *seen, "a goal", key, value->empty());
    }
  }
  return g;
}

Person convert_person(Converter& c, YNode& n) {
  Person p;
  p.loc = c.loc(n);
  auto seen = read_map(c, n, "a person", k_person_keys, [&](std::string_view key, const YNode&, YNode& v) {
        if (key == "id") {
          set_text(c, v, key, Lines::One, p.id);
        } else if (key == "kind") {
          Text kind;
          set_text(c, v, key, Lines::One, kind);
          if (kind.value == "body") {
            p.kind = PersonKind::Body;
          } else if (!kind.empty() && kind.value != "person") {
            c.diags().error(kind.loc, Rule::Kind,
                            fmt::format("unknown kind \"{}\" — write person or body",
                                        text::printable(kind.value)));
          }
        } else if (key == "name") {
          set_text(c, v, key, Lines::One, p.name);
        } else if (key == "role") {
          set_text(c, v, key, Lines::One, p.role);
        } else if (key == "aliases") {
          p.aliases = read_text_list(c, v, key, Lines::One);
        } else if (key == "members") {
          p.members = read_text_list(c, v, key, Lines::One);
        } else {
          p.left_loc = c.loc(v);
          p.left = read_date(c, v, key);
        }
      });
  if (seen) {
    require(c, n, *seen, "a person", "id", p.id.empty());
    require(c, n, *seen, "a person", "name", p.name.empty());
  }
  return p;
}

void read_status(Converter& c, YNode& v, Activity& a) {
  Text s;
  set_text(c, v, "status", Lines::One, s);
  if (s.empty()) {
    return;
  }
  a.status_loc = s.loc;
  if (auto status = parse_status(s.value)) {
    a.status = *status;
    return;
  }
  auto keys = status_keys();
  auto hint = text::did_you_mean(s.value, keys);
  std::string message = fmt::format("unknown status \"{}\"", text::printable(s.value));
  message += hint ? fmt::format(" — did you mean \"{}\"?", *hint)
                  : fmt::format(" (write one of: {})", fmt::join(keys, ", "));
  c.diags().error(s.loc, Rule::Status, std::move(message));
  a.broken = true;
}

Activity convert_activity(Converter& c, YNode& n) {
  Activity a;
  a.loc = c.loc(n);
  bool swallowed = false;  // an open quote ate the keys after it
  auto seen = read_map(c, n, "an activity", k_activity_keys, [&](std::string_view key, const YNode&, YNode& v) {
        swallowed = swallowed || v.quote_open_on_line;
        if (key == "id") {
          set_text(c, v, key, Lines::One, a.id);
        } else if (key == "goal") {
          set_text(c, v, key, Lines::One, a.goal);
        } else if (key == "title") {
          set_text(c, v, key, Lines::One, a.title);
        } else if (key == "details") {
          a.details = read_text_list(c, v, key, Lines::Many);
        } else if (key == "audience") {
          a.audience = read_text_list(c, v, key, Lines::One);
        } else if (key == "when") {
          if (auto t = read_text(c, v, key, Lines::One)) {
            // Point into the text itself, past an opening quote, so that problems
            // inside it get exact columns.
            if (v.style == '"' || v.style == '\'') {
              t->loc.column += 1;
            }
            a.when = std::move(*t);
          }
        } else if (key == "due") {
          a.due_loc = c.loc(v);
          a.due = read_date(c, v, key);
        } else if (key == "responsible") {
          a.responsible = read_text_list(c, v, key, Lines::One);
        } else if (key == "resources") {
          a.resources = read_text_list(c, v, key, Lines::One);
        } else if (key == "status") {
          read_status(c, v, a);
        } else if (key == "done") {
          a.done_loc = c.loc(v);
          a.done = read_date(c, v, key);
        } else if (key == "outcome") {
          set_text(c, v, key, Lines::Many, a.outcome);
        } else if (key == "tags") {
          a.tags = read_text_list(c, v, key, Lines::One);
        } else if (key == "place") {
          set_text(c, v, key, Lines::One, a.place);
        } else {
          set_text(c, v, key, Lines::Many, a.notes);
        }
      });
  if (!seen) {
    a.broken = true;
    return a;
  }
  for (auto [key, value] : {std::pair{"id", &a.id}, {"goal", &a.goal}, {"title", &a.title}}) {
    if (!require(c, n, *seen, "an activity", key, value->empty())) {
      a.broken = true;
    }
  }
  if (!seen->failed.empty()) {
    a.broken = true;
  }
  // A field written but unreadable is reported as such, not also as absent.
  a.unreadable_when = swallowed || seen->has_failed("when");
  a.unreadable_responsible = swallowed || seen->has_failed("responsible");
  a.unreadable_audience = swallowed || seen->has_failed("audience");
  return a;
}

}  // namespace

void Converter::list_item(const std::string& key, YNode& item, YearPlan& year,
                          std::vector<Person>& shared_people) {
  m_undo_last = nullptr;
  auto push = [this](auto& records, auto&& record) {
    records.push_back(std::forward<decltype(record)>(record));
    m_undo_last = [&records] { records.pop_back(); };
  };
  if (m_role == FileRole::SharedPeople) {
    if (key == "people") {
      push(shared_people, convert_person(*this, item));
    }
    return;
  }
  if (key == "activities") {
    push(year.activities, convert_activity(*this, item));
  } else if (key == "goals") {
    push(year.goals, convert_goal(*this, item));
  } else if (key == "directions") {
    push(year.directions, convert_direction(*this, item));
  } else if (key == "people") {
    push(year.people, convert_person(*this, item));
  }
  // Items of unknown top-level keys are reported once, at the key, by root().
}

void Converter::retract_last_item() {
  if (m_undo_last) {
    m_undo_last();
    m_undo_last = nullptr;
  }
}

void Converter::convert_plan(YNode& n, const YNode& key, YearPlan& year) {
  if (year.has_meta) {
    m_diags.error(loc(key), Rule::DuplicatePlan,
                  fmt::format("\"plan\" is defined twice in year {} (first at {}:{}:{})", year.year,
                              year.meta.loc.path(), int(year.meta.loc.line), int(year.meta.loc.column)));
    return;
  }
  year.has_meta = true;
  PlanMeta& m = year.meta;
  m.loc = loc(key);
  auto seen = read_map(*this, n, "plan", k_plan_keys, [&](std::string_view k, const YNode&, YNode& v) {
    if (k == "year") {
      m.year_loc = loc(v);
      m.year = read_int(*this, v, k).value_or(0);
    } else if (k == "organization") {
      set_text(*this, v, k, Lines::One, m.organization);
    } else if (k == "short") {
      set_text(*this, v, k, Lines::One, m.short_name);
    } else if (k == "title") {
      set_text(*this, v, k, Lines::One, m.title);
    } else if (k == "head") {
      set_text(*this, v, k, Lines::One, m.head);
    } else if (k == "approved") {
      m.approved_loc = loc(v);
      m.approved = read_date(*this, v, k);
    } else if (k == "intro") {
      set_text(*this, v, k, Lines::Many, m.intro);
    } else if (k == "priorities") {
      m.priorities = read_text_list(*this, v, k, Lines::Many);
    } else {
      m.tasks = read_text_list(*this, v, k, Lines::Many);
    }
  });
  if (!seen) {
    return;
  }
  require(*this, n, *seen, "plan", "year", m.year == 0);
  require(*this, n, *seen, "plan", "organization", m.organization.empty());
}

void Converter::root(ParsedDocument& doc, YearPlan& year, std::vector<Person>& shared_people) {
  YNode& r = doc.root;
  if (doc.failed && !r.is_map()) {
    return;  // the parse error says it all
  }
  if (doc.empty || r.is_null()) {
    m_diags.warning(SourceLoc{m_file, 1, 1}, Rule::EmptyFile, "the file holds no plan data");
    return;
  }
  const auto& known = m_role == FileRole::SharedPeople ? k_people_file_keys : k_plan_file_keys;
  std::string what = m_role == FileRole::SharedPeople ? "the people registry (it holds only \"people\")"
                                                      : "a plan file";
  read_map(*this, r, what, known, [&](std::string_view key, const YNode& key_node, YNode& v) {
    if (key == "plan") {
      convert_plan(v, key_node, year);
      return;
    }
    bool streamed = false;
    for (const auto& k : doc.streamed_keys) {
      streamed = streamed || k == key;
    }
    if (streamed || v.is_null()) {
      return;
    }
    if (!v.is_seq()) {
      m_diags.error(loc(v), Rule::Type, fmt::format("\"{}\" must be a list", key));
      return;
    }
    std::string list_key(key);
    for (auto& item : v.items) {
      list_item(list_key, item, year, shared_people);
    }
  });
}

}  // namespace lplan::load
