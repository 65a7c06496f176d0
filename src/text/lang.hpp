// The language of labels and month names in output.
#pragma once

#include <optional>
#include <string_view>

namespace lplan {

enum class Lang { Uk, En };

/// `uk` / `en` (also `ua`, `ukrainian`, `english`); nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view s);

/// The default from the environment: $LPLAN_LANG, else `uk` when LC_ALL /
/// LC_MESSAGES / LANG (the first one set) starts with `uk`, else `en`.
Lang lang_from_environment();

/// The month's name in the nominative: «березень» / «March».
std::string_view month_name(int month, Lang lang);
/// A three-letter (uk: short) month label for narrow columns: «бер» / «Mar».
std::string_view month_short(int month, Lang lang);

}  // namespace lplan
