// `lplan import FILE|-`: a plan table from Word, a web page or pasted text → plan
// files (DESIGN §9). Read, map, emit; then validate the new year with lplan's own
// loader and checks, in memory (io::MemoryFileSystem, at the paths the files will
// have), and write it into the plans folder all at once (import_write.hpp).
// Exit 0 written and valid, 1 written with errors, 2 nothing written.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "check/checks.hpp"
#include "cli/commands.hpp"
#include "cli/import_write.hpp"
#include "import/emitter.hpp"
#include "import/mapper.hpp"
#include "import/read_input.hpp"
#include "io/file_system.hpp"
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
/// With --org (DESIGN §12): that organization's folder, also a new one (plans/<org>/).
std::string target_folder(Context& ctx, const ImportOptions& options) {
  if (!options.into.empty()) {
    return options.into;
  }
  const auto& orgs = ctx.options().orgs;
  if (orgs.size() > 1) {
    throw UsageError(std::string(tr("import writes one organization's plan: give --org once")));
  }
  if (orgs.size() == 1) {
    return ctx.organization_folder(orgs.front());
  }
  std::vector<Organization> found;
  try {
    found = ctx.organizations();
  } catch (const UsageError&) {
    return "plans";  // no plans yet: the first import makes them
  }
  if (found.size() > 1) {
    return ctx.plans_root();  // refuses, naming the organizations
  }
  return found.empty() ? std::string("plans") : found.front().root;
}

/// The diagnostics of the new year and of what it added to people.yaml (the entries
/// already there are not the import's business).
Diagnostics final_diagnostics(const Diagnostics& all, const std::string& plans, int year, int first_new_people_line) {
  Diagnostics out;
  std::string root = io::normal_path(plans);
  std::string year_prefix = io::join_path(root, std::to_string(year)) + "/";
  std::string people = io::join_path(root, "people.yaml");
  for (const Diagnostic& d : all.items()) {
    std::string file = io::normal_path(d.file);
    bool in_year = file.rfind(year_prefix, 0) == 0;
    bool in_people = file == people && (d.severity == Severity::Error || d.line >= first_new_people_line);
    if (in_year || in_people) {
      out.add(d);
    }
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
  // The registry already there: matched first, appended to, and refused at the end
  // if someone changes it meanwhile.
  io::DiskFileSystem disk;
  std::optional<std::string> existing_people;
  std::optional<io::FileStamp> people_stamp;
  io::ReadResult people_file = disk.read(io::join_path(plans, "people.yaml"), ctx.load_options().limits.max_file_bytes);
  if (people_file.status == io::ReadResult::Status::Ok && people_file.bytes) {
    existing_people = std::string(people_file.bytes->raw());
    people_stamp = people_file.bytes->stamp;
    Diagnostics ignored;
    map.registry = load::load_from_string("", "plan.yaml", ignored, *existing_people).shared_people;
  }

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
  // Validate the new year exactly as `lplan validate` will read it: the files in
  // memory, at the paths they will have.
  io::MemoryFileSystem memory;
  bool own_people = false;
  for (const auto& f : files) {
    memory.add(io::join_path(plans, f.path), f.content);
    own_people = own_people || f.path == "people.yaml";
  }
  if (!own_people && existing_people) {
    memory.add(io::join_path(plans, "people.yaml"), *existing_people);
  }
  Diagnostics all;
  Repository repo = load::load_repository(memory, plans, ctx.load_options(), all);
  check::check_repository(repo, check::CheckOptions{ctx.today()}, all);
  int first_new_people_line = existing_people ? count_lines(*existing_people) + 1 : 1;
  Diagnostics diags = final_diagnostics(all, plans, plan.year, first_new_people_line);

  std::vector<std::string> written;
  if (options.dry_run) {
    std::string out;
    for (const auto& f : files) {
      out += "==> " + io::join_path(plans, f.path) + " <==\n" + f.content + "\n";
    }
    ctx.emit(out);
  } else {
    try {
      write_year(plans, plan.year, files, options.force, people_stamp);
    } catch (const std::runtime_error& e) {
      throw UsageError(e.what());
    }
    for (const auto& f : files) {
      written.push_back(io::normal_path(io::join_path(plans, f.path)));
    }
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
               io::join_path(io::join_path(plans, std::to_string(plan.year)), "plan.yaml"))
        << '\n';
    for (const auto& r : plan.review) {
      std::string where = import::describe_pos(plan.kind, r.pos);
      err << "  " << (where.empty() ? "" : where + ": ") << r.message << '\n';
    }
  }
  return diags.has_errors() ? k_exit_plan_errors : k_exit_ok;
}

}  // namespace lplan::cli
