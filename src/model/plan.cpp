#include "model/plan.hpp"

#include "text/unicode.hpp"

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

const char* status_word_uk(Status status) {
  switch (status) {
    case Status::Planned: return "заплановано";
    case Status::InProgress: return "виконується";
    case Status::Done: return "виконано";
    case Status::Cancelled: return "скасовано";
    case Status::Postponed: return "відкладено";
  }
  return "заплановано";
}

std::optional<Status> parse_status_word(std::string_view word) {
  if (auto s = parse_status(word)) {
    return s;
  }
  std::string folded = text::fold(word);
  for (Status s : k_all_statuses) {
    if (folded == status_key(s) || folded == text::fold(status_word_uk(s))) {
      return s;
    }
  }
  if (folded == "in_progress") {
    return Status::InProgress;
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
