// Running another program (git) without a shell: the arguments are passed as they are,
// standard input is fed and standard output and error are read at the same time
// (poll), so neither side can block the other whatever the sizes.
#pragma once

#include <string>
#include <vector>

namespace lplan::io {

struct ProcessResult {
  bool started = false;  ///< false: the program could not be started (`start_error` says why)
  int start_error = 0;   ///< errno of the failed start (ENOENT: not installed)
  int exit_code = -1;    ///< the exit status; -1 when it was killed by a signal
  std::string out;       ///< everything it wrote to standard output
  std::string err;       ///< everything it wrote to standard error
};

/// Runs `argv[0]` (looked up on PATH) with `argv`, writes `input` to its standard
/// input and closes it, and waits for it to end.
ProcessResult run_program(const std::vector<std::string>& argv, const std::string& input = {});

}  // namespace lplan::io
