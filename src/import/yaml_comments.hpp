// Comments in the YAML lplan import writes: the source row of an activity, the
// list of what a person has to check, text kept but placed nowhere.
#pragma once

#include <string>
#include <string_view>

namespace lplan::import {

/// `# text` lines for a text that may hold line breaks, each wrapped at 100 columns
/// and indented by `indent`; `nested` indents the text further (an item of a list
/// under a comment heading).
std::string comment_lines(std::string_view text, const std::string& indent, bool nested = false);

}  // namespace lplan::import
