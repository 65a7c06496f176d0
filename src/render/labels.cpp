#include "render/labels.hpp"

#include <array>
#include <cstddef>

namespace lplan::render {

namespace {

struct LabelText {
  Label id;
  std::string_view uk;
  std::string_view en;
};

// One row per label, in enum order (checked below).
constexpr std::array k_labels = {
    LabelText{Label::ColId, "ID", "ID"},
    LabelText{Label::ColDirection, "Напрям", "Direction"},
    LabelText{Label::ColGoal, "Ціль", "Goal"},
    LabelText{Label::ColTitle, "Захід", "Activity"},
    LabelText{Label::ColWhen, "Термін", "When"},
    LabelText{Label::ColMonths, "Місяці", "Months"},
    LabelText{Label::ColDeadline, "Дедлайн", "Deadline"},
    LabelText{Label::ColOngoing, "Протягом року", "Ongoing"},
    LabelText{Label::ColStatus, "Статус", "Status"},
    LabelText{Label::ColResponsible, "Відповідальні", "Responsible"},
    LabelText{Label::ColAudience, "Вплив", "Audience"},
    LabelText{Label::ColResources, "Ресурси", "Resources"},
    LabelText{Label::ColDetails, "Зміст", "Details"},
    LabelText{Label::ColOutcome, "Результат", "Outcome"},
    LabelText{Label::ColGroup, "Група", "Group"},
    LabelText{Label::PlanHeader, "{0}, план на {1} рік", "{0}, plan for {1}"},
    LabelText{Label::DueMonth, "{0} {1}", "{0} {1}"},
    LabelText{Label::OverdueAsOf, "прострочене на {0}", "overdue as of {0}"},
    LabelText{Label::GroupDeadline, "Термін у {0}", "Deadline in {0}"},
    LabelText{Label::GroupScheduled, "Заплановано на {0}", "Scheduled in {0}"},
    LabelText{Label::GroupOngoing, "Протягом року", "Ongoing all year"},
    LabelText{Label::NothingDue, "На {0} нічого не заплановано.", "Nothing is due in {0}."},
    LabelText{Label::NothingOverdue, "Нічого не прострочено.", "Nothing is overdue."},
    LabelText{Label::NothingMatches, "Жоден захід не відповідає умовам.", "No activity matches."},
    LabelText{Label::ActivityCount, "Заходів: {0}", "Activities: {0}"},
    LabelText{Label::Yes, "так", "yes"},
    LabelText{Label::No, "ні", "no"},
    LabelText{Label::StatusPlanned, "заплановано", "planned"},
    LabelText{Label::StatusInProgress, "виконується", "in progress"},
    LabelText{Label::StatusDone, "виконано", "done"},
    LabelText{Label::StatusCancelled, "скасовано", "cancelled"},
    LabelText{Label::StatusPostponed, "відкладено", "postponed"},
};

static_assert(k_labels.size() == static_cast<std::size_t>(Label::Count_), "one row per label");

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < k_labels.size(); ++i) {
    if (static_cast<std::size_t>(k_labels[i].id) != i) {
      return false;
    }
  }
  return true;
}
static_assert(in_enum_order(), "k_labels rows must follow the order of enum Label");

}  // namespace

std::string_view label(Label id, Lang lang) {
  const LabelText& row = k_labels.at(static_cast<std::size_t>(id));
  return lang == Lang::Uk ? row.uk : row.en;
}

std::string_view status_label(Status status, Lang lang) {
  switch (status) {
    case Status::Planned:
      return label(Label::StatusPlanned, lang);
    case Status::InProgress:
      return label(Label::StatusInProgress, lang);
    case Status::Done:
      return label(Label::StatusDone, lang);
    case Status::Cancelled:
      return label(Label::StatusCancelled, lang);
    case Status::Postponed:
      return label(Label::StatusPostponed, lang);
  }
  return "";
}

std::string_view month_locative(int month, Lang lang) {
  static constexpr std::string_view k_uk[] = {"січні", "лютому", "березні", "квітні", "травні",    "червні",
                                              "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні"};
  if (lang == Lang::En || month < 1 || month > 12) {
    return month_name(month, lang);
  }
  return k_uk[month - 1];
}

std::string_view month_accusative(int month, Lang lang) {
  return month_name(month, lang);
}

}  // namespace lplan::render
