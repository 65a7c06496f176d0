// Unicode helpers: folding, NFC, display width, cutting, terminal safety, hints.
#include <doctest/doctest.h>

#include "text/lang.hpp"
#include "text/unicode.hpp"

using namespace lplan;

TEST_CASE("folding makes «ДУБОВА», «Дубова» and «дубова» equal, Ґ included") {
  CHECK(text::fold("ДУБОВА") == "дубова");
  CHECK(text::fold("Дубова Ю.") == "дубова ю.");
  CHECK(text::fold("ҐАЛАҐАН") == "ґалаґан");
  CHECK(text::fold("ЇЖАК Є") == "їжак є");
}

TEST_CASE("a decomposed «й» (и + combining breve) composes to the one letter") {
  std::string nfd = "Летучи\xCC\x86";  // и + U+0306
  CHECK(text::nfc(nfd) == "Летучй");
  CHECK(text::fold("ЛЕТУЧИ\xCC\x86") == text::fold("летучй"));
  CHECK(text::char_count(text::nfc(nfd)) == 6);
}

TEST_CASE("display width: Cyrillic one column, CJK two, combining marks none") {
  CHECK(text::display_width("Березень") == 8);
  CHECK(text::display_width("Черв'як") == 7);
  CHECK(text::display_width("計画") == 4);
  CHECK(text::display_width("е\xCC\x81") == 1);  // е + combining acute
  CHECK(text::display_width("a\x07" "b") == 2);   // a control character takes no column
}

TEST_CASE("cutting to a width ends with «…» and never splits a character") {
  CHECK(text::truncate_to_width("Протягом року", 20) == "Протягом року");
  CHECK(text::truncate_to_width("Протягом року", 9) == "Протягом…");
  CHECK(text::display_width(text::truncate_to_width("Протягом року", 9)) == 9);
  CHECK(text::truncate_to_width("計画計画", 5) == "計画…");
  CHECK(text::truncate_to_width("abc", 0).empty());
}

TEST_CASE("wrapping breaks at spaces and keeps every line within the width") {
  auto lines = text::wrap("Цикл заходів з організаційної допомоги бібліотекам", 20);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "Цикл заходів з");
  for (const auto& l : lines) {
    CHECK(text::display_width(l) <= 20);
  }
}

TEST_CASE("printable text has no control characters left") {
  CHECK(text::printable("рядок\nдругий") == "рядок другий");
  CHECK(text::printable("a\x1b[31mb") == "a\xEF\xBF\xBD[31mb");
  CHECK(text::printable("\xC2\x9B" "x") == "\xEF\xBF\xBDx");  // C1 CSI
}

TEST_CASE("invalid UTF-8 is found at its byte") {
  CHECK_FALSE(text::find_invalid_utf8("Дубова").has_value());
  CHECK(text::find_invalid_utf8("Дуб\xFFова") == std::optional<std::size_t>(6));
  CHECK(text::find_invalid_utf8("\xD0") == std::optional<std::size_t>(0));  // cut in the middle
  CHECK(text::find_invalid_utf8("\xED\xA0\x80").has_value());               // a surrogate
}

TEST_CASE("hints: a typo, a swap of two letters, and nothing for a stranger") {
  std::vector<std::string> keys = {"title", "details", "audience", "when"};
  CHECK(text::did_you_mean("tittle", keys) == std::optional<std::string>("title"));
  CHECK(text::did_you_mean("gaol1", {"goal1", "goal2"}) == std::optional<std::string>("goal1"));
  CHECK(text::did_you_mean("БЕРЕЗЕНЪ", {"березень", "травень"}) == std::optional<std::string>("березень"));
  CHECK_FALSE(text::did_you_mean("organization", keys).has_value());
  CHECK_FALSE(text::did_you_mean("title", keys).has_value());  // an exact match needs no hint
}

TEST_CASE("a word that mixes Latin and Cyrillic letters is found; clean words are not") {
  // «HТМL»: Latin H and L around Cyrillic Т and М
  CHECK(text::mixed_script_words("Створення сайтів: «HТМL» для бібліотек") ==
        std::vector<std::string>{"HТМL"});
  CHECK(text::mixed_script_words("Code Club UA в Луганській області").empty());
  CHECK(text::mixed_script_words("Черв'як і ІТ-грамотність").empty());
}

TEST_CASE("languages: uk and en from options and the environment's words") {
  CHECK(parse_lang("uk") == Lang::Uk);
  CHECK(parse_lang("uk_UA.UTF-8") == Lang::Uk);
  CHECK(parse_lang("en") == Lang::En);
  CHECK_FALSE(parse_lang("de").has_value());
  CHECK(month_name(3, Lang::Uk) == "березень");
  CHECK(month_name(11, Lang::En) == "November");
  CHECK(month_short(9, Lang::Uk) == "вер");
  CHECK(month_name(13, Lang::En).empty());
}
