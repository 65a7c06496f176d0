#include "import/cell_text.hpp"

#include <utf8proc.h>

#include "check/checks.hpp"
#include "text/unicode.hpp"

namespace lplan::import {

namespace {

bool is_letter_or_digit(char32_t c) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND;
}

bool is_lower(char32_t c) { return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL; }

bool is_upper(char32_t c) { return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU; }

std::string trim(std::string_view s) {
  std::size_t a = s.find_first_not_of(" \n");
  if (a == std::string_view::npos) {
    return {};
  }
  std::size_t b = s.find_last_not_of(" \n");
  return std::string(s.substr(a, b - a + 1));
}

std::vector<std::string> lines_of(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    end = end == std::string_view::npos ? s.size() : end;
    out.push_back(trim(s.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

/// Splits a first paragraph into its first sentence and the rest: at «. », «! » or
/// «? » after a lower-case letter, before an upper-case letter or an opening quote.
std::pair<std::string, std::string> first_sentence(const std::string& s) {
  std::u32string cps = text::decode(s);
  for (std::size_t i = 1; i + 2 < cps.size(); ++i) {
    if ((cps[i] == U'.' || cps[i] == U'!' || cps[i] == U'?') && is_lower(cps[i - 1]) && cps[i + 1] == U' ') {
      char32_t next = cps[i + 2];
      if (is_upper(next) || next == U'«' || next == U'"') {
        return {text::encode(cps.substr(0, i + 1)), trim(text::encode(cps.substr(i + 2)))};
      }
    }
  }
  return {s, {}};
}

/// «Фінансова підтримка … в: - Зимовій школі - Форумі» → head and items, when a colon
/// is followed by a dash list.
std::vector<std::string> inline_list(const std::string& s) {
  std::size_t colon = s.find(": - ");
  std::size_t skip = 4;
  if (colon == std::string::npos) {
    colon = s.find(":- ");
    skip = 3;
  }
  if (colon == std::string::npos) {
    return {s};
  }
  std::vector<std::string> out{s.substr(0, colon + 1)};
  std::string rest = s.substr(colon + skip);
  std::size_t start = 0;
  while (start <= rest.size()) {
    std::size_t end = rest.find(" - ", start);
    end = end == std::string::npos ? rest.size() : end;
    if (std::string item = trim(rest.substr(start, end - start)); !item.empty()) {
      out.push_back(std::move(item));
    }
    start = end + 3;
  }
  return out;
}

std::string last_word(const std::string& s) {
  std::size_t space = s.find_last_of(" ");
  return space == std::string::npos ? s : s.substr(space + 1);
}

}  // namespace

std::string clean(std::string_view s) {
  std::string out;
  for (char32_t c : text::decode(text::nfc(s))) {
    if (c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == U'\r') {
      continue;
    }
    if (c == 0xA0 || c == U'\t' || c == 0x2007 || c == 0x202F) {
      c = U' ';
    }
    out += text::encode(c);
  }
  std::string result;
  for (const auto& line : lines_of(out)) {
    if (!result.empty()) {
      result += '\n';
    }
    result += text::squeeze_spaces(line);
  }
  return trim(result);
}

std::string one_line(std::string_view s) { return text::squeeze_spaces(clean(s)); }

bool punctuation_only(std::string_view s) {
  for (char32_t c : text::decode(s)) {
    if (is_letter_or_digit(c)) {
      return false;
    }
  }
  return true;
}

bool is_ditto(std::string_view s) {
  std::string t = text::fold(one_line(s));
  for (const char* words : {"те саме", "те ж саме", "теж саме", "так само", "те саме.", "same", "ditto"}) {
    if (t == words) {
      return true;
    }
  }
  std::u32string cps = text::decode(t);
  if (cps.empty()) {
    return false;
  }
  bool mark = false;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c == U'/' && i + 1 < cps.size() && cps[i + 1] == U'/') {
      mark = true;
    } else if (c == U'"' || c == U'«' || c == U'»' || c == U'“' || c == U'”' || c == U'„' || c == U'〃' ||
               c == U'″' || c == U'״') {
      mark = true;
    } else if (c != U'-' && c != U'–' && c != U'—' && c != U'/' && c != U' ' && c != U'\\' && c != U'\'') {
      return false;
    }
  }
  return mark;
}

std::size_t bullet_prefix(std::string_view line) {
  std::u32string cps = text::decode(line.substr(0, 16));
  if (cps.size() < 2) {
    return 0;
  }
  char32_t c = cps[0];
  bool mark = c == U'-' || c == U'–' || c == U'—' || c == U'•' || c == U'·' || c == U'*' || c == U'▪' ||
              c == U'●' || c == U'○' || c == U'◦' || c == U'■' || c == U'►' || c == U'✓' || c == U'❖' || c == U'\uF0B7';
  if (!mark || cps[1] != U' ') {
    return 0;
  }
  std::size_t n = text::encode(c).size();
  while (n < line.size() && line[n] == ' ') {
    ++n;
  }
  return n;
}

std::optional<std::string> id_from_number(std::string_view s) {
  std::string t = one_line(s);
  if (t.rfind("№", 0) == 0) {
    t = one_line(t.substr(std::string("№").size()));
  }
  while (!t.empty() && (t.back() == '.' || t.back() == ')')) {
    t.pop_back();
  }
  if (t.empty() || t.find_first_of("0123456789") == std::string::npos || !check::is_valid_id(t)) {
    return std::nullopt;
  }
  return t;
}

bool starts_lowercase(std::string_view s) {
  for (char32_t c : text::decode(s.substr(0, 32))) {
    if (c == U'«' || c == U'"' || c == U'(' || c == U'„' || c == U'“' || c == U' ') {
      continue;
    }
    return is_lower(c);
  }
  return false;
}

std::string capitalise_first(std::string_view s) {
  std::u32string cps = text::decode(s);
  if (!cps.empty()) {
    cps[0] = static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cps[0])));
  }
  return text::encode(cps);
}

std::string cell_text(const Cell& cell) {
  std::string out;
  for (const auto& p : cell.paragraphs) {
    std::string t = p.text.find_first_not_of(" \t\n") == std::string::npos && p.list == ListKind::Numbered ? p.label
                                                                                                         : p.text;
    out += (out.empty() ? "" : "\n") + t;
  }
  return clean(out);
}

TitleParts split_title(const std::vector<Paragraph>& paragraphs) {
  struct Block {
    std::string text;
    bool item = false;
  };
  std::vector<Block> blocks;
  for (const auto& p : paragraphs) {
    if (p.list != ListKind::None) {
      if (std::string t = one_line(p.text); !t.empty()) {
        blocks.push_back({t, true});
      }
      continue;
    }
    std::string plain;
    auto flush = [&]() {
      if (plain.empty()) {
        return;
      }
      auto parts = inline_list(plain);
      blocks.push_back({parts[0], false});
      for (std::size_t i = 1; i < parts.size(); ++i) {
        blocks.push_back({parts[i], true});
      }
      plain.clear();
    };
    for (const auto& line : lines_of(clean(p.text))) {
      if (line.empty()) {
        continue;
      }
      if (std::size_t b = bullet_prefix(line); b > 0) {
        flush();
        blocks.push_back({one_line(line.substr(b)), true});
      } else {
        plain += (plain.empty() ? "" : " ") + line;
      }
    }
    flush();
  }
  TitleParts out;
  if (blocks.empty()) {
    return out;
  }
  std::size_t plain_count = 0;
  for (const auto& b : blocks) {
    plain_count += b.item ? 0 : 1;
  }
  std::size_t first = 0;
  out.title = blocks[0].text;
  if (!blocks[0].item && plain_count >= 2) {
    auto [title, rest] = first_sentence(blocks[0].text);
    out.title = title;
    if (!rest.empty()) {
      out.details.push_back(rest);
    }
  }
  for (std::size_t i = first + 1; i < blocks.size(); ++i) {
    out.details.push_back(blocks[i].text);
  }
  return out;
}

std::vector<std::string> split_list(const std::vector<Paragraph>& paragraphs) {
  std::vector<std::string> parts;
  for (const auto& p : paragraphs) {
    for (const auto& raw_line : lines_of(clean(p.text))) {
      std::string_view line = raw_line;
      if (std::size_t b = bullet_prefix(line); b > 0) {
        line.remove_prefix(b);
      }
      std::u32string cps = text::decode(line);
      std::u32string cur;
      int depth = 0;
      bool in_quote = false;
      for (char32_t c : cps) {
        if (c == U'(' || c == U'[' || c == U'«') {
          ++depth;
        } else if ((c == U')' || c == U']' || c == U'»') && depth > 0) {
          --depth;
        } else if (c == U'"') {
          in_quote = !in_quote;
        } else if ((c == U',' || c == U';') && depth == 0 && !in_quote) {
          parts.push_back(trim(text::encode(cur)));
          cur.clear();
          continue;
        }
        cur += c;
      }
      parts.push_back(trim(text::encode(cur)));
    }
  }
  // «фахівці Луганської, Донецької, Харківської областей»: adjectives in a row are one group.
  auto adjective = [](const std::string& word) {
    std::string w = text::fold(word);
    for (std::string_view end : {"ої", "ого", "их"}) {
      if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0) {
        return true;
      }
    }
    return false;
  };
  std::vector<std::string> out;
  for (auto& part : parts) {
    if (part.empty()) {
      continue;
    }
    std::string first = part.substr(0, part.find(' '));
    if (!out.empty() && adjective(last_word(out.back())) && adjective(first)) {
      out.back() += ", " + part;
    } else {
      out.push_back(std::move(part));
    }
  }
  return out;
}

}  // namespace lplan::import
