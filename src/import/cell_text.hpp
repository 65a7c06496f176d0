// What a cell's text means: the cleaning every cell gets, ditto marks, numbers that
// are ids, bullet lines, a title cell split into title and details, a list cell
// split into items. Pure functions of text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/table.hpp"

namespace lplan::import {

/// No-break spaces become spaces, soft hyphens and zero-width characters go, TABs
/// become spaces, blanks are squeezed and trimmed on every line; line breaks stay.
std::string clean(std::string_view s);

/// clean(), then line breaks become spaces: for single-line fields (title, when, …).
std::string one_line(std::string_view s);

/// No letter and no digit: «.», «-», «—», «/».
bool punctuation_only(std::string_view s);

/// «----//-----», «-//-», «—//—», «-"-», «"», «〃», «те саме», «так само»: the cell
/// above, repeated.
bool is_ditto(std::string_view s);

/// The length of a bullet at the start of `line` («- », «– », «• », «* », «▪ »…)
/// with the blanks after it, or 0.
std::size_t bullet_prefix(std::string_view line);

/// The «№» cell as an id: «1.1.» → "1.1", «5)» → "5", «№ 3» → "3"; nullopt when it
/// is not one («.», «І.1»).
std::optional<std::string> id_from_number(std::string_view s);

/// Starts with a lower-case letter (after quotes and brackets).
bool starts_lowercase(std::string_view s);

/// The first letter in upper case.
std::string capitalise_first(std::string_view s);

/// A title cell: the first paragraph is the title; bullet and numbered paragraphs,
/// lines that start with a bullet, items of an inline list («в: - A - B») and further
/// paragraphs are `details`. When the cell has several paragraphs, a first paragraph
/// of several sentences keeps only its first sentence as the title.
struct TitleParts {
  std::string title;
  std::vector<std::string> details;
};
TitleParts split_title(const std::vector<Paragraph>& paragraphs);

/// A list cell (audience, resources, tags): items separated by commas, semicolons,
/// line breaks or paragraphs — not inside brackets or quotes, and not between words
/// of one group («фахівці Луганської, Донецької, Харківської областей»).
std::vector<std::string> split_list(const std::vector<Paragraph>& paragraphs);

/// A cell as text: paragraphs (with a numbered paragraph's label when it has no
/// text) joined by '\n', cleaned.
std::string cell_text(const Cell& cell);

}  // namespace lplan::import
