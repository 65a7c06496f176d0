#include "cli/edit_activity.hpp"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>

#include "edit/activity_edit.hpp"
#include "edit/session.hpp"
#include "edit/value_check.hpp"
#include "io/atomic_file.hpp"
#include "io/file_system.hpp"
#include "load/span_scanner.hpp"
#include "render/labels.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::cli {

namespace {

const Activity& find_activity(const YearPlan& year, const std::string& id) {
  std::vector<std::string> ids;
  for (const auto& a : year.activities) {
    if (a.id.value == id) {
      return a;
    }
    ids.push_back(a.id.value);
  }
  std::string message = trf("there is no activity \"{0}\" in the plan of {1}", text::printable(id), year.year);
  if (auto hint = text::did_you_mean(id, ids)) {
    message += trf(" — did you mean \"{}\"?", *hint);
  }
  throw UsageError(message);
}

/// 1-based line of byte `offset` of `text`.
int line_at(std::string_view text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size())), '\n'));
}

/// Whether the error lies on the lines of one of the fields being set.
bool inside_changed_fields(const Diagnostic& d, const Activity& a, const load::SourceIndex& index,
                           const std::vector<edit::Change>& changes) {
  if (d.file != a.loc.path()) {
    return false;
  }
  const load::RecordSpans* r = index.activity(a.loc);
  auto file = index.files.find(d.file);
  if (r == nullptr || file == index.files.end()) {
    return false;
  }
  std::string_view text = file->second.bytes;
  if (file->second.bom) {
    text.remove_prefix(3);
  }
  for (const auto& c : changes) {
    if (const auto* e = r->find(c.field->key)) {
      int first = line_at(text, e->key_span.start);
      int last = line_at(text, std::max(e->value.end, e->key_span.end));
      if (d.line >= first && d.line <= last) {
        return true;
      }
    }
  }
  return false;
}

std::string shown(const FieldValue& v, FieldKind kind, Lang lang) {
  if (!v.present) {
    return "—";
  }
  if (kind == FieldKind::Status) {
    // «заплановано → виконано» in a Ukrainian session; the file keeps the key (`done`).
    if (auto status = parse_status_word(v.text)) {
      return std::string(render::status_label(*status, lang));
    }
  }
  std::string s = v.items.empty() && !v.text.empty() ? v.text : fmt::format("{}", fmt::join(v.items, "; "));
  return text::truncate_to_width(text::printable(s), 60);
}

}  // namespace

int edit_activity(Context& ctx, const ActivityEditRequest& request) {
  std::vector<edit::Change> changes;
  try {
    for (std::size_t i = 0; i < request.changes.size(); ++i) {
      const std::string& arg = request.changes[i];
      if (i > 0 && arg.find('=') == std::string::npos) {
        // `place=Луганська ОУНБ` without quotes: the shell split the value.
        std::string joined = request.changes[i - 1];
        for (std::size_t j = i; j < request.changes.size() && request.changes[j].find('=') == std::string::npos; ++j) {
          joined += " " + request.changes[j];
        }
        auto eq = joined.find('=');
        throw UsageError(trf("\"{}\" is not FIELD=VALUE; a value with spaces goes in quotes: {}=\"{}\"",
                             text::printable(arg), joined.substr(0, eq), joined.substr(eq + 1)));
      }
      changes.push_back(edit::parse_change(arg));
    }
  } catch (const edit::EditError& e) {
    throw UsageError(e.what());
  }
  io::DiskFileSystem disk;
  edit::EditSession session(disk, ctx.plans_root(), ctx.load_options(), ctx.check_options());
  if (has_io_errors(session.diags())) {
    ctx.print_diagnostics(session.diags());
    return k_exit_usage;
  }
  const YearPlan& year = ctx.pick_year(session.repo(), std::nullopt);
  const Activity& activity = find_activity(year, request.id);

  std::vector<Diagnostic> blocking;
  for (const auto& d : session.errors_of(year)) {
    if (!inside_changed_fields(d, activity, session.index(), changes)) {
      blocking.push_back(d);
    }
  }
  if (!blocking.empty()) {
    Diagnostics shown_diags;
    for (auto& d : blocking) {
      shown_diags.add(d);
    }
    ctx.print_diagnostics(shown_diags);
    ctx.err() << "lplan: "
              << trnf("the plan has {} error outside the fields being set; fix it first (lplan validate) — nothing was written",
                      "the plan has {} errors outside the fields being set; fix them first (lplan validate) — nothing was written",
                      static_cast<long long>(blocking.size()), blocking.size())
              << '\n';
    return k_exit_plan_errors;
  }

  edit::ActivityEdit plan;
  try {
    edit::check_changes(changes, year, activity, ctx.system_today());
    plan = edit::plan_activity_edit(edit::EditInput{year, activity, session.index(), request.all_aliases}, changes);
  } catch (const edit::EditError& e) {
    throw UsageError(e.what());
  }
  edit::Expectation expected;
  expected.changed[activity.id.value] = plan.expected;
  for (std::size_t i = 0; i < plan.reached_ids.size(); ++i) {
    const std::string& field = plan.reached[i].second;
    expected.changed[plan.reached_ids[i]][field] = plan.expected[field];
  }

  edit::Checked checked;
  try {
    checked = session.check(plan.edits, {}, year.year, expected);
  } catch (const edit::Refusal& refusal) {
    ctx.print_diagnostics(refusal.diagnostics);
    for (const auto& r : refusal.reasons) {
      ctx.err() << "lplan: " << r << '\n';
    }
    if (refusal.reasons.empty()) {
      ctx.err() << "lplan: "
                << trnf("the edit was not made: it would leave the plan with the error above (nothing was written)",
                        "the edit was not made: it would leave the plan with the errors above (nothing was written)",
                        static_cast<long long>(refusal.diagnostics.error_count()))
                << '\n';
    } else {
      ctx.err() << "lplan: " << tr("the edit was not made: the plan read back from the new text is not what was asked")
                << '\n';
    }
    return k_exit_plan_errors;
  }

  for (const auto& note : plan.notes) {
    ctx.err() << "lplan: " << note << '\n';
  }
  if (request.dry_run) {
    ctx.emit(session.diff(checked));
    return k_exit_ok;
  }
  try {
    session.write(checked);
  } catch (const io::WriteError& e) {
    throw UsageError(e.what());
  }
  std::string summary;
  for (const auto& c : changes) {
    std::string key(c.field->key);
    FieldValue before = c.field->get(activity);
    if (c.field->kind == FieldKind::Status && !before.present) {
      before = FieldValue{true, status_key(Status::Planned), {}};  // the default
    }
    summary += fmt::format("{} {}: {} → {}\n", activity.id.value, key, shown(before, c.field->kind, ctx.lang()),
                           shown(plan.expected[key], c.field->kind, ctx.lang()));
  }
  for (const auto& id : plan.reached_ids) {
    summary += trf("{} changes too (through the anchor)", id) + "\n";
  }
  std::vector<std::string> written;
  for (const auto& [path, content] : checked.files) {
    written.push_back(path);
  }
  summary += trf("written: {}", fmt::join(written, ", ")) + "\n";
  ctx.emit(summary);
  return k_exit_ok;
}

}  // namespace lplan::cli
