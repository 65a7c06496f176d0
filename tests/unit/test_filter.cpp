// Filters of list/due (src/query/filter.*): different filters AND, repeats OR,
// people found by folded name or alias, free-text responsible without a registry.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/checks.hpp"
#include "load/loader.hpp"
#include "query/filter.hpp"

using namespace lplan;

namespace {

const char* k_plan = R"(plan:
  year: 2020
  organization: Луганське обласне відділення УБА
directions:
  - {id: sn1, number: 1, title: Розвиток галузі}
  - {id: sn2, number: 2, title: Інституційний розвиток}
goals:
  - {id: goal1, number: 1, direction: sn1, title: Інновації}
  - {id: goal6, number: 6, direction: sn2, title: Менеджмент}
activities:
  - {id: "1.1", goal: goal1, title: Цикл семінарів, when: Протягом року, responsible: [dubova], audience: x,
     details: [Виїзні тренінги по запиту ОТГ]}
  - {id: "1.2", goal: goal1, title: Обласна школа керівника, when: "лютий березень – квітень травень",
     responsible: [Президія], audience: x, status: in-progress}
  - {id: "6.1", goal: goal6, title: Звітно-виборча конференція, when: березень, responsible: [kutsenko],
     audience: x, status: done, done: 2020-03-05, outcome: "Обрано нову Президію"}
  - {id: "6.2", goal: goal6, title: Кошторис, when: жовтень, responsible: [Черв'як], audience: x}
)";

const char* k_people = R"(people:
  - {id: presidium, kind: body, name: Президія ЛОВ УБА, aliases: [Президія]}
  - {id: dubova, name: Дубова Ю., aliases: [Дубова]}
  - {id: kutsenko, name: Куценко С.В.}
  - {id: cherviak, name: Червʼяк О., aliases: [Черв'як]}
)";

struct Fixture {
  Repository repo;
  Diagnostics diags;
  explicit Fixture(const char* plan = k_plan, std::optional<std::string_view> people = k_people) {
    repo = load::load_from_string(plan, "2020.yaml", diags, people);
    check::check_repository(repo, check::CheckOptions{Date{2020, 6, 1}}, diags);
  }
  std::vector<std::string> ids(const query::Filter& f) const {
    std::vector<std::string> out;
    const YearPlan& y = repo.years.at(0);
    for (const auto& a : y.activities) {
      if (f.matches(y, a)) {
        out.push_back(a.id.value);
      }
    }
    return out;
  }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("an empty filter matches every activity") {
  Fixture fx;
  CHECK(fx.ids({}) == Ids{"1.1", "1.2", "6.1", "6.2"});
}

TEST_CASE("--responsible дубова finds «Дубова Ю.» after folding, and the id works too") {
  Fixture fx;
  query::Filter f;
  f.responsible = {"дубова"};
  CHECK(fx.ids(f) == Ids{"1.1"});
  f.responsible = {"ДУБОВА"};
  CHECK(fx.ids(f) == Ids{"1.1"});
  f.responsible = {"dubova"};
  CHECK(fx.ids(f) == Ids{"1.1"});
  f.responsible = {"Дубова"};  // NFD input
  CHECK(fx.ids(f) == Ids{"1.1"});
}

TEST_CASE("a repeated --responsible ORs; other filters AND") {
  Fixture fx;
  query::Filter f;
  f.responsible = {"дубова", "куценко"};
  CHECK(fx.ids(f) == Ids{"1.1", "6.1"});
  f.months = MonthSet::single(3);
  CHECK(fx.ids(f) == Ids{"1.1", "6.1"});
  f.status = {Status::Done};
  CHECK(fx.ids(f) == Ids{"6.1"});
}

TEST_CASE("--responsible with any apostrophe finds «Червʼяк»") {
  Fixture fx;
  query::Filter f;
  f.responsible = {"червʼяк"};
  CHECK(fx.ids(f) == Ids{"6.2"});
  f.responsible = {"ЧЕРВ’ЯК"};
  CHECK(fx.ids(f) == Ids{"6.2"});
  f.responsible = {"cherviak"};
  CHECK(fx.ids(f) == Ids{"6.2"});
}

TEST_CASE("without a registry, responsible is free text matched as a folded substring") {
  Fixture fx(k_plan, std::nullopt);
  query::Filter f;
  f.responsible = {"президія"};
  CHECK(fx.ids(f) == Ids{"1.2"});
  f.responsible = {"ЧЕРВʼЯК"};
  CHECK(fx.ids(f) == Ids{"6.2"});
}

TEST_CASE("--month keeps what is scheduled in the month, ongoing included") {
  Fixture fx;
  query::Filter f;
  f.months = MonthSet::single(3);
  CHECK(fx.ids(f) == Ids{"1.1", "1.2", "6.1"});
  f.months = MonthSet::single(10);
  CHECK(fx.ids(f) == Ids{"1.1", "6.2"});
}

TEST_CASE("--goal and --direction take an id or a number") {
  Fixture fx;
  query::Filter f;
  f.goal = {"goal6"};
  CHECK(fx.ids(f) == Ids{"6.1", "6.2"});
  f.goal = {"1"};
  CHECK(fx.ids(f) == Ids{"1.1", "1.2"});
  f.goal.clear();
  f.direction = {"2"};
  CHECK(fx.ids(f) == Ids{"6.1", "6.2"});
  f.direction = {"sn1", "sn2"};
  CHECK(fx.ids(f).size() == 4);
  f.direction = {"sn9"};
  CHECK(fx.ids(f).empty());
}

TEST_CASE("--grep searches title, details and outcome, folded") {
  Fixture fx;
  query::Filter f;
  f.grep = {"ШКОЛА"};
  CHECK(fx.ids(f) == Ids{"1.2"});
  f.grep = {"отг"};
  CHECK(fx.ids(f) == Ids{"1.1"});
  f.grep = {"нову президію"};
  CHECK(fx.ids(f) == Ids{"6.1"});
  f.grep = {"школа", "кошторис"};
  CHECK(fx.ids(f) == Ids{"1.2", "6.2"});
}

TEST_CASE("--status values parse; an unknown one is an error that lists the valid ones") {
  CHECK(query::parse_statuses({"done", "in_progress", "In-Progress"}) ==
        std::vector<Status>{Status::Done, Status::InProgress, Status::InProgress});
  CHECK_THROWS_WITH_AS(query::parse_statuses({"finished"}),
                       doctest::Contains("(write one of: planned, in-progress, done, cancelled, postponed)"),
                       query::FilterError);
  Fixture fx;
  auto f = query::Filter::from_strings({}, {}, {}, {"in-progress"}, {});
  CHECK(fx.ids(f) == Ids{"1.2"});
}

TEST_CASE("--responsible finds what the bodies she belongs to do, and says through which body") {
  const char* plan = R"(plan:
  year: 2020
  organization: ЛОВ УБА
directions:
  - {id: sn1, number: 1, title: Розвиток галузі}
goals:
  - {id: goal1, number: 1, direction: sn1, title: Інновації}
activities:
  - {id: "1.1", goal: goal1, title: Школа, when: березень, responsible: [rtc], audience: x}
  - {id: "1.2", goal: goal1, title: Семінар, when: квітень, responsible: [dubova, rtc], audience: x}
  - {id: "1.3", goal: goal1, title: Кошторис, when: травень, responsible: [kutsenko], audience: x}
  - {id: "1.4", goal: goal1, title: Форум, when: червень, responsible: [all], audience: x}
)";
  const char* people = R"(people:
  - {id: rtc, kind: body, name: Тренери РТЦ, members: [dubova, Літашова Н.]}
  - {id: all, kind: body, name: Усі, members: [rtc, kutsenko]}
  - {id: dubova, name: Дубова Ю., aliases: [Дубова]}
  - {id: litashova, name: Літашова Н.}
  - {id: kutsenko, name: Куценко С.В.}
)";
  Fixture fx(plan, people);
  REQUIRE_FALSE(fx.diags.has_errors());
  query::Filter f;
  f.responsible = {"дубова"};
  CHECK(fx.ids(f) == Ids{"1.1", "1.2", "1.4"});  // «Усі» holds «Тренери РТЦ», who hold her
  const YearPlan& y = fx.repo.years.at(0);
  auto matcher = f.for_year(y);
  CHECK(matcher.via(y.activities[0]) == std::vector<int>{0});  // via rtc
  CHECK(matcher.via(y.activities[1]).empty());                 // she is named herself
  CHECK(matcher.via(y.activities[3]) == std::vector<int>{1});  // via «Усі»
  f.responsible = {"літашова"};
  CHECK(fx.ids(f) == Ids{"1.1", "1.2", "1.4"});
  f.responsible = {"куценко"};
  CHECK(fx.ids(f) == Ids{"1.3", "1.4"});
}

TEST_CASE("--month takes a period: scheduled in, or a deadline in, any of its months") {
  Fixture fx;
  query::Filter f;
  f.months = MonthSet::range(4, 6);  // II квартал
  CHECK(fx.ids(f) == Ids{"1.1", "1.2"});
  f.months = MonthSet::single(3);
  f.months->add(10);
  CHECK(fx.ids(f) == Ids{"1.1", "1.2", "6.1", "6.2"});
}
