#include "edit/session.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "edit/unified_diff.hpp"
#include "io/atomic_file.hpp"
#include "text/i18n.hpp"

namespace lplan::edit {

EditSession::EditSession(const io::FileSystem& files, std::string root, load::LoadOptions load,
                         check::CheckOptions check)
    : m_files(files), m_root(std::move(root)), m_load(load), m_check(check),
      m_index(std::make_unique<load::SourceIndex>()) {
  load::LoadOptions with_spans = m_load;
  with_spans.spans = m_index.get();
  m_repo = load::load_repository(m_files, m_root, with_spans, m_diags);
  check::check_repository(m_repo, m_check, m_diags);
}

std::vector<Diagnostic> EditSession::errors_of(const YearPlan& year) const {
  std::vector<Diagnostic> out;
  for (const auto& d : m_diags.items()) {
    if (d.severity != Severity::Error) {
      continue;
    }
    bool in_year = std::find(year.files.begin(), year.files.end(), d.file) != year.files.end();
    bool shared = io::file_name(d.file) == "people.yaml" || io::file_name(d.file) == "people.yml";
    if (in_year || shared || d.file.empty()) {
      out.push_back(d);
    }
  }
  return out;
}

Checked EditSession::check(const std::vector<TextEdit>& edits, const std::map<std::string, std::string>& new_files,
                           int year, const Expectation& expected) const {
  Checked out;
  std::map<std::string, std::vector<TextEdit>> by_file;
  for (const auto& e : edits) {
    by_file[e.file].push_back(e);
  }
  for (auto& [path, file_edits] : by_file) {
    const load::FileText& f = m_index->files.at(path);
    std::string_view text = f.bytes;
    std::string bom;
    if (f.bom) {
      bom = std::string(text.substr(0, 3));
      text.remove_prefix(3);
    }
    out.files[path] = bom + apply_edits(text, file_edits);
  }
  for (const auto& [path, content] : new_files) {
    out.files[path] = content;
    out.created.push_back(path);
  }
  io::OverlayFileSystem overlay(m_files);
  for (const auto& [path, content] : out.files) {
    overlay.add(path, content);
  }
  out.repo = load::load_repository(overlay, m_root, m_load, out.diags);
  check::check_repository(out.repo, m_check, out.diags);

  Refusal refusal;
  const YearPlan* before = m_repo.find_year(year);
  const YearPlan* after = out.repo.find_year(year);
  if (before == nullptr || after == nullptr) {
    refusal.reasons.push_back(trf("the plan of {} would not be read back", year));
  } else {
    refusal.reasons = unexpected_differences(*before, *after, expected);
  }
  for (const auto& d : added_errors(m_diags, out.diags)) {
    refusal.diagnostics.add(d);
  }
  // Errors that were there before must be gone when the edit was allowed to touch them.
  if (before != nullptr && !errors_of(*before).empty() && after != nullptr) {
    for (const auto& d : out.diags.items()) {
      bool in_year = std::find(after->files.begin(), after->files.end(), d.file) != after->files.end();
      if (d.severity == Severity::Error && in_year) {
        refusal.diagnostics.add(d);
      }
    }
  }
  if (!refusal.reasons.empty() || !refusal.diagnostics.empty()) {
    refusal.diagnostics.finish();
    throw refusal;
  }
  return out;
}

std::string EditSession::diff(const Checked& checked) const {
  std::string out;
  for (const auto& [path, content] : checked.files) {
    bool created = std::find(checked.created.begin(), checked.created.end(), path) != checked.created.end();
    std::string before;
    if (!created) {
      before = m_index->files.at(path).bytes;
    }
    out += unified_diff(before, content, created ? std::string("/dev/null") : "a/" + path, "b/" + path);
  }
  return out;
}

void EditSession::write(const Checked& checked) const {
  // Every temporary first, then the commits: a failure before the first commit
  // leaves every file as it was.
  std::vector<std::unique_ptr<io::AtomicFile>> pending;
  for (const auto& [path, content] : checked.files) {
    bool created = std::find(checked.created.begin(), checked.created.end(), path) != checked.created.end();
    std::optional<io::FileStamp> stamp;
    if (!created) {
      stamp = m_index->files.at(path).stamp;
    }
    auto file = std::make_unique<io::AtomicFile>(path, created ? io::AtomicFile::Mode::Create : io::AtomicFile::Mode::Replace,
                                                 stamp);
    file->write(content);
    pending.push_back(std::move(file));
  }
  for (auto& f : pending) {
    f->commit();
  }
}

}  // namespace lplan::edit
