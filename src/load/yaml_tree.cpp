#include "load/yaml_tree.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <istream>
#include <optional>
#include <streambuf>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "load/span_scanner.hpp"
#include "load/syntax_hints.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::load {

namespace {

/// An istream over memory, so a 50 MB file is not copied again. It hands the text
/// out in windows and says (through `release`) how far reading has got, so that the
/// bytes left well behind can be given back.
class MemoryBuffer : public std::streambuf {
public:
  MemoryBuffer(std::string_view text, const std::function<void(std::size_t)>& release)
      : m_text(text), m_release(release) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + (release ? std::min(text.size(), k_window) : text.size()));
  }

protected:
  int_type underflow() override {
    std::size_t done = static_cast<std::size_t>(egptr() - m_text.data());
    if (done >= m_text.size()) {
      return traits_type::eof();
    }
    // Keep a margin behind the reader: positions look back to the start of a line.
    if (m_release && done > k_margin) {
      m_release(done - k_margin);
    }
    char* begin = const_cast<char*>(m_text.data());
    setg(begin, begin + done, begin + std::min(m_text.size(), done + k_window));
    return traits_type::to_int_type(*gptr());
  }

private:
  static constexpr std::size_t k_window = 256u << 10;
  static constexpr std::size_t k_margin = 256u << 10;
  std::string_view m_text;
  const std::function<void(std::size_t)>& m_release;
};

/// Thrown by the handler to stop parsing after a fatal problem (kept in `fatal`).
struct Abort {};

/// Positions: yaml-cpp counts 0-based lines and byte columns; lplan prints 1-based
/// lines and character columns. The characters are counted on from the last position
/// asked for on the same line, so a plan written on one line (JSON) costs its length
/// once, not once per value.
struct Positions {
  std::string_view text;
  mutable std::size_t m_line_start = std::string_view::npos;  ///< of the last position asked for
  mutable std::size_t m_pos = 0;
  mutable std::size_t m_chars = 0;  ///< characters from m_line_start to m_pos

  std::pair<int, int> at(const YAML::Mark& mark) const {
    if (mark.pos < 0 || mark.line < 0 || mark.column < 0) {
      return {0, 0};
    }
    auto pos = std::min(static_cast<std::size_t>(mark.pos), text.size());
    auto col = std::min(static_cast<std::size_t>(mark.column), pos);
    std::size_t start = pos - col;
    if (start == m_line_start && pos >= m_pos) {
      m_chars += text::char_count(text.substr(m_pos, pos - m_pos));
    } else {
      m_line_start = start;
      m_chars = text::char_count(text.substr(start, col));
    }
    m_pos = pos;
    return {mark.line + 1, static_cast<int>(m_chars) + 1};
  }
};

bool is_null_word(std::string_view v) {
  return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

std::size_t count_nodes(const YNode& n) {
  std::size_t total = 1;
  for (const auto& c : n.items) {
    total += count_nodes(c);
  }
  return total;
}

/// Whether a quoted scalar starting at `pos` closes on the same line.
bool closes_on_line(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) {
    return true;
  }
  char q = text[pos];
  if (q != '"' && q != '\'') {
    return true;  // a block scalar (| or >)
  }
  for (std::size_t i = pos + 1; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r') {
      return false;
    }
    if (q == '"' && c == '\\') {
      ++i;
      continue;
    }
    if (c == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return true;
    }
  }
  return false;
}

class TreeBuilder : public YAML::EventHandler {
public:
  TreeBuilder(std::string_view text, FilePath file, const Limits& limits,
              const ItemSink& sink, Diagnostics& diags, ParsedDocument& out, bool spans)
      : m_pos{text}, m_text(text), m_file(file), m_limits(limits), m_sink(sink),
        m_diags(diags), m_out(out), m_spans(spans) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YNode n = make(YNode::Kind::Null, mark);
    if (m_spans) {
      // `~` or `null` written out, or nothing at all (the mark is then past the key).
      std::size_t c = n.span.content;
      std::size_t e = c;
      for (std::string_view word : {"null", "Null", "NULL", "~"}) {
        if (m_text.substr(c).starts_with(word)) {
          e = c + word.size();
          break;
        }
      }
      if (e == c) {
        // Nothing written: the value sits right after its key's colon (yaml-cpp's mark
        // is already at the next token, maybe lines below).
        std::size_t at = n.span.start;
        if (!m_stack.empty() && m_stack.back().node.is_map() && m_stack.back().node.items.size() % 2 == 1) {
          std::size_t key_end = m_stack.back().node.items.back().span.end;
          std::size_t colon = m_text.find(':', key_end);
          at = colon == std::string_view::npos ? key_end : colon + 1;
        }
        n.span.start = static_cast<std::uint32_t>(at);
        n.span.content = n.span.start;
        e = at;
      }
      n.span.end = static_cast<std::uint32_t>(e);
      n.span.style = ValueStyle::Null;
      n.span.verified = true;
    }
    complete(std::move(n), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    m_aliased.insert(anchor);
    for (const auto& f : m_stack) {
      if (f.anchor == anchor) {
        fatal(mark, Rule::Alias, fmt::format("alias *{} refers to a list or mapping that contains it (a cycle)",
                                         anchor_name(anchor)));
      }
    }
    auto it = m_anchors.find(anchor);
    if (it == m_anchors.end()) {
      fatal(mark, Rule::Alias, fmt::format("alias *{} refers to no anchor", anchor_name(anchor)));
    }
    m_alias_nodes += it->second.size;
    if (m_alias_nodes > m_limits.alias_budget) {
      fatal(mark, Rule::Alias,
            fmt::format("aliases expand to more than {} nodes (an alias bomb?)", m_limits.alias_budget));
    }
    YNode copy = it->second.node;
    auto [line, col] = m_pos.at(mark);
    copy.anchor_line = it->second.node.anchor_line != 0 ? it->second.node.anchor_line : it->second.node.line;
    copy.anchor = it->second.node.anchor_line != 0 ? it->second.node.anchor : anchor_name(anchor);
    copy.line = line;
    copy.column = col;
    if (m_spans) {
      auto pos = static_cast<std::uint32_t>(std::max<std::int64_t>(0, mark.pos));
      copy.span.start = pos;
      copy.span.content = pos;
      copy.span.end = static_cast<std::uint32_t>(scan_alias_end(m_text, pos));
      copy.span.style = ValueStyle::Alias;
      copy.span.verified = true;
      copy.span.alias = anchor_name(anchor);
      copy.span.anchor.clear();
      copy.span.line = line;
    }
    complete(std::move(copy), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    bool quoted = tag == "!";
    if (!quoted && tag == "?" && is_null_word(value)) {
      OnNull(mark, anchor);
      return;
    }
    YNode n = make(YNode::Kind::Scalar, mark);
    n.quoted = quoted;
    n.value = value;
    if (quoted && mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < m_text.size()) {
      std::size_t content = skip_properties(m_text, static_cast<std::size_t>(mark.pos));
      n.style = content < m_text.size() ? m_text[content] : 0;
      n.quote_open_on_line = !closes_on_line(m_text, content);
    }
    if (m_spans) {
      n.span.style = scalar_style(m_text, n.span.content);
      ScanResult r = scan_scalar(m_text, n.span.content, n.span.style, m_flow_depth > 0, value);
      n.span.end = static_cast<std::uint32_t>(r.end);
      n.span.verified = r.verified;
    }
    bool is_value = m_stack.empty() || !m_stack.back().node.is_map() || m_stack.back().node.items.size() % 2 == 1;
    if (is_value) {
      check_lost_text(mark, tag, anchor, value, quoted);
    }
    complete(std::move(n), anchor);
  }

  /// After the document: an anchor on a text that no alias uses was most likely
  /// meant as part of the text (`&Ко`): YAML dropped it.
  void report_unused_anchors() {
    for (const auto& [anchor, at] : m_text_anchors) {
      if (!m_aliased.contains(anchor)) {
        m_diags.add(Diagnostic{Severity::Warning, path_of(m_file), at.first, at.second,
                               trf("\"&{}\" at the start of the text is read as a YAML anchor and dropped: put the "
                                   "whole text in double quotes",
                                   text::printable(anchor_name(anchor))),
                               Rule::LostText});
      }
    }
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(YNode::Kind::Sequence, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(YNode::Kind::Map, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override {
    check_duplicate_keys(m_stack.back().node);
    close();
  }

  void OnAnchor(const YAML::Mark&, const std::string& name) override { m_pending_anchor_name = name; }

  [[noreturn]] void fatal(const YAML::Mark& mark, Rule rule, const std::string& message) {
    auto [line, col] = m_pos.at(mark);
    m_out.fatal = Diagnostic{Severity::Error, path_of(m_file), line, col, message, rule};
    throw Abort{};
  }

  /// After a failure: keep the complete entries of the root mapping; drop what was
  /// open (a half-read value, a half-read list item).
  void salvage() {
    m_out.failed = true;
    if (m_delivered_any && m_opens_since_delivery == 0) {
      m_out.retract_last_item = true;
      m_out.diags_before_last_item = m_diags_at_last_item;
    }
    if (m_stack.empty() || !m_stack[0].node.is_map()) {
      return;
    }
    YNode root = std::move(m_stack[0].node);
    if (root.items.size() % 2 == 1) {
      root.items.pop_back();  // a key whose value was being read
    }
    m_stack.clear();
    m_out.root = std::move(root);
    m_out.empty = false;
  }

private:
  struct Frame {
    YNode node;
    YAML::anchor_t anchor = 0;
    std::string stream_key;  ///< set for a top-level list whose items go to the sink
    bool streaming = false;
    bool flow = false;  ///< written […] or {…}
  };
  struct Anchored {
    YNode node;
    std::size_t size = 0;
  };

  /// Text YAML drops quietly from a value: a tag (`!NEW`) or an anchor (`&Ко`) at its
  /// start, the part after ` #` (a comment), and a `- ` line folded into the text
  /// above. Each is a warning with what to do.
  void check_lost_text(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       const std::string& value, bool quoted) {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= m_text.size()) {
      return;
    }
    auto start = static_cast<std::size_t>(mark.pos);
    std::size_t content = skip_properties(m_text, start);
    auto [line, col] = m_pos.at(mark);
    if (!tag.empty() && tag != "?" && m_text[start] == '!' &&
        !(start + 1 < m_text.size() && m_text[start + 1] == '!')) {
      // `!NEW текст` drops "!NEW"; yaml-cpp ends a tag at a letter outside ASCII, so
      // `!Важливо текст` drops the "!" alone
      std::size_t e = start + 1;
      while (tag != "!" && e < content && m_text[e] != ' ' && m_text[e] != '\t' && m_text[e] != '\n' &&
             m_text[e] != '\r') {
        ++e;
      }
      m_diags.add(Diagnostic{Severity::Warning, path_of(m_file), line, col,
                             trf("\"{}\" at the start of the text is read as a YAML tag and dropped: put the whole "
                                 "text in double quotes",
                                 text::printable(m_text.substr(start, e - start))),
                             Rule::LostText});
    }
    if (anchor != 0) {
      m_text_anchors.emplace_back(anchor, std::pair{line, col});
    }
    if (quoted || content >= m_text.size()) {
      return;
    }
    // Most texts are written as they read, on one line: then they end where their bytes do.
    bool one_line = m_text.compare(content, value.size(), value) == 0;
    ScanResult r = one_line ? ScanResult{content + value.size(), true}
                            : scan_scalar(m_text, content, ValueStyle::Plain, m_flow_depth > 0, value);
    std::string_view written = m_text.substr(content, r.end - content);
    // a line of the text that starts with a list dash: YAML joined it to the line above
    for (std::size_t k = one_line ? std::string_view::npos : written.find('\n'); k != std::string_view::npos;
         k = written.find('\n', k + 1)) {
      std::size_t i = content + k;
      std::size_t b = i + 1;
      while (b < r.end && (m_text[b] == ' ' || m_text[b] == '\t')) {
        ++b;
      }
      std::string_view rest = m_text.substr(b, std::min<std::size_t>(4, m_text.size() - b));
      std::string_view bullet;
      for (std::string_view d : {"- ", "* ", "\u2013 ", "\u2014 ", "\u2022 "}) {
        if (rest.starts_with(d)) {
          bullet = d.substr(0, d.size() - 1);
        }
      }
      if (!bullet.empty()) {
        std::size_t ls = i + 1;
        int at_line = line + static_cast<int>(std::count(m_text.begin() + static_cast<std::ptrdiff_t>(start),
                                                         m_text.begin() + static_cast<std::ptrdiff_t>(ls), '\n'));
        int at_col = static_cast<int>(text::char_count(m_text.substr(ls, b - ls))) + 1;
        m_diags.add(Diagnostic{Severity::Warning, path_of(m_file), at_line, at_col,
                               trf("this line starts with \"{}\", but YAML joins it to the text above: to make it "
                                   "an item of its own, indent its \"- \" like the item above; to keep it in the "
                                   "text, put the whole text in double quotes",
                                   bullet),
                               Rule::LostText});
        break;
      }
    }
    // ` #` after the text: a comment to YAML, cut off from the value
    std::size_t h = r.end;
    while (h < m_text.size() && (m_text[h] == ' ' || m_text[h] == '\t')) {
      ++h;
    }
    if (h > r.end && h + 1 < m_text.size() && m_text[h] == '#' && m_text[h + 1] != ' ' && m_text[h + 1] != '\t' &&
        m_text[h + 1] != '\n' && m_text[h + 1] != '\r' && m_text[h + 1] != '#') {
      int breaks = static_cast<int>(std::count(m_text.begin() + static_cast<std::ptrdiff_t>(start),
                                               m_text.begin() + static_cast<std::ptrdiff_t>(h), '\n'));
      int at_line = line + breaks;
      std::size_t from = breaks == 0 ? start : line_start(m_text, h);
      int at_col = (breaks == 0 ? col : 1) + static_cast<int>(text::char_count(m_text.substr(from, h - from)));
      std::size_t e = m_text.find_first_of("\r\n", h);
      std::string_view cut = m_text.substr(h, (e == std::string_view::npos ? m_text.size() : e) - h);
      m_diags.add(Diagnostic{Severity::Warning, path_of(m_file), at_line, at_col,
                             trf("the text from \" #\" on is read as a comment and cut off («{}»): put the whole "
                                 "text in double quotes",
                                 text::truncate_to_width(text::printable(cut), 40)),
                             Rule::LostText});
    }
  }

  YNode make(YNode::Kind kind, const YAML::Mark& mark) const {
    YNode n;
    n.kind = kind;
    auto [line, col] = m_pos.at(mark);
    n.line = line;
    n.column = col;
    if (m_spans) {
      auto pos = static_cast<std::size_t>(std::clamp<std::int64_t>(mark.pos, 0, static_cast<std::int64_t>(m_text.size())));
      n.span.start = static_cast<std::uint32_t>(pos);
      n.span.content = static_cast<std::uint32_t>(skip_properties(m_text, pos));
      n.span.line = line;
    }
    return n;
  }

  std::string anchor_name(YAML::anchor_t anchor) const {
    auto it = m_anchor_names.find(anchor);
    return it == m_anchor_names.end() ? fmt::format("#{}", anchor) : it->second;
  }

  void remember_anchor_name(YAML::anchor_t anchor) {
    if (anchor != 0 && !m_pending_anchor_name.empty()) {
      m_anchor_names[anchor] = m_pending_anchor_name;
    }
    m_pending_anchor_name.clear();
  }

  void open(YNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor, bool flow) {
    remember_anchor_name(anchor);
    if (static_cast<int>(m_stack.size()) >= m_limits.max_depth) {
      fatal(mark, Rule::Depth,
            fmt::format("lists and mappings nest deeper than {} levels", m_limits.max_depth));
    }
    ++m_opens_since_delivery;
    if (!m_stack.empty() && m_stack.back().streaming) {
      m_diags_at_item_start = m_diags.items().size();
    }
    Frame f;
    f.node = make(kind, mark);
    f.flow = flow;
    if (flow) {
      ++m_flow_depth;
    }
    if (m_spans) {
      bool seq = kind == YNode::Kind::Sequence;
      f.node.span.style = flow ? (seq ? ValueStyle::FlowSeq : ValueStyle::FlowMap)
                               : (seq ? ValueStyle::BlockSeq : ValueStyle::BlockMap);
      f.node.span.verified = true;
      if (flow) {
        f.node.span.end = static_cast<std::uint32_t>(scan_flow_end(m_text, f.node.span.content));
      }
      if (anchor != 0) {
        f.node.span.anchor = anchor_name(anchor);
      }
    }
    // Records have a handful of keys and lists a few items: no regrowth.
    f.node.items.reserve(kind == YNode::Kind::Map ? 16 : 4);
    f.anchor = anchor;
    // A list that is the value of a top-level key streams its items — unless it is
    // anchored: an alias may repeat it later, so it is kept whole.
    if (kind == YNode::Kind::Sequence && anchor == 0 && m_stack.size() == 1 && m_stack[0].node.is_map() &&
        m_stack[0].node.items.size() % 2 == 1) {
      const YNode& key = m_stack[0].node.items.back();
      if (key.is_scalar()) {
        f.streaming = true;
        f.stream_key = key.value;
        m_out.streamed_keys.push_back(key.value);
      }
    }
    m_stack.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(m_stack.back());
    m_stack.pop_back();
    if (f.flow) {
      --m_flow_depth;
    } else if (m_spans) {
      // A block collection ends where its last item ends.
      f.node.span.end = f.node.items.empty() ? f.node.span.content : f.node.items.back().span.end;
    }
    complete(std::move(f.node), f.anchor);
  }

  void complete(YNode&& node, YAML::anchor_t anchor) {
    if (anchor != 0) {
      remember_anchor_name(anchor);
      if (m_spans) {
        node.span.anchor = anchor_name(anchor);
      }
      std::size_t size = count_nodes(node);
      m_anchors[anchor] = Anchored{node, size};
    }
    if (m_stack.empty()) {
      m_out.root = std::move(node);
      m_out.empty = false;
      return;
    }
    Frame& parent = m_stack.back();
    if (parent.streaming) {
      if (node.kind == YNode::Kind::Scalar || node.kind == YNode::Kind::Null) {
        m_diags_at_item_start = m_diags.items().size();
      }
      m_delivered_any = true;
      m_opens_since_delivery = 0;
      m_diags_at_last_item = m_diags_at_item_start;
      if (m_sink) {
        m_sink(parent.stream_key, node);
      }
      return;
    }
    parent.node.items.push_back(std::move(node));
  }

  void check_duplicate_keys(const YNode& map) {
    std::size_t n = map.items.size() / 2;
    if (n < 2) {
      return;
    }
    auto report = [&](const YNode& first, const YNode& again) {
      m_diags.add(Diagnostic{Severity::Error, path_of(m_file), again.line, again.column,
                             fmt::format("duplicate key \"{}\" (first at line {}:{}); YAML keeps only one of them",
                                         text::printable(again.value), first.line, first.column),
                             Rule::DuplicateKey});
    };
    if (n <= 16) {
      // Records have a handful of keys: compare pairwise, no allocation.
      for (std::size_t i = 2; i < map.items.size(); i += 2) {
        const YNode& key = map.items[i];
        if (!key.is_scalar()) {
          continue;
        }
        for (std::size_t j = 0; j < i; j += 2) {
          if (map.items[j].is_scalar() && map.items[j].value == key.value) {
            report(map.items[j], key);
            break;
          }
        }
      }
      return;
    }
    std::vector<const YNode*> keys;
    keys.reserve(n);
    for (std::size_t i = 0; i < map.items.size(); i += 2) {
      if (map.items[i].is_scalar()) {
        keys.push_back(&map.items[i]);
      }
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const YNode* a, const YNode* b) { return a->value < b->value; });
    for (std::size_t i = 1; i < keys.size(); ++i) {
      if (keys[i]->value == keys[i - 1]->value) {
        // the earlier occurrence in the file stays first in the stable order
        report(*keys[i - 1], *keys[i]);
      }
    }
  }

  Positions m_pos;
  std::string_view m_text;
  FilePath m_file;
  const Limits& m_limits;
  const ItemSink& m_sink;
  Diagnostics& m_diags;
  ParsedDocument& m_out;
  std::vector<Frame> m_stack;
  std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
  std::unordered_map<YAML::anchor_t, std::string> m_anchor_names;
  std::vector<std::pair<YAML::anchor_t, std::pair<int, int>>> m_text_anchors;  ///< anchors on texts, where
  std::unordered_set<YAML::anchor_t> m_aliased;
  std::string m_pending_anchor_name;
  std::size_t m_alias_nodes = 0;
  bool m_delivered_any = false;
  std::size_t m_opens_since_delivery = 0;
  std::size_t m_diags_at_item_start = 0;
  std::size_t m_diags_at_last_item = 0;
  bool m_spans = false;
  int m_flow_depth = 0;
};

/// Only looks for the start of another document.
class DocumentProbe : public YAML::EventHandler {
public:
  std::optional<YAML::Mark> start;
  void OnDocumentStart(const YAML::Mark& mark) override {
    start = mark;
    throw Abort{};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

}  // namespace

ParsedDocument parse_yaml(std::string_view text, FilePath file, const Limits& limits, const ItemSink& sink,
                          Diagnostics& diags, const std::function<void(std::size_t)>& release, bool spans) {
  ParsedDocument out;
  MemoryBuffer buffer(text, release);
  std::istream in(&buffer);
  Positions pos{text};
  auto problem = [&](const YAML::Mark& mark, Rule rule, const std::string& message) {
    auto [line, col] = pos.at(mark);
    return Diagnostic{Severity::Error, path_of(file), line, col, message, rule};
  };
  YAML::Parser parser(in);
  TreeBuilder builder(text, file, limits, sink, diags, out, spans);
  try {
    if (!parser.HandleNextDocument(builder)) {
      out.empty = true;
      return out;
    }
    builder.report_unused_anchors();
    DocumentProbe probe;
    try {
      parser.HandleNextDocument(probe);
    } catch (const Abort&) {
    }
    if (probe.start) {
      Diagnostic second = problem(*probe.start, Rule::Yaml,
                                  "a second YAML document starts here; lplan reads one document per file "
                                  "(split it into another file)");
      attach_source_line(second, text);
      diags.add(std::move(second));
    }
    return out;
  } catch (const Abort&) {
    // `fatal` is set
  } catch (const YAML::DeepRecursion& e) {
    out.fatal = problem(e.mark, Rule::Depth, "the YAML nests too deeply to read");
  } catch (const YAML::Exception& e) {
    out.fatal = syntax_problem(text, path_of(file), pos.at(e.mark), e.msg);
  }
  if (out.fatal) {
    // The parser stopped here: show the line in the text formats.
    attach_source_line(*out.fatal, text);
  }
  builder.salvage();
  if (out.fatal && out.root.is_map()) {
    // Entries that start at or after the mistake were read from the broken part.
    auto& items = out.root.items;
    while (items.size() >= 2 && items[items.size() - 2].line >= out.fatal->line) {
      items.resize(items.size() - 2);
    }
  }
  return out;
}

}  // namespace lplan::load
