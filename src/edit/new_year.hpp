// `lplan new YEAR`: next year's plan from this year's (DESIGN §8) — a copy of the source
// year's files (a folder of the same files, or one file) in which `plan.year` is YEAR;
// `approved`, `status`, `done` and `outcome` are removed; dates in `due` and inside
// `when` move to YEAR; comments, order and layout are kept. Mentions of the old year in
// titles, the intro, priorities and tasks are found for a person to reword.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "edit/change.hpp"
#include "edit/session.hpp"
#include "edit/verify.hpp"

namespace lplan::edit {

struct NewYearRequest {
  int year = 0;   ///< the year to start
  int from = 0;   ///< the year to copy
  bool unfinished_only = false;  ///< --carry unfinished: leave out what was done or cancelled
};

struct NewYear {
  std::map<std::string, std::string> files;  ///< new path → bytes
  std::string folder;                        ///< the new year folder; empty for a single-file year
  std::vector<std::string> dropped;          ///< ids left out by --carry unfinished
  std::size_t carried = 0;
  Expectation expected;  ///< the new year against the source year
};

/// Plans the files of the new year from the source year loaded in `session`. Throws
/// EditError when YEAR exists, the source year does not, or a value cannot be moved.
NewYear plan_new_year(const EditSession& session, const NewYearRequest& request);

/// Mentions of `old_year` in the titles, intro, priorities, tasks, details and notes of
/// `year` (loaded from the new files), as warnings with the words around them.
/// `files` (path → bytes) are the new year's files: positions point at the year itself.
Diagnostics old_year_mentions(const YearPlan& year, int old_year, const std::map<std::string, std::string>& files);

}  // namespace lplan::edit
