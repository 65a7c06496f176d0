#include "model/source.hpp"

#include <deque>
#include <unordered_map>

namespace lplan {

FilePath intern_path(std::string_view path) {
  // A deque never moves its elements, so the pointers (and the views into them) stay valid.
  static std::deque<std::string> storage;
  static std::unordered_map<std::string_view, FilePath> index;
  if (auto it = index.find(path); it != index.end()) {
    return it->second;
  }
  const std::string& stored = storage.emplace_back(path);
  index.emplace(stored, &stored);
  return &stored;
}

const std::string& SourceLoc::path() const {
  static const std::string k_none;
  return file ? *file : k_none;
}

}  // namespace lplan
