// The mapper: a Document → an ImportedPlan. It picks the table, finds its columns
// (columns.hpp), sorts out its rows (rows.hpp) and turns each into plan data: ids
// kept or made, titles split from their details, ditto marks and merged cells as
// shared values, responsible cells split into a people registry (registry.hpp), the
// plan's title, year, organization and head from the text around the table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/columns.hpp"
#include "import/imported_plan.hpp"
#include "import/table.hpp"
#include "model/plan.hpp"

namespace lplan::import {

struct MapOptions {
  std::string source;                     ///< the input's name, for messages and comments
  std::optional<int> year;                ///< --year
  std::optional<int> table;               ///< --table N (1-based)
  std::vector<ColumnOverride> overrides;  ///< --map HEADER=FIELD
  std::vector<Person> registry;           ///< the people.yaml already in the plans folder
};

/// The table to import — --table N, else the first whose header row maps, else the
/// largest — with the tables that continue it (split by hand, the header repeated)
/// joined to it. ImportError when there is no such table.
Table choose_table(const Document& doc, std::optional<int> wanted, const std::string& source);

/// Maps the document. ImportError when no table fits, no column holds titles, or the
/// year is neither given nor written in the text («на 2020 рік»).
ImportedPlan map_document(const Document& doc, const MapOptions& options);

}  // namespace lplan::import
