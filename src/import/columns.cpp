#include "import/columns.hpp"

#include <algorithm>
#include <set>

#include "import/cell_text.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"
#include "when/when.hpp"

namespace lplan::import {

namespace {

constexpr int k_header_search_rows = 15;

/// The cell's own text when it is not a copy of the cell on its left.
std::optional<std::string> own_text(const Row& row, int col) {
  const Cell& c = row.cells[static_cast<std::size_t>(col)];
  if (c.origin_col != col) {
    return std::nullopt;
  }
  return one_line(c.text());
}

bool has_initials(const std::string& s) {
  std::u32string cps = text::decode(s);
  for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
    bool upper = (cps[i] >= U'А' && cps[i] <= U'Я') || cps[i] == U'І' || cps[i] == U'Ї' || cps[i] == U'Є' ||
                 cps[i] == U'Ґ';
    bool starts = i == 0 || cps[i - 1] == U' ' || cps[i - 1] == U'.';
    if (upper && starts && cps[i + 1] == U'.') {
      return true;
    }
  }
  return false;
}

bool is_number_like(const std::string& s) {
  return !s.empty() && s.size() <= 12 && s.find_first_not_of("0123456789.)") == std::string::npos &&
         s.find_first_of("0123456789") != std::string::npos;
}

/// Guesses the columns of a table without a header row from what they hold.
void guess_columns(const Table& table, ColumnMap& map, int year) {
  struct Stats {
    int filled = 0;
    int numbers = 0;
    int timeframes = 0;
    int names = 0;
    std::size_t length = 0;
  };
  std::vector<Stats> stats(static_cast<std::size_t>(table.columns));
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    std::set<std::pair<int, int>> origins;
    for (const auto& c : row.cells) {
      if (!c.empty()) {
        origins.insert({c.origin_row, c.origin_col});
      }
    }
    if (origins.size() < 2) {
      continue;  // a heading, or an empty row
    }
    for (int col = 0; col < table.columns; ++col) {
      const Cell& c = row.cells[static_cast<std::size_t>(col)];
      std::string t = one_line(c.text());
      if (t.empty() && c.paragraphs.size() == 1 && !c.paragraphs[0].label.empty()) {
        t = c.paragraphs[0].label;
      }
      if (t.empty()) {
        continue;
      }
      Stats& s = stats[static_cast<std::size_t>(col)];
      ++s.filled;
      s.length += text::char_count(t);
      s.numbers += is_number_like(t) ? 1 : 0;
      s.timeframes += when::parse_when(t, year > 0 ? year : 2000).schedule ? 1 : 0;
      s.names += has_initials(t) ? 1 : 0;
    }
  }
  auto best = [&](auto value, double threshold) {
    int found = -1;
    double top = threshold;
    for (int col = 0; col < table.columns; ++col) {
      const Stats& s = stats[static_cast<std::size_t>(col)];
      if (s.filled == 0 || map.columns[static_cast<std::size_t>(col)].guessed) {
        continue;
      }
      double v = value(s);
      if (v > top) {
        top = v;
        found = col;
      }
    }
    return found;
  };
  auto assign = [&](int col, Field field) {
    if (col >= 0) {
      map.columns[static_cast<std::size_t>(col)].field = field;
      map.columns[static_cast<std::size_t>(col)].guessed = true;
    }
  };
  assign(best([](const Stats& s) { return double(s.timeframes) / s.filled; }, 0.5), Field::When);
  assign(best([](const Stats& s) { return double(s.numbers) / s.filled; }, 0.6), Field::Id);
  assign(best([](const Stats& s) { return double(s.names) / s.filled; }, 0.4), Field::Responsible);
  assign(best([](const Stats& s) { return double(s.length) / s.filled; }, 0.0), Field::Title);
}

}  // namespace

int ColumnMap::find(Field field) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].field == field) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

std::vector<std::string> row_texts(const Row& row) {
  std::vector<std::string> out;
  for (const auto& c : row.cells) {
    out.push_back(normalise_header(c.text()));
  }
  return out;
}

int find_header_row(const Table& table) {
  int rows = std::min<int>(static_cast<int>(table.rows.size()), k_header_search_rows);
  for (int r = 0; r < rows; ++r) {
    const Row& row = table.rows[static_cast<std::size_t>(r)];
    std::set<Field> fields;
    int texts = 0;
    bool long_text = false;
    for (int col = 0; col < table.columns; ++col) {
      auto t = own_text(row, col);
      if (!t || t->empty()) {
        continue;
      }
      ++texts;
      long_text = long_text || text::char_count(*t) > 60;
      if (auto f = match_header(*t); f && *f != Field::Notes) {
        fields.insert(*f);
      }
    }
    if (fields.size() >= 2 || (fields.size() == 1 && fields.count(Field::Title) && texts >= 2 && !long_text &&
                               row.header)) {
      return r;
    }
  }
  return -1;
}

ColumnMap map_columns(const Table& table, const std::vector<ColumnOverride>& overrides, int year) {
  ColumnMap map;
  map.columns.resize(static_cast<std::size_t>(table.columns));
  map.header_row = find_header_row(table);
  if (map.header_row >= 0) {
    const Row& header = table.rows[static_cast<std::size_t>(map.header_row)];
    std::set<Field> taken;
    for (int col = 0; col < table.columns; ++col) {
      Column& c = map.columns[static_cast<std::size_t>(col)];
      c.header = one_line(header.cells[static_cast<std::size_t>(col)].text());
      if (header.cells[static_cast<std::size_t>(col)].origin_col != col) {
        c.header = map.columns[static_cast<std::size_t>(header.cells[static_cast<std::size_t>(col)].origin_col)].header;
      }
      if (auto f = match_header(c.header); f && *f != Field::Notes && taken.insert(*f).second) {
        c.field = *f;
      }
    }
  } else {
    guess_columns(table, map, year);
    // Long texts alone do not make a plan table: a timeframe, a number or a name must
    // say what the rows are (or --map must).
    if (overrides.empty() && map.find(Field::When) < 0 && map.find(Field::Id) < 0 &&
        map.find(Field::Responsible) < 0) {
      throw ImportError(tr("no column of the table is recognisable: it has no header row lplan knows, and no "
                           "column of timeframes, numbers or names; name the columns with --map COLUMN=FIELD "
                           "(e.g. --map 2=title --map 3=when)"));
    }
  }
  for (const auto& o : overrides) {
    bool found = false;
    for (int col = 0; col < table.columns; ++col) {
      Column& c = map.columns[static_cast<std::size_t>(col)];
      if (!header_matches_key(c.header, col + 1, o.header)) {
        continue;
      }
      found = true;
      for (auto& other : map.columns) {
        if (other.field == o.field && o.field != Field::Notes && o.field != Field::Details) {
          other.field = Field::Notes;
        }
      }
      c.field = o.field;
      c.mapped = true;
      c.guessed = false;
    }
    if (!found) {
      std::vector<std::string> names;
      for (int col = 0; col < table.columns; ++col) {
        const std::string& h = map.columns[static_cast<std::size_t>(col)].header;
        names.push_back(h.empty() ? std::to_string(col + 1) : "«" + h + "»");
      }
      throw ImportError(trf("--map {}: the table has no such column (its columns: {})", o.header,
                            fmt::format("{}", fmt::join(names, ", "))));
    }
  }
  if (map.find(Field::Title) < 0) {
    throw ImportError(map.header_row < 0
                          ? tr("no column of the table is recognisable as the activities' titles: name the "
                               "columns with --map HEADER=FIELD (e.g. --map 2=title)")
                          : tr("the table has no column of titles («Назва заходу», «Зміст роботи»…): name it "
                               "with --map HEADER=title"));
  }
  return map;
}

}  // namespace lplan::import
