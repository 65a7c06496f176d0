// The phrase table and its matcher.
#include "when/phrases.hpp"

#include <string>
#include <string_view>

namespace lplan::when::detail {
namespace {

struct PhraseRule {
  PhraseKind kind;
  std::string_view pattern;  ///< elements split by spaces; `a|b` alternatives, `?` optional,
                             ///< `#` a number, `-` a dash, digits a literal number
  int value = 0;
};

// clang-format off
constexpr PhraseRule k_rules[] = {
    {PhraseKind::Ongoing, "протягом|впродовж|упродовж|продовж ?усього|всього|цілого року|р"},
    {PhraseKind::Ongoing, "на протязі ?усього|всього|цілого року|р"},
    {PhraseKind::Ongoing, "постійно|щомісяця|щомісячно|щотижня|щотижнево|щодня|щоденно|цілорічно"},
    {PhraseKind::Ongoing, "весь|увесь|цілий|круглий рік"},
    {PhraseKind::Ongoing, "кожного|кожен|кожний місяця|місяць|тижня|тиждень"},
    {PhraseKind::Ongoing, "?1|один ?раз на|в місяць|тиждень"},
    {PhraseKind::Ongoing, "до|по кінця|кінець року|р"},
    {PhraseKind::Ongoing, "throughout|during|all|through ?the year"},
    {PhraseKind::Ongoing, "all year round|long"},
    {PhraseKind::Ongoing, "year ?- round"},
    {PhraseKind::Ongoing, "year-round|monthly|ongoing|weekly|daily|continuously|permanently|constantly"},
    {PhraseKind::Ongoing, "every|each month|week|day"},
    {PhraseKind::Ongoing, "the whole|entire year"},
    {PhraseKind::Ongoing, "once a month|week"},
    {PhraseKind::Unscheduled, "за|згідно ?з|із окремим|окремого|окремими планом|плану|графіком|графіку|планами"},
    {PhraseKind::Unscheduled, "за потреби|потребою|необхідності|необхідністю|погодженням|домовленістю|запитом|запитами|заявками|заявкою"},
    {PhraseKind::Unscheduled, "за окремою домовленістю"},
    {PhraseKind::Unscheduled, "при|в|у потребі|необхідності"},
    {PhraseKind::Unscheduled, "у|в разі потреби|необхідності"},
    {PhraseKind::Unscheduled, "на вимогу|запит"},
    {PhraseKind::Unscheduled, "as|when|if needed|required|necessary"},
    {PhraseKind::Unscheduled, "on demand|request"},
    {PhraseKind::Unscheduled, "tbd|tba"},
    {PhraseKind::Unscheduled, "to be determined|decided|announced|agreed"},
    {PhraseKind::Every, "?# ?раз|рази|разів на # місяці|місяців|місяць|міс"},
    {PhraseKind::Every, "один раз на # місяці|місяців|місяць|міс"},
    {PhraseKind::Every, "кожні|кожних|щокожні # місяці|місяців|міс"},
    {PhraseKind::Every, "?once every|each # months|month"},
    {PhraseKind::Every, "once in # months"},
    {PhraseKind::PeriodEnd, "щокварталу|щоквартально|щоквартальна|щоквартальний|quarterly", 3},
    {PhraseKind::PeriodEnd, "?1|один ?раз на|в квартал", 3},
    {PhraseKind::PeriodEnd, "кожного|кожен|кожний кварталу|квартал", 3},
    {PhraseKind::PeriodEnd, "?once every|each|a quarter", 3},
    {PhraseKind::PeriodEnd, "щопівроку|щопіврічно|semiannually", 6},
    {PhraseKind::PeriodEnd, "?1|один ?раз на|в півроку|півріччя", 6},
    {PhraseKind::PeriodEnd, "twice a year", 6},
    {PhraseKind::Until, "by|before"},
    {PhraseKind::Until, "не|no|not пізніше|later ?ніж|than"},
    {PhraseKind::Until, "by the end of"},
    {PhraseKind::UntilOrTo, "до|until|till|up ?кінця|закінчення|to"},
    {PhraseKind::UntilOrTo, "until|till the end of"},
    {PhraseKind::RangeTo, "по|to|through|thru"},
    {PhraseKind::From, "з|із|зі|від|from|since|починаючи|starting|beginning ?з|із|від|from|with|in"},
    {PhraseKind::From, "з|із|від початку"},
    {PhraseKind::Separator, "і|й|та|and|або|чи|or|також|also"},
    {PhraseKind::PlanYear, "ц|п р|рр"},
    {PhraseKind::PlanYear, "цього|поточного|нинішнього року|р"},
    {PhraseKind::PlanYear, "щороку|щорічно|щорічна|щорічний|щорічне|щорічні|annually|yearly"},
    {PhraseKind::PlanYear, "кожного|кожен|кожний року|рік"},
    {PhraseKind::PlanYear, "?1|один ?раз на|в рік"},
    {PhraseKind::PlanYear, "every|each|once|this ?a|the|per year"},
    {PhraseKind::Noise, "протягом|впродовж|упродовж|продовж|у|в ?цілого|усього дня|день"},
    {PhraseKind::Noise, "весь|увесь|цілий день"},
    {PhraseKind::Noise, "all day|all-day"},
    {PhraseKind::Noise, "за київським|київським часом"},
    {PhraseKind::Noise, "київського часу"},
    {PhraseKind::Noise, "включно|inclusive|inclusively|у|в|на|протягом|впродовж|упродовж|продовж|in|during|at|on|the|of|місяць|місяці|місяця|month"},
    {PhraseKind::Noise, "кінці|кінця|кінець|початку|початок|середині|середина|end|beginning|start|middle|mid|early|late"},
};
// clang-format on

struct Element {
  std::vector<std::string_view> alternatives;
  bool optional = false;
  bool number = false;
  bool dash = false;
};

std::vector<Element> compile(std::string_view pattern) {
  std::vector<Element> elements;
  while (!pattern.empty()) {
    std::size_t space = pattern.find(' ');
    std::string_view e = pattern.substr(0, space);
    pattern = space == std::string_view::npos ? std::string_view{} : pattern.substr(space + 1);
    Element el;
    if (!e.empty() && e.front() == '?') {
      el.optional = true;
      e.remove_prefix(1);
    }
    el.number = e == "#";
    el.dash = e == "-";
    while (!el.number && !el.dash && !e.empty()) {
      std::size_t bar = e.find('|');
      el.alternatives.push_back(e.substr(0, bar));
      e = bar == std::string_view::npos ? std::string_view{} : e.substr(bar + 1);
    }
    elements.push_back(std::move(el));
  }
  return elements;
}

bool element_matches(const Element& el, const Token& t) {
  if (el.number) {
    return t.kind == TokenKind::Number && t.parts.front().value > 0 && t.parts.front().digits <= 2;
  }
  if (el.dash) {
    return t.kind == TokenKind::Dash;
  }
  for (auto alt : el.alternatives) {
    if (t.kind == TokenKind::Word && t.folded == alt) {
      return true;
    }
    if (t.kind == TokenKind::Number && !alt.empty() && alt.front() >= '0' && alt.front() <= '9' &&
        std::to_string(t.parts.front().value) == alt && t.parts.front().digits <= 2) {
      return true;
    }
  }
  return false;
}

std::size_t skip_dots(const std::vector<Token>& tokens, std::size_t i) {
  while (i < tokens.size() && tokens[i].kind == TokenKind::Dot) {
    ++i;
  }
  return i;
}

}  // namespace

std::optional<PhraseMatch> match_phrase(const std::vector<Token>& tokens, std::size_t pos) {
  static const std::vector<std::vector<Element>> k_compiled = [] {
    std::vector<std::vector<Element>> all;
    for (const auto& rule : k_rules) {
      all.push_back(compile(rule.pattern));
    }
    return all;
  }();
  std::optional<PhraseMatch> best;
  for (std::size_t r = 0; r < k_compiled.size(); ++r) {
    PhraseMatch m;
    m.kind = k_rules[r].kind;
    m.value = k_rules[r].value;
    std::size_t i = pos;
    bool ok = true;
    bool any = false;
    for (const auto& el : k_compiled[r]) {
      std::size_t j = any ? skip_dots(tokens, i) : i;
      if (j < tokens.size() && element_matches(el, tokens[j])) {
        if (el.number) {
          m.number_token = j;
          m.has_number = true;
          m.value = static_cast<int>(tokens[j].parts.front().value);
        }
        i = j + 1;
        any = true;
      } else if (!el.optional) {
        ok = false;
        break;
      }
    }
    if (ok && any && (!best || i > best->end)) {
      m.end = i;
      best = m;
    }
  }
  return best;
}

}  // namespace lplan::when::detail
