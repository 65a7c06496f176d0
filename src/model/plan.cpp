#include "model/plan.hpp"

namespace lplan {

const char* status_key(Status status) {
  switch (status) {
    case Status::Planned: return "planned";
    case Status::InProgress: return "in-progress";
    case Status::Done: return "done";
    case Status::Cancelled: return "cancelled";
    case Status::Postponed: return "postponed";
  }
  return "planned";
}

std::optional<Status> parse_status(std::string_view key) {
  for (Status s : k_all_statuses) {
    if (key == status_key(s)) {
      return s;
    }
  }
  return std::nullopt;
}

const YearPlan* Repository::find_year(int year) const {
  for (const auto& y : years) {
    if (y.year == year) {
      return &y;
    }
  }
  return nullptr;
}

YearPlan* Repository::find_year(int year) {
  for (auto& y : years) {
    if (y.year == year) {
      return &y;
    }
  }
  return nullptr;
}

}  // namespace lplan
