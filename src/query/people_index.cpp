#include "query/people_index.hpp"

#include "text/unicode.hpp"

namespace lplan::query {

PeopleIndex::PeopleIndex(const std::vector<Person>& people) : m_people(people) {
  m_folded.resize(people.size());
  for (std::size_t i = 0; i < people.size(); ++i) {
    const Person& p = people[i];
    int index = static_cast<int>(i);
    m_by_id.emplace(p.id.value, index);
    auto add = [&](const std::string& s) {
      if (s.empty()) {
        return;
      }
      std::string folded = text::fold(s);
      m_by_name.emplace(folded, index);
      m_folded[i].push_back(std::move(folded));
    };
    add(p.name.value);
    for (const auto& alias : p.aliases) {
      add(alias.value);
    }
  }
}

int PeopleIndex::resolve(std::string_view ref) const {
  if (auto it = m_by_id.find(std::string(ref)); it != m_by_id.end()) {
    return it->second;
  }
  if (auto it = m_by_name.find(text::fold(text::squeeze_spaces(ref))); it != m_by_name.end()) {
    return it->second;
  }
  return -1;
}

std::vector<int> PeopleIndex::search(std::string_view needle) const {
  std::vector<int> out;
  std::string folded = text::fold(needle);
  for (std::size_t i = 0; i < m_people.size(); ++i) {
    bool hit = m_people[i].id.value == needle || text::fold(m_people[i].id.value) == folded;
    for (const auto& name : m_folded[i]) {
      hit = hit || name.find(folded) != std::string::npos;
    }
    if (hit) {
      out.push_back(static_cast<int>(i));
    }
  }
  return out;
}

std::optional<std::string> PeopleIndex::suggest(std::string_view ref) const {
  std::vector<std::string> candidates;
  for (const auto& p : m_people) {
    candidates.push_back(p.id.value);
    candidates.push_back(p.name.value);
    for (const auto& a : p.aliases) {
      candidates.push_back(a.value);
    }
  }
  return text::did_you_mean(ref, candidates);
}

}  // namespace lplan::query
