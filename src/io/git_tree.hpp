// The plans folder at a git revision, read from git itself (for `lplan diff`): the `git`
// program is started without a shell — `rev-parse` finds the folder inside its
// repository and the revision's commit, `ls-tree -r -z` lists the folder at it, and one
// `cat-file --batch` hands over every file — into files in memory the loader reads like
// any other tree (the file seam). No checkout, no temporary files.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "io/file_system.hpp"

namespace lplan::io {

/// git is missing, the folder is not in a repository, a revision is unknown, or git
/// failed; the message is in the user's language.
struct GitError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Where a folder is in its repository.
struct GitLocation {
  std::string top;     ///< the repository's top folder (the work tree)
  std::string prefix;  ///< the folder's path from the top, without a trailing '/'; empty at the top
};

/// Finds the repository `folder` is in. Throws GitError.
GitLocation locate_in_git(const std::string& folder);

/// The commit `revision` names (anything git accepts: main, HEAD~1, a tag, a hash).
/// Throws GitError for an unknown revision.
std::string resolve_commit(const GitLocation& where, const std::string& revision);

/// A branch or tag, for completing `lplan diff`'s revisions.
struct Revision {
  std::string name;     ///< `main`, `origin/main`, `v1.0`
  std::string subject;  ///< the first line of its commit message
};

/// HEAD, the local branches, the tags and the remote branches. Throws GitError.
std::vector<Revision> list_revisions(const GitLocation& where);

/// Adds every file of the folder `where.prefix` at `commit` to `into`, under `root`
/// (`root`/2020/sn1.yaml …). Only YAML files are read (others are listed, empty: the
/// loader reads no other), and none over `max_bytes` (it is known by its size). Returns
/// false when the folder does not exist at that commit. Links and submodules are left
/// out. Throws GitError when git fails.
bool read_git_tree(const GitLocation& where, const std::string& commit, const std::string& root,
                   std::size_t max_bytes, MemoryFileSystem& into);

}  // namespace lplan::io
