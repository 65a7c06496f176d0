// Finding the years of a plans folder and loading them, through the file seam.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "io/file_system.hpp"
#include "load/convert.hpp"
#include "load/file_reader.hpp"
#include "load/loader.hpp"
#include "load/syntax_hints.hpp"
#include "text/i18n.hpp"

namespace lplan::load {

namespace {

bool is_yaml_name(const std::string& name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

std::string stem_of(const std::string& name) {
  auto dot = name.find_last_of('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

std::optional<int> year_of_name(const std::string& name) {
  if (name.size() == 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::stoi(name);
  }
  return std::nullopt;
}

bool is_people_name(const std::string& name) { return name == "people.yaml" || name == "people.yml"; }

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return s;
}

/// An entry of a plans folder (or, `in_year`, of a year folder) that lplan does not read
/// but that looks meant as a plan: a warning naming it and what to do (a link that leads
/// nowhere is an error — exit 2). Returns true when the entry was such a one.
bool note_unread(const io::Entry& entry, const std::string& path, bool in_year, Diagnostics& diags) {
  const std::string& name = entry.name;
  auto warn = [&](std::string message) {
    diags.add(Diagnostic{Severity::Warning, path, 0, 0, std::move(message), Rule::Layout});
    return true;
  };
  if (name.empty() || name[0] == '.') {
    return false;  // hidden: .git, an editor's swap file
  }
  if (entry.broken_link) {
    diags.add(Diagnostic{Severity::Error, path, 0, 0,
                         std::string(tr("a link that leads nowhere (its target is missing, or links loop)")),
                         Rule::Io});
    return true;
  }
  if (name.starts_with("~$")) {
    return warn(std::string(tr("ignored: the lock file an editor (Word) keeps while a document is open")));
  }
  std::string lower = lower_ascii(name);
  if (entry.kind == io::PathKind::File) {
    if (is_yaml_name(lower) && !is_yaml_name(name)) {
      return warn(trf("ignored: lplan reads names ending in .yaml or .yml, in small letters; rename it to \"{}\"",
                      stem_of(name) + lower.substr(lower.find_last_of('.'))));
    }
    for (std::string_view ext : {".yaml.", ".yml."}) {
      if (auto at = lower.find(ext); at != std::string::npos) {
        return warn(trf("ignored: the name does not end in .yaml; if it is a plan, rename it to \"{}\"",
                        name.substr(0, at + ext.size() - 1)));
      }
    }
    return false;
  }
  if (entry.kind != io::PathKind::Folder) {
    return false;
  }
  if (in_year) {
    return warn(std::string(tr("ignored: a folder inside a year folder; lplan reads the .yaml files of the year "
                               "folder itself")));
  }
  if (is_yaml_name(lower)) {
    return warn(trf("ignored: a folder named like a plan file; a year folder is named by its year alone (\"{}\")",
                    stem_of(name)));
  }
  if (name.size() > 4 && year_of_name(name.substr(0, 4))) {
    return warn(trf("ignored: a year folder is named by its year alone; rename it to \"{}\"", name.substr(0, 4)));
  }
  return false;
}

/// Where files are read from, and how their paths are shown.
struct Source {
  const io::FileSystem& files;
  const LoadOptions& options;
};

/// After a syntax error: says which part of the file was not read, with the number of
/// activities in it when the text shows them (`  - id: …` items of `activities:`).
void not_read(std::string_view text, const std::string& name, const Diagnostic& fatal, std::size_t loaded,
              Diagnostics& diags) {
  if (fatal.line <= 0) {
    return;
  }
  int from = fatal.line;
  std::size_t lost = 0;
  auto items = activity_item_lines(text);
  if (items && items->size() > loaded) {
    lost = items->size() - loaded;
    from = std::min(from, (*items)[loaded]);
  }
  std::string file = io::file_name(name);
  std::string message =
      lost > 0 ? trnf("the rest of {} from line {} on was not read: {} activity in it is not checked",
                      "the rest of {} from line {} on was not read: {} activities in it are not checked",
                      static_cast<long long>(lost), file, from, lost)
               : trf("the rest of {} from line {} on was not read", file, from);
  // At the error, so that it reads right after it.
  diags.add(Diagnostic{Severity::Warning, name, fatal.line, fatal.column, std::move(message), Rule::NotRead});
}

/// Parses one file's text into `year` (or the shared registry). Returns false when
/// the file could not be read whole (a fatal YAML or encoding problem).
bool load_text(io::FileBytes text, const std::string& name, std::uint32_t tree, FileRole role,
               const LoadOptions& options, YearPlan& year, std::vector<Person>& shared, Diagnostics& diags) {
  FilePath file = intern_path(name, tree);
  if (!check_text(text, name, diags)) {
    return false;
  }
  Converter converter(file, role, diags);
  if (options.spans != nullptr && !options.spans->aliases_only) {
    FileText& kept = options.spans->files[name];
    kept.path = name;
    kept.bytes = std::string(text.raw());
    kept.bom = text.view().size() != text.raw().size();
    kept.stamp = text.stamp;
    kept.tree = tree;
  }
  if (options.spans != nullptr) {
    converter.record_spans(options.spans, text.view());
  }
  ItemSink sink = [&](const std::string& key, YNode& item) { converter.list_item(key, item, year, shared); };
  std::size_t activities_before = year.activities.size();
  ParsedDocument doc = parse_yaml(text.view(), file, options.limits, sink, diags,
                                  [&text](std::size_t offset) { text.release_before(offset); },
                                  options.spans != nullptr);
  if (doc.retract_last_item) {
    converter.retract_last_item();
    diags.truncate(doc.diags_before_last_item);
  }
  if (doc.fatal) {
    diags.add(*doc.fatal);
    not_read(text.view(), name, *doc.fatal, year.activities.size() - activities_before, diags);
  }
  converter.root(doc, year, shared);
  return !doc.failed;
}

bool load_file(const Source& src, const std::string& path, FileRole role, YearPlan& year,
               std::vector<Person>& shared, Diagnostics& diags) {
  auto text = read_plan_file(src.files, path, path, src.options.limits, diags);
  if (!text) {
    return false;
  }
  return load_text(std::move(*text), path, src.files.tree(), role, src.options, year, shared, diags);
}

/// What a plans folder holds.
struct Layout {
  std::string people_file;                        // empty when there is none
  std::map<int, std::vector<std::string>> years;  // year → its files, sorted by name
};

Layout scan(const Source& src, const std::string& root, Diagnostics& diags) {
  Layout layout;
  io::ListResult listing = src.files.list(root);
  if (!listing.ok) {
    diags.add(Diagnostic{Severity::Error, io::normal_path(root), 0, 0, listing.message, Rule::Io});
    return layout;
  }
  std::size_t files = 0;
  auto count = [&](const std::string& p) {
    if (++files > src.options.limits.max_files) {
      diags.add(Diagnostic{Severity::Error, p, 0, 0,
                           trf("more than {} plan files; lplan stops reading here", src.options.limits.max_files),
                           Rule::Limit});
      return false;
    }
    return true;
  };
  for (const auto& entry : listing.entries) {
    std::string path = io::normal_path(io::join_path(root, entry.name));
    if (entry.kind == io::PathKind::Folder) {
      auto year = year_of_name(entry.name);
      if (!year) {
        note_unread(entry, path, false, diags);
        continue;
      }
      io::ListResult inside = src.files.list(path);
      if (!inside.ok) {
        diags.add(Diagnostic{Severity::Error, path, 0, 0, inside.message, Rule::Io});
        continue;
      }
      std::vector<std::string> year_files;
      for (const auto& f : inside.entries) {
        std::string file_path = io::normal_path(io::join_path(path, f.name));
        if (note_unread(f, file_path, true, diags)) {
          continue;
        }
        if (is_yaml_name(f.name) && f.kind == io::PathKind::File) {
          year_files.push_back(file_path);
        }
      }
      for (const auto& f : year_files) {
        if (!count(f)) {
          return layout;
        }
        layout.years[*year].push_back(f);
      }
      if (year_files.empty()) {
        diags.add(Diagnostic{Severity::Warning, path, 0, 0, std::string(tr("the year folder holds no .yaml files")),
                             Rule::Layout});
      }
    } else if (note_unread(entry, path, false, diags)) {
      continue;
    } else if (is_yaml_name(entry.name) && entry.kind == io::PathKind::File) {
      if (is_people_name(entry.name)) {
        layout.people_file = path;
      } else if (auto year = year_of_name(stem_of(entry.name))) {
        if (!count(path)) {
          return layout;
        }
        layout.years[*year].push_back(path);
      } else {
        diags.add(Diagnostic{
            Severity::Warning, path, 0, 0,
            std::string(tr("ignored: a plan file is named after its year (2020.yaml) or lies in a year folder (2020/)")),
            Rule::Layout});
      }
    }
  }
  return layout;
}

/// Finishes a year: the shared registry appended, the year checked against the files.
/// `complete` is false when a file of the year could not be read whole: a missing
/// `plan` is then not worth a second error.
void finish_year(YearPlan& year, const std::vector<Person>& shared, bool year_from_name, bool complete,
                 std::uint32_t tree, Diagnostics& diags) {
  year.own_people = year.people.size();
  year.people.insert(year.people.end(), shared.begin(), shared.end());
  if (!year.has_meta) {
    if (!year.files.empty() && complete) {
      std::string message =
          year_from_name ? trf("year {} has no \"plan\" (with year and organization) in any of its files", year.year)
                         : std::string(tr("the file has no \"plan\" (with year and organization)"));
      diags.error(SourceLoc{intern_path(year.files.front(), tree), 1, 1}, Rule::Missing, std::move(message));
    }
    return;
  }
  if (!year_from_name) {
    year.year = year.meta.year;
  } else if (year.meta.year != 0 && year.meta.year != year.year) {
    diags.error(year.meta.year_loc, Rule::YearMismatch,
                trf("plan year {} does not match the year {} of its file name", year.meta.year, year.year));
  }
}

YearPlan load_year(const Source& src, int number, const std::vector<std::string>& files,
                   const std::vector<Person>& shared, Diagnostics& diags) {
  YearPlan year;
  year.year = number;
  year.files = files;
  std::vector<Person> unused;
  bool complete = true;
  for (const auto& f : files) {
    complete = load_file(src, f, FileRole::Plan, year, unused, diags) && complete;
  }
  finish_year(year, shared, true, complete, src.files.tree(), diags);
  return year;
}

}  // namespace

std::optional<int> year_of_path(const std::string& path) {
  std::string name = io::file_name(io::normal_path(path));
  if (auto y = year_of_name(name)) {
    return y;
  }
  if (is_yaml_name(name)) {
    if (auto y = year_of_name(stem_of(name))) {
      return y;
    }
    return year_of_name(io::file_name(io::parent_path(io::normal_path(path))));
  }
  return std::nullopt;
}

Repository load_repository(const io::FileSystem& files, const std::string& root, const LoadOptions& options,
                           Diagnostics& diags) {
  Source src{files, options};
  Repository repo;
  repo.root = root;
  Layout layout = scan(src, root, diags);
  if (!layout.people_file.empty()) {
    YearPlan ignored;
    load_file(src, layout.people_file, FileRole::SharedPeople, ignored, repo.shared_people, diags);
  }
  for (const auto& [number, year_files] : layout.years) {
    repo.years.push_back(load_year(src, number, year_files, repo.shared_people, diags));
  }
  return repo;
}

Repository load_repository(const std::string& root, const LoadOptions& options, Diagnostics& diags) {
  io::DiskFileSystem disk;
  return load_repository(disk, root, options, diags);
}

Repository load_paths(const std::vector<std::string>& paths, const LoadOptions& options, Diagnostics& diags) {
  io::DiskFileSystem disk;
  Source src{disk, options};
  Repository repo;
  std::set<std::pair<std::string, int>> loaded;  // (plans folder, year)
  std::map<std::string, std::vector<Person>> registries;
  auto registry = [&](const std::string& root) -> const std::vector<Person>& {
    std::string key = io::normal_path(root);
    auto it = registries.find(key);
    if (it != registries.end()) {
      return it->second;
    }
    std::vector<Person> people;
    for (const char* name : {"people.yaml", "people.yml"}) {
      std::string p = io::normal_path(io::join_path(root, name));
      if (disk.kind(p) == io::PathKind::File) {
        YearPlan ignored;
        load_file(src, p, FileRole::SharedPeople, ignored, people, diags);
        break;
      }
    }
    repo.shared_people.insert(repo.shared_people.end(), people.begin(), people.end());
    return registries.emplace(key, std::move(people)).first->second;
  };
  auto add_year = [&](const std::string& root, int number) {
    if (!loaded.insert({io::normal_path(root), number}).second) {
      return;
    }
    Diagnostics scan_diags;
    Layout layout = scan(src, root, scan_diags);
    const auto& shared = registry(root);
    auto it = layout.years.find(number);
    if (it != layout.years.end()) {
      repo.years.push_back(load_year(src, number, it->second, shared, diags));
    }
  };
  for (const auto& given : paths) {
    std::string p = io::normal_path(given);
    std::string name = io::file_name(p);
    std::string parent = io::parent_path(p);
    io::PathKind kind = disk.kind(given);
    if (kind == io::PathKind::Missing) {
      diags.add(Diagnostic{Severity::Error, given, 0, 0, std::string(tr("no such file or folder")), Rule::Io});
      continue;
    }
    if (kind == io::PathKind::Folder) {
      if (auto y = year_of_name(name)) {
        add_year(parent, *y);
        continue;
      }
      Layout layout = scan(src, p, diags);
      if (layout.years.empty() && layout.people_file.empty()) {
        diags.add(Diagnostic{Severity::Error, given, 0, 0,
                             std::string(tr("no plans here (no year folders or YYYY.yaml files)")), Rule::Io});
      }
      registry(p);
      for (const auto& entry : layout.years) {
        add_year(p, entry.first);
      }
      continue;
    }
    if (is_people_name(name)) {
      Layout layout = scan(src, parent, diags);
      registry(parent);
      for (const auto& entry : layout.years) {
        add_year(parent, entry.first);
      }
      continue;
    }
    if (auto y = year_of_name(stem_of(name)); y && is_yaml_name(name)) {
      add_year(parent, *y);
      continue;
    }
    if (auto y = year_of_name(io::file_name(parent)); y && is_yaml_name(name)) {
      add_year(io::parent_path(parent), *y);
      continue;
    }
    // A loose file: a year of its own, named by its `plan.year`.
    YearPlan year;
    year.files = {p};
    std::vector<Person> none;
    bool complete = load_file(src, p, FileRole::Plan, year, none, diags);
    finish_year(year, {}, false, complete, disk.tree(), diags);
    repo.years.push_back(std::move(year));
  }
  return repo;
}

Repository load_from_string(std::string_view text, const std::string& name, Diagnostics& diags,
                            std::optional<std::string_view> people_text, const LoadOptions& options) {
  Repository repo;
  if (people_text) {
    YearPlan ignored;
    load_text(io::FileBytes::from_string(std::string(*people_text)), "people.yaml", 0, FileRole::SharedPeople,
              options, ignored, repo.shared_people, diags);
  }
  YearPlan year;
  year.files = {name};
  auto from_name = year_of_path(name);
  year.year = from_name.value_or(0);
  std::vector<Person> none;
  bool complete = load_text(io::FileBytes::from_string(std::string(text)), name, 0, FileRole::Plan, options, year,
                            none, diags);
  finish_year(year, repo.shared_people, from_name.has_value(), complete, 0, diags);
  repo.years.push_back(std::move(year));
  return repo;
}

}  // namespace lplan::load
