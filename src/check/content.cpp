// Warnings about content: no responsible, no audience, words that mix scripts.
#include <fmt/format.h>

#include "check/checks.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::check {

namespace {

void mixed_script(const Text& t, Diagnostics& diags) {
  if (t.empty()) {
    return;
  }
  for (const auto& word : text::mixed_script_words(t.value)) {
    diags.warning(t.loc, Rule::MixedScript,
                  trf("\"{}\" mixes Latin and Cyrillic letters (a look-alike letter typed in the wrong keyboard layout?)",
                      text::printable(word)));
  }
}

void mixed_script(const std::vector<Text>& list, Diagnostics& diags) {
  for (const auto& t : list) {
    mixed_script(t, diags);
  }
}

}  // namespace

void check_content(const YearPlan& year, Diagnostics& diags) {
  if (year.has_meta) {
    const PlanMeta& m = year.meta;
    for (const Text* t : {&m.organization, &m.short_name, &m.title, &m.head, &m.intro}) {
      mixed_script(*t, diags);
    }
    mixed_script(m.priorities, diags);
    mixed_script(m.tasks, diags);
  }
  for (const auto& d : year.directions) {
    mixed_script(d.title, diags);
  }
  for (const auto& g : year.goals) {
    mixed_script(g.title, diags);
  }
  for (const auto& p : year.people) {
    mixed_script(p.name, diags);
    mixed_script(p.aliases, diags);
  }
  for (const auto& a : year.activities) {
    if (a.responsible.empty() && !a.unreadable_responsible) {
      diags.warning(a.loc, Rule::NoResponsible, trf("activity \"{}\" has no responsible", a.id.value));
    }
    if (a.audience.empty() && !a.unreadable_audience) {
      diags.warning(a.loc, Rule::NoAudience, trf("activity \"{}\" has no audience", a.id.value));
    }
    mixed_script(a.title, diags);
    mixed_script(a.details, diags);
    mixed_script(a.audience, diags);
    mixed_script(a.resources, diags);
    mixed_script(a.outcome, diags);
  }
}

}  // namespace lplan::check
