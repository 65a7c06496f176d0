// An RFC 4180 CSV writer: fields quoted when needed, CRLF line ends, UTF-8 with an
// optional byte-order mark (Excel), and spreadsheet formula injection defused: a
// cell that begins with = + - @ tab or CR gets a leading apostrophe.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::render {

class CsvWriter {
public:
  /// Writes the BOM at once when `bom` is true.
  explicit CsvWriter(std::ostream& out, bool bom = false);

  /// One record: fields separated by commas, ended with CRLF.
  void row(const std::vector<std::string>& fields);

  /// One field as it appears in a record: defused, then quoted when it holds a
  /// comma, a quote, CR or LF (quotes doubled).
  static std::string field(std::string_view value);

  /// List items joined with "; " (DESIGN §5).
  static std::string join(const std::vector<std::string>& items);

private:
  std::ostream& m_out;
};

}  // namespace lplan::render
