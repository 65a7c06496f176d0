#include "report/list_columns.hpp"

#include <vector>

namespace lplan::report {

namespace {

/// The order of the columns: a stored field by its column name, or a computed one.
struct Slot {
  std::string_view name;
  Computed computed;
};

constexpr Slot k_order[] = {
    {"id", Computed::None},          {"direction", Computed::Direction}, {"direction_title", Computed::DirectionTitle},
    {"goal", Computed::None},        {"goal_title", Computed::GoalTitle}, {"title", Computed::None},
    {"when", Computed::None},        {"months", Computed::Months},       {"deadline", Computed::Deadline},
    {"ongoing", Computed::Ongoing},  {"status", Computed::None},         {"responsible", Computed::Responsible},
    {"via", Computed::Via},          {"audience", Computed::None},    {"resources", Computed::None},      {"details", Computed::None},
    {"outcome", Computed::None},     {"due", Computed::None},            {"done", Computed::None},
    {"tags", Computed::None},        {"place", Computed::None},          {"notes", Computed::None},
    {"group", Computed::Group},
};

std::vector<ListColumn> build() {
  std::vector<ListColumn> out;
  for (const Slot& s : k_order) {
    const ActivityField* field = nullptr;
    std::size_t index = 0;
    if (s.computed == Computed::None || s.computed == Computed::Responsible) {
      auto fields = activity_fields();
      for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].column == s.name) {
          field = &fields[i];
          index = i;
        }
      }
    }
    out.push_back(ListColumn{s.name, field, index, s.computed});
  }
  return out;
}

}  // namespace

std::span<const ListColumn> list_columns() {
  static const std::vector<ListColumn> columns = build();
  return columns;
}

}  // namespace lplan::report
