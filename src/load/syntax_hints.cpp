#include "load/syntax_hints.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include <fmt/format.h>

#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::load {

namespace {

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

}  // namespace

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

}  // namespace lplan::load
