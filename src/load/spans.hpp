// Where each loaded value is in its file, byte for byte: what the writing commands
// (set, done, add, new) need to change one value and leave every other byte alone
// (after Rust's toml_edit, which keeps each value's raw text). yaml-cpp gives only the
// start of a node (`Mark.pos`, a byte offset); the end is found by a small scanner per
// style (load/span_scanner.hpp), and a span counts as `verified` only when its bytes
// decode back to the value yaml-cpp read. Plain data: no yaml-cpp here.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/file_bytes.hpp"
#include "model/source.hpp"

namespace lplan::load {

/// How a value is written.
enum class ValueStyle : std::uint8_t {
  Null,          ///< nothing after the key (or `~`, `null`)
  Plain,         ///< unquoted text
  SingleQuoted,  ///< '…'
  DoubleQuoted,  ///< "…"
  Literal,       ///< | block
  Folded,        ///< > block
  FlowSeq,       ///< […]
  FlowMap,       ///< {…}
  BlockSeq,      ///< - item lines
  BlockMap,      ///< key: value lines
  Alias,         ///< *name
};

/// Byte offsets into the file's text (after a byte-order mark).
struct Span {
  std::uint32_t start = 0;    ///< the node's first byte: its anchor or tag when it has one
  std::uint32_t content = 0;  ///< the first byte of the value itself
  std::uint32_t end = 0;      ///< one past its last byte
  ValueStyle style = ValueStyle::Null;
  bool verified = false;  ///< the bytes [content, end) read back as the loaded value
  std::string anchor;     ///< the anchor the node defines (`&rtc`), without `&`
  std::string alias;      ///< for an alias: the anchor it repeats, without `*`
  int line = 0;           ///< 1-based line of `start`
};

/// One `key: value` of a mapping.
struct EntrySpan {
  std::string key;
  Span key_span;
  Span value;
  std::vector<Span> items;  ///< the items, when the value is a list
};

/// An activity (or the plan) as written: its mapping and every entry.
struct RecordSpans {
  FilePath file = 0;
  Span map;
  std::vector<EntrySpan> entries;
  /// Block mapping: where a new `key: value` line goes — the start of the line after
  /// the last entry (blank and comment lines before the next item stay after it);
  /// flow mapping: the offset of its closing `}`.
  std::uint32_t insert_at = 0;
  /// Block mapping: the indentation of its keys, in bytes.
  int indent = 0;
  /// Where the item starts: the `-` of its line in a block list (else map.start).
  std::uint32_t item_start = 0;
  /// One past the item's last line, its line break included (block lists).
  std::uint32_t item_end = 0;

  const EntrySpan* find(std::string_view key) const;
};

/// What a writing command needs of a file besides its spans.
struct FileText {
  std::string path;  ///< as loaded
  std::string bytes;  ///< every byte, a byte-order mark included
  bool bom = false;   ///< offsets of spans count from after it
  io::FileStamp stamp;
  std::uint32_t tree = 0;
};

/// The spans of every activity (and the plan) of the loaded files.
struct SourceIndex {
  /// Set before loading to keep only what `lplan diff` needs — the entries that repeat
  /// an anchor (`*name`) or define one (`&name`), no file bytes — instead of every span:
  /// a diff of two 100,000-activity revisions then holds two models, not two indexes.
  bool aliases_only = false;
  std::map<std::string, FileText> files;  ///< by path
  /// By the activity's position (the start of its mapping: unique in a year).
  std::unordered_map<std::uint64_t, RecordSpans> activities;
  std::unordered_map<std::uint64_t, RecordSpans> plans;  ///< by the `plan` key's position
  /// Anchors of the activity values: name → (file, the activity positions that use it
  /// through an alias).
  std::multimap<std::string, std::uint64_t> alias_users;

  static std::uint64_t key_of(const SourceLoc& loc) {
    return (static_cast<std::uint64_t>(loc.file) << 46) | (static_cast<std::uint64_t>(loc.line) << 23) |
           static_cast<std::uint64_t>(loc.column);
  }
  const RecordSpans* activity(const SourceLoc& loc) const;
};

}  // namespace lplan::load
