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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz_plan(text, size % 2 == 0);
  if (size <= 4096) {
    fuzz_when(text);
  }
  return 0;
}
