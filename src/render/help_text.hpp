// The text of `--help`: a page that src/cli/app.cpp walks out of the CLI11 App (the
// only file that knows CLI11), drawn here to a terminal width in the user's language —
// description, usage, formats, then sections of two columns whose right column wraps.
#pragma once

#include <string>
#include <vector>

namespace lplan::render {

struct HelpEntry {
  std::string left;   ///< "-m, --month PERIOD", "due", "ID"
  std::string right;  ///< what it is, wrapped under itself
};

struct HelpSection {
  std::string title;  ///< "Options", «Параметри»
  std::vector<HelpEntry> entries;
};

struct HelpPage {
  std::string description;  ///< what the command does (wrapped)
  std::string usage;        ///< "Usage: lplan due [OPTIONS]" (already labelled)
  std::vector<std::string> notes;  ///< lines after the usage: formats, defaults (wrapped)
  std::vector<HelpSection> sections;
  std::string footer;  ///< the last paragraph (wrapped)
};

/// The page as text no wider than `width` columns (when the words allow), each line
/// ending in '\n', no trailing spaces.
std::string help_text(const HelpPage& page, int width);

}  // namespace lplan::render
