// A small YAML document tree with 1-based character positions, built from
// yaml-cpp's event stream. yaml-cpp types stay inside src/load/.
//
// Guards every trap of DESIGN §8: duplicate keys, alias cycles and alias bombs
// (an expansion budget), nesting depth, several documents, unterminated quotes.
// Items of the top-level lists (`activities:` …) are handed to a sink one at a time
// and dropped, so memory stays proportional to the model, not to the YAML tree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/spans.hpp"
#include "model/source.hpp"

namespace lplan::load {

struct YNode {
  enum class Kind : std::uint8_t { Null, Scalar, Sequence, Map };
  Kind kind = Kind::Null;
  /// Scalar was written in quotes (so `"null"` is text, not null).
  bool quoted = false;
  /// A quoted scalar whose closing quote is not on the line it starts on.
  bool quote_open_on_line = false;
  /// The first character of a quoted scalar in the source: '"', '\'', '|' or '>'.
  char style = 0;
  int line = 0;    ///< 1-based
  int column = 0;  ///< 1-based, in characters
  std::string value;         ///< scalar text
  std::vector<YNode> items;  ///< sequence items; for a map: key, value, key, value…
  Span span;                 ///< where it is written (filled when spans are asked for)
  /// A copy made by an alias (`*w`): the line of its anchor and the anchor's name;
  /// `line`/`column` are where the alias is.
  int anchor_line = 0;
  std::string anchor;

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_seq() const { return kind == Kind::Sequence; }
  bool is_map() const { return kind == Kind::Map; }
  std::size_t map_size() const { return items.size() / 2; }
};

/// Limits that keep hostile input from exhausting the machine.
struct Limits {
  std::size_t max_file_bytes = 128u * 1024u * 1024u;  ///< 128 MiB
  int max_depth = 64;                                  ///< nested lists/maps
  std::size_t alias_budget = 1'000'000;                ///< nodes copied by aliases, per file
  std::size_t max_files = 10'000;                      ///< files in one plans folder
};

/// Called for each item of a top-level list: the top-level key, and the item (which
/// the sink may take apart: its strings are moved into the model). The root mapping
/// passed at the end holds every other top-level value; its streamed lists are left empty.
using ItemSink = std::function<void(const std::string& key, YNode& item)>;

struct ParsedDocument {
  bool empty = true;  ///< the file holds no document (or only comments)
  YNode root;         ///< the document; top-level list items already given to the sink
  std::vector<std::string> streamed_keys;  ///< top-level keys whose list items were streamed

  /// Parsing stopped at a problem (`fatal`). `root` then holds the entries read before it.
  bool failed = false;
  std::optional<Diagnostic> fatal;
  /// Parsing stopped inside or right after the last item given to the sink: that item
  /// may be cut short, so the caller takes it back, with the diagnostics added since
  /// `diags_before_last_item`.
  bool retract_last_item = false;
  std::size_t diags_before_last_item = 0;
};

/// Parses one YAML file held in `text` (already checked to be UTF-8, BOM removed).
/// Problems are added to `diags` at positions in `file`.
/// `release(offset)`, when given, is told that the parser has read past `offset`.
/// `spans`: also record where every node is written (YNode::span), for editing.
ParsedDocument parse_yaml(std::string_view text, FilePath file, const Limits& limits, const ItemSink& sink,
                          Diagnostics& diags, const std::function<void(std::size_t)>& release = {},
                          bool spans = false);

}  // namespace lplan::load
