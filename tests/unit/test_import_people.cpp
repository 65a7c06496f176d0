// Responsible cells → persons and bodies, and the registry an import builds from them.
#include <doctest/doctest.h>

#include "import/people_split.hpp"
#include "import/registry.hpp"

using namespace lplan::import;

namespace {

std::vector<std::string> names(const std::vector<Mention>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) {
    out.push_back((m.kind == Mention::Kind::Person ? "person " : "body ") + m.name +
                  (m.role.empty() ? "" : " | " + m.role) + (m.group.empty() ? "" : " in " + m.group));
  }
  return out;
}

using Strings = std::vector<std::string>;

lplan::Person person(const std::string& id, const std::string& name, bool body = false,
                     std::vector<std::string> aliases = {}) {
  lplan::Person p;
  p.id.value = id;
  p.name.value = name;
  p.kind = body ? lplan::PersonKind::Body : lplan::PersonKind::Person;
  for (auto& a : aliases) {
    p.aliases.push_back({a, {}});
  }
  return p;
}

}  // namespace

TEST_CASE("the responsible cells of the seed") {
  CHECK(names(split_responsible("Президія ЛОВ УБА, спільно науково-методичним відділом ЛОУНБ")) ==
        Strings{"body Президія ЛОВ УБА", "body науково-методичний відділ ЛОУНБ"});
  CHECK(names(split_responsible("Тренери РТЦ спільно науково-методичним відділом ЛОУНБ")) ==
        Strings{"body Тренери РТЦ", "body науково-методичний відділ ЛОУНБ"});
  CHECK(names(split_responsible("ЛОВ УБА спільно з науково-методичним відділом ЛОУНБ")) ==
        Strings{"body ЛОВ УБА", "body науково-методичний відділ ЛОУНБ"});
  CHECK(names(split_responsible("Тренери РТЦ: Літашова, Дубова, Букресв, Черв'як")) ==
        Strings{"person Літашова in Тренери РТЦ", "person Дубова in Тренери РТЦ", "person Букресв in Тренери РТЦ",
                "person Черв'як in Тренери РТЦ"});
  CHECK(names(split_responsible("Тренери РТЦ Літашова Н. Дубова Ю.")) ==
        Strings{"person Літашова Н. in Тренери РТЦ", "person Дубова Ю. in Тренери РТЦ"});
  CHECK(names(split_responsible("Тренер РТЦ Сидорова К.")) == Strings{"person Сидорова К. | Тренер РТЦ"});
  CHECK(names(split_responsible("Регіональний координатор проєкту Дубова Ю.")) ==
        Strings{"person Дубова Ю. | Регіональний координатор проєкту"});
  CHECK(names(split_responsible("Секретар ЛОВ УБА Куценко С.В.")) == Strings{"person Куценко С.В. | Секретар ЛОВ УБА"});
  CHECK(names(split_responsible("ЛОВ УБА, робоча група")) == Strings{"body ЛОВ УБА", "body робоча група"});
}

TEST_CASE("other ways to write people") {
  CHECK(names(split_responsible("О.М. Петренко; Коваль І. В.\nДиректор ЦБС")) ==
        Strings{"person Петренко О.М.", "person Коваль І.В.", "person Директор ЦБС"});
  CHECK(names(split_responsible("Шевченко Тарас Григорович")) == Strings{"person Шевченко Т.Г."});
  CHECK(names(split_responsible("Сектор обслуговування дітей разом із бібліотекою-філією")) ==
        Strings{"body Сектор обслуговування дітей", "body бібліотека-філія"});
  CHECK(names(split_responsible("Бібліотеки-філії, Методисти")) == Strings{"body Бібліотеки-філії", "body Методисти"});
  CHECK(names(split_responsible("Президія, Дубова")) == Strings{"body Президія", "person Дубова"});
  CHECK(names(split_responsible(".")).empty());
}

TEST_CASE("the instrumental case after «спільно з» is put back in the nominative") {
  CHECK(nominative_from_instrumental("науково-методичним відділом ЛОУНБ") == "науково-методичний відділ ЛОУНБ");
  CHECK(nominative_from_instrumental("обласною бібліотекою для дітей") == "обласна бібліотека для дітей");
  CHECK(nominative_from_instrumental("керівниками публічних бібліотек") == "керівники публічних бібліотек");
  CHECK(nominative_from_instrumental("громадськими організаціями") == "громадські організації");
  CHECK(nominative_from_instrumental("секретарем ради") == "секретар ради");
  CHECK(nominative_from_instrumental("ЛОУНБ") == "ЛОУНБ");
}

TEST_CASE("names that differ only in their endings are one") {
  CHECK(same_stem("Тренер РТЦ", "Тренери РТЦ"));
  CHECK(same_stem("науково-методичним відділом ЛОУНБ", "Науково-методичний відділ ЛОУНБ"));
  CHECK_FALSE(same_stem("Президія ЛОВ УБА", "Президія ВГО УБА"));
  CHECK_FALSE(same_stem("керівники бібліотек", "керівники публічних бібліотек"));
}

TEST_CASE("a new registry: ASCII ids by the official transliteration, each person once") {
  Registry r({});
  std::vector<Review> review;
  auto ids = [&](const std::string& cell) {
    Strings out;
    for (const auto& m : split_responsible(cell)) {
      out.push_back(r.resolve(m, {}, review));
    }
    return out;
  };
  CHECK(ids("Тренери РТЦ: Літашова, Дубова, Черв'як") == Strings{"litashova", "dubova", "cherviak"});
  CHECK(ids("Тренери РТЦ Літашова Н. Дубова Ю.") == Strings{"litashova", "dubova"});
  CHECK(ids("Тренер РТЦ Летучій С.") == Strings{"letuchii"});
  CHECK(ids("Президія ЛОВ УБА") == Strings{"prezydiia-lov-uba"});
  CHECK(ids("Іванова О.") == Strings{"ivanova"});
  CHECK(ids("Іванова М.") == Strings{"ivanova-m"});
  CHECK(ids("Ярошенко Є.") == Strings{"yaroshenko"});
  auto people = r.finish(review);
  REQUIRE(people.size() == 9);
  CHECK(people[0].name == "Тренери РТЦ");
  CHECK(people[0].body);
  CHECK(people[0].members == Strings{"litashova", "dubova", "cherviak", "letuchii"});
  CHECK(people[1].id == "prezydiia-lov-uba");
  CHECK(people[2].name == "Літашова Н.");    // the fuller form of the name
  CHECK(people[2].aliases == Strings{"Літашова"});
  CHECK(people[5].role == "Тренер РТЦ");
  CHECK(people[6].aliases.empty());          // two Іванова: the surname alone names neither
}

TEST_CASE("an existing registry is matched by name, alias, surname or a one-letter typo") {
  std::vector<lplan::Person> existing = {person("presidium", "Президія ЛОВ УБА", true, {"Президія"}),
                                         person("nmv-lounb", "Науково-методичний відділ ЛОУНБ", true),
                                         person("bukreiev", "Букреєв"), person("dubova", "Дубова Ю.", false, {"Дубова"}),
                                         person("kutsenko", "Куценко С.В.")};
  Registry r(existing);
  std::vector<Review> review;
  auto id = [&](const std::string& cell) { return r.resolve(split_responsible(cell).at(0), {0, 4, 0}, review); };
  CHECK(id("Президія") == "presidium");
  CHECK(id("спільно науково-методичним відділом ЛОУНБ") == "nmv-lounb");
  CHECK(id("Регіональний координатор проєкту Дубова Ю.") == "dubova");
  CHECK(id("Секретар ЛОВ УБА Куценко С.В.") == "kutsenko");
  CHECK(review.empty());
  CHECK(id("Тренери РТЦ: Букресв") == "bukreiev");
  REQUIRE(review.size() == 1);
  CHECK(review[0].message.find("Букресв") != std::string::npos);
  CHECK(id("Іваненко П.") == "ivanenko");
  CHECK(r.matched() == 5);
  auto added = r.finish(review);
  CHECK(added.size() == 2);  // Іваненко and the body «Тренери РТЦ»
}
