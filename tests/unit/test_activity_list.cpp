// The activity list view (src/report/activity_list.*) and its renderers
// (src/render/activity_list_render.*): grouping of `due`, overdue, json/csv/text.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "check/checks.hpp"
#include "load/loader.hpp"
#include "render/activity_list_render.hpp"
#include "report/activity_list.hpp"
#include "report/list_columns.hpp"
#include "text/unicode.hpp"

using namespace lplan;
using report::Group;

namespace {

const char* k_plan = R"(plan:
  year: 2020
  organization: Луганське обласне відділення Української бібліотечної асоціації
  short: ЛОВ УБА
directions:
  - {id: sn1, number: 1, title: Розвиток галузі в цілому}
goals:
  - {id: goal1, number: 1, direction: sn1, title: Інновації}
activities:
  - {id: "1.1", goal: goal1, title: Цикл заходів, when: Протягом року, responsible: [presidium], audience: x}
  - {id: "1.2", goal: goal1, title: Обласна школа керівника, when: "лютий березень – квітень травень",
     responsible: [Дубова Ю.], audience: x}
  - {id: "2.1", goal: goal1, title: "Навчання «Бібліотека – простір»", when: I квартал, responsible: [dubova],
     audience: x, details: [Онлайн-курс, "Вебінар | запис"]}
  - {id: "3.1", goal: goal1, title: Річний звіт, when: протягом року, due: 2020-03-20, responsible: [presidium],
     audience: x}
  - {id: "3.3", goal: goal1, title: Тиха вечірка, when: Березень листопад, responsible: [Черв'як],
     audience: x, status: done, done: 2020-03-02}
  - {id: "4.1", goal: goal1, title: Конкурс 漢字, when: лютий, responsible: [presidium], audience: x,
     status: cancelled}
  - {id: "4.2", goal: goal1, title: Кошторис, when: лютий, responsible: [presidium], audience: x}
)";

const char* k_people = R"(people:
  - {id: presidium, kind: body, name: Президія ЛОВ УБА}
  - {id: dubova, name: Дубова Ю.}
  - {id: cherviak, name: Червʼяк О., aliases: [Черв'як]}
)";

struct Fixture {
  Repository repo;
  Diagnostics diags;
  Fixture() {
    repo = load::load_from_string(k_plan, "2020.yaml", diags, k_people);
    check::check_repository(repo, check::CheckOptions{Date{2020, 3, 10}}, diags);
  }
  const YearPlan& year() const { return repo.years.at(0); }
};

std::vector<std::string> ids(const report::ActivityList& list) {
  std::vector<std::string> out;
  for (const auto& r : list.rows) {
    out.push_back(r.id);
  }
  return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("the fixture plan is valid") {
  Fixture fx;
  CHECK_FALSE(fx.diags.has_errors());
}

TEST_CASE("due in March: deadlines first, then scheduled, then ongoing, each in plan order") {
  Fixture fx;
  auto list = report::build_due(fx.year(), {}, MonthSet::single(3), false);
  CHECK(ids(list) == Ids{"2.1", "3.1", "1.2", "3.3", "1.1"});
  CHECK(list.rows[0].group == Group::Deadline);
  CHECK(list.rows[1].group == Group::Deadline);  // ongoing, but its own `due` is in March
  CHECK(list.rows[2].group == Group::Scheduled);
  CHECK(list.rows[4].group == Group::Ongoing);
  CHECK(list.months == MonthSet::single(3));
  CHECK(list.organization_short == "ЛОВ УБА");
}

TEST_CASE("--no-ongoing drops the ongoing group; filters narrow every group") {
  Fixture fx;
  CHECK(ids(report::build_due(fx.year(), {}, MonthSet::single(3), true)) == Ids{"2.1", "3.1", "1.2", "3.3"});
  query::Filter f;
  f.responsible = {"дубова"};
  CHECK(ids(report::build_due(fx.year(), f, MonthSet::single(3), false)) == Ids{"2.1", "1.2"});
}

TEST_CASE("overdue: deadline before today and not done or cancelled") {
  Fixture fx;
  auto list = report::build_overdue(fx.year(), {}, Date{2020, 3, 10});
  CHECK(ids(list) == Ids{"4.2"});
  CHECK(ids(report::build_overdue(fx.year(), {}, Date{2020, 4, 1})) == Ids{"2.1", "3.1", "4.2"});
}

TEST_CASE("a row carries resolved people, months and the deadline") {
  Fixture fx;
  auto list = report::build_list(fx.year(), {});
  REQUIRE(list.rows.size() == 7);
  const auto& r = list.rows[1];
  CHECK(r.months == std::vector<int>{2, 3, 4, 5});
  CHECK(r.deadline == Date{2020, 5, 31});
  REQUIRE(r.responsible.size() == 1);
  CHECK(r.responsible[0].id == "dubova");
  CHECK(r.direction_id == "sn1");
  CHECK(list.rows[4].responsible[0].name == "Червʼяк О.");
}

TEST_CASE("json follows DESIGN §5, with month and group for due") {
  Fixture fx;
  std::ostringstream out;
  render::activity_list_json(report::build_due(fx.year(), {}, MonthSet::single(3), true), out);
  std::string s = out.str();
  CHECK(s.starts_with("{\n  \"year\": 2020,\n  \"organization\": \"Луганське обласне"));
  CHECK(s.find("\"month\": 3") != std::string::npos);
  CHECK(s.find("\"group\": \"deadline\"") != std::string::npos);
  CHECK(s.find("\"deadline\": \"2020-03-31\"") != std::string::npos);
  CHECK(s.find("\"id\": \"dubova\"") != std::string::npos);
  CHECK(s.find("\"name\": \"Дубова Ю.\"") != std::string::npos);
}

TEST_CASE("csv has a header and one row per activity, lists joined with \"; \"") {
  Fixture fx;
  std::ostringstream out;
  render::activity_list_csv(report::build_list(fx.year(), {}), false, out);
  std::string s = out.str();
  CHECK(s.starts_with(
      "id,direction,direction_title,goal,goal_title,title,when,months,deadline,ongoing,status,"));
  CHECK(s.find(",2; 3; 4; 5,2020-05-31,false,planned,Дубова Ю.,dubova,") != std::string::npos);
  CHECK(s.find("Онлайн-курс; Вебінар | запис") != std::string::npos);
}

TEST_CASE("the text table fits 60 columns with Cyrillic and CJK, and an empty list says so") {
  Fixture fx;
  std::ostringstream out;
  render::activity_list_text(report::build_due(fx.year(), {}, MonthSet::single(3), false), {Lang::Uk, 60, false}, out);
  std::string s = out.str();
  CHECK(s.starts_with("ЛОВ УБА, план на 2020 рік: березень 2020\n"));
  CHECK(s.find("Термін у березні") != std::string::npos);
  CHECK(s.find("Заплановано на березень") != std::string::npos);
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) {
    CHECK(text::display_width(l) <= 60);
  }
  std::ostringstream empty;
  render::activity_list_text(report::build_due(fx.year(), {}, MonthSet::single(8), true), {Lang::En, 60, false}, empty);
  CHECK(empty.str() == "ЛОВ УБА, plan for 2020: August 2020\n\nNothing is due in August.\n");
}

TEST_CASE("every field of the activity table with a column is a json/csv column exactly once") {
  auto columns = lplan::report::list_columns();
  for (const auto& f : lplan::activity_fields()) {
    if (f.column.empty()) {
      continue;
    }
    CAPTURE(f.key);
    auto n = std::count_if(columns.begin(), columns.end(),
                           [&](const lplan::report::ListColumn& c) { return c.field == &f; });
    CHECK(n == 1);
  }
  for (const auto& c : columns) {
    CAPTURE(c.name);
    CHECK((c.field != nullptr) == (c.computed == lplan::report::Computed::None ||
                                   c.computed == lplan::report::Computed::Responsible));
  }
}
