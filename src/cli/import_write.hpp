// Writing an imported year all at once: its files go into a temporary folder beside
// the plans (where they are validated with lplan's own loader and checks), then the
// year folder is renamed into place and people.yaml replaced atomically. On any
// failure nothing changes; the temporary folder is always removed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/emitter.hpp"

namespace lplan::cli {

class YearStaging {
public:
  /// Makes a temporary folder inside `parent`. Throws std::runtime_error.
  explicit YearStaging(const std::string& parent);
  ~YearStaging();
  YearStaging(const YearStaging&) = delete;
  YearStaging& operator=(const YearStaging&) = delete;

  /// The temporary folder: a plans folder holding the new year (and people.yaml).
  const std::string& root() const { return m_root; }

  /// Writes the files; `existing_people` is copied in when the files have no
  /// people.yaml of their own, so that references resolve as they will.
  void write(const std::vector<import::OutputFile>& files, const std::optional<std::string>& existing_people);

  /// Moves the year into `plans` (replacing an existing one when `force`) and puts
  /// people.yaml in place. Throws std::runtime_error, having undone what it did.
  void commit(const std::string& plans, int year, bool force, const std::vector<import::OutputFile>& files);

private:
  std::string m_root;
};

/// The folder or file that holds `year` in `plans` (`2020/`, `2020.yaml`, `2020.yml`),
/// or nullopt.
std::optional<std::string> existing_year(const std::string& plans, int year);

}  // namespace lplan::cli
