// Writing an imported year all at once: its files go into a temporary folder inside
// the plans folder, which is renamed into place (one rename; an existing year, with
// --force, is moved aside first), then people.yaml is committed atomically — refused
// when it changed since lplan read it. On any failure what was done is undone; the
// temporary folder is always removed. (The year is validated before, in memory.)
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/emitter.hpp"
#include "io/file_bytes.hpp"

namespace lplan::cli {

/// Writes `files` (paths relative to `plans`) as the year `year`. `people_stamp` is the
/// version of plans/people.yaml lplan read (nullopt: there was none, and there must
/// still be none). Throws std::runtime_error (nothing changed) on failure.
void write_year(const std::string& plans, int year, const std::vector<import::OutputFile>& files, bool force,
                std::optional<io::FileStamp> people_stamp);

/// The folder or file that holds `year` in `plans` (`2020/`, `2020.yaml`, `2020.yml`),
/// or nullopt.
std::optional<std::string> existing_year(const std::string& plans, int year);

}  // namespace lplan::cli
