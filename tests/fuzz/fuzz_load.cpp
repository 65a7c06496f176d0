// libFuzzer target: the same bytes as a plan file (load + check, then every
// diagnostic formatted) and as a `when` text. Any crash, hang, sanitizer report or
// escaped exception is a bug: bad input must end in diagnostics.
//
// Built by -DLPLAN_FUZZ=ON with clang (see tests/fuzz/run-short.sh).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check/checks.hpp"
#include "diag/diagnostic.hpp"
#include "edit/activity_edit.hpp"
#include "edit/session.hpp"
#include "edit/value_check.hpp"
#include "io/file_system.hpp"
#include "load/loader.hpp"
#include "when/when.hpp"

namespace {

/// The registry used when the input asks for people: a small fixed one, so the
/// responsible → people resolution runs too.
constexpr std::string_view k_people =
    "people:\n"
    "  - {id: presidium, kind: body, name: Президія ЛОВ УБА, aliases: [Президія]}\n"
    "  - {id: dubova, name: Дубова Ю., role: Тренер РТЦ, aliases: [Дубова]}\n";

void fuzz_plan(std::string_view text, bool with_people) {
  lplan::Diagnostics diags;
  lplan::load::LoadOptions options;
  options.limits.max_file_bytes = 1u << 20;  // keep each run fast
  auto repo = with_people
                  ? lplan::load::load_from_string(text, "fuzz.yaml", diags, k_people, options)
                  : lplan::load::load_from_string(text, "fuzz.yaml", diags, {}, options);
  lplan::check::check_repository(repo, {lplan::Date{2020, 6, 15}}, diags);
  std::size_t total = 0;
  for (const auto& d : diags.items()) {
    total += lplan::format_diagnostic(d).size();
  }
  (void)total;
}

void fuzz_when(std::string_view text) {
  auto result = lplan::when::parse_when(text, 2020);
  for (const auto& e : result.errors) {
    // An error must point inside the text it was given.
    if (e.offset > text.size() || e.length > text.size() - e.offset) {
      __builtin_trap();
    }
  }
  (void)lplan::when::parse_month_word(text);
}

/// The write side's property: load(apply(text, edit)) == apply(load(text), edit). An edit
/// of a valid plan is either refused before any byte is planned (a bad value, a value
/// lplan cannot find the end of), or its bytes read back as exactly the planned model.
/// A refusal after the bytes were made is a bug when the model differs, or when the new
/// text has a YAML or shape error (a value lplan wrote that YAML reads otherwise);
/// errors of plan rules (a `due` outside the months of `when`) are fair refusals.
void fuzz_edit(std::string_view text, std::uint8_t pick) {
  lplan::io::MemoryFileSystem files;
  files.add("p/2020.yaml", std::string(text));
  lplan::load::LoadOptions options;
  options.limits.max_file_bytes = 1u << 20;
  lplan::edit::EditSession session(files, "p", options,
                                   lplan::check::CheckOptions{lplan::Date{2020, 6, 15}, lplan::Date{2020, 12, 31}});
  lplan::YearPlan* year = session.repo().find_year(2020);
  if (year == nullptr || year->activities.empty() || !session.errors_of(*year).empty()) {
    return;
  }
  const lplan::Activity& activity = year->activities[pick % year->activities.size()];
  static const std::vector<std::string> k_fields = {"title", "when", "status", "done", "outcome", "details",
                                                    "audience", "resources", "tags", "place", "notes", "due"};
  static const std::vector<std::string> k_values = {
      "Проведено у межах #БудьНаЧасі: 45 учасників", "yes", "1.10", "Об'єднання ’ ʼ", "- пункт", "рядок\nрядок: 2",
      "[x]", "  пробіли ", "@lounb", "&Ко", "*зірка", "!NEW", "\"лапки\"", "'апостроф'", "2020-03-15", "~", "done",
      "березень – травень", "Тренер РТЦ", "a, b", "{x: y}", "# коментар", "tab\there"};
  const std::string& field = k_fields[(pick / 7) % k_fields.size()];
  const std::string& value = k_values[(pick / 3 + text.size()) % k_values.size()];
  static const char* k_ops[] = {"=", "+=", "-=", "="};
  std::string argument = field + k_ops[(pick >> 5) % 4] + value;
  try {
    std::vector<lplan::edit::Change> changes{lplan::edit::parse_change(argument)};
    lplan::edit::check_changes(changes, *year, activity, lplan::Date{2020, 12, 31});
    auto plan = lplan::edit::plan_activity_edit(lplan::edit::EditInput{*year, activity, session.index(), true}, changes);
    lplan::edit::Expectation expected;
    expected.changed[activity.id.value] = plan.expected;
    for (std::size_t i = 0; i < plan.reached_ids.size(); ++i) {
      expected.changed[plan.reached_ids[i]][plan.reached[i].second] = plan.expected[plan.reached[i].second];
    }
    session.check(plan.edits, {}, 2020, expected);
  } catch (const lplan::edit::EditError&) {
    return;  // refused before writing: fine
  } catch (const lplan::edit::Refusal& refusal) {
    if (!refusal.reasons.empty()) {
      __builtin_trap();  // the new bytes read back as another model than the one planned
    }
    for (const auto& d : refusal.diagnostics.items()) {
      switch (d.rule) {
        case lplan::Rule::Yaml:
        case lplan::Rule::Quote:
        case lplan::Rule::Type:
        case lplan::Rule::Key:
        case lplan::Rule::UnknownKey:
        case lplan::Rule::DuplicateKey:
        case lplan::Rule::Missing:
        case lplan::Rule::Alias:
          __builtin_trap();  // lplan wrote text that YAML reads otherwise
        default:
          break;
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz_plan(text, size % 2 == 0);
  if (size > 0 && size <= 16384) {
    fuzz_edit(text, data[size / 2]);
  }
  if (size <= 4096) {
    fuzz_when(text);
  }
  return 0;
}
