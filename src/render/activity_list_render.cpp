#include "render/activity_list_render.hpp"

#include <fmt/format.h>

#include "render/csv.hpp"
#include "render/json_writer.hpp"
#include "render/labels.hpp"
#include "render/markdown.hpp"
#include "render/period_words.hpp"
#include "render/table.hpp"
#include "report/list_columns.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::render {

using report::ActivityList;
using report::ActivityRow;
using report::Group;
using report::ListKind;

namespace {

std::string names(const std::vector<report::PersonRef>& people, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < people.size(); ++i) {
    out += (i > 0 ? std::string(sep) : std::string()) + people[i].name;
  }
  return out;
}

/// The responsible, and the bodies --responsible found the activity through:
/// «Тренери РТЦ (через Тренери РТЦ)» / "… (via Тренери РТЦ)".
std::string responsible_cell(const ActivityRow& row, Lang lang) {
  std::string out = names(row.responsible, ", ");
  if (!row.via.empty()) {
    out += (out.empty() ? "" : " ") + trf_in(lang, "(via {})", names(row.via, ", "));
  }
  return out;
}

std::string deadline_text(const ActivityRow& row) {
  return row.deadline ? row.deadline->iso() : "";
}

/// The deadline in a terminal table, short: the header line already names the year.
std::string short_deadline_text(const ActivityRow& row, Lang lang) {
  if (!row.deadline) {
    return "";
  }
  const Date& d = *row.deadline;
  return lang == Lang::Uk ? fmt::format("{:02}.{:02}", d.day, d.month)
                          : fmt::format("{} {}", month_short(d.month, lang), d.day);
}

std::string header_line(const ActivityList& list, Lang lang) {
  std::string head =
      fmt::format(fmt::runtime(label(Label::PlanHeader, lang)), list.organization_short, list.year);
  if (list.kind == ListKind::Overdue && list.as_of) {
    return head + ": " + fmt::format(fmt::runtime(label(Label::OverdueAsOf, lang)), list.as_of->iso());
  }
  if (list.months) {
    return head + ": " +
           fmt::format(fmt::runtime(label(Label::DueMonth, lang)), period_name(*list.months, lang), list.year);
  }
  return head;
}

std::string group_title(Group group, const MonthSet& period, Lang lang) {
  switch (group) {
    case Group::Deadline:
      return fmt::format(fmt::runtime(label(Label::GroupDeadline, lang)), period_locative(period, lang));
    case Group::Scheduled:
      return fmt::format(fmt::runtime(label(Label::GroupScheduled, lang)), period_name(period, lang));
    case Group::Ongoing:
      return std::string(label(Label::GroupOngoing, lang));
  }
  return "";
}

std::string empty_sentence(const ActivityList& list, Lang lang) {
  switch (list.kind) {
    case ListKind::Due:
      return fmt::format(fmt::runtime(label(Label::NothingDue, lang)),
                         period_name(list.months.value_or(MonthSet::single(1)), lang));
    case ListKind::Overdue:
      return std::string(label(Label::NothingOverdue, lang));
    case ListKind::List:
      return std::string(label(Label::NothingMatches, lang));
  }
  return "";
}

/// Group boundaries: [begin, end) runs of rows with one group (one run for non-due lists).
template <typename F>
void for_each_run(const ActivityList& list, F&& f) {
  std::size_t begin = 0;
  while (begin < list.rows.size()) {
    std::size_t end = begin + 1;
    while (list.kind == ListKind::Due && end < list.rows.size() &&
           list.rows[end].group == list.rows[begin].group) {
      ++end;
    }
    if (list.kind != ListKind::Due) {
      end = list.rows.size();
    }
    f(begin, end);
    begin = end;
  }
}

fmt::text_style status_style(Status s, bool color) {
  if (!color) {
    return {};
  }
  switch (s) {
    case Status::InProgress:
      return fmt::fg(fmt::terminal_color::yellow);
    case Status::Done:
      return fmt::fg(fmt::terminal_color::green);
    case Status::Cancelled:
      return fmt::emphasis::faint;
    case Status::Postponed:
      return fmt::fg(fmt::terminal_color::magenta);
    case Status::Planned:
      return {};
  }
  return {};
}

Table make_text_table(Lang lang, bool several_organizations) {
  std::vector<Column> columns;
  if (several_organizations) {
    columns.push_back(Column{std::string(label(Label::ColOrganization, lang)), Align::Left, false});
  }
  std::vector<Column> rest{
      Column{std::string(label(Label::ColId, lang)), Align::Left, false},
      Column{std::string(label(Label::ColTitle, lang)), Align::Left, true, 2, 10},
      Column{std::string(label(Label::ColWhen, lang)), Align::Left, true, 1, 6},
      Column{std::string(label(Label::ColResponsible, lang)), Align::Left, true, 1, 6},
      Column{std::string(label(Label::ColStatus, lang)), Align::Left, false},
      Column{std::string(label(Label::ColDeadline, lang)), Align::Left, false},
  };
  columns.insert(columns.end(), rest.begin(), rest.end());
  return Table(std::move(columns));
}

/// The organization cell in front of a row's cells, when the list has one.
template <typename T>
std::vector<T> with_organization(const ActivityList& list, std::vector<T> cells, T org) {
  if (list.several_organizations) {
    cells.insert(cells.begin(), std::move(org));
  }
  return cells;
}

}  // namespace

void activity_list_text(const ActivityList& list, const TextOptions& o, std::ostream& out) {
  fmt::text_style bold = o.color ? fmt::emphasis::bold : fmt::text_style{};
  fmt::text_style late =
      o.color && list.kind == ListKind::Overdue ? fmt::fg(fmt::terminal_color::red) : fmt::text_style{};
  out << styled(text::printable(header_line(list, o.lang)), bold) << '\n';
  if (list.rows.empty()) {
    out << '\n' << empty_sentence(list, o.lang) << '\n';
    return;
  }
  Table table = make_text_table(o.lang, list.several_organizations);
  for (std::size_t i = 0; i < list.rows.size(); ++i) {
    const ActivityRow& row = list.rows[i];
    if (list.kind == ListKind::Due && (i == 0 || list.rows[i - 1].group != row.group)) {
      table.add_section(group_title(row.group, list.months.value_or(MonthSet::single(1)), o.lang), bold);
    }
    table.add_row(with_organization<std::string>(list,
                                                 {row.id, row.title, row.when.value_or(""), responsible_cell(row, o.lang),
                                                  std::string(status_label(row.status, o.lang)),
                                                  short_deadline_text(row, o.lang)},
                                                 row.organization),
                  with_organization<fmt::text_style>(list, {{}, {}, {}, {}, status_style(row.status, o.color), late},
                                                     {}));
  }
  out << '\n';
  table.render(out, o.width, bold, o.wrap ? Overflow::Wrap : Overflow::Cut);
  out << '\n' << fmt::format(fmt::runtime(label(Label::ActivityCount, o.lang)), list.rows.size()) << '\n';
}

void activity_list_markdown(const ActivityList& list, Lang lang, std::ostream& out) {
  out << "# " << md_inline(header_line(list, lang)) << "\n\n";
  if (list.rows.empty()) {
    out << md_inline(empty_sentence(list, lang)) << '\n';
    return;
  }
  for_each_run(list, [&](std::size_t begin, std::size_t end) {
    if (list.kind == ListKind::Due) {
      out << "## "
          << md_inline(group_title(list.rows[begin].group, list.months.value_or(MonthSet::single(1)), lang))
          << "\n\n";
    }
    std::vector<std::string> headers{std::string(label(Label::ColId, lang)), std::string(label(Label::ColTitle, lang)),
                                     std::string(label(Label::ColWhen, lang)),
                                     std::string(label(Label::ColResponsible, lang)),
                                     std::string(label(Label::ColStatus, lang)),
                                     std::string(label(Label::ColDeadline, lang))};
    if (list.several_organizations) {
      headers.insert(headers.begin(), std::string(label(Label::ColOrganization, lang)));
    }
    MdTable table(std::move(headers));
    for (std::size_t i = begin; i < end; ++i) {
      const ActivityRow& row = list.rows[i];
      table.add_row(with_organization<std::string>(list,
                                                   {row.id, row.title, row.when.value_or(""), responsible_cell(row, lang),
                                                    std::string(status_label(row.status, lang)), deadline_text(row)},
                                                   row.organization));
    }
    table.render(out);
    out << '\n';
  });
  out << fmt::format(fmt::runtime(label(Label::ActivityCount, lang)), list.rows.size()) << '\n';
}

namespace {

/// The value of a stored field for a CSV cell: lists joined with "; ".
std::string csv_cell(const report::ListColumn& column, const ActivityRow& row) {
  const FieldValue& v = row.fields[column.field_index];
  if (is_list_kind(column.field->kind)) {
    return CsvWriter::join(v.items);
  }
  if (column.field->kind == FieldKind::Status) {
    return status_key(row.status_value);
  }
  return v.text;
}

}  // namespace

void activity_list_csv(const ActivityList& list, bool bom, std::ostream& out) {
  CsvWriter csv(out, bom);
  bool due = list.kind == ListKind::Due;
  std::vector<std::string> header;
  if (list.several_organizations) {
    header.emplace_back("organization");
  }
  for (const auto& c : report::list_columns()) {
    if (c.computed == report::Computed::Group && !due) {
      continue;
    }
    header.emplace_back(c.name);
    if (c.computed == report::Computed::Responsible) {
      header.emplace_back("responsible_ids");
    }
    if (c.computed == report::Computed::Via) {
      header.emplace_back("via_ids");
    }
  }
  csv.row(header);
  for (const auto& row : list.rows) {
    std::vector<std::string> fields;
    if (list.several_organizations) {
      fields.push_back(row.organization);
    }
    for (const auto& c : report::list_columns()) {
      switch (c.computed) {
        case report::Computed::None:
          fields.push_back(csv_cell(c, row));
          break;
        case report::Computed::Direction: fields.push_back(row.direction_id); break;
        case report::Computed::DirectionTitle: fields.push_back(row.direction_title); break;
        case report::Computed::GoalTitle: fields.push_back(row.goal_title); break;
        case report::Computed::Months: {
          std::vector<std::string> months;
          for (int m : row.months) {
            months.push_back(std::to_string(m));
          }
          fields.push_back(CsvWriter::join(months));
          break;
        }
        case report::Computed::Deadline: fields.push_back(deadline_text(row)); break;
        case report::Computed::Ongoing: fields.push_back(row.ongoing ? "true" : "false"); break;
        case report::Computed::Responsible: {
          std::vector<std::string> people;
          std::vector<std::string> ids;
          for (const auto& p : row.responsible) {
            people.push_back(p.name);
            ids.push_back(p.id);
          }
          fields.push_back(CsvWriter::join(people));
          fields.push_back(CsvWriter::join(ids));
          break;
        }
        case report::Computed::Via: {
          std::vector<std::string> bodies;
          std::vector<std::string> ids;
          for (const auto& p : row.via) {
            bodies.push_back(p.name);
            ids.push_back(p.id);
          }
          fields.push_back(CsvWriter::join(bodies));
          fields.push_back(CsvWriter::join(ids));
          break;
        }
        case report::Computed::Group:
          if (due) {
            fields.push_back(report::group_key(row.group));
          }
          break;
      }
    }
    csv.row(fields);
  }
}

namespace {

/// A stored field as JSON: text or null, a list as an array, a status as its key.
void json_field(JsonWriter& json, const report::ListColumn& column, const ActivityRow& row) {
  const FieldValue& v = row.fields[column.field_index];
  std::string_view key = column.name;
  if (is_list_kind(column.field->kind)) {
    json.string_array(key, v.items);
  } else if (column.field->kind == FieldKind::Status) {
    json.field(key, status_key(row.status_value));
  } else if (v.present) {
    json.field(key, v.text);
  } else {
    json.field_null(key);
  }
}

}  // namespace

void activity_json(JsonWriter& json, const ActivityRow& row, ListKind kind) {
  json.begin_object();
  if (!row.organization.empty()) {
    json.field("organization", row.organization);
  }
  for (const auto& c : report::list_columns()) {
    switch (c.computed) {
      case report::Computed::None: json_field(json, c, row); break;
      case report::Computed::Direction: json.field("direction", row.direction_id); break;
      case report::Computed::DirectionTitle: json.field("direction_title", row.direction_title); break;
      case report::Computed::GoalTitle: json.field("goal_title", row.goal_title); break;
      case report::Computed::Months:
        json.key("months");
        json.begin_array();
        for (int m : row.months) {
          json.value(m);
        }
        json.end_array();
        break;
      case report::Computed::Deadline:
        if (row.deadline) {
          json.field("deadline", row.deadline->iso());
        } else {
          json.field_null("deadline");
        }
        break;
      case report::Computed::Ongoing: json.field("ongoing", row.ongoing); break;
      case report::Computed::Responsible:
        json.key("responsible");
        json.begin_array();
        for (const auto& p : row.responsible) {
          json.begin_object();
          if (p.id.empty()) {
            json.field_null("id");
          } else {
            json.field("id", p.id);
          }
          json.field("name", p.name);
          json.end_object();
        }
        json.end_array();
        break;
      case report::Computed::Via:
        json.key("via");
        json.begin_array();
        for (const auto& p : row.via) {
          json.begin_object();
          json.field("id", p.id);
          json.field("name", p.name);
          json.end_object();
        }
        json.end_array();
        break;
      case report::Computed::Group:
        if (kind == ListKind::Due) {
          json.field("group", report::group_key(row.group));
        }
        break;
    }
  }
  json.end_object();
}

void activity_list_json(const ActivityList& list, std::ostream& out) {
  JsonWriter json(out);
  json.begin_object();
  json.field("year", list.year);
  json.field("organization", list.organization);
  if (list.kind == ListKind::Due && list.months) {
    if (list.months->count() == 1) {
      json.field("month", list.months->first());
    }
    json.key("months");
    json.begin_array();
    for (int m : list.months->months()) {
      json.value(m);
    }
    json.end_array();
  }
  if (list.kind == ListKind::Overdue && list.as_of) {
    json.field("as_of", list.as_of->iso());
  }
  json.key("activities");
  json.begin_array();
  for (const auto& row : list.rows) {
    activity_json(json, row, list.kind);
  }
  json.end_array();
  json.end_object();
  json.finish();
}

}  // namespace lplan::render

namespace lplan::render {

std::optional<ListFormat> parse_list_format(std::string_view name) {
  if (name == "text") {
    return ListFormat::Text;
  }
  if (name == "markdown" || name == "md") {
    return ListFormat::Markdown;
  }
  if (name == "csv") {
    return ListFormat::Csv;
  }
  if (name == "json") {
    return ListFormat::Json;
  }
  return std::nullopt;
}

void render_activity_list(const report::ActivityList& list, ListFormat format, const TextOptions& options,
                          bool bom, std::ostream& out) {
  switch (format) {
    case ListFormat::Text:
      activity_list_text(list, options, out);
      return;
    case ListFormat::Markdown:
      activity_list_markdown(list, options.lang, out);
      return;
    case ListFormat::Csv:
      activity_list_csv(list, bom, out);
      return;
    case ListFormat::Json:
      activity_list_json(list, out);
      return;
  }
}

}  // namespace lplan::render
