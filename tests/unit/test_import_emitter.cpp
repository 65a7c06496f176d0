// The emitter: an imported plan → YAML files laid out like plans/2020, which lplan's
// own loader and checks read back as the same plan.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "check/checks.hpp"
#include "import/emitter.hpp"
#include "import/mapper.hpp"
#include "import/text_reader.hpp"
#include "load/loader.hpp"
#include "plan_fixture.hpp"

using namespace lplan::import;
namespace fs = std::filesystem;

namespace {

ImportedPlan plan_of(std::string_view text) {
  MapOptions o;
  o.source = "plan.txt";
  return map_document(read_text(text, "plan.txt", ImportLimits{}), o);
}

const OutputFile& file(const std::vector<OutputFile>& files, const std::string& path) {
  for (const auto& f : files) {
    if (f.path == path) {
      return f;
    }
  }
  FAIL("no file " << path);
  return files.front();
}

/// Writes the files into a fresh folder, loads and checks them as `lplan validate` does.
lplan::Repository load(const std::vector<OutputFile>& files, lplan::Diagnostics& diags) {
  fs::path root = fs::temp_directory_path() / ("lplan-emit-" + std::to_string(::getpid()));
  fs::remove_all(root);
  for (const auto& f : files) {
    fs::create_directories((root / f.path).parent_path());
    std::ofstream(root / f.path, std::ios::binary) << f.content;
  }
  lplan::Repository repo = lplan::load::load_repository(root.string(), {}, diags);
  lplan::check::check_repository(repo, {lplan::Date{2020, 6, 1}}, diags);
  fs::remove_all(root);
  return repo;
}

const std::string k_table =
    "Бібліотека-філія № 3\nПлан роботи на 2020 рік\n"
    "№\tНазва заходу\tТермін проведення\tВідповідальні\tРесурси\tПримітка\n"
    "СН 1. Освіта\n\tЦіль 1. Навчання\n"
    "1.1\tСемінар: «Нове»\tберезень\tТренери РТЦ: Літашова, Дубова\tЛОУНБ, УБА\t\"два рядки\nдругий\"\n"
    "\tТренінг\t--//--\tЛіташова\t-//-\t\n"
    "СН 2. Розвиток\n\tЦіль 2. Члени\n"
    "\tЗбори\t-//-\tПрезидія ЛОВ УБА\t\t\n";

}  // namespace

TEST_CASE("the files lplan import writes load and check without errors, as the same plan") {
  ImportedPlan plan = plan_of(k_table);
  auto files = emit_files(plan, {});
  std::vector<std::string> paths;
  for (const auto& f : files) {
    paths.push_back(f.path);
  }
  CHECK(paths == std::vector<std::string>{"2020/plan.yaml", "2020/sn1.yaml", "2020/sn2.yaml", "people.yaml"});
  lplan::Diagnostics diags;
  lplan::Repository repo = load(files, diags);
  for (const auto& line : lplan::testing::printed(diags)) {
    CHECK_MESSAGE(line.find("error") == std::string::npos, line);
  }
  REQUIRE(repo.years.size() == 1);
  const auto& year = repo.years[0];
  CHECK(year.meta.organization.value == "Бібліотека-філія № 3");
  REQUIRE(year.activities.size() == 3);
  CHECK(year.activities[0].title.value == "Семінар: «Нове»");
  CHECK(year.activities[0].notes.value == "Примітка: два рядки\nдругий");
  CHECK(year.activities[1].when->value == "березень");     // through the alias
  CHECK(year.activities[1].resources.size() == 2);
  CHECK(year.activities[2].when->value == "березень");     // another file: written out again
  CHECK(year.people.size() == 4);
}

TEST_CASE("the layout is plans/2020's: block style, a comment naming the source row, a blank line between") {
  auto files = emit_files(plan_of(k_table), {});
  const std::string& sn1 = file(files, "2020/sn1.yaml").content;
  CHECK(sn1.find("activities:\n  # Ціль 1. Навчання\n  - id: \"1.1\"   # line 6\n    goal: goal1\n"
                 "    title: \"Семінар: «Нове»\"\n") != std::string::npos);
  CHECK(sn1.find("    when: &when-1-1 \"березень\"\n") != std::string::npos);
  CHECK(sn1.find("    resources: &resources-1-1 [ЛОУНБ, УБА]\n") != std::string::npos);
  CHECK(sn1.find("    notes: |-\n      Примітка: два рядки\n      другий\n\n  - id: \"1.2\"   # line 8\n") !=
        std::string::npos);
  CHECK(sn1.find("    when: *when-1-1   # «the same as above» in the source\n") != std::string::npos);
  const std::string& sn2 = file(files, "2020/sn2.yaml").content;
  CHECK(sn2.find("when: \"березень\"") != std::string::npos);  // no alias across files
  const std::string& plan = file(files, "2020/plan.yaml").content;
  CHECK(plan.find("directions:\n  - {id: sn1, number: 1, title: Освіта}\n  - {id: sn2, number: 2, title: Розвиток}\n") !=
        std::string::npos);
  const std::string& people = file(files, "people.yaml").content;
  CHECK(people.find("  - id: trenery-rtts\n    kind: body\n    name: Тренери РТЦ\n    members: [litashova, dubova]\n") !=
        std::string::npos);
}

TEST_CASE("new people are appended to an existing registry, which is otherwise kept byte for byte") {
  std::string existing = "# Наш реєстр\npeople:\n    - id: presidium   # коментар\n      kind: body\n      name: Президія ЛОВ УБА\n";
  CHECK(people_append_indent(existing) == "    ");
  CHECK(people_append_indent("# тільки коментар\n") == "  ");
  CHECK_FALSE(people_append_indent("people: [{id: a, name: A}]\n").has_value());
  CHECK_FALSE(people_append_indent("people:\n  - {id: a, name: A}\nplan:\n  year: 2020\n").has_value());

  MapOptions o;
  o.source = "plan.txt";
  lplan::Diagnostics ignored;
  o.registry = lplan::load::load_from_string("", "plan.yaml", ignored, existing).shared_people;
  ImportedPlan plan = map_document(read_text(k_table, "plan.txt", ImportLimits{}), o);
  auto files = emit_files(plan, {existing});
  const std::string& people = file(files, "people.yaml").content;
  CHECK(people.rfind(existing, 0) == 0);
  CHECK(people.find("\n    - id: litashova\n") != std::string::npos);
  CHECK(people.find("prezydiia") == std::string::npos);  // «Президія ЛОВ УБА» is presidium
  lplan::Diagnostics diags;
  load(files, diags);
  CHECK_FALSE(diags.has_errors());
}
