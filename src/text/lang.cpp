#include "text/lang.hpp"

#include <cstdlib>
#include <string>

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
  static constexpr std::string_view k_uk[] = {"січень", "лютий",    "березень", "квітень",
                                              "травень", "червень", "липень",   "серпень",
                                              "вересень", "жовтень", "листопад", "грудень"};
  static constexpr std::string_view k_en[] = {"January", "February", "March",     "April",
                                              "May",     "June",     "July",      "August",
                                              "September", "October", "November", "December"};
  if (month < 1 || month > 12) {
    return "";
  }
  return lang == Lang::Uk ? k_uk[month - 1] : k_en[month - 1];
}

std::string_view month_short(int month, Lang lang) {
  static constexpr std::string_view k_uk[] = {"січ", "лют", "бер", "кві", "тра", "чер",
                                              "лип", "сер", "вер", "жов", "лис", "гру"};
  static constexpr std::string_view k_en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (month < 1 || month > 12) {
    return "";
  }
  return lang == Lang::Uk ? k_uk[month - 1] : k_en[month - 1];
}

}  // namespace lplan
