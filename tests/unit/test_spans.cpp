// Byte spans of loaded values: every style ends where it should and reads back.
#include <doctest/doctest.h>

#include <string>

#include "load/loader.hpp"
#include "load/spans.hpp"
#include "plan_fixture.hpp"

using namespace lplan;
using lplan::load::ValueStyle;

namespace {

struct Spanned {
  std::string text;
  load::SourceIndex index;
  Repository repo;
};

Spanned load_spanned(const std::string& activities) {
  Spanned s;
  s.text = lplan::testing::k_plan_head + activities;
  Diagnostics diags;
  load::LoadOptions options;
  options.spans = &s.index;
  s.repo = load::load_from_string(s.text, "2020.yaml", diags, {}, options);
  return s;
}

/// The raw text of `key`'s value in the first activity.
std::string raw(const Spanned& s, std::string_view key, std::size_t activity = 0) {
  const auto& a = s.repo.years.at(0).activities.at(activity);
  const auto* r = s.index.activity(a.loc);
  REQUIRE(r != nullptr);
  const auto* e = r->find(key);
  REQUIRE(e != nullptr);
  CHECK(e->value.verified);
  return s.text.substr(e->value.content, e->value.end - e->value.content);
}

}  // namespace

TEST_CASE("plain, quoted and block values end where they end, comments left out") {
  auto s = load_spanned(
      "  - id: \"1.1\"\n"
      "    goal: goal1   # a comment\n"
      "    title: 'Риб''янцева: тренінг'\n"
      "    when: \"лютий \\\"березень\\\"\"\n"
      "    outcome: |\n"
      "      Проведено 5 тренінгів\n"
      "      у межах #БудьНаЧасі\n"
      "\n"
      "    details:\n"
      "      - перший\n"
      "      - \"другий, третій\"\n"
      "    audience: [Бібліотекарі, \"Керівники, ОТГ\"]\n"
      "    notes: текст\n"
      "      на двох рядках\n");
  CHECK(raw(s, "id") == "\"1.1\"");
  CHECK(raw(s, "goal") == "goal1");
  CHECK(raw(s, "title") == "'Риб''янцева: тренінг'");
  CHECK(raw(s, "when") == "\"лютий \\\"березень\\\"\"");
  CHECK(raw(s, "outcome") == "|\n      Проведено 5 тренінгів\n      у межах #БудьНаЧасі");
  CHECK(raw(s, "details") == "- перший\n      - \"другий, третій\"");
  CHECK(raw(s, "audience") == "[Бібліотекарі, \"Керівники, ОТГ\"]");
  CHECK(raw(s, "notes") == "текст\n      на двох рядках");
  const auto* r = s.index.activity(s.repo.years[0].activities[0].loc);
  REQUIRE(r != nullptr);
  CHECK(r->find("details")->items.size() == 2);
  CHECK(r->indent == 4);
  // A new key goes after the last entry's line.
  CHECK(s.text.substr(r->insert_at).empty());
  CHECK(s.text.substr(r->item_start, 6) == "- id: ");
}

TEST_CASE("a flow mapping: entries, and the insert point before the closing brace") {
  auto s = load_spanned("  - {id: \"1.1\", goal: goal1, title: Семінар}\n  - {id: \"1.2\", goal: goal1, title: Т}\n");
  const auto* r = s.index.activity(s.repo.years[0].activities[0].loc);
  REQUIRE(r != nullptr);
  CHECK(r->map.style == ValueStyle::FlowMap);
  CHECK(raw(s, "title") == "Семінар");
  CHECK(s.text[r->insert_at] == '}');
  CHECK(s.text.substr(r->item_start, 3) == "- {");
}

TEST_CASE("an anchor holder and an alias user are told apart") {
  auto s = load_spanned(
      "  - id: \"1.1\"\n"
      "    goal: goal1\n"
      "    title: Т\n"
      "    resources: &rtc [ЛОВ УБА, ЛОУНБ]\n"
      "  - id: \"1.2\"\n"
      "    goal: goal1\n"
      "    title: Т\n"
      "    resources: *rtc\n");
  const auto& acts = s.repo.years[0].activities;
  const auto* holder = s.index.activity(acts[0].loc)->find("resources");
  const auto* user = s.index.activity(acts[1].loc)->find("resources");
  CHECK(holder->value.anchor == "rtc");
  CHECK(holder->value.style == ValueStyle::FlowSeq);
  CHECK(s.text.substr(holder->value.start, 4) == "&rtc");
  CHECK(s.text.substr(holder->value.content, 1) == "[");
  CHECK(user->value.style == ValueStyle::Alias);
  CHECK(user->value.alias == "rtc");
  CHECK(s.text.substr(user->value.content, user->value.end - user->value.content) == "*rtc");
  CHECK(s.index.alias_users.count("rtc") == 1);
}

TEST_CASE("CRLF line ends and an empty value") {
  Spanned s;
  s.text = "plan:\r\n  year: 2020\r\n  organization: О\r\ngoals:\r\n  - {id: goal1, direction: sn1, title: Ц}\r\n"
           "directions:\r\n  - {id: sn1, title: Н}\r\nactivities:\r\n  - id: \"1.1\"\r\n    goal: goal1\r\n"
           "    title: Семінар у бібліотеці\r\n    outcome:\r\n";
  Diagnostics diags;
  load::LoadOptions options;
  options.spans = &s.index;
  s.repo = load::load_from_string(s.text, "2020.yaml", diags, {}, options);
  CHECK(raw(s, "title") == "Семінар у бібліотеці");
  const auto* r = s.index.activity(s.repo.years[0].activities[0].loc);
  CHECK(r->find("outcome")->value.style == ValueStyle::Null);
}
