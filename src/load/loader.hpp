// Loading: plan files → model + diagnostics. The only folder that includes yaml-cpp.
//
// A plans folder holds `people.yaml` (the shared registry), year folders `YYYY/`
// (every *.yaml / *.yml in it, sorted by name) and single-file years `YYYY.yaml`.
// Everything read carries its source position; nothing here prints.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "io/file_system.hpp"
#include "load/spans.hpp"
#include "load/yaml_tree.hpp"
#include "model/plan.hpp"

namespace lplan::load {

struct LoadOptions {
  Limits limits;
  /// When set, every file's bytes and the spans of its activities and plan are
  /// recorded here (writing commands edit through them).
  SourceIndex* spans = nullptr;
};

/// Loads every year of the plans folder `root` of `files` and its shared registry.
/// Problems (unreadable files, YAML and format errors) go to `diags`; a file that
/// cannot be read at all is skipped. Throws nothing.
Repository load_repository(const io::FileSystem& files, const std::string& root, const LoadOptions& options,
                           Diagnostics& diags);
/// The same on the disk.
Repository load_repository(const std::string& root, const LoadOptions& options, Diagnostics& diags);

/// Loads what `validate PATH…` names: plans folders, year folders or single files.
/// A file inside a year folder brings its whole year (references cross files);
/// a file outside any plans folder is a year of its own.
Repository load_paths(const std::vector<std::string>& paths, const LoadOptions& options,
                      Diagnostics& diags);

/// The test seam: one plan file given as text. `name` is used in diagnostics.
/// `people_text`, when given, is loaded as the shared registry.
Repository load_from_string(std::string_view text, const std::string& name,
                            Diagnostics& diags, std::optional<std::string_view> people_text = {},
                            const LoadOptions& options = {});

/// The year a path names by itself: `2020` for `…/2020/x.yaml`, `…/2020.yaml` or `…/2020`.
std::optional<int> year_of_path(const std::string& path);

}  // namespace lplan::load
