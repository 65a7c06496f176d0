// Edits of a file's bytes: replace [start, end) with new text. Applied from the end of
// the file backwards, so earlier offsets stay valid; every byte outside the edits is
// kept as it was.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::edit {

struct TextEdit {
  std::string file;          ///< the file's path, as loaded
  std::uint32_t start = 0;   ///< byte offsets into the file's text after a BOM
  std::uint32_t end = 0;
  std::string text;          ///< the new bytes (line breaks as "\n"; converted on apply)
  int order = 0;             ///< among edits at the same offset: lower first in the file
};

/// The line break a file uses: "\r\n" when its first line break is CRLF, else "\n".
std::string_view newline_of(std::string_view text);

/// Applies `edits` (all of one file) to `text` (the file's text after its BOM), turning
/// "\n" in new text into the file's line break. Throws std::logic_error for overlapping edits.
std::string apply_edits(std::string_view text, std::vector<TextEdit> edits);

}  // namespace lplan::edit
