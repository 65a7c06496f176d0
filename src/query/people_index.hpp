// Finding people: by id, or by name or alias compared after NFC and case folding.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/plan.hpp"

namespace lplan::query {

class PeopleIndex {
public:
  explicit PeopleIndex(const std::vector<Person>& people);

  /// The index of the person `ref` names (id exactly; name or alias folded), or -1.
  int resolve(std::string_view ref) const;

  /// Indices of everyone whose id equals `needle`, or whose folded name or alias
  /// contains the folded `needle` (`дубова` finds «Дубова Ю.»).
  std::vector<int> search(std::string_view needle) const;

  /// The id, name or alias closest to `ref`, for "did you mean" hints.
  std::optional<std::string> suggest(std::string_view ref) const;

private:
  const std::vector<Person>& m_people;
  std::unordered_map<std::string, int> m_by_id;
  std::unordered_map<std::string, int> m_by_name;  ///< folded names and aliases
  std::vector<std::vector<std::string>> m_folded;  ///< per person: folded name and aliases
};

}  // namespace lplan::query
