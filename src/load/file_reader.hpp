// Reading a plan file: size limit, UTF-8, BOM, control characters. Internal to src/load/.
//
// A file on disk is mapped, not copied, and the pages already read are handed back to
// the kernel as parsing moves on (they are re-read from the file if touched again), so
// a 50 MB plan does not sit in memory next to the model built from it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "load/yaml_tree.hpp"

namespace lplan::load {

/// The bytes of one plan file, from disk (mapped) or from memory (the test seam).
class SourceText {
public:
  /// Opens `path`; nullopt (with a diagnostic) when it cannot be read or is over the limit.
  static std::optional<SourceText> open(const std::string& path, const Limits& limits, Diagnostics& diags);
  static SourceText from_string(std::string text);

  SourceText(SourceText&& other) noexcept;
  SourceText& operator=(SourceText&&) = delete;
  SourceText(const SourceText&) = delete;
  ~SourceText();

  /// The text, without a leading byte-order mark once drop_bom() was called.
  std::string_view view() const { return std::string_view(m_data, m_size).substr(m_start); }
  void drop_bom();
  /// The bytes of view() before `offset` are not needed for now.
  void release_before(std::size_t offset);
  /// Starts another pass over the text (pages read again are released again).
  void rewind() { m_released = 0; }

private:
  SourceText() = default;
  std::string m_owned;
  const char* m_data = nullptr;
  std::size_t m_size = 0;
  std::size_t m_start = 0;     ///< 3 after a BOM
  void* m_map = nullptr;       ///< the mapping, when mapped
  std::size_t m_released = 0;  ///< bytes of the mapping already handed back
};

/// Checks that the text is UTF-8 without control characters and drops a leading BOM.
/// Returns false (with a diagnostic at the offending byte) when it cannot be parsed.
bool check_text(SourceText& text, const std::string& file, Diagnostics& diags);

}  // namespace lplan::load
