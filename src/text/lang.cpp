#include "text/lang.hpp"

#include <cstdlib>
#include <string>

#include "text/i18n.hpp"

namespace lplan {

std::optional<Lang> parse_lang(std::string_view s) {
  if (s == "uk" || s == "ua" || s == "ukrainian" || s.starts_with("uk_") || s.starts_with("uk-")) {
    return Lang::Uk;
  }
  if (s == "en" || s == "english" || s.starts_with("en_") || s.starts_with("en-")) {
    return Lang::En;
  }
  return std::nullopt;
}

Lang lang_from_environment() {
  if (const char* v = std::getenv("LPLAN_LANG"); v != nullptr && *v != '\0') {
    if (auto lang = parse_lang(v)) {
      return *lang;
    }
  }
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(name);
    if (v != nullptr && *v != '\0') {
      return std::string_view(v).starts_with("uk") ? Lang::Uk : Lang::En;
    }
  }
  return Lang::En;
}

std::string_view month_name(int month, Lang lang) {
  static constexpr const char* k_months[] = {NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),     NC_("month", "April"),
                                             NC_("month", "May"),     NC_("month", "June"),     NC_("month", "July"),      NC_("month", "August"),
                                             NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December")};
  if (month < 1 || month > 12) {
    return "";
  }
  return trc_in(lang, "month", k_months[month - 1]);
}

std::string_view month_short(int month, Lang lang) {
  static constexpr const char* k_months[] = {NC_("month, short", "Jan"), NC_("month, short", "Feb"), NC_("month, short", "Mar"), NC_("month, short", "Apr"), NC_("month, short", "May"), NC_("month, short", "Jun"),
                                             NC_("month, short", "Jul"), NC_("month, short", "Aug"), NC_("month, short", "Sep"), NC_("month, short", "Oct"), NC_("month, short", "Nov"), NC_("month, short", "Dec")};
  if (month < 1 || month > 12) {
    return "";
  }
  return trc_in(lang, "month, short", k_months[month - 1]);
}

}  // namespace lplan
