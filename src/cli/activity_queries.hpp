// What `due` and `list` share: the --format they take, the filter built from the
// options, and drawing the activity list they computed.
#pragma once

#include <functional>

#include "cli/context.hpp"
#include "cli/options.hpp"
#include "query/filter.hpp"
#include "render/activity_list_render.hpp"
#include "report/activity_list.hpp"

namespace lplan::cli {

/// Runs `body` with the --format of `command` parsed (text, markdown, csv or json) and
/// the filters of `f` built; a bad month, status or filter value becomes a UsageError.
/// `body` computes the view; this draws and emits it.
int run_activity_query(
    Context& ctx, const char* command, const FilterOptions& f,
    const std::function<report::ActivityList(query::Filter& filter)>& body);

}  // namespace lplan::cli
