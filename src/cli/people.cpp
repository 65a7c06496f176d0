// `lplan people`: the registry with each entry's workload — load, build the view, draw it.
#include <sstream>

#include "cli/commands.hpp"
#include "render/json_writer.hpp"
#include "render/workload_render.hpp"
#include "text/i18n.hpp"
#include "report/workload.hpp"

namespace lplan::cli {

namespace {

enum class PeopleFormat { Text, Markdown, Csv, Json };

/// `people` over several organizations (DESIGN §12): each registry under its
/// organization's name; csv with an organization column; json an array.
int people_of_organizations(Context& ctx, PeopleFormat format) {
  std::vector<Loaded> loaded = ctx.load_organizations();
  std::vector<report::Workload> views;
  std::vector<std::string> ids;
  for (const auto& l : loaded) {
    try {
      views.push_back(report::build_workload(ctx.pick_year(l.repo, std::nullopt)));
      ids.push_back(l.organization);
    } catch (const UsageError& e) {
      ctx.err() << "lplan: " << trf("{}: {}", l.organization, e.what()) << '\n';
    }
  }
  if (views.empty()) {
    throw UsageError(std::string(tr("no organization has a plan that answers this")));
  }
  std::ostringstream out;
  switch (format) {
    case PeopleFormat::Text:
      for (std::size_t i = 0; i < views.size(); ++i) {
        out << (i == 0 ? "" : "\n\n") << "== " << ids[i] << " ==\n";
        render::workload_text(views[i], ctx.lang(), ctx.width(), ctx.wrap(), out);
      }
      break;
    case PeopleFormat::Markdown:
      for (std::size_t i = 0; i < views.size(); ++i) {
        out << (i == 0 ? "" : "\n") << "# " << ids[i] << "\n\n";
        render::workload_markdown(views[i], ctx.lang(), out);
      }
      break;
    case PeopleFormat::Csv: {
      std::vector<const report::Workload*> all;
      for (const auto& v : views) {
        all.push_back(&v);
      }
      render::workload_csv_organizations(all, ids, ctx.lang(), out);
      break;
    }
    case PeopleFormat::Json: {
      render::JsonWriter json(out);
      json.begin_object();
      json.key("organizations");
      json.begin_array();
      for (std::size_t i = 0; i < views.size(); ++i) {
        json.begin_object();
        json.field("id", ids[i]);
        json.key("registry");
        render::workload_json_object(json, views[i]);
        json.end_object();
      }
      json.end_array();
      json.end_object();
      json.finish();
      break;
    }
  }
  ctx.emit(out.str());
  return k_exit_ok;
}

}  // namespace

int run_people(Context& ctx, const PeopleOptions&) {
  auto format = ctx.choose_format<PeopleFormat>("people",
                                                {{"text", PeopleFormat::Text},
                                                 {"markdown", PeopleFormat::Markdown},
                                                 {"md", PeopleFormat::Markdown},
                                                 {"csv", PeopleFormat::Csv},
                                                 {"json", PeopleFormat::Json}},
                                                "text");
  if (ctx.organizations().size() > 1) {
    return people_of_organizations(ctx, format);
  }
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
