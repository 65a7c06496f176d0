// A period of the plan year (one month or several) in words, for headings and group
// titles: «березень», «квітень – червень», «березень, травень»; "April–June".
#pragma once

#include <string>

#include "model/schedule.hpp"
#include "text/lang.hpp"

namespace lplan::render {

/// The months as a person names them: runs of consecutive months joined with a dash,
/// runs separated by commas (nominative; Ukrainian accusative is the same).
std::string period_name(const MonthSet& period, Lang lang);

/// The same after «у»: «березні», «квітні – червні»; English as period_name.
std::string period_locative(const MonthSet& period, Lang lang);

}  // namespace lplan::render
