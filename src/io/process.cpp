#include "io/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

extern char** environ;

namespace lplan::io {

namespace {

struct Pipe {
  int fd[2] = {-1, -1};
  bool open() { return ::pipe2(fd, O_CLOEXEC) == 0; }
  static void close_fd(int& f) {
    if (f >= 0) {
      ::close(f);
      f = -1;
    }
  }
  ~Pipe() {
    close_fd(fd[0]);
    close_fd(fd[1]);
  }
};

}  // namespace

ProcessResult run_program(const std::vector<std::string>& argv, const std::string& input) {
  ProcessResult result;
  Pipe in;
  Pipe out;
  Pipe err;
  if (argv.empty() || !in.open() || !out.open() || !err.open()) {
    result.start_error = argv.empty() ? EINVAL : errno;
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.fd[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], STDERR_FILENO);
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& a : argv) {
    args.push_back(const_cast<char*>(a.c_str()));
  }
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    result.start_error = rc;
    return result;
  }
  result.started = true;
  Pipe::close_fd(in.fd[0]);
  Pipe::close_fd(out.fd[1]);
  Pipe::close_fd(err.fd[1]);
  // A program that exits before reading all its input must not kill lplan with SIGPIPE.
  struct sigaction ignore {};
  struct sigaction previous {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);

  std::size_t written = 0;
  if (input.empty()) {
    Pipe::close_fd(in.fd[1]);
  } else {
    ::fcntl(in.fd[1], F_SETFL, ::fcntl(in.fd[1], F_GETFL) | O_NONBLOCK);
  }
  char buffer[65536];
  while (out.fd[0] >= 0 || err.fd[0] >= 0 || in.fd[1] >= 0) {
    pollfd fds[3];
    int n = 0;
    int out_at = -1;
    int err_at = -1;
    int in_at = -1;
    if (out.fd[0] >= 0) {
      out_at = n;
      fds[n++] = pollfd{out.fd[0], POLLIN, 0};
    }
    if (err.fd[0] >= 0) {
      err_at = n;
      fds[n++] = pollfd{err.fd[0], POLLIN, 0};
    }
    if (in.fd[1] >= 0) {
      in_at = n;
      fds[n++] = pollfd{in.fd[1], POLLOUT, 0};
    }
    if (::poll(fds, static_cast<nfds_t>(n), -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    auto drain = [&](int at, Pipe& pipe, std::string& into) {
      if (at < 0 || fds[at].revents == 0) {
        return;
      }
      ssize_t got = ::read(pipe.fd[0], buffer, sizeof buffer);
      if (got > 0) {
        into.append(buffer, static_cast<std::size_t>(got));
      } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
        Pipe::close_fd(pipe.fd[0]);
      }
    };
    drain(out_at, out, result.out);
    drain(err_at, err, result.err);
    if (in_at >= 0 && fds[in_at].revents != 0) {
      ssize_t put = ::write(in.fd[1], input.data() + written, input.size() - written);
      if (put > 0) {
        written += static_cast<std::size_t>(put);
      }
      if ((put < 0 && errno != EINTR && errno != EAGAIN) || written == input.size() ||
          (fds[in_at].revents & (POLLERR | POLLHUP)) != 0) {
        Pipe::close_fd(in.fd[1]);
      }
    }
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  ::sigaction(SIGPIPE, &previous, nullptr);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace lplan::io
