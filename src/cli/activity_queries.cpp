#include "cli/activity_queries.hpp"

#include <sstream>

#include "render/ics.hpp"
#include "report/calendar.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

namespace {

std::string plan_years(const Repository& repo) {
  std::string known;
  for (const auto& y : repo.years) {
    known += (known.empty() ? "" : ", ") + std::to_string(y.year);
  }
  return known.empty() ? std::string(tr("none")) : known;
}

}  // namespace

Selection select_activities(Context& ctx, const FilterOptions& f, std::optional<int> explicit_year) {
  Selection sel;
  try {
    sel.filter = query::Filter::from_strings(f.responsible, f.goal, f.direction, f.status, f.grep);
    if (!f.month.empty()) {
      sel.month = query::parse_month_arg(f.month, ctx.today());
    }
  } catch (const query::MonthArgError& e) {
    throw UsageError(e.what());
  } catch (const query::FilterError& e) {
    throw UsageError(e.what());
  }
  sel.loaded = ctx.load_for_query();
  std::optional<int> month_year = sel.month ? sel.month->year : std::nullopt;
  bool year_fixed = explicit_year || ctx.options().year;
  if (sel.month && sel.month->relative && !year_fixed && !sel.loaded.repo.find_year(*month_year)) {
    throw UsageError(trf("--month {0} is {1} {2}, and there is no plan for {2} (plans: {3})", f.month,
                         month_name(sel.month->first(), ctx.lang()), *month_year,
                         plan_years(sel.loaded.repo)));
  }
  sel.year = &ctx.pick_year(sel.loaded.repo, explicit_year, month_year);
  try {
    sel.filter.check_against(*sel.year);
  } catch (const query::FilterError& e) {
    throw UsageError(e.what());
  }
  return sel;
}

void emit_activity_list(Context& ctx, const YearPlan& year, const report::ActivityList& list,
                        ListOutput format, bool bom) {
  std::ostringstream out;
  render::ListFormat drawn = render::ListFormat::Text;
  switch (format) {
    case ListOutput::Ics:
      render::write_ics(report::build_calendar(year, list, ctx.today(), ctx.lang()), out);
      ctx.emit(out.str());
      return;
    case ListOutput::Text:
      if (auto note = ctx.outside_year_note(year.year)) {
        out << *note << '\n';
      }
      break;
    case ListOutput::Markdown:
      drawn = render::ListFormat::Markdown;
      break;
    case ListOutput::Csv:
      drawn = render::ListFormat::Csv;
      break;
    case ListOutput::Json:
      drawn = render::ListFormat::Json;
      break;
  }
  render::render_activity_list(list, drawn, {ctx.lang(), ctx.width(), ctx.color(), ctx.wrap()}, bom, out);
  ctx.emit(out.str());
}

int run_activity_query(Context& ctx, const char* command, const FilterOptions& f,
                       const std::function<report::ActivityList(Selection& selection)>& body) {
  auto format = ctx.choose_format<ListOutput>(command,
                                              {{"text", ListOutput::Text},
                                               {"markdown", ListOutput::Markdown},
                                               {"md", ListOutput::Markdown},
                                               {"csv", ListOutput::Csv},
                                               {"json", ListOutput::Json},
                                               {"ics", ListOutput::Ics}},
                                              "text");
  Selection sel = select_activities(ctx, f);
  report::ActivityList list = body(sel);
  emit_activity_list(ctx, *sel.year, list, format, false);
  return k_exit_ok;
}

}  // namespace lplan::cli
