// The workload view (src/report/workload.*): every registry entry in registry order
// with its activities and deadlines per month; CSV cells defused.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "check/checks.hpp"
#include "load/loader.hpp"
#include "render/workload_render.hpp"
#include "report/workload.hpp"

using namespace lplan;

namespace {

const char* k_plan = R"(plan: {year: 2020, organization: Відділення, title: План}
directions: [{id: sn1, number: 1, title: Галузь}]
goals: [{id: g1, number: 1, direction: sn1, title: Освіта}]
activities:
  - {id: "1", goal: g1, title: Школа, when: "лютий - квітень", responsible: [yakiv, ann], audience: [a]}
  - {id: "2", goal: g1, title: Курс, when: "Протягом року", responsible: [ann], audience: [a]}
  - {id: "3", goal: g1, title: Зміни, responsible: [ann], audience: [a]}
)";

// Registry order is Ukrainian alphabetical order kept by hand: «Яків» after «Анна»
// but «Ґанна» (Ґ sorts after Г) — bytes would put «Ґ» (U+0490) after «Я» (U+042F).
const char* k_people = R"(people:
  - {id: ann, name: Анна}
  - {id: ganna, name: "=Ґанна"}
  - {id: yakiv, name: Яків}
)";

report::Workload load_workload() {
  Diagnostics diags;
  Repository repo = load::load_from_string(k_plan, "2020.yaml", diags, std::string_view(k_people));
  check::check_repository(repo, check::CheckOptions{Date{2020, 6, 15}}, diags);
  REQUIRE_FALSE(diags.has_errors());
  return report::build_workload(repo.years.front());
}

}  // namespace

TEST_CASE("every registry entry, in registry order, with its load") {
  report::Workload w = load_workload();
  REQUIRE(w.people.size() == 3);
  CHECK(w.people[0].id == "ann");
  CHECK(w.people[1].id == "ganna");
  CHECK(w.people[2].id == "yakiv");
  CHECK(w.people[0].activities == 3);
  CHECK(w.people[0].deadlines[3] == 1);   // «1» ends in April
  CHECK(w.people[0].deadlines[11] == 1);  // «2» runs all year
  CHECK(w.people[0].deadline_total == 2); // «3» has no when
  CHECK(w.people[1].activities == 0);
  CHECK(w.people[2].deadlines[3] == 1);
  CHECK(w.month_totals[3] == 2);
  CHECK(w.deadline_total == 3);
}

TEST_CASE("csv defuses a name that starts a formula") {
  report::Workload w = load_workload();
  std::ostringstream csv;
  render::workload_csv(w, Lang::En, csv);
  CHECK(csv.str().find("ganna,'=Ґанна,") != std::string::npos);
  CHECK(csv.str().find("\r\n") != std::string::npos);
}

TEST_CASE("the load counts scheduled months: an ongoing activity in every month, a bimonthly one in six") {
  report::Workload w = load_workload();
  // ann: «1» February–April, «2» all year, «3» no months.
  CHECK(w.people[0].scheduled == std::array<int, 12>{1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1});
  CHECK(w.people[2].scheduled == std::array<int, 12>{0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0});
  // The plan's row counts each activity once: «1» is not counted for ann and yakiv twice.
  CHECK(w.plan_scheduled == std::array<int, 12>{1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1});
  CHECK(w.plan_activities == 3);
  CHECK(w.plan_deadlines == 2);
}

TEST_CASE("the text table says what its numbers count") {
  std::ostringstream out;
  render::workload_text(load_workload(), Lang::En, 80, true, out);
  CHECK(out.str().find("Months: the activities scheduled in the month") != std::string::npos);
  CHECK(out.str().find("in the plan") != std::string::npos);
}
