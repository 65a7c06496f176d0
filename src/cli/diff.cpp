// `lplan diff [REV_A [REV_B]]` (DESIGN §10): the plans of two revisions — read from git
// itself into files in memory (io/git_tree), or the work tree from disk — loaded and
// checked as every command does, compared (diff/plan_diff) and rendered.
// Exit 0; with --exit-code 1 when anything changed; 2 when git cannot answer.
#include <exception>
#include <memory>
#include <sstream>
#include <thread>

#include "check/checks.hpp"
#include "cli/commands.hpp"
#include "diff/plan_diff.hpp"
#include "io/git_tree.hpp"
#include "load/loader.hpp"
#include "render/diff_render.hpp"
#include "text/i18n.hpp"

namespace lplan::cli {

namespace {

enum class DiffFormat { Text, Markdown, Json };

/// One revision's plans, loaded and checked, with the spans of its values.
struct LoadedSide {
  std::string revision;
  std::string commit;
  std::unique_ptr<io::MemoryFileSystem> files;  ///< the revision's files (none for the work tree)
  Repository repo;
  load::SourceIndex spans;
  Diagnostics diags;

  diff::Side side() const { return diff::Side{revision, commit, &repo, &spans, &diags}; }
};

/// Reads and loads `out.revision` at `out.commit`.
void load_revision(const Context& ctx, const io::GitLocation& where, LoadedSide& out) {
  const std::string& revision = out.revision;
  out.files = std::make_unique<io::MemoryFileSystem>();
  // Diagnostics name the files as git does: main:plans/2020/sn1.yaml.
  std::string root = revision + ":" + where.prefix;
  load::LoadOptions lo = ctx.load_options();
  if (!io::read_git_tree(where, out.commit, root, lo.limits.max_file_bytes, *out.files)) {
    return;  // no plans folder in that revision: every year is new
  }
  out.spans.aliases_only = true;  // what "via &anchor" needs, nothing more
  lo.spans = &out.spans;
  out.repo = load::load_repository(*out.files, root, lo, out.diags);
  out.files.reset();  // the model and the diagnostics hold what is needed
  check::check_repository(out.repo, ctx.check_options(), out.diags);
}

void load_worktree(const Context& ctx, const std::string& plans, LoadedSide& out) {
  load::LoadOptions lo = ctx.load_options();
  out.spans.aliases_only = true;
  lo.spans = &out.spans;
  out.repo = load::load_repository(plans, lo, out.diags);
  check::check_repository(out.repo, ctx.check_options(), out.diags);
}

}  // namespace

int run_diff(Context& ctx, const DiffOptions& options) {
  auto format = ctx.choose_format<DiffFormat>("diff",
                                              {{"text", DiffFormat::Text},
                                               {"markdown", DiffFormat::Markdown},
                                               {"md", DiffFormat::Markdown},
                                               {"json", DiffFormat::Json}},
                                              "text");
  std::string plans = ctx.plans_root();
  LoadedSide older;
  LoadedSide newer;
  try {
    io::GitLocation where = io::locate_in_git(plans);
    older.revision = options.revisions.empty() ? std::string("HEAD") : options.revisions[0];
    older.commit = io::resolve_commit(where, older.revision);
    newer.revision = options.revisions.size() == 2 ? options.revisions[1] : std::string("worktree");
    if (options.revisions.size() == 2) {
      newer.commit = io::resolve_commit(where, newer.revision);
    }
    // The two revisions load side by side: a diff takes about as long as one validate.
    std::exception_ptr failure;
    std::thread first([&] {
      try {
        load_revision(ctx, where, older);
      } catch (...) {
        failure = std::current_exception();
      }
    });
    try {
      if (options.revisions.size() == 2) {
        load_revision(ctx, where, newer);
      } else {
        load_worktree(ctx, plans, newer);
      }
    } catch (...) {
      first.join();
      throw;
    }
    first.join();
    if (failure) {
      std::rethrow_exception(failure);
    }
  } catch (const io::GitError& e) {
    throw UsageError(e.what());
  }
  if (ctx.options().year && older.repo.find_year(*ctx.options().year) == nullptr &&
      newer.repo.find_year(*ctx.options().year) == nullptr) {
    throw UsageError(trf("{} and {}: neither has a plan for {}", older.revision,
                         render::diff_words::revision_name(newer.revision, ctx.lang()), *ctx.options().year));
  }
  diff::PlanDiff d = diff::compare(older.side(), newer.side(), ctx.options().year);

  std::ostringstream out;
  switch (format) {
    case DiffFormat::Text:
      render::diff_text(d, ctx.lang(), ctx.color(), out);
      break;
    case DiffFormat::Markdown: {
      std::string command = "lplan diff";
      for (const auto& r : options.revisions) {
        command += " " + r;
      }
      render::diff_markdown(d, ctx.lang(), command, out);
      break;
    }
    case DiffFormat::Json:
      render::diff_json(d, out);
      break;
  }
  ctx.emit(out.str());
  return options.exit_code && !d.empty() ? 1 : k_exit_ok;
}

}  // namespace lplan::cli
