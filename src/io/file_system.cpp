#include "io/file_system.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text/i18n.hpp"

namespace lplan::io {

namespace fs = std::filesystem;

namespace {

std::atomic<std::uint32_t> g_next_tree{1};

FileStamp stamp_of(const struct stat& st) {
  FileStamp s;
  s.device = static_cast<std::uint64_t>(st.st_dev);
  s.inode = static_cast<std::uint64_t>(st.st_ino);
  s.size = static_cast<std::uint64_t>(st.st_size);
  s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  s.known = true;
  return s;
}

PathKind kind_of(const fs::file_status& st) {
  switch (st.type()) {
    case fs::file_type::regular: return PathKind::File;
    case fs::file_type::directory: return PathKind::Folder;
    case fs::file_type::not_found: return PathKind::Missing;
    default: return PathKind::Other;
  }
}

/// The reason of a failed system call, in the user's language for the usual ones.
std::string reason(int error) {
  switch (error) {
    case ENOENT: return std::string(tr("no such file or folder"));
    case EACCES: return std::string(tr("permission denied"));
    case EISDIR: return std::string(tr("this is a folder, not a file"));
    case ENOTDIR: return std::string(tr("a part of the path is not a folder"));
    case ELOOP: return std::string(tr("too many symbolic links (a loop?)"));
    default: return std::strerror(error);
  }
}

ReadResult error_result(std::string message) {
  ReadResult r;
  r.status = ReadResult::Status::Error;
  r.message = std::move(message);
  return r;
}

}  // namespace

FileSystem::FileSystem() : m_tree(g_next_tree.fetch_add(1)) {}

ReadResult DiskFileSystem::read(const std::string& path, std::size_t max_bytes) const {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int saved = errno;
    ReadResult r = error_result(trf("cannot read: {}", reason(saved)));
    if (saved == ENOENT) {
      r.status = ReadResult::Status::Missing;
    }
    return r;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int saved = errno;
    ::close(fd);
    return error_result(trf("cannot read: {}", reason(saved)));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return error_result(trf("cannot read: {}", reason(EISDIR)));
  }
  auto size = static_cast<std::uint64_t>(st.st_size);
  if (S_ISREG(st.st_mode) && size > max_bytes) {
    ::close(fd);
    ReadResult r;
    r.status = ReadResult::Status::TooLarge;
    r.size = size;
    return r;
  }
  ReadResult r;
  r.status = ReadResult::Status::Ok;
  void* map = size > 0 && S_ISREG(st.st_mode)
                  ? ::mmap(nullptr, static_cast<std::size_t>(size), PROT_READ, MAP_PRIVATE, fd, 0)
                  : MAP_FAILED;
  if (map != MAP_FAILED) {
    ::madvise(map, static_cast<std::size_t>(size), MADV_SEQUENTIAL);
    r.bytes = FileBytes::from_mapping(map, static_cast<std::size_t>(size));
  } else {
    // Not mappable (empty, a pipe, a special file): read it, still within the limit.
    std::string owned;
    char buffer[1 << 16];
    while (true) {
      ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n <= 0) {
        break;
      }
      owned.append(buffer, static_cast<std::size_t>(n));
      if (owned.size() > max_bytes) {
        ::close(fd);
        ReadResult big;
        big.status = ReadResult::Status::TooLarge;
        big.size = owned.size();
        return big;
      }
    }
    r.bytes = FileBytes::from_string(std::move(owned));
  }
  r.bytes->stamp = stamp_of(st);
  ::close(fd);
  return r;
}

ListResult DiskFileSystem::list(const std::string& path) const {
  ListResult out;
  std::error_code ec;
  fs::directory_iterator it(path.empty() ? "." : path, ec);
  if (ec) {
    out.message = trf("cannot list: {}", ec.message());
    return out;
  }
  for (fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      out.message = trf("cannot list: {}", ec.message());
      return out;
    }
    Entry e;
    e.name = it->path().filename().string();
    std::error_code lec;
    auto link_status = it->symlink_status(lec);
    e.link = !lec && link_status.type() == fs::file_type::symlink;
    std::error_code sec;
    auto status = fs::status(it->path(), sec);
    e.kind = sec ? PathKind::Missing : kind_of(status);
    e.broken_link = e.link && (sec || e.kind == PathKind::Missing);
    out.entries.push_back(std::move(e));
  }
  std::sort(out.entries.begin(), out.entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
  out.ok = true;
  return out;
}

PathKind DiskFileSystem::kind(const std::string& path) const {
  std::error_code ec;
  auto st = fs::status(path.empty() ? "." : path, ec);
  return ec ? PathKind::Missing : kind_of(st);
}

// --- memory ------------------------------------------------------------------

void MemoryFileSystem::add(const std::string& path, std::string content) {
  m_files[normal_path(path)] = std::move(content);
}

void MemoryFileSystem::add_too_large(const std::string& path, std::uint64_t size) {
  m_files[normal_path(path)] = std::string();
  m_too_large[normal_path(path)] = size;
}

bool MemoryFileSystem::has(const std::string& path) const { return m_files.contains(normal_path(path)); }

ReadResult MemoryFileSystem::read(const std::string& path, std::size_t max_bytes) const {
  auto it = m_files.find(normal_path(path));
  ReadResult r;
  if (it == m_files.end()) {
    r.status = kind(path) == PathKind::Folder ? ReadResult::Status::Error : ReadResult::Status::Missing;
    r.message = trf("cannot read: {}", r.status == ReadResult::Status::Error ? reason(EISDIR) : reason(ENOENT));
    return r;
  }
  if (auto big = m_too_large.find(it->first); big != m_too_large.end()) {
    r.status = ReadResult::Status::TooLarge;
    r.size = big->second;
    return r;
  }
  if (it->second.size() > max_bytes) {
    r.status = ReadResult::Status::TooLarge;
    r.size = it->second.size();
    return r;
  }
  r.status = ReadResult::Status::Ok;
  r.bytes = FileBytes::from_string(it->second);
  return r;
}

ListResult MemoryFileSystem::list(const std::string& path) const {
  ListResult out;
  std::string prefix = normal_path(path);
  prefix = prefix.empty() || prefix == "." ? std::string() : prefix + "/";
  std::map<std::string, PathKind> seen;
  for (auto it = m_files.lower_bound(prefix); it != m_files.end() && it->first.starts_with(prefix); ++it) {
    std::string rest = it->first.substr(prefix.size());
    auto slash = rest.find('/');
    if (slash == std::string::npos) {
      seen[rest] = PathKind::File;
    } else {
      seen.emplace(rest.substr(0, slash), PathKind::Folder);
    }
  }
  if (seen.empty() && kind(path) != PathKind::Folder) {
    out.message = tr("no such file or folder");
    return out;
  }
  for (const auto& [name, k] : seen) {
    out.entries.push_back(Entry{name, k, false, false});
  }
  out.ok = true;
  return out;
}

PathKind MemoryFileSystem::kind(const std::string& path) const {
  std::string p = normal_path(path);
  if (m_files.contains(p)) {
    return PathKind::File;
  }
  std::string prefix = p.empty() || p == "." ? std::string() : p + "/";
  auto it = m_files.lower_bound(prefix);
  if (it != m_files.end() && it->first.starts_with(prefix)) {
    return PathKind::Folder;
  }
  return prefix.empty() ? PathKind::Folder : PathKind::Missing;
}

// --- overlay -----------------------------------------------------------------

std::string OverlayFileSystem::normal(const std::string& path) { return normal_path(path); }

ReadResult OverlayFileSystem::read(const std::string& path, std::size_t max_bytes) const {
  if (m_top.has(path)) {
    return m_top.read(path, max_bytes);
  }
  return m_base.read(path, max_bytes);
}

ListResult OverlayFileSystem::list(const std::string& path) const {
  ListResult base = m_base.list(path);
  ListResult top = m_top.list(path);
  if (!top.ok) {
    return base;
  }
  if (!base.ok) {
    return top;
  }
  for (auto& e : top.entries) {
    auto same = std::find_if(base.entries.begin(), base.entries.end(), [&](const Entry& b) { return b.name == e.name; });
    if (same == base.entries.end()) {
      base.entries.push_back(std::move(e));
    }
  }
  std::sort(base.entries.begin(), base.entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return base;
}

PathKind OverlayFileSystem::kind(const std::string& path) const {
  PathKind top = m_top.kind(path);
  if (top == PathKind::File || (top == PathKind::Folder && !normal(path).empty())) {
    return top;
  }
  return m_base.kind(path);
}

// --- paths -------------------------------------------------------------------

std::string join_path(const std::string& folder, const std::string& name) {
  if (folder.empty() || folder == ".") {
    return name;
  }
  if (folder.back() == '/') {
    return folder + name;
  }
  return folder + "/" + name;
}

std::string parent_path(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) {
    return std::string();
  }
  return slash == 0 ? std::string("/") : path.substr(0, slash);
}

std::string file_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string normal_path(const std::string& path) {
  std::string out = fs::path(path).lexically_normal().generic_string();
  while (out.size() > 1 && out.back() == '/') {
    out.pop_back();
  }
  return out == "." ? std::string() : out;
}

}  // namespace lplan::io
