#include "import/registry.hpp"

#include <algorithm>

#include "import/cell_text.hpp"
#include "text/i18n.hpp"
#include "text/translit.hpp"
#include "text/unicode.hpp"

namespace lplan::import {

namespace {

constexpr std::size_t k_max_id = 40;

std::string first_word(const std::string& s) { return s.substr(0, s.find(' ')); }

/// Whether two surnames differ by one substituted letter and are long enough for
/// that to be a typo rather than another person («Букресв» / «Букреєв»).
bool one_letter_apart(const std::string& a, const std::string& b) {
  std::u32string x = text::decode(a);
  std::u32string y = text::decode(b);
  if (x.size() != y.size() || x.size() < 7) {
    return false;
  }
  std::size_t diff = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    diff += x[i] != y[i] ? 1 : 0;
  }
  return diff == 1;
}

bool initials_agree(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) {
    return true;
  }
  std::u32string x = text::decode(a);
  std::u32string y = text::decode(b);
  return x[0] == y[0];
}

}  // namespace

Registry::Registry(const std::vector<Person>& existing) {
  for (const auto& p : existing) {
    Entry e;
    e.existing = true;
    e.person.id = p.id.value;
    e.person.body = p.kind == PersonKind::Body;
    e.person.name = p.name.value;
    e.forms.push_back(text::fold(p.name.value));
    e.forms.push_back(text::fold(p.id.value));
    for (const auto& a : p.aliases) {
      e.forms.push_back(text::fold(a.value));
    }
    if (!e.person.body) {
      // «Куценко С.В.» and «С.В. Куценко»: the surname is the word that is not initials.
      std::string name = text::fold(p.name.value);
      std::string w = first_word(name);
      bool initials_first = w.find('.') != std::string::npos;
      e.surname = initials_first ? name.substr(name.rfind(' ') + 1) : w;
      std::size_t space = name.find(' ');
      e.initials = initials_first ? w : (space == std::string::npos ? "" : name.substr(space + 1));
    }
    m_entries.push_back(std::move(e));
  }
}

std::size_t Registry::matched() const {
  return static_cast<std::size_t>(
      std::count_if(m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.existing && e.used; }));
}

int Registry::find_form(const std::string& folded) const {
  for (std::size_t i = 0; i < m_entries.size(); ++i) {
    const auto& forms = m_entries[i].forms;
    if (std::find(forms.begin(), forms.end(), folded) != forms.end()) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

int Registry::find_person(const Mention& m, const SourcePos& pos, std::vector<Review>& review) {
  for (const std::string& form : {m.name, m.written}) {
    if (int i = find_form(text::fold(form)); i >= 0 && !m_entries[static_cast<std::size_t>(i)].person.body) {
      return i;
    }
  }
  std::string surname = text::fold(m.surname);
  std::string initials = text::fold(m.initials);
  if (surname.empty()) {
    return -1;
  }
  std::vector<int> same;
  for (std::size_t i = 0; i < m_entries.size(); ++i) {
    const Entry& e = m_entries[i];
    if (!e.person.body && e.surname == surname && initials_agree(e.initials, initials)) {
      same.push_back(static_cast<int>(i));
    }
  }
  if (same.size() == 1) {
    return same[0];
  }
  if (!same.empty()) {
    return -1;
  }
  for (std::size_t i = 0; i < m_entries.size(); ++i) {
    const Entry& e = m_entries[i];
    if (!e.person.body && e.existing && one_letter_apart(e.surname, surname) && initials_agree(e.initials, initials)) {
      review.push_back({pos, trf("«{}» is taken as «{}» ({}) of the registry: check the spelling", m.written,
                                 e.person.name, e.person.id)});
      return static_cast<int>(i);
    }
  }
  return -1;
}

int Registry::find_body(const std::string& name, const std::string& written) const {
  for (const std::string& form : {name, written}) {
    if (int i = find_form(text::fold(form)); i >= 0) {
      return i;
    }
  }
  for (std::size_t i = 0; i < m_entries.size(); ++i) {
    if (m_entries[i].person.body && (same_stem(m_entries[i].person.name, name) || same_stem(m_entries[i].person.name, written))) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

std::string Registry::make_id(const std::string& base, bool body) const {
  std::string slug = text::ascii_slug(base);
  if (slug.size() > k_max_id) {
    std::size_t cut = slug.rfind('-', k_max_id);
    slug = slug.substr(0, cut == std::string::npos || cut < 8 ? k_max_id : cut);
  }
  if (slug.empty() || !((slug[0] >= 'a' && slug[0] <= 'z') || (slug[0] >= '0' && slug[0] <= '9'))) {
    slug = body ? "body" : "person";
  }
  auto taken = [&](const std::string& id) {
    return std::any_of(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.person.id == id; });
  };
  std::string id = slug;
  for (int n = 2; taken(id); ++n) {
    id = slug + "-" + std::to_string(n);
  }
  return id;
}

int Registry::body_for_group(const std::string& group, const SourcePos& pos, std::vector<Review>& review) {
  Mention g;
  g.kind = Mention::Kind::Body;
  g.name = group;
  g.written = group;
  resolve(g, pos, review);
  return find_body(group, group);
}

std::string Registry::resolve(const Mention& m, const SourcePos& pos, std::vector<Review>& review) {
  int index = -1;
  if (m.kind == Mention::Kind::Person) {
    index = find_person(m, pos, review);
    if (index >= 0) {
      Entry& e = m_entries[static_cast<std::size_t>(index)];
      // A name with initials improves one written without them («Літашова» → «Літашова Н.»).
      if (!e.existing && e.initials.empty() && !m.initials.empty()) {
        e.person.name = m.name;
        e.initials = text::fold(m.initials);
        e.forms.push_back(text::fold(m.name));
      }
      if (!e.existing && e.person.role.empty()) {
        e.person.role = m.role;
      } else if (!e.existing && !m.role.empty() && text::fold(e.person.role).find(text::fold(m.role)) == std::string::npos) {
        e.person.role += "; " + m.role;
      }
    } else {
      Entry e;
      // «Іванова О.» beside «Іванова М.»: `ivanova`, then `ivanova-m`.
      std::string base = m.surname.empty() ? m.name : m.surname;
      if (!m.initials.empty() && make_id(base, false) != text::ascii_slug(base)) {
        base += " " + m.initials;
      }
      e.person.id = make_id(base, false);
      e.person.name = capitalise_first(m.name);
      e.person.role = m.role;
      e.surname = text::fold(m.surname);
      e.initials = text::fold(m.initials);
      e.forms = {text::fold(m.name), text::fold(e.person.id)};
      e.first = pos;
      m_entries.push_back(std::move(e));
      index = static_cast<int>(m_entries.size()) - 1;
    }
  } else {
    index = find_body(m.name, m.written);
    if (index < 0) {
      Entry e;
      e.person.id = make_id(m.name, true);
      e.person.body = true;
      e.person.name = capitalise_first(m.name);
      e.forms = {text::fold(m.name), text::fold(m.written), text::fold(e.person.id)};
      e.first = pos;
      if (m.nominative) {
        review.push_back({pos, trf("«{}» is taken as «{}»: check the name", m.written, e.person.name)});
      }
      if (m.unsure) {
        review.push_back({pos, trf("«{}» is taken as one name: split it by hand if it names several", m.written)});
      }
      m_entries.push_back(std::move(e));
      index = static_cast<int>(m_entries.size()) - 1;
    }
  }
  Entry& e = m_entries[static_cast<std::size_t>(index)];
  e.used = true;
  std::string id = e.person.id;
  if (m.kind == Mention::Kind::Person && !m.group.empty()) {
    int body = body_for_group(m.group, pos, review);
    if (body >= 0) {
      m_memberships.emplace_back(body, index);
    }
  }
  return id;
}

std::vector<ImportedPerson> Registry::finish(std::vector<Review>& review) {
  // A person whose role is a body's name in the singular belongs to that body.
  for (std::size_t p = 0; p < m_entries.size(); ++p) {
    const Entry& e = m_entries[p];
    if (e.existing || e.person.body || e.person.role.empty()) {
      continue;
    }
    for (std::size_t b = 0; b < m_entries.size(); ++b) {
      if (m_entries[b].person.body && same_stem(m_entries[b].person.name, e.person.role)) {
        m_memberships.emplace_back(static_cast<int>(b), static_cast<int>(p));
      }
    }
  }
  std::vector<std::string> not_added;
  for (auto [b, p] : m_memberships) {
    Entry& body = m_entries[static_cast<std::size_t>(b)];
    const std::string& id = m_entries[static_cast<std::size_t>(p)].person.id;
    auto& members = body.person.members;
    if (std::find(members.begin(), members.end(), id) == members.end()) {
      members.push_back(id);
      if (body.existing) {
        not_added.push_back(id);
      }
    }
  }
  if (!not_added.empty()) {
    review.push_back({SourcePos{}, trf("members found for bodies already in people.yaml were not added to them: {}",
                                      fmt::format("{}", fmt::join(not_added, ", ")))});
  }
  // A person named with initials is also known by the surname alone, when no one
  // else is (as plans/people.yaml does: «Дубова Ю.», aliases [Дубова]).
  std::vector<ImportedPerson> out;
  for (auto& e : m_entries) {
    if (e.existing) {
      continue;
    }
    if (!e.person.body && !e.initials.empty() && !e.surname.empty()) {
      bool unique = true;
      for (const auto& other : m_entries) {
        if (&other != &e && (other.surname == e.surname ||
                             std::find(other.forms.begin(), other.forms.end(), e.surname) != other.forms.end())) {
          unique = false;
        }
      }
      if (unique) {
        e.person.aliases.push_back(first_word(e.person.name));
      }
    }
    out.push_back(e.person);
  }
  // Bodies first, then persons, each in the order the table names them.
  std::stable_partition(out.begin(), out.end(), [](const ImportedPerson& p) { return p.body; });
  return out;
}

}  // namespace lplan::import
