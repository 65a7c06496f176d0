// The embedded Ukrainian catalog: lookups, plural forms, placeholders kept.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "text/i18n.hpp"

using namespace lplan;

namespace {

/// The `{…}` placeholders of a format string, as written.
std::multiset<std::string> placeholders(std::string_view s) {
  std::multiset<std::string> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '{') {
      if (i + 1 < s.size() && s[i + 1] == '{') {
        ++i;
        continue;
      }
      auto end = s.find('}', i);
      if (end == std::string_view::npos) {
        out.insert("<unclosed>");
        break;
      }
      out.insert(std::string(s.substr(i, end - i + 1)));
      i = end;
    }
  }
  return out;
}

std::vector<std::string_view> forms(std::string_view msgstr) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    auto nul = msgstr.find('\0', start);
    out.push_back(msgstr.substr(start, nul == std::string_view::npos ? std::string_view::npos : nul - start));
    if (nul == std::string_view::npos) {
      return out;
    }
    start = nul + 1;
  }
}

}  // namespace

TEST_CASE("English returns the message id itself") {
  CHECK(tr_in(Lang::En, "a list is written [a, b] (YAML flow syntax)") ==
        "a list is written [a, b] (YAML flow syntax)");
}

TEST_CASE("Ukrainian comes from the embedded catalog; an unknown message stays English") {
  CHECK(tr_in(Lang::Uk, "a list is written [a, b] (YAML flow syntax)") ==
        "список пишуть так: [a, b] (потоковий синтаксис YAML)");
  CHECK(tr_in(Lang::Uk, "no such message in the catalog") == "no such message in the catalog");
}

TEST_CASE("the process-wide language picks the catalog") {
  set_language(Lang::Uk);
  CHECK(tr("a list is written [a, b] (YAML flow syntax)").starts_with("список"));
  set_language(Lang::En);
  CHECK(tr("a list is written [a, b] (YAML flow syntax)").starts_with("a list"));
}

TEST_CASE("Ukrainian plural forms: 1, 21 one; 2–4, 22–24 few; 5–20, 11–14 many") {
  for (long long n : {1, 21, 31, 101, 1001}) {
    CHECK(i18n::plural_index(Lang::Uk, n) == 0);
  }
  for (long long n : {2, 3, 4, 22, 23, 24, 102}) {
    CHECK(i18n::plural_index(Lang::Uk, n) == 1);
  }
  for (long long n : {0, 5, 10, 11, 12, 13, 14, 15, 20, 25, 111, 112}) {
    CHECK(i18n::plural_index(Lang::Uk, n) == 2);
  }
  CHECK(i18n::plural_index(Lang::En, 1) == 0);
  CHECK(i18n::plural_index(Lang::En, 0) == 1);
  CHECK(trn_in(Lang::En, "{} file", "{} files", 1) == "{} file");
  CHECK(trn_in(Lang::En, "{} file", "{} files", 3) == "{} files");
}

TEST_CASE("every translation keeps the placeholders of its message, in every plural form") {
  auto catalog = i18n::ukrainian_catalog();
  CHECK_FALSE(catalog.empty());
  for (const auto& e : catalog) {
    CAPTURE(e.msgid);
    auto expected = placeholders(e.msgid);
    auto all = forms(e.msgstr);
    if (e.msgid_plural.empty()) {
      CHECK(all.size() == 1);
    } else {
      CHECK(all.size() == 3);
      // A form may drop the number ("один захід") but never add or rename one.
      auto plural = placeholders(e.msgid_plural);
      for (auto f : all) {
        for (const auto& p : placeholders(f)) {
          CHECK((expected.contains(p) || plural.contains(p)));
        }
      }
      continue;
    }
    CHECK(placeholders(all[0]) == expected);
  }
}
