// Model values: dates, month sets, statuses, diagnostics.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "diag/diagnostic.hpp"
#include "model/date.hpp"
#include "model/plan.hpp"
#include "model/schedule.hpp"

using namespace lplan;

TEST_CASE("dates: ISO text, leap years, the day after, the weekday") {
  CHECK(parse_iso_date("2020-02-29") == std::optional<Date>(Date{2020, 2, 29}));
  CHECK_FALSE(parse_iso_date("2021-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2020-2-29").has_value());
  CHECK_FALSE(parse_iso_date("15.03.2020").has_value());
  CHECK(last_day_of_month(2020, 2) == Date{2020, 2, 29});
  CHECK(last_day_of_month(1900, 2) == Date{1900, 2, 28});
  CHECK(Date{2020, 12, 31}.next_day() == Date{2021, 1, 1});
  CHECK(Date{2020, 3, 15}.iso() == "2020-03-15");
  CHECK(Date{2020, 3, 15}.compact() == "20200315");
  CHECK(Date{2020, 3, 16}.weekday() == 0);  // a Monday
}

TEST_CASE("a month set knows its months, its first and last, and its runs") {
  MonthSet s = MonthSet::range(2, 4);
  s.add(10);
  CHECK(s.months() == std::vector<int>{2, 3, 4, 10});
  CHECK(s.first() == 2);
  CHECK(s.last() == 10);
  CHECK(s.count() == 4);
  CHECK(s.runs() == std::vector<std::pair<int, int>>{{2, 4}, {10, 10}});
  CHECK(MonthSet::all().runs() == std::vector<std::pair<int, int>>{{1, 12}});
  CHECK(MonthSet().empty());
  CHECK(MonthSet::range(5, 3).empty());
  CHECK_FALSE(s.contains(13));
}

TEST_CASE("statuses are spelled as in the plan format") {
  CHECK(parse_status("in-progress") == Status::InProgress);
  CHECK(std::string(status_key(Status::Cancelled)) == "cancelled");
  CHECK_FALSE(parse_status("planed").has_value());
}

TEST_CASE("diagnostics print as file:line:col and come out sorted, each once") {
  Diagnostics d;
  SourceLoc b{intern_path("b.yaml"), 3, 7};
  SourceLoc a{intern_path("a.yaml"), 10, 2};
  d.warning(b, Rule::NoAudience, "activity \"1.1\" has no audience");
  d.error(a, Rule::When, "unknown month \"березенъ\" in when");
  d.error(b, Rule::Type, "\"title\" must be text, not a list");
  d.warning(b, Rule::NoAudience, "activity \"1.1\" has no audience");
  d.finish();
  REQUIRE(d.items().size() == 3);
  CHECK(format_diagnostic(d.items()[0]) == "a.yaml:10:2: error: unknown month \"березенъ\" in when [when]");
  CHECK(format_diagnostic(d.items()[1]) == "b.yaml:3:7: error: \"title\" must be text, not a list [type]");
  CHECK(format_diagnostic(d.items()[2]) == "b.yaml:3:7: warning: activity \"1.1\" has no audience [no-audience]");
  CHECK(d.error_count() == 2);
  CHECK(d.warning_count() == 1);
}

TEST_CASE("a problem without a file names lplan") {
  Diagnostic d{Severity::Error, "", 0, 0, "no plans found", Rule::None};
  CHECK(format_diagnostic(d) == "lplan: error: no plans found");
}

TEST_CASE("a path is interned once") {
  CHECK(intern_path("plans/2020/sn1.yaml") == intern_path(std::string("plans/2020/sn1.yaml")));
  CHECK(path_of(intern_path("x.yaml")) == "x.yaml");
  CHECK(path_of(0).empty());
}

TEST_CASE("every rule has a name that reads back, and is documented in docs/diagnostics.md") {
  std::ifstream doc(std::string(LPLAN_SOURCE_DIR) + "/docs/diagnostics.md");
  std::string text((std::istreambuf_iterator<char>(doc)), std::istreambuf_iterator<char>());
  REQUIRE_FALSE(text.empty());
  for (int i = 1; i < static_cast<int>(Rule::Count_); ++i) {
    auto rule = static_cast<Rule>(i);
    std::string name(rule_name(rule));
    CAPTURE(name);
    CHECK(rule_from_name(name) == rule);
    CHECK(text.find("`" + name + "`") != std::string::npos);
  }
}

TEST_CASE("the exit code follows the diagnostics: io 2, errors 1, warnings 0 unless strict") {
  Diagnostics none;
  CHECK(exit_code(none, true) == 0);
  Diagnostics warn;
  warn.warning(SourceLoc{intern_path("w.yaml"), 1, 1}, Rule::NoAudience, "w");
  CHECK(exit_code(warn, false) == 0);
  CHECK(exit_code(warn, true) == 1);
  Diagnostics err = warn;
  err.error(SourceLoc{intern_path("w.yaml"), 2, 1}, Rule::When, "e");
  CHECK(exit_code(err, false) == 1);
  err.add(Diagnostic{Severity::Error, "x", 0, 0, "cannot read", Rule::Io});
  CHECK(exit_code(err, false) == 2);
}
