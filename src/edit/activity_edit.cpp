#include "edit/activity_edit.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "load/span_scanner.hpp"
#include "load/yaml_text.hpp"
#include "query/people_index.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::edit {

namespace {

using load::EntrySpan;
using load::RecordSpans;
using load::Span;
using load::ValueStyle;
using yaml_text::Context;
using yaml_text::ScalarOptions;
using yaml_text::Style;

std::optional<Style> preferred(ValueStyle s) {
  switch (s) {
    case ValueStyle::Plain: return Style::Plain;
    case ValueStyle::SingleQuoted: return Style::SingleQuoted;
    case ValueStyle::DoubleQuoted: return Style::DoubleQuoted;
    case ValueStyle::Literal:
    case ValueStyle::Folded: return Style::Literal;
    default: return std::nullopt;
  }
}

/// Everything one activity's edit works with.
class Planner {
public:
  Planner(const EditInput& in, const RecordSpans& spans, std::string_view text, std::string file)
      : m_in(in), m_spans(spans), m_text(text), m_file(std::move(file)),
        m_flow(spans.map.style == ValueStyle::FlowMap) {}

  ActivityEdit run(const std::vector<Change>& changes) {
    for (const auto& c : merged(changes)) {
      apply(c);
    }
    return std::move(m_out);
  }

  /// One change per field: several `+=` of one list become one `+=` of all their items;
  /// a mix of `+=` and `-=` becomes the list they leave (`=`, or `FIELD=` when empty).
  std::vector<Change> merged(const std::vector<Change>& changes) const {
    std::vector<Change> out;
    for (const auto& c : changes) {
      auto same = std::find_if(out.begin(), out.end(), [&](const Change& o) { return o.field == c.field; });
      if (same == out.end()) {
        out.push_back(c);
        continue;
      }
      if (same->op == Op::Append && c.op == Op::Append) {
        same->items.insert(same->items.end(), c.items.begin(), c.items.end());
        continue;
      }
      // Work the list out step by step from the activity's value now.
      FieldValue now = new_value(*same, same->field->get(m_in.activity));
      FieldValue next = new_value_from(c, now);
      same->op = next.present ? Op::Set : Op::Unset;
      same->items = next.items;
    }
    return out;
  }

private:
  void edit(std::size_t start, std::size_t end, std::string text) {
    m_out.edits.push_back(TextEdit{m_file, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                                   std::move(text), m_order++});
  }

  Context context() const { return m_flow ? Context::Flow : Context::Block; }

  /// The style the same key has in the other activities of the file (for a new key).
  std::optional<Style> neighbours_style(std::string_view key) const {
    for (const auto& [loc, r] : m_in.index.activities) {
      if (r.file != m_spans.file || &r == &m_spans) {
        continue;
      }
      if (const EntrySpan* e = r.find(key)) {
        if (auto s = preferred(e->value.style)) {
          return s;
        }
      }
    }
    return std::nullopt;
  }

  std::string scalar_text(const Change& c, std::string_view value, std::optional<Style> prefer, int indent,
                          Context ctx) const {
    ScalarOptions o;
    o.context = ctx;
    o.prefer = prefer;
    o.indent = indent;
    o.date = c.field->kind == FieldKind::Date;
    return yaml_text::scalar(value, o);
  }

  /// A list written as a block (one `- item` line each, at `dash_col`) or in flow style.
  std::string list_text(const Change& c, const std::vector<std::string>& items, bool block, int dash_col) const {
    if (!block) {
      return yaml_text::flow_list(items);
    }
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) {
        out += "\n" + std::string(static_cast<std::size_t>(dash_col), ' ');
      }
      out += "- " + scalar_text(c, items[i], std::nullopt, dash_col + 2, Context::Block);
    }
    return out;
  }

  int column_of(std::size_t pos) const { return static_cast<int>(pos - load::line_start(m_text, pos)); }

  FieldValue new_value_from(const Change& c, const FieldValue& now) const {
    if (c.op == Op::Remove && matches(c, now).empty()) {
      throw EditError(trf("\"{}\" is not in {} of {} (it has: {})", text::printable(c.value), c.field->key,
                          m_in.activity.id.value,
                          now.items.empty() ? std::string("—") : fmt::format("{}", fmt::join(now.items, "; "))));
    }
    return new_value(c, now);
  }

  /// The value a change gives, from the activity's value now.
  FieldValue new_value(const Change& c, const FieldValue& now) const {
    FieldValue v;
    switch (c.op) {
      case Op::Unset: return v;
      case Op::Set:
        v.present = true;
        if (is_list_kind(c.field->kind)) {
          v.items = c.items;
        } else {
          v.text = c.value;
        }
        return v;
      case Op::Append:
        v = now;
        v.present = true;
        v.items.insert(v.items.end(), c.items.begin(), c.items.end());
        return v;
      case Op::Remove: {
        v = now;
        auto matched = matches(c, now);
        std::vector<std::string> kept;
        for (std::size_t i = 0; i < now.items.size(); ++i) {
          if (std::find(matched.begin(), matched.end(), i) == matched.end()) {
            kept.push_back(now.items[i]);
          }
        }
        v.items = kept;
        v.present = !kept.empty();
        return v;
      }
    }
    return v;
  }

  /// The items of `now` that a `-=` value names (responsible: by id, name or alias).
  std::vector<std::size_t> matches(const Change& c, const FieldValue& now) const {
    std::vector<std::size_t> out;
    const std::string& wanted = c.items.empty() ? c.value : c.items.front();
    if (c.field->kind == FieldKind::People && !m_in.year.people.empty()) {
      query::PeopleIndex people(m_in.year.people);
      int who = people.resolve(wanted);
      for (std::size_t i = 0; i < now.items.size(); ++i) {
        int p = people.resolve(now.items[i]);
        if ((who >= 0 && p == who) || text::fold(now.items[i]) == text::fold(wanted)) {
          out.push_back(i);
        }
      }
      return out;
    }
    for (std::size_t i = 0; i < now.items.size(); ++i) {
      if (text::fold(now.items[i]) == text::fold(wanted)) {
        out.push_back(i);
      }
    }
    return out;
  }

  void apply(const Change& c) {
    std::string key(c.field->key);
    FieldValue now = c.field->get(m_in.activity);
    if (c.op == Op::Remove && matches(c, now).empty()) {
      throw EditError(trf("\"{}\" is not in {} of {} (it has: {})", text::printable(c.value), key,
                          m_in.activity.id.value, now.items.empty() ? std::string("—") : fmt::format("{}", fmt::join(now.items, "; "))));
    }
    FieldValue next = new_value(c, now);
    m_out.expected[key] = next;
    const EntrySpan* e = m_spans.find(key);
    if (e != nullptr && !e->value.anchor.empty()) {
      reach_alias_users(c, *e, next);
    }
    if (!next.present) {
      if (e != nullptr) {
        remove_entry(*e, c);
      }
      return;
    }
    if (e == nullptr) {
      add_entry(c, next);
      return;
    }
    if (e->value.style == ValueStyle::Alias) {
      m_out.notes.push_back(trf("{} of {} repeated *{}; it now has a value of its own, the others keep theirs", key,
                                m_in.activity.id.value, e->value.alias));
      replace_value(c, *e, next, /*whole=*/true);
      return;
    }
    if (is_list_kind(c.field->kind) && c.op != Op::Set) {
      if (edit_items(c, *e, now, next)) {
        return;
      }
    }
    replace_value(c, *e, next, false);
  }

  void reach_alias_users(const Change& c, const EntrySpan& e, const FieldValue& next) {
    std::vector<std::uint64_t> users;
    auto range = m_in.index.alias_users.equal_range(e.value.anchor);
    for (auto it = range.first; it != range.second; ++it) {
      users.push_back(it->second);
    }
    if (users.empty()) {
      return;  // an anchor nobody repeats: an ordinary value
    }
    std::vector<std::string> ids;
    for (const auto& a : m_in.year.activities) {
      std::uint64_t k = load::SourceIndex::key_of(a.loc);
      if (std::find(users.begin(), users.end(), k) != users.end()) {
        if (const auto* r = m_in.index.activity(a.loc)) {
          if (const auto* ue = r->find(c.field->key); ue && ue->value.alias == e.value.anchor) {
            ids.push_back(a.id.value);
            m_out.reached.emplace_back(k, std::string(c.field->key));
          }
        }
      }
    }
    if (ids.empty()) {
      return;
    }
    if (!m_in.all_aliases) {
      throw EditError(trnf("{0} of {1} is the anchor &{2}, which {3} repeats: changing it changes that one too — add "
                           "--all-aliases to do that, or set the field of each activity on its own",
                           "{0} of {1} is the anchor &{2}, which {3} repeat: changing it changes them too — add "
                           "--all-aliases to do that, or set the field of each activity on its own",
                           static_cast<long long>(ids.size()), c.field->key, m_in.activity.id.value, e.value.anchor,
                           fmt::format("{}", fmt::join(ids, ", "))));
    }
    if (!next.present) {
      throw EditError(trf("{} of {} is the anchor &{} that other activities repeat ({}): it cannot be removed",
                          c.field->key, m_in.activity.id.value, e.value.anchor, fmt::format("{}", fmt::join(ids, ", "))));
    }
    m_out.reached_ids.insert(m_out.reached_ids.end(), ids.begin(), ids.end());
    m_out.notes.push_back(trf("--all-aliases: the change reaches {0} through &{1}", fmt::join(ids, ", "), e.value.anchor));
  }

  /// The value's text for `next`, in the value's style where it can be.
  std::string value_text(const Change& c, const EntrySpan& e, const FieldValue& next, bool alias) const {
    int key_col = column_of(e.key_span.start);
    if (is_list_kind(c.field->kind)) {
      bool block = !alias && e.value.style == ValueStyle::BlockSeq && !m_flow;
      if (block) {
        return list_text(c, next.items, true, column_of(e.value.content));
      }
      bool scalar_style = !alias && (e.value.style == ValueStyle::Plain || e.value.style == ValueStyle::SingleQuoted ||
                                     e.value.style == ValueStyle::DoubleQuoted);
      if (scalar_style && next.items.size() == 1) {
        return scalar_text(c, next.items.front(), preferred(e.value.style), key_col + 2, context());
      }
      return yaml_text::flow_list(next.items);
    }
    std::optional<Style> prefer = alias ? std::nullopt : preferred(e.value.style);
    if (!prefer) {
      prefer = neighbours_style(c.field->key);
    }
    return scalar_text(c, next.text, prefer, key_col + 2, context());
  }

  void replace_value(const Change& c, const EntrySpan& e, const FieldValue& next, bool alias) {
    std::string text = value_text(c, e, next, alias);
    if (e.value.style == ValueStyle::Null) {
      // `key:` with nothing after it: the value goes after the colon, before a comment.
      std::size_t colon = m_text.find(':', e.key_span.end);
      std::size_t eol = load::next_line(m_text, colon);
      std::size_t line_end = colon + 1;
      while (line_end < m_text.size() && m_text[line_end] != '\n' && m_text[line_end] != '\r') {
        ++line_end;
      }
      std::size_t comment = m_text.find(" #", colon);
      std::size_t stop = comment != std::string_view::npos && comment < line_end ? comment : line_end;
      (void)eol;
      if (!m_flow && text.starts_with("- ")) {
        text = "\n" + std::string(static_cast<std::size_t>(column_of(e.key_span.start) + 2), ' ') + text;
        edit(colon + 1, stop, text);
      } else {
        edit(colon + 1, stop, " " + text);
      }
      return;
    }
    if (!e.value.verified && e.value.style != ValueStyle::Alias && !is_list_kind(c.field->kind)) {
      throw EditError(trf("{} of {}: lplan cannot find where its value ends; edit this value by hand",
                          c.field->key, m_in.activity.id.value));
    }
    std::size_t start = alias ? e.value.start : e.value.content;
    edit(start, e.value.end, text);
  }

  /// `+=` / `-=` as edits of single items; false when the list is not written item by item.
  bool edit_items(const Change& c, const EntrySpan& e, const FieldValue& now, const FieldValue& next) {
    bool block = e.value.style == ValueStyle::BlockSeq;
    bool flow = e.value.style == ValueStyle::FlowSeq;
    if ((!block && !flow) || e.items.size() != now.items.size()) {
      return false;
    }
    if (c.op == Op::Append) {
      if (e.items.empty()) {
        return false;
      }
      std::size_t after = e.items.back().end;
      if (flow) {
        std::string added;
        for (const auto& item : c.items) {
          added += ", " + scalar_text(c, item, std::nullopt, 0, Context::Flow);
        }
        edit(after, after, added);
        return true;
      }
      int dash_col = column_of(e.value.content);
      std::size_t line = load::next_line(m_text, after > 0 ? after - 1 : after);
      std::string added;
      bool at_eof_without_break = line == m_text.size() && !m_text.empty() && m_text.back() != '\n';
      for (const auto& item : c.items) {
        added += std::string(static_cast<std::size_t>(dash_col), ' ') + "- " +
                 scalar_text(c, item, std::nullopt, dash_col + 2, Context::Block) + "\n";
      }
      if (at_eof_without_break) {
        added = "\n" + added.substr(0, added.size() - 1);
      }
      edit(line, line, added);
      return true;
    }
    // Remove: the matched items, each with its separator or its line.
    auto gone = matches(c, now);
    (void)next;
    for (auto it = gone.rbegin(); it != gone.rend(); ++it) {
      std::size_t i = *it;
      const Span& item = e.items[i];
      if (block) {
        std::size_t from = load::line_start(m_text, item.start);
        std::size_t to = load::next_line(m_text, item.end > 0 ? item.end - 1 : item.end);
        edit(from, to, "");
      } else if (i > 0) {
        edit(e.items[i - 1].end, item.end, "");
      } else {
        edit(item.start, e.items[i + 1].start, "");
      }
    }
    return true;
  }

  void remove_entry(const EntrySpan& e, const Change& c) {
    (void)c;
    std::size_t last = std::max(e.key_span.end, e.value.end);
    if (!m_flow) {
      std::size_t from = load::line_start(m_text, e.key_span.start);
      std::size_t to = load::next_line(m_text, last > 0 ? last - 1 : last);
      edit(from, to, "");
      return;
    }
    // In {…}: the entry and one comma.
    std::size_t before = e.key_span.start;
    while (before > m_spans.map.content && (m_text[before - 1] == ' ' || m_text[before - 1] == '\t')) {
      --before;
    }
    if (before > m_spans.map.content && m_text[before - 1] == ',') {
      edit(before - 1, last, "");
      return;
    }
    std::size_t after = last;
    while (after < m_text.size() && (m_text[after] == ' ' || m_text[after] == ',')) {
      ++after;
      if (m_text[after - 1] == ',') {
        while (after < m_text.size() && m_text[after] == ' ') {
          ++after;
        }
        break;
      }
    }
    edit(e.key_span.start, after, "");
  }

  void add_entry(const Change& c, const FieldValue& next) {
    std::string key(c.field->key);
    if (m_flow) {
      std::size_t close = m_spans.insert_at;
      std::size_t at = close;
      while (at > m_spans.map.content + 1 && (m_text[at - 1] == ' ' || m_text[at - 1] == '\t')) {
        --at;
      }
      std::string value = is_list_kind(c.field->kind)
                              ? yaml_text::flow_list(next.items)
                              : scalar_text(c, next.text, neighbours_style(key), 0, Context::Flow);
      bool empty = at == m_spans.map.content + 1;
      edit(at, at, (empty ? "" : ", ") + key + ": " + value);
      return;
    }
    std::string pad(static_cast<std::size_t>(m_spans.indent), ' ');
    std::string value;
    if (is_list_kind(c.field->kind)) {
      if (c.field->kind == FieldKind::TextList) {
        value = "\n" + pad + "  " + list_text(c, next.items, true, m_spans.indent + 2);
      } else {
        value = " " + yaml_text::flow_list(next.items);
      }
    } else {
      value = " " + scalar_text(c, next.text, neighbours_style(key), m_spans.indent + 2, Context::Block);
    }
    std::size_t at = m_spans.insert_at;
    std::string line = pad + key + ":" + value;
    if (at >= m_text.size() && !m_text.empty() && m_text.back() != '\n') {
      edit(m_text.size(), m_text.size(), "\n" + line);  // the file keeps ending without a line break
    } else {
      edit(at, at, line + "\n");
    }
  }

  const EditInput& m_in;
  const RecordSpans& m_spans;
  std::string_view m_text;
  std::string m_file;
  bool m_flow;
  ActivityEdit m_out;
  int m_order = 0;
};

}  // namespace

ActivityEdit plan_activity_edit(const EditInput& in, const std::vector<Change>& changes) {
  const RecordSpans* spans = in.index.activity(in.activity.loc);
  if (spans == nullptr) {
    throw EditError(trf("activity {} cannot be edited: lplan did not find where it is written", in.activity.id.value));
  }
  const std::string& path = in.activity.loc.path();
  auto file = in.index.files.find(path);
  if (file == in.index.files.end()) {
    throw EditError(trf("activity {} cannot be edited: its file {} was not kept", in.activity.id.value, path));
  }
  std::string_view text = file->second.bytes;
  if (file->second.bom) {
    text.remove_prefix(3);
  }
  Planner planner(in, *spans, text, path);
  return planner.run(changes);
}

}  // namespace lplan::edit
