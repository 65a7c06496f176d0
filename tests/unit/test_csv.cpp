// The CSV writer (src/render/csv.*): RFC 4180 quoting, CRLF, BOM, formula injection.
#include <doctest/doctest.h>

#include <sstream>

#include "render/csv.hpp"

using lplan::render::CsvWriter;

TEST_CASE("plain fields are written as they are, records end with CRLF") {
  std::ostringstream out;
  CsvWriter csv(out);
  csv.row({"1.1", "Дубова Ю.", ""});
  CHECK(out.str() == "1.1,Дубова Ю.,\r\n");
}

TEST_CASE("commas, quotes and line breaks are quoted, quotes doubled") {
  CHECK(CsvWriter::field("a,b") == "\"a,b\"");
  CHECK(CsvWriter::field("«Брейнпарк» \"школа\"") == "\"«Брейнпарк» \"\"школа\"\"\"");
  CHECK(CsvWriter::field("рядок 1\nрядок 2") == "\"рядок 1\nрядок 2\"");
  CHECK(CsvWriter::field("Черв'як") == "Черв'як");
}

TEST_CASE("cells starting with = + - @ tab or CR are defused with an apostrophe") {
  CHECK(CsvWriter::field("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0");
  CHECK(CsvWriter::field("+1") == "'+1");
  CHECK(CsvWriter::field("-x") == "'-x");
  CHECK(CsvWriter::field("@x") == "'@x");
  CHECK(CsvWriter::field("\tx") == "'\tx");
  CHECK(CsvWriter::field("\rx") == "\"'\rx\"");
  CHECK(CsvWriter::field("=a,b") == "\"'=a,b\"");
  CHECK(CsvWriter::field("a=b") == "a=b");
}

TEST_CASE("lists are joined with \"; \" and --bom writes the byte-order mark first") {
  CHECK(CsvWriter::join({"ЛОВ УБА", "ЛОУНБ"}) == "ЛОВ УБА; ЛОУНБ");
  CHECK(CsvWriter::join({}).empty());
  CHECK(CsvWriter::join({"", ""}) == "; ");  // empty items keep their place
  std::ostringstream out;
  CsvWriter csv(out, true);
  csv.row({"id"});
  CHECK(out.str() == "\xEF\xBB\xBFid\r\n");
}
