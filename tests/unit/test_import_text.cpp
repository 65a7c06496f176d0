// The pasted-text reader: TAB-separated cells as Word, LibreOffice, spreadsheets and
// browsers copy them.
#include <doctest/doctest.h>

#include "import/encoding.hpp"
#include "import/text_reader.hpp"
#include "import_fixture.hpp"
#include "text/unicode.hpp"

using namespace lplan::import;
using lplan::testing::cell_texts;

namespace {

Document read(std::string_view text) { return read_text(text, "plan.txt", ImportLimits{}); }

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("cells are separated by TAB, rows by line breaks; lines outside the table are paragraphs") {
  Document doc = read("План роботи на 2020 рік\n\n№\tНазва заходу\tТермін\n1.\tСемінар\tберезень\nРиб'янцева І.П.\n");
  REQUIRE(doc.tables.size() == 1);
  CHECK(cell_texts(doc.tables[0]) == Rows{{"№", "Назва заходу", "Термін"}, {"1.", "Семінар", "березень"}});
  CHECK(doc.paragraphs == std::vector<std::string>{"План роботи на 2020 рік", "Риб'янцева І.П."});
  CHECK(doc.tables[0].paragraphs_before == 1);
  CHECK(doc.tables[0].rows[1].pos.line == 4);
}

TEST_CASE("a cell a spreadsheet quoted keeps its line breaks and quotes") {
  Document doc = read("№\tНазва\tТермін\n1\t\"Цикл заходів:\n- Семінари\n- Тренінги «на \"\"місці\"\"»\"\tберезень\n2\tІнше\tквітень\n");
  Rows rows = cell_texts(doc.tables[0]);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1][1] == "Цикл заходів: / - Семінари / - Тренінги «на \"місці\"»");
  CHECK(rows[1][2] == "березень");
  CHECK(rows[2][1] == "Інше");
  CHECK(doc.tables[0].rows[2].pos.line == 5);
}

TEST_CASE("a quote Word copies as part of the text is not taken for a spreadsheet's") {
  Document doc = read("№\tНазва\tТермін\n1\t\"Брейнпарк\" – школа\tберезень\n2\t\"Що таке бібліотека?\"\tквітень\n");
  Rows rows = cell_texts(doc.tables[0]);
  CHECK(rows[1][1] == "\"Брейнпарк\" – школа");
  CHECK(rows[2][1] == "\"Що таке бібліотека?\"");
}

TEST_CASE("a row Word copied as several lines, each with fewer cells, is one row") {
  // Word puts every paragraph of a cell on a line of its own.
  Document doc = read("№\tНазва\tТермін\tВідповідальні\n1\tЦикл заходів:\n- Семінари\n- Тренінги\tберезень\tДубова Ю.\n");
  Rows rows = cell_texts(doc.tables[0]);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1] == std::vector<std::string>{"1", "Цикл заходів: / - Семінари / - Тренінги", "березень", "Дубова Ю."});
}

TEST_CASE("a heading line of one cell is not glued to the row after it") {
  Document doc = read("№\tНазва\tТермін\nСН 1. Розвиток галузі\nЦіль 1. Впровадити\n1.1\tСемінар\tберезень\n");
  Rows rows = cell_texts(doc.tables[0]);
  REQUIRE(rows.size() == 4);
  CHECK(rows[1][0] == "СН 1. Розвиток галузі");
  CHECK(rows[2][0] == "Ціль 1. Впровадити");
}

TEST_CASE("a blank line inside the table marks the next row as after a page break") {
  Document doc = read("№\tНазва\tТермін\n1\tПерший\tберезень\n\n\tкінець назви\t\n2\tДругий\tквітень\n");
  const auto& rows = doc.tables[0].rows;
  REQUIRE(rows.size() == 4);
  CHECK_FALSE(rows[1].after_break);
  CHECK(rows[2].after_break);
  CHECK_FALSE(rows[3].after_break);
}

TEST_CASE("a cell with HTML markup, as the seed's copy out of Word has, is read as HTML") {
  Document doc = read("№\tНазва\n1.1.\tЦикл заходів <ul style=\"list-style-type: none\"> - Семінари, тренінги - "
                      "Виїзні тренінги по запиту – запрошенню ОТГ</ul>\n2\t<p>Перший абзац.</p> <p>Другий</p>\n");
  const auto& cell = doc.tables[0].rows[1].cells[1];
  REQUIRE(cell.paragraphs.size() == 3);
  CHECK(cell.paragraphs[0].text == "Цикл заходів");
  CHECK(cell.paragraphs[1].list == ListKind::Bullet);
  CHECK(cell.paragraphs[1].text == "Семінари, тренінги");
  CHECK(cell.paragraphs[2].text == "Виїзні тренінги по запиту – запрошенню ОТГ");
  CHECK(cell_texts(doc.tables[0])[2][1] == "Перший абзац. / Другий");
}

TEST_CASE("CRLF, a byte-order mark, UTF-16 and Windows-1251 read as the same text") {
  std::string utf8 = "№\tНазва\tТермін\r\n1\tСемінар «Ґанок»\tберезень\r\n";
  Rows want = cell_texts(read("№\tНазва\tТермін\n1\tСемінар «Ґанок»\tберезень\n").tables[0]);
  CHECK(cell_texts(read(utf8).tables[0]) == want);
  CHECK(cell_texts(read("\xEF\xBB\xBF" + utf8).tables[0]) == want);
  std::string utf16 = "\xFF\xFE";
  for (char32_t c : lplan::text::decode(utf8)) {
    utf16 += static_cast<char>(c & 0xFF);
    utf16 += static_cast<char>(c >> 8);
  }
  CHECK(cell_texts(read(utf16).tables[0]) == want);
  // «№\tНазва\tТермін…» in Windows-1251.
  std::string cp1251 = "\xB9\t\xCD\xE0\xE7\xE2\xE0\t\xD2\xE5\xF0\xEC\xB3\xED\r\n1\t\xD1\xE5\xEC\xB3\xED\xE0\xF0 \xAB\xA5\xE0\xED\xEE\xEA\xBB\t\xE1\xE5\xF0\xE5\xE7\xE5\xED\xFC\r\n";
  CHECK(to_utf8(cp1251, "x").encoding == "Windows-1251");
  CHECK(cell_texts(read(cp1251).tables[0]) == want);
}

TEST_CASE("text with no TAB-separated line is no table") {
  CHECK_THROWS_WITH_AS(read("План роботи\nперший захід\n"), doctest::Contains("no line has cells"), ImportError);
  CHECK_THROWS_WITH_AS(read(std::string("\x01\x02\x00\x03", 4)), doctest::Contains("binary"), ImportError);
}
