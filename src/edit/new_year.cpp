#include "edit/new_year.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "edit/activity_edit.hpp"
#include "edit/move_dates.hpp"
#include "io/file_system.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::edit {

namespace {

Change unset(std::string_view key) {
  Change c;
  c.field = find_field(activity_fields(), key);
  c.op = Op::Unset;
  return c;
}

Change set_to(std::string_view key, std::string value) {
  Change c;
  c.field = find_field(activity_fields(), key);
  c.op = Op::Set;
  c.value = std::move(value);
  return c;
}

/// Where a source file of year `from` goes in year `to`: `…/2020/sn1.yaml` →
/// `…/2021/sn1.yaml`, `…/2020.yaml` → `…/2021.yaml`.
std::string target_of(const std::string& path, int from, int to, std::string& folder) {
  std::string parent = io::parent_path(path);
  std::string name = io::file_name(path);
  if (io::file_name(parent) == std::to_string(from)) {
    folder = io::join_path(io::parent_path(parent), std::to_string(to));
    return io::join_path(folder, name);
  }
  std::string ext = name.substr(name.find('.'));
  return io::join_path(parent, std::to_string(to) + ext);
}

/// The edits of the plan record of a file: the year, and `approved` removed.
void plan_edits(std::string_view text, const std::string& file, const load::SourceIndex& index, int to,
                std::vector<TextEdit>& edits) {
  for (const auto& [key, r] : index.plans) {
    if (path_of(r.file) != file) {
      continue;
    }
    if (const auto* y = r.find("year")) {
      edits.push_back(TextEdit{file, y->value.content, y->value.end, std::to_string(to), 0});
    }
    if (const auto* a = r.find("approved")) {
      edits.push_back(remove_entry(text, file, r, *a));
    }
  }
}

}  // namespace

NewYear plan_new_year(const EditSession& session, const NewYearRequest& request) {
  const Repository& repo = const_cast<EditSession&>(session).repo();
  const YearPlan* source = repo.find_year(request.from);
  if (source == nullptr) {
    throw EditError(trf("there is no plan for {} to start {} from", request.from, request.year));
  }
  if (const YearPlan* existing = repo.find_year(request.year)) {
    throw EditError(trf("the plan of {} exists already ({}); nothing was written", request.year,
                        existing->files.empty() ? std::string() : existing->files.front()));
  }
  const load::SourceIndex& index = session.index();
  NewYear out;
  std::map<std::string, std::vector<TextEdit>> by_file;
  for (const auto& f : source->files) {
    by_file[f];  // every file of the year is copied, edited or not
  }
  auto left_out = [&](const Activity& a) {
    return request.unfinished_only && (a.status == Status::Done || a.status == Status::Cancelled);
  };
  // Anchors held by activities that are left out: the activities that repeat them get
  // the value written out, or their aliases would point nowhere.
  std::vector<std::string> lost_anchors;
  for (const Activity& a : source->activities) {
    if (const load::RecordSpans* r = index.activity(a.loc); r != nullptr && left_out(a)) {
      for (const auto& e : r->entries) {
        if (!e.value.anchor.empty()) {
          lost_anchors.push_back(e.value.anchor);
        }
      }
    }
  }
  for (const Activity& a : source->activities) {
    const std::string& file = a.loc.path();
    if (left_out(a)) {
      const load::RecordSpans* r = index.activity(a.loc);
      const load::FileText& ft = index.files.at(file);
      std::string_view text = ft.bytes;
      if (ft.bom) {
        text.remove_prefix(3);
      }
      if (r == nullptr) {
        throw EditError(trf("activity {} cannot be left out: lplan did not find where it is written", a.id.value));
      }
      by_file[file].push_back(remove_item(text, file, *r));
      out.dropped.push_back(a.id.value);
      out.expected.removed.push_back(a.id.value);
      continue;
    }
    ++out.carried;
    std::vector<Change> changes;
    for (std::string_view key : {"status", "done", "outcome"}) {
      if (find_field(activity_fields(), key)->get(a).present) {
        changes.push_back(unset(key));
      }
    }
    if (a.due) {
      changes.push_back(set_to("due", move_date(*a.due, request.year).iso()));
    }
    if (const load::RecordSpans* r = index.activity(a.loc)) {
      for (const auto& e : r->entries) {
        const ActivityField* f = find_field(activity_fields(), e.key);
        bool lost = std::find(lost_anchors.begin(), lost_anchors.end(), e.value.alias) != lost_anchors.end();
        if (f != nullptr && f->settable && e.value.style == load::ValueStyle::Alias && lost &&
            e.key != "due" && e.key != "when") {
          FieldValue now = f->get(a);
          Change c;
          c.field = f;
          c.op = Op::Set;
          c.value = now.text;
          c.items = now.items;
          changes.push_back(c);
        }
      }
    }
    if (a.when) {
      std::string moved = move_dates_in_when(a.when->value, request.from, request.year);
      if (moved != a.when->value) {
        changes.push_back(set_to("when", moved));
      }
    }
    if (changes.empty()) {
      continue;
    }
    ActivityEdit e = plan_activity_edit(EditInput{*source, a, index, true}, changes);
    auto& list = by_file[file];
    list.insert(list.end(), e.edits.begin(), e.edits.end());
    out.expected.changed[a.id.value] = e.expected;
  }
  out.expected.plan["year"] = FieldValue{true, std::to_string(request.year), {}};
  out.expected.plan["approved"] = FieldValue{};
  for (auto& [file, edits] : by_file) {
    const load::FileText& ft = index.files.at(file);
    std::string_view text = ft.bytes;
    std::string bom;
    if (ft.bom) {
      bom = std::string(text.substr(0, 3));
      text.remove_prefix(3);
    }
    plan_edits(text, file, index, request.year, edits);
    std::string target = target_of(file, request.from, request.year, out.folder);
    out.files[target] = bom + apply_edits(text, edits);
  }
  return out;
}

namespace {

/// The 1-based line and character column of the `nth` (0-based) whole-number mention of
/// `needle` at or after line `line` of `text`.
std::pair<int, int> find_mention(std::string_view text, int line, std::string_view needle, int nth) {
  std::size_t pos = 0;
  for (int l = 1; l < line && pos < text.size(); ++l) {
    pos = text.find('\n', pos);
    pos = pos == std::string_view::npos ? text.size() : pos + 1;
  }
  for (std::size_t at = text.find(needle, pos); at != std::string_view::npos; at = text.find(needle, at + 1)) {
    bool alone = (at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1]))) &&
                 (at + needle.size() >= text.size() || !std::isdigit(static_cast<unsigned char>(text[at + needle.size()])));
    if (alone && nth-- == 0) {
      std::string_view before = text.substr(0, at);
      int l = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
      std::size_t ls = before.rfind('\n');
      ls = ls == std::string_view::npos ? 0 : ls + 1;
      return {l, static_cast<int>(text::char_count(text.substr(ls, at - ls))) + 1};
    }
  }
  return {line, 1};
}

}  // namespace

Diagnostics old_year_mentions(const YearPlan& year, int old_year, const std::map<std::string, std::string>& files) {
  Diagnostics out;
  std::string needle = std::to_string(old_year);
  auto look = [&](const Text& t, std::string_view what) {
    std::string_view v = t.value;
    int nth = 0;
    for (std::size_t at = v.find(needle); at != std::string_view::npos; at = v.find(needle, at + 1)) {
      bool alone = (at == 0 || !std::isdigit(static_cast<unsigned char>(v[at - 1]))) &&
                   (at + needle.size() >= v.size() || !std::isdigit(static_cast<unsigned char>(v[at + needle.size()])));
      if (!alone) {
        continue;
      }
      // The words around the year: from the previous word to the next one.
      std::size_t from = v.rfind(' ', at > 1 ? at - 2 : 0);
      from = from == std::string_view::npos || at < 2 ? 0 : from + 1;
      std::size_t to = v.find(' ', std::min(v.size(), at + needle.size() + 1));
      to = to == std::string_view::npos ? v.size() : to;
      std::string words = text::printable(v.substr(from, to - from));
      SourceLoc loc = t.loc;
      if (auto f = files.find(t.loc.path()); f != files.end()) {
        auto [l, c] = find_mention(f->second, static_cast<int>(t.loc.line), needle, nth);
        loc = SourceLoc{static_cast<FilePath>(t.loc.file), l, c};
      }
      ++nth;
      out.warning(loc, Rule::OldYear,
                  trf("{} mentions {} («{}») — reword it for {}", what, old_year, words, year.year));
    }
  };
  if (year.has_meta) {
    look(year.meta.title, tr("the plan's title"));
    look(year.meta.intro, tr("the intro"));
    for (const auto& p : year.meta.priorities) {
      look(p, tr("a priority"));
    }
    for (const auto& t : year.meta.tasks) {
      look(t, tr("a task"));
    }
  }
  for (const auto& a : year.activities) {
    std::string what = trf("the title of {}", a.id.value);
    look(a.title, what);
    for (const auto& d : a.details) {
      look(d, trf("the details of {}", a.id.value));
    }
    look(a.notes, trf("the notes of {}", a.id.value));
  }
  out.finish();
  return out;
}

}  // namespace lplan::edit
