#include "render/labels.hpp"

#include "text/i18n.hpp"

namespace lplan::render {

std::string_view label(Label id, Lang lang) {
  switch (id) {
    case Label::ColId: return trc_in(lang, "column", "ID");
    case Label::ColDirection: return trc_in(lang, "column", "Direction");
    case Label::ColGoal: return trc_in(lang, "column", "Goal");
    case Label::ColTitle: return trc_in(lang, "column", "Activity");
    case Label::ColWhen: return trc_in(lang, "column", "When");
    case Label::ColMonths: return trc_in(lang, "column", "Months");
    case Label::ColDeadline: return trc_in(lang, "column", "Deadline");
    case Label::ColOngoing: return trc_in(lang, "column", "Ongoing");
    case Label::ColStatus: return trc_in(lang, "column", "Status");
    case Label::ColResponsible: return trc_in(lang, "column", "Responsible");
    case Label::ColAudience: return trc_in(lang, "column", "Audience");
    case Label::ColResources: return trc_in(lang, "column", "Resources");
    case Label::ColDetails: return trc_in(lang, "column", "Details");
    case Label::ColOutcome: return trc_in(lang, "column", "Outcome");
    case Label::ColGroup: return trc_in(lang, "column", "Group");
    case Label::ColOrganization: return trc_in(lang, "column", "Organization");
    case Label::PlanHeader: return trc_in(lang, "list", "{0}, plan for {1}");
    case Label::DueMonth: return trc_in(lang, "list", "{0} {1}");
    case Label::OverdueAsOf: return trc_in(lang, "list", "overdue as of {0}");
    case Label::GroupDeadline: return trc_in(lang, "list", "Deadline in {0}");
    case Label::GroupScheduled: return trc_in(lang, "list", "Scheduled in {0}");
    case Label::GroupOngoing: return trc_in(lang, "list", "Ongoing all year");
    case Label::NothingDue: return trc_in(lang, "list", "Nothing is due in {0}.");
    case Label::NothingOverdue: return trc_in(lang, "list", "Nothing is overdue.");
    case Label::NothingMatches: return trc_in(lang, "list", "No activity matches.");
    case Label::ActivityCount: return trc_in(lang, "list", "Activities: {0}");
    case Label::Yes: return trc_in(lang, "list", "yes");
    case Label::No: return trc_in(lang, "list", "no");
    case Label::StatusPlanned: return trc_in(lang, "status", "planned");
    case Label::StatusInProgress: return trc_in(lang, "status", "in progress");
    case Label::StatusDone: return trc_in(lang, "status", "done");
    case Label::StatusCancelled: return trc_in(lang, "status", "cancelled");
    case Label::StatusPostponed: return trc_in(lang, "status", "postponed");
    case Label::Count_: break;
  }
  return "";
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
  // As in «у березні» / "in March": Ukrainian needs the locative case.
  static constexpr const char* k_months[] = {NC_("in month", "January"), NC_("in month", "February"), NC_("in month", "March"),     NC_("in month", "April"),
                                             NC_("in month", "May"),     NC_("in month", "June"),     NC_("in month", "July"),      NC_("in month", "August"),
                                             NC_("in month", "September"), NC_("in month", "October"), NC_("in month", "November"), NC_("in month", "December")};
  if (month < 1 || month > 12) {
    return "";
  }
  return trc_in(lang, "in month", k_months[month - 1]);
}

std::string_view month_accusative(int month, Lang lang) {
  return month_name(month, lang);
}

}  // namespace lplan::render
