#include "load/organizations.hpp"

#include <algorithm>

#include "load/loader.hpp"
#include "text/i18n.hpp"

namespace lplan::load {

namespace {

/// A year folder `2020/` or a single-file year `2020.yaml`.
bool is_year_entry(const io::Entry& e) {
  std::string name = e.name;
  if (e.kind == io::PathKind::File) {
    for (std::string_view ext : {".yaml", ".yml"}) {
      if (name.ends_with(ext)) {
        name.resize(name.size() - ext.size());
        break;
      }
    }
    if (name == e.name) {
      return false;
    }
  } else if (e.kind != io::PathKind::Folder) {
    return false;
  }
  return name.size() == 4 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_people_file(const io::Entry& e) {
  return e.kind == io::PathKind::File && (e.name == "people.yaml" || e.name == "people.yml");
}

bool holds_years(const io::FileSystem& files, const std::string& folder) {
  io::ListResult inside = files.list(folder);
  return inside.ok && std::any_of(inside.entries.begin(), inside.entries.end(), is_year_entry);
}

}  // namespace

std::vector<OrganizationFolder> find_organizations(const io::FileSystem& files, const std::string& root,
                                                   Diagnostics& diags) {
  io::ListResult listing = files.list(root);
  if (!listing.ok) {
    return {OrganizationFolder{"", root}};  // the loader reports why it cannot be read
  }
  std::vector<std::string> years;
  std::vector<OrganizationFolder> organizations;
  for (const auto& e : listing.entries) {
    if (is_year_entry(e) || is_people_file(e)) {
      years.push_back(e.name);
    } else if (e.kind == io::PathKind::Folder && !e.name.starts_with(".") &&
               holds_years(files, io::join_path(root, e.name))) {
      organizations.push_back(OrganizationFolder{e.name, io::normal_path(io::join_path(root, e.name))});
    }
  }
  if (organizations.empty()) {
    return {OrganizationFolder{"", root}};
  }
  if (!years.empty()) {
    std::string orgs;
    for (const auto& o : organizations) {
      orgs += (orgs.empty() ? "" : ", ") + o.id + "/";
    }
    std::string own;
    for (const auto& y : years) {
      own += (own.empty() ? "" : ", ") + y;
    }
    diags.add(
        Diagnostic{Severity::Error,
                   io::normal_path(root),
                   0,
                   0,
                   trf("the plans folder holds both years ({}) and organizations ({}): keep the years of "
                       "each organization inside its folder, or keep one organization without folders",
                       own, orgs),
                   Rule::Layout,
                   {},
                   {}});
    return {};
  }
  return organizations;
}

}  // namespace lplan::load
