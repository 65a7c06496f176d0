#include "import/people_split.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <string_view>

#include "import/cell_text.hpp"
#include "text/unicode.hpp"

namespace lplan::import {

namespace {

bool is_upper(char32_t c) { return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU; }
bool is_lower(char32_t c) { return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL; }
bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'’' || c == U'ʼ'; }

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find(' ', start);
    end = end == std::string::npos ? s.size() : end;
    if (end > start) {
      out.push_back(s.substr(start, end - start));
    }
    start = end + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& ws, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < ws.size(); ++i) {
    out += (out.empty() ? "" : " ") + ws[i];
  }
  return out;
}

/// «Ю.», «С.В.», «І.П.»
bool is_initials(const std::string& w) {
  std::u32string c = text::decode(w);
  if (c.size() < 2 || c.size() > 6 || c.size() % 2 != 0) {
    return false;
  }
  for (std::size_t i = 0; i < c.size(); i += 2) {
    if (!is_upper(c[i]) || c[i + 1] != U'.') {
      return false;
    }
  }
  return true;
}

/// A capitalised word of letters (apostrophes and hyphens allowed) with lower-case
/// letters in it: «Дубова», «Черв'як», «Риб'янцева» — not «ЛОВ» or «РТЦ».
bool is_surname(const std::string& w) {
  std::u32string c = text::decode(w);
  if (c.size() < 2 || !is_upper(c[0])) {
    return false;
  }
  bool lower = false;
  for (std::size_t i = 1; i < c.size(); ++i) {
    if (is_lower(c[i])) {
      lower = true;
    } else if (!is_upper(c[i]) && !is_apostrophe(c[i]) && c[i] != U'-') {
      return false;
    }
  }
  return lower;
}

bool is_patronymic(const std::string& w) {
  std::string f = text::fold(w);
  for (std::string_view end : {"ович", "евич", "йович", "івна", "ївна", "овна", "евна"}) {
    if (f.size() > end.size() && f.compare(f.size() - end.size(), end.size(), end) == 0) {
      return true;
    }
  }
  return false;
}

bool first_word_in(const std::string& s, std::initializer_list<std::string_view> list) {
  std::string first = text::fold(s.substr(0, s.find(' ')));
  std::string part = first.substr(0, first.find('-'));  // «бібліотеки-філії»
  return std::find(list.begin(), list.end(), first) != list.end() ||
         std::find(list.begin(), list.end(), part) != list.end();
}

/// Ends the way Ukrainian surnames end («-енко», «-ук», «-ська», «-ова», «-ій»…): a lone
/// capitalised word outside a «Група: …» list is taken for a person only then.
bool surname_ending(const std::string& w) {
  std::string f = text::fold(w);
  for (std::string_view end : {"енко", "ко", "ук", "юк", "ич", "ський", "цький", "зький", "ська", "цька", "зька",
                               "ова", "ева", "єва", "іна", "ина", "ін", "ов", "ев", "єв", "ий", "ій", "ак", "як",
                               "ець", "ик", "ар", "яр", "ун", "ло", "иш", "ей", "ай"}) {
    if (f.size() > end.size() + 2 && f.compare(f.size() - end.size(), end.size(), end) == 0) {
      return true;
    }
  }
  return false;
}

/// A job title that names one person when no name follows («Директор ЦБС»).
bool is_position(const std::string& s) {
  return first_word_in(s, {"директор", "заступник", "завідувач", "завідуюча", "секретар", "голова", "бібліотекар",
                           "методист", "бібліограф", "координатор", "тренер", "керівник", "менеджер",
                           "адміністратор", "бухгалтер", "редактор", "психолог", "педагог", "вчитель", "учитель",
                           "president", "director", "secretary", "head", "coordinator", "manager"});
}

bool is_body_word(const std::string& s) {
  return first_word_in(s, {"президія", "правління", "рада", "колегія", "комісія", "дирекція", "адміністрація",
                           "відділ", "сектор", "група", "центр", "бібліотека", "бібліотеки", "асоціація", "колектив",
                           "клуб", "секція", "члени", "працівники", "фахівці", "спеціалісти", "бібліотекарі",
                           "тренери", "волонтери", "методисти", "керівники", "партнери", "активісти", "учасники"});
}

struct Name {
  std::size_t start = 0;
  std::size_t end = 0;  ///< one past the last word
  std::string surname;
  std::string initials;
};

std::vector<Name> find_names(const std::vector<std::string>& ws) {
  std::vector<Name> out;
  std::size_t i = 0;
  while (i < ws.size()) {
    if (is_surname(ws[i]) && i + 1 < ws.size() && is_initials(ws[i + 1])) {
      Name n{i, i + 2, ws[i], ws[i + 1]};
      if (n.end < ws.size() && is_initials(ws[n.end]) && text::char_count(n.initials) == 2) {
        n.initials += ws[n.end++];  // «І. П.»
      }
      out.push_back(n);
      i = n.end;
    } else if (is_initials(ws[i])) {
      std::size_t j = i + 1;
      std::string initials = ws[i];
      if (j < ws.size() && is_initials(ws[j])) {
        initials += ws[j++];
      }
      if (j < ws.size() && is_surname(ws[j])) {
        out.push_back({i, j + 1, ws[j], initials});
        i = j + 1;
      } else {
        ++i;
      }
    } else if (i + 2 < ws.size() && is_surname(ws[i]) && is_surname(ws[i + 1]) && is_patronymic(ws[i + 2])) {
      std::u32string a = text::decode(ws[i + 1]);
      std::u32string b = text::decode(ws[i + 2]);
      out.push_back({i, i + 3, ws[i], text::encode(std::u32string{a[0], U'.', b[0], U'.'})});
      i += 3;
    } else {
      ++i;
    }
  }
  return out;
}

std::string trim_punct(std::string s) {
  while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ' ' || s.back() == ':')) {
    s.pop_back();
  }
  std::size_t start = s.find_first_not_of(" ,;");
  return start == std::string::npos ? std::string() : s.substr(start);
}

void parse_segment(const std::string& segment, bool instrumental, const std::string& group, bool group_list,
                   std::vector<Mention>& out) {
  std::string written = trim_punct(one_line(segment));
  if (written.empty() || punctuation_only(written)) {
    return;
  }
  std::string text = instrumental ? nominative_from_instrumental(written) : written;
  std::vector<std::string> ws = words(text);
  std::vector<Name> names = find_names(ws);
  auto person = [&](const Name& n, std::string role, std::string in_group) {
    Mention m;
    m.kind = Mention::Kind::Person;
    m.surname = n.surname;
    m.initials = n.initials;
    m.name = n.initials.empty() ? n.surname : n.surname + " " + n.initials;
    m.written = written;
    m.role = std::move(role);
    m.group = std::move(in_group);
    out.push_back(std::move(m));
  };
  if (!names.empty()) {
    std::string prefix = join(ws, 0, names.front().start);
    if (names.size() >= 2) {
      for (const auto& n : names) {
        person(n, "", prefix.empty() ? group : prefix);
      }
    } else {
      std::string role = prefix;
      if (std::string suffix = join(ws, names.front().end, ws.size()); !suffix.empty()) {
        role += (role.empty() ? "" : " ") + suffix;
      }
      person(names.front(), role, group);
    }
    return;
  }
  if (ws.size() == 1 && is_surname(ws[0]) &&
      (group_list || (!is_body_word(ws[0]) && !is_position(ws[0]) && surname_ending(ws[0])))) {
    person(Name{0, 1, ws[0], ""}, "", group);
    return;
  }
  Mention m;
  m.kind = is_position(text) && !is_body_word(text) ? Mention::Kind::Person : Mention::Kind::Body;
  m.name = text;
  m.written = written;
  m.nominative = text != written;
  m.unsure = ws.size() > 6;
  m.group = m.kind == Mention::Kind::Person ? group : std::string();
  out.push_back(std::move(m));
}

/// Splits at «спільно з», «разом з» (and their «із» forms): what follows is in the
/// instrumental case.
void parse_part(const std::string& part, const std::string& group, bool group_list, std::vector<Mention>& out) {
  static constexpr std::string_view k_joins[] = {"спільно із ", "спільно з ", "спільно ", "разом із ", "разом з "};
  std::string rest = " " + part;
  bool instrumental = false;
  while (true) {
    std::size_t best = std::string::npos;
    std::size_t length = 0;
    // Offsets in the folded text hold in `rest` when folding kept its length
    // (it does for Cyrillic); otherwise only the lower-case spelling is found.
    std::string hay = text::fold(rest);
    if (hay.size() != rest.size()) {
      hay = rest;
    }
    for (std::string_view j : k_joins) {
      std::string needle = " " + std::string(j);
      std::size_t at = hay.find(needle);
      if (at != std::string::npos && (best == std::string::npos || at < best)) {
        best = at;
        length = needle.size();
      }
    }
    if (best == std::string::npos) {
      break;
    }
    parse_segment(rest.substr(0, best), instrumental, group, group_list, out);
    rest = " " + rest.substr(best + length);
    instrumental = true;
  }
  parse_segment(rest, instrumental, group, group_list, out);
}

}  // namespace

std::string nominative_from_instrumental(const std::string& text) {
  struct Ending {
    std::u32string_view from;
    std::u32string_view to;
  };
  static constexpr Ending k_endings[] = {
      {U"іями", U"ії"}, {U"ими", U"і"}, {U"ами", U"и"}, {U"ями", U"і"}, {U"им", U"ий"}, {U"ім", U"ій"}, {U"ою", U"а"},
      {U"ією", U"ія"}, {U"єю", U"я"}, {U"ею", U"я"}, {U"ом", U""},   {U"єм", U"й"},
  };
  // One word, or one part of a hyphenated word («бібліотекою-філією»): true when changed.
  auto nominative = [](std::u32string& c) {
    std::u32string low = text::decode(text::fold(text::encode(c)));
    if (low.size() != c.size() || c.size() < 4) {
      return false;
    }
    for (const auto& e : k_endings) {
      if (low.size() > e.from.size() + 2 && low.compare(low.size() - e.from.size(), e.from.size(), e.from) == 0) {
        c = c.substr(0, c.size() - e.from.size()) + std::u32string(e.to);
        return true;
      }
    }
    // «-ем»: «секретарем» → «секретар», «вчителем» → «вчитель».
    if (low.size() > 4 && low.compare(low.size() - 2, 2, U"ем") == 0) {
      char32_t before = low[low.size() - 3];
      bool hard = before == U'р' || before == U'ж' || before == U'ш' || before == U'ч' || before == U'щ';
      c = c.substr(0, c.size() - 2) + (hard ? U"" : U"ь");
      return true;
    }
    return false;
  };
  std::vector<std::string> ws = words(text);
  for (auto& w : ws) {
    std::u32string c = text::decode(w);
    if (std::all_of(c.begin(), c.end(), [](char32_t x) { return !is_lower(x); })) {
      break;  // an abbreviation: «ЛОУНБ»
    }
    std::u32string out;
    bool changed = false;
    std::size_t start = 0;
    while (start <= c.size()) {
      std::size_t dash = c.find(U'-', start);
      std::u32string part = c.substr(start, dash == std::u32string::npos ? std::u32string::npos : dash - start);
      changed = nominative(part) || changed;
      out += part;
      if (dash == std::u32string::npos) {
        break;
      }
      out += U'-';
      start = dash + 1;
    }
    if (!changed) {
      break;
    }
    w = text::encode(out);
  }
  return join(ws, 0, ws.size());
}

bool same_stem(const std::string& a, const std::string& b) {
  std::vector<std::string> wa = words(text::fold(one_line(a)));
  std::vector<std::string> wb = words(text::fold(one_line(b)));
  if (wa.size() != wb.size() || wa.empty()) {
    return false;
  }
  for (std::size_t i = 0; i < wa.size(); ++i) {
    std::u32string x = text::decode(wa[i]);
    std::u32string y = text::decode(wb[i]);
    if (x == y) {
      continue;
    }
    std::size_t common = 0;
    while (common < x.size() && common < y.size() && x[common] == y[common]) {
      ++common;
    }
    if (common < 3 || common + 3 < std::max(x.size(), y.size())) {
      return false;
    }
  }
  return true;
}

std::vector<Mention> split_responsible(const std::string& cell) {
  std::string text = clean(cell);
  std::replace(text.begin(), text.end(), '\n', ';');
  std::vector<Mention> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(';', start);
    end = end == std::string::npos ? text.size() : end;
    std::string item = text.substr(start, end - start);
    start = end + 1;
    std::size_t colon = item.find(':');
    std::string group;
    bool group_list = false;
    if (colon != std::string::npos && words(item.substr(0, colon)).size() <= 6 &&
        !trim_punct(item.substr(colon + 1)).empty()) {
      group = trim_punct(one_line(item.substr(0, colon)));
      item = item.substr(colon + 1);
      group_list = true;
    }
    std::size_t p = 0;
    while (p <= item.size()) {
      std::size_t comma = item.find(',', p);
      comma = comma == std::string::npos ? item.size() : comma;
      parse_part(item.substr(p, comma - p), group, group_list, out);
      p = comma + 1;
    }
  }
  return out;
}

}  // namespace lplan::import
