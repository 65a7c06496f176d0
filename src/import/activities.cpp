#include "import/activities.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "import/cell_text.hpp"
#include "import/people_split.hpp"
#include "text/i18n.hpp"
#include "when/when.hpp"

namespace lplan::import {

namespace {

std::string text_of(const std::vector<Paragraph>& paragraphs) {
  Cell cell;
  cell.paragraphs = paragraphs;
  return cell_text(cell);
}

bool plain_integer(const std::string& s) {
  return !s.empty() && s.size() < 6 && s.find_first_not_of("0123456789") == std::string::npos;
}

std::string anchor_name(Field field, const std::string& id) {
  std::string out = std::string(field_key(field)) + "-";
  for (char c : id) {
    out += (c == '.' || c == ' ') ? '-' : c;
  }
  return out;
}

class Builder {
public:
  Builder(const ColumnMap& columns, Registry& registry, ImportedPlan& plan)
      : m_columns(columns), m_registry(registry), m_plan(plan) {
    m_last_value.assign(columns.columns.size(), -1);
    m_last_text.assign(columns.columns.size(), {});
  }

  void run(const std::vector<RowItem>& items) {
    prepass(items);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const RowItem& item = items[i];
      if (item.kind == RowItem::Kind::Heading) {
        heading(item);
      } else if (item.kind == RowItem::Kind::Activity) {
        activity(static_cast<int>(i), item);
      } else {
        m_plan.unplaced.emplace_back(item.rows.front(), item.text);
      }
    }
  }

private:
  std::string id_text(const RowItem& item) const {
    int col = m_columns.find(Field::Id);
    return col < 0 ? std::string() : text_of(item.cells[static_cast<std::size_t>(col)]);
  }

  /// Numbers that restart in every goal (1, 2, 3 | 1, 2) are positions, not ids.
  void prepass(const std::vector<RowItem>& items) {
    std::set<std::string> integers;
    bool any = false;
    for (const auto& item : items) {
      if (item.kind != RowItem::Kind::Activity) {
        continue;
      }
      if (auto id = id_from_number(id_text(item))) {
        m_source_ids.insert(*id);
        if (plain_integer(*id) && !integers.insert(*id).second) {
          m_restart = true;
        }
        m_integers = m_integers && plain_integer(*id);
        any = true;
      }
    }
    m_integers = m_integers && any;
  }

  int next_number(bool goal) const {
    int n = 0;
    if (goal) {
      for (const auto& g : m_plan.goals) {
        n = std::max(n, g.number);
      }
    } else {
      for (const auto& d : m_plan.directions) {
        n = std::max(n, d.number);
      }
    }
    return n + 1;
  }

  template <typename List>
  static std::string unique_id(const List& list, const std::string& base) {
    std::string id = base;
    for (int n = 2; std::any_of(list.begin(), list.end(), [&](const auto& x) { return x.id == id; }); ++n) {
      id = base + "-" + std::to_string(n);
    }
    return id;
  }

  std::string made_title() const { return m_plan.title.empty() ? std::string(tr("Activities")) : m_plan.title; }

  void ensure_direction(const SourcePos& pos) {
    if (m_direction >= 0) {
      return;
    }
    ImportedDirection d;
    d.number = next_number(false);
    d.id = unique_id(m_plan.directions, "sn" + std::to_string(d.number));
    d.title = made_title();
    m_plan.review.push_back({pos, trf("no direction heading («СН 1 …») above this row: its goals are put in a "
                                      "direction «{}» made for them",
                                      d.title)});
    m_plan.directions.push_back(std::move(d));
    m_direction = static_cast<int>(m_plan.directions.size()) - 1;
  }

  void ensure_goal(const SourcePos& pos) {
    if (m_goal >= 0) {
      return;
    }
    ensure_direction(pos);
    const ImportedDirection& d = m_plan.directions[static_cast<std::size_t>(m_direction)];
    ImportedGoal g;
    g.number = next_number(true);
    g.id = unique_id(m_plan.goals, "goal" + std::to_string(g.number));
    g.direction = d.id;
    g.title = d.heading.empty() ? made_title() : d.title;
    m_plan.review.push_back({pos, trf("no goal heading («Ціль 1 …») above this activity: it is put in a goal «{}» "
                                      "made for it",
                                      g.title)});
    m_plan.goals.push_back(std::move(g));
    m_goal = static_cast<int>(m_plan.goals.size()) - 1;
  }

  void heading(const RowItem& item) {
    const Heading& h = item.heading;
    if (h.kind == Heading::Kind::Direction) {
      ImportedDirection d;
      bool taken = h.number && std::any_of(m_plan.directions.begin(), m_plan.directions.end(),
                                           [&](const auto& x) { return x.number == *h.number; });
      d.number = h.number && !taken ? *h.number : next_number(false);
      d.id = unique_id(m_plan.directions, "sn" + std::to_string(d.number));
      d.title = h.title;
      d.heading = item.text;
      m_plan.directions.push_back(std::move(d));
      m_direction = static_cast<int>(m_plan.directions.size()) - 1;
      m_goal = -1;
      return;
    }
    ensure_direction(item.rows.front());
    ImportedGoal g;
    bool taken = h.number && std::any_of(m_plan.goals.begin(), m_plan.goals.end(),
                                         [&](const auto& x) { return x.number == *h.number; });
    g.number = h.number && !taken ? *h.number : next_number(true);
    g.id = unique_id(m_plan.goals, "goal" + std::to_string(g.number));
    g.direction = m_plan.directions[static_cast<std::size_t>(m_direction)].id;
    g.title = h.title;
    g.heading = item.text;
    m_plan.goals.push_back(std::move(g));
    m_goal = static_cast<int>(m_plan.goals.size()) - 1;
  }

  std::string assign_id(const std::string& raw, const ImportedGoal& goal, const SourcePos& pos, ImportedActivity& a) {
    int position = ++m_position[goal.id];
    std::optional<std::string> candidate = id_from_number(raw);
    if (candidate && m_restart && plain_integer(*candidate)) {
      candidate = std::to_string(goal.number) + "." + *candidate;
    }
    if (candidate && !m_used.count(*candidate)) {
      m_used.insert(*candidate);
      if (plain_integer(*candidate)) {
        m_max_integer = std::max(m_max_integer, std::stoi(*candidate));
      }
      return *candidate;
    }
    std::string id;
    if (m_integers && !m_restart) {
      // The table numbers its rows 1, 2, 3… across goals: the next number.
      int n = m_max_integer;
      do {
        id = std::to_string(++n);
      } while (m_used.count(id) || m_source_ids.count(id));
    } else {
      int n = position;
      id = std::to_string(goal.number) + "." + std::to_string(n);
      while (m_used.count(id) || m_source_ids.count(id)) {
        id = std::to_string(goal.number) + "." + std::to_string(++n);
      }
    }
    m_used.insert(id);
    if (candidate) {
      m_plan.review.push_back({pos, trf("the number «{}» is used twice: this activity gets the id {}", raw, id)});
    } else if (!raw.empty() && !punctuation_only(raw)) {
      m_plan.review.push_back({pos, trf("«{}» in the number column is not an id: the activity gets the id {} "
                                        "(the number is kept in notes)",
                                        raw, id)});
      a.notes += (a.notes.empty() ? "" : "\n") + std::string("№: ") + raw;
    } else if (!raw.empty()) {
      m_plan.review.push_back({pos, trf("«{}» in the number column is not a number: the activity gets the id {}", raw, id)});
    }
    return id;
  }

  void share(ImportedActivity& a, int source, Field field, bool merged) {
    ImportedActivity& s = m_plan.activities[static_cast<std::size_t>(source)];
    switch (field) {
      case Field::Title: a.title = s.title; break;
      case Field::Audience: a.audience = s.audience; break;
      case Field::When: a.when = s.when; break;
      case Field::Responsible: a.responsible = s.responsible; break;
      case Field::Resources: a.resources = s.resources; break;
      case Field::Tags: a.tags = s.tags; break;
      case Field::Place: a.place = s.place; break;
      case Field::Outcome: a.outcome = s.outcome; break;
      default: return;
    }
    Shared& defined = s.shared[field];
    if (defined.anchor.empty()) {
      defined.anchor = anchor_name(field, s.id);
      defined.defines = true;
    }
    a.shared[field] = Shared{defined.anchor, false, merged};
  }

  void assign(ImportedActivity& a, std::size_t col, const std::string& text, const std::vector<Paragraph>& paragraphs,
              const SourcePos& pos) {
    const Column& column = m_columns.columns[col];
    switch (column.field) {
      case Field::Title: {
        TitleParts parts = split_title(paragraphs);
        a.title = parts.title;
        a.details.insert(a.details.begin(), parts.details.begin(), parts.details.end());
        break;
      }
      case Field::Details:
        for (const auto& p : paragraphs) {
          for (std::string line : {one_line(p.text)}) {
            if (std::size_t b = bullet_prefix(line); b > 0) {
              line = line.substr(b);
            }
            if (!line.empty()) {
              a.details.push_back(line);
            }
          }
        }
        break;
      case Field::Audience: {
        auto items = split_list(paragraphs);
        a.audience.insert(a.audience.end(), items.begin(), items.end());
        break;
      }
      case Field::Resources: {
        auto items = split_list(paragraphs);
        a.resources.insert(a.resources.end(), items.begin(), items.end());
        break;
      }
      case Field::Tags: {
        auto items = split_list(paragraphs);
        a.tags.insert(a.tags.end(), items.begin(), items.end());
        break;
      }
      case Field::When:
        if (!a.when) {
          a.when = one_line(text);
        }
        break;
      case Field::Responsible:
        for (const auto& m : split_responsible(text)) {
          std::string id = m_registry.resolve(m, pos, m_plan.review);
          if (std::find(a.responsible.begin(), a.responsible.end(), id) == a.responsible.end()) {
            a.responsible.push_back(id);
          }
        }
        break;
      case Field::Place:
        a.place += (a.place.empty() ? "" : "; ") + one_line(text);
        break;
      case Field::Outcome:
        a.outcome += (a.outcome.empty() ? "" : "\n") + text;
        break;
      case Field::Id:
        break;
      case Field::Notes: {
        std::string header = column.header.empty() ? trf("column {}", col + 1) : column.header;
        a.notes += (a.notes.empty() ? "" : "\n") + header + ": " + text;
        break;
      }
    }
  }

  void activity(int index, const RowItem& item) {
    const SourcePos& pos = item.rows.front();
    ensure_goal(pos);
    const ImportedGoal& goal = m_plan.goals[static_cast<std::size_t>(m_goal)];
    ImportedActivity a;
    a.goal = goal.id;
    a.rows = item.rows;
    a.id = assign_id(id_text(item), goal, pos, a);
    int self = static_cast<int>(m_plan.activities.size());
    int id_col = m_columns.find(Field::Id);
    for (std::size_t c = 0; c < item.cells.size(); ++c) {
      if (static_cast<int>(c) == id_col || item.cells[c].empty()) {
        continue;
      }
      std::string text = text_of(item.cells[c]);
      if (text.empty()) {
        continue;
      }
      const Column& column = m_columns.columns[c];
      if (punctuation_only(text) && !is_ditto(text)) {
        m_plan.review.push_back({pos, trf("«{}» in column «{}» says nothing: left out", text,
                                          column.header.empty() ? std::to_string(c + 1) : column.header)});
        continue;
      }
      int source = -1;
      bool merged = false;
      if (item.merged_from[c] >= 0) {
        auto it = m_activity_of_item.find(item.merged_from[c]);
        source = it == m_activity_of_item.end() ? -1 : it->second;
        merged = source >= 0;
      } else if (is_ditto(text)) {
        source = m_last_value[c];
        if (source < 0) {
          m_plan.review.push_back({pos, trf("«{}» repeats the cell above, but there is none: kept as written", text)});
        } else if (column.field == Field::Notes || column.field == Field::Details) {
          text = m_last_text[c];
          source = -1;
        }
      }
      if (source >= 0 && column.field != Field::Notes && column.field != Field::Details) {
        share(a, source, column.field, merged);
        continue;
      }
      assign(a, c, text, item.cells[c], pos);
      m_last_value[c] = self;
      m_last_text[c] = text;
    }
    if (a.title.empty() && !a.details.empty()) {
      a.title = a.details.front();
      a.details.erase(a.details.begin());
    }
    if (a.when) {
      auto parsed = when::parse_when(*a.when, m_plan.year);
      if (!parsed.schedule && !parsed.errors.empty()) {
        const auto& e = parsed.errors.front();
        m_plan.review.push_back({pos, trf("timeframe «{}» is not understood: {}", *a.when,
                                          e.hint.empty() ? e.message : e.message + " — " + e.hint)});
      }
    }
    m_activity_of_item[index] = self;
    m_plan.activities.push_back(std::move(a));
  }

  const ColumnMap& m_columns;
  Registry& m_registry;
  ImportedPlan& m_plan;
  int m_direction = -1;
  int m_goal = -1;
  std::map<int, int> m_activity_of_item;
  std::vector<int> m_last_value;
  std::vector<std::string> m_last_text;
  std::set<std::string> m_used;
  std::set<std::string> m_source_ids;
  std::map<std::string, int> m_position;
  bool m_restart = false;
  bool m_integers = true;  ///< every number of the table is a plain integer
  int m_max_integer = 0;
};

}  // namespace

void build_activities(const std::vector<RowItem>& items, const ColumnMap& columns, Registry& registry,
                      ImportedPlan& plan) {
  Builder builder(columns, registry, plan);
  builder.run(items);
}

}  // namespace lplan::import
