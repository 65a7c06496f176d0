// The calendar view (src/report/calendar.*) and the iCalendar writer
// (src/render/ics.*): folding, escaping, exclusive ends, stable UIDs.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "check/checks.hpp"
#include "load/loader.hpp"
#include "render/ics.hpp"
#include "query/filter.hpp"
#include "report/activity_list.hpp"
#include "report/calendar.hpp"
#include "text/translit.hpp"
#include "text/unicode.hpp"

using namespace lplan;

namespace {

/// Splits folded output at CRLF; fails the test on a bare LF.
std::vector<std::string> physical_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t end = s.find("\r\n", pos);
    REQUIRE(end != std::string::npos);
    std::string l = s.substr(pos, end - pos);
    CHECK(l.find('\n') == std::string::npos);
    out.push_back(l);
    pos = end + 2;
  }
  return out;
}

/// Undoes folding: what a parser sees.
std::string unfolded(const std::string& s) {
  std::string out;
  for (const auto& l : physical_lines(s)) {
    out += l.starts_with(" ") ? l.substr(1) : (out.empty() ? "" : "\n") + l;
  }
  return out;
}

const char* k_plan = R"(plan:
  year: 2020
  organization: Луганське обласне відділення Української бібліотечної асоціації
  short: ЛОВ УБА
  title: План роботи 2020
directions:
  - {id: sn1, number: 1, title: Розвиток}
goals:
  - {id: goal1, number: 1, direction: sn1, title: "Ціль; одна, перша"}
activities:
  - id: "1.1"
    goal: goal1
    title: Семінари
    details: [Перший пункт, "Другий, з комою"]
    audience: Бібліотекарі
    when: лютий березень – квітень, жовтень
    responsible: [Дубова Ю.]
  - id: "1.2"
    goal: goal1
    title: Звіт
    when: 15 березня
  - id: "1.3"
    goal: goal1
    title: Грудень
    when: грудень
    due: 2020-12-20
    status: cancelled
  - id: "1.4"
    goal: goal1
    title: За потреби
    when: за потреби
)";

report::Calendar calendar() {
  Diagnostics diags;
  Repository repo = load::load_from_string(k_plan, "plans/2020/plan.yaml", diags);
  check::check_repository(repo, check::CheckOptions{Date{2020, 6, 15}}, diags);
  REQUIRE(repo.years.size() == 1);
  return report::build_calendar(repo.years[0], Date{2020, 6, 15}, Lang::Uk);
}

}  // namespace

TEST_CASE("a short line is not folded and ends with CRLF") {
  CHECK(render::ics_fold("SUMMARY:abc") == "SUMMARY:abc\r\n");
  std::string exactly(75, 'x');
  CHECK(render::ics_fold(exactly) == exactly + "\r\n");
}

TEST_CASE("folding keeps every line within 75 octets and never splits a Cyrillic letter") {
  for (std::size_t prefix = 0; prefix < 4; ++prefix) {
    std::string l = "SUMMARY:" + std::string(prefix, 'a');
    for (int i = 0; i < 80; ++i) {
      l += "Ж";  // two octets each: a cut at an odd offset would split one
    }
    std::string folded = render::ics_fold(l);
    auto lines = physical_lines(folded);
    CHECK(lines.size() > 2);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CHECK(lines[i].size() <= 75);
      CHECK(!text::find_invalid_utf8(i == 0 ? lines[i] : lines[i].substr(1)).has_value());
      if (i > 0) {
        CHECK(lines[i].starts_with(" "));
      }
    }
    CHECK(unfolded(folded) == l);
  }
}

TEST_CASE("folding handles three- and four-octet characters") {
  std::string l = "DESCRIPTION:";
  for (int i = 0; i < 40; ++i) {
    l += "€😀";
  }
  auto lines = physical_lines(render::ics_fold(l));
  for (const auto& pl : lines) {
    CHECK(pl.size() <= 75);
    CHECK(!text::find_invalid_utf8(pl).has_value());
  }
}

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks") {
  CHECK(render::ics_escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
  CHECK(render::ics_escape_text("a\r\nb") == "a\\nb");
  CHECK(render::ics_escape_text("bell\x07") == "bell ");
  CHECK(render::ics_escape_text("Дубова Ю.") == "Дубова Ю.");
}

TEST_CASE("the organization's short name becomes an ASCII slug") {
  CHECK(text::ascii_slug("ЛОВ УБА") == "lov-uba");
  CHECK(text::ascii_slug("Київ") == "kyiv");
  CHECK(text::ascii_slug("Згурівка") == "zghurivka");
  CHECK(text::ascii_slug("Яготин, Їжакевич") == "yahotyn-yizhakevych");
  CHECK(text::ascii_slug("Знам'янка") == "znamianka");
  CHECK(text::ascii_slug("ULA Kyiv") == "ula-kyiv");
  CHECK(text::ascii_slug("***") == "");
}

TEST_CASE("one all-day event per run of months, with an exclusive end") {
  auto cal = calendar();
  std::vector<std::string> uids;
  for (const auto& e : cal.events) {
    uids.push_back(e.uid);
  }
  CHECK(uids == std::vector<std::string>{"2020-1.1-1@lov-uba", "2020-1.1-2@lov-uba", "2020-1.2-1@lov-uba",
                                         "2020-1.3-1@lov-uba", "2020-1.3-due@lov-uba"});
  CHECK(cal.events[0].start == Date{2020, 2, 1});
  CHECK(cal.events[0].end == Date{2020, 5, 1});
  CHECK(cal.events[1].start == Date{2020, 10, 1});
  CHECK(cal.events[1].end == Date{2020, 11, 1});
  // A single exact day: one one-day event, no month around it.
  CHECK(cal.events[2].start == Date{2020, 3, 15});
  CHECK(cal.events[2].end == Date{2020, 3, 16});
  CHECK(cal.events[2].summary == "Звіт");
  // December runs into the next year; the deadline is its own day.
  CHECK(cal.events[3].end == Date{2021, 1, 1});
  CHECK(cal.events[4].start == Date{2020, 12, 20});
  CHECK(cal.events[4].end == Date{2020, 12, 21});
  CHECK(cal.events[4].summary == "Термін: Грудень");
  CHECK(cal.events[4].cancelled);
}

TEST_CASE("description and category come from the plan") {
  auto cal = calendar();
  const auto& e = cal.events[0];
  CHECK(e.summary == "Семінари");
  CHECK(e.category == "Ціль; одна, перша");
  CHECK(e.description ==
        "– Перший пункт\n– Другий, з комою\nВідповідальні: Дубова Ю.\nАудиторія: Бібліотекарі\n"
        "Терміни: лютий березень – квітень, жовтень");
}

TEST_CASE("the calendar file is RFC 5545 shaped and deterministic") {
  std::ostringstream a;
  std::ostringstream b;
  render::write_ics(calendar(), a);
  render::write_ics(calendar(), b);
  CHECK(a.str() == b.str());
  std::string s = unfolded(a.str());
  CHECK(s.starts_with("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:"));
  CHECK(s.find("\nMETHOD:PUBLISH\n") != std::string::npos);
  CHECK(s.find("\nX-WR-CALNAME:План роботи 2020\n") != std::string::npos);
  CHECK(s.find("\nDTSTAMP:20200615T000000Z\n") != std::string::npos);
  CHECK(s.find("\nDTSTART;VALUE=DATE:20200201\nDTEND;VALUE=DATE:20200501\n") != std::string::npos);
  CHECK(s.find("\nCATEGORIES:Ціль\\; одна\\, перша\n") != std::string::npos);
  CHECK(s.find("DESCRIPTION:– Перший пункт\\n– Другий\\, з комою\\n") != std::string::npos);
  CHECK(s.find("\nSTATUS:CANCELLED\n") != std::string::npos);
  CHECK(s.ends_with("END:VCALENDAR"));
  for (const auto& l : physical_lines(a.str())) {
    CHECK(l.size() <= 75);
  }
}

TEST_CASE("a calendar of a filtered list has exactly its activities, with the whole year's UIDs") {
  Diagnostics diags;
  Repository repo = load::load_from_string(k_plan, "plans/2020/plan.yaml", diags);
  check::check_repository(repo, check::CheckOptions{Date{2020, 6, 15}}, diags);
  const YearPlan& y = repo.years.at(0);
  query::Filter f;
  f.months = MonthSet::single(12);
  report::Calendar part = report::build_calendar(y, report::build_list(y, f), Date{2020, 6, 15}, Lang::Uk);
  report::Calendar whole = report::build_calendar(y, Date{2020, 6, 15}, Lang::Uk);
  std::vector<std::string> uids;
  for (const auto& e : part.events) {
    uids.push_back(e.uid);
    bool in_whole = false;
    for (const auto& w : whole.events) {
      in_whole = in_whole || w.uid == e.uid;
    }
    CHECK(in_whole);
  }
  CHECK(!uids.empty());
  for (const auto& uid : uids) {
    CHECK(uid.find("2020-1.3-") == 0);
  }
}
