// Loading (src/load) through its test seam load::load_from_string: the model it builds,
// 1-based positions counted in characters, and the exact diagnostics of every trap of
// DESIGN §8. The broken-plans corpus (tests/bad) covers the same ground end to end.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "diag/diagnostic.hpp"
#include "check/checks.hpp"
#include "load/loader.hpp"
#include "plan_fixture.hpp"
#include "text/unicode.hpp"

namespace load = lplan::load;
using lplan::Diagnostics;
using lplan::Repository;

namespace {

/// What one load gives: the repository and its diagnostics as printed lines.
struct Loaded {
  Repository repo;
  std::vector<std::string> diags;
};

Loaded load_text(std::string_view text, const std::string& name = "plan.yaml",
                 std::optional<std::string_view> people = {}, const load::LoadOptions& options = {}) {
  Diagnostics d;
  Loaded out;
  out.repo = load::load_from_string(text, name, d, people, options);
  d.finish();
  out.diags = lplan::testing::printed(d);
  return out;
}

using Lines = std::vector<std::string>;

/// A small valid plan; tests append to it or replace parts of it.
const std::string& k_head = lplan::testing::k_plan_head;

}  // namespace

TEST_CASE("a valid plan loads every field of an activity with its position") {
  auto l = load_text(k_head +
                     "  - id: \"1.1\"\n"                                           // 9
                     "    goal: goal1\n"                                           // 10
                     "    title: Семінари для бібліотекарів\n"                     // 11
                     "    details:\n"                                              // 12
                     "      - Семінари, тренінги на базі РТЦ\n"                    // 13
                     "      - Виїзні тренінги\n"                                   // 14
                     "    audience: [Бібліотечні фахівці, представники громад]\n"  // 15
                     "    when: протягом року\n"                                   // 16
                     "    due: 2020-12-15\n"                                       // 17
                     "    responsible: [presidium, Дубова Ю.]\n"                   // 18
                     "    resources: [УБА, ЛОУНБ]\n"                               // 19
                     "    status: done\n"                                          // 20
                     "    done: 2020-05-30\n"                                      // 21
                     "    outcome: |\n"                                            // 22
                     "      Проведено 5 семінарів.\n"                              // 23
                     "      Взяли участь 120 бібліотекарів.\n"                     // 24
                     "    tags: децентралізація\n");                               // 25
  CHECK(l.diags == Lines{});
  REQUIRE(l.repo.years.size() == 1);
  const auto& y = l.repo.years[0];
  CHECK(y.year == 2020);
  CHECK(y.has_meta);
  CHECK(y.meta.organization.value == "Луганське обласне відділення УБА");
  REQUIRE(y.activities.size() == 1);
  const auto& a = y.activities[0];
  CHECK(a.id.value == "1.1");
  CHECK(int(a.id.loc.line) == 9);
  CHECK(int(a.id.loc.column) == 9);
  CHECK(int(a.loc.line) == 9);
  CHECK(int(a.loc.column) == 5);
  CHECK(a.goal.value == "goal1");
  CHECK(a.title.value == "Семінари для бібліотекарів");
  REQUIRE(a.details.size() == 2);
  CHECK(a.details[1].value == "Виїзні тренінги");
  CHECK(int(a.details[1].loc.line) == 14);
  CHECK(int(a.details[1].loc.column) == 9);
  REQUIRE(a.audience.size() == 2);
  // «Бібліотечні фахівці, » is 21 characters (but 40 bytes) after the `[` at column 15
  CHECK(int(a.audience[1].loc.line) == 15);
  CHECK(int(a.audience[1].loc.column) == 37);
  REQUIRE(a.when.has_value());
  CHECK(a.when->value == "протягом року");
  REQUIRE(a.due.has_value());
  CHECK(a.due->iso() == "2020-12-15");
  CHECK(int(a.due_loc.line) == 17);
  CHECK(int(a.due_loc.column) == 10);
  REQUIRE(a.responsible.size() == 2);
  CHECK(a.responsible[1].value == "Дубова Ю.");
  CHECK(a.resources.size() == 2);
  CHECK(a.status == lplan::Status::Done);
  REQUIRE(a.done.has_value());
  CHECK(a.done->iso() == "2020-05-30");
  CHECK(a.outcome.value == "Проведено 5 семінарів.\nВзяли участь 120 бібліотекарів.\n");
  REQUIRE(a.tags.size() == 1);
  CHECK(a.tags[0].value == "децентралізація");
}

TEST_CASE("columns count characters, so Cyrillic before a value does not shift them") {
  auto l = load_text(k_head);
  const auto& y = l.repo.years[0];
  REQUIRE(y.goals.size() == 1);
  // `  - {id: goal1, number: 1, direction: ` is 38 characters
  CHECK(int(y.goals[0].direction.loc.column) == 39);
  CHECK(int(y.goals[0].title.loc.column) == 51);
  CHECK(int(y.meta.organization.loc.line) == 3);
  CHECK(int(y.meta.organization.loc.column) == 17);
  CHECK(int(y.meta.year_loc.line) == 2);
  CHECK(int(y.meta.year_loc.column) == 9);

  auto cyr = load_text("goals:\n  - {id: goal1, title: Ціль перша, direction: sn1}\n");
  REQUIRE(cyr.repo.years[0].goals.size() == 1);
  // `  - {id: goal1, title: Ціль перша, direction: ` is 46 characters (55 bytes)
  CHECK(int(cyr.repo.years[0].goals[0].direction.loc.line) == 2);
  CHECK(int(cyr.repo.years[0].goals[0].direction.loc.column) == 47);
}

TEST_CASE("a diagnostic after Cyrillic text on the same line points at the right character") {
  auto l = load_text(k_head + "  - {id: \"1.1\", goal: goal1, title: Семінар, audince: Бібліотекарі}\n");
  // `  - {id: "1.1", goal: goal1, title: Семінар, ` is 45 characters (52 bytes)
  CHECK(l.diags == Lines{
      "plan.yaml:9:46: error: unknown key \"audince\" in an activity — did you mean \"audience\"? [unknown-key]"});
}

TEST_CASE("every list field also accepts a single string") {
  auto l = load_text(k_head +
                     "  - id: \"1.1\"\n"
                     "    goal: goal1\n"
                     "    title: Семінар\n"
                     "    details: Семінари на базі РТЦ\n"
                     "    audience: Бібліотечні фахівці\n"
                     "    responsible: Дубова Ю.\n"
                     "    resources: УБА\n"
                     "    tags: РТЦ\n");
  CHECK(l.diags == Lines{});
  const auto& a = l.repo.years[0].activities.at(0);
  CHECK(a.details.size() == 1);
  CHECK(a.audience.size() == 1);
  CHECK(a.audience[0].value == "Бібліотечні фахівці");
  CHECK(a.responsible.size() == 1);
  CHECK(a.resources.size() == 1);
  CHECK(a.tags.size() == 1);
}

TEST_CASE("an alias repeats the anchored value, as «----//-----» does in the seed") {
  auto l = load_text(k_head +
                     "  - id: \"1.1\"\n"                        // 9
                     "    goal: goal1\n"                        // 10
                     "    title: Перший\n"                      // 11
                     "    resources: &partners [УБА, ЛОУНБ]\n"  // 12
                     "  - id: \"1.2\"\n"                        // 13
                     "    goal: goal1\n"                        // 14
                     "    title: Другий\n"                      // 15
                     "    resources: *partners\n");             // 16
  CHECK(l.diags == Lines{});
  const auto& acts = l.repo.years[0].activities;
  REQUIRE(acts.size() == 2);
  REQUIRE(acts[1].resources.size() == 2);
  CHECK(acts[1].resources[0].value == "УБА");
  CHECK(acts[1].resources[1].value == "ЛОУНБ");
  // the items point where their text is written: at the anchor
  CHECK(int(acts[1].resources[0].loc.line) == 12);
}

TEST_CASE("quoted \"null\" stays text, while null, ~ and an empty value are absent") {
  auto title_of = [](const std::string& value) {
    return load_text(k_head + "  - id: \"1.1\"\n    goal: goal1\n    title: " + value + "\n");
  };
  auto quoted = title_of("\"null\"");
  CHECK(quoted.diags == Lines{});
  CHECK(quoted.repo.years[0].activities.at(0).title.value == "null");
  for (const char* absent : {"null", "~", "", "Null", "NULL"}) {
    CAPTURE(absent);
    auto l = title_of(absent);
    CHECK(l.diags == Lines{"plan.yaml:11:5: error: \"title\" of an activity is empty [missing]"});
    CHECK(l.repo.years[0].activities.at(0).title.value.empty());
  }
}

TEST_CASE("numbers are read as decimal text: 010 is ten and 09 is nine") {
  auto l = load_text(
      "plan: {year: 2020, organization: ЛОВ УБА}\n"
      "directions:\n"
      "  - {id: sn1, number: 010, title: Перший}\n"
      "  - {id: sn2, number: 09, title: Другий}\n");
  CHECK(l.diags == Lines{});
  const auto& d = l.repo.years[0].directions;
  REQUIRE(d.size() == 2);
  CHECK(d[0].number == 10);
  CHECK(d[1].number == 9);
}

TEST_CASE("a number written as a word is an error at the value") {
  auto l = load_text("plan: {year: 2020, organization: ЛОВ УБА}\n"
                     "directions:\n"
                     "  - {id: sn1, number: перший, title: Перший}\n");
  CHECK(l.diags == Lines{
      "plan.yaml:3:23: error: \"number\" must be a whole number, not \"перший\" [type]"});
}

TEST_CASE("ids that look like numbers stay text: 1.1 and 1.10 are different ids") {
  auto l = load_text(k_head +
                     "  - {id: 1.1, goal: goal1, title: Перший}\n"
                     "  - {id: 1.10, goal: goal1, title: Десятий}\n");
  CHECK(l.diags == Lines{});
  const auto& acts = l.repo.years[0].activities;
  REQUIRE(acts.size() == 2);
  CHECK(acts[0].id.value == "1.1");
  CHECK(acts[1].id.value == "1.10");
}

TEST_CASE("dates are read from their text, and a day that does not exist is an error") {
  auto ok = load_text("plan: {year: 2020, organization: ЛОВ УБА, approved: 2020-02-29}\n");
  CHECK(ok.diags == Lines{});
  REQUIRE(ok.repo.years[0].meta.approved.has_value());
  CHECK(ok.repo.years[0].meta.approved->iso() == "2020-02-29");
  auto bad = load_text("plan: {year: 2020, organization: ЛОВ УБА, approved: 2020-02-30}\n");
  REQUIRE(bad.diags.size() == 1);
  CHECK(bad.diags[0].rfind("plan.yaml:1:53: error: \"approved\" ", 0) == 0);
  CHECK(bad.diags[0].find("[date]") != std::string::npos);
}

TEST_CASE("a duplicate key is reported at its second occurrence") {
  auto l = load_text(k_head +
                     "  - id: \"1.1\"\n"
                     "    goal: goal1\n"
                     "    title: Перший\n"
                     "    title: Другий\n");
  CHECK(l.diags == Lines{
      "plan.yaml:12:5: error: duplicate key \"title\" (first at line 11:5); YAML keeps only one of them "
      "[duplicate-key]"});
}

TEST_CASE("an unknown top-level key gets a did-you-mean hint") {
  auto l = load_text("plan: {year: 2020, organization: ЛОВ УБА}\nactivites: []\n");
  CHECK(l.diags == Lines{
      "plan.yaml:2:1: error: unknown key \"activites\" in a plan file — did you mean \"activities\"? [unknown-key]"});
}

TEST_CASE("a value of the wrong type is an error at the value") {
  auto l = load_text(k_head + "  - {id: \"1.1\", goal: goal1, title: Т, details: {a: b}}\n");
  CHECK(l.diags == Lines{
      "plan.yaml:9:49: error: \"details\" must be a list or text, not a mapping [type]"});
}

TEST_CASE("missing required fields are reported at the record") {
  auto l = load_text("plan:\n  year: 2020\n");
  CHECK(l.diags == Lines{"plan.yaml:2:3: error: plan has no \"organization\" [missing]"});
  auto a = load_text(k_head + "  - {goal: goal1, title: Т}\n");
  CHECK(a.diags == Lines{"plan.yaml:9:5: error: an activity has no \"id\" [missing]"});
}

TEST_CASE("a self-referential alias is reported, never walked") {
  auto l = load_text(k_head + "  - {id: \"1.1\", goal: goal1, title: Т, tags: &x [1, *x]}\n");
  CHECK(std::find(l.diags.begin(), l.diags.end(),
                  "plan.yaml:9:53: error: alias *x refers to a list or mapping that contains it (a cycle) [alias]") !=
        l.diags.end());
}

TEST_CASE("an alias bomb is stopped by the expansion budget") {
  load::LoadOptions options;
  options.limits.alias_budget = 1000;
  std::string bomb = "plan: {year: 2020, organization: ЛОВ УБА}\nx:\n  - &a0 lol\n";
  for (int i = 1; i <= 9; ++i) {
    bomb += "  - &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) {
      bomb += (k ? ", *a" : "*a") + std::to_string(i - 1);
    }
    bomb += "]\n";
  }
  auto l = load_text(bomb, "plan.yaml", {}, options);
  // &a2 holds 111 nodes; the 8th alias to it (line 6) passes 1000: 10 + 110 + 8·111 = 1008
  CHECK(std::find(l.diags.begin(), l.diags.end(),
                  "plan.yaml:6:45: error: aliases expand to more than 1000 nodes (an alias bomb?) [alias]") !=
        l.diags.end());
}

TEST_CASE("nesting deeper than the limit is refused before it can overflow the stack") {
  for (int depth : {65, 600, 5000}) {
    CAPTURE(depth);
    auto l = load_text("plan: {year: 2020, organization: ЛОВ УБА}\nx: " + std::string(depth, '[') +
                       std::string(depth, ']') + "\n");
    // the root mapping is level 1, so the 64th bracket (column 67) is level 65
    CHECK(std::find(l.diags.begin(), l.diags.end(),
                    "plan.yaml:2:67: error: lists and mappings nest deeper than 64 levels [depth]") !=
          l.diags.end());
  }
}

TEST_CASE("a second YAML document is an error, not silently ignored") {
  auto l = load_text("plan: {year: 2020, organization: ЛОВ УБА}\n---\nplan: {year: 2021}\n");
  CHECK(l.diags == Lines{
      "plan.yaml:2:1: error: a second YAML document starts here; lplan reads one document per file "
      "(split it into another file) [yaml]"});
}

TEST_CASE("invalid UTF-8 is reported at its character column") {
  auto l = load_text("plan: {year: 2020, organization: Відділення \xD0 УБА}\n");
  // `plan: {year: 2020, organization: Відділення ` is 44 characters
  CHECK(std::find(l.diags.begin(), l.diags.end(),
                  "plan.yaml:1:45: error: invalid UTF-8 (byte 0xD0); save the file as UTF-8 [utf8]") !=
        l.diags.end());
}

TEST_CASE("a control character is reported at its character column") {
  auto l = load_text("plan:\n  year: 2020\n  organization: ЛОВ\aУБА\n");
  REQUIRE(!l.diags.empty());
  CHECK(std::find(l.diags.begin(), l.diags.end(),
                  "plan.yaml:3:20: error: the control character U+0007 is not allowed in a plan file [control]") !=
        l.diags.end());
}

TEST_CASE("a byte-order mark is dropped and does not shift the first line") {
  auto l = load_text("\xEF\xBB\xBFplan: {year: 2020, organization: ЛОВ УБА, head: [a]}\n");
  CHECK(l.diags == Lines{"plan.yaml:1:49: error: \"head\" must be text, not a list [type]"});
  CHECK(l.repo.years[0].meta.year == 2020);
}

TEST_CASE("a double quote left open at the end of the file is an error, not a long title") {
  auto l = load_text(k_head + "  - id: \"1.1\"\n    goal: goal1\n    title: \"Семінар\n");
  CHECK(std::find(l.diags.begin(), l.diags.end(),
                  "plan.yaml:11:12: error: the quoted value of \"title\" does not end on its line — missing "
                  "closing quote? [quote]") != l.diags.end());
}

TEST_CASE("Windows line endings keep lines and columns as written") {
  auto l = load_text("plan:\r\n  year: 2020\r\n  organization: ЛОВ УБА\r\n  tittle: План\r\n");
  CHECK(l.diags == Lines{
      "plan.yaml:4:3: error: unknown key \"tittle\" in plan — did you mean \"title\"? [unknown-key]"});
}

TEST_CASE("the year in the file name must match the plan's year") {
  auto l = load_text("plan: {year: 2020, organization: ЛОВ УБА}\n", "2021.yaml");
  CHECK(l.diags == Lines{
      "2021.yaml:1:14: error: plan year 2020 does not match the year 2021 of its file name [year-mismatch]"});
}

TEST_CASE("a file without plan is reported") {
  auto l = load_text("activities: []\n", "2020/sn1.yaml");
  CHECK(l.diags == Lines{
      "2020/sn1.yaml:1:1: error: year 2020 has no \"plan\" (with year and organization) in any of its files "
      "[missing]"});
}

TEST_CASE("the shared registry is loaded from people_text") {
  auto l = load_text("plan: {year: 2020, organization: ЛОВ УБА}\n", "plan.yaml",
                     std::string_view("people:\n"
                                      "  - {id: presidium, kind: body, name: Президія ЛОВ УБА}\n"
                                      "  - {id: dubova, name: Дубова Ю., role: Тренер РТЦ, aliases: Дубова}\n"));
  CHECK(l.diags == Lines{});
  const auto& shared = l.repo.shared_people;
  REQUIRE(shared.size() == 2);
  CHECK(shared[0].kind == lplan::PersonKind::Body);
  CHECK(shared[1].role.value == "Тренер РТЦ");
  REQUIRE(shared[1].aliases.size() == 1);
  CHECK(shared[1].aliases[0].value == "Дубова");
  // the year sees the registry after its own people
  CHECK(l.repo.years[0].people.size() == 2);
  CHECK(l.repo.years[0].own_people == 0);
}

TEST_CASE("the people registry holds only people") {
  auto l = load_text("plan: {year: 2020, organization: ЛОВ УБА}\n", "plan.yaml",
                     std::string_view("people: []\nactivities: []\n"));
  CHECK(l.diags == Lines{
      "people.yaml:2:1: error: unknown key \"activities\" in the people registry (it holds only \"people\") "
      "(known keys: people) [unknown-key]"});
}

TEST_CASE("a fatal YAML error is the only error of its file, with what it left unread") {
  auto l = load_text(k_head + "  - {id: \"1.1\", goal: goal1, title: Т, tags: &x [1, *x]}\n", "2020.yaml");
  CHECK(l.diags == Lines{
      "2020.yaml:9:53: error: alias *x refers to a list or mapping that contains it (a cycle) [alias]",
      "2020.yaml:9:53: warning: the rest of 2020.yaml from line 9 on was not read: 1 activity in it is not checked "
      "[not-read]"});
}

TEST_CASE("a value of the wrong type is not also reported as missing") {
  auto l = load_text(k_head + "  - {id: \"1.1\", goal: goal1, title: [a, b]}\n");
  CHECK(l.diags == Lines{"plan.yaml:9:37: error: \"title\" must be text, not a list [type]"});
}

TEST_CASE("«Місце проведення» and other columns have keys of their own: place, notes") {
  Diagnostics diags;
  auto repo = load::load_from_string(lplan::testing::k_plan_head +
                                         "  - id: \"1.1\"\n"
                                         "    goal: goal1\n"
                                         "    title: Семінар\n"
                                         "    place: Луганська ОУНБ\n"
                                         "    notes: |\n"
                                         "      Примітка: з таблиці\n",
                                     "2020.yaml", diags);
  CHECK(lplan::testing::printed(diags).empty());
  const auto& a = repo.years.at(0).activities.at(0);
  CHECK(a.place.value == "Луганська ОУНБ");
  CHECK(a.notes.value == "Примітка: з таблиці\n");
}

TEST_CASE("a body lists its members; a member not in the registry is an error") {
  Diagnostics diags;
  auto repo = load::load_from_string(lplan::testing::k_plan_head +
                                         "  - {id: \"1.1\", goal: goal1, title: Т, responsible: [rtc]}\n",
                                     "2020.yaml", diags,
                                     std::string_view("people:\n"
                                                      "  - {id: dubova, name: Дубова Ю.}\n"
                                                      "  - {id: rtc, kind: body, name: Тренери РТЦ, members: [dubova, dubva]}\n"
                                                      "  - {id: x, name: Хтось, left: 2021-06-30}\n"));
  lplan::check::check_repository(repo, lplan::check::CheckOptions{lplan::Date{2020, 6, 1}}, diags);
  auto lines = lplan::testing::printed(diags);
  REQUIRE(!repo.shared_people.empty());
  CHECK(repo.shared_people[1].members.size() == 2);
  CHECK(repo.shared_people[2].left == lplan::Date{2021, 6, 30});
  CHECK(std::find(lines.begin(), lines.end(),
                  "people.yaml:3:64: error: member \"dubva\" of \"rtc\" is not in the people registry — did you mean "
                  "\"dubova\"? [reference]") != lines.end());
}

TEST_CASE("a syntax error shows its line, with a marker under the column in characters") {
  lplan::Diagnostic d;
  d.file = "sn1.yaml";
  d.line = 2;
  d.column = 14;
  lplan::attach_source_line(d, "plan:\r\n    outcome: Проведено: 5 тренінгів\r\nnext: 1\r\n");
  CHECK(d.source_line == "    outcome: Проведено: 5 тренінгів");
  CHECK(d.marker_pad == std::string(13, ' '));
  CHECK(lplan::format_source_excerpt(d) ==
        "    2 |     outcome: Проведено: 5 тренінгів\n"
        "      |              ^\n");
  // a tab before the column stays a tab, so the marker lines up
  d.line = 1;
  d.column = 3;
  lplan::attach_source_line(d, "\tа: б");
  CHECK(d.marker_pad == "\t ");
  // no such line: nothing shown
  d.line = 9;
  lplan::attach_source_line(d, "a: 1\n");
  CHECK(lplan::format_source_excerpt(d).empty());
}

TEST_CASE("a line over 200 characters is shown around the column only") {
  lplan::Diagnostic d;
  d.file = "plan.yaml";
  d.line = 1;
  d.column = 1001;
  std::string line = std::string(1000, 'a') + "Ж" + std::string(1000, 'b');
  lplan::attach_source_line(d, line);
  CHECK(d.source_line == "…" + std::string(80, 'a') + "Ж" + std::string(79, 'b') + "…");
  CHECK(d.marker_pad == std::string(81, ' '));
}

TEST_CASE("a plan written on one line (JSON) gets the same character columns as a pretty one") {
  std::string one_line =
      "{\"plan\":{\"year\":2020,\"organization\":\"Бібліотека\"},"
      "\"directions\":[{\"id\":\"sn1\",\"number\":1,\"title\":\"Розвиток\"}],"
      "\"goals\":[{\"id\":\"goal1\",\"number\":1,\"direction\":\"sn1\",\"title\":\"Ціль\"}],"
      "\"activities\":[{\"id\":\"1.1\",\"goal\":\"goal1\",\"title\":\"Семінар п’ятниці\",\"when\":\"березень\","
      "\"responsible\":\"Дубова\",\"audience\":\"Члени\"},"
      "{\"id\":\"1.2\",\"goal\":\"goal1\",\"title\":\"Тренінг\",\"when\":\"квітень\",\"responsible\":\"Дубова\","
      "\"audience\":\"Члени\",\"status\":\"planed\"}]}";
  auto l = load_text(one_line, "2020.yaml");
  // the column counts characters: Cyrillic letters and ’ are one each
  std::size_t at = one_line.find("\"planed\"");
  int column = static_cast<int>(lplan::text::char_count(std::string_view(one_line).substr(0, at))) + 1;
  CHECK(l.diags == Lines{fmt::format("2020.yaml:1:{}: error: unknown status \"planed\" — did you mean \"planned\"? "
                                     "[status]",
                                     column)});
}
