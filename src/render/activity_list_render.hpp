// Renderers of the activity list view (`list`, `due`, `due --overdue`, and `export`
// for csv/json): text table, Markdown, CSV and JSON. They draw the rows they are
// given, in the given order; they never filter, sort or decide.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "report/activity_list.hpp"
#include "text/lang.hpp"

namespace lplan::render {

enum class ListFormat { Text, Markdown, Csv, Json };

/// `text`, `markdown` (also `md`), `csv`, `json`; nullopt for anything else.
std::optional<ListFormat> parse_list_format(std::string_view name);

struct TextOptions {
  Lang lang = Lang::En;
  std::optional<int> width;  ///< fit the table to this width; nullopt: natural widths
  bool color = false;
  bool wrap = true;  ///< long cells continue on more lines; false: cut with «…»
};

/// A header line, then an aligned table (one per group for `due`), then the count;
/// an empty list says so in words.
void activity_list_text(const report::ActivityList& list, const TextOptions& options, std::ostream& out);

/// The same as GitHub-flavoured Markdown: a heading, a pipe table per group.
void activity_list_markdown(const report::ActivityList& list, Lang lang, std::ostream& out);

/// RFC 4180 CSV, one activity per row with every field, a header row of stable
/// English keys (the JSON keys); `group` is added for a due list.
void activity_list_csv(const report::ActivityList& list, bool bom, std::ostream& out);

/// Dispatches on `format`; `bom` applies to csv only.
void render_activity_list(const report::ActivityList& list, ListFormat format, const TextOptions& options,
                          bool bom, std::ostream& out);

/// DESIGN §5: {"year", "organization", ["month" (a one-month period), "months" and
/// "group" for due], "activities": […]}; each activity has "via" (the bodies through
/// which --responsible found it, [] otherwise).
void activity_list_json(const report::ActivityList& list, std::ostream& out);

class JsonWriter;
/// One activity as `list --format json` writes it (`group` only for a due list).
void activity_json(JsonWriter& json, const report::ActivityRow& row, report::ListKind kind);

}  // namespace lplan::render
