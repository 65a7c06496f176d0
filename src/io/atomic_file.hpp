// Writing a file so that it is always either the old version or the new one, never a
// mix (after ccache's core::AtomicFile): the bytes go to an unnamed temporary file in
// the target's folder, and only an explicit commit() makes them the file — fsync of
// the file, a rename over the target, fsync of the folder. The destructor does not
// commit: an AtomicFile abandoned by an error or an exception leaves nothing behind.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "io/file_bytes.hpp"

namespace lplan::io {

/// A file could not be written; the message says which and why (in the user's language).
struct WriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class AtomicFile {
public:
  enum class Mode {
    Replace,  ///< create the file, or replace it
    Create,   ///< the file must not exist (commit refuses when it appeared meanwhile)
  };

  /// Prepares to write `path`. A symbolic link is followed: its target is written and
  /// the link stays. `expected`, when known, is the stamp of the version lplan read:
  /// commit() refuses when the file on disk is no longer that version. The new file
  /// gets the target's mode (and owner, when allowed); a new file 0666 minus umask.
  /// Throws WriteError when the folder cannot take a file.
  explicit AtomicFile(const std::string& path, Mode mode = Mode::Replace,
                      std::optional<FileStamp> expected = std::nullopt);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Appends bytes to the new content. Throws WriteError.
  void write(std::string_view bytes);
  /// Makes the new content the file. Throws WriteError (then the old file is intact).
  void commit();

  /// The path that is written (links resolved).
  const std::string& target() const { return m_target; }

private:
  void fail(const char* what, int error);
  void link_into_place();

  std::string m_path;
  std::string m_target;
  std::string m_folder;
  Mode m_mode;
  std::optional<FileStamp> m_expected;
  int m_fd = -1;
  std::string m_named_temp;  ///< set when the temporary file has a name (fallback, or linked)
  bool m_committed = false;
};

/// The stamp of `path` on disk now, or nullopt when it does not exist.
std::optional<FileStamp> stamp_of_path(const std::string& path);

/// Writes `content` to `path` atomically (AtomicFile, Mode::Replace). Throws WriteError.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace lplan::io
