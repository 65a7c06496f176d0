#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "render/diff_render.hpp"
#include "render/period_words.hpp"
#include "render/report_common.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::render::diff_words {

namespace {

std::string one_line(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n') {
      out += " ↵ ";
    } else if (c != '\r') {
      out += c;
    }
  }
  while (out.ends_with(" ↵ ")) {
    out.resize(out.size() - std::string_view(" ↵ ").size());
  }
  return text::printable(out);  // no control character reaches the terminal
}

bool is_plan_text(FieldKind kind) {
  switch (kind) {
    case FieldKind::Line:
    case FieldKind::Text:
    case FieldKind::LineList:
    case FieldKind::TextList:
    case FieldKind::When:
    case FieldKind::People:
      return true;
    default:
      return false;
  }
}

std::string item_text(const diff::FieldChange& c, const std::string& item, Lang lang) {
  if (auto it = c.names.find(item); it != c.names.end()) {
    return it->second == item ? quoted(item, lang) : quoted(it->second, lang) + " (" + item + ")";
  }
  return is_plan_text(c.kind) ? quoted(item, lang) : text::printable(item);
}

}  // namespace

std::string quoted(const std::string& text, Lang lang) {
  return lang == Lang::Uk ? "«" + one_line(text) + "»" : "“" + one_line(text) + "”";
}

std::string revision_name(const std::string& revision, Lang lang) {
  return revision == "worktree" ? std::string(tr_in(lang, "the work tree")) : revision;
}

std::string value(const diff::FieldChange& c, const FieldValue& v, Lang lang) {
  if (c.field == "months") {
    MonthSet months;
    for (const auto& m : v.items) {
      int month = 0;
      std::from_chars(m.data(), m.data() + m.size(), month);
      if (month >= 1 && month <= 12) {
        months.add(month);
      }
    }
    return months.empty() ? "—" : period_name(months, lang);
  }
  if (!v.present && v.text.empty() && v.items.empty()) {
    return "—";
  }
  if (c.kind == FieldKind::Status) {
    if (auto s = parse_status(v.text)) {
      return std::string(status_name(*s, lang));
    }
    return v.text;
  }
  if (c.kind == FieldKind::Date && !v.text.empty()) {
    if (auto d = parse_iso_date(v.text)) {
      return format_date(*d, lang);
    }
    return v.text;
  }
  if (is_list_kind(c.kind)) {
    if (v.items.empty()) {
      return "—";
    }
    std::string out;
    for (const auto& item : v.items) {
      out += (out.empty() ? "" : ", ") + item_text(c, item, lang);
    }
    return out;
  }
  return is_plan_text(c.kind) ? quoted(v.text, lang) : text::printable(v.text);
}

std::string list_delta(const diff::FieldChange& c, Lang lang) {
  std::string out;
  for (const auto& item : c.to.items) {
    if (std::find(c.from.items.begin(), c.from.items.end(), item) == c.from.items.end()) {
      out += (out.empty() ? "+ " : ", + ") + item_text(c, item, lang);
    }
  }
  for (const auto& item : c.from.items) {
    if (std::find(c.to.items.begin(), c.to.items.end(), item) == c.to.items.end()) {
      out += (out.empty() ? "− " : ", − ") + item_text(c, item, lang);
    }
  }
  return out;
}

std::string change(const diff::FieldChange& c, const std::vector<const diff::FieldChange*>& follow,
                   Lang lang) {
  std::string text;
  bool both_lists =
      is_list_kind(c.kind) && c.field != "months" && !c.from.items.empty() && !c.to.items.empty();
  std::string delta = both_lists ? list_delta(c, lang) : std::string();
  if (!delta.empty()) {
    text = fmt::format("{}: {}", c.field, delta);
  } else {
    text = fmt::format("{}: {} → {}", c.field, value(c, c.from, lang), value(c, c.to, lang));
  }
  if (!follow.empty()) {
    std::string then;
    for (const auto* f : follow) {
      then += (then.empty() ? "" : "; ") + fmt::format("{}: {} → {}",
                                                       f->field == "months"
                                                           ? std::string(tr_in(lang, "months"))
                                                           : std::string(tr_in(lang, "deadline")),
                                                       value(*f, f->from, lang), value(*f, f->to, lang));
    }
    text += " (" + then + ")";
  }
  if (!c.via.empty()) {
    text += " " + trf_in(lang, "(via &{})", c.via);
  } else if (!c.anchor.empty()) {
    text += " " + trf_in(lang, "(anchor &{}: also where it is repeated)", c.anchor);
  }
  return text;
}

PrintedFields printed_fields(const diff::ActivityChange& a) {
  PrintedFields p;
  for (const auto& f : a.fields) {
    if (f.field == "when" || (f.field == "due" && p.lead == nullptr)) {
      p.lead = &f;
    }
  }
  for (const auto& f : a.fields) {
    bool follows = f.field == "months" || f.field == "deadline";
    if (follows && p.lead != nullptr) {
      p.follow.push_back(&f);
    } else {
      p.lines.push_back(&f);
    }
  }
  return p;
}

}  // namespace lplan::render::diff_words
