// Fixed phrases of the `when` language: «протягом року», «за потреби», «1 на 2 місяці»,
// «до кінця», prepositions that add nothing. Matched on tokens, longest first.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "when/lexer.hpp"

namespace lplan::when::detail {

enum class PhraseKind {
  Ongoing,      ///< the whole year
  Unscheduled,  ///< no months on purpose
  Every,        ///< every `value` months, starting in January
  PeriodEnd,    ///< at the end of each period of `value` months: quarterly = 3, 6, 9, 12
  Until,        ///< «до», «by»: work until the next month or date
  UntilOrTo,    ///< «до», «until»: a range end after a month, else Until
  RangeTo,      ///< «по», «to»: the end of a range
  From,         ///< «з», «from»: the start of a range
  Separator,    ///< «і», «та», «and»: joins list items
  PlanYear,     ///< «ц.р.», «щороку», «щорічно»: the plan's year; the whole year when no month is named
  Noise,        ///< «у», «протягом», «in»: adds nothing
};

struct PhraseMatch {
  PhraseKind kind = PhraseKind::Noise;
  std::size_t end = 0;      ///< index of the first token after the phrase
  int value = 0;            ///< Every / PeriodEnd: the number of months
  std::size_t number_token = 0;  ///< Every: the token that held the number, else 0
  bool has_number = false;
};

/// The longest phrase that starts at token `pos`, or nullopt.
std::optional<PhraseMatch> match_phrase(const std::vector<Token>& tokens, std::size_t pos);

}  // namespace lplan::when::detail
