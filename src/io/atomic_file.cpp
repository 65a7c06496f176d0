#include "io/atomic_file.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "io/file_system.hpp"
#include "text/i18n.hpp"

namespace lplan::io {

namespace fs = std::filesystem;

namespace {

/// The crash-safety test kills lplan at these points (tests/robustness/crash.sh):
/// LPLAN_TEST_KILL_AT=write (half the bytes written) or =commit (before the rename).
void test_kill_point(const char* point) {
  static const char* wanted = std::getenv("LPLAN_TEST_KILL_AT");
  if (wanted != nullptr && std::strcmp(wanted, point) == 0) {
    ::raise(SIGKILL);
  }
}

FileStamp stamp_of(const struct stat& st) {
  FileStamp s;
  s.device = static_cast<std::uint64_t>(st.st_dev);
  s.inode = static_cast<std::uint64_t>(st.st_ino);
  s.size = static_cast<std::uint64_t>(st.st_size);
  s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  s.known = true;
  return s;
}

std::string temp_name(const std::string& folder, const std::string& target) {
  static std::mt19937_64 random{std::random_device{}()};
  return join_path(folder, fmt::format(".{}.lplan-{:012x}", file_name(target), random() & 0xFFFFFFFFFFFFull));
}

/// The file a path names, symbolic links followed (also a link to a file yet to be made).
std::string resolve(const std::string& path) {
  std::error_code ec;
  fs::path p(path);
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(p, ec)); ++hops) {
    fs::path to = fs::read_symlink(p, ec);
    if (ec) {
      break;
    }
    p = to.is_absolute() ? to : p.parent_path() / to;
  }
  return p.lexically_normal().generic_string();
}

void fsync_folder(const std::string& folder) {
  int dfd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace

std::optional<FileStamp> stamp_of_path(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return std::nullopt;
  }
  return stamp_of(st);
}

AtomicFile::AtomicFile(const std::string& path, Mode mode, std::optional<FileStamp> expected)
    : m_path(path), m_target(resolve(path)), m_mode(mode), m_expected(expected) {
  m_folder = parent_path(m_target);
  const char* folder = m_folder.empty() ? "." : m_folder.c_str();
  // An unnamed file: if lplan dies before commit(), nothing is left behind.
  m_fd = ::open(folder, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (m_fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
    // A file system without O_TMPFILE: a named temporary beside the target.
    std::string tmpl = join_path(m_folder, "." + file_name(m_target) + ".lplan-XXXXXX");
    m_fd = ::mkstemp(tmpl.data());
    if (m_fd >= 0) {
      m_named_temp = tmpl;
      ::fcntl(m_fd, F_SETFD, FD_CLOEXEC);
    }
  }
  if (m_fd < 0) {
    fail("open", errno);
  }
}

AtomicFile::~AtomicFile() {
  if (m_fd >= 0) {
    ::close(m_fd);
  }
  if (!m_committed && !m_named_temp.empty()) {
    ::unlink(m_named_temp.c_str());
  }
}

void AtomicFile::fail(const char* what, int error) {
  throw WriteError(trf("cannot write {}: {} ({})", m_path, std::strerror(error), what));
}

void AtomicFile::write(std::string_view bytes) {
  bool first = true;
  while (!bytes.empty()) {
    std::size_t chunk = bytes.size();
    if (first && chunk > 1) {
      chunk = bytes.size() / 2;  // so that the kill point lands in the middle
    }
    ssize_t n = ::write(m_fd, bytes.data(), chunk);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      fail("write", errno);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
    if (first) {
      test_kill_point("write");
      first = false;
    }
  }
}

void AtomicFile::link_into_place() {
  bool unnamed = m_named_temp.empty();
  std::string proc = fmt::format("/proc/self/fd/{}", m_fd);
  if (m_mode == Mode::Create) {
    // link() never replaces: a file that appeared meanwhile is not overwritten.
    int rc = unnamed ? ::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, m_target.c_str(), AT_SYMLINK_FOLLOW)
                     : ::link(m_named_temp.c_str(), m_target.c_str());
    if (rc != 0) {
      if (errno == EEXIST) {
        throw WriteError(trf("cannot write {}: it already exists", m_path));
      }
      fail("link", errno);
    }
    if (!unnamed) {
      ::unlink(m_named_temp.c_str());
      m_named_temp.clear();
    }
    return;
  }
  if (unnamed) {
    for (int attempt = 0;; ++attempt) {
      std::string name = temp_name(m_folder, m_target);
      if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
        m_named_temp = name;
        break;
      }
      if (errno != EEXIST || attempt > 8) {
        fail("link", errno);
      }
    }
  }
  if (std::rename(m_named_temp.c_str(), m_target.c_str()) != 0) {
    fail("rename", errno);
  }
  m_named_temp.clear();
}

void AtomicFile::commit() {
  struct stat st {};
  bool exists = ::stat(m_target.c_str(), &st) == 0;
  if (m_expected && m_expected->known) {
    if (!exists || !(stamp_of(st) == *m_expected)) {
      throw WriteError(trf("{} changed on disk since lplan read it; nothing was written — run the command again",
                           m_path));
    }
  }
  if (exists && m_mode == Mode::Create) {
    throw WriteError(trf("cannot write {}: it already exists", m_path));
  }
  if (exists) {
    ::fchmod(m_fd, st.st_mode & 07777);
    if (::fchown(m_fd, st.st_uid, st.st_gid) != 0) {
      // Only root may give a file away; the file stays the writer's, as any editor leaves it.
    }
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(m_fd, 0666 & ~mask);
  }
  if (::fsync(m_fd) != 0) {
    fail("fsync", errno);
  }
  test_kill_point("commit");
  link_into_place();
  ::close(m_fd);
  m_fd = -1;
  fsync_folder(m_folder);
  m_committed = true;
}

void write_file_atomically(const std::string& path, std::string_view content) {
  AtomicFile file(path);
  file.write(content);
  file.commit();
}

}  // namespace lplan::io
