// The year report view (src/report/year_report.*): counts checked by hand against a
// small inline plan, and the renderers' escaping of hostile plan text.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "check/checks.hpp"
#include "load/loader.hpp"
#include "render/report_render.hpp"
#include "report/year_report.hpp"
#include "text/unicode.hpp"

using namespace lplan;

namespace {

const char* k_plan = R"(plan:
  year: 2020
  organization: Відділення
  short: ВУБА
  title: План 2020
  priorities: [Фінанси]
  tasks: [Навчання]
directions:
  - {id: sn1, number: 1, title: Галузь}
  - {id: sn2, number: 2, title: Асоціація}
goals:
  - {id: g1, number: 1, direction: sn1, title: Освіта}
  - {id: g2, number: 2, direction: sn2, title: Менеджмент}
activities:
  - {id: "1.1", goal: g1, title: Школа, when: "лютий - квітень", responsible: [ann], audience: [a]}
  - {id: "1.2", goal: g1, title: Курс, when: "Протягом року", responsible: [ann, bob], audience: [a]}
  - {id: "1.3", goal: g1, title: Зустріч, when: "березень", responsible: [bob], audience: [a],
     status: done, done: 2020-03-20, outcome: Відбулась}
  - {id: "2.1", goal: g2, title: Звіт, when: "вересень", audience: [a]}
  - {id: "2.2", goal: g2, title: Зміни, responsible: [bob], audience: [a]}
  - {id: "2.3", goal: g2, title: Скасоване, when: "січень", responsible: [ann], audience: [a], status: cancelled}
)";

const char* k_people = R"(people:
  - {id: bob, name: Борис}
  - {id: ann, name: Анна}
  - {id: eve, name: Єва}
)";

YearPlan load_plan(const char* plan) {
  Diagnostics diags;
  Repository repo = load::load_from_string(plan, "2020.yaml", diags, std::string_view(k_people));
  check::check_repository(repo, check::CheckOptions{Date{2020, 6, 15}}, diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(repo.years.size() == 1);
  return repo.years.front();
}

}  // namespace

TEST_CASE("totals by status, share done and overdue as of 15 June") {
  report::YearReport r = report::build_report(load_plan(k_plan), Date{2020, 6, 15});
  CHECK(r.total == 6);
  CHECK(r.by_status[0] == 4);  // planned
  CHECK(r.by_status[2] == 1);  // done
  CHECK(r.by_status[3] == 1);  // cancelled
  CHECK(r.done == 1);
  CHECK(r.percent_done == 20);  // 1 of the 5 not cancelled
  // 1.1 ended in April; 1.3 is done and 2.3 cancelled, so only 1.1 is overdue.
  CHECK(r.overdue == 1);
  REQUIRE(r.overdue_list.size() == 1);
  CHECK(r.overdue_list[0].id == "1.1");
}

TEST_CASE("counts by direction and goal") {
  report::YearReport r = report::build_report(load_plan(k_plan), Date{2020, 6, 15});
  REQUIRE(r.directions.size() == 2);
  CHECK(r.directions[0].activities == 3);
  CHECK(r.directions[0].done == 1);
  CHECK(r.directions[0].overdue == 1);
  CHECK(r.directions[1].activities == 3);
  REQUIRE(r.sections.size() == 2);
  REQUIRE(r.sections[1].goals.size() == 1);
  CHECK(r.sections[1].goals[0].activities.size() == 3);
  CHECK(r.sections[0].goals[0].goal.activities == 3);
  CHECK(r.sections[0].goals[0].activities[2].outcome == "Відбулась");
}

TEST_CASE("by month: ongoing activities fill every month, deadlines fall in the last month") {
  report::YearReport r = report::build_report(load_plan(k_plan), Date{2020, 6, 15});
  CHECK(r.months[0].scheduled == 2);  // 1.2 ongoing, 2.3 January
  CHECK(r.months[2].scheduled == 3);  // 1.1, 1.2, 1.3
  CHECK(r.months[3].deadlines == 1);  // 1.1 ends in April
  CHECK(r.months[11].deadlines == 1);  // 1.2 at the end of the year
  CHECK(r.months[11].scheduled == 1);
  CHECK(r.month_max == 3);
}

TEST_CASE("by responsible: registry order, deadlines and the busiest month") {
  report::YearReport r = report::build_report(load_plan(k_plan), Date{2020, 6, 15});
  REQUIRE(r.responsible.size() == 2);  // Єва has nothing and is left out
  CHECK(r.responsible[0].name == "Борис");
  CHECK(r.responsible[0].activities == 3);
  CHECK(r.responsible[0].deadlines == 2);  // 2.2 has no when
  CHECK(r.responsible[0].busiest_month == 3);
  CHECK(r.responsible[1].name == "Анна");
  CHECK(r.responsible[1].activities == 3);
  CHECK(r.responsible[1].busiest_month == 1);
  CHECK(r.responsible[1].busiest_count == 2);
}

TEST_CASE("lists: without responsible and without months; the timeline marks kinds") {
  report::YearReport r = report::build_report(load_plan(k_plan), Date{2020, 6, 15});
  REQUIRE(r.unassigned.size() == 1);
  CHECK(r.unassigned[0].id == "2.1");
  REQUIRE(r.unscheduled.size() == 1);
  CHECK(r.unscheduled[0].id == "2.2");
  CHECK(r.unscheduled[0].kind == report::TimelineKind::NoWhen);
  REQUIRE(r.timeline.size() == 6);
  CHECK(r.timeline[1].kind == report::TimelineKind::Ongoing);
  CHECK(r.timeline[0].months == MonthSet::range(2, 4));
  CHECK(r.priorities == std::vector<std::string>{"Фінанси"});
}

TEST_CASE("hostile titles are escaped in html and markdown and made printable in text") {
  std::string plan = k_plan;
  plan.replace(plan.find("title: Школа"), std::string("title: Школа").size(),
               "title: \"<script>alert(1)</script> a|b \\e[31m\\u0007\"");
  report::YearReport r = report::build_report(load_plan(plan.c_str()), Date{2020, 6, 15});
  std::ostringstream html, md, txt;
  render::report_html(r, Lang::Uk, html);
  render::report_markdown(r, Lang::Uk, md);
  render::report_text(r, Lang::En, 80, txt);
  CHECK(html.str().find("<script>") == std::string::npos);
  CHECK(html.str().find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(md.str().find("a\\|b") != std::string::npos);
  CHECK(md.str().find("<script>") == std::string::npos);
  for (const std::string& s : {html.str(), md.str(), txt.str()}) {
    CHECK(s.find('\x1b') == std::string::npos);
    CHECK(s.find('\x07') == std::string::npos);
  }
}

TEST_CASE("text fits 80 columns") {
  report::YearReport r = report::build_report(load_plan(k_plan), Date{2020, 6, 15});
  std::ostringstream txt;
  render::report_text(r, Lang::Uk, 80, txt);
  std::istringstream lines(txt.str());
  for (std::string line; std::getline(lines, line);) {
    CHECK(text::display_width(line) <= 80);
  }
}
