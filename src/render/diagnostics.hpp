// Renderers of diagnostics for `validate`: text, json, GitHub workflow annotations.
#pragma once

#include <ostream>

#include "diag/diagnostic.hpp"

namespace lplan::render {

/// What validate checked, for its closing line.
struct ValidationSummary {
  std::size_t years = 0;
  std::size_t files = 0;
  std::size_t activities = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

void diagnostics_text(const Diagnostics& diags, const ValidationSummary& summary, bool color, std::ostream& out);
void diagnostics_json(const Diagnostics& diags, const ValidationSummary& summary, std::ostream& out);
/// `::error file=…,line=…,col=…,title=…::message`, escaped as GitHub requires.
void diagnostics_github(const Diagnostics& diags, std::ostream& out);

}  // namespace lplan::render
