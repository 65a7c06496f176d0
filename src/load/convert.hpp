// Conversion of YAML trees into model records, one function per record type.
// Internal to src/load/.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "diag/diagnostic.hpp"
#include "load/spans.hpp"
#include "load/yaml_tree.hpp"
#include "model/plan.hpp"

namespace lplan::load {

/// What a file may hold at its top level.
enum class FileRole { Plan, SharedPeople };

/// Converts the items of one file into `year` (and `shared_people` for the
/// registry file). Reports unknown keys, wrong types and missing fields.
class Converter {
public:
  Converter(FilePath file, FileRole role, Diagnostics& diags)
      : m_file(file), m_role(role), m_diags(diags) {}

  /// Also records where each activity and the plan are written (for editing).
  void record_spans(SourceIndex* index, std::string_view text) {
    m_index = index;
    m_text = text;
  }

  /// One item of a top-level list (`activities`, `goals`, …).
  void list_item(const std::string& key, YNode& item, YearPlan& year,
                 std::vector<Person>& shared_people);
  /// The root mapping after streaming: `plan`, the lists that were not streamed
  /// (anchored or aliased), unknown keys, lists that are not lists.
  void root(ParsedDocument& doc, YearPlan& year, std::vector<Person>& shared_people);
  /// Takes back the record the last list_item() added (parsing stopped inside it).
  void retract_last_item();

  SourceLoc loc(const YNode& n) const { return SourceLoc{m_file, n.line, n.column}; }
  Diagnostics& diags() { return m_diags; }

private:
  void convert_plan(YNode& n, const YNode& key, YearPlan& year);
  RecordSpans spans_of(const YNode& map) const;
  /// next_line(m_text, pos), remembering the last line found: the items of a plan
  /// written on one line all end on it, and it is scanned once, not once per item.
  std::size_t next_line_of(std::size_t pos) const;

  FilePath m_file;
  FileRole m_role;
  Diagnostics& m_diags;
  std::function<void()> m_undo_last;  ///< removes the record list_item() added last
  SourceIndex* m_index = nullptr;
  std::string_view m_text;
  mutable std::size_t m_line_from = 1;  ///< [m_line_from, m_line_end): positions whose next line is m_line_end
  mutable std::size_t m_line_end = 0;
};

}  // namespace lplan::load
