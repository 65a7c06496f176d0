#include "edit/value_check.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "diag/messages.hpp"
#include "query/people_index.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"
#include "when/when.hpp"

namespace lplan::edit {

namespace {

void one_line(const Change& c, std::string_view value) {
  if (value.find_first_of("\r\n") != std::string_view::npos) {
    throw EditError(trf("\"{}\" must be one line, but holds a line break", c.field->key));
  }
}

void check_when(const Change& c, const std::string& value, int year) {
  one_line(c, value);
  when::WhenResult r = when::parse_when(value, year);
  if (!r.errors.empty()) {
    std::string message;
    for (std::size_t i = 0; i < r.errors.size(); ++i) {
      message += (i > 0 ? "; " : "") + messages::when_problem(r.errors[i].message, r.errors[i].hint);
    }
    throw EditError(message);
  }
}

void check_date(Change& c, int year, Date system_today) {
  if (auto why = messages::bad_date(c.field->key, c.value)) {
    throw EditError(*why);
  }
  Date d = *parse_iso_date(c.value);
  if (d.year != year) {
    throw EditError(messages::date_outside_year(c.field->key, d, year));
  }
  if (c.field->key == "done" && d > system_today) {
    throw EditError(trf("done date {} has not come yet", d.iso()));
  }
}

void check_people(Change& c, const YearPlan& year) {
  if (year.people.empty() || c.op == Op::Remove) {
    return;  // no registry: responsible entries are free text
  }
  query::PeopleIndex people(year.people);
  for (auto& item : c.items) {
    int who = people.resolve(item);
    if (who < 0) {
      throw EditError(messages::unknown_responsible(item, people.suggest(item)));
    }
    item = year.people[static_cast<std::size_t>(who)].id.value;
  }
}

}  // namespace

void check_changes(std::vector<Change>& changes, const YearPlan& year, const Activity& activity, Date system_today) {
  for (std::size_t i = 0; i < changes.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (changes[j].field == changes[i].field && (changes[i].op == Op::Set || changes[i].op == Op::Unset ||
                                                   changes[j].op == Op::Set || changes[j].op == Op::Unset)) {
        throw EditError(trf("\"{}\" is given twice", changes[i].field->key));
      }
    }
  }
  (void)activity;
  for (auto& c : changes) {
    if (c.op == Op::Unset) {
      continue;
    }
    switch (c.field->kind) {
      case FieldKind::Id:
      case FieldKind::Line:
        one_line(c, c.value);
        break;
      case FieldKind::Text:
        break;
      case FieldKind::Reference: {
        one_line(c, c.value);
        std::vector<std::string> ids;
        bool found = false;
        for (const auto& g : year.goals) {
          ids.push_back(g.id.value);
          found = found || g.id.value == c.value;
        }
        if (!found) {
          throw EditError(messages::unknown_reference(messages::Target::Goal, c.value, ids));
        }
        break;
      }
      case FieldKind::When:
        check_when(c, c.value, year.year);
        break;
      case FieldKind::Date:
        check_date(c, year.year, system_today);
        break;
      case FieldKind::Status: {
        auto s = parse_status_word(text::squeeze_spaces(c.value));
        if (!s) {
          throw EditError(messages::unknown_status(c.value));
        }
        c.value = status_key(*s);
        break;
      }
      case FieldKind::LineList:
        for (const auto& item : c.items) {
          one_line(c, item);
        }
        break;
      case FieldKind::TextList:
        break;
      case FieldKind::People:
        for (const auto& item : c.items) {
          one_line(c, item);
        }
        check_people(c, year);
        break;
      case FieldKind::Number:
      case FieldKind::PersonKind:
        break;
    }
    for (const auto& item : c.items) {
      if (item.empty()) {
        throw EditError(trf("an item of \"{}\" is empty", c.field->key));
      }
    }
  }
}

}  // namespace lplan::edit
