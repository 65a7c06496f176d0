// One run of a writing command: the plans loaded with their byte spans, edits made on
// the bytes in memory, the whole repository loaded and checked again from the new bytes
// (through an overlay of the file seam), and only then — when the model changed in
// exactly the requested fields and no error was added — the files written atomically,
// each refused if it changed on disk since it was read.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "check/checks.hpp"
#include "diag/diagnostic.hpp"
#include "edit/text_edit.hpp"
#include "edit/verify.hpp"
#include "io/file_system.hpp"
#include "load/loader.hpp"
#include "load/spans.hpp"

namespace lplan::edit {

/// The edit was not made (exit 1): the checks of the edited bytes said why.
struct Refusal {
  std::vector<std::string> reasons;  ///< model differences, in words
  Diagnostics diagnostics;           ///< errors the edit would add, or that were there before
};

/// New bytes of files, checked, ready to be written.
struct Checked {
  std::map<std::string, std::string> files;  ///< path → every byte of the new file (BOM included)
  std::vector<std::string> created;          ///< files that did not exist before
  Repository repo;                           ///< the repository loaded from the new bytes
  Diagnostics diags;                         ///< its diagnostics
};

class EditSession {
public:
  /// Loads and checks every year of `root` in `files`, keeping each file's bytes and spans.
  EditSession(const io::FileSystem& files, std::string root, load::LoadOptions load, check::CheckOptions check);

  Repository& repo() { return m_repo; }
  const load::SourceIndex& index() const { return *m_index; }
  const Diagnostics& diags() const { return m_diags; }

  /// The errors of `year` (and of the shared registry) that an edit of `year` must not
  /// leave behind.
  std::vector<Diagnostic> errors_of(const YearPlan& year) const;

  /// Applies `edits`, adds `new_files` (path → content), loads and checks the result and
  /// compares year `year` with `expected`. Throws Refusal when the result is not exactly
  /// what was asked.
  Checked check(const std::vector<TextEdit>& edits, const std::map<std::string, std::string>& new_files, int year,
                const Expectation& expected) const;

  /// The unified diff of the checked files against what is on disk now.
  std::string diff(const Checked& checked) const;

  /// Writes the checked files atomically (existing ones refused when they changed since
  /// they were read; new ones never replace a file). Throws io::WriteError.
  void write(const Checked& checked) const;

private:
  const io::FileSystem& m_files;
  std::string m_root;
  load::LoadOptions m_load;
  check::CheckOptions m_check;
  std::unique_ptr<load::SourceIndex> m_index;
  Repository m_repo;
  Diagnostics m_diags;
};

}  // namespace lplan::edit
