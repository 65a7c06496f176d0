// The public execution report (`lplan report --public`, DESIGN §5): what the
// organization publishes at the end of the year — the plan's intro, priorities and
// tasks, then per direction and goal what was done (with its outcome), what is still
// running, and what was not done; the totals; the head's signature. No internal lists
// and no month grid. Built once by a pure function; src/render/public_*.cpp draw it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace lplan::report {

/// Where an activity stands in the public report, from its status as of the report's
/// date (Activity::status_as_of: done after that date is not done yet) and its deadline.
enum class PublicState {
  Done,        ///< status done
  InProgress,  ///< status in-progress
  Ahead,       ///< status planned, and its deadline (or the year) has not passed yet
  NotDone,     ///< status planned, and its deadline (or the year) has passed
  Cancelled,   ///< status cancelled
  Postponed,   ///< status postponed
};

/// One activity, one line (done ones also carry the date and the outcome).
struct PublicItem {
  std::string id;
  std::string title;
  PublicState state = PublicState::Ahead;
  std::string when;  ///< the timeframe as written; empty when absent
  std::optional<Date> deadline;
  std::optional<Date> done;  ///< the `done` date, when given
  std::string outcome;       ///< empty when none was written
};

/// Counts of a direction, a goal or the whole plan, by public state.
struct PublicCount {
  int total = 0;
  int done = 0;
  int in_progress = 0;
  int ahead = 0;
  int not_done = 0;
  int cancelled = 0;
  int postponed = 0;
  /// done / (total − cancelled), 0..100, rounded down (as in the internal report).
  int percent_done = 0;
};

struct PublicGoal {
  std::string id;
  int number = 0;
  std::string title;
  PublicCount count;
  std::vector<PublicItem> done;
  std::vector<PublicItem> in_progress;
  std::vector<PublicItem> ahead;
  /// Not done, cancelled and postponed, in plan order.
  std::vector<PublicItem> not_done;
};

struct PublicDirection {
  std::string id;
  int number = 0;
  std::string title;
  PublicCount count;
  std::vector<PublicGoal> goals;
};

/// One block of the introduction: a paragraph of the plan's intro, or the place where
/// the list of priorities or of tasks belongs.
struct IntroBlock {
  enum class Kind { Paragraph, Priorities, Tasks };
  Kind kind = Kind::Paragraph;
  std::string text;  ///< the paragraph (Paragraph only), its lines joined with spaces
  /// The list follows a paragraph that announces it (ends with «:»), so it needs no
  /// heading of its own.
  bool announced = false;
};

struct PublicReport {
  std::string organization;
  /// The organization inside the title «Звіт про виконання плану роботи … за 2020 рік»:
  /// the short name (abbreviations do not decline); empty when the plan has none.
  std::string subject;
  int year = 0;
  Date as_of;
  /// The intro's paragraphs with the priorities and tasks where they belong: after the
  /// first and the second paragraph that ends with «:» (as the plan's Word document had
  /// them), else after the intro.
  std::vector<IntroBlock> intro;
  std::vector<std::string> priorities;
  std::vector<std::string> tasks;
  std::vector<PublicDirection> directions;
  PublicCount total;
  std::string head;        ///< plan.head, as written; empty when absent
  std::string head_title;  ///< the head's organization for the signature: the short name, else the name
};

/// The state of one activity as of `today` (the plan year is `year`; the activity was
/// checked as of the same day, which set its status_as_of).
PublicState public_state(const Activity& activity, int year, Date today);

/// Builds the public report of one checked year as of `today`. Activities whose goal
/// does not resolve are left out of the sections but counted in the totals; goals and
/// directions without activities are left out.
PublicReport build_public_report(const YearPlan& plan, Date today);

}  // namespace lplan::report
