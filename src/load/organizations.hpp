// Many organizations in one plans folder (DESIGN §12): `plans/<org>/` with its own
// years and `people.yaml` each. A folder that holds years (or `people.yaml`) is one
// organization — today's layout, nothing changes; one whose subfolders hold years
// holds one organization per subfolder; one that mixes both is an error.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "io/file_system.hpp"

namespace lplan::load {

struct OrganizationFolder {
  std::string id;    ///< the subfolder's name; empty for a plans folder that is one organization
  std::string root;  ///< the folder to load with load_repository
};

/// The organizations of the plans folder `root`: one entry with an empty id for
/// today's layout (also for a folder that holds nothing yet), else one per subfolder
/// that holds years, by name. A folder with years and organization folders side by side
/// gets a `layout` error that names both and no entry.
std::vector<OrganizationFolder> find_organizations(const io::FileSystem& files, const std::string& root,
                                                   Diagnostics& diags);

}  // namespace lplan::load
