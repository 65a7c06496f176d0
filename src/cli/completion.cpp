// `lplan completion bash|zsh` prints the completion script drawn from the command
// definitions (app.cpp describes them); the hidden `lplan __complete KIND` lists the
// plan's own values for it, one "value<TAB>description" line each, and stays quiet:
// no diagnostics, and exit 0 with nothing when there is no plan to read.
#include <sstream>

#include "cli/commands.hpp"
#include "io/git_tree.hpp"
#include "load/loader.hpp"
#include "text/lang.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::cli {

namespace {

constexpr std::pair<PlanValues, const char*> k_plan_values[] = {
    {PlanValues::Ids, "ids"},     {PlanValues::People, "people"},
    {PlanValues::Goals, "goals"}, {PlanValues::Directions, "directions"},
    {PlanValues::Years, "years"}, {PlanValues::Revisions, "revisions"},
};

/// One line: the value, then its description on one line (a tab, a newline or a
/// control character in plan text must not break the line format).
void line(std::ostream& out, const std::string& value, const std::string& description) {
  if (value.empty()) {
    return;
  }
  std::string text = text::squeeze_spaces(text::printable(description));
  for (char& c : text) {
    if (c == '\t') {
      c = ' ';
    }
  }
  out << value << (text.empty() ? "" : "\t") << text << '\n';
}

void list_values(const Repository& repo, const YearPlan& year, PlanValues what, std::ostream& out) {
  switch (what) {
    case PlanValues::Ids:
      for (const Activity& a : year.activities) {
        line(out, a.id.value, a.title.value);
      }
      break;
    case PlanValues::People:
      for (const Person& p : year.people) {
        line(out, p.id.value, p.name.value);
      }
      break;
    case PlanValues::Goals:
      for (const Goal& g : year.goals) {
        line(out, g.id.value, g.title.value);
      }
      break;
    case PlanValues::Directions:
      for (const Direction& d : year.directions) {
        line(out, d.id.value, d.title.value);
      }
      break;
    case PlanValues::Years:
      for (const YearPlan& y : repo.years) {
        line(out, std::to_string(y.year), y.meta.title.value);
      }
      break;
    case PlanValues::Revisions: break;  // from git, not from the plan
  }
}

}  // namespace

const char* plan_values_name(PlanValues what) {
  for (const auto& [value, name] : k_plan_values) {
    if (value == what) {
      return name;
    }
  }
  return "";
}

std::vector<std::string> month_completions() {
  std::vector<std::string> words;
  for (Lang lang : {Lang::Uk, Lang::En}) {
    for (int m = 1; m <= 12; ++m) {
      std::string name(month_name(m, lang));
      if (lang == Lang::En) {
        name[0] = static_cast<char>(name[0] - 'A' + 'a');
      }
      words.push_back(name);
    }
  }
  for (const char* w : {"this", "next", "prev"}) {
    words.emplace_back(w);
  }
  return words;
}

std::vector<std::string> status_completions() {
  std::vector<std::string> words;
  for (Status s : k_all_statuses) {
    words.emplace_back(status_key(s));
  }
  for (Status s : k_all_statuses) {
    words.emplace_back(status_word_uk(s));
  }
  return words;
}

int run_completion(Context& ctx, const CompletionOptions& options, const render::CompletionSpec& spec) {
  std::ostringstream out;
  if (options.shell == "bash") {
    render::bash_completion(spec, out);
  } else if (options.shell == "zsh") {
    render::zsh_completion(spec, out);
  } else {
    throw UsageError(trf("completion takes bash or zsh, not \"{}\"", options.shell));
  }
  ctx.emit(out.str());
  return k_exit_ok;
}

int run_complete(const GlobalOptions& global, const CompleteOptions& options, std::ostream& out) {
  const PlanValues* what = nullptr;
  for (const auto& [value, name] : k_plan_values) {
    if (options.kind == name) {
      what = &value;
    }
  }
  if (what == nullptr) {
    return k_exit_usage;  // a hidden command for the scripts: nothing to say to a person
  }
  std::ostringstream quiet;
  std::ostringstream listed;
  try {
    Context ctx(global, listed, quiet);
    if (*what == PlanValues::Revisions) {
      for (const auto& ref : io::list_revisions(io::locate_in_git(ctx.plans_root()))) {
        line(listed, ref.name, ref.subject);
      }
      out << listed.str();
      return k_exit_ok;
    }
    Diagnostics diags;
    Repository repo = load::load_repository(ctx.plans_root(), ctx.load_options(), diags);
    if (*what == PlanValues::Years) {
      list_values(repo, repo.years.empty() ? YearPlan{} : repo.years.front(), *what, listed);
    } else {
      list_values(repo, ctx.pick_year(repo, std::nullopt), *what, listed);
    }
  } catch (...) {
    return k_exit_ok;  // no plan, an unknown year, a bad option: nothing to offer
  }
  out << listed.str();
  return k_exit_ok;
}

}  // namespace lplan::cli
