// The rollup of several organizations' reports: an aligned table (text), a pipe table
// (Markdown), or an array (JSON). Draws what it is given.
#pragma once

#include <optional>
#include <ostream>

#include "report/rollup.hpp"
#include "text/lang.hpp"

namespace lplan::render {

class JsonWriter;

void rollup_text(const report::Rollup& rollup, Lang lang, std::optional<int> width, std::ostream& out);
void rollup_markdown(const report::Rollup& rollup, Lang lang, std::ostream& out);
/// The rows as the value of the current key.
void rollup_json(JsonWriter& json, const report::Rollup& rollup);

}  // namespace lplan::render
