// Which column is which field: the header dictionary of DESIGN §9, matched after
// folding, --map, and columns guessed from their content.
#include <doctest/doctest.h>

#include "import/columns.hpp"
#include "import/text_reader.hpp"

using namespace lplan::import;

namespace {

std::optional<Field> header(std::string_view text) { return match_header(text); }

Table table(std::string_view text) { return read_text(text, "plan.txt", ImportLimits{}).tables.at(0); }

std::vector<Field> fields(const ColumnMap& map) {
  std::vector<Field> out;
  for (const auto& c : map.columns) {
    out.push_back(c.field);
  }
  return out;
}

}  // namespace

TEST_CASE("every header of DESIGN §9 names its field") {
  for (auto h : {"№", "№ з/п", "№п/п"}) {
    CAPTURE(h);
    CHECK(header(h) == Field::Id);
  }
  for (auto h : {"Назва заходу", "Зміст роботи", "Тема заходу", "Форма та назва заходу", "Види робіт", "Завдання"}) {
    CAPTURE(h);
    CHECK(header(h) == Field::Title);
  }
  for (auto h : {"Термін проведення", "Термін виконання", "Строк виконання", "Дата (і час) проведення", "Час провед."}) {
    CAPTURE(h);
    CHECK(header(h) == Field::When);
  }
  for (auto h : {"Відповідальні", "Відповідальний", "Відповідальна особа", "Виконавці", "Хто проводить"}) {
    CAPTURE(h);
    CHECK(header(h) == Field::Responsible);
  }
  for (auto h : {"Вплив", "Для кого", "Цільова аудиторія", "Запрошені"}) {
    CAPTURE(h);
    CHECK(header(h) == Field::Audience);
  }
  for (auto h : {"Ресурси", "Партнери", "Фінансування"}) {
    CAPTURE(h);
    CHECK(header(h) == Field::Resources);
  }
  CHECK(header("Місце проведення") == Field::Place);
  CHECK(header("Зміст") == Field::Details);
  CHECK(header("Форма проведення") == Field::Details);
}

TEST_CASE("headers match after case folding, soft hyphens, line breaks and Latin look-alikes") {
  CHECK(header("ТЕРМІН ВИКОНАННЯ") == Field::When);
  CHECK(header("Термін\nвиконання") == Field::When);
  CHECK(header("Відпові-\nдальні") == Field::Responsible);
  CHECK(header("Відпові\xC2\xAD" "дальні") == Field::Responsible);  // U+00AD soft hyphen
  CHECK(header("Вiдповiдальнi") == Field::Responsible);             // Latin i
  CHECK(header("Teрмін прoведення") == Field::When);               // Latin T, o
  CHECK(header("Термiн проведення:") == Field::When);
  CHECK(header("Відповідальн.") == Field::Responsible);
  CHECK(header("Відповідальні за виконання") == Field::Responsible);
  CHECK(header("Дата проведення") == Field::When);
  CHECK(header("Назва заходу та форма проведення") == Field::Title);  // the longest entry wins
  CHECK(header("Responsible") == Field::Responsible);
  CHECK_FALSE(header("Напрямок діяльності").has_value());
  CHECK_FALSE(header("Відп").has_value());  // an abbreviation ends with a full stop
}

TEST_CASE("--map takes a header as the table writes it, or a column number") {
  CHECK(header_matches_key("Відповідальні\nособи", 3, "відповідальні особи"));
  CHECK(header_matches_key("", 2, "2"));
  CHECK_FALSE(header_matches_key("Назва", 1, "2"));
  CHECK(parse_field("when") == Field::When);
  CHECK_FALSE(parse_field("термін").has_value());
}

TEST_CASE("the header row is found below the rows above it, and fields go to the first column that names them") {
  Table t = table("\tПлан\t\n№ з/п\tЗміст роботи\tТермін виконання\tВиконавці\tДата\tПримітка\n1\tЗахід\tберезень\tДубова\t\t\n");
  ColumnMap map = map_columns(t, {}, 2020);
  CHECK(map.header_row == 1);
  CHECK(fields(map) == std::vector<Field>{Field::Id, Field::Title, Field::When, Field::Responsible, Field::Notes,
                                          Field::Notes});
  CHECK(map.columns[5].header == "Примітка");
}

TEST_CASE("--map overrides the dictionary") {
  Table t = table("№\tЗахід\tКоли саме\tВідповідальні\n1\tСемінар\tберезень\tДубова\n");
  ColumnMap map = map_columns(t, {{"Коли саме", Field::When}, {"4", Field::Notes}}, 2020);
  CHECK(map.columns[2].field == Field::When);
  CHECK(map.columns[2].mapped);
  CHECK(map.columns[3].field == Field::Notes);
  CHECK_THROWS_WITH_AS(map_columns(t, {{"Нема такої", Field::Place}}, 2020), doctest::Contains("no such column"),
                       ImportError);
}

TEST_CASE("a table with no header row gets its columns from their content") {
  Table t = table(
      "1.\tСемінар для бібліотекарів району про нові послуги\tберезень\tДубова Ю.\tзал\n"
      "2.\tТренінг з цифрової грамотності для старших читачів\tІ квартал\tЛіташова Н.\tзал\n"
      "3.\tЗустріч з письменником у читальному залі бібліотеки\tпротягом року\tСидорова К.\tзал\n");
  ColumnMap map = map_columns(t, {}, 2020);
  CHECK(map.header_row == -1);
  CHECK(fields(map) == std::vector<Field>{Field::Id, Field::Title, Field::When, Field::Responsible, Field::Notes});
  CHECK(map.columns[2].guessed);
}

TEST_CASE("a table whose columns say nothing is refused with a hint") {
  Table t = table("Перший довгий текст без нічого\tще\nДругий довгий текст без нічого\tще\n");
  CHECK_THROWS_WITH_AS(map_columns(t, {}, 2020), doctest::Contains("--map"), ImportError);
  Table no_title = table("№\tТермін проведення\n1\tберезень\n");
  CHECK_THROWS_WITH_AS(map_columns(no_title, {}, 2020), doctest::Contains("no column of titles"), ImportError);
}
