#include "render/csv.hpp"

namespace lplan::render {

CsvWriter::CsvWriter(std::ostream& out, bool bom) : m_out(out) {
  if (bom) {
    m_out << "\xEF\xBB\xBF";
  }
}

void CsvWriter::row(const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) {
      m_out << ',';
    }
    m_out << field(fields[i]);
  }
  m_out << "\r\n";
}

std::string CsvWriter::field(std::string_view value) {
  std::string v(value);
  if (!v.empty() &&
      (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r')) {
    v.insert(v.begin(), '\'');
  }
  if (v.find_first_of(",\"\r\n") == std::string::npos) {
    return v;
  }
  std::string quoted = "\"";
  for (char c : v) {
    if (c == '"') {
      quoted += '"';
    }
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string CsvWriter::join(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += "; ";
    }
    out += items[i];
  }
  return out;
}

}  // namespace lplan::render
