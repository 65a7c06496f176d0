// The mapper: a read table → plan data (headings, ids, titles and details, ditto marks
// and merged cells, continuation rows, notes, the text around the table).
#include <doctest/doctest.h>

#include <algorithm>

#include "import/html_reader.hpp"
#include "import/mapper.hpp"
#include "import/plan_meta.hpp"
#include "import/rows.hpp"
#include "import/text_reader.hpp"

using namespace lplan::import;

namespace {

ImportedPlan map_text(std::string_view text, MapOptions options = {}) {
  options.source = "plan.txt";
  return map_document(read_text(text, "plan.txt", ImportLimits{}), options);
}

std::vector<std::string> ids(const ImportedPlan& plan) {
  std::vector<std::string> out;
  for (const auto& a : plan.activities) {
    out.push_back(a.id);
  }
  return out;
}

bool reviewed(const ImportedPlan& plan, std::string_view fragment) {
  return std::any_of(plan.review.begin(), plan.review.end(),
                     [&](const Review& r) { return r.message.find(fragment) != std::string::npos; });
}

using Strings = std::vector<std::string>;

const std::string k_head = "ЛОВ УБА\nПлан роботи на 2020 рік\n№\tНазва заходу\tТермін проведення\tВідповідальні\n";

}  // namespace

TEST_CASE("heading rows become directions and goals; «Розділ» or any other heading a goal of its own") {
  CHECK(parse_heading("СН 1. Розвиток галузі в цілому").kind == Heading::Kind::Direction);
  CHECK(parse_heading("СН 1. Розвиток галузі в цілому").number == 1);
  CHECK(parse_heading("СН 1. Розвиток галузі в цілому").title == "Розвиток галузі в цілому");
  CHECK(parse_heading("Стратегічний напрям № 2: Інституційний розвиток").number == 2);
  CHECK(parse_heading("Ціль 6. Досягти ефективності").number == 6);
  CHECK(parse_heading("ЦІЛЬ ІІІ – Поширити").number == 3);  // Cyrillic І as a Roman numeral
  CHECK(parse_heading("Розділ 2. Масова робота").number == 2);
  CHECK(parse_heading("III. Організаційна робота").number == 3);
  Heading own = parse_heading("Експозиційні форми");
  CHECK(own.kind == Heading::Kind::Goal);
  CHECK_FALSE(own.number);
  CHECK_FALSE(own.explicit_kind);
  CHECK_FALSE(parse_heading("Снігова королева").explicit_kind);

  ImportedPlan plan = map_text(k_head +
                               "СН 1. Розвиток галузі\n\tЦіль 2. Освіта\n1.\tСемінар\tберезень\tДубова Ю.\n"
                               "Експозиційні форми\n\tВиставка\tквітень\tДубова Ю.\n");
  REQUIRE(plan.directions.size() == 1);
  CHECK(plan.directions[0].id == "sn1");
  REQUIRE(plan.goals.size() == 2);
  CHECK(plan.goals[0].id == "goal2");
  CHECK(plan.goals[1].id == "goal3");
  CHECK(plan.goals[1].title == "Експозиційні форми");
  CHECK(plan.activities[1].goal == "goal3");
}

TEST_CASE("a table without headings gets one direction and one goal, and says so") {
  ImportedPlan plan = map_text(k_head + "1\tСемінар\tберезень\tДубова Ю.\n2\tТренінг\tквітень\tДубова Ю.\n");
  CHECK(plan.directions.size() == 1);
  CHECK(plan.goals.size() == 1);
  CHECK(plan.goals[0].title == "План роботи на 2020 рік");
  CHECK(reviewed(plan, "no direction heading"));
  CHECK(reviewed(plan, "no goal heading"));
}

TEST_CASE("ids: numbers kept, the others made from the goal number and the position") {
  ImportedPlan plan = map_text(k_head + "\tЦіль 5. Ціль\n5.3.\tПерший\tберезень\t\n\tДругий\tквітень\t\n"
                                        ".\tТретій\tтравень\t\n5.2)\tЧетвертий\tчервень\t\n");
  // The second activity would be 5.2 by its position, but the table uses 5.2 and 5.3.
  CHECK(ids(plan) == Strings{"5.3", "5.4", "5.5", "5.2"});
  CHECK(reviewed(plan, "«.» in the number column"));
}

TEST_CASE("numbers that restart in every goal become <goal>.<n>; numbers across the table stay") {
  ImportedPlan restart = map_text(k_head + "\tЦіль 1. А\n1\tа\tберезень\t\n2\tб\tквітень\t\n"
                                           "\tЦіль 2. Б\n1\tв\tтравень\t\n");
  CHECK(ids(restart) == Strings{"1.1", "1.2", "2.1"});
  ImportedPlan across = map_text(k_head + "\tЦіль 1. А\n1\tа\tберезень\t\n2\tб\tквітень\t\n"
                                          "\tЦіль 2. Б\n3\tв\tтравень\t\n\tг\tчервень\t\n");
  CHECK(ids(across) == Strings{"1", "2", "3", "4"});
}

TEST_CASE("the header repeated after a page break and a row of column numbers are skipped") {
  ImportedPlan plan = map_text(k_head + "1\t2\t3\t4\n1.1\tа\tберезень\t\n"
                                        "№\tНазва заходу\tТермін проведення\tВідповідальні\n1.2\tб\tквітень\t\n");
  CHECK(ids(plan) == Strings{"1.1", "1.2"});
}

TEST_CASE("a row that continues the one above is joined to it") {
  ImportedPlan plan = map_text(
      k_head + "1\tЦикл заходів для бібліотекарів:\tберезень\tПрезидія ЛОВ УБА, науково-\n"
               "\t- Семінари\t\tметодичний відділ\n"
               "2\tРозширити мережу проекту\tквітень\tРегіональний координатор\n\n"
               "\tCode Club UA в області\t\tпроєкту Дубова Ю.\n"
               "3\tВнести зміни до плану\t\tПрезидія ЛОВ УБА\n"
               "\tНовий захід без номера\tтравень\tПрезидія ЛОВ УБА\n");
  REQUIRE(plan.activities.size() == 4);
  CHECK(plan.activities[0].details == Strings{"Семінари"});
  CHECK(plan.activities[0].rows.size() == 2);
  CHECK(plan.activities[1].title == "Розширити мережу проекту Code Club UA в області");  // after the page break
  CHECK(plan.activities[2].title == "Внести зміни до плану");  // capitalised, and no page break: its own
  CHECK(plan.people.size() == 3);  // Президія, науково-методичний відділ (joined at the hyphen), Дубова
  CHECK(std::any_of(plan.people.begin(), plan.people.end(),
                    [](const ImportedPerson& p) { return p.name == "Науково-методичний відділ"; }));
}

TEST_CASE("ditto marks and merged cells repeat the value above as a shared value") {
  ImportedPlan plan = map_text(k_head + "1\tа\tберезень\tДубова Ю.\n2\tб\t----//-----\t-\"-\n3\tв\t〃\tте саме\n");
  REQUIRE(plan.activities.size() == 3);
  CHECK(plan.activities[1].when == "березень");
  CHECK(plan.activities[2].responsible == Strings{"dubova"});
  CHECK(plan.activities[0].shared.at(Field::When).defines);
  CHECK(plan.activities[0].shared.at(Field::When).anchor == "when-1");
  CHECK(plan.activities[2].shared.at(Field::Responsible).anchor == "responsible-1");
  CHECK_FALSE(plan.activities[2].shared.at(Field::Responsible).defines);

  ImportedPlan merged = map_document(
      read_html("<p>План роботи на 2020 рік</p><table><tr><th>№</th><th>Назва заходу</th><th>Відповідальні</th></tr>"
                "<tr><td>1</td><td>а</td><td rowspan=2>Дубова Ю.</td></tr><tr><td>2</td><td>б</td></tr></table>",
                "plan.html", ImportLimits{}),
      {});
  CHECK(merged.activities[1].shared.at(Field::Responsible).merged);
  CHECK(merged.activities[1].responsible == Strings{"dubova"});
}

TEST_CASE("the title cell: the first paragraph is the title, bullets and the rest are details") {
  ImportedPlan plan = map_text(
      k_head + "1\t\"Фінансова підтримка участі в: - Зимовій школі - Форумі\"\tберезень\t\n"
               "2\t<p>Брати участь в обговореннях. Ініціювати обговорення.</p> <p>Здійснювати збір пропозицій</p>\t"
               "квітень\t\n3\t«Бібліотечні фонди. Шлях книги»: навчання\tтравень\t\n");
  CHECK(plan.activities[0].title == "\"Фінансова підтримка участі в:");
  CHECK(plan.activities[0].details == Strings{"Зимовій школі", "Форумі\""});
  CHECK(plan.activities[1].title == "Брати участь в обговореннях.");
  CHECK(plan.activities[1].details == Strings{"Ініціювати обговорення.", "Здійснювати збір пропозицій"});
  CHECK(plan.activities[2].title == "«Бібліотечні фонди. Шлях книги»: навчання");  // one paragraph stays whole
}

TEST_CASE("columns lplan does not know go to notes with their header; «Місце проведення» to place") {
  ImportedPlan plan = map_text(
      "План роботи на 2020 рік\n№\tНазва заходу\tМісце проведення\tНапрямок діяльності\tВідмітка\n"
      "1\tСемінар\tЛуганська ОУНБ\tОсвіта\tвиконано\n");
  CHECK(plan.activities[0].place == "Луганська ОУНБ");
  CHECK(plan.activities[0].notes == "Напрямок діяльності: Освіта\nВідмітка: виконано");
  CHECK(reviewed(plan, "«Напрямок діяльності» names no field"));
}

TEST_CASE("a timeframe lplan does not understand is kept as written and listed") {
  ImportedPlan plan = map_text(k_head + "1\tСемінар\tберезенъ\t\n2\tТренінг\t Протягом  року \t\n");
  CHECK(plan.activities[0].when == "березенъ");
  CHECK(plan.activities[1].when == "Протягом року");
  CHECK(reviewed(plan, "timeframe «березенъ» is not understood"));
}

TEST_CASE("the text around the table: title, year, organization, head, intro") {
  PlanText t = read_plan_text({"План роботи Луганського відділення УБА на 2020 рік", "Вступ.", "1. Перше.", "2. Друге."},
                              {"Голова ГО «Луганське обласне відділення УБА»", "Риб'янцева І.П."});
  CHECK(t.title == "План роботи Луганського відділення УБА на 2020 рік");
  CHECK(t.year == 2020);
  CHECK(t.organization == "Луганське обласне відділення УБА");
  CHECK(t.head == "Риб'янцева І.П.");
  CHECK(t.intro == "Вступ.\n\n1. Перше.\n2. Друге.");

  PlanText approved = read_plan_text({"ЗАТВЕРДЖУЮ", "Директор ЦБС", "_______ О.М. Петренко", "«__» ______ 2021 р.",
                                      "ПЛАН РОБОТИ Центральної бібліотечної системи на 2021 рік"},
                                     {});
  CHECK(approved.year == 2021);
  CHECK(approved.head == "Петренко О.М.");
  CHECK(approved.organization == "Центральної бібліотечної системи");
  CHECK(approved.organization_from_title);
  PlanText split = read_plan_text({"ЗАТВЕРДЖУЮ", "Директор КЗ «Сєвєродонецька міська ЦБС»", "________ Н.В. Гнатюк",
                                   "«15» січня 2021 р.", "ПЛАН РОБОТИ",
                                   "Сєвєродонецької міської централізованої бібліотечної системи на 2021 рік", "Вступ."},
                                  {});
  CHECK(split.title == "ПЛАН РОБОТИ Сєвєродонецької міської централізованої бібліотечної системи на 2021 рік");
  CHECK(split.organization == "Сєвєродонецька міська ЦБС");
  CHECK(split.head == "Гнатюк Н.В.");
  CHECK(split.approved == "2021-01-15");
  CHECK(split.intro == "Вступ.");
  CHECK(written_date("15.01.2021") == "2021-01-15");
  CHECK_FALSE(written_date("31 лютого 2021 р.").has_value());
  CHECK(plan_year_in("План на 2022 р.") == 2022);
  CHECK_FALSE(plan_year_in("Стратегія 2019-2021").has_value());
}

TEST_CASE("an approval block laid out as a table above the plan gives the organization and the head") {
  ImportedPlan plan = map_document(
      read_html("<table><tr><td></td><td>ЗАТВЕРДЖУЮ<br>Директор КЗ «Міська ЦБС»<br>____ Н.В. Гнатюк</td></tr></table>"
                "<p>План роботи на 2021 рік</p><table><tr><th>№</th><th>Зміст роботи</th><th>Термін виконання</th></tr>"
                "<tr><td>1</td><td>Семінар</td><td>березень</td></tr></table>",
                "plan.html", ImportLimits{}),
      {});
  CHECK(plan.table == 2);
  CHECK(plan.organization == "Міська ЦБС");
  CHECK(plan.head == "Гнатюк Н.В.");
}

TEST_CASE("--year wins over the title; no year at all is an error") {
  MapOptions o;
  o.year = 2021;
  CHECK(map_text(k_head + "1\tСемінар\tберезень\t\n", o).year == 2021);
  CHECK_THROWS_WITH_AS(map_text("№\tНазва заходу\tТермін\n1\tСемінар\tберезень\n"), doctest::Contains("--year"),
                       ImportError);
}

TEST_CASE("--table picks a table; tables split by hand with the header repeated are one") {
  std::string html =
      "<p>План роботи на 2020 рік</p><table><tr><td>ЗАТВЕРДЖУЮ</td><td>Директор</td></tr></table>"
      "<table><tr><th>№</th><th>Назва заходу</th><th>Термін проведення</th></tr><tr><td>1</td><td>а</td><td>березень</td></tr></table>"
      "<table><tr><th>№</th><th>Назва заходу</th><th>Термін проведення</th></tr><tr><td>2</td><td>б</td><td>квітень</td></tr></table>";
  Document doc = read_html(html, "plan.html", ImportLimits{});
  Table t = choose_table(doc, std::nullopt, "plan.html");
  CHECK(t.index == 2);
  CHECK(t.rows.size() == 4);
  CHECK(t.rows[2].after_break);
  CHECK(ids(map_document(doc, {})) == Strings{"1", "2"});
  MapOptions first;
  first.table = 1;
  first.year = 2020;
  CHECK_THROWS_AS(map_document(doc, first), ImportError);  // the approval block is no plan table
  first.table = 9;
  CHECK_THROWS_WITH_AS(map_document(doc, first), doctest::Contains("has 3 tables"), ImportError);
}
