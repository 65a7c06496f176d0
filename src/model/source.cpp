#include "model/source.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace lplan {

namespace {

// A deque never moves its elements, so the views into them stay valid.
std::deque<std::string>& storage() {
  static std::deque<std::string> paths{std::string()};  // number 0: no file
  return paths;
}

std::uint64_t clamp(int value, int bits) {
  return static_cast<std::uint64_t>(std::clamp(value, 0, (1 << bits) - 1));
}

}  // namespace

FilePath intern_path(std::string_view path) {
  static std::unordered_map<std::string_view, FilePath> index;
  if (auto it = index.find(path); it != index.end()) {
    return it->second;
  }
  auto& paths = storage();
  // The limits allow 10,000 files; past 16,383 (14 bits) positions share the last number.
  auto number = static_cast<FilePath>(std::min<std::size_t>(paths.size(), (1u << 14) - 1));
  if (number == paths.size()) {
    paths.emplace_back(path);
    index.emplace(paths.back(), number);
  }
  return number;
}

const std::string& path_of(FilePath file) {
  const auto& paths = storage();
  return file < paths.size() ? paths[file] : paths[0];
}

SourceLoc::SourceLoc(FilePath file_id, int line_no, int column_no)
    : file(file_id & ((1u << 14) - 1)), line(clamp(line_no, 26)), column(clamp(column_no, 24)) {}

}  // namespace lplan
