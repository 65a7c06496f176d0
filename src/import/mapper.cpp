#include "import/mapper.hpp"

#include <algorithm>

#include "import/activities.hpp"
#include "import/cell_text.hpp"
#include "import/plan_meta.hpp"
#include "import/registry.hpp"
#include "import/rows.hpp"
#include "text/i18n.hpp"

namespace lplan::import {

namespace {

/// Every column named in a review note: «1 → id, 2 → title».
std::string describe_columns(const ColumnMap& map) {
  std::string out;
  for (std::size_t c = 0; c < map.columns.size(); ++c) {
    const Column& col = map.columns[c];
    if (!col.guessed) {
      continue;
    }
    out += fmt::format("{}{} → {}", out.empty() ? "" : ", ", c + 1, field_key(col.field));
  }
  return out;
}

/// Whether the column holds text in a row that is not a heading (one filled cell).
bool column_has_content(const Table& table, int header_row, int col) {
  for (std::size_t r = static_cast<std::size_t>(header_row + 1); r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    const Cell& cell = row.cells[static_cast<std::size_t>(col)];
    if (cell.origin_col != col || cell.empty() || punctuation_only(cell_text(cell))) {
      continue;
    }
    int filled = 0;
    for (int c = 0; c < table.columns; ++c) {
      const Cell& other = row.cells[static_cast<std::size_t>(c)];
      filled += other.origin_col == c && !other.empty() && !punctuation_only(cell_text(other)) ? 1 : 0;
    }
    if (filled >= 2) {
      return true;
    }
  }
  return false;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end;
    if (std::string line = one_line(text.substr(start, end - start)); !line.empty()) {
      out.push_back(line);
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

Table choose_table(const Document& doc, std::optional<int> wanted, const std::string& source) {
  if (doc.tables.empty()) {
    throw ImportError(trf("{} has no table: lplan imports a plan kept as a table", source));
  }
  std::size_t start = doc.tables.size();
  if (wanted) {
    if (*wanted < 1 || *wanted > static_cast<int>(doc.tables.size())) {
      throw ImportError(trnf("--table {}: {} has {} table", "--table {}: {} has {} tables",
                             static_cast<long long>(doc.tables.size()), *wanted, source, doc.tables.size()));
    }
    start = static_cast<std::size_t>(*wanted - 1);
  } else {
    for (std::size_t i = 0; i < doc.tables.size() && start == doc.tables.size(); ++i) {
      if (find_header_row(doc.tables[i]) >= 0) {
        start = i;
      }
    }
    if (start == doc.tables.size()) {
      std::size_t best = 0;
      for (std::size_t i = 0; i < doc.tables.size(); ++i) {
        std::size_t cells = doc.tables[i].rows.size() * static_cast<std::size_t>(doc.tables[i].columns);
        if (doc.tables[i].columns >= 2 && cells > best) {
          best = cells;
          start = i;
        }
      }
      if (start == doc.tables.size()) {
        throw ImportError(trf("{} has no table of two columns or more", source));
      }
    }
  }
  Table table = doc.tables[start];
  int header_row = find_header_row(table);
  if (header_row < 0) {
    return table;
  }
  std::vector<std::string> header = row_texts(table.rows[static_cast<std::size_t>(header_row)]);
  // A table split by hand across pages: the next table, right after it, with the
  // same columns and the header repeated.
  for (std::size_t k = start + 1; k < doc.tables.size(); ++k) {
    const Table& next = doc.tables[k];
    if (next.columns != table.columns || next.paragraphs_before != table.paragraphs_before || next.rows.empty() ||
        row_texts(next.rows.front()) != header) {
      break;
    }
    int base = static_cast<int>(table.rows.size());
    for (std::size_t r = 0; r < next.rows.size(); ++r) {
      Row row = next.rows[r];
      for (auto& cell : row.cells) {
        cell.origin_row += base;
      }
      row.after_break = row.after_break || r == 0;
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

ImportedPlan map_document(const Document& doc, const MapOptions& options) {
  ImportedPlan plan;
  plan.kind = doc.kind;
  plan.source = options.source;
  Table table = choose_table(doc, options.table, options.source);
  plan.table = table.index;

  std::size_t split = std::min(table.paragraphs_before, doc.paragraphs.size());
  std::size_t end = doc.paragraphs.size();
  for (const auto& t : doc.tables) {
    if (t.paragraphs_before > split) {
      end = std::min(end, t.paragraphs_before);
    }
  }
  // Above the table: the paragraphs, and the lines of the tables before it (an approval
  // block «ЗАТВЕРДЖУЮ / Директор … / ____ І.П. Петренко» is often laid out as a table).
  std::vector<std::string> before;
  for (std::size_t i = 0; i <= split; ++i) {
    for (const auto& t : doc.tables) {
      if (t.index >= table.index || t.paragraphs_before != i) {
        continue;
      }
      for (const auto& row : t.rows) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
          if (row.cells[c].origin_col != static_cast<int>(c)) {
            continue;
          }
          for (const auto& p : row.cells[c].paragraphs) {
            for (const auto& line : split_lines(p.text)) {
              before.push_back(line);
            }
          }
        }
      }
    }
    if (i < split) {
      before.push_back(doc.paragraphs[i]);
    }
  }
  std::vector<std::string> after(doc.paragraphs.begin() + static_cast<std::ptrdiff_t>(split),
                                 doc.paragraphs.begin() + static_cast<std::ptrdiff_t>(end));
  PlanText meta = read_plan_text(before, after);
  for (std::size_t i = end; i < doc.paragraphs.size(); ++i) {
    meta.leftover.push_back(doc.paragraphs[i]);
  }
  // The columns first: a table lplan cannot read says so before a missing year does.
  ColumnMap columns = map_columns(table, options.overrides, options.year.value_or(meta.year.value_or(0)));
  if (options.year) {
    plan.year = *options.year;
  } else if (meta.year) {
    plan.year = *meta.year;
  } else {
    throw ImportError(tr("the plan's year is not written above the table («План роботи … на 2020 рік»): give it "
                         "with --year"));
  }
  plan.title = meta.title;
  plan.organization = meta.organization;
  plan.head = meta.head;
  plan.approved = meta.approved;
  plan.intro = meta.intro;
  plan.leftover = meta.leftover;
  if (meta.organization_from_title) {
    plan.review.push_back({{}, trf("the organization «{}» is taken from the title: write it in the nominative case "
                                   "(plan.organization)",
                                   plan.organization)});
  } else if (plan.organization.empty()) {
    plan.review.push_back({{}, std::string(tr("no organization found in the text around the table: write it in "
                                  "plan.organization"))});
  }

  plan.columns = columns.columns;
  if (columns.header_row < 0) {
    plan.review.push_back(
        {{}, trf("the table has no header row: its columns are guessed from what they hold ({}); if that is wrong, "
                 "name them with --map COLUMN=FIELD",
                 describe_columns(columns))});
  }
  for (int c = 0; c < table.columns; ++c) {
    const Column& col = columns.columns[static_cast<std::size_t>(c)];
    if (col.field == Field::Notes && !col.mapped && match_header(col.header) != Field::Notes &&
        column_has_content(table, columns.header_row, c)) {
      std::string name = col.header.empty() ? std::to_string(c + 1) : col.header;
      plan.review.push_back({{}, trf("column «{}» names no field lplan knows: its cells go to `notes` (or give "
                                     "--map \"{}=FIELD\")",
                                     name, name)});
    }
  }
  std::vector<RowItem> items = sort_rows(table, columns, plan.kind, plan.review);
  Registry registry(options.registry);
  build_activities(items, columns, registry, plan);
  plan.people = registry.finish(plan.review);
  plan.matched_people = registry.matched();
  // In the order of the source: notes about the whole table first, then row by row.
  auto key = [](const Review& r) { return std::pair(r.pos.table, r.pos.line > 0 ? r.pos.line : r.pos.row); };
  std::stable_sort(plan.review.begin(), plan.review.end(),
                   [&](const Review& a, const Review& b) { return key(a) < key(b); });
  return plan;
}

}  // namespace lplan::import
