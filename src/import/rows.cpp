#include "import/rows.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "import/cell_text.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::import {

namespace {

std::optional<int> roman_value(const std::string& s) {
  int total = 0;
  int prev = 0;
  if (s.empty()) {
    return std::nullopt;
  }
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    int v = 0;
    switch (*it) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      case 'l': v = 50; break;
      case 'c': v = 100; break;
      default: return std::nullopt;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total > 0 && total < 400 ? std::optional<int>(total) : std::nullopt;
}

/// Latin look-alikes of Roman numerals written with Cyrillic letters (І, Х).
std::string latin_numeral(std::string s) {
  std::string out;
  for (char32_t c : text::decode(s)) {
    out += c == U'і' ? std::string("i") : c == U'х' ? std::string("x") : text::encode(c);
  }
  return out;
}

/// A number at the start of `rest`: arabic or Roman; advances past it.
std::optional<int> leading_number(std::string& rest) {
  std::size_t i = 0;
  while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9' && i < 4) {
    ++i;
  }
  if (i > 0) {
    int n = std::stoi(rest.substr(0, i));
    rest.erase(0, i);
    return n;
  }
  std::size_t end = rest.find_first_of(" .:)");
  std::string word = latin_numeral(text::fold(rest.substr(0, end)));
  if (auto r = roman_value(word)) {
    rest.erase(0, end == std::string::npos ? rest.size() : end);
    return r;
  }
  return std::nullopt;
}

std::string strip_separators(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '.' || s[i] == ':' || s[i] == ')' || s[i] == '-')) {
    ++i;
  }
  std::string out = s.substr(i);
  for (std::string_view dash : {"– ", "— "}) {
    if (out.rfind(dash, 0) == 0) {
      out.erase(0, dash.size());
    }
  }
  return out;
}

bool ends_open(const std::string& text) {
  std::string t = one_line(text);
  if (t.empty()) {
    return false;
  }
  char last = t.back();
  if (last == ',' || last == ';' || last == ':' || last == '-') {
    return true;
  }
  if (t.size() >= 3 && (t.compare(t.size() - 3, 3, "–") == 0)) {
    return true;
  }
  std::string word = text::fold(t.substr(t.rfind(' ') == std::string::npos ? 0 : t.rfind(' ') + 1));
  for (std::string_view w : {"та", "і", "й", "з", "із", "в", "у", "на", "для", "до", "від", "по", "за", "про",
                             "через", "щодо", "and", "of", "the", "for", "with"}) {
    if (word == w) {
      return true;
    }
  }
  return false;
}

bool is_column_numbers(const Row& row, int r) {
  int expected = 1;
  for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
    const Cell& cell = row.cells[static_cast<std::size_t>(c)];
    if (cell.origin_row != r || cell.origin_col != c || cell.empty()) {
      continue;
    }
    std::string t = cell_text(cell);
    if (t != std::to_string(expected) && t != std::to_string(expected) + ".") {
      return false;
    }
    ++expected;
  }
  return expected > 2;
}

/// Appends a continuation cell to the cell above.
void join_cell(std::vector<Paragraph>& above, const std::vector<Paragraph>& more) {
  if (more.empty()) {
    return;
  }
  if (above.empty()) {
    above = more;
    return;
  }
  Paragraph& last = above.back();
  const Paragraph& first = more.front();
  std::string tail = one_line(last.text);
  bool word_cut = tail.size() >= 2 && tail.back() == '-' && tail[tail.size() - 2] != ' ';
  std::size_t start = 0;
  if (first.list == ListKind::None && bullet_prefix(one_line(first.text)) == 0) {
    last.text = tail + (word_cut ? "" : " ") + one_line(first.text);
    start = 1;
  }
  above.insert(above.end(), more.begin() + static_cast<std::ptrdiff_t>(start), more.end());
}

}  // namespace

Heading parse_heading(const std::string& text) {
  Heading h;
  std::string t = one_line(text);
  std::string f = text::fold(t);
  if (f.size() != t.size()) {
    t = f;  // offsets below are taken in the folded text
  }
  h.title = t;
  struct Prefix {
    std::string_view word;
    Heading::Kind kind;
    bool needs_number;
  };
  static constexpr Prefix k_prefixes[] = {
      {"стратегічний напрямок", Heading::Kind::Direction, false}, {"стратегічний напрям", Heading::Kind::Direction, false},
      {"напрямок", Heading::Kind::Direction, false},  {"напрям", Heading::Kind::Direction, false},
      {"с.н.", Heading::Kind::Direction, true},       {"сн", Heading::Kind::Direction, true},
      {"strategic direction", Heading::Kind::Direction, false}, {"direction", Heading::Kind::Direction, false},
      {"ціль", Heading::Kind::Goal, true},            {"мета", Heading::Kind::Goal, true},
      {"завдання", Heading::Kind::Goal, true},        {"розділ", Heading::Kind::Goal, false},
      {"goal", Heading::Kind::Goal, true},            {"objective", Heading::Kind::Goal, true},
      {"section", Heading::Kind::Goal, false},
  };
  for (const auto& p : k_prefixes) {
    if (f.compare(0, p.word.size(), p.word) != 0) {
      continue;
    }
    std::string rest = f.substr(p.word.size());
    if (!rest.empty() && rest[0] != ' ' && rest[0] != '.' && rest[0] != ':' && !(rest[0] >= '0' && rest[0] <= '9') &&
        rest.rfind("№", 0) != 0) {
      continue;  // «Снігова…», «Метаморфози»: another word
    }
    std::string rest_orig = t.substr(p.word.size());
    std::string probe = strip_separators(rest_orig);
    if (probe.rfind("№", 0) == 0) {
      probe = strip_separators(probe.substr(std::string("№").size()));
    }
    std::string after = probe;
    std::optional<int> number = leading_number(after);
    if (p.needs_number && !number) {
      continue;
    }
    h.kind = p.kind;
    h.number = number;
    h.explicit_kind = true;
    std::string title = strip_separators(number ? after : probe);
    h.title = title.empty() ? t : title;
    return h;
  }
  // «2. Масова робота», «III. Організаційна робота»
  std::string rest = t;
  if (auto n = leading_number(rest); n && !rest.empty() && (rest[0] == '.' || rest[0] == ')')) {
    std::string title = strip_separators(rest);
    if (!title.empty()) {
      h.number = n;
      h.title = title;
    }
  }
  return h;
}

std::vector<RowItem> sort_rows(const Table& table, const ColumnMap& columns, SourceKind kind,
                               std::vector<Review>& review) {
  std::vector<RowItem> items;
  std::vector<std::string> header = columns.header_row >= 0
                                        ? row_texts(table.rows[static_cast<std::size_t>(columns.header_row)])
                                        : std::vector<std::string>{};
  int id_col = columns.find(Field::Id);
  int when_col = columns.find(Field::When);
  int title_col = columns.find(Field::Title);
  std::map<int, int> item_of_row;  // table row → the item it went into
  int last_activity = -1;
  bool pending_break = false;
  for (int r = columns.header_row + 1; r < static_cast<int>(table.rows.size()); ++r) {
    const Row& row = table.rows[static_cast<std::size_t>(r)];
    bool after_break = row.after_break || pending_break;
    pending_break = false;
    if (!header.empty() && row_texts(row) == header) {
      pending_break = true;  // the header repeated after a page break
      continue;
    }
    if (is_column_numbers(row, r)) {
      continue;
    }
    std::set<std::pair<int, int>> origins;
    std::vector<int> own;  // columns whose content starts in this row
    for (int c = 0; c < table.columns; ++c) {
      const Cell& cell = row.cells[static_cast<std::size_t>(c)];
      if (cell.empty() || (punctuation_only(cell_text(cell)) && !is_ditto(cell_text(cell)))) {
        continue;
      }
      origins.insert({cell.origin_row, cell.origin_col});
      if (cell.origin_row == r && cell.origin_col == c) {
        own.push_back(c);
      }
    }
    if (own.empty()) {
      continue;  // empty, or only cells merged from above
    }
    auto text_of = [&](int c) { return cell_text(row.cells[static_cast<std::size_t>(c)]); };
    auto continues = [&]() {
      if (last_activity < 0) {
        return false;
      }
      auto has = [&](int c) {
        return c >= 0 && !row.cells[static_cast<std::size_t>(c)].empty() && !punctuation_only(text_of(c)) &&
               row.cells[static_cast<std::size_t>(c)].origin_row == r;
      };
      if (has(id_col) || has(when_col)) {
        return false;
      }
      const RowItem& above = items[static_cast<std::size_t>(last_activity)];
      bool any = false;
      bool all = true;
      for (int c : own) {
        std::string t = text_of(c);
        const auto& up = above.cells[static_cast<std::size_t>(c)];
        const auto& paragraphs = row.cells[static_cast<std::size_t>(c)].paragraphs;
        bool list_item = !paragraphs.empty() && paragraphs.front().list != ListKind::None;
        bool strong = starts_lowercase(t) || bullet_prefix(t) > 0 || list_item ||
                      (!up.empty() && ends_open(up.back().text));
        any = any || strong;
        all = all && strong;
      }
      return all || (after_break && any);
    };
    SourcePos pos = row.pos;
    if (origins.size() == 1) {
      std::string t = one_line(text_of(own.front()));
      Heading h = parse_heading(t);
      bool spans = own.size() == 1 && own.front() + 1 < table.columns &&
                   row.cells[static_cast<std::size_t>(own.front()) + 1].origin_col == own.front();
      if (!h.explicit_kind && !spans && continues()) {
        // falls through to the join below
      } else if (!h.explicit_kind && !spans && own.front() == id_col && id_from_number(t)) {
        items.push_back({RowItem::Kind::Unplaced, {}, t, {}, {}, {pos}});
        review.push_back({pos, trf("a row with only «{}» in it: not imported (it is kept as a comment)", t)});
        continue;
      } else {
        items.push_back({RowItem::Kind::Heading, h, t, {}, {}, {pos}});
        item_of_row[r] = static_cast<int>(items.size()) - 1;
        continue;
      }
    } else if (title_col >= 0 && parse_heading(text_of(title_col)).explicit_kind &&
               std::all_of(own.begin(), own.end(), [&](int c) { return c == title_col || c == id_col; })) {
      std::string t = one_line(text_of(title_col));
      items.push_back({RowItem::Kind::Heading, parse_heading(t), t, {}, {}, {pos}});
      continue;
    }
    if (continues()) {
      RowItem& above = items[static_cast<std::size_t>(last_activity)];
      for (int c : own) {
        join_cell(above.cells[static_cast<std::size_t>(c)], row.cells[static_cast<std::size_t>(c)].paragraphs);
      }
      above.rows.push_back(pos);
      item_of_row[r] = last_activity;
      review.push_back({pos, trf("joined to the activity of {}: it continues it, as after a page break",
                                 describe_pos(kind, above.rows.front()))});
      continue;
    }
    RowItem item;
    item.rows = {pos};
    item.cells.resize(static_cast<std::size_t>(table.columns));
    item.merged_from.assign(static_cast<std::size_t>(table.columns), -1);
    for (int c = 0; c < table.columns; ++c) {
      const Cell& cell = row.cells[static_cast<std::size_t>(c)];
      if (cell.origin_col != c && cell.origin_row == r) {
        continue;  // repeats the cell on its left
      }
      item.cells[static_cast<std::size_t>(c)] = cell.paragraphs;
      if (cell.origin_row != r && !cell.empty()) {
        auto it = item_of_row.find(cell.origin_row);
        if (it != item_of_row.end() && items[static_cast<std::size_t>(it->second)].kind == RowItem::Kind::Activity) {
          item.merged_from[static_cast<std::size_t>(c)] = it->second;
        }
      }
    }
    if (title_col >= 0 && item.cells[static_cast<std::size_t>(title_col)].empty()) {
      std::string t;
      for (int c : own) {
        t += (t.empty() ? "" : " | ") + one_line(text_of(c));
      }
      items.push_back({RowItem::Kind::Unplaced, {}, t, {}, {}, {pos}});
      review.push_back({pos, std::string(tr("a row with no title: not imported (it is kept as a comment)"))});
      continue;
    }
    items.push_back(std::move(item));
    last_activity = static_cast<int>(items.size()) - 1;
    item_of_row[r] = last_activity;
  }
  return items;
}

}  // namespace lplan::import
