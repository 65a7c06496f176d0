// Labels, status names, dates and bars shared by the report renderers.
#include "render/report_common.hpp"

#include <fmt/format.h>

namespace lplan::render {

namespace {

constexpr ReportLabels k_uk{
    "станом на", "Голова", "Статуси", "Виконано {} з {} ({}%)", "Прострочено", "прострочено",
    "За напрямами і цілями", "СН", "Ціль", "заходів", "виконано",
    "За місяцями", "місяць", "заплановано", "дедлайни",
    "За відповідальними", "Відповідальні", "найзавантаженіший місяць",
    "Графік заходів", "протягом року", "за окремим планом", "строк не вказано",
    "Прострочені", "Без відповідальних", "Без строків",
    "немає", "Пріоритети", "Завдання", "Заходи плану",
    "Строк", "дедлайн", "Цільова аудиторія", "Зміст", "Ресурси", "Статус", "Результат",
    "(результат ще не внесено)", "виконано", "Навантаження: заходи і дедлайни за місяцями", "Назва", "усього", "№", "Захід",
    "█ заплановано · ▒ протягом року"};

constexpr ReportLabels k_en{
    "as of", "Head", "Statuses", "Done {} of {} ({}%)", "Overdue", "overdue",
    "By direction and goal", "SD", "Goal", "activities", "done",
    "By month", "month", "scheduled", "deadlines",
    "By responsible", "Responsible", "busiest month",
    "Timeline", "all year", "separate plan", "no timeframe",
    "Overdue", "Without responsible", "Without months",
    "none", "Priorities", "Tasks", "Activities",
    "When", "deadline", "Audience", "Details", "Resources", "Status", "Outcome",
    "(outcome not yet written)", "done", "Workload: activities, and deadlines per month", "Name", "total", "No.", "Activity",
    "█ scheduled · ▒ all year"};

constexpr const char* k_block_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

}  // namespace

const ReportLabels& report_labels(Lang lang) { return lang == Lang::Uk ? k_uk : k_en; }

std::string_view status_name(Status status, Lang lang) {
  bool uk = lang == Lang::Uk;
  switch (status) {
    case Status::Planned: return uk ? "заплановано" : "planned";
    case Status::InProgress: return uk ? "виконується" : "in progress";
    case Status::Done: return uk ? "виконано" : "done";
    case Status::Cancelled: return uk ? "скасовано" : "cancelled";
    case Status::Postponed: return uk ? "відкладено" : "postponed";
  }
  return "";
}

std::string format_date(const Date& date, Lang lang) {
  if (lang == Lang::Uk) {
    return fmt::format("{:02}.{:02}.{:04}", date.day, date.month, date.year);
  }
  return date.iso();
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
