// build_public_report: one pass over a checked year, sorting each activity into what
// was done, what runs, what is ahead and what was not done.
#include "report/public_report.hpp"

#include <algorithm>

namespace lplan::report {

namespace {

/// The intro split into paragraphs at blank lines; the lines of a paragraph are
/// joined with one space.
std::vector<std::string> paragraphs_of(const std::string& intro) {
  std::vector<std::string> out;
  std::string current;
  std::size_t start = 0;
  while (start <= intro.size()) {
    std::size_t end = intro.find('\n', start);
    if (end == std::string::npos) {
      end = intro.size();
    }
    std::string line = intro.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.pop_back();
    }
    std::size_t lead = line.find_first_not_of(" \t");
    line = lead == std::string::npos ? std::string() : line.substr(lead);
    if (line.empty()) {
      if (!current.empty()) {
        out.push_back(std::move(current));
        current.clear();
      }
    } else {
      current += (current.empty() ? "" : " ") + line;
    }
    start = end + 1;
  }
  if (!current.empty()) {
    out.push_back(std::move(current));
  }
  return out;
}

/// The intro's paragraphs with the two lists where they belong.
std::vector<IntroBlock> intro_blocks(const std::string& intro, bool has_priorities, bool has_tasks) {
  std::vector<IntroBlock> out;
  std::vector<IntroBlock::Kind> lists;  // still to be placed, in order
  if (has_priorities) {
    lists.push_back(IntroBlock::Kind::Priorities);
  }
  if (has_tasks) {
    lists.push_back(IntroBlock::Kind::Tasks);
  }
  std::size_t next = 0;
  for (auto& p : paragraphs_of(intro)) {
    bool announces = p.ends_with(':');
    out.push_back({IntroBlock::Kind::Paragraph, std::move(p), false});
    if (announces && next < lists.size()) {
      out.push_back({lists[next++], {}, true});
    }
  }
  for (; next < lists.size(); ++next) {
    out.push_back({lists[next], {}, false});
  }
  return out;
}

std::vector<std::string> values_of(const std::vector<Text>& texts) {
  std::vector<std::string> out;
  out.reserve(texts.size());
  for (const auto& t : texts) {
    out.push_back(t.value);
  }
  return out;
}

void add_to(PublicCount& c, PublicState s) {
  ++c.total;
  switch (s) {
    case PublicState::Done:
      ++c.done;
      break;
    case PublicState::InProgress:
      ++c.in_progress;
      break;
    case PublicState::Ahead:
      ++c.ahead;
      break;
    case PublicState::NotDone:
      ++c.not_done;
      break;
    case PublicState::Cancelled:
      ++c.cancelled;
      break;
    case PublicState::Postponed:
      ++c.postponed;
      break;
  }
}

void finish(PublicCount& c) {
  int counted = c.total - c.cancelled;
  c.percent_done = counted > 0 ? c.done * 100 / counted : 0;
}

PublicItem item_of(const Activity& a, PublicState state) {
  PublicItem item;
  item.id = a.id.value;
  item.title = a.title.value;
  item.state = state;
  item.when = a.when ? a.when->value : std::string();
  item.deadline = a.deadline;
  item.done = a.done;
  item.outcome = a.outcome.value;
  return item;
}

void place(PublicGoal& goal, PublicItem item) {
  add_to(goal.count, item.state);
  switch (item.state) {
    case PublicState::Done:
      goal.done.push_back(std::move(item));
      break;
    case PublicState::InProgress:
      goal.in_progress.push_back(std::move(item));
      break;
    case PublicState::Ahead:
      goal.ahead.push_back(std::move(item));
      break;
    default:
      goal.not_done.push_back(std::move(item));
      break;
  }
}

}  // namespace

PublicState public_state(const Activity& activity, int year, Date today) {
  switch (activity.status_as_of) {
    case Status::Done:
      return PublicState::Done;
    case Status::InProgress:
      return PublicState::InProgress;
    case Status::Cancelled:
      return PublicState::Cancelled;
    case Status::Postponed:
      return PublicState::Postponed;
    case Status::Planned:
      break;
  }
  Date last = activity.deadline ? *activity.deadline : Date{year, 12, 31};
  return last < today ? PublicState::NotDone : PublicState::Ahead;
}

PublicReport build_public_report(const YearPlan& plan, Date today) {
  PublicReport r;
  const PlanMeta& meta = plan.meta;
  r.organization = meta.organization.value;
  r.subject = meta.short_name.value;
  r.year = plan.year;
  r.as_of = today;
  r.priorities = values_of(meta.priorities);
  r.tasks = values_of(meta.tasks);
  r.intro = intro_blocks(meta.intro.value, !r.priorities.empty(), !r.tasks.empty());
  r.head = meta.head.value;
  r.head_title = meta.short_name.empty() ? meta.organization.value : meta.short_name.value;

  for (const auto& d : plan.directions) {
    r.directions.push_back({d.id.value, d.number, d.title.value, {}, {}});
  }
  // goal index → (direction slot, goal slot); -1 when the goal's direction is unknown
  std::vector<std::pair<int, int>> slot(plan.goals.size(), {-1, -1});
  for (std::size_t g = 0; g < plan.goals.size(); ++g) {
    const Goal& goal = plan.goals[g];
    auto dir = std::find_if(plan.directions.begin(), plan.directions.end(),
                            [&](const Direction& d) { return d.id.value == goal.direction.value; });
    if (dir == plan.directions.end()) {
      continue;
    }
    auto& direction = r.directions[static_cast<std::size_t>(dir - plan.directions.begin())];
    slot[g] = {static_cast<int>(dir - plan.directions.begin()), static_cast<int>(direction.goals.size())};
    direction.goals.push_back({goal.id.value, goal.number, goal.title.value, {}, {}, {}, {}, {}});
  }

  for (const auto& a : plan.activities) {
    PublicState state = public_state(a, plan.year, today);
    add_to(r.total, state);
    if (a.goal_index < 0 || static_cast<std::size_t>(a.goal_index) >= slot.size()) {
      continue;
    }
    auto [d, g] = slot[static_cast<std::size_t>(a.goal_index)];
    if (d < 0) {
      continue;
    }
    auto& direction = r.directions[static_cast<std::size_t>(d)];
    add_to(direction.count, state);
    place(direction.goals[static_cast<std::size_t>(g)], item_of(a, state));
  }

  finish(r.total);
  for (auto& direction : r.directions) {
    finish(direction.count);
    for (auto& goal : direction.goals) {
      finish(goal.count);
    }
    std::erase_if(direction.goals, [](const PublicGoal& g) { return g.count.total == 0; });
  }
  std::erase_if(r.directions, [](const PublicDirection& d) { return d.count.total == 0; });
  return r;
}

}  // namespace lplan::report
