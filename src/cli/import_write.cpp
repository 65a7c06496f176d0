#include "cli/import_write.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

#include "io/atomic_file.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

namespace fs = std::filesystem;

namespace {

/// A temporary folder inside the plans folder, removed with everything in it.
class Staging {
public:
  explicit Staging(const fs::path& parent) {
    std::string tmpl = (parent / ".lplan-import-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) {
      throw std::runtime_error(trf("cannot make a temporary folder in {}: {}", parent.string(), std::strerror(errno)));
    }
    m_root = tmpl;
  }
  ~Staging() {
    std::error_code ec;
    fs::remove_all(m_root, ec);
  }
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;
  const fs::path& root() const { return m_root; }

private:
  fs::path m_root;
};

void write_plain(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.flush();
  if (!out) {
    throw std::runtime_error(trf("cannot write {}: {}", path.string(), std::strerror(errno)));
  }
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

void write_year(const std::string& plans, int year, const std::vector<import::OutputFile>& files, bool force,
                std::optional<io::FileStamp> people_stamp) {
  fs::path target_dir(plans);
  fs::create_directories(target_dir);
  std::string y = std::to_string(year);
  auto existing = existing_year(plans, year);
  if (existing && !force) {
    throw std::runtime_error(trf("{} already exists", *existing));
  }
  Staging staging(target_dir);
  std::unique_ptr<io::AtomicFile> people;
  for (const auto& f : files) {
    if (f.path == "people.yaml") {
      // Prepared now, committed last: refused when someone changed it meanwhile.
      people = std::make_unique<io::AtomicFile>((target_dir / "people.yaml").string(),
                                                people_stamp ? io::AtomicFile::Mode::Replace
                                                             : io::AtomicFile::Mode::Create,
                                                people_stamp);
      people->write(f.content);
    } else {
      write_plain(staging.root() / f.path, f.content);
    }
  }
  fs::path aside;
  if (existing) {
    aside = staging.root() / ("replaced-" + fs::path(*existing).filename().string());
    rename_or_throw(*existing, aside);
  }
  bool moved_in = false;
  try {
    rename_or_throw(staging.root() / y, target_dir / y);
    moved_in = true;
    if (people) {
      people->commit();
    }
  } catch (const std::exception&) {
    // Undo: the new year back into the staging folder (removed with it), the old one back.
    std::error_code ec;
    if (moved_in) {
      fs::rename(target_dir / y, staging.root() / ("new-" + y), ec);
    }
    if (!aside.empty()) {
      fs::rename(aside, *existing, ec);
    }
    throw;
  }
  sync_folder(target_dir);
}

}  // namespace lplan::cli
