#include "cli/activity_queries.hpp"

#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

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

namespace {

/// The filters and --month of `f`, checked (a bad value is a UsageError).
Selection parse_selection(Context& ctx, const FilterOptions& f) {
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
  return sel;
}

/// Picks the year of `sel.loaded` and checks the filters against it.
void pick_year_of(Context& ctx, const FilterOptions& f, Selection& sel, std::optional<int> explicit_year) {
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
}

}  // namespace

Selection select_activities(Context& ctx, const FilterOptions& f, std::optional<int> explicit_year) {
  Selection sel = parse_selection(ctx, f);
  sel.loaded = ctx.load_for_query();
  pick_year_of(ctx, f, sel, explicit_year);
  return sel;
}

std::vector<Selection> select_in_organizations(Context& ctx, const FilterOptions& f,
                                               std::optional<int> explicit_year) {
  Selection parsed = parse_selection(ctx, f);
  std::vector<Selection> out;
  std::string without;
  for (auto& loaded : ctx.load_organizations()) {
    Selection sel = parsed;
    sel.loaded = std::move(loaded);
    try {
      pick_year_of(ctx, f, sel, explicit_year);
    } catch (const UsageError& e) {
      // An organization without the year asked for (or without the filtered
      // person): the others still answer, and a note says who was left out.
      ctx.err() << "lplan: " << trf("{}: {}", sel.loaded.organization, e.what()) << '\n';
      continue;
    }
    out.push_back(std::move(sel));
  }
  if (out.empty()) {
    throw UsageError(std::string(tr("no organization has a plan that answers this")));
  }
  return out;
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

void emit_organizations(Context& ctx, const std::vector<Selection>& selections,
                        std::vector<report::ActivityList> lists, ListOutput format, bool bom) {
  std::vector<std::string> ids;
  for (const auto& sel : selections) {
    ids.push_back(sel.loaded.organization);
  }
  if (format == ListOutput::Ics) {
    // One calendar of every organization's events; UIDs keep apart by the organization.
    report::Calendar all;
    for (std::size_t i = 0; i < selections.size(); ++i) {
      report::Calendar one = report::build_calendar(*selections[i].year, lists[i], ctx.today(), ctx.lang());
      if (i == 0) {
        all = one;
        all.events.clear();
        all.name = fmt::format("{} {}", fmt::join(ids, ", "), one.year);
      }
      for (auto& e : one.events) {
        e.uid = ids[i] + "." + e.uid;
        all.events.push_back(std::move(e));
      }
    }
    std::ostringstream out;
    render::write_ics(all, out);
    ctx.emit(out.str());
    return;
  }
  emit_activity_list(ctx, *selections.front().year, report::merge_organizations(std::move(lists), ids), format,
                     bom);
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
  if (ctx.organizations().size() > 1) {
    std::vector<Selection> selections = select_in_organizations(ctx, f);
    std::vector<report::ActivityList> lists;
    for (auto& sel : selections) {
      lists.push_back(body(sel));
    }
    emit_organizations(ctx, selections, std::move(lists), format, false);
    return k_exit_ok;
  }
  Selection sel = select_activities(ctx, f);
  report::ActivityList list = body(sel);
  emit_activity_list(ctx, *sel.year, list, format, false);
  return k_exit_ok;
}

}  // namespace lplan::cli
