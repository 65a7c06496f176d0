// libFuzzer target for `lplan import`: the same bytes through the three readers —
// as a .docx (when they are a zip), as document.xml itself, as an HTML page and as
// pasted text — then the mapper and the emitter. Bad input must end in an
// ImportError; anything else escaping, a crash, a hang or a sanitizer report is a bug.
// And what the emitter writes must always be YAML lplan reads without a syntax error.
//
// Built by -DLPLAN_FUZZ=ON with clang (see tests/fuzz/run-short.sh).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "import/docx_reader.hpp"
#include "import/emitter.hpp"
#include "import/html_reader.hpp"
#include "import/mapper.hpp"
#include "import/text_reader.hpp"
#include "import/zip_archive.hpp"
#include "load/loader.hpp"

namespace {

using namespace lplan::import;

ImportLimits fuzz_limits() {
  ImportLimits limits;
  limits.max_input_bytes = 1u << 20;
  limits.max_part_bytes = 4u << 20;
  limits.max_total_bytes = 8u << 20;
  limits.max_cells = 200'000;
  return limits;
}

void map_and_emit(const Document& doc) {
  MapOptions options;
  options.source = "fuzz";
  options.year = 2020;
  ImportedPlan plan;
  try {
    plan = map_document(doc, options);
  } catch (const ImportError&) {
    return;
  }
  for (const auto& file : emit_files(plan, {})) {
    lplan::Diagnostics diags;
    lplan::load::LoadOptions lo;
    lo.limits.max_file_bytes = 64u << 20;
    (void)lplan::load::load_from_string(file.content, file.path, diags, std::nullopt, lo);
    for (const auto& d : diags.items()) {
      // A file lplan wrote itself must parse: any YAML syntax problem is the emitter's fault.
      if (d.rule == lplan::Rule::Yaml || d.rule == lplan::Rule::DuplicateKey || d.rule == lplan::Rule::Alias) {
        __builtin_trap();
      }
    }
  }
}

template <typename Read>
void attempt(Read read) {
  try {
    map_and_emit(read());
  } catch (const ImportError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const ImportLimits limits = fuzz_limits();
  if (looks_like_zip(bytes)) {
    attempt([&] { return read_docx(bytes, "fuzz.docx", limits); });
    return 0;
  }
  attempt([&] { return read_docx_parts(std::string(bytes), "", "", "fuzz.docx", limits); });
  attempt([&] { return read_html(bytes, "fuzz.html", limits); });
  attempt([&] { return read_text(bytes, "fuzz.txt", limits); });
  return 0;
}
