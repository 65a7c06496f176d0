// The people registry an import builds: every person and body the responsible cells
// name, once, with an ASCII id by the official transliteration («Літашова» →
// `litashova`), matched against an existing registry (plans/people.yaml) first.
#pragma once

#include <string>
#include <vector>

#include "import/imported_plan.hpp"
#include "import/people_split.hpp"
#include "model/plan.hpp"

namespace lplan::import {

class Registry {
public:
  /// `existing`: the registry already in the plans folder (may be empty).
  explicit Registry(const std::vector<Person>& existing);

  /// The id of the entry `m` names, making a new entry when there is none. Guesses a
  /// person should check (a name matched despite a typo, a name put in the nominative)
  /// go to `review` at `pos`.
  std::string resolve(const Mention& m, const SourcePos& pos, std::vector<Review>& review);

  /// The new entries, with members linked (a person whose role is the singular of a
  /// body's name, «Тренер РТЦ» of «Тренери РТЦ», belongs to it) and aliases made.
  /// Members found for a body of the existing registry are listed in `review`.
  std::vector<ImportedPerson> finish(std::vector<Review>& review);

  /// How many entries of the existing registry were named.
  std::size_t matched() const;

private:
  struct Entry {
    ImportedPerson person;
    std::string surname;   ///< folded
    std::string initials;  ///< folded, may be empty
    std::vector<std::string> forms;  ///< folded names and aliases it is known by
    bool existing = false;
    bool used = false;
    SourcePos first;
  };

  int find_person(const Mention& m, const SourcePos& pos, std::vector<Review>& review);
  int find_body(const std::string& name, const std::string& written) const;
  int find_form(const std::string& folded) const;
  std::string make_id(const std::string& base, bool body) const;
  int body_for_group(const std::string& group, const SourcePos& pos, std::vector<Review>& review);

  std::vector<Entry> m_entries;
  std::vector<std::pair<int, int>> m_memberships;  ///< (body, person) indices
};

}  // namespace lplan::import
