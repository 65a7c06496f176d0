// `lplan import FILE|-`: a plan table from Word, a web page or pasted text → plan
// files (DESIGN §9). Read, map, emit; then validate the new year with lplan's own
// loader and checks in a temporary folder, and move it into the plans folder — all
// files or none. Exit 0 written and valid, 1 written with errors, 2 not read.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "check/checks.hpp"
#include "cli/commands.hpp"
#include "cli/import_write.hpp"
#include "import/emitter.hpp"
#include "import/mapper.hpp"
#include "import/read_input.hpp"
#include "load/loader.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

namespace fs = std::filesystem;

namespace {

std::vector<import::ColumnOverride> parse_maps(const std::vector<std::string>& maps) {
  std::vector<import::ColumnOverride> out;
  for (const auto& m : maps) {
    std::size_t eq = m.rfind('=');
    if (eq == std::string::npos || eq == 0) {
      throw UsageError(trf("--map takes HEADER=FIELD (e.g. --map \"Зміст заходу=title\"), not \"{}\"", m));
    }
    auto field = import::parse_field(m.substr(eq + 1));
    if (!field) {
      throw UsageError(trf("--map {}: \"{}\" is not a field (one of: {})", m, m.substr(eq + 1),
                           fmt::format("{}", fmt::join(import::field_keys(), ", "))));
    }
    out.push_back({m.substr(0, eq), *field});
  }
  return out;
}

/// The plans folder to import into: --into, else the one every command finds, else ./plans.
std::string target_folder(Context& ctx, const ImportOptions& options) {
  if (!options.into.empty()) {
    return options.into;
  }
  try {
    return ctx.plans_root();
  } catch (const UsageError&) {
    return "plans";
  }
}

/// The diagnostics of the new year (and of what it added to people.yaml), with the
/// temporary folder's paths turned into the final ones.
Diagnostics final_diagnostics(const Diagnostics& all, const std::string& staging, const std::string& plans, int year,
                              int first_new_people_line) {
  Diagnostics out;
  std::string root = fs::path(staging).lexically_normal().generic_string();
  std::string year_prefix = root + "/" + std::to_string(year) + "/";
  std::string people = root + "/people.yaml";
  for (Diagnostic d : all.items()) {
    std::string file = fs::path(d.file).lexically_normal().generic_string();
    bool in_year = file.rfind(year_prefix, 0) == 0;
    bool in_people = file == people && (d.severity == Severity::Error || d.line >= first_new_people_line);
    if (!in_year && !in_people) {
      continue;
    }
    d.file = (fs::path(plans) / file.substr(root.size() + 1)).lexically_normal().generic_string();
    out.add(std::move(d));
  }
  out.finish();
  return out;
}

int count_lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')) + 1; }

}  // namespace

int run_import(Context& ctx, const ImportOptions& options) {
  // Messages and the comments written into the files follow --lang.
  set_language(ctx.lang());
  if (!ctx.options().format.empty()) {
    throw UsageError(std::string(tr("import writes YAML plan files: it takes no --format")));
  }
  import::ImportLimits limits;
  auto format = options.from.empty() ? std::optional(import::InputFormat::Auto) : import::parse_input_format(options.from);
  if (!format) {
    throw UsageError(trf("--from takes docx, html or text, not \"{}\"", options.from));
  }
  import::MapOptions map;
  map.overrides = parse_maps(options.map);
  map.year = ctx.options().year;
  map.table = options.table;
  std::string plans = target_folder(ctx, options);
  std::optional<std::string> existing_people;
  if (std::ifstream in(fs::path(plans) / "people.yaml", std::ios::binary); in) {
    existing_people = std::string(std::istreambuf_iterator<char>(in), {});
    Diagnostics ignored;
    map.registry = load::load_from_string("", "plan.yaml", ignored, *existing_people).shared_people;
  }

  std::string name = options.input == "-" ? std::string("-") : options.input;
  map.source = options.input == "-" ? std::string(tr("standard input")) : fs::path(options.input).filename().string();
  import::ImportedPlan plan;
  std::vector<import::OutputFile> files;
  try {
    std::string bytes = options.input == "-" ? import::read_all(std::cin, map.source, limits)
                                             : import::read_file(options.input, limits);
    import::Document doc = import::read_document(bytes, map.source, *format, limits);
    plan = import::map_document(doc, map);
    files = import::emit_files(plan, {existing_people});
  } catch (const import::ImportError& e) {
    throw UsageError(e.what());
  }

  auto taken = existing_year(plans, plan.year);
  if (taken && !options.force && !options.dry_run) {
    throw UsageError(trf("{} already holds the plan of {}: lplan import does not write over a year (--force "
                         "replaces it)",
                         *taken, plan.year));
  }
  // Validate the new year exactly as `lplan validate` will read it.
  std::error_code ec;
  if (!options.dry_run) {
    fs::create_directories(plans, ec);
  }
  std::string parent = options.dry_run ? fs::temp_directory_path(ec).string() : plans;
  int first_new_people_line = existing_people ? count_lines(*existing_people) + 1 : 1;
  Diagnostics diags;
  std::vector<std::string> written;
  try {
    YearStaging staging(parent);
    staging.write(files, existing_people);
    Diagnostics all;
    Repository repo = load::load_repository(staging.root(), ctx.load_options(), all);
    check::check_repository(repo, check::CheckOptions{ctx.today()}, all);
    diags = final_diagnostics(all, staging.root(), plans, plan.year, first_new_people_line);
    if (options.dry_run) {
      std::string out;
      for (const auto& f : files) {
        out += "==> " + (fs::path(plans) / f.path).generic_string() + " <==\n" + f.content + "\n";
      }
      ctx.emit(out);
    } else {
      staging.commit(plans, plan.year, options.force, files);
      for (const auto& f : files) {
        written.push_back((fs::path(plans) / f.path).lexically_normal().generic_string());
      }
    }
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }

  // The report, on stderr: what was read, what was written, the checks, what needs a person.
  std::ostream& err = ctx.err();
  err << trnf("Imported {}: {} activity", "Imported {}: {} activities", static_cast<long long>(plan.activities.size()),
              map.source, plan.activities.size())
      << trnf(", {} goal", ", {} goals", static_cast<long long>(plan.goals.size()), plan.goals.size())
      << trnf(", {} direction", ", {} directions", static_cast<long long>(plan.directions.size()),
              plan.directions.size())
      << trnf(", {} new person or body", ", {} new people and bodies", static_cast<long long>(plan.people.size()),
              plan.people.size())
      << (plan.matched_people > 0 ? trnf(" ({} found in people.yaml)", " ({} found in people.yaml)",
                                         static_cast<long long>(plan.matched_people), plan.matched_people)
                                  : std::string())
      << ".\n";
  if (options.dry_run) {
    err << tr("Dry run: nothing written.") << '\n';
  } else {
    err << trf("Written: {}", fmt::format("{}", fmt::join(written, ", "))) << '\n';
  }
  ctx.print_diagnostics(diags);
  err << trnf("Checked: {} error", "Checked: {} errors", static_cast<long long>(diags.error_count()),
              diags.error_count())
      << trnf(", {} warning.", ", {} warnings.", static_cast<long long>(diags.warning_count()), diags.warning_count())
      << '\n';
  if (!plan.review.empty()) {
    err << trf("To check by hand ({}, also listed at the end of {}):", plan.review.size(),
               (fs::path(plans) / std::to_string(plan.year) / "plan.yaml").generic_string())
        << '\n';
    for (const auto& r : plan.review) {
      std::string where = import::describe_pos(plan.kind, r.pos);
      err << "  " << (where.empty() ? "" : where + ": ") << r.message << '\n';
    }
  }
  return diags.has_errors() ? k_exit_plan_errors : k_exit_ok;
}

}  // namespace lplan::cli
