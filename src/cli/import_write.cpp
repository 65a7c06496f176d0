#include "cli/import_write.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

#include "cli/atomic_file.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

namespace fs = std::filesystem;

namespace {

void write_plain(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.flush();
  if (!out) {
    throw std::runtime_error(trf("cannot write {}: {}", path.string(), std::strerror(errno)));
  }
}

std::optional<std::string> read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void sync_folder(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

void rename_or_throw(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) {
    throw std::runtime_error(trf("cannot move {} to {}: {}", from.string(), to.string(), ec.message()));
  }
}

}  // namespace

std::optional<std::string> existing_year(const std::string& plans, int year) {
  std::error_code ec;
  for (const std::string& name : {std::to_string(year), std::to_string(year) + ".yaml", std::to_string(year) + ".yml"}) {
    fs::path p = fs::path(plans) / name;
    if (fs::exists(fs::symlink_status(p, ec))) {
      return p.generic_string();
    }
  }
  return std::nullopt;
}

YearStaging::YearStaging(const std::string& parent) {
  std::string tmpl = (fs::path(parent) / ".lplan-import-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) {
    throw std::runtime_error(trf("cannot make a temporary folder in {}: {}", parent, std::strerror(errno)));
  }
  m_root = tmpl;
}

YearStaging::~YearStaging() {
  std::error_code ec;
  fs::remove_all(m_root, ec);
}

void YearStaging::write(const std::vector<import::OutputFile>& files, const std::optional<std::string>& existing_people) {
  bool people = false;
  for (const auto& f : files) {
    write_plain(fs::path(m_root) / f.path, f.content);
    people = people || f.path == "people.yaml";
  }
  if (!people && existing_people) {
    write_plain(fs::path(m_root) / "people.yaml", *existing_people);
  }
}

void YearStaging::commit(const std::string& plans, int year, bool force, const std::vector<import::OutputFile>& files) {
  fs::path target_dir = fs::path(plans);
  fs::create_directories(target_dir);
  std::string y = std::to_string(year);
  auto existing = existing_year(plans, year);
  if (existing && !force) {
    throw std::runtime_error(trf("{} already exists", *existing));
  }
  const import::OutputFile* people = nullptr;
  for (const auto& f : files) {
    if (f.path == "people.yaml") {
      people = &f;
    }
  }
  fs::path people_path = target_dir / "people.yaml";
  std::optional<std::string> old_people = read_whole(people_path);
  auto restore_people = [&]() {
    if (people == nullptr) {
      return;
    }
    std::error_code ec;
    if (old_people) {
      write_file_atomically(people_path.string(), *old_people);
    } else {
      fs::remove(people_path, ec);
    }
  };
  if (people != nullptr) {
    write_file_atomically(people_path.string(), people->content);
  }
  fs::path aside;
  try {
    if (existing) {
      aside = fs::path(m_root) / ("replaced-" + fs::path(*existing).filename().string());
      rename_or_throw(*existing, aside);
    }
    try {
      rename_or_throw(fs::path(m_root) / y, target_dir / y);
    } catch (...) {
      if (!aside.empty()) {
        std::error_code ec;
        fs::rename(aside, *existing, ec);
      }
      throw;
    }
  } catch (...) {
    restore_people();
    throw;
  }
  sync_folder(target_dir);
}

}  // namespace lplan::cli
