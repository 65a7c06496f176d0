#include "model/source.hpp"

#include <algorithm>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace lplan {

namespace {

struct Interned {
  std::string path;
  std::uint32_t tree = 0;
};

// A deque never moves its elements, so the views into them stay valid.
std::deque<Interned>& storage() {
  static std::deque<Interned> files{Interned{}};  // number 0: no file
  return files;
}

// Two revisions load side by side (`lplan diff`): interning and reading share one lock.
std::mutex& lock() {
  static std::mutex m;
  return m;
}

struct Key {
  std::string_view path;
  std::uint32_t tree;
  bool operator==(const Key&) const = default;
};

struct KeyHash {
  std::size_t operator()(const Key& k) const {
    return std::hash<std::string_view>{}(k.path) * 31u + k.tree;
  }
};

std::uint64_t clamp(int value, int bits) {
  return static_cast<std::uint64_t>(std::clamp(value, 0, (1 << bits) - 1));
}

}  // namespace

FilePath intern_path(std::string_view path, std::uint32_t tree) {
  static std::unordered_map<Key, FilePath, KeyHash> index;
  std::lock_guard<std::mutex> guard(lock());
  if (auto it = index.find(Key{path, tree}); it != index.end()) {
    return it->second;
  }
  auto& files = storage();
  auto number = static_cast<FilePath>(std::min<std::size_t>(files.size(), k_max_files));
  if (number == files.size()) {
    files.push_back(Interned{std::string(path), tree});
    index.emplace(Key{files.back().path, tree}, number);
  }
  return number;
}

const std::string& path_of(FilePath file) {
  std::lock_guard<std::mutex> guard(lock());
  const auto& files = storage();
  return file < files.size() ? files[file].path : files[0].path;
}

std::uint32_t tree_of(FilePath file) {
  std::lock_guard<std::mutex> guard(lock());
  const auto& files = storage();
  return file < files.size() ? files[file].tree : 0;
}

SourceLoc::SourceLoc(FilePath file_id, int line_no, int column_no)
    : file(std::min(file_id, k_max_files)), line(clamp(line_no, 23)), column(clamp(column_no, 23)) {}

}  // namespace lplan
