#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "load/convert.hpp"
#include "load/file_reader.hpp"
#include "load/loader.hpp"

namespace lplan::load {

namespace fs = std::filesystem;

namespace {

bool is_yaml_name(const fs::path& p) {
  auto ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

std::optional<int> year_of_name(const std::string& name) {
  if (name.size() == 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::stoi(name);
  }
  return std::nullopt;
}

bool is_people_file(const fs::path& p) {
  return p.filename() == "people.yaml" || p.filename() == "people.yml";
}

std::string display(const fs::path& p) { return p.lexically_normal().generic_string(); }

/// Parses one file's text into `year` (or the shared registry). Returns false when
/// the file could not be read whole (a fatal YAML or encoding problem).
bool load_text(SourceText text, const std::string& name, FileRole role, const LoadOptions& options,
               YearPlan& year, std::vector<Person>& shared, Diagnostics& diags) {
  FilePath file = intern_path(name);
  if (!check_text(text, name, diags)) {
    return false;
  }
  Converter converter(file, role, diags);
  ItemSink sink = [&](const std::string& key, YNode& item) {
    converter.list_item(key, item, year, shared);
  };
  ParsedDocument doc = parse_yaml(text.view(), file, options.limits, sink, diags,
                                  [&text](std::size_t offset) { text.release_before(offset); });
  if (doc.retract_last_item) {
    converter.retract_last_item();
    diags.truncate(doc.diags_before_last_item);
  }
  if (doc.fatal) {
    diags.add(*doc.fatal);
  }
  converter.root(doc, year, shared);
  return !doc.failed;
}

bool load_file(const std::string& path, FileRole role, const LoadOptions& options, YearPlan& year,
               std::vector<Person>& shared, Diagnostics& diags) {
  auto text = SourceText::open(path, options.limits, diags);
  if (!text) {
    return false;
  }
  return load_text(std::move(*text), path, role, options, year, shared, diags);
}

/// What a plans folder holds.
struct Layout {
  std::string people_file;                         // empty when there is none
  std::map<int, std::vector<std::string>> years;   // year → its files, sorted by name
};

Layout scan(const fs::path& root, const Limits& limits, Diagnostics& diags) {
  Layout layout;
  std::error_code ec;
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(it->path());
  }
  if (ec) {
    diags.add(Diagnostic{Severity::Error, display(root), 0, 0, fmt::format("cannot list: {}", ec.message()), Rule::Io});
    return layout;
  }
  std::sort(entries.begin(), entries.end());
  std::size_t files = 0;
  auto count = [&](const fs::path& p) {
    if (++files > limits.max_files) {
      diags.add(Diagnostic{Severity::Error, display(p), 0, 0,
                           fmt::format("more than {} plan files; lplan stops reading here", limits.max_files),
                           Rule::Limit});
      return false;
    }
    return true;
  };
  for (const auto& p : entries) {
    std::string name = p.filename().string();
    if (fs::is_directory(p, ec)) {
      auto year = year_of_name(name);
      if (!year) {
        continue;
      }
      std::vector<fs::path> year_files;
      for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        if (is_yaml_name(it->path()) && fs::is_regular_file(it->path(), ec)) {
          year_files.push_back(it->path());
        }
      }
      std::sort(year_files.begin(), year_files.end());
      for (const auto& f : year_files) {
        if (!count(f)) {
          return layout;
        }
        layout.years[*year].push_back(display(f));
      }
      if (year_files.empty()) {
        diags.add(Diagnostic{Severity::Warning, display(p), 0, 0, "the year folder holds no .yaml files", Rule::Layout});
      }
    } else if (is_yaml_name(p)) {
      if (is_people_file(p)) {
        layout.people_file = display(p);
      } else if (auto year = year_of_name(p.stem().string())) {
        if (!count(p)) {
          return layout;
        }
        layout.years[*year].push_back(display(p));
      } else {
        diags.add(Diagnostic{Severity::Warning, display(p), 0, 0,
                             "ignored: a plan file is named after its year (2020.yaml) or lies in a year folder (2020/)",
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
                 Diagnostics& diags) {
  year.own_people = year.people.size();
  year.people.insert(year.people.end(), shared.begin(), shared.end());
  if (!year.has_meta) {
    if (!year.files.empty() && complete) {
      std::string message =
          year_from_name ? fmt::format("year {} has no \"plan\" (with year and organization) in any of its files",
                                       year.year)
                         : std::string("the file has no \"plan\" (with year and organization)");
      diags.error(SourceLoc{intern_path(year.files.front()), 1, 1}, Rule::Missing,
                  std::move(message));
    }
    return;
  }
  if (!year_from_name) {
    year.year = year.meta.year;
  } else if (year.meta.year != 0 && year.meta.year != year.year) {
    diags.error(year.meta.year_loc, Rule::YearMismatch,
                fmt::format("plan year {} does not match the year {} of its file name", year.meta.year,
                            year.year));
  }
}

YearPlan load_year(int number, const std::vector<std::string>& files, const std::vector<Person>& shared,
                   const LoadOptions& options, Diagnostics& diags) {
  YearPlan year;
  year.year = number;
  year.files = files;
  std::vector<Person> unused;
  bool complete = true;
  for (const auto& f : files) {
    complete = load_file(f, FileRole::Plan, options, year, unused, diags) && complete;
  }
  finish_year(year, shared, true, complete, diags);
  return year;
}

}  // namespace

std::optional<int> year_of_path(const std::string& path) {
  fs::path p(path);
  if (auto y = year_of_name(p.filename().string())) {
    return y;
  }
  if (is_yaml_name(p)) {
    if (auto y = year_of_name(p.stem().string())) {
      return y;
    }
    return year_of_name(p.parent_path().filename().string());
  }
  return std::nullopt;
}

Repository load_repository(const std::string& root, const LoadOptions& options, Diagnostics& diags) {
  Repository repo;
  repo.root = root;
  Layout layout = scan(root, options.limits, diags);
  if (!layout.people_file.empty()) {
    YearPlan ignored;
    load_file(layout.people_file, FileRole::SharedPeople, options, ignored, repo.shared_people, diags);
  }
  for (const auto& [number, files] : layout.years) {
    repo.years.push_back(load_year(number, files, repo.shared_people, options, diags));
  }
  return repo;
}

Repository load_paths(const std::vector<std::string>& paths, const LoadOptions& options, Diagnostics& diags) {
  Repository repo;
  std::set<std::pair<std::string, int>> loaded;  // (plans folder, year)
  std::map<std::string, std::vector<Person>> registries;
  auto registry = [&](const fs::path& root) -> const std::vector<Person>& {
    std::string key = display(root);
    auto it = registries.find(key);
    if (it != registries.end()) {
      return it->second;
    }
    std::vector<Person> people;
    for (const char* name : {"people.yaml", "people.yml"}) {
      std::error_code ec;
      if (fs::is_regular_file(root / name, ec)) {
        YearPlan ignored;
        load_file(display(root / name), FileRole::SharedPeople, options, ignored, people, diags);
        break;
      }
    }
    repo.shared_people.insert(repo.shared_people.end(), people.begin(), people.end());
    return registries.emplace(key, std::move(people)).first->second;
  };
  auto add_year = [&](const fs::path& root, int number) {
    if (!loaded.insert({display(root), number}).second) {
      return;
    }
    Diagnostics scan_diags;
    Layout layout = scan(root, options.limits, scan_diags);
    const auto& shared = registry(root);
    auto it = layout.years.find(number);
    if (it != layout.years.end()) {
      repo.years.push_back(load_year(number, it->second, shared, options, diags));
    }
  };
  for (const auto& given : paths) {
    fs::path p(given);
    std::error_code ec;
    if (!fs::exists(p, ec)) {
      diags.add(Diagnostic{Severity::Error, given, 0, 0, "no such file or folder", Rule::Io});
      continue;
    }
    if (fs::is_directory(p, ec)) {
      if (auto y = year_of_name(p.filename().string())) {
        add_year(p.parent_path(), *y);
        continue;
      }
      Layout layout = scan(p, options.limits, diags);
      if (layout.years.empty() && layout.people_file.empty()) {
        diags.add(Diagnostic{Severity::Error, given, 0, 0, "no plans here (no year folders or YYYY.yaml files)", Rule::Io});
      }
      registry(p);
      for (const auto& entry : layout.years) {
        add_year(p, entry.first);
      }
      continue;
    }
    if (is_people_file(p)) {
      Layout layout = scan(p.parent_path(), options.limits, diags);
      registry(p.parent_path());
      for (const auto& entry : layout.years) {
        add_year(p.parent_path(), entry.first);
      }
      continue;
    }
    if (auto y = year_of_name(p.stem().string()); y && is_yaml_name(p)) {
      add_year(p.parent_path(), *y);
      continue;
    }
    if (auto y = year_of_name(p.parent_path().filename().string()); y && is_yaml_name(p)) {
      add_year(p.parent_path().parent_path(), *y);
      continue;
    }
    // A loose file: a year of its own, named by its `plan.year`.
    YearPlan year;
    year.files = {display(p)};
    std::vector<Person> none;
    bool complete = load_file(display(p), FileRole::Plan, options, year, none, diags);
    finish_year(year, {}, false, complete, diags);
    repo.years.push_back(std::move(year));
  }
  return repo;
}

Repository load_from_string(std::string_view text, const std::string& name, Diagnostics& diags,
                            std::optional<std::string_view> people_text, const LoadOptions& options) {
  Repository repo;
  if (people_text) {
    YearPlan ignored;
    load_text(SourceText::from_string(std::string(*people_text)), "people.yaml", FileRole::SharedPeople, options, ignored,
              repo.shared_people, diags);
  }
  YearPlan year;
  year.files = {name};
  auto from_name = year_of_path(name);
  year.year = from_name.value_or(0);
  std::vector<Person> none;
  bool complete = load_text(SourceText::from_string(std::string(text)), name, FileRole::Plan, options, year, none, diags);
  finish_year(year, repo.shared_people, from_name.has_value(), complete, diags);
  repo.years.push_back(std::move(year));
  return repo;
}

}  // namespace lplan::load
