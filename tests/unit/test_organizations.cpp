// load/organizations: which folders of a plans folder are organizations (DESIGN §12).
#include <doctest/doctest.h>

#include "io/file_system.hpp"
#include "load/organizations.hpp"

using namespace lplan;

TEST_CASE("a plans folder with years is one organization, as today") {
  io::MemoryFileSystem fs;
  fs.add("plans/people.yaml", "people: []\n");
  fs.add("plans/2020/plan.yaml", "plan: {year: 2020, organization: X}\n");
  fs.add("plans/README.md", "#\n");
  Diagnostics diags;
  auto orgs = load::find_organizations(fs, "plans", diags);
  REQUIRE(orgs.size() == 1);
  CHECK(orgs[0].id.empty());
  CHECK(orgs[0].root == "plans");
  CHECK(diags.empty());
}

TEST_CASE("subfolders that hold years are organizations, by name; others are not") {
  io::MemoryFileSystem fs;
  fs.add("plans/luhansk/2020/plan.yaml", "x\n");
  fs.add("plans/luhansk/people.yaml", "x\n");
  fs.add("plans/kharkiv/2021.yaml", "x\n");
  fs.add("plans/docs/notes.md", "x\n");          // holds no year: not an organization
  fs.add("plans/.git-like/2020/x.yaml", "x\n");  // hidden: left alone
  Diagnostics diags;
  auto orgs = load::find_organizations(fs, "plans", diags);
  REQUIRE(orgs.size() == 2);
  CHECK(orgs[0].id == "kharkiv");
  CHECK(orgs[0].root == "plans/kharkiv");
  CHECK(orgs[1].id == "luhansk");
  CHECK(diags.empty());
}

TEST_CASE("years beside organization folders are an error that names both") {
  io::MemoryFileSystem fs;
  fs.add("plans/2020/plan.yaml", "x\n");
  fs.add("plans/kharkiv/2020/plan.yaml", "x\n");
  Diagnostics diags;
  auto orgs = load::find_organizations(fs, "plans", diags);
  CHECK(orgs.empty());
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].rule == Rule::Layout);
  CHECK(diags.items()[0].message.find("(2020) and organizations (kharkiv/)") != std::string::npos);
}

TEST_CASE("an empty plans folder is one organization with nothing in it yet") {
  io::MemoryFileSystem fs;
  fs.add("other/x.yaml", "x\n");
  Diagnostics diags;
  auto orgs = load::find_organizations(fs, "plans", diags);
  REQUIRE(orgs.size() == 1);
  CHECK(orgs[0].root == "plans");
}
