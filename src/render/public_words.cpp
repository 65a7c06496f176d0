// The public report's words: every one through tr_in/trc_in (po/uk.po).
#include "render/public_words.hpp"

#include <fmt/format.h>

#include "render/report_common.hpp"
#include "text/i18n.hpp"

namespace lplan::render::public_words {

std::string title(const report::PublicReport& r, Lang lang) {
  if (r.subject.empty()) {
    return trf_in(lang, "Report on the {0} work plan", r.year);
  }
  return trf_in(lang, "Report on the {1} work plan of {0}", r.subject, r.year);
}

std::string as_of(const report::PublicReport& r, Lang lang) {
  return trf_in(lang, "As of {}", format_date(r.as_of, lang));
}

std::string direction_heading(const report::PublicDirection& d, Lang lang) {
  if (d.number <= 0) {
    return d.title;
  }
  return trf_in(lang, "Strategic direction {0}. {1}", d.number, d.title);
}

std::string goal_heading(const report::PublicGoal& g, Lang lang) {
  if (g.number <= 0) {
    return g.title;
  }
  return trf_in(lang, "Goal {0}. {1}", g.number, g.title);
}

std::string direction_short(const report::PublicDirection& d, Lang lang) {
  if (d.number <= 0) {
    return d.id;
  }
  return trf_in(lang, "SD {}", d.number);
}

std::string_view done_heading(Lang lang) {
  return trc_in(lang, "public report", "Done");
}
std::string_view in_progress_heading(Lang lang) {
  return trc_in(lang, "public report", "In progress");
}
std::string_view ahead_heading(Lang lang) {
  return trc_in(lang, "public report", "Planned");
}
std::string_view not_done_heading(Lang lang) {
  return tr_in(lang, "Not done, cancelled or postponed");
}

std::string_view state_word(report::PublicState state, Lang lang) {
  switch (state) {
    case report::PublicState::Done:
      return trc_in(lang, "public report state", "done");
    case report::PublicState::InProgress:
      return trc_in(lang, "public report state", "in progress");
    case report::PublicState::Ahead:
      return trc_in(lang, "public report state", "planned");
    case report::PublicState::NotDone:
      return trc_in(lang, "public report state", "not done");
    case report::PublicState::Cancelled:
      return trc_in(lang, "public report state", "cancelled");
    case report::PublicState::Postponed:
      return trc_in(lang, "public report state", "postponed");
  }
  return "";
}

std::string item_line(const report::PublicItem& item, Lang lang) {
  std::string line = item.id.empty() ? item.title : fmt::format("{} {}", item.id, item.title);
  bool running = item.state == report::PublicState::InProgress || item.state == report::PublicState::Ahead;
  if (running) {
    // the timeframe as written: «(Протягом року)», «(березень – квітень)»
    std::string when = !item.when.empty() ? item.when
                       : item.deadline    ? trf_in(lang, "by {}", format_date(*item.deadline, lang))
                                          : std::string();
    if (!when.empty()) {
      line += " (" + when + ")";
    }
  } else {
    line += fmt::format(" — {}", state_word(item.state, lang));
  }
  if (!item.outcome.empty()) {
    line += ": " + item.outcome;
  }
  return line;
}

std::string_view priorities_heading(Lang lang) {
  return trc_in(lang, "public report", "Priorities");
}
std::string_view tasks_heading(Lang lang) {
  return trc_in(lang, "public report", "Tasks");
}
std::string_view totals_heading(Lang lang) {
  return trc_in(lang, "public report", "Totals");
}

std::string_view col_number(Lang lang) {
  return trc_in(lang, "public report", "No.");
}
std::string_view col_activity(Lang lang) {
  return trc_in(lang, "public report", "Activity");
}
std::string_view col_done_on(Lang lang) {
  return trc_in(lang, "public report", "Done on");
}
std::string_view col_outcome(Lang lang) {
  return trc_in(lang, "public report", "Outcome");
}
std::string_view col_total(Lang lang) {
  return trc_in(lang, "public report", "Total");
}

std::string_view totals_row(int row, Lang lang) {
  switch (row) {
    case 0:
      return trc_in(lang, "public report", "Activities in the plan");
    case 1:
      return trc_in(lang, "public report", "Done");
    case 2:
      return trc_in(lang, "public report", "In progress");
    case 3:
      return trc_in(lang, "public report", "Planned");
    case 4:
      return trc_in(lang, "public report", "Not done");
    case 5:
      return trc_in(lang, "public report", "Cancelled");
    case 6:
      return trc_in(lang, "public report", "Postponed");
    case 7:
      return trc_in(lang, "public report", "Share done (cancelled left out)");
    default:
      return "";
  }
}

std::string totals_value(int row, const report::PublicCount& c) {
  switch (row) {
    case 0:
      return std::to_string(c.total);
    case 1:
      return std::to_string(c.done);
    case 2:
      return std::to_string(c.in_progress);
    case 3:
      return std::to_string(c.ahead);
    case 4:
      return std::to_string(c.not_done);
    case 5:
      return std::to_string(c.cancelled);
    case 6:
      return std::to_string(c.postponed);
    case 7:
      return fmt::format("{}%", c.percent_done);
    default:
      return "";
  }
}

std::string signature_role(const report::PublicReport& r, Lang lang) {
  if (r.head.empty()) {
    return {};
  }
  return trf_in(lang, "Head of {}", r.head_title);
}

}  // namespace lplan::render::public_words
