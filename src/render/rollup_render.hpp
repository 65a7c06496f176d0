// The rollup of several organizations' reports: an aligned table (text), a pipe table
// (Markdown), or an array (JSON). Draws what it is given.
#pragma once

#include <array>
#include <optional>
#include <ostream>
#include <string>

#include "report/rollup.hpp"
#include "text/lang.hpp"

namespace lplan::render {

class JsonWriter;

/// The months as a row of bars, one character a month: ▁ for none up to █ for `max`.
std::string month_profile(const std::array<int, 12>& months, int max);

void rollup_text(const report::Rollup& rollup, Lang lang, std::optional<int> width, std::ostream& out);
void rollup_markdown(const report::Rollup& rollup, Lang lang, std::ostream& out);
/// The rows as the value of the current key.
void rollup_json(JsonWriter& json, const report::Rollup& rollup);

}  // namespace lplan::render
