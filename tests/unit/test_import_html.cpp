// The HTML reader: a saved web page's tables, merged cells expanded as a browser lays them out.
#include <doctest/doctest.h>

#include "import/html_reader.hpp"
#include "import_fixture.hpp"

using namespace lplan::import;
using lplan::testing::cell_texts;

namespace {

Document read(std::string_view html) { return read_html(html, "plan.html", ImportLimits{}); }

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("colspan and rowspan are expanded to a grid; copies point at their origin") {
  Document doc = read(
      "<table><tr><th>№</th><th>Назва</th><th>Відповідальні</th></tr>"
      "<tr><td colspan=3>Ціль 1. Освіта</td></tr>"
      "<tr><td>1</td><td>Семінар</td><td rowspan=2>Дубова Ю.</td></tr>"
      "<tr><td>2</td><td>Тренінг</td></tr></table>");
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.columns == 3);
  CHECK(cell_texts(t) == Rows{{"№", "Назва", "Відповідальні"},
                              {"Ціль 1. Освіта", "Ціль 1. Освіта", "Ціль 1. Освіта"},
                              {"1", "Семінар", "Дубова Ю."},
                              {"2", "Тренінг", "Дубова Ю."}});
  CHECK(t.rows[0].header);
  CHECK_FALSE(t.rows[2].header);
  CHECK(t.rows[1].cells[2].origin_col == 0);  // the heading spans the row
  CHECK(t.rows[3].cells[2].origin_row == 2);  // merged down from the row above
}

TEST_CASE("a rowspan pushes the cells of later rows to the right, as a browser does") {
  Document doc = read(
      "<table><tr><td rowspan=2>A</td><td>B</td><td>C</td></tr><tr><td>D</td><td>E</td></tr></table>");
  CHECK(cell_texts(doc.tables[0]) == Rows{{"A", "B", "C"}, {"A", "D", "E"}});
}

TEST_CASE("absurd spans are cut to the table") {
  Document doc = read("<table><tr><td colspan=100000>Розділ</td></tr><tr><td>1</td><td>Захід</td>"
                      "<td rowspan=999999>Х</td></tr><tr><td>2</td><td>Ще</td></tr></table>");
  const Table& t = doc.tables[0];
  CHECK(t.columns == 3);
  CHECK(t.rows.size() == 3);
  CHECK(cell_texts(t)[2][2] == "Х");
}

TEST_CASE("<br> is a soft break, <li> a list paragraph, <ol> numbers its items") {
  Document doc = read("<table><tr><td>Назва<br>другий рядок<ul><li>перший</li><li>другий</li></ul>"
                      "<ol start=3 type=a><li>в</li><li>г</li></ol><p>Абзац</p></td></tr></table>");
  const auto& ps = doc.tables[0].rows[0].cells[0].paragraphs;
  REQUIRE(ps.size() == 6);
  CHECK(ps[0].text == "Назва\nдругий рядок");
  CHECK(ps[1].list == ListKind::Bullet);
  CHECK(ps[1].text == "перший");
  CHECK(ps[3].list == ListKind::Numbered);
  CHECK(ps[3].label == "c.");
  CHECK(ps[4].label == "d.");
  CHECK(ps[5].list == ListKind::None);
}

TEST_CASE("text around the tables is the document's paragraphs; a table in a cell stays in the cell") {
  Document doc = read("<h1>План роботи на 2021 рік</h1><p>Вступ</p>"
                      "<table><tr><td>Зовнішня<table><tr><td>внутрішня</td></tr></table></td><td>x</td></tr></table>"
                      "<p>Директор О.М. Петренко</p><script>var x = '<table>';</script>");
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.paragraphs == std::vector<std::string>{"План роботи на 2021 рік", "Вступ", "Директор О.М. Петренко"});
  CHECK(doc.tables[0].paragraphs_before == 2);
  CHECK(cell_texts(doc.tables[0])[0][0] == "Зовнішня / внутрішня");
}

TEST_CASE("a page saved in Windows-1251 is read in it") {
  // «<td>Семінар</td>» in Windows-1251, as Word saves Ukrainian web pages.
  Document doc = read("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                      "</head><body><table><tr><td>\xD1\xE5\xEC\xB3\xED\xE0\xF0</td><td>x</td></tr></table></body></html>");
  CHECK(cell_texts(doc.tables[0])[0][0] == "Семінар");
}

TEST_CASE("a page with no table, or nested absurdly deep, is refused") {
  CHECK_THROWS_WITH_AS(read("<p>План</p>"), doctest::Contains("has no table"), ImportError);
  std::string deep;
  for (int i = 0; i < 6000; ++i) {
    deep += "<div>";
  }
  CHECK_THROWS_WITH_AS(read(deep + "<table><tr><td>x</td></tr></table>"), doctest::Contains("deep"), ImportError);
}

TEST_CASE("pasted text is read as HTML only when it holds tags") {
  CHECK(has_html_markup("Цикл <ul> - a</ul>"));
  CHECK(has_html_markup("<P>Абзац</P>"));
  CHECK(has_html_markup("рядок<br/>рядок"));
  CHECK_FALSE(has_html_markup("якщо a < b та c > d"));
  CHECK_FALSE(has_html_markup("<ціль>"));
}
