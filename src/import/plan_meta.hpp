// The plan's own data from the text around its table: the title («План роботи … на
// 2020 рік»), the year in it, the organization (from the signature «Голова ГО «…»»,
// a line above the title, or — in the genitive — the title itself), the head who
// signs, and the text between the title and the table as the intro.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lplan::import {

struct PlanText {
  std::string title;
  std::optional<int> year;
  std::string organization;
  bool organization_from_title = false;  ///< in the genitive case: a person should fix it
  std::string head;
  std::string approved;  ///< YYYY-MM-DD, from ««15» січня 2021 р.» in the approval block
  std::string intro;
  std::vector<std::string> leftover;  ///< paragraphs that went nowhere
};

/// Reads the paragraphs before and after the table.
PlanText read_plan_text(const std::vector<std::string>& before, const std::vector<std::string>& after);

/// A year written as a plan's year: «на 2020 рік», «на 2020 р.», «2020 року», «for 2020».
std::optional<int> plan_year_in(const std::string& text);

/// A date as an approval block writes it («15» січня 2021 р., 15.01.2021) as
/// YYYY-MM-DD, or nullopt.
std::optional<std::string> written_date(const std::string& text);

/// A signature's name: «Риб'янцева І.П.», «І.П. Риб'янцева», «____ І. П. Риб'янцева».
std::optional<std::string> signature_name(const std::string& text);

}  // namespace lplan::import
