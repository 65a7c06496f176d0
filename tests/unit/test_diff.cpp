// lplan diff's comparison (diff/plan_diff) over models loaded from text, and the program
// runner under git_tree (io/process).
#include <doctest/doctest.h>

#include <string>

#include "check/checks.hpp"
#include "diff/plan_diff.hpp"
#include "io/process.hpp"
#include "load/loader.hpp"
#include "plan_fixture.hpp"

using namespace lplan;

namespace {

struct Revision {
  load::SourceIndex spans;
  Repository repo;
  Diagnostics diags;

  explicit Revision(const std::string& activities) {
    load::LoadOptions options;
    spans.aliases_only = true;  // as lplan diff loads
    options.spans = &spans;
    repo = load::load_from_string(lplan::testing::k_plan_head + activities, "2020.yaml", diags, {}, options);
    check::check_repository(repo, check::CheckOptions{Date{2020, 6, 1}}, diags);
  }
  diff::Side side(const char* name) const { return diff::Side{name, "", &repo, &spans, &diags}; }
};

diff::PlanDiff compare(const Revision& a, const Revision& b) {
  return diff::compare(a.side("a"), b.side("b"), std::nullopt);
}

const std::string k_two =
    "  - {id: \"1.1\", goal: goal1, title: Перший захід, when: березень, resources: &res [ЛОУНБ]}\n"
    "  - {id: \"1.2\", goal: goal1, title: Другий захід, when: квітень, resources: *res}\n";

}  // namespace

TEST_CASE("the same plan written differently is no change") {
  Revision a(k_two);
  Revision b(
      "  - id: '1.1'   # quoted otherwise, in block style, with a comment\n"
      "    title: \"Перший захід\"\n"
      "    goal: goal1\n"
      "    when: березень\n"
      "    resources: [ЛОУНБ]\n"
      "    status: planned\n"
      "  - {id: \"1.2\", goal: goal1, title: Другий захід, when: квітень, resources: [ЛОУНБ]}\n");
  auto d = compare(a, b);
  CHECK(d.empty());
  REQUIRE(d.years.size() == 1);
  CHECK(d.years[0].empty());
}

TEST_CASE("an anchor's change reaches its alias, marked via the anchor") {
  Revision a(k_two);
  Revision b(
      "  - {id: \"1.1\", goal: goal1, title: Перший захід, when: березень, resources: &res [ЛОУНБ, УБА]}\n"
      "  - {id: \"1.2\", goal: goal1, title: Другий захід, when: квітень, resources: *res}\n");
  auto d = compare(a, b);
  REQUIRE(d.years.at(0).changed.size() == 2);
  const auto& holder = d.years[0].changed[0];
  const auto& user = d.years[0].changed[1];
  CHECK(holder.id == "1.1");
  CHECK(holder.fields.at(0).field == "resources");
  CHECK(holder.fields[0].via.empty());
  CHECK(holder.fields[0].anchor == "res");
  CHECK(user.id == "1.2");
  CHECK(user.fields.at(0).via == "res");
  CHECK(user.fields[0].to.items == std::vector<std::string>{"ЛОУНБ", "УБА"});
  // Only the two entries with an anchor or an alias were kept, and no file bytes.
  CHECK(b.spans.activities.size() == 2);
  for (const auto& [at, record] : b.spans.activities) {
    CHECK(record.entries.size() == 1);
  }
  CHECK(b.spans.files.empty());
}

TEST_CASE("a moved timeframe brings its months and deadline") {
  Revision a(k_two);
  Revision b(
      "  - {id: \"1.1\", goal: goal1, title: Перший захід, when: травень, resources: &res [ЛОУНБ]}\n"
      "  - {id: \"1.2\", goal: goal1, title: Другий захід, when: квітень, resources: *res}\n");
  auto d = compare(a, b);
  REQUIRE(d.years.at(0).changed.size() == 1);
  const auto& f = d.years[0].changed[0].fields;
  REQUIRE(f.size() == 3);
  CHECK(f[0].field == "when");
  CHECK(f[1].field == "months");
  CHECK(f[1].from.items == std::vector<std::string>{"3"});
  CHECK(f[1].to.items == std::vector<std::string>{"5"});
  CHECK(f[2].field == "deadline");
  CHECK(f[2].to.text == "2020-05-31");
}

TEST_CASE("a new id with the same title and goal is a renumbering; other ids are added and removed") {
  Revision a(k_two);
  Revision b(
      "  - {id: \"1.1\", goal: goal1, title: Перший захід, when: березень, resources: &res [ЛОУНБ]}\n"
      "  - {id: \"1.3\", goal: goal1, title: Другий захід, when: квітень, resources: *res, status: done, "
      "done: "
      "2020-04-20}\n"
      "  - {id: \"1.4\", goal: goal1, title: Третій захід, when: червень}\n");
  auto d = compare(a, b);
  const auto& y = d.years.at(0);
  REQUIRE(y.renumbered.size() == 1);
  CHECK(y.renumbered[0].from == "1.2");
  CHECK(y.renumbered[0].to == "1.3");
  REQUIRE(y.added.size() == 1);
  CHECK(y.added[0].id == "1.4");
  CHECK(y.removed.empty());
  REQUIRE(y.changed.size() == 1);  // the renumbered one also changed its status
  CHECK(y.changed[0].id == "1.3");
  CHECK(y.changed[0].fields.at(0).field == "status");
  CHECK(y.changed[0].fields[0].to.text == "done");
}

TEST_CASE("a repeated id is matched occurrence by occurrence, and the errors are kept") {
  Revision a(
      "  - {id: \"1.1\", goal: goal1, title: Перший, when: березень}\n"
      "  - {id: \"1.1\", goal: goal1, title: Другий, when: квітень}\n");
  Revision b(
      "  - {id: \"1.1\", goal: goal1, title: Перший, when: березень}\n"
      "  - {id: \"1.1\", goal: goal1, title: Другий, when: травень}\n");
  auto d = compare(a, b);
  REQUIRE(d.years.at(0).changed.size() == 1);
  CHECK(d.years[0].changed[0].title == "Другий");
  REQUIRE(d.errors.size() == 2);
  CHECK(d.errors[0].revision == "a");
  CHECK(d.errors[0].errors.at(0).rule == Rule::DuplicateId);
}

TEST_CASE("a year only one side has is added or removed whole") {
  Revision a(k_two);
  Repository none;
  auto added = diff::compare(diff::Side{"a", "", &none, nullptr, nullptr}, a.side("b"), std::nullopt);
  REQUIRE(added.years.size() == 1);
  CHECK(added.years[0].presence == diff::YearDiff::Presence::Added);
  CHECK(added.years[0].added.size() == 2);
  auto removed = diff::compare(a.side("a"), diff::Side{"b", "", &none, nullptr, nullptr}, std::nullopt);
  CHECK(removed.years.at(0).presence == diff::YearDiff::Presence::Removed);
  CHECK(removed.years[0].removed.size() == 2);
  CHECK(diff::compare(a.side("a"), a.side("b"), 2021).years.empty());
}

TEST_CASE("run_program feeds and reads more than a pipe holds, without a shell") {
  std::string input;
  for (int i = 0; i < 50000; ++i) {
    input += "рядок " + std::to_string(i) + "\n";
  }
  auto r = io::run_program({"cat"}, input);
  REQUIRE(r.started);
  CHECK(r.exit_code == 0);
  CHECK(r.out == input);
  auto quoted = io::run_program({"printf", "%s", "$(echo no shell) ; *"});
  CHECK(quoted.out == "$(echo no shell) ; *");
  auto missing = io::run_program({"lplan-no-such-program"});
  CHECK_FALSE(missing.started);
  CHECK(missing.start_error == ENOENT);
  auto failing = io::run_program({"sh", "-c", "echo oops >&2; exit 3"});
  CHECK(failing.exit_code == 3);
  CHECK(failing.err == "oops\n");
}
