// `lplan diff`: what changed between two loaded, checked repositories (DESIGN §10). The
// comparison runs over the resolved models — aliases expanded, months and deadlines
// computed — and the field tables of model/fields.hpp, so a one-line edit of a shared
// anchor shows under every activity it reaches. Plain data out; renderers print it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/spans.hpp"
#include "model/fields.hpp"
#include "model/plan.hpp"
#include "report/activity_list.hpp"

namespace lplan::diff {

/// One field, old → new. `from`/`to` are not present when the key was not written.
struct FieldChange {
  std::string field;  ///< the YAML key, or `months` / `deadline` (what follows from `when` and `due`)
  FieldKind kind = FieldKind::Line;
  FieldValue from;
  FieldValue to;
  /// The anchor the new value repeats (`resources: *rtc-resources`), when the change
  /// reached this activity through an alias; empty for a change written here.
  std::string via;
  /// The anchor the new value defines (`resources: &rtc-resources […]`): the change
  /// also reaches the activities that repeat it (listed under each, with `via`).
  std::string anchor;
  /// For `responsible`: the registry's name of each id or alias written (either side).
  std::map<std::string, std::string> names;
};

struct ActivityChange {
  std::string id;     ///< the id in the newer revision
  std::string goal;   ///< its goal (the newer one when it moved)
  std::string title;  ///< its title (the newer one)
  std::vector<FieldChange> fields;
};

struct Renumbered {
  std::string from;  ///< the old id
  std::string to;    ///< the new id
  std::string goal;
  std::string title;
};

/// A goal, direction or person: added, removed, or changed field by field.
struct RecordChange {
  enum class Kind { Added, Removed, Changed };
  Kind kind = Kind::Changed;
  std::string id;
  std::string title;                ///< a goal's or direction's title, a person's name (the newer one)
  std::vector<FieldChange> fields;  ///< for Changed
};

struct YearDiff {
  enum class Presence { Both, Added, Removed };
  int year = 0;
  Presence presence = Presence::Both;
  /// Activities as `list --format json` shows them; a year added or removed lists all.
  std::vector<report::ActivityRow> added;
  std::vector<report::ActivityRow> removed;
  std::vector<Renumbered> renumbered;
  std::vector<ActivityChange> changed;
  std::vector<FieldChange> plan;  ///< the fields of `plan:`
  std::vector<RecordChange> directions;
  std::vector<RecordChange> goals;
  std::vector<RecordChange> people;  ///< the year's own people (not plans/people.yaml)
  /// The goals the activity changes are grouped under, each with at least one change, in
  /// order: the newer revision's goals, then those only the older one has, then goal ids
  /// neither defines (title empty; an empty id for an activity without a goal) — (id, title).
  std::vector<std::pair<std::string, std::string>> goal_order;

  bool empty() const {
    return presence == Presence::Both && added.empty() && removed.empty() && renumbered.empty() &&
           changed.empty() && plan.empty() && directions.empty() && goals.empty() && people.empty();
  }
};

/// The errors of one revision's plan (it was compared as far as it loaded).
struct RevisionErrors {
  std::string revision;  ///< as the user named it, or "worktree"
  std::vector<Diagnostic> errors;
};

struct PlanDiff {
  std::string from;         ///< the older revision as named (e.g. `main`)
  std::string to;           ///< the newer one, or `worktree`
  std::string from_commit;  ///< its commit (empty for the work tree)
  std::string to_commit;
  std::vector<YearDiff> years;         ///< every year either side has, changed or not, by year
  std::vector<RecordChange> people;    ///< the shared registry, plans/people.yaml
  std::vector<RevisionErrors> errors;  ///< only revisions that have errors

  /// True when nothing in the plans differs.
  bool empty() const;
};

/// One revision's plans: the checked repository and where its values are written (for
/// "via &anchor"). `present` is false when the revision has no plans folder.
struct Side {
  std::string revision;
  std::string commit;
  const Repository* repo = nullptr;
  const load::SourceIndex* spans = nullptr;
  const Diagnostics* diags = nullptr;
};

/// Compares two revisions; `only_year` limits it to one year.
PlanDiff compare(const Side& from, const Side& to, std::optional<int> only_year);

}  // namespace lplan::diff
