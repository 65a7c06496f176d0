#include "diag/rule.hpp"

#include <array>

namespace lplan {

namespace {

struct RuleRow {
  Rule rule;
  std::string_view name;
};

// One row per rule, in enum order (checked below).
constexpr std::array k_rules = {
    RuleRow{Rule::None, ""},
    RuleRow{Rule::Io, "io"},
    RuleRow{Rule::Limit, "limit"},
    RuleRow{Rule::Utf8, "utf8"},
    RuleRow{Rule::Control, "control"},
    RuleRow{Rule::Yaml, "yaml"},
    RuleRow{Rule::Depth, "depth"},
    RuleRow{Rule::Alias, "alias"},
    RuleRow{Rule::DuplicateKey, "duplicate-key"},
    RuleRow{Rule::UnknownKey, "unknown-key"},
    RuleRow{Rule::Key, "key"},
    RuleRow{Rule::Type, "type"},
    RuleRow{Rule::Quote, "quote"},
    RuleRow{Rule::Missing, "missing"},
    RuleRow{Rule::Date, "date"},
    RuleRow{Rule::Status, "status"},
    RuleRow{Rule::Kind, "kind"},
    RuleRow{Rule::Id, "id"},
    RuleRow{Rule::DuplicateId, "duplicate-id"},
    RuleRow{Rule::DuplicatePlan, "duplicate-plan"},
    RuleRow{Rule::Reference, "reference"},
    RuleRow{Rule::YearMismatch, "year-mismatch"},
    RuleRow{Rule::When, "when"},
    RuleRow{Rule::Due, "due"},
    RuleRow{Rule::Done, "done"},
    RuleRow{Rule::EmptyFile, "empty-file"},
    RuleRow{Rule::Layout, "layout"},
    RuleRow{Rule::NoWhen, "no-when"},
    RuleRow{Rule::Unscheduled, "unscheduled"},
    RuleRow{Rule::NoResponsible, "no-responsible"},
    RuleRow{Rule::NoAudience, "no-audience"},
    RuleRow{Rule::MixedScript, "mixed-script"},
    RuleRow{Rule::UnusedPerson, "unused-person"},
    RuleRow{Rule::OldYear, "old-year"},
    RuleRow{Rule::PersonLeft, "person-left"},
    RuleRow{Rule::NotRead, "not-read"},
    RuleRow{Rule::NoActivities, "no-activities"},
    RuleRow{Rule::LostText, "lost-text"},
    RuleRow{Rule::Invisible, "invisible"},
    RuleRow{Rule::DuplicateName, "duplicate-name"},
};

static_assert(k_rules.size() == static_cast<std::size_t>(Rule::Count_), "one row per rule");

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < k_rules.size(); ++i) {
    if (static_cast<std::size_t>(k_rules[i].rule) != i) {
      return false;
    }
  }
  return true;
}
static_assert(in_enum_order(), "k_rules rows must follow the order of enum Rule");

}  // namespace

std::string_view rule_name(Rule rule) {
  auto i = static_cast<std::size_t>(rule);
  return i < k_rules.size() ? k_rules[i].name : std::string_view();
}

std::optional<Rule> rule_from_name(std::string_view name) {
  for (const auto& row : k_rules) {
    if (row.name == name && !name.empty()) {
      return row.rule;
    }
  }
  return std::nullopt;
}

bool rule_is_io(Rule rule) { return rule == Rule::Io; }

}  // namespace lplan
