#include "edit/move_dates.hpp"

#include <algorithm>
#include <chrono>
#include <vector>

#include <fmt/format.h>

#include "when/when.hpp"

namespace lplan::edit {

namespace {

struct Token {
  std::size_t start;
  std::size_t end;
  bool number;
  int value = 0;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Numbers and words (anything between blanks and punctuation) of `s`, with positions.
std::vector<Token> tokens(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_digit(s[i])) {
      std::size_t j = i;
      int v = 0;
      while (j < s.size() && is_digit(s[j])) {
        v = j - i < 6 ? v * 10 + (s[j] - '0') : v;
        ++j;
      }
      out.push_back({i, j, true, v});
      i = j;
      continue;
    }
    auto c = static_cast<unsigned char>(s[i]);
    bool letter = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      std::size_t j = i;
      while (j < s.size() && (static_cast<unsigned char>(s[j]) >= 0x80 ||
                              (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) {
        ++j;
      }
      out.push_back({i, j, false, 0});
      i = j;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace

Date move_date(const Date& date, int to) {
  using namespace std::chrono;
  year_month_day ymd{year{to}, month{static_cast<unsigned>(date.month)}, day{static_cast<unsigned>(date.day)}};
  if (!ymd.ok()) {
    ymd = year_month_day{year_month_day_last{year{to}, month_day_last{month{static_cast<unsigned>(date.month)}}}};
  }
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string move_dates_in_when(std::string_view when, int from, int to) {
  std::string out(when);
  auto toks = tokens(when);
  // Replacements collected as (start, end, text), applied from the end.
  struct Replace {
    std::size_t start, end;
    std::string text;
  };
  std::vector<Replace> edits;
  auto fix_day = [&](const Token& day_token, int month) {
    Date moved = move_date(Date{to, month, day_token.value}, to);
    if (moved.day != day_token.value && day_token.value >= 1 && day_token.value <= 31) {
      std::size_t width = day_token.end - day_token.start;
      edits.push_back({day_token.start, day_token.end, fmt::format("{:0{}}", moved.day, width)});
    }
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (!t.number) {
      continue;
    }
    bool four = t.end - t.start == 4;
    auto sep = [&](std::size_t at) { return at < when.size() ? when[at] : '\0'; };
    // YYYY-MM-DD
    if (four && t.value == from && k + 2 < toks.size() && toks[k + 1].number && toks[k + 2].number &&
        sep(t.end) == '-' && toks[k + 1].start == t.end + 1 && sep(toks[k + 1].end) == '-' &&
        toks[k + 2].start == toks[k + 1].end + 1) {
      edits.push_back({t.start, t.end, std::to_string(to)});
      fix_day(toks[k + 2], toks[k + 1].value);
      k += 2;
      continue;
    }
    // DD.MM.YYYY, DD/MM/YYYY and DD.MM (the day and month of the plan year)
    if (!four && k + 1 < toks.size() && toks[k + 1].number && toks[k + 1].start == t.end + 1 &&
        (sep(t.end) == '.' || sep(t.end) == '/') && toks[k + 1].value >= 1 && toks[k + 1].value <= 12 &&
        toks[k + 1].end - toks[k + 1].start <= 2) {
      bool with_year = k + 2 < toks.size() && toks[k + 2].number && toks[k + 2].start == toks[k + 1].end + 1 &&
                       (sep(toks[k + 1].end) == '.' || sep(toks[k + 1].end) == '/') &&
                       toks[k + 2].end - toks[k + 2].start == 4;
      if (with_year && toks[k + 2].value != from) {
        k += 2;
        continue;  // another year's date: left as written
      }
      fix_day(t, toks[k + 1].value);
      if (with_year) {
        edits.push_back({toks[k + 2].start, toks[k + 2].end, std::to_string(to)});
        k += 2;
      } else {
        k += 1;
      }
      continue;
    }
    // «15 березня», «29 лютого 2020»
    if (!four && k + 1 < toks.size() && !toks[k + 1].number) {
      if (auto month = when::parse_month_word(when.substr(toks[k + 1].start, toks[k + 1].end - toks[k + 1].start))) {
        fix_day(t, *month);
        continue;
      }
    }
    // A year on its own: «2020», «2020 р.», «березень 2020»
    if (four && t.value == from) {
      edits.push_back({t.start, t.end, std::to_string(to)});
    }
  }
  std::sort(edits.begin(), edits.end(), [](const Replace& a, const Replace& b) { return a.start > b.start; });
  for (const auto& e : edits) {
    out.replace(e.start, e.end - e.start, e.text);
  }
  return out;
}

}  // namespace lplan::edit
