// Labels, status names, dates and bars shared by the report renderers.
#include "render/report_common.hpp"

#include <fmt/format.h>

#include "text/i18n.hpp"

namespace lplan::render {

namespace {

constexpr const char* k_block_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

}  // namespace

namespace {

/// The words in `lang`, from the catalog (po/uk.po); English is the message id itself.
ReportLabels make_labels(Lang lang) {
  return ReportLabels{
      trc_in(lang, "report", "as of").data(), trc_in(lang, "report", "Head").data(), trc_in(lang, "report", "Statuses").data(), trc_in(lang, "report", "Done {} of {} ({}%)").data(),
      trc_in(lang, "report", "Overdue").data(), trc_in(lang, "column", "overdue").data(), trc_in(lang, "report", "By direction and goal").data(), trc_in(lang, "abbreviation", "SD").data(),
      trc_in(lang, "report", "Goal").data(), trc_in(lang, "column", "activities").data(), trc_in(lang, "column", "done").data(), trc_in(lang, "report", "By month").data(),
      trc_in(lang, "column", "month").data(), trc_in(lang, "column", "scheduled").data(), trc_in(lang, "column", "deadlines").data(), trc_in(lang, "report", "By responsible").data(),
      trc_in(lang, "column", "Responsible").data(), trc_in(lang, "column", "busiest month").data(), trc_in(lang, "report", "Timeline").data(), trc_in(lang, "timeline", "all year").data(),
      trc_in(lang, "timeline", "separate plan").data(), trc_in(lang, "timeline", "no timeframe").data(), trc_in(lang, "list", "Overdue").data(),
      trc_in(lang, "list", "Without responsible").data(), trc_in(lang, "list", "Without months").data(), trc_in(lang, "list", "none").data(), trc_in(lang, "report", "Priorities").data(),
      trc_in(lang, "report", "Tasks").data(), trc_in(lang, "report", "Activities").data(), trc_in(lang, "field", "When").data(), trc_in(lang, "field", "deadline").data(),
      trc_in(lang, "field", "Audience").data(), trc_in(lang, "field", "Details").data(), trc_in(lang, "field", "Resources").data(), trc_in(lang, "field", "Status").data(),
      trc_in(lang, "field", "Outcome").data(), trc_in(lang, "field", "(outcome not yet written)").data(), trc_in(lang, "field", "done").data(),
      trc_in(lang, "people", "Workload: activities, and deadlines per month").data(), trc_in(lang, "column", "Name").data(), trc_in(lang, "column", "total").data(),
      trc_in(lang, "column", "No.").data(), trc_in(lang, "column", "Activity").data(), trc_in(lang, "timeline", "█ scheduled · ▒ all year").data()};
}

}  // namespace

const ReportLabels& report_labels(Lang lang) {
  static const ReportLabels uk = make_labels(Lang::Uk);
  static const ReportLabels en = make_labels(Lang::En);
  return lang == Lang::Uk ? uk : en;
}

std::string_view status_name(Status status, Lang lang) {
  switch (status) {
    case Status::Planned: return trc_in(lang, "status", "planned");
    case Status::InProgress: return trc_in(lang, "status", "in progress");
    case Status::Done: return trc_in(lang, "status", "done");
    case Status::Cancelled: return trc_in(lang, "status", "cancelled");
    case Status::Postponed: return trc_in(lang, "status", "postponed");
  }
  return "";
}

std::string format_date(const Date& date, Lang lang) {
  if (lang == Lang::Uk) {
    return fmt::format("{:02}.{:02}.{:04}", date.day, date.month, date.year);
  }
  return fmt::format("{} {} {}", date.day, month_short(date.month, Lang::En), date.year);
}

std::string block_bar(int value, int max, int width) {
  if (value <= 0 || max <= 0 || width <= 0) {
    return {};
  }
  long long eighths = static_cast<long long>(value) * width * 8 / max;
  if (eighths == 0) {
    eighths = 1;  // a non-zero value is always visible
  }
  std::string bar;
  for (long long i = 0; i < eighths / 8; ++i) {
    bar += "█";
  }
  bar += k_block_eighths[eighths % 8];
  return bar;
}

std::string group_label(const char* word, const report::GroupCount& group) {
  if (group.number > 0) {
    return fmt::format("{} {}", word, group.number);
  }
  return group.id;
}

}  // namespace lplan::render
