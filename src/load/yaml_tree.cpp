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

/// The lines of `text`, without their line breaks (nor a CR before them).
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    lines.push_back(line);
    if (nl == std::string_view::npos) {
      break;
    }
    start = nl + 1;
  }
  return lines;
}

std::size_t skip_blanks(std::string_view line, std::size_t i) {
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
    ++i;
  }
  return i;
}

/// Where a quoted text starting at `open` closes on its line (the closing quote), or npos.
std::size_t closing_quote(std::string_view line, std::size_t open) {
  char q = line[open];
  for (std::size_t i = open + 1; i < line.size(); ++i) {
    if (q == '"' && line[i] == '\\') {
      ++i;
    } else if (line[i] == q) {
      if (q == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i;
    }
  }
  return std::string_view::npos;
}

/// The end of a `key:` written plainly from `at` (the index of its colon), or npos: a
/// colon followed by a blank or the line's end, before any ` #` comment.
std::size_t key_colon(std::string_view line, std::size_t at) {
  if (at >= line.size()) {
    return std::string_view::npos;
  }
  char c = line[at];
  if (c == '"' || c == '\'' || c == '[' || c == '{' || c == '#' || c == '|' || c == '>' || c == '&' ||
      c == '*' || c == '!' || c == '%' || c == '@' || c == '`' || c == ':') {
    return std::string_view::npos;
  }
  for (std::size_t i = at; i < line.size(); ++i) {
    if (line[i] == '#' && i > at && line[i - 1] == ' ') {
      return std::string_view::npos;
    }
    if (line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t')) {
      return i;
    }
  }
  return std::string_view::npos;
}

/// The line starts a list item or a `key:` whose key is one word: the shape of the
/// lines that follow a value in a plan.
bool looks_like_entry(std::string_view line) {
  std::size_t i = skip_blanks(line, 0);
  if (i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ')) {
    return true;
  }
  std::size_t colon = key_colon(line, i);
  if (colon == std::string_view::npos || colon == i) {
    return false;
  }
  for (std::size_t k = i; k < colon; ++k) {
    auto c = static_cast<unsigned char>(line[k]);
    bool word = c >= 0x80 || std::isalnum(c) != 0 || c == '_' || c == '-';
    if (!word) {
      return false;
    }
  }
  return true;
}

/// The length of a dash that is not a hyphen, used as a list dash («– », «— », «• »)
/// at `i`, or 0.
std::size_t bullet_at(std::string_view line, std::size_t i) {
  for (std::string_view b : {"\u2013", "\u2014", "\u2022"}) {
    if (line.substr(i).starts_with(b) && (i + b.size() == line.size() || line[i + b.size()] == ' ')) {
      return b.size();
    }
  }
  return 0;
}

/// The index of the first non-breaking space (U+00A0) among the blanks that start
/// `line`, or npos.
std::size_t nbsp_in_indent(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == ' ' || line[i] == '\t') {
      ++i;
    } else if (line.substr(i).starts_with("\u00A0")) {
      return i;
    } else {
      break;
    }
  }
  return std::string_view::npos;
}

/// In a double-quoted text opening at `open`, the first backslash that starts no
/// escape YAML knows (`\я`, `\d`), or npos.
std::size_t unknown_escape(std::string_view line, std::size_t open) {
  constexpr std::string_view k_escapes = "0abt\tnvfre \"/\\N_LPxuU";
  for (std::size_t i = open + 1; i < line.size(); ++i) {
    if (line[i] == '"') {
      return std::string_view::npos;
    }
    if (line[i] == '\\') {
      if (i + 1 < line.size() && k_escapes.find(line[i + 1]) == std::string_view::npos) {
        return i;
      }
      ++i;
    }
  }
  return std::string_view::npos;
}

/// The whole character that starts at `i` (for a message; never half of one).
std::string_view char_at(std::string_view line, std::size_t i) {
  std::size_t n = 1;
  while (i + n < line.size() && (static_cast<unsigned char>(line[i + n]) & 0xC0) == 0x80) {
    ++n;
  }
  return line.substr(i, n);
}

/// `s` made valid UTF-8: every byte that starts no valid character becomes U+FFFD.
std::string valid_utf8(std::string_view s) {
  std::string out;
  while (!s.empty()) {
    auto bad = text::find_invalid_utf8(s);
    if (!bad) {
      out += s;
      break;
    }
    out += s.substr(0, *bad);
    out += "\uFFFD";
    s.remove_prefix(*bad + 1);
  }
  return out;
}

/// The blocks a line opens and the columns their keys and dashes stand at, to tell a
/// line indented like none of the lines above it.
struct IndentLevels {
  struct Level {
    int column;
    bool dash;
  };
  std::vector<Level> levels;
  bool opens = true;  ///< the last line ends with `key:` and nothing after it: a deeper block may follow

  /// Takes a key or dash at `column`. Returns the column the lines above suggest when
  /// it fits none of them, else -1.
  int take(int column, bool dash) {
    if (levels.empty() || column > levels.back().column) {
      if (opens || levels.empty()) {
        levels.push_back({column, dash});
        return -1;
      }
      return suggest(column, dash);
    }
    int wanted = suggest(column, dash);
    while (!levels.empty() && levels.back().column > column) {
      levels.pop_back();
    }
    if (levels.empty()) {
      levels.push_back({column, dash});  // left of every line above: a new outermost block
      return -1;
    }
    if (levels.back().column == column) {
      return -1;
    }
    return wanted;
  }

  /// The column of the nearest level of the same kind (a dash for a dash).
  int suggest(int column, bool dash) const {
    int best = -1;
    for (const auto& l : levels) {
      if (l.dash == dash && (best < 0 || std::abs(l.column - column) <= std::abs(best - column))) {
        best = l.column;
      }
    }
    return best < 0 ? levels.back().column : best;
  }
};

/// A YAML syntax error, said better where we can. yaml-cpp stops where the damage shows
/// (often lines after the mistake, with a terse message); a line-by-line look at the text
/// up to that line finds the usual hand-edit mistakes where they are: a quote opened and
/// not closed, `: ` inside a text without quotes, an apostrophe or a quote that ends a
/// quoted text early, a tab in the indentation.
Diagnostic syntax_problem(std::string_view text, const std::string& file, std::pair<int, int> at,
                          const std::string& msg) {
  int error_line = at.first;
  std::vector<std::string_view> lines = split_lines(text);
  auto found = [&](std::size_t index, std::size_t byte_col, std::string message) {
    int col = static_cast<int>(text::char_count(lines[index].substr(0, byte_col))) + 1;
    return Diagnostic{Severity::Error, file, static_cast<int>(index) + 1, col, std::move(message), Rule::Yaml};
  };
  // The next line that is not blank nor a comment starts a list item or a `key:`.
  auto next_is_entry = [&](std::size_t n) {
    std::size_t next = n + 1;
    while (next < lines.size() && (skip_blanks(lines[next], 0) == lines[next].size() ||
                                   lines[next][skip_blanks(lines[next], 0)] == '#')) {
      ++next;
    }
    return next < lines.size() && looks_like_entry(lines[next]);
  };
  int block_indent = -1;  // inside a block text (| or >) of a key at this indentation
  char open_quote = 0;    // inside a quoted text that goes on over lines
  int flow_depth = 0;     // inside […] or {…} that goes on over lines
  int key_indent = -1;    // the column of the last `key:` seen
  IndentLevels levels;    // the columns of the keys and dashes above
  int plain_from = -1;    // the last line ended in a text without quotes, its key (or dash) at this column
  for (std::size_t n = 0; n < lines.size() && static_cast<int>(n) + 1 <= error_line; ++n) {
    std::string_view line = lines[n];
    std::size_t indent = skip_blanks(line, 0);
    bool blank = indent == line.size();
    if (block_indent >= 0) {
      if (blank || static_cast<int>(line.find_first_not_of(' ')) > block_indent) {
        continue;
      }
      block_indent = -1;
    }
    if (open_quote != 0) {
      // the quote closes somewhere on this line, or it goes on
      for (std::size_t i = 0; i < line.size(); ++i) {
        if (open_quote == '"' && line[i] == '\\') {
          ++i;
        } else if (line[i] == open_quote) {
          if (open_quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
            ++i;
            continue;
          }
          open_quote = 0;
          break;
        }
      }
      continue;
    }
    std::size_t tab = line.substr(0, indent).find('\t');
    if (tab != std::string_view::npos && !blank && static_cast<int>(n) + 1 >= error_line - 2) {
      return found(n, tab, std::string(tr("YAML syntax: a tab indents this line; indent with spaces")));
    }
    bool near_error = static_cast<int>(n) + 1 >= error_line - 2;
    if (std::size_t nbsp = nbsp_in_indent(line); nbsp != std::string_view::npos) {
      std::size_t after = nbsp;
      while (after < line.size() && (line[after] == ' ' || line.substr(after).starts_with("\u00A0"))) {
        after += line[after] == ' ' ? 1 : 2;
      }
      if (near_error || looks_like_entry(line.substr(after))) {
        return found(n, nbsp,
                     std::string(tr("a non-breaking space (U+00A0) indents this line; indent with ordinary spaces")));
      }
    }
    if (blank || line[indent] == '#') {
      continue;
    }
    if (flow_depth > 0) {
      for (char c : line) {
        flow_depth += (c == '[' || c == '{') ? 1 : (c == ']' || c == '}') ? -1 : 0;
      }
      continue;
    }
    if (indent == 0 && (line.starts_with("---") || line.starts_with("...")) &&
        (line.size() == 3 || line[3] == ' ')) {
      continue;  // the start or end of a document
    }
    if (plain_from >= 0 && static_cast<int>(indent) > plain_from && key_colon(line, indent) == std::string_view::npos) {
      continue;  // the text of the line above goes on (YAML folds it in)
    }
    plain_from = -1;
    if (std::size_t b = bullet_at(line, indent); b > 0) {
      std::size_t rest = skip_blanks(line, indent + b);
      if (looks_like_entry(line.substr(rest)) ||
          (!levels.levels.empty() && static_cast<int>(indent) <= levels.levels.back().column)) {
        return found(n, indent,
                     trf("a list item starts with \"- \" (a hyphen and a space), not \"{}\": write \"- \"",
                         line.substr(indent, b)));
      }
    }
    std::size_t p = indent;
    bool item = false;
    while (p < line.size() && line[p] == '-' && (p + 1 == line.size() || line[p + 1] == ' ')) {
      item = true;
      p = skip_blanks(line, p + 1);
    }
    std::size_t key_at = p;
    std::size_t value = p;
    std::size_t colon = key_colon(line, p);
    if (item || colon != std::string_view::npos) {
      int wanted = levels.take(static_cast<int>(indent), item);
      if (wanted >= 0) {
        if (!item && !looks_like_entry(line.substr(indent)) && static_cast<int>(indent) > levels.levels.back().column) {
          // a text going on over lines, with ": " in it
          return found(n, p,
                       std::string(tr("\": \" inside a text without quotes: put the whole text in double quotes")));
        }
        return found(n, indent,
                     trnf("indent this line like the lines above ({} space)",
                          "indent this line like the lines above ({} spaces)", wanted, wanted));
      }
      if (item && p < line.size()) {
        levels.levels.push_back({static_cast<int>(p), false});
      }
      levels.opens = colon == std::string_view::npos ? p >= line.size()
                                                     : skip_blanks(line, colon + 1) >= line.size() ||
                                                           line[skip_blanks(line, colon + 1)] == '#';
    }
    if (colon != std::string_view::npos) {
      value = skip_blanks(line, colon + 1);
    } else if (!item) {
      // `key:value` without the space is one plain text to YAML, and the mapping
      // around it breaks; anything else here is a continuation line.
      std::size_t k = p;
      while (k < line.size() && (std::isalpha(static_cast<unsigned char>(line[k])) != 0 || line[k] == '_' ||
                                 line[k] == '-')) {
        ++k;
      }
      if (k > p && k + 1 < line.size() && line[k] == ':' && line[k + 1] != ' ' && line[k + 1] != '/' &&
          line[k + 1] != ':') {
        return found(n, k,
                     trf("put a space after the colon: \"{}: {}\"", line.substr(p, k - p),
                         line.substr(k + 1)));
      }
      std::string_view rest = line.substr(p);
      while (!rest.empty() && rest.back() == ' ') {
        rest.remove_suffix(1);
      }
      if (rest.size() >= 3 && rest.find_first_not_of(rest[0]) == std::string_view::npos &&
          (rest[0] == '-' || rest[0] == '=' || rest[0] == '_' || rest[0] == '*')) {
        return found(n, p, std::string(tr("a separator line is not YAML: remove it, or make it a comment (# …)")));
      }
      if (static_cast<int>(indent) == key_indent) {
        return found(n, p,
                     std::string(tr("this line is indented like a key, but has no \"key:\": if it goes on the "
                                    "text above, join it to that line (or indent it more)")));
      }
      continue;
    }
    if (colon != std::string_view::npos) {
      key_indent = static_cast<int>(p);
    }
    if (value >= line.size() || line[value] == '#') {
      continue;
    }
    char c = line[value];
    if (c == '"') {
      if (std::size_t esc = unknown_escape(line, value); esc != std::string_view::npos) {
        return found(n, esc,
                     trf("\"\\{}\" is no escape YAML knows inside double quotes: write \\\\ for a backslash, or "
                         "put the text in single quotes",
                         char_at(line, esc + 1)));
      }
    }
    if (c == '"' || c == '\'') {
      std::size_t close = closing_quote(line, value);
      if (close != std::string_view::npos) {
        std::size_t after = skip_blanks(line, close + 1);
        if (after < line.size() && line[after] != '#') {
          return found(n, close,
                       c == '\'' ? std::string(tr("an apostrophe inside single quotes ends the text: double the "
                                                   "apostrophe ('') or use ’"))
                                 : std::string(tr("a double quote inside double quotes ends the text: write it as "
                                                   "\\\" or use «»")));
        }
        continue;
      }
      if (next_is_entry(n)) {
        return found(n, value,
                     std::string(tr("the quote opened here is not closed: close it on this line, or put the "
                                    "whole text in double quotes")));
      }
      open_quote = c;
      continue;
    }
    if (c == '|' || c == '>') {
      block_indent = static_cast<int>(key_at);
      if (!item) {
        block_indent = static_cast<int>(indent);
      }
      continue;
    }
    if (c == '[' || c == '{') {
      int depth = 0;
      std::vector<std::size_t> opened;  // the brackets not closed yet
      std::size_t entry_value = std::string_view::npos;  // where the value after an entry's ": " starts
      for (std::size_t i = value; i < line.size(); ++i) {
        // A quote opens a text only at the start of an item («об'єднання» is a word).
        std::size_t before = line.find_last_not_of(' ', i == 0 ? 0 : i - 1);
        bool item_start = i > 0 && before != std::string_view::npos &&
                          (line[before] == '[' || line[before] == '{' || line[before] == ',' || line[before] == ':');
        if ((line[i] == '"' || line[i] == '\'') && item_start) {
          if (std::size_t esc = line[i] == '"' ? unknown_escape(line, i) : std::string_view::npos;
              esc != std::string_view::npos) {
            return found(n, esc,
                         trf("\"\\{}\" is no escape YAML knows inside double quotes: write \\\\ for a backslash, "
                             "or put the text in single quotes",
                             char_at(line, esc + 1)));
          }
          std::size_t close = closing_quote(line, i);
          if (close == std::string_view::npos) {
            if (next_is_entry(n)) {
              return found(n, i,
                           std::string(tr("the quote opened here is not closed: close it on this line, or put the "
                                          "whole text in double quotes")));
            }
            break;
          }
          i = close;
          continue;
        }
        if (line[i] == '#' && i > 0 && line[i - 1] == ' ') {
          break;  // a comment
        }
        if (line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) {
          if (entry_value != std::string_view::npos) {
            // a second ": " in one entry: a text without quotes holds one
            return found(n, entry_value,
                         std::string(tr("\": \" inside a text without quotes: put the whole text in double quotes")));
          }
          entry_value = skip_blanks(line, i + 1);
        } else if (line[i] == ',' || line[i] == '[' || line[i] == '{' || line[i] == ']' || line[i] == '}') {
          entry_value = std::string_view::npos;
        }
        if (line[i] == '[' || line[i] == '{') {
          opened.push_back(i);
        } else if ((line[i] == ']' || line[i] == '}') && !opened.empty()) {
          opened.pop_back();
        }
        depth += (line[i] == '[' || line[i] == '{') ? 1 : (line[i] == ']' || line[i] == '}') ? -1 : 0;
      }
      std::size_t last = line.find_last_not_of(' ');
      bool goes_on = last != std::string_view::npos && (line[last] == ',' || line[last] == '[' || line[last] == '{');
      if (!opened.empty() && !goes_on && next_is_entry(n)) {
        bool square = line[opened.front()] == '[';
        return found(n, opened.front(),
                     trf("the \"{}\" opened here is not closed: close it with \"{}\" on this line",
                         square ? "[" : "{", square ? "]" : "}"));
      }
      flow_depth = std::max(depth, 0);
      continue;
    }
    bool spaced = value + 1 == line.size() || line[value + 1] == ' ';
    if (c == '@' || c == '`' || c == '%' || ((c == '&' || c == '*' || c == '!' || c == '-') && spaced)) {
      return found(n, value,
                   trf("YAML does not allow a text to start with \"{}\": put the whole text in double quotes",
                       std::string(1, c)));
    }
    if (c == '&' || c == '*' || c == '!') {
      continue;
    }
    if (key_colon(line, value) != std::string_view::npos) {
      return found(n, value,
                   std::string(tr("\": \" inside a text without quotes: put the whole text in double quotes")));
    }
    plain_from = static_cast<int>(colon != std::string_view::npos ? key_at : indent);
  }
  return Diagnostic{Severity::Error, file, at.first, at.second, fmt::format("YAML syntax: {}", valid_utf8(msg)), Rule::Yaml};
}

}  // namespace

std::optional<std::vector<int>> activity_item_lines(std::string_view text) {
  std::vector<int> items;
  bool inside = false;
  int dash = -1;
  int number = 0;
  for (std::string_view line : split_lines(text)) {
    ++number;
    std::size_t indent = skip_blanks(line, 0);
    if (indent == line.size() || line[indent] == '#') {
      continue;
    }
    if (indent == 0 && line[0] != '-') {
      if (inside) {
        break;  // the next top-level key
      }
      std::string_view rest = line.substr(0, line.find(" #"));
      while (!rest.empty() && rest.back() == ' ') {
        rest.remove_suffix(1);
      }
      inside = rest == "activities:";
      continue;
    }
    if (!inside) {
      continue;
    }
    bool item = line[indent] == '-' && (indent + 1 == line.size() || line[indent + 1] == ' ');
    if (dash < 0) {
      if (!item) {
        return std::nullopt;  // `activities: […]` or something else
      }
      dash = static_cast<int>(indent);
    }
    if (item && static_cast<int>(indent) == dash) {
      items.push_back(number);
    }
  }
  if (!inside && items.empty()) {
    return std::vector<int>{};
  }
  return items;
}

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
