// Table-driven tests of the `when` language (src/when): every form of DESIGN §3, every
// timeframe of the seed plan, the exact diagnostics, and month words in every form.
#include <doctest/doctest.h>

#include <utf8proc.h>

#include <string>
#include <vector>

#include "text/i18n.hpp"
#include "text/unicode.hpp"
#include "when/when.hpp"

using lplan::MonthSet;
using lplan::when::parse_month_word;
using lplan::when::parse_when;

namespace {

constexpr int k_year = 2020;

/// "3-11", "2,10", "1-3,7" → a MonthSet; "" → empty.
MonthSet months_of(std::string_view spec) {
  MonthSet set;
  while (!spec.empty()) {
    std::size_t comma = spec.find(',');
    std::string_view part = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view{} : spec.substr(comma + 1);
    std::size_t dash = part.find('-');
    int a = std::stoi(std::string(part.substr(0, dash)));
    int b = dash == std::string_view::npos ? a : std::stoi(std::string(part.substr(dash + 1)));
    set.add(MonthSet::range(a, b));
  }
  return set;
}

std::string describe(const lplan::when::WhenResult& r) {
  std::string s;
  for (const auto& e : r.errors) {
    s += std::to_string(e.offset) + "+" + std::to_string(e.length) + " " + e.message + " | " +
         e.hint + "\n";
  }
  return s;
}

enum class Kind { Plain, Ongoing, Unscheduled };

void expect(const char* input, const char* months, const char* deadline, Kind kind = Kind::Plain,
            int every = 0) {
  CAPTURE(input);
  auto r = parse_when(input, k_year);
  INFO(describe(r));
  REQUIRE(r.schedule.has_value());
  CHECK(r.errors.empty());
  CHECK(r.schedule->months.months() == months_of(months).months());
  CHECK(r.schedule->exact_day.has_value() == (deadline[0] != '\0'));
  if (r.schedule->exact_day) {
    CHECK(r.schedule->exact_day->iso() == deadline);
  }
  CHECK(r.schedule->ongoing == (kind == Kind::Ongoing));
  CHECK(r.schedule->unscheduled == (kind == Kind::Unscheduled));
  CHECK(r.schedule->every_months == every);
}

/// The first error must be exactly this; `hint` nullptr = not checked.
void expect_error(const char* input, std::size_t offset, std::size_t length, const char* message,
                  const char* hint = nullptr) {
  CAPTURE(input);
  auto r = parse_when(input, k_year);
  CHECK_FALSE(r.schedule.has_value());
  REQUIRE_FALSE(r.errors.empty());
  INFO(describe(r));
  CHECK(r.errors.front().message == message);
  CHECK(r.errors.front().offset == offset);
  CHECK(r.errors.front().length == length);
  if (hint != nullptr) {
    CHECK(r.errors.front().hint == hint);
  }
}

}  // namespace

#define MONTHS(name, input, months) \
  TEST_CASE(name) { expect(input, months, ""); }
#define DATED(name, input, months, deadline) \
  TEST_CASE(name) { expect(input, months, deadline); }
#define ONGOING(name, input) \
  TEST_CASE(name) { expect(input, "1-12", "", Kind::Ongoing); }
#define EVERY(name, input, months, n) \
  TEST_CASE(name) { expect(input, months, "", Kind::Plain, n); }
#define UNSCHEDULED(name, input) \
  TEST_CASE(name) { expect(input, "", "", Kind::Unscheduled); }
#define FAILS(name, input, offset, length, ...) \
  TEST_CASE(name) { expect_error(input, offset, length, __VA_ARGS__); }

// ---- Every timeframe of the seed plan («Термін проведення») ----
ONGOING("seed: «Протягом року» is the whole year", "Протягом року")
MONTHS("seed: «лютий березень – квітень травень» spans February to May",
       "лютий березень – квітень травень", "2-5")
MONTHS("seed: «I квартал» with a Latin I is January to March", "I квартал", "1-3")
MONTHS("seed: «Березень - листопад» spans March to November", "Березень - листопад", "3-11")
MONTHS("seed: «Січень - вересень» spans January to September", "Січень - вересень", "1-9")
MONTHS("seed: «Лютий жовтень» is February and October", "Лютий жовтень", "2,10")
MONTHS("seed: «Травень жовтень» is May and October", "Травень жовтень", "5,10")
MONTHS("seed: «Квітень вересень» is April and September", "Квітень вересень", "4,9")
MONTHS("seed: «Березень вересень» is March and September", "Березень вересень", "3,9")
EVERY("seed: «1 на 2 місяці» is every other month from January", "1 на 2 місяці",
      "1,3,5,7,9,11", 2)
MONTHS("seed: «вересень» is September", "вересень", "9")
MONTHS("seed: «Березень листопад» is March and November", "Березень листопад", "3,11")
MONTHS("seed: «Квітень-травень» spans April and May", "Квітень-травень", "4-5")
MONTHS("seed: «Березень» is March", "Березень", "3")
MONTHS("seed: «грудень» is December", "грудень", "12")
MONTHS("seed: «Березень - вересень» spans March to September", "Березень - вересень", "3-9")

// ---- Single months in any form ----
MONTHS("«березня» (genitive) is March", "березня", "3")
MONTHS("«березні» (locative) is March", "березні", "3")
MONTHS("«у березні» is March", "у березні", "3")
MONTHS("«в листопаді» is November", "в листопаді", "11")
MONTHS("«бер.» is March", "бер.", "3")
MONTHS("«верес.» is September", "верес.", "9")
MONTHS("«жовт.» is October", "жовт.", "10")
MONTHS("«листоп.» is November", "листоп.", "11")
MONTHS("«ЛЮТИЙ» in capitals is February", "ЛЮТИЙ", "2")
MONTHS("«лютому» is February", "лютому", "2")
MONTHS("«March» is March", "March", "3")
MONTHS("«mar» is March", "mar", "3")
MONTHS("«Sept» is September", "Sept", "9")
MONTHS("«DEC» is December", "DEC", "12")
MONTHS("«протягом березня» is March", "протягом березня", "3")
MONTHS("«в кінці березня» is March", "в кінці березня", "3")
MONTHS("«in May» is May", "in May", "5")
MONTHS("«березень 2020» names the plan's year", "березень 2020", "3")
MONTHS("«березня 2020 року» names the plan's year", "березня 2020 року", "3")
MONTHS("«  березень  » ignores surrounding spaces", "  березень  ", "3")
MONTHS("a tab and a newline are white space", "березень\t-\nквітень", "3-4")
MONTHS("a no-break space is white space", "березень\u00a0–\u00a0квітень", "3-4")

// ---- Ranges ----
MONTHS("an en dash makes a range", "березень–листопад", "3-11")
MONTHS("an em dash makes a range", "березень — листопад", "3-11")
MONTHS("a minus sign makes a range", "березень − листопад", "3-11")
MONTHS("«з березня по листопад» is a range", "з березня по листопад", "3-11")
MONTHS("«з березня до травня» is a range", "з березня до травня", "3-5")
MONTHS("«від березня до травня» is a range", "від березня до травня", "3-5")
MONTHS("«з березня по листопад включно» is a range", "з березня по листопад включно", "3-11")
MONTHS("«з березня до кінця травня» is a range", "з березня до кінця травня", "3-5")
MONTHS("«March to November» is a range", "March to November", "3-11")
MONTHS("«March–November» is a range", "March–November", "3-11")
MONTHS("«from March to May» is a range", "from March to May", "3-5")
MONTHS("«from March until May» is a range", "from March until May", "3-5")
MONTHS("«Mar-Jun» is a range", "Mar-Jun", "3-6")
MONTHS("«січ. - лют.» is a range of abbreviations", "січ. - лют.", "1-2")
MONTHS("a range of the same month is that month", "березень - березень", "3")
MONTHS("«з березня» alone runs to December", "з березня", "3-12")
MONTHS("«лютий 2020 – березень 2020» is a range with years", "лютий 2020 – березень 2020", "2-3")
MONTHS("a range can end at a quarter", "січень – II квартал", "1-6")

// ---- Lists ----
MONTHS("commas make a list", "лютий, жовтень", "2,10")
MONTHS("semicolons make a list", "березень; квітень", "3-4")
MONTHS("«і» makes a list", "лютий і жовтень", "2,10")
MONTHS("«й» makes a list", "лютий й жовтень", "2,10")
MONTHS("«та» makes a list", "лютий та жовтень", "2,10")
MONTHS("«and» makes a list", "February and October", "2,10")
MONTHS("a slash makes a list", "березень/квітень", "3-4")
MONTHS("three months with spaces make a list", "січень квітень липень", "1,4,7")
MONTHS("a list and a range combine", "січень, березень – травень", "1,3-5")
MONTHS("two ranges combine", "січень - лютий, жовтень - листопад", "1-2,10-11")
MONTHS("a trailing comma is ignored", "березень,", "3")
MONTHS("words in brackets are read", "березень (квітень)", "3-4")

// ---- Quarters and halves ----
MONTHS("«І квартал» with a Cyrillic І is January to March", "І квартал", "1-3")
MONTHS("«ІІ квартал» is April to June", "ІІ квартал", "4-6")
MONTHS("«ІІІ квартал» is July to September", "ІІІ квартал", "7-9")
MONTHS("«IV квартал» is October to December", "IV квартал", "10-12")
MONTHS("«1 квартал» is the first quarter", "1 квартал", "1-3")
MONTHS("«1-й квартал» is the first quarter", "1-й квартал", "1-3")
MONTHS("«2-го кварталу» is the second quarter", "2-го кварталу", "4-6")
MONTHS("«I кв.» is the first quarter", "I кв.", "1-3")
MONTHS("«Q1» is the first quarter", "Q1", "1-3")
MONTHS("«q4» is the fourth quarter", "q4", "10-12")
MONTHS("«first quarter» is the first quarter", "first quarter", "1-3")
MONTHS("«1st quarter» is the first quarter", "1st quarter", "1-3")
MONTHS("«третій квартал» is July to September", "третій квартал", "7-9")
MONTHS("«I–II квартал» spans two quarters", "I–II квартал", "1-6")
MONTHS("«I-III квартал» spans three quarters", "I-III квартал", "1-9")
MONTHS("«І і ІІ квартали» lists two quarters", "І і ІІ квартали", "1-6")
MONTHS("«I, III квартали» lists two quarters", "I, III квартали", "1-3,7-9")
MONTHS("«Q1-Q2» spans two quarters", "Q1-Q2", "1-6")
MONTHS("«I квартал 2020 року» names the plan's year", "I квартал 2020 року", "1-3")
MONTHS("«ІІ півріччя» is July to December", "ІІ півріччя", "7-12")
MONTHS("«2 півріччя» is July to December", "2 півріччя", "7-12")
MONTHS("«перше півріччя» is January to June", "перше півріччя", "1-6")
MONTHS("«H2» is July to December", "H2", "7-12")
MONTHS("«second half» is July to December", "second half", "7-12")
MONTHS("«first half of the year» is January to June", "first half of the year", "1-6")

// ---- Ongoing ----
ONGOING("«впродовж року» is ongoing", "впродовж року")
ONGOING("«упродовж року» is ongoing", "упродовж року")
ONGOING("«на протязі року» is ongoing", "на протязі року")
ONGOING("«протягом усього року» is ongoing", "протягом усього року")
ONGOING("«постійно» is ongoing", "постійно")
ONGOING("«щомісяця» is ongoing", "щомісяця")
ONGOING("«щомісячно» is ongoing", "щомісячно")
ONGOING("«весь рік» is ongoing", "весь рік")
ONGOING("«цілий рік» is ongoing", "цілий рік")
ONGOING("«до кінця року» is ongoing", "до кінця року")
ONGOING("«раз на місяць» is ongoing", "раз на місяць")
ONGOING("«протягом 2020 року» is ongoing", "протягом 2020 року")
ONGOING("«2020 р.» alone is the whole year", "2020 р.")
ONGOING("«throughout the year» is ongoing", "throughout the year")
ONGOING("«all year» is ongoing", "all year")
ONGOING("«all year round» is ongoing", "all year round")
ONGOING("«year-round» is ongoing", "year-round")
ONGOING("«monthly» is ongoing", "monthly")
ONGOING("«Ongoing» is ongoing", "Ongoing")
ONGOING("«every month» is ongoing", "every month")
MONTHS("«щомісяця з березня по листопад» keeps the range", "щомісяця з березня по листопад", "3-11")

// ---- Recurring ----
EVERY("«раз на 2 місяці» is every other month", "раз на 2 місяці", "1,3,5,7,9,11", 2)
EVERY("«1 раз на 2 місяці» is every other month", "1 раз на 2 місяці", "1,3,5,7,9,11", 2)
EVERY("«кожні 2 місяці» is every other month", "кожні 2 місяці", "1,3,5,7,9,11", 2)
EVERY("«every 2 months» is every other month", "every 2 months", "1,3,5,7,9,11", 2)
EVERY("«1 на 3 місяці» is every third month", "1 на 3 місяці", "1,4,7,10", 3)
EVERY("«every 3 months» is every third month", "every 3 months", "1,4,7,10", 3)
EVERY("«кожні 2 місяці з березня» starts in March", "кожні 2 місяці з березня", "3,5,7,9,11", 2)
EVERY("«щокварталу» is the end of each quarter", "щокварталу", "3,6,9,12", 3)
EVERY("«щоквартально» is the end of each quarter", "щоквартально", "3,6,9,12", 3)
EVERY("«quarterly» is the end of each quarter", "quarterly", "3,6,9,12", 3)
EVERY("«раз на квартал» is the end of each quarter", "раз на квартал", "3,6,9,12", 3)
EVERY("«раз на півроку» is June and December", "раз на півроку", "6,12", 6)

// ---- Exact days ----
DATED("«15 березня» is an exact day", "15 березня", "3", "2020-03-15")
DATED("«15.03» is an exact day", "15.03", "3", "2020-03-15")
DATED("«15.03.2020» is an exact day", "15.03.2020", "3", "2020-03-15")
DATED("«15.03.20» with a two-digit year is an exact day", "15.03.20", "3", "2020-03-15")
DATED("«2020-03-15» is an exact day", "2020-03-15", "3", "2020-03-15")
DATED("«15/03/2020» is an exact day", "15/03/2020", "3", "2020-03-15")
DATED("«15 березня 2020 р.» is an exact day", "15 березня 2020 р.", "3", "2020-03-15")
DATED("«15.03.2020 року» is an exact day", "15.03.2020 року", "3", "2020-03-15")
DATED("«15 March» is an exact day", "15 March", "3", "2020-03-15")
DATED("«March 15, 2020» is an exact day", "March 15, 2020", "3", "2020-03-15")
DATED("«29 лютого» exists in 2020", "29 лютого", "2", "2020-02-29")
DATED("«1 лютого, 11.00 год.» ignores the time", "1 лютого, 11.00 год.", "2", "2020-02-01")
DATED("«1 лютого о 10:00» ignores the time", "1 лютого о 10:00", "2", "2020-02-01")
DATED("«10:00-12:00 15 березня» ignores the time range", "10:00-12:00 15 березня", "3",
      "2020-03-15")
DATED("«03-10 травня» is a day range ending on the 10th", "03-10 травня", "5", "2020-05-10")
DATED("«з 01.04 по 07.04» is a day range", "з 01.04 по 07.04", "4", "2020-04-07")
DATED("«з 1 по 15 березня» is a day range", "з 1 по 15 березня", "3", "2020-03-15")
DATED("«28.02 – 02.03» crosses a month", "28.02 – 02.03", "2-3", "2020-03-02")
DATED("the latest of several days is the deadline", "15 березня, 20 квітня", "3-4",
      "2020-04-20")
MONTHS("a day before a later month is no deadline", "15 березня, травень", "3,5")
MONTHS("«05.2020» is a month", "05.2020", "5")
MONTHS("«2020-05» is a month", "2020-05", "5")

// ---- Until ----
DATED("«до 15 березня» runs until that day", "до 15 березня", "1-3", "2020-03-15")
DATED("«by 2020-03-15» runs until that day", "by 2020-03-15", "1-3", "2020-03-15")
DATED("«until March 15» runs until that day", "until March 15", "1-3", "2020-03-15")
DATED("«не пізніше 15.03» runs until that day", "не пізніше 15.03", "1-3", "2020-03-15")
DATED("«до 31.12» runs all year to that day", "до 31.12", "1-12", "2020-12-31")
MONTHS("«до березня» runs until March", "до березня", "1-3")
MONTHS("«до кінця березня» runs until March", "до кінця березня", "1-3")
MONTHS("«by the end of March» runs until March", "by the end of March", "1-3")

// ---- Unscheduled ----
UNSCHEDULED("«за окремим планом» is unscheduled", "за окремим планом")
UNSCHEDULED("«За окремим графіком» is unscheduled", "За окремим графіком")
UNSCHEDULED("«за потреби» is unscheduled", "за потреби")
UNSCHEDULED("«за потребою» is unscheduled", "за потребою")
UNSCHEDULED("«при потребі» is unscheduled", "при потребі")
UNSCHEDULED("«у разі потреби» is unscheduled", "у разі потреби")
UNSCHEDULED("«за погодженням» is unscheduled", "за погодженням")
UNSCHEDULED("«as needed» is unscheduled", "as needed")
UNSCHEDULED("«on demand» is unscheduled", "on demand")
UNSCHEDULED("«TBD» is unscheduled", "TBD")
MONTHS("a month next to «за потреби» wins", "березень, за потреби", "3")

// ---- Errors ----
FAILS("an empty text is an error", "", 0, 0, "empty timeframe")
FAILS("a blank text is an error", "  \t ", 0, 4, "empty timeframe")
FAILS("«березенъ» is an unknown month with a hint", "березенъ", 0, 16,
      "unknown month \"березенъ\"", "did you mean \"березень\"?")
FAILS("«Березенъ» keeps the writer's spelling in the message", "Березенъ", 0, 16,
      "unknown month \"Березенъ\"", "did you mean \"березень\"?")
FAILS("a typo after a good month points at the typo", "лютий, квітеня", 12, 14,
      "unknown month \"квітеня\"", "did you mean \"квітень\"?")
FAILS("«Novembr» is an unknown month", "Novembr", 0, 7, "unknown month \"Novembr\"",
      "did you mean \"november\"?")
FAILS("a leftover word is unexpected", "березень xyz", 17, 3, "unexpected \"xyz\"", "")
FAILS("a near-keyword gets a hint", "I квартл", 0, 1, "unexpected \"I\"")
FAILS("«листопад – березень» is a backwards range", "листопад – березень", 0, 37,
      "backwards range \"листопад – березень\"", "write the earlier month first")
FAILS("«з листопада по березень» is a backwards range", "з листопада по березень", 3, 40,
      "backwards range \"листопада по березень\"", "write the earlier month first")
FAILS("«10-03 травня» is a backwards day range", "10-03 травня", 0, 18,
      "backwards range \"10-03 травня\"", "write the earlier day first")
FAILS("«II–I квартал» is a backwards range", "II–I квартал", 0, 6, "backwards range \"II–I\"")
FAILS("«31 лютого» is no day", "31 лютого", 0, 15, "no day 31 in February",
      "February has 29 days in 2020")
FAILS("«31.04» is no day", "31.04", 0, 5, "no day 31 in April")
FAILS("«30.02.2020» is no day", "30.02.2020", 0, 10, "no day 30 in February")
FAILS("«0 березня» is no day", "0 березня", 0, 16, "no day 0 in March")
FAILS("«15.13» is no month", "15.13", 3, 2, "no month 13", "months are numbered 1 to 12")
FAILS("a year other than the plan's is an error at the year", "березень 2021", 17, 4,
      "year 2021 is not the plan's year 2020")
FAILS("the year inside a date is checked", "15.03.2021", 6, 4,
      "year 2021 is not the plan's year 2020")
FAILS("the year of an ISO date is checked", "2019-03-15", 0, 4,
      "year 2019 is not the plan's year 2020")
FAILS("several years: the other one is an error", "березень 2020 – квітень 2021", 41, 4,
      "year 2021 is not the plan's year 2020")
FAILS("«V квартал» is no quarter", "V квартал", 0, 1, "no quarter V",
      "a year has four quarters: I to IV")
FAILS("«III півріччя» is no half-year", "III півріччя", 0, 3, "no half-year III")
FAILS("«Q5» is no quarter", "Q5", 0, 2, "no quarter \"Q5\"")
FAILS("a range without an end is an error at the dash", "березень -", 17, 1,
      "range \"березень -\" has no end")
FAILS("a range without a start is an error at the dash", "- березень", 0, 1, "unexpected \"-\"")
FAILS("«до» alone is an error", "до", 0, 4, "\"до\" needs a month after it")
FAILS("a lone day number is unexpected", "15", 0, 2, "unexpected \"15\"")
FAILS("«1 на 13 місяців» is too rare", "1 на 13 місяців", 7, 2,
      "every 13 months is less than once a year")
FAILS("a control character is an error", "бер\x01", 6, 1, "unexpected control character U+0001")
FAILS("invalid UTF-8 is an error at its byte", "бер\xff", 6, 1, "invalid UTF-8")
FAILS("a huge number is unexpected", "99999999999999999999 березня", 0, 20,
      "unexpected \"99999999999999999999\"")
FAILS("a weekday is not a timeframe", "вівторок", 0, 16, "unexpected \"вівторок\"")
FAILS("only prepositions say nothing", "протягом", 0, 16, "no months or dates in the timeframe")

TEST_CASE("several errors in one text are all reported, in order") {
  auto r = parse_when("березенъ – квітеня 2021", k_year);
  REQUIRE(r.errors.size() == 3);
  CHECK(r.errors[0].message == "unknown month \"березенъ\"");
  CHECK(r.errors[1].message == "unknown month \"квітеня\"");
  CHECK(r.errors[2].message == "year 2021 is not the plan's year 2020");
}

TEST_CASE("a text of 100 KB is refused quickly without a crash") {
  std::string big(100000, 'x');
  auto r = parse_when(big, k_year);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "timeframe is too long (100000 bytes; at most 2000)");
}

TEST_CASE("garbage of every byte never crashes the parser") {
  std::string s;
  for (int i = 0; i < 1900; ++i) {
    s += static_cast<char>((i * 7919) % 256);
    auto r = parse_when(s, k_year);
    CHECK((r.schedule.has_value() != !r.errors.empty()));
  }
}

TEST_CASE("long chains of dashes and numbers are parsed in time") {
  std::string s;
  for (int i = 0; i < 600; ++i) {
    s += "1-";
  }
  auto r = parse_when(s, k_year);
  CHECK_FALSE(r.errors.empty());
  CHECK(r.errors.size() <= 25);
}

// ---- Month words: every form round-trips ----
namespace {

std::string upper(std::string_view s) {
  std::string out;
  for (char32_t cp : lplan::text::decode(s)) {
    out += lplan::text::encode(
        static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp))));
  }
  return out;
}

std::string title(std::string_view s) {
  std::u32string cps = lplan::text::decode(s);
  std::string out = upper(lplan::text::encode(std::u32string_view(cps).substr(0, 1)));
  return out + lplan::text::encode(std::u32string_view(cps).substr(1));
}

}  // namespace

TEST_CASE("every Ukrainian month in nominative, genitive and locative names its month") {
  const std::vector<std::vector<std::string>> forms = {
      {"січень", "січня", "січні"},       {"лютий", "лютого", "лютому"},
      {"березень", "березня", "березні"}, {"квітень", "квітня", "квітні"},
      {"травень", "травня", "травні"},    {"червень", "червня", "червні"},
      {"липень", "липня", "липні"},       {"серпень", "серпня", "серпні"},
      {"вересень", "вересня", "вересні"}, {"жовтень", "жовтня", "жовтні"},
      {"листопад", "листопада", "листопаді"}, {"грудень", "грудня", "грудні"}};
  for (int m = 1; m <= 12; ++m) {
    for (const auto& w : forms[static_cast<std::size_t>(m - 1)]) {
      for (const auto& variant : {w, upper(w), title(w)}) {
        CAPTURE(variant);
        CHECK(parse_month_word(variant) == m);
        auto r = parse_when(variant, k_year);
        REQUIRE(r.schedule.has_value());
        CHECK(r.schedule->months == MonthSet::single(m));
      }
    }
  }
}

TEST_CASE("every month word round-trips in every case, with and without a dot") {
  for (const auto& w : lplan::when::month_words()) {
    auto m = parse_month_word(w);
    CAPTURE(w);
    REQUIRE(m.has_value());
    for (const auto& variant : {w, upper(w), title(w), w + ".", title(w) + "."}) {
      CAPTURE(variant);
      CHECK(parse_month_word(variant) == m);
      auto r = parse_when(variant, k_year);
      INFO(describe(r));
      REQUIRE(r.schedule.has_value());
      CHECK(r.schedule->months == MonthSet::single(*m));
    }
  }
}

TEST_CASE("English month names and short names name their month") {
  const char* names[] = {"january", "february", "march",     "april",   "may",      "june",
                         "july",    "august",   "september", "october", "november", "december"};
  for (int m = 1; m <= 12; ++m) {
    std::string full = names[m - 1];
    CHECK(parse_month_word(full) == m);
    CHECK(parse_month_word(full.substr(0, 3)) == m);
  }
}

TEST_CASE("parse_month_word refuses what is not one month word") {
  CHECK_FALSE(parse_month_word("").has_value());
  CHECK_FALSE(parse_month_word("березень квітень").has_value());
  CHECK_FALSE(parse_month_word("березенъ").has_value());
  CHECK_FALSE(parse_month_word("13").has_value());
  CHECK_FALSE(parse_month_word(std::string(1000, 'a')).has_value());
  CHECK(parse_month_word(" бер. ") == 3);
}

// ---- Real timeframes of published plans (issue 17): look-alikes, «ІУ», times, «ц.р.» ----
ONGOING("«Пocтiйнo» with Latin o, c and i is «Постійно»", "Пocтiйнo")
ONGOING("«ПОСТIЙНО» in capitals with a Latin I is ongoing", "ПОСТIЙНО")
MONTHS("«бeрезень» with a Latin e is March", "бeрезень", "3")
MONTHS("«IV квартал» with Latin letters is still a quarter", "IV квартал", "10-12")
MONTHS("«ІУ квартал» writes V as a Cyrillic У", "ІУ квартал", "10-12")
MONTHS("«ІІІ-ІУ квартали» is a range of quarters", "ІІІ-ІУ квартали", "7-12")
MONTHS("«у ІІ кварталі»: the preposition «у» is no numeral", "у ІІ кварталі", "4-6")
FAILS("«УІ квартал» (VI) is no quarter", "УІ квартал", 0, 4, "no quarter УІ", "a year has four quarters: I to IV")
ONGOING("«рік» alone is the plan's year", "рік")
ONGOING("«щороку» is every year: the whole plan year", "щороку")
ONGOING("«Щорічно» is every year: the whole plan year", "Щорічно")
ONGOING("«annually» is the whole plan year", "annually")
ONGOING("«протягом ц.р.» is the plan's year", "протягом ц.р.")
DATED("«щорічно 30 вересня» is that day", "щорічно 30 вересня", "9", "2020-09-30")
MONTHS("«щороку в листопаді» is November", "щороку в листопаді", "11")
DATED("«до 15 березня ц.р.» is the plan's year", "до 15 березня ц.р.", "1-3", "2020-03-15")
MONTHS("«травень п.р.» (поточного року) is May", "травень п.р.", "5")
MONTHS("«травень цього року» is May", "травень цього року", "5")
DATED("«15 березня, 11.00 год.» keeps the day", "15 березня, 11.00 год.", "3", "2020-03-15")
DATED("«16 квітня 16.30 к.ч.» ignores the Kyiv time", "16 квітня 16.30 к.ч.", "4", "2020-04-16")
DATED("«20 грудня, 11:00 за київським часом»", "20 грудня, 11:00 за київським часом", "12", "2020-12-20")
DATED("«02.04 о 18-00» ignores the hour", "02.04 о 18-00", "4", "2020-04-02")
DATED("«о 18-00 12 червня»: the hour before the date", "о 18-00 12 червня", "6", "2020-06-12")
DATED("a time on the next line: «21 травня\\n11.00 год.»", "21 травня\n11.00 год.", "5", "2020-05-21")
DATED("«12.03 14.00»: a time with no word after a date", "12.03 14.00", "3", "2020-03-12")
DATED("«17.01\\n18.30»: a time on the next line", "17.01\n18.30", "1", "2020-01-17")
DATED("«30 вересня (упродовж дня, до 24.00)»", "30 вересня (упродовж дня, до 24.00)", "9", "2020-09-30")
DATED("«25 вересня впродовж дня» is that day", "25 вересня впродовж дня", "9", "2020-09-25")
DATED("«10.12 протягом дня» is that day", "10.12 протягом дня", "12", "2020-12-10")
DATED("«до 15.03» is still a date after «до»", "до 15.03", "1-3", "2020-03-15")
FAILS("«15.13» alone is a date with no month 13", "15.13", 3, 2, "no month 13")

// ---- Periods asked about (`--month`): parse_period ----
namespace {
std::vector<int> period(const char* text) {
  auto r = lplan::when::parse_period(text, k_year);
  INFO(describe(r));
  REQUIRE(r.schedule.has_value());
  return r.schedule->months.months();
}
}  // namespace

TEST_CASE("a period is any span of the when language, with bare numbers as months") {
  CHECK(period("3") == std::vector<int>{3});
  CHECK(period("3-4") == std::vector<int>{3, 4});
  CHECK(period("3, 5") == std::vector<int>{3, 5});
  CHECK(period("березень–квітень") == std::vector<int>{3, 4});
  CHECK(period("березень, квітень") == std::vector<int>{3, 4});
  CHECK(period("II квартал") == std::vector<int>{4, 5, 6});
  CHECK(period("Q2") == std::vector<int>{4, 5, 6});
  CHECK(period("H1") == std::vector<int>{1, 2, 3, 4, 5, 6});
  CHECK(period("ІІ півріччя") == std::vector<int>{7, 8, 9, 10, 11, 12});
  CHECK(period("протягом року").size() == 12);
  CHECK(period("березня") == std::vector<int>{3});
}

TEST_CASE("a period that names no month, or a month 13, is an error with a hint") {
  auto none = lplan::when::parse_period("за потреби", k_year);
  CHECK_FALSE(none.schedule.has_value());
  REQUIRE_FALSE(none.errors.empty());
  CHECK(none.errors.front().message == "names no months");
  auto thirteen = lplan::when::parse_period("13", k_year);
  REQUIRE_FALSE(thirteen.errors.empty());
  CHECK(thirteen.errors.front().message == "no month 13");
  CHECK(thirteen.errors.front().hint == "months are numbered 1 to 12");
  auto typo = lplan::when::parse_period("березенъ", k_year);
  REQUIRE_FALSE(typo.errors.empty());
  CHECK(typo.errors.front().hint == "did you mean \"березень\"?");
}

TEST_CASE("the messages of the when language follow the language") {
  lplan::set_language(lplan::Lang::Uk);
  auto r = parse_when("31 лютого", k_year);
  auto q = parse_when("V квартал", k_year);
  lplan::set_language(lplan::Lang::En);
  REQUIRE_FALSE(r.errors.empty());
  CHECK(r.errors.front().message == "лютий не має 31-го числа");
  CHECK(r.errors.front().hint == "у 2020 році лютий має 29 днів");
  REQUIRE_FALSE(q.errors.empty());
  CHECK(q.errors.front().message == "немає кварталу V");
  auto en = parse_when("31 лютого", k_year);
  REQUIRE_FALSE(en.errors.empty());
  CHECK(en.errors.front().message == "no day 31 in February");
  CHECK(en.errors.front().hint == "February has 29 days in 2020");
}
