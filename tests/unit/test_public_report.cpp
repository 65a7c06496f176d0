// The public report view (src/report/public_report.*): where each activity stands as of
// a date, the groups under each goal, the totals, and the intro with its lists in place.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "check/checks.hpp"
#include "load/loader.hpp"
#include "render/public_render.hpp"
#include "report/public_report.hpp"

using namespace lplan;

namespace {

const char* k_plan = R"(plan:
  year: 2020
  organization: Луганське обласне відділення УБА
  short: ЛОВ УБА
  head: Риб'янцева І.П.
  intro: "Перший абзац.\n\nУ 2020 році відділення визначає такі пріоритети:\n\nЗавдання року:\n"
  priorities: [Фінансова стабільність]
  tasks: [Навчання, Адвокація]
directions:
  - {id: sn1, number: 1, title: Галузь}
  - {id: sn2, number: 2, title: Асоціація}
  - {id: sn3, number: 3, title: Порожній напрям}
goals:
  - {id: g1, number: 1, direction: sn1, title: Освіта}
  - {id: g2, number: 2, direction: sn2, title: Менеджмент}
  - {id: g3, number: 3, direction: sn2, title: Без заходів}
activities:
  - {id: "1.1", goal: g1, title: Школа, when: "лютий - квітень", responsible: [ann], audience: [a],
     status: done, done: 2020-04-20, outcome: "Навчено 40 бібліотекарів"}
  - {id: "1.2", goal: g1, title: Курс, when: "Протягом року", responsible: [ann], audience: [a], status: in-progress}
  - {id: "1.3", goal: g1, title: Зустріч, when: "березень", responsible: [ann], audience: [a]}
  - {id: "1.4", goal: g1, title: Форум, when: "вересень", responsible: [ann], audience: [a]}
  - {id: "2.1", goal: g2, title: Звіт, when: "січень", responsible: [ann], audience: [a], status: cancelled,
     outcome: Не потрібен}
  - {id: "2.2", goal: g2, title: Зміни, responsible: [ann], audience: [a], status: postponed}
  - {id: "2.3", goal: g2, title: Без строку, responsible: [ann], audience: [a]}
)";

const char* k_people = "people:\n  - {id: ann, name: Анна}\n";

/// The plan checked as of 15 June 2020; `real_today` is the real date (a `done` after it
/// is an error), the same day when not given.
YearPlan load_plan(const char* plan = k_plan, std::optional<Date> real_today = std::nullopt) {
  Diagnostics diags;
  Repository repo = load::load_from_string(plan, "2020.yaml", diags, std::string_view(k_people));
  check::check_repository(repo, check::CheckOptions{Date{2020, 6, 15}, real_today}, diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(repo.years.size() == 1);
  return repo.years.front();
}

const Activity& activity(const YearPlan& plan, const std::string& id) {
  for (const auto& a : plan.activities) {
    if (a.id.value == id) {
      return a;
    }
  }
  FAIL("no activity " << id);
  return plan.activities.front();
}

}  // namespace

TEST_CASE("the state of an activity follows its status, and for a planned one its deadline") {
  YearPlan plan = load_plan();
  Date june{2020, 6, 15};
  CHECK(report::public_state(activity(plan, "1.1"), 2020, june) == report::PublicState::Done);
  CHECK(report::public_state(activity(plan, "1.2"), 2020, june) == report::PublicState::InProgress);
  CHECK(report::public_state(activity(plan, "2.1"), 2020, june) == report::PublicState::Cancelled);
  CHECK(report::public_state(activity(plan, "2.2"), 2020, june) == report::PublicState::Postponed);
  // «березень» ended on 31 March: planned and past it is not done; «вересень» is still ahead.
  CHECK(report::public_state(activity(plan, "1.3"), 2020, june) == report::PublicState::NotDone);
  CHECK(report::public_state(activity(plan, "1.4"), 2020, june) == report::PublicState::Ahead);
  // Without any deadline a planned activity is ahead until the year is over.
  CHECK(report::public_state(activity(plan, "2.3"), 2020, june) == report::PublicState::Ahead);
  CHECK(report::public_state(activity(plan, "2.3"), 2020, Date{2021, 1, 10}) == report::PublicState::NotDone);
  // On its deadline day an activity is not yet late.
  CHECK(report::public_state(activity(plan, "1.3"), 2020, Date{2020, 3, 31}) == report::PublicState::Ahead);
}

TEST_CASE("an activity done after the report's date is not done yet in the public report") {
  std::string plan = k_plan;
  std::string old = "status: done, done: 2020-04-20";
  plan.replace(plan.find(old), old.size(), "status: done, done: 2020-09-01");
  report::PublicReport r =
      report::build_public_report(load_plan(plan.c_str(), Date{2021, 1, 10}), Date{2020, 6, 15});
  const auto& g1 = r.directions[0].goals[0];
  CHECK(g1.done.empty());
  CHECK(r.total.done == 0);
  // «лютий - квітень» had begun by June: as of 15 June it was under way.
  REQUIRE(g1.in_progress.size() == 2);
  CHECK(g1.in_progress[0].id == "1.1");
}

TEST_CASE("each goal lists what was done, what runs, what is planned and what was not done") {
  report::PublicReport r = report::build_public_report(load_plan(), Date{2020, 6, 15});
  // «Порожній напрям» and «Без заходів» have no activities and are left out.
  REQUIRE(r.directions.size() == 2);
  REQUIRE(r.directions[0].goals.size() == 1);
  REQUIRE(r.directions[1].goals.size() == 1);
  const auto& g1 = r.directions[0].goals[0];
  REQUIRE(g1.done.size() == 1);
  CHECK(g1.done[0].id == "1.1");
  CHECK(g1.done[0].outcome == "Навчено 40 бібліотекарів");
  REQUIRE(g1.done[0].done.has_value());
  CHECK(*g1.done[0].done == Date{2020, 4, 20});
  REQUIRE(g1.in_progress.size() == 1);
  CHECK(g1.in_progress[0].when == "Протягом року");
  REQUIRE(g1.ahead.size() == 1);
  CHECK(g1.ahead[0].id == "1.4");
  REQUIRE(g1.not_done.size() == 1);
  CHECK(g1.not_done[0].state == report::PublicState::NotDone);
  const auto& g2 = r.directions[1].goals[0];
  REQUIRE(g2.not_done.size() == 2);  // cancelled and postponed, in plan order
  CHECK(g2.not_done[0].id == "2.1");
  CHECK(g2.not_done[0].state == report::PublicState::Cancelled);
  CHECK(g2.not_done[1].state == report::PublicState::Postponed);
  REQUIRE(g2.ahead.size() == 1);
  CHECK(g2.ahead[0].id == "2.3");
}

TEST_CASE("totals by state; the share done leaves cancelled activities out") {
  report::PublicReport r = report::build_public_report(load_plan(), Date{2020, 6, 15});
  CHECK(r.total.total == 7);
  CHECK(r.total.done == 1);
  CHECK(r.total.in_progress == 1);
  CHECK(r.total.ahead == 2);
  CHECK(r.total.not_done == 1);
  CHECK(r.total.cancelled == 1);
  CHECK(r.total.postponed == 1);
  CHECK(r.total.percent_done == 16);  // 1 of the 6 not cancelled
  CHECK(r.directions[0].count.total == 4);
  CHECK(r.directions[0].count.percent_done == 25);
  CHECK(r.directions[1].count.total == 3);
  CHECK(r.directions[1].count.percent_done == 0);
}

TEST_CASE("the priorities and tasks follow the intro's paragraphs that announce them with «:»") {
  report::PublicReport r = report::build_public_report(load_plan(), Date{2020, 6, 15});
  using K = report::IntroBlock::Kind;
  REQUIRE(r.intro.size() == 5);
  CHECK(r.intro[0].kind == K::Paragraph);
  CHECK(r.intro[0].text == "Перший абзац.");
  CHECK(r.intro[1].text == "У 2020 році відділення визначає такі пріоритети:");
  CHECK(r.intro[2].kind == K::Priorities);
  CHECK(r.intro[2].announced);
  CHECK(r.intro[3].text == "Завдання року:");
  CHECK(r.intro[4].kind == K::Tasks);
  CHECK(r.intro[4].announced);
}

TEST_CASE("without an intro the lists come on their own, with headings") {
  std::string plan = k_plan;
  plan.erase(plan.find("  intro:"), plan.find("  priorities:") - plan.find("  intro:"));
  report::PublicReport r = report::build_public_report(load_plan(plan.c_str()), Date{2020, 6, 15});
  REQUIRE(r.intro.size() == 2);
  CHECK(r.intro[0].kind == report::IntroBlock::Kind::Priorities);
  CHECK_FALSE(r.intro[0].announced);
  CHECK(r.intro[1].kind == report::IntroBlock::Kind::Tasks);
  CHECK_FALSE(r.intro[1].announced);
}

TEST_CASE("the lines of an intro paragraph are joined; blank lines part paragraphs") {
  std::string plan = k_plan;
  std::string old = R"(intro: "Перший абзац.\n\n)";
  plan.replace(plan.find(old), old.size(), R"(intro: "  Перший\n  абзац.  \n \n\n)");
  report::PublicReport r = report::build_public_report(load_plan(plan.c_str()), Date{2020, 6, 15});
  CHECK(r.intro[0].text == "Перший абзац.");
  CHECK(r.intro[1].kind == report::IntroBlock::Kind::Paragraph);
}

TEST_CASE("the header: the short name goes into the title, the head signs") {
  report::PublicReport r = report::build_public_report(load_plan(), Date{2020, 6, 15});
  CHECK(r.subject == "ЛОВ УБА");
  CHECK(r.head == "Риб'янцева І.П.");
  CHECK(r.head_title == "ЛОВ УБА");
  std::ostringstream uk, en;
  render::public_markdown(r, Lang::Uk, uk);
  render::public_markdown(r, Lang::En, en);
  CHECK(uk.str().starts_with("# Звіт про виконання плану роботи ЛОВ УБА за 2020 рік\n"));
  CHECK(en.str().starts_with("# Report on the 2020 work plan of ЛОВ УБА\n"));
  CHECK(uk.str().find("**Голова ЛОВ УБА**") != std::string::npos);
}

TEST_CASE("the public report has no internal lists and no placeholders") {
  report::PublicReport r = report::build_public_report(load_plan(), Date{2020, 6, 15});
  for (Lang lang : {Lang::Uk, Lang::En}) {
    std::ostringstream md, html, txt;
    render::public_markdown(r, lang, md);
    render::public_html(r, lang, html);
    render::public_text(r, lang, 80, txt);
    for (const std::string& s : {md.str(), html.str(), txt.str()}) {
      CHECK(s.find("Навчено 40 бібліотекарів") != std::string::npos);
      for (const char* internal : {"Прострочені", "Overdue", "Без відповідальних", "результат ще не внесено",
                                   "outcome not yet written", "Графік", "Timeline", "█"}) {
        CHECK_MESSAGE(s.find(internal) == std::string::npos, internal);
      }
    }
  }
}

TEST_CASE("hostile plan text is escaped in the public markdown and html") {
  std::string plan = k_plan;
  plan.replace(plan.find("title: Школа"), std::string("title: Школа").size(),
               "title: \"<script>alert(1)</script> a|b & ]]> \\e[31m\\u0007\"");
  report::PublicReport r = report::build_public_report(load_plan(plan.c_str()), Date{2020, 6, 15});
  std::ostringstream md, html, txt;
  render::public_markdown(r, Lang::Uk, md);
  render::public_html(r, Lang::Uk, html);
  render::public_text(r, Lang::Uk, 80, txt);
  CHECK(html.str().find("<script>") == std::string::npos);
  CHECK(html.str().find("&lt;script&gt;alert(1)&lt;/script&gt; a|b &amp; ]]&gt;") != std::string::npos);
  CHECK(md.str().find("<script>") == std::string::npos);
  CHECK(md.str().find("a\\|b") != std::string::npos);
  for (const std::string& s : {html.str(), md.str(), txt.str()}) {
    CHECK(s.find('\x1b') == std::string::npos);
    CHECK(s.find('\x07') == std::string::npos);
  }
}
