// Renderers of `lplan diff` (DESIGN §10): text grouped by year and goal, one line per
// change; Markdown for a pull-request comment (the `<!-- lplan diff -->` marker, a
// summary table, then the changes, capped); JSON in the shape of §10. They print the
// diff they are given and decide nothing.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "diff/plan_diff.hpp"
#include "text/lang.hpp"

namespace lplan::render {

/// The marker a CI job finds its own pull-request comment by.
inline constexpr const char* k_diff_marker = "<!-- lplan diff -->";
/// GitHub takes comments up to 65,536 characters; the Markdown stops before this.
inline constexpr std::size_t k_diff_markdown_cap = 60 * 1024;

void diff_text(const diff::PlanDiff& d, Lang lang, bool color, std::ostream& out);
/// `command` is how to see the whole diff, for the note when the cap cuts it.
void diff_markdown(const diff::PlanDiff& d, Lang lang, const std::string& command, std::ostream& out,
                   std::size_t cap = k_diff_markdown_cap);
void diff_json(const diff::PlanDiff& d, std::ostream& out);

// Shared by the text and Markdown renderers (render/diff_words.cpp).
namespace diff_words {

/// A value of a changed field as a reader reads it: a status in words, plan text in
/// quotes, «—» for nothing; months by name.
std::string value(const diff::FieldChange& c, const FieldValue& v, Lang lang);
/// The items a list change adds and removes: «+ «a», − «b»»; empty when only the order changed.
std::string list_delta(const diff::FieldChange& c, Lang lang);
/// "2.1 status: planned → done" without the id: the field's part of a line; `when`/`due`
/// lines carry the months and deadline they lead to (`follow`).
std::string change(const diff::FieldChange& c, const std::vector<const diff::FieldChange*>& follow,
                   Lang lang);
/// The changes of one activity as they are printed: months and deadline folded into the
/// `when` (else `due`) line they follow from.
struct PrintedFields {
  std::vector<const diff::FieldChange*> lines;
  const diff::FieldChange* lead = nullptr;       ///< the `when` or `due` change, if any
  std::vector<const diff::FieldChange*> follow;  ///< months and deadline, printed with `lead`
};
PrintedFields printed_fields(const diff::ActivityChange& a);
/// Plan text in the language's quotes: «…» / “…”.
std::string quoted(const std::string& text, Lang lang);
/// "the work tree" for `worktree`, else the revision as named.
std::string revision_name(const std::string& revision, Lang lang);

}  // namespace diff_words

}  // namespace lplan::render
