#include "import/imported_plan.hpp"

#include "text/i18n.hpp"

namespace lplan::import {

std::string describe_pos(SourceKind kind, const SourcePos& pos, bool name_table) {
  if (kind == SourceKind::Text && pos.line > 0) {
    return trf("line {}", pos.line);
  }
  if (pos.row <= 0) {
    return {};
  }
  if (name_table || pos.table > 1) {
    return trf("table {}, row {}", pos.table, pos.row);
  }
  return trf("row {}", pos.row);
}

std::string describe_rows(SourceKind kind, const std::vector<SourcePos>& rows, bool name_table) {
  if (rows.size() <= 1) {
    return rows.empty() ? std::string() : describe_pos(kind, rows.front(), name_table);
  }
  bool text = kind == SourceKind::Text && rows.front().line > 0;
  std::string numbers;
  for (const auto& p : rows) {
    numbers += (numbers.empty() ? "" : ", ") + std::to_string(text ? p.line : p.row);
  }
  if (text) {
    return trf("lines {}", numbers);
  }
  if (name_table || rows.front().table > 1) {
    return trf("table {}, rows {}", rows.front().table, numbers);
  }
  return trf("rows {}", numbers);
}

}  // namespace lplan::import
