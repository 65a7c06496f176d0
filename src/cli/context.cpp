#include "cli/context.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <ostream>

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "check/checks.hpp"
#include "io/atomic_file.hpp"
#include "load/loader.hpp"
#include "load/organizations.hpp"
#include "render/report_common.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::cli {

namespace fs = std::filesystem;

namespace {

Date local_date_now() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool no_color_env() {
  const char* v = std::getenv("NO_COLOR");
  return v != nullptr && *v != '\0';
}

bool want_color(const std::string& mode, int fd) {
  if (no_color_env() || mode == "never") {
    return false;
  }
  if (mode == "always") {
    return true;
  }
  if (mode != "auto") {
    throw UsageError(trf("--color takes auto, always or never, not \"{}\"", mode));
  }
  return ::isatty(fd) != 0;
}

}  // namespace

std::optional<int> terminal_width() {
  if (const char* c = std::getenv("COLUMNS"); c != nullptr && *c != '\0') {
    char* end = nullptr;
    long v = std::strtol(c, &end, 10);
    if (end != c && *end == '\0' && v > 0 && v < 10000) {
      return static_cast<int>(v);
    }
  }
  auto columns_of = [](int fd) -> std::optional<int> {
    winsize ws{};
    if (::isatty(fd) != 0 && ::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
      return static_cast<int>(ws.ws_col);
    }
    return std::nullopt;
  };
  if (auto w = columns_of(STDOUT_FILENO)) {
    return w;
  }
  // `lplan due | less`: stdout is a pipe, and the pager shows it on the terminal that
  // stderr still is. A file (`> due.txt`) is never fitted.
  struct stat st {};
  if (::fstat(STDOUT_FILENO, &st) == 0 && S_ISFIFO(st.st_mode)) {
    return columns_of(STDERR_FILENO);
  }
  return std::nullopt;
}

Date parse_date_argument(const std::string& text, const char* what) {
  if (auto d = parse_iso_date(text)) {
    return *d;
  }
  throw UsageError(trf("{} must be a date YYYY-MM-DD, not \"{}\"", what, text));
}

std::string format_error(const char* command, const std::vector<std::string>& known, const std::string& given) {
  std::string list;
  for (std::size_t i = 0; i < known.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == known.size() ? std::string(tr(" or ")) : ", ") + known[i];
  }
  return trf("{} --format takes {}, not \"{}\"", command, list, given);
}

Context::Context(const GlobalOptions& options, std::ostream& out, std::ostream& err)
    : m_options(options), m_out(out), m_err(err) {
  m_system_today = local_date_now();
  if (options.lang.empty()) {
    m_lang = lang_from_environment();
  } else if (auto lang = parse_lang(options.lang)) {
    m_lang = *lang;
  } else {
    throw UsageError(trf("--lang takes uk or en, not \"{}\"", options.lang));
  }
  set_language(m_lang);
  m_today = options.today.empty() ? m_system_today : parse_date_argument(options.today, "--today");
  bool to_file = !options.output.empty();
  m_color = !to_file && want_color(options.color, STDOUT_FILENO);
  m_err_color = want_color(options.color, STDERR_FILENO);
  m_width = to_file ? std::nullopt : terminal_width();
}

load::LoadOptions Context::load_options() const {
  load::LoadOptions lo;
  double mib = m_options.max_file_size_mib;
  if (!(mib > 0) || mib > 1024 * 1024) {
    throw UsageError(std::string(tr("--max-file-size takes a positive number of MiB (the default is 128)")));
  }
  lo.limits.max_file_bytes = static_cast<std::size_t>(mib * 1024.0 * 1024.0);
  return lo;
}

std::string Context::found_plans_root() const {
  auto check = [](const std::string& dir, const char* from) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      throw UsageError(trf("the plans folder \"{}\" ({}) does not exist", dir, from));
    }
    return dir;
  };
  if (!m_options.plans.empty()) {
    return check(m_options.plans.front(), "--plans");
  }
  if (const char* env = std::getenv("LPLAN_PLANS"); env != nullptr && *env != '\0') {
    return check(env, "$LPLAN_PLANS");
  }
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (!ec) {
    int up = 0;
    for (fs::path dir = cwd;; dir = dir.parent_path(), ++up) {
      if (fs::is_directory(dir / "plans", ec)) {
        fs::path rel = up == 0 ? fs::path("plans") : fs::relative(dir / "plans", cwd, ec);
        return (ec ? dir / "plans" : rel).generic_string();
      }
      if (dir == dir.parent_path()) {
        break;
      }
    }
  }
  throw UsageError(std::string(tr("no plans found: no plans/ folder here or above; use --plans DIR or set LPLAN_PLANS")));
}


namespace {

/// What a repository given by --plans is called: its folder, or the folder above when it
/// is the usual `plans/` (`--plans ../kharkiv/plans` → kharkiv).
std::string organization_of_folder(const std::string& folder) {
  fs::path p = fs::absolute(fs::path(folder)).lexically_normal();
  if (p.filename().empty()) {
    p = p.parent_path();
  }
  if (p.filename() == "plans" && p.has_parent_path()) {
    p = p.parent_path();
  }
  return p.filename().string();
}

bool names_organization(const std::vector<std::string>& wanted, const std::string& id) {
  return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) { return text::fold(w) == text::fold(id); });
}

}  // namespace

std::vector<Organization> Context::organizations() const {
  std::vector<std::string> roots;
  if (m_options.plans.size() > 1) {
    for (const auto& p : m_options.plans) {
      std::error_code ec;
      if (!fs::is_directory(p, ec)) {
        throw UsageError(trf("the plans folder \"{}\" ({}) does not exist", p, "--plans"));
      }
      roots.push_back(p);
    }
  } else {
    roots.push_back(found_plans_root());
  }
  std::vector<Organization> all;
  io::DiskFileSystem disk;
  for (const auto& root : roots) {
    Diagnostics diags;
    auto found = load::find_organizations(disk, root, diags);
    if (!diags.empty()) {
      throw UsageError(format_diagnostic(diags.items().front()));
    }
    for (auto& f : found) {
      std::string id = f.id.empty() && roots.size() > 1 ? organization_of_folder(root) : f.id;
      all.push_back(Organization{id, f.root});
    }
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (std::size_t j = i + 1; j < all.size(); ++j) {
      if (!all[i].id.empty() && text::fold(all[i].id) == text::fold(all[j].id)) {
        throw UsageError(trf("two plans folders are both called \"{}\" ({} and {}): rename one of the folders",
                             all[i].id, all[i].root, all[j].root));
      }
    }
  }
  if (m_options.orgs.empty()) {
    return all;
  }
  std::vector<Organization> picked;
  for (const auto& o : all) {
    if (names_organization(m_options.orgs, o.id)) {
      picked.push_back(o);
    }
  }
  for (const auto& w : m_options.orgs) {
    bool known = std::any_of(all.begin(), all.end(), [&](const Organization& o) { return text::fold(o.id) == text::fold(w); });
    if (!known) {
      std::string names;
      for (const auto& o : all) {
        names += (names.empty() ? "" : ", ") + (o.id.empty() ? std::string(tr("one, without a name")) : o.id);
      }
      throw UsageError(trf("there is no organization \"{}\" (organizations: {})", w, names));
    }
  }
  return picked;
}

std::string Context::plans_root() const {
  if (m_options.plans.size() <= 1 && m_options.orgs.empty()) {
    std::string root = found_plans_root();
    io::DiskFileSystem disk;
    Diagnostics diags;
    auto found = load::find_organizations(disk, root, diags);
    if (found.size() == 1 && found.front().id.empty()) {
      return root;
    }
  }
  std::vector<Organization> orgs = organizations();
  if (orgs.size() == 1) {
    return orgs.front().root;
  }
  std::string names;
  for (const auto& o : orgs) {
    names += (names.empty() ? "" : ", ") + o.id;
  }
  throw UsageError(trf("the plans hold several organizations ({}): name one with --org", names));
}

std::string Context::organization_folder(const std::string& id) const {
  std::string root;
  try {
    root = found_plans_root();
  } catch (const UsageError&) {
    root = "plans";  // no plans yet
  }
  io::DiskFileSystem disk;
  Diagnostics diags;
  auto found = load::find_organizations(disk, root, diags);
  if (!diags.empty()) {
    throw UsageError(format_diagnostic(diags.items().front()));
  }
  for (const auto& o : found) {
    if (!o.id.empty() && text::fold(o.id) == text::fold(id)) {
      return o.root;
    }
  }
  bool own_years = found.size() == 1 && found.front().id.empty() && disk.kind(root) == io::PathKind::Folder &&
                   !load::load_repository(root, load_options(), diags).years.empty();
  if (own_years) {
    throw UsageError(trf("the plans folder {} is one organization with years of its own: --org {} would put a new "
                         "organization beside them; use --into DIR",
                         root, id));
  }
  return io::join_path(root, id);
}

std::vector<Loaded> Context::load_organizations() {
  std::vector<Loaded> out;
  for (const auto& org : organizations()) {
    Loaded loaded;
    loaded.organization = org.id;
    loaded.repo = load::load_repository(org.root, load_options(), loaded.diags);
    check::check_repository(loaded.repo, check_options(), loaded.diags);
    out.push_back(std::move(loaded));
  }
  settle(out);
  return out;
}

Loaded Context::load_for_query() {
  std::vector<Loaded> one(1);
  one.front().repo = load::load_repository(plans_root(), load_options(), one.front().diags);
  check::check_repository(one.front().repo, check_options(), one.front().diags);
  settle(one);
  return std::move(one.front());
}

void Context::settle(std::vector<Loaded>& loaded) {
  Diagnostics all;
  for (const auto& l : loaded) {
    all.append(l.diags);
  }
  if (has_io_errors(all)) {
    print_diagnostics(all);
    throw ExitRequest{k_exit_usage};
  }
  bool failing = all.has_errors() || (m_options.strict && !all.empty());
  if (!failing) {
    return;
  }
  auto errors = static_cast<long long>(all.error_count());
  auto warnings = static_cast<long long>(all.warning_count());
  std::string problems =
      all.has_errors()
          ? trnf("the plan has {} error", "the plan has {} errors", errors, errors)
          : trnf("the plan has {} warning, and --strict makes it fail",
                 "the plan has {} warnings, and --strict makes them fail", warnings, warnings);
  if (!m_options.keep_going) {
    print_diagnostics(all);
    m_err << "lplan: " << trf("{}; fix them (lplan validate) or use --keep-going", problems) << '\n';
    throw ExitRequest{k_exit_plan_errors};
  }
  if (!all.has_errors()) {
    print_diagnostics(all);
    m_err << "lplan: " << trf("--keep-going: {}; answering anyway", problems) << '\n';
    return;
  }
  std::size_t skipped = 0;
  std::string ids;  // the first few skipped activities, by id
  constexpr std::size_t k_ids_shown = 20;
  for (auto& l : loaded) {
    for (auto& year : l.repo.years) {
      for (const auto& a : year.activities) {
        if (a.broken && skipped < k_ids_shown) {
          std::string id = a.id.empty() ? fmt::format("{}:{}", a.loc.path(), int(a.loc.line))
                                        : text::printable(a.id.value);
          ids += (ids.empty() ? "" : ", ") + (l.organization.empty() ? id : l.organization + " " + id);
        }
        skipped += a.broken ? 1 : 0;
      }
      auto broken = std::remove_if(year.activities.begin(), year.activities.end(),
                                   [](const Activity& a) { return a.broken; });
      year.activities.erase(broken, year.activities.end());
    }
  }
  if (skipped > k_ids_shown) {
    ids += ", …";
  }
  if (skipped == 0) {
    m_err << "lplan: " << trf("--keep-going: {}; answering anyway", problems) << '\n';
  } else {
    m_err << "lplan: "
          << trf("--keep-going: {}; {}", problems,
                 trnf("skipped {} activity with errors: {}", "skipped {} activities with errors: {}",
                      static_cast<long long>(skipped), skipped, ids))
          << '\n';
  }
  // What a syntax error left unread is not in the plan either: say so.
  for (const auto& d : all.items()) {
    if (d.rule == Rule::NotRead) {
      m_err << "lplan: " << trf("--keep-going: {}", d.message) << '\n';
    }
  }
}

const YearPlan& Context::pick_year(const Repository& repo, std::optional<int> explicit_year,
                                   std::optional<int> month_year) const {
  if (explicit_year && m_options.year && *explicit_year != *m_options.year) {
    throw UsageError(trf("two different years asked for: {} and --year {}", *explicit_year, *m_options.year));
  }
  std::optional<int> wanted = explicit_year ? explicit_year : m_options.year ? m_options.year : month_year;
  if (wanted) {
    if (const YearPlan* y = repo.find_year(*wanted)) {
      return *y;
    }
    std::string known;
    for (const auto& y : repo.years) {
      known += (known.empty() ? "" : ", ") + std::to_string(y.year);
    }
    throw UsageError(trf("there is no plan for {} (plans: {})", *wanted, known.empty() ? std::string(tr("none")) : known));
  }
  if (repo.years.empty()) {
    throw UsageError(std::string(tr("no plans found: the plans folder holds no year")));
  }
  if (const YearPlan* y = repo.find_year(m_today.year)) {
    return *y;
  }
  return *std::max_element(repo.years.begin(), repo.years.end(),
                           [](const YearPlan& a, const YearPlan& b) { return a.year < b.year; });
}

std::optional<std::string> Context::outside_year_note(int year) const {
  if (m_today.year == year) {
    return std::nullopt;
  }
  return trf("today {}; showing the {} plan", render::format_date(m_today, m_lang), year);
}

void Context::print_diagnostics(const Diagnostics& diags) {
  for (const auto& d : diags.items()) {
    std::string line = format_diagnostic(d);
    if (m_err_color) {
      const char* code = d.severity == Severity::Error ? "\x1b[31m" : "\x1b[33m";
      const std::string word = severity_word(d.severity) + ":";
      auto at = line.find(word);
      if (at != std::string::npos) {
        line.replace(at, word.size(), fmt::format("{}{}\x1b[0m", code, word));
      }
    }
    m_err << line << '\n' << format_source_excerpt(d);
  }
}

void Context::emit(const std::string& content) {
  if (m_options.output.empty()) {
    m_out << content;
    m_out.flush();
    return;
  }
  try {
    io::write_file_atomically(m_options.output, content);
  } catch (const io::WriteError& e) {
    throw UsageError(e.what());
  }
}

std::string Context::format_or(const std::string& fallback) const {
  return m_options.format.empty() ? fallback : m_options.format;
}

}  // namespace lplan::cli
