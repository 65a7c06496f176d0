// The plan model: plain structs with source positions, no YAML.
//
//   Repository ── years ──> YearPlan ── meta (PlanMeta)
//        │                     ├── directions (СН)   <── goals.direction
//        │                     ├── goals (Ціль)      <── activities.goal
//        │                     ├── activities ── schedule (from `when`), responsible → people
//        │                     └── people (the year's own + plans/people.yaml)
//        └── shared_people (plans/people.yaml)
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/schedule.hpp"
#include "model/source.hpp"

namespace lplan {

/// A string value and where it was written.
struct Text {
  std::string value;
  SourceLoc loc;

  bool empty() const { return value.empty(); }
};

enum class Status { Planned, InProgress, Done, Cancelled, Postponed };
inline constexpr Status k_all_statuses[] = {Status::Planned, Status::InProgress, Status::Done,
                                            Status::Cancelled, Status::Postponed};

/// The YAML spelling: planned, in-progress, done, cancelled, postponed.
const char* status_key(Status status);
std::optional<Status> parse_status(std::string_view key);
/// The Ukrainian word: заплановано, виконується, виконано, скасовано, відкладено.
const char* status_word_uk(Status status);
/// A status as people write it, in a file or an option: the English key (also
/// `in_progress`) or the Ukrainian word, in any case.
std::optional<Status> parse_status_word(std::string_view word);

struct PlanMeta {
  int year = 0;
  SourceLoc year_loc;
  Text organization;
  Text short_name;
  Text title;
  Text head;
  std::optional<Date> approved;
  SourceLoc approved_loc;
  Text intro;
  std::vector<Text> priorities;
  std::vector<Text> tasks;
  SourceLoc loc;  ///< the `plan` key
};

struct Direction {
  Text id;
  int number = 0;
  Text title;
  SourceLoc loc;
};

struct Goal {
  Text id;
  int number = 0;
  Text direction;  ///< a direction id
  Text title;
  SourceLoc loc;
};

enum class PersonKind { Person, Body };

struct Person {
  Text id;
  PersonKind kind = PersonKind::Person;
  Text name;
  Text role;
  std::vector<Text> aliases;
  /// For a body: the ids of the people who belong to it (`--responsible dubova` also
  /// finds what the body does).
  std::vector<Text> members;
  /// The day a person left the organization: old years stay valid, later ones warn.
  std::optional<Date> left;
  SourceLoc left_loc;
  SourceLoc loc;
};

struct Activity {
  Text id;
  Text goal;  ///< a goal id
  Text title;
  std::vector<Text> details;
  std::vector<Text> audience;
  std::optional<Text> when;  ///< the timeframe as written; absent when the plan leaves it empty
  Schedule schedule;         ///< what `when` means (empty when absent or not understood)
  bool schedule_ok = false;  ///< `when` was present and parsed
  std::optional<Date> due;
  SourceLoc due_loc;
  std::vector<Text> responsible;  ///< as written: ids, names or aliases
  std::vector<Text> resources;
  Status status = Status::Planned;
  SourceLoc status_loc;
  std::optional<Date> done;
  SourceLoc done_loc;
  Text outcome;
  std::vector<Text> tags;
  Text place;  ///< «Місце проведення»
  Text notes;  ///< any other column of the source table
  SourceLoc loc;  ///< the start of the activity's mapping

  /// Filled by resolution after loading: index into YearPlan::people for each
  /// `responsible` entry, or -1 when it does not resolve (or there is no registry).
  std::vector<int> responsible_people;
  /// The status as of the day lplan answers for (`--today`): `status`, except that an
  /// activity done after that day is not done yet. Every view shows this one.
  Status status_as_of = Status::Planned;
  /// Index into YearPlan::goals, -1 when unresolved; same for the goal's direction.
  int goal_index = -1;
  int direction_index = -1;
  /// The deadline: `due`, else the exact day of `when`, else the last day of the last month.
  std::optional<Date> deadline;
  /// Set when the activity itself has errors (for --keep-going).
  bool broken = false;
  /// `when` / `responsible` / `audience` were written but could not be read (an error
  /// says so): the "has no …" warnings are not given for them.
  bool unreadable_when = false;
  bool unreadable_responsible = false;
  bool unreadable_audience = false;
  bool unreadable_status = false;  ///< `status` is written but is no status (already an error)
  /// `when` came through an alias: the line of its anchor (problems in it are reported
  /// at the alias, with that line), else 0.
  std::uint32_t when_anchor_line = 0;
};

/// One plan year: the union of its files.
struct YearPlan {
  int year = 0;
  std::vector<std::string> files;  ///< the files it was loaded from, in load order
  bool has_meta = false;
  PlanMeta meta;
  std::vector<Direction> directions;
  std::vector<Goal> goals;
  /// A deque: a 100,000-activity plan grows without copying itself at every doubling.
  std::deque<Activity> activities;
  /// The year's own people followed by the shared registry (plans/people.yaml).
  std::vector<Person> people;
  std::size_t own_people = 0;  ///< how many of `people` come from the year's own files
};

/// Everything lplan read: the shared registry and every year.
struct Repository {
  std::string root;  ///< the plans folder, as given (may be empty for loose files)
  std::vector<Person> shared_people;
  std::vector<YearPlan> years;

  const YearPlan* find_year(int year) const;
  YearPlan* find_year(int year);
};

}  // namespace lplan
