// Month words and the other closed word classes of the `when` language.
#include "when/words.hpp"

#include <algorithm>
#include <array>

#include "text/unicode.hpp"
#include "when/when.hpp"

namespace lplan::when {
namespace {

struct MonthForms {
  std::vector<std::string_view> ukrainian;  ///< nominative first, then the other cases
  std::vector<std::string_view> abbreviations;
  std::vector<std::string_view> english;  ///< full name first
};

const std::array<MonthForms, 12>& month_table() {
  static const std::array<MonthForms, 12> k_table = {{
      {{"січень", "січня", "січні", "січнем", "січню"}, {"січ"}, {"january", "jan"}},
      {{"лютий", "лютого", "лютому", "лютим"}, {"лют"}, {"february", "feb"}},
      {{"березень", "березня", "березні", "березнем", "березню"}, {"бер", "берез"}, {"march", "mar"}},
      {{"квітень", "квітня", "квітні", "квітнем", "квітню"}, {"квіт", "кві"}, {"april", "apr"}},
      {{"травень", "травня", "травні", "травнем", "травню"}, {"трав", "тра"}, {"may"}},
      {{"червень", "червня", "червні", "червнем", "червню"}, {"черв", "чер"}, {"june", "jun"}},
      {{"липень", "липня", "липні", "липнем", "липню"}, {"лип"}, {"july", "jul"}},
      {{"серпень", "серпня", "серпні", "серпнем", "серпню"}, {"серп", "сер"}, {"august", "aug"}},
      {{"вересень", "вересня", "вересні", "вереснем", "вересню"}, {"верес", "вер"}, {"september", "sep", "sept"}},
      {{"жовтень", "жовтня", "жовтні", "жовтнем", "жовтню"}, {"жовт", "жов"}, {"october", "oct"}},
      {{"листопад", "листопада", "листопаді", "листопадом", "листопаду"}, {"листоп", "лист", "лис"},
       {"november", "nov"}},
      {{"грудень", "грудня", "грудні", "груднем", "грудню"}, {"груд", "гру"}, {"december", "dec"}},
  }};
  return k_table;
}

bool in(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

}  // namespace

const std::vector<std::string>& month_words() {
  static const std::vector<std::string> k_words = [] {
    std::vector<std::string> words;
    // Nominatives first: on a tie, the hint names the dictionary form.
    for (const auto& m : month_table()) {
      words.emplace_back(m.ukrainian.front());
    }
    for (const auto& m : month_table()) {
      words.emplace_back(m.english.front());
    }
    for (const auto& m : month_table()) {
      for (std::size_t i = 1; i < m.ukrainian.size(); ++i) {
        words.emplace_back(m.ukrainian[i]);
      }
      for (auto a : m.abbreviations) {
        words.emplace_back(a);
      }
      for (std::size_t i = 1; i < m.english.size(); ++i) {
        words.emplace_back(m.english[i]);
      }
    }
    return words;
  }();
  return k_words;
}

std::optional<int> parse_month_word(std::string_view word) {
  if (word.size() > 64) {
    return std::nullopt;
  }
  std::string folded = text::fold(word);
  while (!folded.empty() && (folded.back() == ' ' || folded.back() == '\t')) {
    folded.pop_back();
  }
  if (!folded.empty() && folded.back() == '.') {
    folded.pop_back();
  }
  std::size_t start = folded.find_first_not_of(" \t");
  if (start == std::string::npos) {
    return std::nullopt;
  }
  return detail::month_of_folded(std::string_view(folded).substr(start));
}

namespace detail {

std::optional<int> month_of_folded(std::string_view folded) {
  const auto& table = month_table();
  for (std::size_t i = 0; i < table.size(); ++i) {
    const auto& m = table[i];
    if (std::find(m.ukrainian.begin(), m.ukrainian.end(), folded) != m.ukrainian.end() ||
        std::find(m.abbreviations.begin(), m.abbreviations.end(), folded) != m.abbreviations.end() ||
        std::find(m.english.begin(), m.english.end(), folded) != m.english.end()) {
      return static_cast<int>(i) + 1;
    }
  }
  return std::nullopt;
}

std::optional<int> roman_value(std::string_view folded) {
  // Latin i and v, Cyrillic і (folded from І); in a numeral of two or more letters a
  // Cyrillic у stands for V, as typists write it: «ІУ» = IV, «УІ» = VI.
  std::string plain;
  bool cyrillic_u = false;
  for (std::size_t i = 0; i < folded.size();) {
    if (folded[i] == 'i' || folded[i] == 'v') {
      plain += folded[i];
      ++i;
    } else if (folded.substr(i, 2) == "\xD1\x96") {  // і U+0456
      plain += 'i';
      i += 2;
    } else if (folded.substr(i, 2) == "\xD1\x83") {  // у U+0443
      plain += 'v';
      cyrillic_u = true;
      i += 2;
    } else {
      return std::nullopt;
    }
  }
  if (cyrillic_u && plain.size() < 2) {
    return std::nullopt;  // «у» alone is the preposition
  }
  static const std::array<std::string_view, 8> k_numerals = {"i",  "ii",  "iii",  "iv",
                                                              "v",  "vi",  "vii",  "viii"};
  for (std::size_t i = 0; i < k_numerals.size(); ++i) {
    if (plain == k_numerals[i]) {
      return static_cast<int>(i) + 1;
    }
  }
  return std::nullopt;
}

std::optional<int> ordinal_word_value(std::string_view w) {
  if (in(w, {"перший", "першого", "першому", "перше", "першим", "перша", "першої", "first"})) {
    return 1;
  }
  if (in(w, {"другий", "другого", "другому", "друге", "другим", "друга", "другої", "second"})) {
    return 2;
  }
  if (in(w, {"третій", "третього", "третьому", "третє", "третім", "третя", "третьої", "third"})) {
    return 3;
  }
  if (in(w, {"четвертий", "четвертого", "четвертому", "четверте", "четвертим", "fourth"})) {
    return 4;
  }
  return std::nullopt;
}

bool is_ordinal_suffix(std::string_view w) {
  return in(w, {"й", "ий", "го", "ого", "му", "ому", "ше", "ге", "тє", "тє", "е", "ій", "st", "nd",
                "rd", "th"});
}

bool is_quarter_word(std::string_view w) {
  return in(w, {"квартал", "кварталу", "кварталі", "квартали", "кварталів", "кварталах",
                "кварталом", "кв", "quarter", "quarters", "qtr"});
}

bool is_half_word(std::string_view w) {
  return in(w, {"півріччя", "півріччі", "півріччям", "півроку", "піврік", "half", "halves"});
}

bool is_conjunction(std::string_view w) {
  return in(w, {"і", "й", "та", "і/або", "або", "чи", "and", "or", "&", "+"});
}

bool is_hour_word(std::string_view w) {
  return in(w, {"год", "годин", "години", "годині", "годинах", "h", "hrs", "am", "pm"});
}

bool is_year_word(std::string_view w) {
  return in(w, {"р", "рр", "року", "рік", "році", "роком", "year"});
}

const std::vector<std::string>& keyword_list() {
  static const std::vector<std::string> k_words = {
      "квартал", "кварталу", "квартали", "півріччя", "протягом", "впродовж", "упродовж",
      "року",    "постійно", "щомісяця", "щомісячно", "щокварталу", "щоквартально", "окремим",
      "планом",  "потреби",  "потребою", "погодженням", "кожні", "місяці", "місяців",
      "quarter", "half",     "throughout", "monthly", "quarterly", "ongoing", "needed",
      "demand",  "every",    "months",   "until",    "from",     "year",     "щороку",   "щорічно",  "дня",      "перший",
      "другий",  "третій",   "четвертий", "first",   "second",   "third",    "fourth"};
  return k_words;
}

}  // namespace detail
}  // namespace lplan::when
