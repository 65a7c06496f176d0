#include "import/docx_numbering.hpp"

#include <algorithm>
#include <string_view>

#include "import/docx_xml.hpp"
#include "text/unicode.hpp"

namespace lplan::import::docx {

namespace {

constexpr int k_levels = 9;

std::string roman(int value) {
  static constexpr std::pair<int, const char*> k_digits[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (auto [n, digits] : k_digits) {
    while (value >= n) {
      out += digits;
      value -= n;
    }
  }
  return out;
}

/// Word's letter numbering: a … z, then aa … zz, aaa …
std::string letters(int value, std::u32string_view alphabet) {
  std::size_t n = alphabet.size();
  std::size_t index = static_cast<std::size_t>(value - 1) % n;
  std::size_t repeat = static_cast<std::size_t>(value - 1) / n + 1;
  return text::encode(std::u32string(std::min<std::size_t>(repeat, 8), alphabet[index]));
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return s;
}

/// A bullet drawn from a symbol font's private-use area («» in Symbol) is shown as «•».
std::string bullet_mark(const std::string& text) {
  std::u32string cps = text::decode(text);
  for (char32_t& cp : cps) {
    if (cp >= 0xE000 && cp <= 0xF8FF) {
      cp = U'•';
    }
  }
  return text::encode(cps);
}

}  // namespace

std::string format_number(int value, const std::string& format) {
  if (value <= 0) {
    return std::to_string(value);
  }
  if (format == "decimalZero") {
    return value < 10 ? "0" + std::to_string(value) : std::to_string(value);
  }
  if (format == "upperRoman") {
    return roman(value);
  }
  if (format == "lowerRoman") {
    return lower_ascii(roman(value));
  }
  if (format == "upperLetter") {
    return letters(value, U"ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  }
  if (format == "lowerLetter") {
    return letters(value, U"abcdefghijklmnopqrstuvwxyz");
  }
  // Word's Cyrillic lettering skips ё, й, ъ, ь.
  if (format == "russianUpper") {
    return letters(value, U"АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЫЭЮЯ");
  }
  if (format == "russianLower") {
    return letters(value, U"абвгдежзиклмнопрстуфхцчшщыэюя");
  }
  return std::to_string(value);
}

void Numbering::load(std::string& xml, const std::string& what) {
  pugi::xml_document doc;
  parse_part(doc, xml, what);
  pugi::xml_node root = doc.document_element();
  auto read_level = [](const pugi::xml_node& lvl, Level& level) {
    level.defined = true;
    level.format = child_val(lvl, "numFmt", "decimal");
    level.text = child_val(lvl, "lvlText", "");
    level.start = to_int(child_val(lvl, "start", "1").c_str(), 1, 1'000'000);
    bool has_restart = false;
    std::string restart = child_val(lvl, "lvlRestart", "", &has_restart);
    level.restart = has_restart ? to_int(restart.c_str(), -1, k_levels) : -1;
    bool legal = false;
    std::string legal_val = child_val(lvl, "isLgl", "", &legal);
    level.legal = legal && legal_val != "0" && legal_val != "false";
  };
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (is(n, "abstractNum")) {
      Levels& levels = m_abstract[attr(n, "abstractNumId")];
      for (pugi::xml_node lvl = n.first_child(); lvl; lvl = lvl.next_sibling()) {
        int ilvl = to_int(attr(lvl, "ilvl"), -1, k_levels);
        if (is(lvl, "lvl") && ilvl >= 0 && ilvl < k_levels) {
          read_level(lvl, levels[static_cast<std::size_t>(ilvl)]);
        }
      }
    } else if (is(n, "num")) {
      Instance& instance = m_instances[attr(n, "numId")];
      instance.abstract_id = child_val(n, "abstractNumId");
      for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
        int ilvl = to_int(attr(o, "ilvl"), -1, k_levels);
        if (!is(o, "lvlOverride") || ilvl < 0 || ilvl >= k_levels) {
          continue;
        }
        bool has_start = false;
        std::string start = child_val(o, "startOverride", "", &has_start);
        if (has_start) {
          instance.start_override[static_cast<std::size_t>(ilvl)] = to_int(start.c_str(), 1, 1'000'000);
        }
        if (pugi::xml_node lvl = child(o, "lvl")) {
          Level level;
          read_level(lvl, level);
          instance.level_override[static_cast<std::size_t>(ilvl)] = level;
        }
      }
    }
  }
}

void Numbering::load_styles(std::string& xml, const std::string& what) {
  pugi::xml_document doc;
  parse_part(doc, xml, what);
  for (pugi::xml_node s = doc.document_element().first_child(); s; s = s.next_sibling()) {
    if (!is(s, "style")) {
      continue;
    }
    Style style;
    style.based_on = child_val(s, "basedOn");
    if (pugi::xml_node num = child(child(s, "pPr"), "numPr")) {
      style.numbering.num_id = child_val(num, "numId");
      style.numbering.ilvl = to_int(child_val(num, "ilvl").c_str(), -1, k_levels - 1);
    }
    m_styles[attr(s, "styleId")] = style;
  }
}

Numbering::Ref Numbering::resolve(const std::string& style, Ref own) const {
  std::string id = style;
  // Follow basedOn a bounded number of steps (a cycle must not hang the reader).
  for (int step = 0; step < 16 && !id.empty() && (own.num_id.empty() || own.ilvl < 0); ++step) {
    auto it = m_styles.find(id);
    if (it == m_styles.end()) {
      break;
    }
    if (own.num_id.empty()) {
      own.num_id = it->second.numbering.num_id;
    }
    if (own.ilvl < 0) {
      own.ilvl = it->second.numbering.ilvl;
    }
    id = it->second.based_on;
  }
  return own;
}

std::optional<Paragraph> Numbering::next(const std::string& num_id, int ilvl) {
  auto inst = m_instances.find(num_id);
  if (num_id.empty() || num_id == "0" || inst == m_instances.end()) {
    return std::nullopt;
  }
  ilvl = std::clamp(ilvl, 0, k_levels - 1);
  auto abs = m_abstract.find(inst->second.abstract_id);
  Levels levels = abs != m_abstract.end() ? abs->second : Levels{};
  for (int i = 0; i < k_levels; ++i) {
    if (auto& o = inst->second.level_override[static_cast<std::size_t>(i)]) {
      levels[static_cast<std::size_t>(i)] = *o;
    }
  }
  const Level& level = levels[static_cast<std::size_t>(ilvl)];
  Counters& counters = m_counters[inst->second.abstract_id];
  auto at = static_cast<std::size_t>(ilvl);
  if (auto start = inst->second.start_override[at]; start && m_restarted.insert({num_id, ilvl}).second) {
    counters.value[at] = *start - 1;
    counters.started[at] = true;
  }
  if (!counters.started[at]) {
    counters.value[at] = level.start - 1;
    counters.started[at] = true;
  }
  ++counters.value[at];
  for (int deeper = ilvl + 1; deeper < k_levels; ++deeper) {
    if (levels[static_cast<std::size_t>(deeper)].restart != 0) {
      counters.started[static_cast<std::size_t>(deeper)] = false;
    }
  }

  Paragraph p;
  p.level = ilvl;
  if (level.format == "bullet") {
    p.list = ListKind::Bullet;
    p.label = bullet_mark(level.text);
    return p;
  }
  p.list = ListKind::Numbered;
  if (level.format == "none") {
    return p;
  }
  // lvlText: "%1." or "%1.%2." — each %N is level N-1's counter in its own format.
  const std::string& pattern = level.defined ? level.text : std::string("%") + std::to_string(ilvl + 1) + ".";
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      auto ref = static_cast<std::size_t>(pattern[i + 1] - '1');
      int value = counters.started[ref] ? counters.value[ref] : levels[ref].start;
      p.label += format_number(value, level.legal ? "decimal" : levels[ref].format);
      ++i;
    } else {
      p.label += pattern[i];
    }
  }
  return p;
}

}  // namespace lplan::import::docx
