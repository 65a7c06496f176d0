#include "import/plan_meta.hpp"

#include <fmt/format.h>

#include "import/cell_text.hpp"
#include "import/people_split.hpp"
#include "model/date.hpp"
#include "text/unicode.hpp"
#include "when/when.hpp"

namespace lplan::import {

namespace {

bool starts_with_folded(const std::string& text, std::string_view prefix) {
  std::string f = text::fold(text);
  return f.compare(0, prefix.size(), prefix) == 0;
}

bool is_approval(const std::string& p) {
  return starts_with_folded(p, "затверджую") || starts_with_folded(p, "затверджено") ||
         starts_with_folded(p, "погоджено") || starts_with_folded(p, "схвалено");
}

bool is_list_line(const std::string& p) {
  std::size_t i = p.find_first_not_of(' ');
  return i != std::string::npos && i < p.size() && p[i] >= '0' && p[i] <= '9' &&
         p.find_first_of(".)", i) != std::string::npos && p.find_first_of(".)", i) <= i + 3;
}

/// «Голова ГО «Луганське обласне відділення …»» → the text inside the outer quotes.
std::optional<std::string> quoted_organization(const std::string& p) {
  std::size_t open = p.find("«");
  std::size_t close = p.rfind("»");
  if (open == std::string::npos || close == std::string::npos || close <= open) {
    return std::nullopt;
  }
  std::string inside = one_line(p.substr(open + std::string("«").size(), close - open - std::string("«").size()));
  if (text::char_count(inside) < 5) {
    return std::nullopt;
  }
  return inside;
}

bool is_signature_title(const std::string& p) {
  for (std::string_view w : {"голова", "директор", "керівник", "президент", "завідувач", "в.о.", "секретар", "head",
                             "director", "chair"}) {
    if (starts_with_folded(p, w)) {
      return true;
    }
  }
  return false;
}

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '.' || c == ',' || c == '"') {
      if (!cur.empty()) {
        out.push_back(cur);
      }
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) {
    out.push_back(cur);
  }
  return out;
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

std::optional<std::string> written_date(const std::string& text) {
  std::string t;
  for (char32_t c : text::decode(one_line(text))) {
    t += (c == U'«' || c == U'»' || c == U'“' || c == U'”') ? std::string(" ") : text::encode(c);
  }
  std::vector<std::string> ws = words_of(t);
  int day = 0;
  int month = 0;
  int year = 0;
  for (std::size_t i = 0; i + 2 < ws.size() && year == 0; ++i) {
    if (all_digits(ws[i]) && ws[i].size() <= 2 && all_digits(ws[i + 2]) && ws[i + 2].size() == 4) {
      if (auto m = when::parse_month_word(ws[i + 1])) {
        day = std::stoi(ws[i]);
        month = *m;
        year = std::stoi(ws[i + 2]);
      } else if (all_digits(ws[i + 1]) && ws[i + 1].size() <= 2) {
        day = std::stoi(ws[i]);
        month = std::stoi(ws[i + 1]);
        year = std::stoi(ws[i + 2]);
      }
    }
  }
  if (year == 0 || !is_valid_date(year, month, day)) {
    return std::nullopt;
  }
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::optional<int> plan_year_in(const std::string& text) {
  std::string f = text::fold(text);
  for (std::size_t i = 0; i + 4 <= f.size(); ++i) {
    bool digits = true;
    for (std::size_t k = 0; k < 4; ++k) {
      digits = digits && f[i + k] >= '0' && f[i + k] <= '9';
    }
    if (!digits || (i > 0 && f[i - 1] >= '0' && f[i - 1] <= '9') || (i + 4 < f.size() && f[i + 4] >= '0' && f[i + 4] <= '9')) {
      continue;
    }
    int year = std::stoi(f.substr(i, 4));
    if (year < 1900 || year > 2200) {
      continue;
    }
    std::string before = f.substr(0, i);
    std::string after = f.substr(i + 4);
    while (!after.empty() && after[0] == ' ') {
      after.erase(0, 1);
    }
    auto ends = [&](std::string_view tail) {
      return before.size() >= tail.size() && before.compare(before.size() - tail.size(), tail.size(), tail) == 0;
    };
    bool na = ends("на ") || ends("for ") || ends("на  ");
    bool rik = after.rfind("рік", 0) == 0 || after.rfind("р.", 0) == 0 || after.rfind("року", 0) == 0 ||
               after.rfind("р ", 0) == 0 || after == "р";
    if (na || rik) {
      return year;
    }
  }
  return std::nullopt;
}

std::optional<std::string> signature_name(const std::string& text) {
  std::string t = one_line(text);
  // Underscores are where the signature goes.
  std::string cleaned;
  for (char c : t) {
    cleaned += c == '_' ? ' ' : c;
  }
  for (const auto& m : split_responsible(cleaned)) {
    if (m.kind == Mention::Kind::Person && !m.initials.empty()) {
      return m.name;
    }
  }
  return std::nullopt;
}

PlanText read_plan_text(const std::vector<std::string>& before, const std::vector<std::string>& after) {
  PlanText out;
  std::size_t title_at = before.size();
  for (std::size_t i = 0; i < before.size(); ++i) {
    std::string f = text::fold(before[i]);
    if (f.rfind("план", 0) == 0 || f.find("план роботи") != std::string::npos || f.rfind("work plan", 0) == 0 ||
        f.rfind("plan", 0) == 0) {
      title_at = i;
      break;
    }
  }
  if (title_at == before.size() && !before.empty() && text::char_count(before[0]) <= 200) {
    title_at = 0;
  }
  std::size_t title_end = title_at;  // the last paragraph of the title
  if (title_at < before.size()) {
    out.title = one_line(before[title_at]);
    out.year = plan_year_in(out.title);
    // «ПЛАН РОБОТИ» on a line of its own, the rest of the title below it.
    while (!out.year && text::char_count(out.title) <= 40 && title_end + 1 < before.size() &&
           title_end < title_at + 3 && text::char_count(before[title_end + 1]) <= 200) {
      out.title += " " + one_line(before[++title_end]);
      out.year = plan_year_in(out.title);
    }
    if (!out.year) {
      out.title = one_line(before[title_at]);
      title_end = title_at;
    }
  }
  // Above the title: an approval block («ЗАТВЕРДЖУЮ / Директор … / ____ І.П. Петренко»)
  // or the organization's name.
  bool in_approval = false;
  for (std::size_t i = 0; i < title_at && i < before.size(); ++i) {
    const std::string& p = before[i];
    if (is_approval(p)) {
      in_approval = true;
      continue;
    }
    if (auto name = signature_name(p); name && out.head.empty()) {
      out.head = *name;
      continue;
    }
    if (in_approval) {
      // «Директор КЗ «Сєвєродонецька міська ЦБС»», ««15» січня 2021 р.»
      if (auto org = quoted_organization(p); org && is_signature_title(p) && out.organization.empty()) {
        out.organization = *org;
      } else if (auto date = written_date(p); date && out.approved.empty()) {
        out.approved = *date;
      }
      continue;
    }
    if (!in_approval && out.organization.empty() && text::char_count(p) <= 200 && !plan_year_in(p)) {
      out.organization = one_line(p);
      continue;
    }
    if (!in_approval) {
      out.leftover.push_back(p);
    }
  }
  // Between the title and the table: the intro (numbered lines kept together).
  for (std::size_t i = title_end + 1; i < before.size(); ++i) {
    std::string p = clean(before[i]);
    if (p.empty()) {
      continue;
    }
    if (!out.intro.empty()) {
      out.intro += is_list_line(p) && is_list_line(before[i - 1]) ? "\n" : "\n\n";
    }
    out.intro += p;
    if (!out.year) {
      out.year = plan_year_in(p);
    }
  }
  // After the table: the signature.
  for (const auto& p : after) {
    if (is_signature_title(p)) {
      if (auto org = quoted_organization(p); org && out.organization.empty()) {
        out.organization = *org;
      }
      if (auto name = signature_name(p); name && out.head.empty()) {
        out.head = *name;
      }
      continue;
    }
    if (auto name = signature_name(p); name && text::char_count(p) <= 60) {
      if (out.head.empty()) {
        out.head = *name;
      }
      continue;
    }
    out.leftover.push_back(p);
  }
  if (out.organization.empty() && !out.title.empty()) {
    // «План роботи Луганського відділення … на 2020 рік»: the words between.
    std::string f = text::fold(out.title);
    std::size_t start = f.find("план роботи ");
    std::size_t skip = std::string("план роботи ").size();
    if (start == std::string::npos) {
      start = f.rfind("план ", 0) == 0 ? 0 : std::string::npos;
      skip = std::string("план ").size();
    }
    std::size_t end = f.find(" на ", start == std::string::npos ? 0 : start);
    if (start != std::string::npos && end != std::string::npos && end > start + skip && f.size() == out.title.size()) {
      out.organization = capitalise_first(out.title.substr(start + skip, end - start - skip));
      out.organization_from_title = true;
    }
  }
  return out;
}

}  // namespace lplan::import
