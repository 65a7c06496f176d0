// The text table (src/render/table.*): display widths, cutting with «…», control
// characters, alignment, sections. Also the Markdown cell escaping it sits beside.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "render/markdown.hpp"
#include "render/table.hpp"
#include "text/unicode.hpp"

using namespace lplan;
using render::Align;
using render::Column;
using render::Table;

namespace {

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) {
    out.push_back(l);
  }
  return out;
}

std::string draw(const Table& t, std::optional<int> width) {
  std::ostringstream out;
  t.render(out, width);
  return out.str();
}

}  // namespace

TEST_CASE("Cyrillic, CJK and combining marks are measured in display width") {
  Table t({Column{"ID"}, Column{"Назва"}, Column{"N", Align::Right}});
  t.add_row({"1.1", "Дубова", "3"});
  t.add_row({"2.10", "漢字漢字", "12"});
  t.add_row({"3", "\xD0\x98\xCC\x86осип", "1"});  // NFD й: И + combining breve
  auto ls = lines(draw(t, std::nullopt));
  REQUIRE(ls.size() == 5);
  CHECK(ls[0] == "ID    Назва      N");
  CHECK(ls[2] == "1.1   Дубова     3");
  CHECK(ls[3] == "2.10  漢字漢字  12");
  CHECK(ls[4] == "3     Йосип      1");
  for (std::size_t i = 2; i < ls.size(); ++i) {
    CHECK(text::display_width(ls[i]) == text::display_width(ls[2]));
  }
}

TEST_CASE("the widest shrinkable column is cut with «…» to fit the width") {
  Table t({Column{"ID"}, Column{"Захід", Align::Left, true, 2, 6}, Column{"Хто", Align::Left, true, 1, 4}});
  t.add_row({"1.1", "Цикл заходів з організаційної допомоги бібліотекам", "Президія ЛОВ УБА"});
  auto widths = t.layout(40);
  int total = widths[0] + widths[1] + widths[2] + 4;
  CHECK(total == 40);
  CHECK(widths[1] > widths[2]);
  for (const auto& l : lines(draw(t, 40))) {
    CHECK(text::display_width(l) <= 40);
  }
  CHECK(draw(t, 40).find("…") != std::string::npos);
  CHECK(draw(t, std::nullopt).find("…") == std::string::npos);
}

TEST_CASE("a table that cannot shrink further stays whole rather than breaking columns") {
  Table t({Column{"ID"}, Column{"Дата"}});
  t.add_row({"1.1", "2020-03-31"});
  CHECK(t.layout(5) == std::vector<int>{3, 10});
}

TEST_CASE("control characters in cells never reach the terminal") {
  Table t({Column{"Назва"}});
  t.add_row({"злам\x1b[2Jекрану\nрядок\x07"});
  std::string out = draw(t, std::nullopt);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(lines(out).size() == 3);
}

TEST_CASE("sections repeat the header and keep the widths; no trailing spaces") {
  Table t({Column{"ID"}, Column{"Назва"}});
  t.add_section("Термін у березні");
  t.add_row({"2.1", "Навчання"});
  t.add_section("Протягом року");
  t.add_row({"1.1", ""});
  auto ls = lines(draw(t, std::nullopt));
  REQUIRE(ls.size() == 9);
  CHECK(ls[0] == "Термін у березні");
  CHECK(ls[1] == "ID   Назва");
  CHECK(ls[4] == "");
  CHECK(ls[5] == "Протягом року");
  CHECK(ls[8] == "1.1");
}

TEST_CASE("styles colour the text only when given") {
  Table t({Column{"S"}});
  t.add_row({"done"}, {fmt::fg(fmt::terminal_color::green)});
  CHECK(draw(t, std::nullopt).find("\x1b[") != std::string::npos);
  Table plain({Column{"S"}});
  plain.add_row({"done"}, {fmt::text_style{}});
  CHECK(draw(plain, std::nullopt).find("\x1b[") == std::string::npos);
}

TEST_CASE("Markdown cells escape | and line breaks") {
  CHECK(render::md_cell("a | b") == "a \\| b");
  CHECK(render::md_cell("рядок 1\nрядок 2") == "рядок 1<br>рядок 2");
  CHECK(render::md_cell("*жирний* _x_") == "\\*жирний\\* \\_x\\_");
  CHECK(render::md_inline("a\r\nb") == "a b");
  std::ostringstream out;
  render::MdTable t({"ID", "Назва"});
  t.add_row({"1.1", "a|b"});
  t.render(out);
  CHECK(out.str() == "| ID | Назва |\n| --- | --- |\n| 1.1 | a\\|b |\n");
}

TEST_CASE("wrapped cells continue on the next lines and lose nothing") {
  Table t({Column{"ID"}, Column{"Назва", Align::Left, true, 1, 4}, Column{"N", Align::Right}});
  t.add_row({"1.1", "Науково-методичний відділ ЛОУНБ", "3"});
  std::ostringstream out;
  t.render(out, 20, {}, render::Overflow::Wrap);
  CHECK(lines(out.str()) == std::vector<std::string>{
      "ID   Назва         N",
      "───  ────────────  ─",
      "1.1  Науково-      3",
      "     методичний",
      "     відділ ЛОУНБ",
  });
}

TEST_CASE("a word wider than its column is broken, a dash stays at the end of its line") {
  CHECK(text::wrap_whole("Березень - листопад", 10) == std::vector<std::string>{"Березень -", "листопад"});
  CHECK(text::wrap_whole("Президія", 5) == std::vector<std::string>{"Прези", "дія"});
  CHECK(text::wrap_whole("", 5) == std::vector<std::string>{""});
  CHECK(text::longest_unbreakable("Науково-методичний відділ") == 10);
}
