#include "model/source.hpp"

namespace lplan {

const std::string& SourceLoc::path() const {
  static const std::string k_none;
  return file ? *file : k_none;
}

}  // namespace lplan
