#include "io/git_tree.hpp"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <string_view>
#include <vector>

#include "io/process.hpp"
#include "text/i18n.hpp"

namespace lplan::io {

namespace {

/// The first line git wrote to its standard error, without "fatal: ".
std::string git_says(const ProcessResult& r) {
  std::string_view text = r.err;
  auto end = text.find('\n');
  std::string_view line = text.substr(0, end);
  for (std::string_view prefix : {"fatal: ", "error: "}) {
    if (line.starts_with(prefix)) {
      line.remove_prefix(prefix.size());
    }
  }
  return std::string(line);
}

ProcessResult git(const std::vector<std::string>& args, const std::string& input = {}) {
  std::vector<std::string> argv{"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessResult r = run_program(argv, input);
  if (!r.started) {
    if (r.start_error == ENOENT) {
      throw GitError(std::string(tr(
          "lplan diff reads the plan's revisions from git, and the git program is not installed (on Debian: "
          "apt-get install git)")));
    }
    throw GitError(trf("cannot start git: {}", std::string(std::strerror(r.start_error))));
  }
  return r;
}

/// Names the loader reads: *.yaml and *.yml, in any case.
bool is_yaml_path(std::string_view path) {
  auto lower_ends = [&](std::string_view suffix) {
    if (path.size() < suffix.size()) {
      return false;
    }
    std::string_view tail = path.substr(path.size() - suffix.size());
    for (std::size_t i = 0; i < tail.size(); ++i) {
      char c = tail[i] >= 'A' && tail[i] <= 'Z' ? static_cast<char>(tail[i] - 'A' + 'a') : tail[i];
      if (c != suffix[i]) {
        return false;
      }
    }
    return true;
  };
  return lower_ends(".yaml") || lower_ends(".yml");
}

/// The next record of `rest` up to `separator` (or the end), taken off `rest`.
std::string_view next_record(std::string_view& rest, char separator) {
  auto at = rest.find(separator);
  std::string_view record = rest.substr(0, at);
  rest = at == std::string_view::npos ? std::string_view() : rest.substr(at + 1);
  return record;
}

std::string trim_line(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) {
    s.pop_back();
  }
  return s;
}

}  // namespace

GitLocation locate_in_git(const std::string& folder) {
  ProcessResult r = git({"-C", folder, "rev-parse", "--show-toplevel", "--show-prefix"});
  if (r.exit_code != 0) {
    if (r.err.find("not a git repository") != std::string::npos) {
      throw GitError(
          trf("the plans folder \"{}\" is not in a git repository: lplan diff compares revisions of "
              "plans kept in git",
              folder));
    }
    throw GitError(trf("git cannot read the repository of \"{}\": {}", folder, git_says(r)));
  }
  GitLocation where;
  std::string_view out = r.out;
  auto nl = out.find('\n');
  where.top = std::string(out.substr(0, nl));
  std::string prefix =
      nl == std::string_view::npos ? std::string() : trim_line(std::string(out.substr(nl + 1)));
  if (where.top.empty()) {
    throw GitError(trf("the plans folder \"{}\" is not in a work tree of git (a bare repository?)", folder));
  }
  while (!prefix.empty() && prefix.back() == '/') {
    prefix.pop_back();
  }
  where.prefix = prefix;
  return where;
}

std::string resolve_commit(const GitLocation& where, const std::string& revision) {
  ProcessResult r =
      git({"-C", where.top, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"});
  std::string commit = trim_line(r.out);
  if (r.exit_code != 0 || commit.empty()) {
    // Tell an empty repository from a misspelt revision.
    ProcessResult head = git({"-C", where.top, "rev-parse", "--verify", "--quiet", "HEAD"});
    if (head.exit_code != 0) {
      throw GitError(trf("unknown revision \"{}\": the repository has no commit yet", revision));
    }
    throw GitError(trf("unknown revision \"{}\": git knows no branch, tag or commit of that name", revision));
  }
  return commit;
}

std::vector<Revision> list_revisions(const GitLocation& where) {
  ProcessResult r = git({"-C", where.top, "for-each-ref", "--format=%(refname:short)%00%(contents:subject)",
                         "refs/heads", "refs/tags", "refs/remotes"});
  std::vector<Revision> out{Revision{"HEAD", {}}};
  if (r.exit_code != 0) {
    return out;
  }
  std::string_view rest = r.out;
  while (!rest.empty()) {
    std::string_view line = next_record(rest, '\n');
    auto nul = line.find('\0');
    std::string name(line.substr(0, nul));
    if (name.empty() || name.ends_with("/HEAD")) {
      continue;  // origin/HEAD repeats a branch listed anyway
    }
    out.push_back(
        Revision{name, nul == std::string_view::npos ? std::string() : std::string(line.substr(nul + 1))});
  }
  return out;
}

bool read_git_tree(const GitLocation& where, const std::string& commit, const std::string& root,
                   std::size_t max_bytes, MemoryFileSystem& into) {
  ProcessResult tree = git({"-C", where.top, "rev-parse", "--verify", "--quiet", "--end-of-options",
                            where.prefix.empty() ? commit + "^{tree}" : commit + ":" + where.prefix});
  std::string tree_id = trim_line(tree.out);
  if (tree.exit_code != 0 || tree_id.empty()) {
    return false;  // the plans folder is not in that revision
  }
  ProcessResult type = git({"-C", where.top, "cat-file", "-t", tree_id});
  if (trim_line(type.out) != "tree") {
    return false;  // a file where the plans folder was
  }
  ProcessResult listing = git({"-C", where.top, "ls-tree", "-r", "-z", "-l", "--end-of-options", tree_id});
  if (listing.exit_code != 0) {
    throw GitError(trf("git cannot list the plans of {}: {}", commit, git_says(listing)));
  }
  // <mode> SP <type> SP <object> SP+ <size> TAB <path> NUL
  std::vector<std::string> paths;
  std::string request;
  std::string_view rest = listing.out;
  while (!rest.empty()) {
    std::string_view entry = next_record(rest, '\0');
    auto tab = entry.find('\t');
    if (tab == std::string_view::npos) {
      continue;
    }
    std::string_view head = entry.substr(0, tab);
    std::string_view path = entry.substr(tab + 1);
    auto sp1 = head.find(' ');
    auto sp2 = head.find(' ', sp1 + 1);
    if (sp1 == std::string_view::npos || sp2 == std::string_view::npos) {
      continue;
    }
    std::string_view mode = head.substr(0, sp1);
    std::string_view type = head.substr(sp1 + 1, sp2 - sp1 - 1);
    if (type != "blob" || mode == "120000") {
      continue;  // a link or a submodule: not a plan file
    }
    std::string_view rest_of_head = head.substr(sp2 + 1);
    auto sp3 = rest_of_head.find(' ');
    std::string_view object = rest_of_head.substr(0, sp3);
    std::string_view size_text =
        sp3 == std::string_view::npos ? std::string_view() : rest_of_head.substr(sp3);
    while (!size_text.empty() && size_text.front() == ' ') {
      size_text.remove_prefix(1);
    }
    std::uint64_t size = 0;
    std::from_chars(size_text.data(), size_text.data() + size_text.size(), size);
    std::string full = join_path(root, std::string(path));
    if (!is_yaml_path(path)) {
      into.add(full, std::string());  // listed, never read
    } else if (size > max_bytes) {
      into.add_too_large(full, size);
    } else {
      paths.emplace_back(path);
      request.append(object);
      request.push_back('\n');
    }
  }
  if (paths.empty()) {
    return true;
  }
  ProcessResult blobs = git({"-C", where.top, "cat-file", "--batch"}, request);
  if (blobs.exit_code != 0) {
    throw GitError(trf("git cannot read the plans of {}: {}", commit, git_says(blobs)));
  }
  // <object> SP <type> SP <size> LF <contents> LF, one per request line, in order.
  std::string_view data = blobs.out;
  for (const auto& path : paths) {
    auto nl = data.find('\n');
    if (nl == std::string_view::npos) {
      throw GitError(trf("git gave fewer files than asked for the plans of {}", commit));
    }
    std::string_view header = data.substr(0, nl);
    data.remove_prefix(nl + 1);
    auto last_space = header.rfind(' ');
    std::size_t size = 0;
    if (header.ends_with(" missing") || last_space == std::string_view::npos ||
        std::from_chars(header.data() + last_space + 1, header.data() + header.size(), size).ec !=
            std::errc() ||
        size + 1 > data.size()) {
      throw GitError(trf("git could not give the file {} of {}", path, commit));
    }
    into.add(join_path(root, path), std::string(data.substr(0, size)));
    data.remove_prefix(size + 1);
  }
  return true;
}

}  // namespace lplan::io
