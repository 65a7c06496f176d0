// The header dictionary of DESIGN §9: which column header names which activity field.
//
// Headers are compared after NFC and case folding, with soft hyphens removed, a word
// broken by a hyphen and a line break joined («Відпові-\nдальні»), other line breaks
// and punctuation made spaces, and Latin letters that look Cyrillic («Вiдповiдальнi»
// with Latin i) folded to the Cyrillic ones. An abbreviated header matches when each
// abbreviated word ends with a full stop and begins the dictionary's word
// («Відповідальн.», «Час провед.»); a header that begins with an entry and goes on
// («Відповідальні за виконання») matches too, the longest entry winning.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::import {

/// An activity field a column can fill; Notes takes every column that names no other.
enum class Field { Id, Title, Details, Audience, When, Responsible, Resources, Place, Notes, Tags, Outcome };

/// The YAML key of the field (`id`, `title`, …).
const char* field_key(Field field);
/// A field from its key, as --map takes it; nullopt for anything else.
std::optional<Field> parse_field(std::string_view key);
/// Every key parse_field takes, for messages.
std::vector<std::string> field_keys();

/// The comparable form of a header: see the file comment. Empty for a header of
/// punctuation only.
std::string normalise_header(std::string_view header);

/// The field a header names, or nullopt when the dictionary does not know it.
std::optional<Field> match_header(std::string_view header);

/// Whether `header` (as written) matches the --map key `key`: the same after
/// normalise_header, or, when `key` is a number, the 1-based column `column`.
bool header_matches_key(std::string_view header, int column, std::string_view key);

}  // namespace lplan::import
