// The held-out set: timeframes copied from published plans (tests/when/heldout.tsv says
// where each came from), none of them written for lplan. Every phrase must give the
// months and the exact day a person reads in it; the score is printed (docs/when.md).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "when/when.hpp"

namespace {

struct Phrase {
  std::string text;
  int year = 0;
  std::string months;    ///< "4", "3-5", "1-12", "1,3"
  std::string deadline;  ///< YYYY-MM-DD or "-"
  std::string source;
  int line = 0;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string item;
  std::istringstream in(s);
  while (std::getline(in, item, sep)) {
    out.push_back(item);
  }
  return out;
}

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<Phrase> read_set() {
  std::ifstream in(LPLAN_SOURCE_DIR "/tests/when/heldout.tsv");
  REQUIRE(in.good());
  std::vector<Phrase> set;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') {
      continue;
    }
    auto cells = split(line, '\t');
    REQUIRE_MESSAGE(cells.size() == 5, "heldout.tsv:", n, ": five TAB-separated cells");
    set.push_back({unescape(cells[0]), std::stoi(cells[1]), cells[2], cells[3], cells[4], n});
  }
  return set;
}

lplan::MonthSet months_of(const std::string& spec) {
  lplan::MonthSet set;
  for (const auto& part : split(spec, ',')) {
    auto dash = part.find('-');
    int a = std::stoi(part.substr(0, dash));
    int b = dash == std::string::npos ? a : std::stoi(part.substr(dash + 1));
    set.add(lplan::MonthSet::range(a, b));
  }
  return set;
}

}  // namespace

TEST_CASE("every phrase of the held-out set from published plans reads as a person reads it") {
  auto set = read_set();
  CHECK(set.size() >= 40);
  int right = 0;
  for (const auto& p : set) {
    CAPTURE(p.text);
    CAPTURE(p.line);
    auto r = lplan::when::parse_when(p.text, p.year);
    bool ok = r.schedule.has_value() && r.schedule->months == months_of(p.months) &&
              (p.deadline == "-" ? !r.schedule->exact_day.has_value()
                                 : r.schedule->exact_day && r.schedule->exact_day->iso() == p.deadline);
    if (!ok) {
      std::string why = r.errors.empty() ? "other months or day" : r.errors.front().message;
      FAIL_CHECK("heldout.tsv:" << p.line << " " << p.source << ": " << why);
    }
    right += ok ? 1 : 0;
  }
  MESSAGE("held-out timeframes read right: " << right << " of " << set.size());
}
