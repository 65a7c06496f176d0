#include "diag/messages.hpp"

#include <fmt/format.h>

#include "text/i18n.hpp"
#include "text/lang.hpp"
#include "text/unicode.hpp"

namespace lplan::messages {

namespace {

std::string excerpt(std::string_view s) { return text::truncate_to_width(text::printable(s), 40); }

std::string_view month_name_en(int month) {
  static constexpr std::string_view k_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                                  "July",    "August",   "September", "October", "November", "December"};
  return k_months[month - 1];
}

}  // namespace

std::string unknown_status(std::string_view word) {
  bool uk = language() == Lang::Uk;
  std::vector<std::string> words;
  for (Status s : k_all_statuses) {
    words.emplace_back(uk ? status_word_uk(s) : status_key(s));
  }
  std::vector<std::string> all = words;
  for (Status s : k_all_statuses) {
    all.emplace_back(uk ? status_key(s) : status_word_uk(s));
  }
  std::string message = trf("unknown status \"{}\"", text::printable(word));
  if (auto hint = text::did_you_mean(word, all)) {
    message += trf(" — did you mean \"{}\"?", *hint);
  } else {
    message += trf(" (write one of: {})", fmt::join(words, ", "));
  }
  return message;
}

std::string unknown_reference(Target target, std::string_view ref, const std::vector<std::string>& ids) {
  std::string message = target == Target::Goal ? trf("unknown goal \"{}\"", text::printable(ref))
                                               : trf("unknown direction \"{}\"", text::printable(ref));
  if (auto hint = text::did_you_mean(ref, ids)) {
    message += trf(" — did you mean \"{}\"?", *hint);
  }
  return message;
}

std::string unknown_responsible(std::string_view ref, const std::optional<std::string>& hint) {
  std::string message = trf("responsible \"{}\" is not in the people registry", text::printable(ref));
  if (hint) {
    message += trf(" — did you mean \"{}\"?", *hint);
  }
  return message;
}

std::string when_problem(const std::string& message, const std::string& hint) {
  std::string out = trf("{} in when", message);
  if (!hint.empty()) {
    out += " — " + hint;
  }
  return out;
}

std::optional<std::string> bad_date(std::string_view key, std::string_view t) {
  if (parse_iso_date(t)) {
    return std::nullopt;
  }
  bool shaped = t.size() == 10 && t[4] == '-' && t[7] == '-' &&
                t.find_first_not_of("0123456789-") == std::string_view::npos;
  if (shaped) {
    int year = std::stoi(std::string(t.substr(0, 4)));
    int month = std::stoi(std::string(t.substr(5, 2)));
    std::string why =
        month < 1 || month > 12
            ? trf("there is no month {}", t.substr(5, 2))
            : trnf("{0} {1} has {2} day", "{0} {1} has {2} days", days_in_month(year, month),
                   language() == Lang::Uk ? month_name(month, Lang::Uk) : month_name_en(month), year,
                   days_in_month(year, month));
    return trf("\"{}\" {} is not a real date ({})", key, t, why);
  }
  return trf("\"{}\" must be a date written YYYY-MM-DD, not \"{}\"", key, excerpt(t));
}

std::string date_outside_year(std::string_view key, const Date& date, int year) {
  return key == "due" ? trf("due date {} is outside the plan year {}", date.iso(), year)
                      : trf("done date {} is outside the plan year {}", date.iso(), year);
}

}  // namespace lplan::messages
