// What the loading and checking tests share: a small valid plan to build on, and
// diagnostics as the lines lplan prints.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace lplan::testing {

/// The head of a valid plan (8 lines); tests append activities from line 9 on.
inline const std::string k_plan_head =
    "plan:\n"                                                           // 1
    "  year: 2020\n"                                                    // 2
    "  organization: Луганське обласне відділення УБА\n"                // 3
    "directions:\n"                                                     // 4
    "  - {id: sn1, number: 1, title: Розвиток галузі}\n"                // 5
    "goals:\n"                                                          // 6
    "  - {id: goal1, number: 1, direction: sn1, title: Ціль перша}\n"  // 7
    "activities:\n";                                                    // 8

/// Every diagnostic as its printed line, in order.
inline std::vector<std::string> printed(const Diagnostics& diags) {
  std::vector<std::string> lines;
  for (const auto& item : diags.items()) {
    lines.push_back(format_diagnostic(item));
  }
  return lines;
}

}  // namespace lplan::testing
