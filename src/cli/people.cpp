// `lplan people`: the registry with each entry's workload — load, build the view, draw it.
#include <sstream>

#include "cli/commands.hpp"
#include "render/workload_render.hpp"
#include "report/workload.hpp"

namespace lplan::cli {

namespace {

enum class PeopleFormat { Text, Markdown, Csv, Json };

}  // namespace

int run_people(Context& ctx, const PeopleOptions&) {
  auto format = ctx.choose_format<PeopleFormat>("people",
                                                {{"text", PeopleFormat::Text},
                                                 {"markdown", PeopleFormat::Markdown},
                                                 {"md", PeopleFormat::Markdown},
                                                 {"csv", PeopleFormat::Csv},
                                                 {"json", PeopleFormat::Json}},
                                                "text");
  Loaded loaded = ctx.load_for_query();
  const YearPlan& plan = ctx.pick_year(loaded.repo, std::nullopt);
  report::Workload view = report::build_workload(plan);
  std::ostringstream out;
  switch (format) {
    case PeopleFormat::Text:
      if (auto note = ctx.outside_year_note(plan.year)) {
        out << *note << '\n';
      }
      render::workload_text(view, ctx.lang(), ctx.width(), ctx.wrap(), out);
      break;
    case PeopleFormat::Markdown: render::workload_markdown(view, ctx.lang(), out); break;
    case PeopleFormat::Csv: render::workload_csv(view, ctx.lang(), out); break;
    case PeopleFormat::Json: render::workload_json(view, out); break;
  }
  ctx.emit(out.str());
  return k_exit_ok;
}

}  // namespace lplan::cli
