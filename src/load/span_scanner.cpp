#include "load/span_scanner.hpp"

#include <algorithm>
#include <string>

#include "text/unicode.hpp"

namespace lplan::load {

namespace {

bool is_break(char c) { return c == '\n' || c == '\r'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_space(char c) { return is_blank(c) || is_break(c); }
bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

/// Past one line break (`\n`, `\r\n` or `\r`) at `i`.
std::size_t skip_break(std::string_view t, std::size_t i) {
  if (i < t.size() && t[i] == '\r') {
    ++i;
  }
  if (i < t.size() && t[i] == '\n') {
    ++i;
  }
  return i;
}

/// The end of the line at `i`: the position of its line break (or the text's end).
std::size_t line_end(std::string_view t, std::size_t i) {
  while (i < t.size() && !is_break(t[i])) {
    ++i;
  }
  return i;
}

/// YAML line folding inside a quoted scalar: at a line break, trailing blanks of `out`
/// go, the breaks and leading blanks of the next lines are skipped; one break reads as
/// a space, n breaks as n − 1 line feeds. Returns the position after the blanks.
std::size_t fold_break(std::string_view t, std::size_t i, std::string& out) {
  while (!out.empty() && is_blank(out.back())) {
    out.pop_back();
  }
  int breaks = 0;
  while (i < t.size() && (is_break(t[i]) || is_blank(t[i]))) {
    if (is_break(t[i])) {
      ++breaks;
      i = skip_break(t, i);
    } else {
      ++i;
    }
  }
  if (breaks == 1) {
    out += ' ';
  } else {
    out.append(static_cast<std::size_t>(std::max(0, breaks - 1)), '\n');
  }
  return i;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

ScanResult scan_double(std::string_view t, std::size_t content, std::string_view value) {
  std::string out;
  std::size_t i = content + 1;
  while (i < t.size()) {
    char c = t[i];
    if (c == '"') {
      return {i + 1, out == value};
    }
    if (c == '\\' && i + 1 < t.size()) {
      char e = t[i + 1];
      i += 2;
      int digits = 0;
      switch (e) {
        case '0': out += '\0'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 't': case '\t': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'v': out += '\v'; break;
        case 'f': out += '\f'; break;
        case 'r': out += '\r'; break;
        case 'e': out += '\x1b'; break;
        case ' ': out += ' '; break;
        case '"': out += '"'; break;
        case '/': out += '/'; break;
        case '\\': out += '\\'; break;
        case 'N': out += "\u0085"; break;
        case '_': out += "\u00A0"; break;
        case 'L': out += "\u2028"; break;
        case 'P': out += "\u2029"; break;
        case 'x': digits = 2; break;
        case 'u': digits = 4; break;
        case 'U': digits = 8; break;
        case '\r':
        case '\n':
          // An escaped line break: the break and the next line's leading blanks vanish.
          i = skip_break(t, i - 1);
          while (i < t.size() && is_blank(t[i])) {
            ++i;
          }
          break;
        default: return {i, false};
      }
      if (digits > 0) {
        char32_t cp = 0;
        for (int k = 0; k < digits; ++k, ++i) {
          int h = i < t.size() ? hex_value(t[i]) : -1;
          if (h < 0) {
            return {i, false};
          }
          cp = cp * 16 + static_cast<char32_t>(h);
        }
        out += text::encode(cp);
      }
      continue;
    }
    if (is_break(c)) {
      i = fold_break(t, i, out);
      continue;
    }
    out += c;
    ++i;
  }
  return {t.size(), false};
}

ScanResult scan_single(std::string_view t, std::size_t content, std::string_view value) {
  std::string out;
  std::size_t i = content + 1;
  while (i < t.size()) {
    char c = t[i];
    if (c == '\'') {
      if (i + 1 < t.size() && t[i + 1] == '\'') {
        out += '\'';
        i += 2;
        continue;
      }
      return {i + 1, out == value};
    }
    if (is_break(c)) {
      i = fold_break(t, i, out);
      continue;
    }
    out += c;
    ++i;
  }
  return {t.size(), false};
}

/// One line's part of a plain scalar from `i`: up to a comment (` #`), a line break,
/// and in flow context a `,`, `]`, `}` or `: `; trailing blanks left out.
std::size_t plain_segment_end(std::string_view t, std::size_t i, bool in_flow) {
  std::size_t e = i;
  while (e < t.size() && !is_break(t[e])) {
    if (t[e] == '#' && e > i && is_blank(t[e - 1])) {
      break;
    }
    if (t[e] == ':' && (e + 1 >= t.size() || is_space(t[e + 1]) || (in_flow && is_flow_indicator(t[e + 1])))) {
      break;
    }
    if (in_flow && is_flow_indicator(t[e])) {
      break;
    }
    ++e;
  }
  while (e > i && is_blank(t[e - 1])) {
    --e;
  }
  return e;
}

ScanResult scan_plain(std::string_view t, std::size_t content, bool in_flow, std::string_view value) {
  std::size_t e = plain_segment_end(t, content, in_flow);
  std::string out(t.substr(content, e - content));
  if (out == value) {
    return {e, true};
  }
  // A plain scalar folded over several lines: each further line joins with a space
  // (an empty line with a line feed) until the text is the value.
  std::size_t i = e;
  while (i < t.size() && value.starts_with(out)) {
    i = line_end(t, i);
    int breaks = 0;
    while (i < t.size()) {
      std::size_t ls = skip_break(t, i);
      if (ls == i) {
        break;
      }
      ++breaks;
      i = ls;
      while (i < t.size() && is_blank(t[i])) {
        ++i;
      }
      if (i < t.size() && !is_break(t[i])) {
        break;
      }
    }
    if (breaks == 0 || i >= t.size() || t[i] == '#') {
      break;
    }
    std::size_t se = plain_segment_end(t, i, in_flow);
    if (se == i) {
      break;
    }
    out += breaks == 1 ? std::string(" ") : std::string(static_cast<std::size_t>(breaks - 1), '\n');
    out.append(t.substr(i, se - i));
    e = se;
    if (out == value) {
      return {e, true};
    }
    i = se;
  }
  return {plain_segment_end(t, content, in_flow), false};
}

ScanResult scan_block(std::string_view t, std::size_t content, std::string_view value) {
  bool literal = t[content] == '|';
  char chomp = 0;
  int explicit_indent = 0;
  std::size_t i = content + 1;
  for (int k = 0; k < 2 && i < t.size(); ++k) {
    if (t[i] == '+' || t[i] == '-') {
      chomp = t[i++];
    } else if (t[i] >= '1' && t[i] <= '9') {
      explicit_indent = t[i++] - '0';
    }
  }
  std::size_t header_end = line_end(t, i);
  std::size_t parent_start = line_start(t, content);
  int parent_indent = 0;
  while (parent_start + static_cast<std::size_t>(parent_indent) < t.size() &&
         t[parent_start + static_cast<std::size_t>(parent_indent)] == ' ') {
    ++parent_indent;
  }
  int indent = explicit_indent > 0 ? parent_indent + explicit_indent : -1;
  std::vector<std::string_view> lines;
  std::size_t end = header_end;  // one past the last non-empty content line
  std::size_t pos = skip_break(t, header_end);
  while (pos < t.size()) {
    std::size_t le = line_end(t, pos);
    std::string_view line = t.substr(pos, le - pos);
    std::size_t spaces = 0;
    while (spaces < line.size() && line[spaces] == ' ') {
      ++spaces;
    }
    bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
    if (!blank) {
      if (indent < 0) {
        indent = static_cast<int>(spaces);
        if (indent <= parent_indent && parent_indent > 0) {
          break;
        }
      }
      if (static_cast<int>(spaces) < indent) {
        break;
      }
      end = le;
    }
    lines.push_back(line);
    std::size_t next = skip_break(t, le);
    if (next == le) {
      break;
    }
    pos = next;
  }
  // Trailing empty lines belong to the chomping, not to the span.
  std::size_t trailing = 0;
  while (!lines.empty() && lines.back().find_first_not_of(" \t") == std::string_view::npos) {
    lines.pop_back();
    ++trailing;
  }
  std::string out;
  bool previous_text = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string_view line = lines[k];
    std::string_view body = static_cast<int>(line.size()) >= indent && indent > 0
                                ? line.substr(static_cast<std::size_t>(indent))
                                : std::string_view();
    if (literal) {
      if (k > 0) {
        out += '\n';
      }
      out.append(body);
      continue;
    }
    // Folded: lines of text join with a space; an empty line is a line feed; a line
    // that starts with a blank keeps its break.
    bool text_line = !body.empty() && !is_blank(body.front());
    if (k > 0) {
      out += previous_text && text_line ? " " : "\n";
    }
    out.append(body);
    previous_text = text_line;
  }
  if (!lines.empty()) {
    if (chomp == '+') {
      out.append(1 + trailing, '\n');
    } else if (chomp != '-') {
      out += '\n';
    }
  }
  (void)previous_text;
  return {end, out == value};
}

}  // namespace

std::size_t line_start(std::string_view text, std::size_t pos) {
  pos = std::min(pos, text.size());
  while (pos > 0 && text[pos - 1] != '\n' && text[pos - 1] != '\r') {
    --pos;
  }
  return pos;
}

std::size_t next_line(std::string_view text, std::size_t pos) { return skip_break(text, line_end(text, pos)); }

std::size_t skip_properties(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == '&' || text[pos] == '!')) {
    while (pos < text.size() && !is_space(text[pos]) && !is_flow_indicator(text[pos])) {
      ++pos;
    }
    // Blanks, line breaks and whole-line comments between the properties and the value.
    while (pos < text.size()) {
      if (is_space(text[pos])) {
        ++pos;
      } else if (text[pos] == '#') {
        pos = line_end(text, pos);
      } else {
        break;
      }
    }
  }
  return pos;
}

ValueStyle scalar_style(std::string_view text, std::size_t content) {
  if (content >= text.size()) {
    return ValueStyle::Plain;
  }
  switch (text[content]) {
    case '"': return ValueStyle::DoubleQuoted;
    case '\'': return ValueStyle::SingleQuoted;
    case '|': return ValueStyle::Literal;
    case '>': return ValueStyle::Folded;
    case '*': return ValueStyle::Alias;
    default: return ValueStyle::Plain;
  }
}

ScanResult scan_scalar(std::string_view text, std::size_t content, ValueStyle style, bool in_flow,
                       std::string_view value) {
  if (content >= text.size()) {
    return {text.size(), value.empty()};
  }
  switch (style) {
    case ValueStyle::DoubleQuoted: return scan_double(text, content, value);
    case ValueStyle::SingleQuoted: return scan_single(text, content, value);
    case ValueStyle::Literal:
    case ValueStyle::Folded: return scan_block(text, content, value);
    case ValueStyle::Plain: return scan_plain(text, content, in_flow, value);
    default: return {content, false};
  }
}

std::size_t scan_flow_end(std::string_view t, std::size_t content) {
  int depth = 0;
  std::size_t i = content;
  while (i < t.size()) {
    char c = t[i];
    if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) {
        return i + 1;
      }
    } else if (c == '"') {
      ScanResult r = scan_double(t, i, {});
      i = r.end;
      continue;
    } else if (c == '\'') {
      ScanResult r = scan_single(t, i, {});
      i = r.end;
      continue;
    } else if (c == '#' && i > 0 && is_space(t[i - 1])) {
      i = line_end(t, i);
      continue;
    }
    ++i;
  }
  return t.size();
}

std::size_t scan_alias_end(std::string_view text, std::size_t content) {
  std::size_t i = content + 1;
  while (i < text.size() && !is_space(text[i]) && !is_flow_indicator(text[i])) {
    ++i;
  }
  return i;
}

const EntrySpan* RecordSpans::find(std::string_view key) const {
  for (const auto& e : entries) {
    if (e.key == key) {
      return &e;
    }
  }
  return nullptr;
}

const RecordSpans* SourceIndex::activity(const SourceLoc& loc) const {
  auto it = activities.find(key_of(loc));
  return it == activities.end() ? nullptr : &it->second;
}

}  // namespace lplan::load
