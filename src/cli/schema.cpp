// `lplan schema`: prints the JSON Schema of the plan format. The text is
// docs/lplan.schema.json itself, embedded at build time (see the end of
// CMakeLists.txt); tests/unit/test_schema.cpp keeps the two identical.
#include <string>

#include "cli/commands.hpp"
#include "lplan_schema_text.hpp"

namespace lplan::cli {

int run_schema(Context& ctx, const SchemaOptions&) {
  if (std::string format = ctx.format_or("json"); format != "json") {
    throw UsageError("schema --format takes only json (the JSON Schema is JSON), not \"" + format + "\"");
  }
  ctx.emit(std::string(k_plan_schema_text));
  return k_exit_ok;
}

}  // namespace lplan::cli
