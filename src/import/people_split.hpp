// A «Відповідальні» cell → the persons and bodies it names.
//
//   «Президія ЛОВ УБА, спільно науково-методичним відділом ЛОУНБ»
//       → body «Президія ЛОВ УБА», body «науково-методичний відділ ЛОУНБ» (put in the nominative)
//   «Тренери РТЦ: Літашова, Дубова, Букреєв»  → three persons, members of the body «Тренери РТЦ»
//   «Тренери РТЦ Літашова Н. Дубова Ю.»       → two persons, members of «Тренери РТЦ»
//   «Секретар ЛОВ УБА Куценко С.В.»           → person «Куценко С.В.», role «Секретар ЛОВ УБА»
//
// Items are separated by commas, semicolons, line breaks, «спільно (з)», «разом (з)»;
// a person is a surname with initials (either order), a full name with a patronymic,
// or a lone surname in a list after «Група:».
#pragma once

#include <string>
#include <vector>

namespace lplan::import {

struct Mention {
  enum class Kind { Person, Body };
  Kind kind = Kind::Body;
  std::string name;      ///< how the entry is named: «Дубова Ю.», «Президія ЛОВ УБА»
  std::string written;   ///< the item as the cell wrote it
  std::string surname;   ///< persons: «Дубова»
  std::string initials;  ///< persons: «Ю.», «С.В.»; may be empty
  std::string role;      ///< «Тренер РТЦ», «Секретар ЛОВ УБА»
  std::string group;     ///< the body a person is listed under: «Тренери РТЦ»
  bool nominative = false;  ///< lplan put the name in the nominative («…відділом» → «…відділ»)
  bool unsure = false;      ///< a long text taken as one name: a person should check it
};

/// The persons and bodies of a responsible cell, in the order written.
std::vector<Mention> split_responsible(const std::string& cell);

/// «науково-методичним відділом ЛОУНБ» → «науково-методичний відділ ЛОУНБ»: the
/// instrumental case (after «спільно з») put back in the nominative, word by word
/// from the start while the words have instrumental endings. Unchanged when none has.
std::string nominative_from_instrumental(const std::string& text);

/// Whether two names are one after the endings of their words are set aside
/// («Тренер РТЦ» and «Тренери РТЦ»; «науково-методичним відділом ЛОУНБ» and
/// «Науково-методичний відділ ЛОУНБ»): as many words, each pair sharing all but at
/// most three final letters (and at least three).
bool same_stem(const std::string& a, const std::string& b);

}  // namespace lplan::import
