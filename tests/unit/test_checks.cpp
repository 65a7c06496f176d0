// Checks (src/check): one test per rule of DESIGN §6, asserting the whole printed
// diagnostic, and the model the checks resolve (indices, schedules, deadlines).
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/checks.hpp"
#include "diag/diagnostic.hpp"
#include "load/loader.hpp"
#include "plan_fixture.hpp"

using lplan::Diagnostics;
using lplan::Repository;

namespace {

using Lines = std::vector<std::string>;

struct Checked {
  Repository repo;
  Lines diags;

  const lplan::Activity& activity(std::size_t i) const { return repo.years.at(0).activities.at(i); }
};

/// Loads `text` as plan.yaml (and `people` as the shared registry), runs every check
/// with today = 2020-06-01, and returns the diagnostics as printed lines.
Checked check_text(const std::string& text, std::optional<std::string_view> people = {}) {
  Diagnostics d;
  Checked out;
  out.repo = lplan::load::load_from_string(text, "plan.yaml", d, people);
  lplan::check::check_repository(out.repo, lplan::check::CheckOptions{lplan::Date{2020, 6, 1}}, d);
  out.diags = lplan::testing::printed(d);
  return out;
}

const std::string& k_head = lplan::testing::k_plan_head;

/// A complete activity: id on its first line (9 for the first one), then goal,
/// title, audience, responsible, `when` (omitted when empty), then `extra` lines.
std::string activity(const std::string& id, const std::string& when = "березень", const std::string& extra = "",
                     const std::string& responsible = "Дубова Ю.") {
  std::string s = "  - id: \"" + id + "\"\n" +
                  "    goal: goal1\n"
                  "    title: Семінар для бібліотекарів\n"
                  "    audience: Бібліотечні фахівці\n"
                  "    responsible: " + responsible + "\n";
  if (!when.empty()) {
    s += "    when: " + when + "\n";
  }
  return s + extra;
}

}  // namespace

TEST_CASE("a complete plan passes every check and its references resolve") {
  auto c = check_text(k_head + activity("1.1") + activity("1.2", "протягом року"));
  CHECK(c.diags == Lines{});
  CHECK(c.activity(0).goal_index == 0);
  CHECK(c.activity(0).direction_index == 0);
  CHECK(c.activity(0).schedule_ok);
  CHECK(c.activity(0).schedule.months.months() == std::vector<int>{3});
  CHECK_FALSE(c.activity(0).broken);
  CHECK(c.activity(1).schedule.ongoing);
}

TEST_CASE("ids are letters, digits, dots, underscores and dashes, starting with a letter or digit") {
  using lplan::check::is_valid_id;
  for (const char* ok : {"1.1", "sn1", "goal_7", "a-b", "X", "1.10"}) {
    CAPTURE(ok);
    CHECK(is_valid_id(ok));
  }
  for (const char* bad : {"", "1 1", "-x", ".1", "ціль1", "a/b", "a:b"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_valid_id(bad));
  }
}

TEST_CASE("an id with a space is an error at the id [id]") {
  auto c = check_text(k_head + activity("1 1"));
  CHECK(c.diags == Lines{
      "plan.yaml:9:9: error: activity id \"1 1\" is not valid: use letters A–Z, digits, '.', '_' and '-', "
      "starting with a letter or digit [id]"});
}

TEST_CASE("an activity id used twice is an error at the second, naming the first [duplicate-id]") {
  auto c = check_text(k_head + activity("1.1") + activity("1.1", "квітень"));
  CHECK(c.diags == Lines{
      "plan.yaml:15:9: error: activity \"1.1\" is defined twice (first at plan.yaml:9:9) [duplicate-id]"});
  CHECK_FALSE(c.activity(0).broken);
  CHECK(c.activity(1).broken);
}

TEST_CASE("a goal id used twice is an error [duplicate-id]") {
  std::string text = k_head;
  text.replace(text.find("activities:\n"), 12, "  - {id: goal1, number: 2, direction: sn1, title: Друга}\n");
  auto c = check_text(text);
  CHECK(c.diags == Lines{
      "plan.yaml:8:10: error: goal \"goal1\" is defined twice (first at plan.yaml:7:10) [duplicate-id]"});
}

TEST_CASE("a goal's unknown direction is an error with a hint [reference]") {
  std::string text = k_head;
  text.replace(text.find("direction: sn1"), 14, "direction: sn2");
  auto c = check_text(text);
  CHECK(c.diags == Lines{"plan.yaml:7:39: error: unknown direction \"sn2\" — did you mean \"sn1\"? [reference]"});
}

TEST_CASE("an activity's unknown goal is an error with a hint [reference]") {
  std::string text = k_head + activity("1.1");
  text.replace(text.find("goal: goal1\n"), 11, "goal: gol1");
  auto c = check_text(text);
  CHECK(c.diags == Lines{"plan.yaml:10:11: error: unknown goal \"gol1\" — did you mean \"goal1\"? [reference]"});
  CHECK(c.activity(0).goal_index == -1);
  CHECK(c.activity(0).broken);
}

TEST_CASE("responsible resolves by id, by name or alias folded, and by an NFD name") {
  // «Бойко Й.» written decomposed (И + U+0306 COMBINING BREVE), as some editors save it
  const std::string nfd = "Бо\xD0\xB8\xCC\x86ко \xD0\x98\xCC\x86.";
  std::string people = "people:\n"
                       "  - {id: presidium, kind: body, name: Президія ЛОВ УБА}\n"
                       "  - {id: dubova, name: Дубова Ю., aliases: [Дубова]}\n"
                       "  - {id: boiko, name: " + nfd + "}\n"
                       "  - {id: kutsenko, name: Куценко С.В.}\n";
  auto c = check_text(k_head + activity("1.1", "березень", "", "[presidium, ДУБОВА, БОЙКО Й., куценко с.в.]"),
                      people);
  CHECK(c.diags == Lines{});
  CHECK(c.activity(0).responsible_people == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("responsible not in the registry is an error with a hint [reference]") {
  auto c = check_text(k_head + activity("1.1", "березень", "", "Дубов Ю."),
                      std::string_view("people:\n  - {id: dubova, name: Дубова Ю.}\n"));
  CHECK(c.diags == Lines{
      "people.yaml:2:10: warning: person \"dubova\" is responsible for no activity [unused-person]",
      "plan.yaml:13:18: error: responsible \"Дубов Ю.\" is not in the people registry — did you mean "
      "\"Дубова Ю.\"? [reference]"});
  CHECK(c.activity(0).responsible_people == std::vector<int>{-1});
  CHECK(c.activity(0).broken);
}

TEST_CASE("without any registry, responsible is free text") {
  auto c = check_text(k_head + activity("1.1", "березень", "", "[Хтось Невідомий]"));
  CHECK(c.diags == Lines{});
  CHECK(c.activity(0).responsible_people == std::vector<int>{-1});
}

TEST_CASE("a person of the year's own list nobody is responsible for is a warning [unused-person]") {
  auto c = check_text(k_head + activity("1.1", "березень", "", "dubova") +
                      "people:\n"                                  // 15
                      "  - {id: dubova, name: Дубова Ю.}\n"        // 16
                      "  - {id: kutsenko, name: Куценко С.В.}\n");  // 17
  CHECK(c.diags == Lines{
      "plan.yaml:17:10: warning: person \"kutsenko\" is responsible for no activity of 2020 [unused-person]"});
}

TEST_CASE("the head who signs the plan counts as used") {
  std::string text = k_head + activity("1.1", "березень", "", "dubova") +
                     "people:\n  - {id: dubova, name: Дубова Ю.}\n  - {id: head, name: Риб'янцева І.П.}\n";
  text.replace(text.find("  year: 2020\n"), 13, "  year: 2020\n  head: Риб'янцева І.П.\n");
  auto c = check_text(text);
  CHECK(c.diags == Lines{});
}

TEST_CASE("an unknown month in when is an error at the word, counted in characters [when]") {
  auto c = check_text(k_head + activity("1.1", "лютий, березенъ"));
  CHECK(c.diags == Lines{
      "plan.yaml:14:18: error: unknown month \"березенъ\" in when — did you mean \"березень\"? [when]"});
  CHECK_FALSE(c.activity(0).schedule_ok);
  CHECK(c.activity(0).broken);
}

TEST_CASE("an unknown month inside quotes points past the quote [when]") {
  auto c = check_text(k_head + activity("1.1", "\"лютий, березенъ\""));
  CHECK(c.diags == Lines{
      "plan.yaml:14:19: error: unknown month \"березенъ\" in when — did you mean \"березень\"? [when]"});
}

TEST_CASE("an activity with no months on purpose is a warning [unscheduled]") {
  auto c = check_text(k_head + activity("1.1", "за потреби"));
  CHECK(c.diags == Lines{
      "plan.yaml:14:11: warning: activity \"1.1\" has no months (\"за потреби\"); reports list it apart "
      "[unscheduled]"});
  CHECK(c.activity(0).schedule.unscheduled);
  CHECK_FALSE(c.activity(0).deadline.has_value());
}

TEST_CASE("an activity without when is a warning [no-when]") {
  auto c = check_text(k_head + activity("1.1", ""));
  CHECK(c.diags == Lines{"plan.yaml:9:5: warning: activity \"1.1\" has no timeframe (when) [no-when]"});
}

TEST_CASE("a due date outside the plan year is an error [due]") {
  auto c = check_text(k_head + activity("1.1", "березень", "    due: 2021-03-01\n"));
  CHECK(c.diags == Lines{"plan.yaml:15:10: error: due date 2021-03-01 is outside the plan year 2020 [due]"});
}

TEST_CASE("a due date in a month the timeframe does not schedule is an error [due]") {
  auto c = check_text(k_head + activity("1.1", "березень", "    due: 2020-05-10\n"));
  CHECK(c.diags == Lines{
      "plan.yaml:15:10: error: due date 2020-05-10 is not in a month the timeframe \"березень\" schedules [due]"});
}

TEST_CASE("a done date after the real date is an error [done]") {
  auto c = check_text(k_head + activity("1.1", "березень", "    status: done\n    done: 2020-07-15\n"));
  CHECK(c.diags == Lines{"plan.yaml:16:11: error: done date 2020-07-15 has not come yet [done]"});
}

TEST_CASE("as of a day before the done date, an activity is not done yet — and that is no error") {
  using namespace lplan;
  Diagnostics d;
  auto repo = load::load_from_string(k_head + activity("1.1", "березень – травень", "    status: done\n    done: 2020-04-20\n") +
                                         activity("1.2", "травень", "    status: done\n    done: 2020-05-20\n"),
                                     "plan.yaml", d);
  check::check_repository(repo, check::CheckOptions{Date{2020, 4, 10}, Date{2026, 12, 1}}, d);
  CHECK(testing::printed(d).empty());
  const auto& acts = repo.years[0].activities;
  CHECK(acts[0].status == Status::Done);
  CHECK(acts[0].status_as_of == Status::InProgress);  // March–May had begun
  CHECK(acts[1].status_as_of == Status::Planned);     // May had not
  check::check_repository(repo, check::CheckOptions{Date{2020, 6, 1}, Date{2026, 12, 1}}, d);
  CHECK(repo.years[0].activities[0].status_as_of == Status::Done);
}

TEST_CASE("a done date outside the plan year is an error [done]") {
  auto c = check_text(k_head + activity("1.1", "березень", "    status: done\n    done: 2019-12-30\n"));
  CHECK(c.diags == Lines{"plan.yaml:16:11: error: done date 2019-12-30 is outside the plan year 2020 [done]"});
}

TEST_CASE("a done date while the status is not done is an error [status]") {
  auto c = check_text(k_head + activity("1.1", "березень", "    done: 2020-03-10\n"));
  CHECK(c.diags == Lines{
      "plan.yaml:15:11: error: activity \"1.1\" has a done date but its status is planned; write status: done "
      "[status]"});
}

TEST_CASE("an unknown status is an error with a hint [status]") {
  auto c = check_text(k_head + activity("1.1", "березень", "    status: planed\n"));
  CHECK(c.diags == Lines{"plan.yaml:15:13: error: unknown status \"planed\" — did you mean \"planned\"? [status]"});
  CHECK(c.activity(0).broken);
}

TEST_CASE("the deadline is due, else the exact day of when, else the last day of the last month") {
  auto c = check_text(k_head + activity("1", "березень", "    due: 2020-03-15\n") + activity("2", "15 квітня") +
                      activity("3", "лютий") + activity("4", "березень - травень") +
                      activity("5", "протягом року") + activity("6", "I квартал"));
  CHECK(c.diags == Lines{});
  auto deadline = [&](std::size_t i) {
    const auto& d = c.activity(i).deadline;
    return d ? d->iso() : std::string("none");
  };
  CHECK(deadline(0) == "2020-03-15");
  CHECK(deadline(1) == "2020-04-15");
  CHECK(deadline(2) == "2020-02-29");  // 2020 is a leap year
  CHECK(deadline(3) == "2020-05-31");
  CHECK(deadline(4) == "2020-12-31");
  CHECK(deadline(5) == "2020-03-31");
}

TEST_CASE("an activity without responsible or audience draws warnings [no-responsible] [no-audience]") {
  auto c = check_text(k_head + "  - {id: \"1.1\", goal: goal1, title: Семінар, when: березень}\n");
  CHECK(c.diags == Lines{
      "plan.yaml:9:5: warning: activity \"1.1\" has no audience [no-audience]",
      "plan.yaml:9:5: warning: activity \"1.1\" has no responsible [no-responsible]"});
}

TEST_CASE("a word mixing Latin and Cyrillic letters is a warning [mixed-script]") {
  std::string text = k_head + activity("1.1");
  // Latin H and L around Cyrillic Т and М, as in the seed's «НТМ»
  text.replace(text.find("Семінар для бібліотекарів"), std::string("Семінар для бібліотекарів").size(),
               "Курс HТМL для бібліотекарів");
  auto c = check_text(text);
  CHECK(c.diags == Lines{
      "plan.yaml:11:12: warning: \"HТМL\" mixes Latin and Cyrillic letters (a look-alike letter typed in the "
      "wrong keyboard layout?) [mixed-script]"});
}

TEST_CASE("diagnostics come sorted by position, errors before warnings, each once") {
  auto c = check_text(k_head + activity("1.1", "") + activity("1.1", "березенъ"));
  CHECK(c.diags == Lines{
      "plan.yaml:9:5: warning: activity \"1.1\" has no timeframe (when) [no-when]",
      "plan.yaml:14:9: error: activity \"1.1\" is defined twice (first at plan.yaml:9:9) [duplicate-id]",
      "plan.yaml:19:11: error: unknown month \"березенъ\" in when — did you mean \"березень\"? [when]"});
}

TEST_CASE("a member of a body is not an unused person, though no activity names her [unused-person]") {
  auto c = check_text(k_head + activity("1.1", "березень", "", "rtc") +
                      "people:\n"
                      "  - {id: rtc, kind: body, name: Тренери РТЦ, members: [dubova]}\n"
                      "  - {id: dubova, name: Дубова Ю.}\n");
  CHECK(c.diags == Lines{});
}

TEST_CASE("a person who left is a warning in the activities that start after that day [person-left]") {
  std::string people = "people:\n"
                       "  - {id: dubova, name: Дубова Ю., left: 2020-06-30}\n";
  // Scheduled before she left (March): valid, as old years stay valid.
  CHECK(check_text(k_head + activity("1.1", "березень", "", "dubova"), people).diags == Lines{});
  // Starting in September, after she left.
  auto c = check_text(k_head + activity("1.1", "вересень", "", "dubova"), people);
  CHECK(c.diags == Lines{"plan.yaml:13:18: warning: activity \"1.1\" names \"Дубова Ю.\", who left on 2020-06-30; "
                         "name who does it now [person-left]"});
}

TEST_CASE("a person who left in an earlier year is a warning in every activity that names her [person-left]") {
  std::string people = "people:\n"
                       "  - {id: dubova, name: Дубова Ю., left: 2019-12-31}\n";
  auto c = check_text(k_head + activity("1.1", "Протягом року", "", "dubova"), people);
  REQUIRE(c.diags.size() == 1);
  CHECK(c.diags[0].find("[person-left]") != std::string::npos);
}
