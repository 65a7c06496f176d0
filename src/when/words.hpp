// Word tables of the `when` language: month words in every form, numerals,
// and the closed word classes the parser looks for. All words are folded.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::when::detail {

/// The month (1..12) a folded word names, or nullopt. A trailing dot is not part of `folded`.
std::optional<int> month_of_folded(std::string_view folded);

/// Roman numeral made of I, V (Latin) and І (Cyrillic), with a Cyrillic У for V inside a
/// numeral of two or more letters («ІУ»): i, ii, iii, iv, v… → 1..8; else nullopt.
std::optional<int> roman_value(std::string_view folded);

/// Ordinal words: «перший», «другого», «first», «third» → 1..4.
std::optional<int> ordinal_word_value(std::string_view folded);

/// True for the suffix of «1-й», «2-го», «1st»: «й», «го», «st», «nd»…
bool is_ordinal_suffix(std::string_view folded);

/// «квартал», «кварталу», «кв», «quarter»…
bool is_quarter_word(std::string_view folded);

/// «півріччя», «півроку», «half»…
bool is_half_word(std::string_view folded);

/// «і», «й», «та», «and», «&»: words that join list items.
bool is_conjunction(std::string_view folded);

/// «год», «годині», «h»: the word after a time of day.
bool is_hour_word(std::string_view folded);

/// «р», «року», «рік», «році», «year»: the word after a year number.
bool is_year_word(std::string_view folded);

/// Every word the language knows besides months, for "did you mean" hints on other words.
const std::vector<std::string>& keyword_list();

}  // namespace lplan::when::detail
