// The .docx reader: WordprocessingML tables, their merges and content, Word's list
// numbering, the package around them, and the limits that keep a hostile file harmless.
#include <doctest/doctest.h>

#include "import/docx_numbering.hpp"
#include "import/docx_reader.hpp"
#include "import_fixture.hpp"

using namespace lplan::import;
using lplan::testing::cell_texts;
using lplan::testing::docx_bytes;
using lplan::testing::word_document;
using lplan::testing::word_numbering;
using lplan::testing::zip_bytes;

namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string tc(const std::string& content, const std::string& props = "") {
  return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + content + "</w:tc>";
}
std::string tr(const std::string& cells, const std::string& props = "") {
  return "<w:tr>" + (props.empty() ? "" : "<w:trPr>" + props + "</w:trPr>") + cells + "</w:tr>";
}
std::string tbl(const std::string& rows) { return "<w:tbl>" + rows + "</w:tbl>"; }
/// An empty paragraph of list `num` at level `ilvl`: what Word's numbering of a «№» column is.
std::string numbered(int num, int ilvl = 0, const std::string& text = "") {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
         std::to_string(num) + "\"/></w:numPr></w:pPr>" + (text.empty() ? "" : "<w:r><w:t>" + text + "</w:t></w:r>") +
         "</w:p>";
}

Document parts(const std::string& body, const std::string& numbering = "", const std::string& styles = "") {
  return read_docx_parts(word_document(body), numbering, styles, "plan.docx", ImportLimits{});
}

}  // namespace

TEST_CASE("gridSpan, vMerge, gridBefore and gridAfter are expanded to a grid") {
  Document doc = parts(tbl(
      tr(tc(p("№")) + tc(p("Назва")) + tc(p("Відповідальні"))) +
      tr(tc(p("Розділ 1"), "<w:gridSpan w:val=\"3\"/>")) +
      tr(tc(p("1")) + tc(p("Семінар")) + tc(p("Дубова Ю."), "<w:vMerge w:val=\"restart\"/>")) +
      tr(tc(p("2")) + tc(p("Тренінг")) + tc("<w:p/>", "<w:vMerge/>")) +
      tr(tc(p("Екскурсія")), "<w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/>")));
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(cell_texts(t) == Rows{{"№", "Назва", "Відповідальні"},
                              {"Розділ 1", "Розділ 1", "Розділ 1"},
                              {"1", "Семінар", "Дубова Ю."},
                              {"2", "Тренінг", "Дубова Ю."},
                              {"", "Екскурсія", ""}});
  CHECK(t.rows[3].cells[2].origin_row == 2);
  CHECK(t.rows[1].cells[1].origin_col == 0);
  CHECK(t.rows[2].pos.row == 3);
}

TEST_CASE("content controls, hyperlinks, smart tags and insertions are read; deletions are not") {
  Document doc = parts(tbl(
      "<w:sdt><w:sdtContent>" +
      tr(tc("<w:p><w:hyperlink r:id=\"x\"><w:r><w:t>Сайт</w:t></w:r></w:hyperlink>"
            "<w:smartTag><w:r><w:t xml:space=\"preserve\"> бібліотеки</w:t></w:r></w:smartTag></w:p>") +
         "<w:sdt><w:sdtContent>" + tc(p("в комірці")) + "</w:sdtContent></w:sdt>") +
      "</w:sdtContent></w:sdt>" +
      tr(tc("<w:p><w:r><w:t xml:space=\"preserve\">за </w:t></w:r><w:del><w:r><w:delText>2019</w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t>2020</w:t></w:r></w:ins><w:moveFrom><w:r><w:t>старе</w:t></w:r></w:moveFrom>"
            "<w:r><w:instrText>HYPERLINK x</w:instrText><w:t xml:space=\"preserve\"> рік</w:t></w:r></w:p>") +
         tc(p("x")))));
  CHECK(cell_texts(doc.tables[0]) == Rows{{"Сайт бібліотеки", "в комірці"}, {"за 2020 рік", "x"}});
}

TEST_CASE("soft breaks, tabs and non-breaking hyphens are text; soft hyphens and drawings are not") {
  Document doc = parts(tbl(tr(tc("<w:p><w:r><w:t>Назва</w:t><w:br/><w:t>- пункт</w:t><w:cr/><w:t>a</w:t><w:tab/>"
                                 "<w:t>b</w:t><w:noBreakHyphen/><w:t>c</w:t><w:softHyphen/><w:t>d</w:t></w:r>"
                                 "<w:r><w:drawing><w:t>картинка</w:t></w:drawing></w:r></w:p>"))));
  CHECK(doc.tables[0].rows[0].cells[0].paragraphs[0].text == "Назва\n- пункт\na\tb-cd");
}

TEST_CASE("a table nested in a cell is read into the cell; text outside tables is the document's paragraphs") {
  Document doc = parts(p("План роботи на 2020 рік") +
                       tbl(tr(tc(p("Зовнішня") + tbl(tr(tc(p("А")) + tc(p("Б"))))) + tc(p("x")))) + p("Підпис"));
  REQUIRE(doc.tables.size() == 1);
  CHECK(cell_texts(doc.tables[0])[0][0] == "Зовнішня / А / Б");
  CHECK(doc.paragraphs == std::vector<std::string>{"План роботи на 2020 рік", "Підпис"});
  CHECK(doc.tables[0].paragraphs_before == 1);
}

TEST_CASE("Word's numbering of the «№» column continues across cells and tables") {
  std::string numbering = word_numbering(
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"%1.%2.\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"
      "</w:lvlOverride></w:num>");
  Document doc = parts(tbl(tr(tc(numbered(1)) + tc(p("a"))) + tr(tc(numbered(1, 1)) + tc(p("b"))) +
                           tr(tc(numbered(1, 1)) + tc(p("c"))) + tr(tc(numbered(1)) + tc(p("d"))) +
                           tr(tc(numbered(1, 1)) + tc(p("e")))) +
                           tbl(tr(tc(numbered(1)) + tc(p("f"))) + tr(tc(numbered(2)) + tc(p("g"))) +
                               tr(tc(numbered(2)) + tc(p("h")))),
                       numbering);
  std::vector<std::string> labels;
  for (const auto& t : doc.tables) {
    for (const auto& row : t.rows) {
      labels.push_back(row.cells[0].paragraphs[0].label);
      CHECK_FALSE(row.cells[0].empty());  // a number Word shows is text of the cell
    }
  }
  // numId 2 shares the abstract numbering but restarts it (startOverride).
  CHECK(labels == std::vector<std::string>{"1.", "1.1.", "1.2.", "2.", "2.1.", "3.", "1.", "2."});
}

TEST_CASE("numbering formats are rendered as Word shows them") {
  CHECK(docx::format_number(4, "decimal") == "4");
  CHECK(docx::format_number(7, "decimalZero") == "07");
  CHECK(docx::format_number(14, "upperRoman") == "XIV");
  CHECK(docx::format_number(9, "lowerRoman") == "ix");
  CHECK(docx::format_number(3, "lowerLetter") == "c");
  CHECK(docx::format_number(28, "upperLetter") == "BB");
  CHECK(docx::format_number(3, "russianLower") == "в");
  CHECK(docx::format_number(10, "russianUpper") == "К");  // Word's lettering skips Й
  CHECK(docx::format_number(5, "chineseCounting") == "5");
}

TEST_CASE("bullets, numbering from a paragraph style and numId 0 are told apart") {
  std::string numbering = word_numbering(
      "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
      "<w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"4\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"5\"/><w:numFmt w:val=\"upperRoman\"/>"
      "<w:lvlText w:val=\"%1)\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num><w:num w:numId=\"8\"><w:abstractNumId w:val=\"4\"/></w:num>");
  std::string styles = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"" + lplan::testing::k_w +
                       "\"><w:style w:styleId=\"Base\"><w:pPr><w:numPr><w:numId w:val=\"8\"/></w:numPr></w:pPr></w:style>"
                       "<w:style w:styleId=\"Item\"><w:basedOn w:val=\"Base\"/></w:style></w:styles>";
  Document doc = parts(tbl(tr(tc(numbered(7, 0, "пункт") +
                                 "<w:p><w:pPr><w:pStyle w:val=\"Item\"/></w:pPr><w:r><w:t>за стилем</w:t></w:r></w:p>"
                                 "<w:p><w:pPr><w:pStyle w:val=\"Item\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
                                 "<w:r><w:t>без номера</w:t></w:r></w:p>"))),
                       numbering, styles);
  const auto& ps = doc.tables[0].rows[0].cells[0].paragraphs;
  REQUIRE(ps.size() == 3);
  CHECK(ps[0].list == ListKind::Bullet);
  CHECK(ps[0].label == "•");
  CHECK(ps[1].list == ListKind::Numbered);
  CHECK(ps[1].label == "V)");
  CHECK(ps[2].list == ListKind::None);
}

TEST_CASE("the main part is found through _rels/.rels, wherever it is") {
  std::string rels =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"/doc/main.xml\"/></Relationships>";
  std::string bytes = zip_bytes({{"_rels/.rels", rels},
                                 {"doc/main.xml", word_document(tbl(tr(tc(p("Знайдено")) + tc(p("x")))))},
                                 {"word/document.xml", word_document(tbl(tr(tc(p("Не той")))))}});
  Document doc = read_docx(bytes, "plan.docx", ImportLimits{});
  CHECK(cell_texts(doc.tables[0])[0][0] == "Знайдено");
}

TEST_CASE("a .docx with numbering reads it through the document's own relationships") {
  std::string numbering = word_numbering(
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"
      "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
  Document doc = read_docx(docx_bytes(word_document(tbl(tr(tc(numbered(1)) + tc(p("a"))) + tr(tc(numbered(1)) + tc(p("b"))))),
                                      numbering),
                           "plan.docx", ImportLimits{});
  CHECK(cell_texts(doc.tables[0]) == Rows{{"1. ", "a"}, {"2. ", "b"}});
}

TEST_CASE("entity tricks, zip bombs and too many entries end in a clear error") {
  std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                       "<w:document xmlns:w=\"" + lplan::testing::k_w + "\"><w:body>" + "<w:p><w:r><w:t>&b;</w:t></w:r></w:p>" +
                       "</w:body></w:document>";
  CHECK_THROWS_WITH_AS(read_docx(docx_bytes(laughs), "plan.docx", ImportLimits{}), doctest::Contains("DTD"), ImportError);

  ImportLimits small;
  small.max_part_bytes = 1 << 16;
  std::string big = word_document(std::string(1 << 17, ' '));
  CHECK_THROWS_WITH_AS(read_docx(docx_bytes(big), "plan.docx", small), doctest::Contains("zip bomb"), ImportError);

  small = ImportLimits{};
  small.max_entries = 3;
  std::vector<std::pair<std::string, std::string>> entries;
  for (int i = 0; i < 5; ++i) {
    entries.emplace_back("f" + std::to_string(i), "x");
  }
  CHECK_THROWS_WITH_AS(read_docx(zip_bytes(entries), "plan.docx", small), doctest::Contains("more than 3 files"),
                       ImportError);
  CHECK_THROWS_WITH_AS(read_docx("PK\x03\x04 not really", "plan.docx", ImportLimits{}), doctest::Contains("ZIP"),
                       ImportError);
}

TEST_CASE("a table wider than the limit is refused") {
  ImportLimits small;
  small.max_columns = 4;
  std::string cells;
  for (int i = 0; i < 6; ++i) {
    cells += tc(p("x"));
  }
  CHECK_THROWS_WITH_AS(read_docx_parts(word_document(tbl(tr(cells))), "", "", "plan.docx", small),
                       doctest::Contains("more than 4 columns"), ImportError);
}
