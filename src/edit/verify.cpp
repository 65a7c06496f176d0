#include "edit/verify.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "text/i18n.hpp"

namespace lplan::edit {

namespace {

template <typename Record>
void compare_record(std::span<const Field<Record>> fields, const Record& a, const Record& b, const std::string& what,
                    const std::map<std::string, FieldValue>* expected, std::vector<std::string>& out) {
  for (const auto& f : fields) {
    FieldValue now = f.get(b);
    FieldValue want = f.get(a);
    if (expected != nullptr) {
      if (auto it = expected->find(std::string(f.key)); it != expected->end()) {
        want = it->second;
      }
    }
    if (!(now == want)) {
      auto shown = [](const FieldValue& v) {
        if (!v.present) {
          return std::string("—");
        }
        return v.items.empty() ? v.text : fmt::format("{}", fmt::join(v.items, "; "));
      };
      out.push_back(trf("{}: {} would read back as «{}», not «{}»", what, f.key, shown(now), shown(want)));
    }
  }
}

template <typename Record>
void compare_list(std::span<const Field<Record>> fields, const std::vector<Record>& a, const std::vector<Record>& b,
                  std::string_view changed_count, std::string_view one, std::vector<std::string>& out) {
  if (a.size() != b.size()) {
    out.emplace_back(changed_count);
    return;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    compare_record(fields, a[i], b[i], fmt::format(fmt::runtime(one), a[i].id.value), nullptr, out);
  }
}

}  // namespace

std::vector<std::string> unexpected_differences(const YearPlan& before, const YearPlan& after,
                                                const Expectation& expected) {
  std::vector<std::string> out;
  if (before.has_meta != after.has_meta) {
    out.push_back(std::string(tr("the plan's own fields would change")));
  } else if (before.has_meta) {
    compare_record(plan_fields(), before.meta, after.meta, "plan", nullptr, out);
  }
  compare_list(direction_fields(), before.directions, after.directions, tr("the number of directions would change"),
               tr("direction {}"), out);
  compare_list(goal_fields(), before.goals, after.goals, tr("the number of goals would change"), tr("goal {}"), out);
  compare_list(person_fields(), before.people, after.people, tr("the number of people would change"),
               tr("person {}"), out);
  // Activities: matched by id, in plan order, apart from those added or removed.
  std::vector<const Activity*> a;
  std::vector<const Activity*> b;
  for (const auto& x : before.activities) {
    if (std::find(expected.removed.begin(), expected.removed.end(), x.id.value) == expected.removed.end()) {
      a.push_back(&x);
    }
  }
  for (const auto& x : after.activities) {
    if (std::find(expected.added.begin(), expected.added.end(), x.id.value) == expected.added.end()) {
      b.push_back(&x);
    }
  }
  if (a.size() != b.size()) {
    out.push_back(trf("the plan would have {} activities instead of {}", after.activities.size(),
                      before.activities.size() + expected.added.size() - expected.removed.size()));
    return out;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i]->id.value != b[i]->id.value) {
      out.push_back(trf("activity {} would move or change its id", a[i]->id.value));
      continue;
    }
    auto it = expected.changed.find(a[i]->id.value);
    compare_record(activity_fields(), *a[i], *b[i], trf("activity {}", a[i]->id.value),
                   it == expected.changed.end() ? nullptr : &it->second, out);
  }
  std::size_t added_found = 0;
  for (const auto& x : after.activities) {
    added_found += std::count(expected.added.begin(), expected.added.end(), x.id.value);
  }
  if (added_found != expected.added.size()) {
    out.push_back(std::string(tr("the new activity would not be read back")));
  }
  return out;
}

std::vector<Diagnostic> added_errors(const Diagnostics& before, const Diagnostics& after) {
  std::unordered_map<std::string, int> seen;
  for (const auto& d : before.items()) {
    if (d.severity == Severity::Error) {
      ++seen[fmt::format("{}|{}|{}", d.file, rule_name(d.rule), d.message)];
    }
  }
  std::vector<Diagnostic> out;
  for (const auto& d : after.items()) {
    if (d.severity != Severity::Error) {
      continue;
    }
    auto& n = seen[fmt::format("{}|{}|{}", d.file, rule_name(d.rule), d.message)];
    if (n > 0) {
      --n;
    } else {
      out.push_back(d);
    }
  }
  return out;
}

}  // namespace lplan::edit
